import type { ApolloServer } from '@apollo/server';
import { anonymous, type Route, signIdentity } from '@dm/shared';
import type { GatewayContext } from './server.ts';

const LIST = `query Calendar($filter: EventFilter) { eventsCalendar(filter: $filter) }`;
const ONE = `query EventCalendar($id: ID!) { event(id: $id) { icalendar } }`;
const listParams = ['kinds'];
const filterParams = ['kinds', 'department', 'communeCode', 'from', 'to', 'audience', 'companyId', 'ambassadorId'];

/**
 * iCalendar feeds for calendar applications, which can only follow a URL:
 * `/calendar/events.ics?department=14&kinds=FORUM,VAE_WEEK` and `/calendar/events/<id>.ics`.
 * They run as ordinary anonymous GraphQL operations through the graph, limits and masking included.
 */
export function calendarRoute(apollo: ApolloServer<GatewayContext>, identitySecret: string): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET') return false;
    const one = /^\/calendar\/events\/([^/]+)\.ics$/.exec(url.pathname);
    if (!one && url.pathname !== '/calendar/events.ics') return false;

    const filter: Record<string, unknown> = {};
    for (const name of filterParams) {
      const value = url.searchParams.get(name);
      if (value) filter[name] = listParams.includes(name) ? value.split(',').map((v) => v.trim()) : value;
    }
    const contextValue = {
      identity: anonymous,
      clientAddress: req.socket.remoteAddress ?? 'unknown',
      identityToken: await signIdentity(anonymous, identitySecret),
    };
    const response = await apollo.executeOperation(
      one
        ? { query: ONE, variables: { id: decodeURIComponent(one[1] as string) } }
        : { query: LIST, variables: { filter } },
      { contextValue },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const data = result?.data as { eventsCalendar?: string; event?: { icalendar: string } | null } | undefined;
    const calendar = one ? data?.event?.icalendar : data?.eventsCalendar;
    if (!calendar) {
      const status = result?.errors?.length
        ? result.errors[0]?.extensions?.code === 'BAD_USER_INPUT'
          ? 400
          : 500
        : 404;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(result?.errors ? { errors: result.errors } : { error: 'Event not found' }));
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${one ? 'event' : 'events'}.ics"`,
      'cache-control': 'public, max-age=300',
    });
    res.end(calendar);
    return true;
  };
}
