import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import compression from 'compression';
import type { Redis } from 'ioredis';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway/dist/datasources/types.js';
import {
  ErrorCode,
  fieldOfCoercionError,
  graphqlHandler,
  IDENTITY_HEADER,
  inputHygienePlugin,
  listen,
  logger,
  maskError,
  observabilityPlugin,
  REQUEST_ID_HEADER,
  requestOfContext,
  type RunningServer,
} from '@dm/shared';
import { apiSchemaOf } from '@dm/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type CircuitBreaker from 'opossum';
import { createAdmission, type GatewayContext } from './admission.ts';
import { createApiKeyVerifier } from './apiKeys.ts';
import type { BearerVerifier } from './auth.ts';
import { agreementPdfRoute } from './agreementPdf.ts';
import { calendarRoute } from './calendar.ts';
import { dashboardRoute } from './dashboardRoute.ts';
import { costModelOf } from './cost.ts';
import { type GatewayEnv, subgraphTimeout } from './env.ts';
import { SubgraphUnavailable, subgraphFetcher } from './fetcher.ts';
import { graphiqlRoute } from './graphiql.ts';
import { operationPolicyPlugin } from './policy.ts';
import { createRateLimits } from './rateLimit.ts';
import { corsMiddleware } from './cors.ts';
import { schemaRoute } from './schemaRoute.ts';
import { checkTrustedDocumentsSetting, loadTrustedDocuments, trustedDocumentsGate } from './trustedDocuments.ts';

export type { GatewayContext };

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding those written in the supergraph. */
  subgraphUrls?: Record<string, string | undefined>;
  verifyBearer: BearerVerifier;
  identitySecret: string;
  production: boolean;
  /** Limits, deadlines, rate limits, proxy trust. */
  env: GatewayEnv;
}

/** Limits on the shape of one operation, with messages that do not reveal the limits (cost: see `cost.ts`). */
export const operationLimits = {
  maxDepth: { n: 12, exposeLimits: false },
  maxAliases: { n: 20, exposeLimits: false },
  maxDirectives: { n: 30, exposeLimits: false },
  maxTokens: { enabled: false },
  costLimit: { enabled: false },
};
/** Tokens per document, enforced by graphql-js's own parser (a refusal is a parse error, HTTP 400). */
export const MAX_TOKENS = 3000;
/** graphql-js names the token limit in its refusal; like the other limits, it is not revealed. */
const hideTokenLimit = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
  /^Syntax Error: Document contains more th\w+ \d+ tokens/.test(formatted.message)
    ? { ...formatted, message: 'Syntax Error: the document is too long (too many tokens).' }
    : formatted;

const reasons: Record<SubgraphUnavailable['reason'], string> = {
  timeout: 'did not answer in time',
  unreachable: 'cannot be reached',
  failed: 'failed',
  'circuit-open': 'is failing and is given a moment to recover',
};

/**
 * One subgraph, seen from the gateway. A subgraph refuses bad variables (and literals of custom scalars)
 * with HTTP 400: that is relayed as BAD_USER_INPUT. Any other failure (down, frozen, 5xx, open circuit)
 * becomes DOWNSTREAM_SERVICE_ERROR naming the service, and the rest of the answer is still given.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  override async errorFromResponse(response: FetcherResponse) {
    if (response.status === 400) {
      try {
        const body = (await response.clone().json()) as {
          errors?: { message: string; extensions?: Record<string, unknown> }[];
        };
        const first = body.errors?.[0];
        const code = first?.extensions?.code;
        // A literal the gateway cannot check (a custom scalar) fails the subgraph's validation: still bad input.
        if (first && (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')) {
          const field = (first.extensions?.field as string | undefined) ?? fieldOfCoercionError(first.message);
          return new GraphQLError(first.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
        }
      } catch {
        // not a GraphQL answer: a failure of the service
      }
    }
    return new GraphQLError(`The ${this.serviceName} service failed`, {
      originalError: new SubgraphUnavailable(this.serviceName, 'failed'),
      extensions: { code: ErrorCode.DOWNSTREAM_SERVICE_ERROR, serviceName: this.serviceName },
    });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      const reason = err instanceof SubgraphUnavailable ? err.reason : 'failed';
      if (reason !== 'circuit-open') logger.warn({ err, subgraph: this.serviceName }, 'subgraph call failed');
      throw new GraphQLError(`The ${this.serviceName} service ${reasons[reason]}: this part of the answer is missing`, {
        extensions: { code: ErrorCode.DOWNSTREAM_SERVICE_ERROR, serviceName: this.serviceName },
      });
    }
  }
}

/** Apollo's cache in Redis (persisted queries, cached answers), shared by every replica. */
async function redisCache(url: string) {
  const [{ KeyvAdapter }, { default: KeyvRedis }, { default: Keyv }] = await Promise.all([
    import('@apollo/utils.keyvadapter'),
    import('@keyv/redis'),
    import('keyv'),
  ]);
  // keyv ships CommonJS and ESM typings that TypeScript holds apart; the object is the same.
  return new KeyvAdapter(new Keyv<string>({ store: new KeyvRedis(url) }) as never);
}

