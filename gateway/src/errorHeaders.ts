/**
 * The HTTP headers of a refusal (`extensions.http.headers` of a GraphQL error), readable by both engines:
 * Apollo Server takes them from a `Map`, Hive Gateway (GraphQL Yoga) copies an object's own properties. The
 * value is both — a plain Map (no own property of its own) carrying each header as a property too — so a
 * 401's `WWW-Authenticate` or a 429's `Retry-After` reaches the client whichever engine answers.
 */
export function errorHeaders(entries: Iterable<[string, string]>): Record<string, string> {
  const list = [...entries].map(([name, value]): [string, string] => [name.toLowerCase(), value]);
  return Object.assign(new Map(list), Object.fromEntries(list)) as unknown as Record<string, string>;
}
