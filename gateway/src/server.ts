import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  anonymous,
  fieldOfCoercionError,
  graphqlHandler,
  IDENTITY_HEADER,
  type Identity,
  listen,
  maskError,
  type RunningServer,
  signIdentity,
  unauthenticated,
} from '@dm/shared';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { type BearerVerifier, bearerToken } from './auth.ts';
import { subgraphFetcher } from './fetcher.ts';
import { createApiKeyVerifier } from './apiKeys.ts';
import { calendarRoute } from './calendar.ts';
import type { GatewayEnv } from './env.ts';
import { rateLimitPlugin } from './rateLimit.ts';
import { graphiqlRoute } from './graphiql.ts';

export interface GatewayContext {
  identity: Identity;
  /** The client's network address (from X-Forwarded-For only when TRUST_PROXY=true). */
  clientAddress: string;
  /** The identity signed for the subgraphs, once per request. */
  identityToken: string;
}

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

/** Limits on what one operation may ask, with messages that do not reveal the limits. */
export const operationLimits = {
  maxDepth: { n: 12, exposeLimits: false },
  maxAliases: { n: 20, exposeLimits: false },
  maxTokens: { n: 3000, exposeLimits: false },
  maxDirectives: { n: 30, exposeLimits: false },
  costLimit: { maxCost: 20_000, exposeLimits: false },
  blockFieldSuggestion: { enabled: true },
};

/**
 * A subgraph refuses bad variables (and literals of custom scalars) with HTTP 400; relay that error to the
 * client as BAD_USER_INPUT, instead of reporting a failed subgraph call.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: FetcherResponse) {
    if (response.status === 400) {
      try {
        const body = (await response.clone().json()) as {
          errors?: { message: string; extensions?: Record<string, unknown> }[];
        };
        const first = body.errors?.[0];
        // A literal the gateway cannot check (a custom scalar) fails the subgraph's validation: still bad input.
        if (first?.extensions?.code === 'BAD_USER_INPUT' || first?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
          return new GraphQLError(first.message, {
            extensions: { code: 'BAD_USER_INPUT', field: fieldOfCoercionError(first.message) },
          });
        }
      } catch {
        // not a GraphQL answer: the generic error below
      }
    }
    return super.errorFromResponse(response);
  }
}

export async function createGateway(options: GatewayOptions) {
  const fetcher = subgraphFetcher({
    maxSockets: options.env.SUBGRAPH_MAX_SOCKETS,
    timeoutMs: options.env.SUBGRAPH_TIMEOUT_MS,
  });
  const subgraphs = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      subgraphs.set(name, target);
      return new SubgraphDataSource({
        url: target,
        fetcher,
        willSendRequest({ request, context }) {
          // Subgraphs trust only this header; the client's own credentials never travel further.
          request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
        },
      });
    },
  });

  const armor = new ApolloArmor(operationLimits);
  const protection = armor.protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    // graphql-armor's types point at Apollo's CommonJS declarations; the objects are the same at run time.
    plugins: [
      rateLimitPlugin(options.env),
      ...(protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const verifyApiKey = createApiKeyVerifier(
    options.subgraphUrls?.access ?? 'http://localhost:4004/graphql',
    options.identitySecret,
    options.env.API_KEY_CACHE_MS,
  );
  const context = async (req: IncomingMessage): Promise<GatewayContext> => {
    const token = bearerToken(req.headers.authorization);
    const apiKey = req.headers['x-api-key'];
    if (token && apiKey) throw unauthenticated('Send either a bearer token or an API key, not both');
    const identity = token
      ? await options.verifyBearer(token)
      : typeof apiKey === 'string' && apiKey
        ? await verifyApiKey(apiKey)
        : anonymous;
    const forwarded =
      options.env.TRUST_PROXY === 'true'
        ? String(req.headers['x-forwarded-for'] ?? '')
            .split(',')[0]
            ?.trim()
        : '';
    return {
      identity,
      clientAddress: forwarded || req.socket.remoteAddress || 'unknown',
      identityToken: await signIdentity(identity, options.identitySecret),
    };
  };

  /** Ready when every subgraph answers its own readiness probe. */
  const ready = async () => {
    await Promise.all(
      [...subgraphs.values()].map(async (url) => {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
        if (!response.ok) throw new Error(`subgraph not ready: ${response.status}`);
      }),
    );
  };

  const handler = graphqlHandler<GatewayContext>({
    apollo,
    context,
    ready,
    bodyLimit: options.env.BODY_LIMIT_BYTES,
    routes: [calendarRoute(apollo, options.identitySecret), ...(options.production ? [] : [graphiqlRoute])],
  });

  return {
    apollo,
    handler,
    listen: (port: number, host?: string): Promise<RunningServer> => listen(handler, port, host),
    stop: () => apollo.stop(),
  };
}