export async function createGateway(options: GatewayOptions) {
  const { env } = options;
  const subgraphs = new Map<string, { url: string; breaker: CircuitBreaker }>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      const { fetcher, breaker } = subgraphFetcher({
        name,
        maxSockets: env.SUBGRAPH_MAX_SOCKETS,
        timeoutMs: subgraphTimeout(env, name),
        breaker: {
          errorPercentage: env.BREAKER_ERROR_PERCENTAGE,
          minCalls: env.BREAKER_MIN_CALLS,
          resetMs: env.BREAKER_RESET_MS,
        },
      });
      subgraphs.set(name, { url: target, breaker });
      return new SubgraphDataSource(name, {
        url: target,
        fetcher,
        willSendRequest({ request, context }) {
          // Subgraphs trust only this header; the client's own credentials never travel further.
          request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
          // The subgraphs' access log lines carry the gateway's request id.
          const info = requestOfContext(context);
          if (info) request.http?.headers.set(REQUEST_ID_HEADER, info.id);
        },
      });
    },
  });

  const schema = apiSchemaOf(options.supergraphSdl);
  const trustedDocuments = loadTrustedDocuments(env.TRUSTED_DOCUMENTS, schema);
  checkTrustedDocumentsSetting(env.TRUSTED_DOCUMENTS_ONLY === 'true', trustedDocuments);
  // One Redis connection for the budgets and key checks every replica shares (see `rateLimit.ts`, `apiKeys.ts`).
  // Redis's clients are loaded only when configured: they weigh on every start otherwise.
  const redis: Redis | undefined = env.REDIS_URL
    ? new (await import('ioredis')).Redis(env.REDIS_URL, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      })
    : undefined;
  redis?.on('error', (err) => logger.warn({ err }, 'redis unavailable: budgets counted in this process meanwhile'));
  const shared = redis ? { redis, prefix: env.REDIS_KEY_PREFIX } : undefined;
  const limits = createRateLimits(env, shared);
  // Persisted queries (APQ: a GET with a query's hash, which a CDN can cache) and cached answers live in
  // Redis when configured, so that every gateway replica shares them; else in this process's memory.
  const cache = env.REDIS_URL ? await redisCache(env.REDIS_URL) : 'bounded';
  const anonymous = (context: GatewayContext) => context.identity.role === 'public';
  const protection = new ApolloArmor({
    ...operationLimits,
    // "Did you mean …?" helps a developer, and maps the schema for anyone else: development only.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted, error) => maskError(hideTokenLimit(formatted), error),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    csrfPrevention: true,
    // The process stops itself, gracefully (see `runProcess`): Apollo's own handlers would re-raise the signal.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every answer.
    stringifyResult: (result) => JSON.stringify(result),
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    cache,
    validationRules: protection.validationRules,
    // graphql-armor's types point at Apollo's CommonJS declarations; the objects are the same at run time.
    plugins: [
      // First: the operation is named (access log, metrics, span) even when a later plugin refuses it.
      observabilityPlugin<GatewayContext>(),
      operationPolicyPlugin({
        schema,
        limits,
        costModel: costModelOf(options.supergraphSdl),
        maxCost: env.MAX_OPERATION_COST,
        assumedListSize: env.ASSUMED_LIST_SIZE,
      }),
      // Text that would break storage or mislead a reader is refused here, before any subgraph call.
      inputHygienePlugin<GatewayContext>(),
      ...(protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      ...(env.RESPONSE_CACHE === 'true'
        ? [
            // Only anonymous answers, only for as long as their cache hints allow (personal data: never).
            responseCachePlugin<GatewayContext>({
              sessionId: async () => null,
              shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
              shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue),
            }),
          ]
        : []),
    ],
  });
  await apollo.start();

  const admission = createAdmission({
    env,
    verifyBearer: options.verifyBearer,
    verifyApiKey: createApiKeyVerifier(
      options.subgraphUrls?.access ?? 'http://localhost:4004/graphql',
      options.identitySecret,
      env.API_KEY_CACHE_MS,
      subgraphTimeout(env, 'access'),
      shared,
    ),
    limits,
    identitySecret: options.identitySecret,
  });

  const handler = graphqlHandler<GatewayContext>({
    service: 'gateway',
    apollo,
    context: admission,
    // The gateway serves as long as it runs: a subgraph down costs part of an answer, not the whole
    // gateway (a load balancer that took every replica out for it would turn a partial outage into a full one).
    ready: async () => {},
    bodyLimit: env.BODY_LIMIT_BYTES,
    etag: true,
    prepare: trustedDocumentsGate(trustedDocuments, env.TRUSTED_DOCUMENTS_ONLY === 'true'),
    routes: [
      calendarRoute(apollo, admission),
      agreementPdfRoute(apollo, admission),
      schemaRoute(options.supergraphSdl),
      dashboardRoute(env.DASHBOARD_DIR),
      ...(options.production ? [] : [graphiqlRoute]),
    ],
  });
  // Pages of the origins allowed in CORS_ORIGINS may call; gzip or brotli, as the client accepts, over 1 KB.
  const cors = corsMiddleware(env.CORS_ORIGINS);
  const compress = compression({ threshold: 1024 });
  const served = (req: IncomingMessage, res: ServerResponse) =>
    cors(req, res, () =>
      // compression is Connect middleware: its types want Express's request, it needs only Node's.
      compress(req as never, res as never, () => void handler(req, res)),
    );

  return {
    apollo,
    handler: served,
    /** Each subgraph's circuit (tests and operators read its state). */
    circuits: () =>
      Object.fromEntries(
        [...subgraphs].map(([name, s]) => [
          name,
          s.breaker.opened ? 'open' : s.breaker.halfOpen ? 'half-open' : 'closed',
        ]),
      ),
    listen: (port: number, host?: string): Promise<RunningServer> => listen(served, port, host),
    stop: async () => {
      await apollo.stop();
      for (const { breaker } of subgraphs.values()) breaker.shutdown();
      redis?.disconnect();
    },
  };
}
