import { anonymous, type Database, every, IDENTITY_HEADER, identitySigner, loadConfig, z } from '@dm/shared';
import { forgetSpeakers } from './store/events.ts';

/** Where the events subgraph reads which ambassadors were erased, and how often. */
export const erasureEnvSchema = z.object({
  PEOPLE_URL: z.url().default('http://localhost:4003/graphql'),
  ERASURE_SYNC_MS: z.coerce.number().int().min(100).default(300_000),
});
export const readErasureEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(erasureEnvSchema, env);
export type ErasureEnv = ReturnType<typeof readErasureEnv>;

const TOMBSTONES = `query Erased($after: String) {
  ambassadorTombstones(since: "2000-01-01T00:00:00Z", first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id reason } }
  }
}`;

interface TombstonePage {
  data?: {
    ambassadorTombstones: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; reason: 'LEFT' | 'ERASED' } }[];
    };
  };
}

/**
 * Follows the people subgraph's erasures, as any partner follows its change feed (`ambassadorTombstones`,
 * reason ERASED): an erased ambassador is removed from every event's speakers. Erasures are few, so each
 * round reads them all; it runs every `ERASURE_SYNC_MS` (5 minutes), `runOnce` does a round now.
 */
export function followErasures(db: Database, peopleUrl: () => string, identitySecret: string, intervalMs: number) {
  const sign = identitySigner(identitySecret);
  return every('events erasures', intervalMs, async () => {
    const erased: string[] = [];
    let after: string | null = null;
    do {
      const response: Response = await fetch(peopleUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await sign(anonymous) },
        body: JSON.stringify({ query: TOMBSTONES, variables: { after } }),
        signal: AbortSignal.timeout(10_000),
      });
      const page: NonNullable<TombstonePage['data']>['ambassadorTombstones'] | undefined = (
        (await response.json()) as TombstonePage
      ).data?.ambassadorTombstones;
      if (!page) throw new Error(`people answered ${response.status} without tombstones`);
      erased.push(...page.edges.filter((e) => e.node.reason === 'ERASED').map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { forgotten: await forgetSpeakers(db, erased) };
  });
}
