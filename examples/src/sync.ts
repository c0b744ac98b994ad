import { pathToFileURL } from 'node:url';
import { createClient, type Request } from './client.ts';
import { graphql } from './gql/index.ts';

/** One page of the companies changed since a moment, oldest change first (a stable keyset order). */
export const CompanyChanges = graphql(`
  query CompanyChanges($since: DateTime!, $after: String) {
    companies(filter: { updatedSince: $since }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          siret
          name
          updatedAt
          charter {
            status
          }
        }
      }
    }
  }
`);

/**
 * Everything changed since `since`, page after page, and `next`: where to start the next run. A change is
 * stamped when it is made but seen once committed, so a change made just before the last one seen may
 * appear after it: the next run starts a minute before the last change seen (`overlapMs`) and a few items
 * come twice. Store by id, overwriting: nothing is lost, a repeat is harmless.
 */
export async function syncCompanies(request: Request, since: string, overlapMs = 60_000) {
  const changed = [];
  let after: string | null | undefined;
  let last = since;
  do {
    const { companies } = await request(CompanyChanges, { since, after });
    for (const { node } of companies.edges) {
      changed.push(node);
      if (node.updatedAt > last) last = node.updatedAt;
    }
    after = companies.pageInfo.hasNextPage ? companies.pageInfo.endCursor : undefined;
  } while (after);
  const next = last === since ? since : new Date(Date.parse(last) - overlapMs).toISOString();
  return { changed, next };
}

// `npm run sync -w @dm/examples -- 2026-01-01T00:00:00Z` against GRAPH_URL, with a partner key in GRAPH_API_KEY.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const request = createClient({
    url: process.env.GRAPH_URL ?? 'http://localhost:4000/graphql',
    apiKey: process.env.GRAPH_API_KEY,
  });
  const { changed, next } = await syncCompanies(request, process.argv[2] ?? '2000-01-01T00:00:00Z');
  console.log(`${changed.length} companies changed; next time, ask for changes since ${next}`);
}
