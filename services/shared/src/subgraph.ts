import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { type DocumentNode, parse } from 'graphql';
import { type AuditTable, AuditTrail } from './audit.ts';
import { isProduction } from './config.ts';
import { startRetention } from './retention.ts';
import type { Database, DatabaseHandle } from './db.ts';
import { maskError } from './errors.ts';
import { graphqlHandler, listen, type Route, type RunningServer } from './http.ts';
import { inputHygienePlugin } from './hygiene.ts';
import { observabilityPlugin } from './observe.ts';
import { IDENTITY_HEADER, type Identity, identityVerifier } from './identity.ts';

/** What every resolver of every subgraph receives. */
export interface BaseContext {
  identity: Identity;
  db: Database;
  /** Personal-data reads of this request, written when the response is sent. */
  audit: AuditTrail;
}

export interface SubgraphOptions<C extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  // Each subgraph types its resolver map from its own schema (generated); here any map will do.
  resolvers: GraphQLResolverMap<any>;
  /** The process's database: queries, migrations and the readiness probe. */
  database: DatabaseHandle;
  identitySecret: string;
  /** The subgraph's audit table, where each request's personal-data reads are written. */
  auditTable: AuditTable;
  /** Adds the subgraph's own loaders to the base context; called once per request. */
  createContext: (base: BaseContext) => C;
  /** HTTP routes served beside GraphQL (internal endpoints for the gateway). */
  routes?: Route[];
  /** The subgraph's retention purge (see `retention.ts`), run every `retentionIntervalMs`. */
  purge?: (db: Database, now: Date) => Promise<Record<string, number>>;
  retentionIntervalMs?: number;
}

export interface Subgraph<C extends BaseContext> {
  name: string;
  apollo: ApolloServer<C>;
  /** Its retention purge: `runOnce(now)` purges now; `stop()` ends the schedule. */
  retention: { runOnce(now?: Date): Promise<Record<string, number>>; stop(): Promise<void> };
  handler: ReturnType<typeof graphqlHandler<C>>;
  listen(port: number, host?: string): Promise<RunningServer>;
}

/** Builds (without starting to listen) a subgraph that only trusts identities signed by the gateway. */
export async function createSubgraph<C extends BaseContext>(options: SubgraphOptions<C>): Promise<Subgraph<C>> {
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    csrfPrevention: true,
    // The process stops itself, gracefully (see `runProcess`): Apollo's own handlers would re-raise the signal.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every answer.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      inputHygienePlugin<C>(),
      observabilityPlugin<C>(),
      // Public data may be cached a minute unless the schema says otherwise (`@cacheControl`: reference data a
      // day, personal data private); the gateway combines the subgraphs' answers into its own Cache-Control.
      ApolloServerPluginCacheControl({ defaultMaxAge: 60 }),
      {
        // The audit entries are written before the answer leaves: no personal datum is read unrecorded.
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await contextValue.audit.flush(options.database.db, options.auditTable);
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const verify = identityVerifier(options.identitySecret);
  const handler = graphqlHandler<C>({
    service: options.name,
    apollo,
    ready: options.database.ping,
    routes: options.routes,
    bodyLimit: 1024 * 1024,
    context: async (req: IncomingMessage) => {
      const identity = await verify(req.headers[IDENTITY_HEADER] as string | undefined);
      return options.createContext({ identity, db: options.database.db, audit: new AuditTrail(identity) });
    },
  });
  const retention = options.purge
    ? startRetention(
        options.database.db,
        options.auditTable,
        options.purge,
        options.retentionIntervalMs ?? 6 * 3_600_000,
      )
    : { runOnce: async () => ({}), stop: async () => {} };
  return {
    name: options.name,
    apollo,
    retention,
    handler,
    listen: (port, host) => listen(handler, port, host),
  };
}

/**
 * Where a subgraph's files are, from its `src/server.ts`: the SDL beside `src/`, the drizzle migrations
 * in `drizzle/`, applied into the subgraph's own Postgres schema (named after it).
 */
export function subgraphFiles(serverModuleUrl: string, name: string) {
  const schemaFile = fileURLToPath(new URL('../schema.graphql', serverModuleUrl));
  const migrationsFolder = fileURLToPath(new URL('../drizzle', serverModuleUrl));
  return {
    name,
    schemaFile,
    typeDefs: parse(readFileSync(schemaFile, 'utf8')),
    migrate: (database: DatabaseHandle) => database.migrate({ folder: migrationsFolder, schema: name }),
  };
}
