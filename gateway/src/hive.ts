import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { IDENTITY_HEADER, listen, type RunningServer } from '@dm/shared';
import { parse } from 'graphql';
import type { Admission, Admitted } from './admission.ts';
import type { BearerVerifier } from './auth.ts';
import type { GatewayEnv } from './env.ts';
import { createFrontDoor, refusalOf } from './frontDoor.ts';

/** Headers a client may send that never travel on to a subgraph: its credentials, and any identity it forged. */
const CLIENT_ONLY_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', IDENTITY_HEADER]);

/** A refusal of admission, answered as the Node gateway answers it. */
function refusal(err: unknown): Response {
  const { status, headers, body } = refusalOf(err);
  return new Response(body, { status, headers });
}

/**
 * The graph's front door as a Hive Gateway plugin: every request goes through the Node gateway's own
 * admission (`admission.ts`: bearer token or partner key, failed-authentication and request budgets,
 * `RateLimit-*` headers) before its body is read, and every subgraph call carries the identity it signed —
 * never the client's credentials, nor an identity header the client sent. A refused request gets the same
 * answer, with the same HTTP status and headers, as from the Node gateway.
 */
export function identityPlugin(admission: Admission): GatewayPlugin<{ admitted: Admitted }> {
  const admittedOf = new WeakMap<Request, Admitted>();
  return {
    async onRequest({ request, serverContext, endResponse }) {
      // On Node's HTTP server, the server context carries the socket (the client's address, `TRUST_PROXY`).
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      try {
        const admitted = await admission.admit({
          authorization: request.headers.get('authorization') ?? undefined,
          apiKey: request.headers.get('x-api-key') ?? undefined,
          address: req ? admission.addressOf(req) : 'unknown',
        });
        admittedOf.set(request, admitted);
      } catch (err) {
        endResponse(refusal(err));
      }
    },
    onContextBuilding({ context, extendContext }) {
      const admitted = admittedOf.get(context.request);
      if (admitted) extendContext({ admitted });
    },
    onFetch({ context, options, setOptions }) {
      const admitted = 'admitted' in context ? context.admitted : undefined;
      const headers: Record<string, string> = {};
      for (const [name, value] of new Headers(options.headers as HeadersInit)) {
        if (!CLIENT_ONLY_HEADERS.has(name)) headers[name] = value;
      }
      // A fetch outside any admitted request (there is none with a static supergraph) carries no identity.
      if (admitted) headers[IDENTITY_HEADER] = admitted.context.identityToken;
      setOptions({ ...options, headers });
    },
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(admittedOf.get(request)?.headers ?? {})) {
        response.headers.set(name, String(value));
      }
    },
  };
}

export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding those written in the supergraph. */
  subgraphUrls?: Record<string, string | undefined>;
  verifyBearer: BearerVerifier;
  identitySecret: string;
  production: boolean;
  env: GatewayEnv;
}

/**
 * Hive Gateway on the committed supergraph, with the graph's admission (see `identityPlugin`): a second
 * engine beside the Node gateway, for operators who prefer it. It does not carry the Node gateway's other
 * policies — cost limit, partner read scopes, trusted documents, input hygiene, error masking by code —
 * which the subgraphs do not repeat (README, "A second gateway engine").
 */
export function createHiveGateway(options: HiveGatewayOptions) {
  const door = createFrontDoor({
    env: options.env,
    verifyBearer: options.verifyBearer,
    identitySecret: options.identitySecret,
    accessUrl: options.subgraphUrls?.access,
  });
  const locations = Object.entries(options.subgraphUrls ?? {}).filter(([, url]) => url);
  const runtime = createGatewayRuntime({
    supergraph: parse(options.supergraphSdl),
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(locations.map(([name, location]) => [name, { location }])),
    plugins: () => [identityPlugin(door.admission)],
    graphiql: false,
    landingPage: false,
    // Hive's own log lines print a failed subgraph request's body, variables (personal data) included.
    logging: false,
    maskedErrors: true,
  });
  const handler = (req: IncomingMessage, res: ServerResponse) => void runtime(req, res);
  return {
    runtime,
    handler,
    listen: (port: number, host?: string): Promise<RunningServer> => listen(handler, port, host),
    stop: async () => {
      await runtime.dispose();
      door.stop();
    },
  };
}
