import type { IncomingMessage, ServerResponse } from 'node:http';
import { IDENTITY_HEADER, listen, PROBE_PATHS, type RunningServer, sendJson } from '@dm/shared';
import getRawBody from 'raw-body';
import { type Admission, budgetAddress } from './admission.ts';
import type { BearerVerifier } from './auth.ts';
import type { GatewayEnv } from './env.ts';
import { createFrontDoor, refusalOf } from './frontDoor.ts';

/**
 * What Apollo Router sends its external coprocessor and reads back (protocol version 1): the parts this
 * coprocessor uses; every other property is returned as it came.
 */
export interface CoprocessorPayload {
  version: number;
  stage: string;
  id: string;
  control: 'continue' | { break: number };
  /** Header names to their values (HTTP allows several). */
  headers?: Record<string, string[]>;
  body?: unknown;
  context?: { entries?: Record<string, unknown> };
  [other: string]: unknown;
}

/** Headers a client may send that never travel on to a subgraph: its credentials, and any identity it forged. */
const CLIENT_ONLY_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', IDENTITY_HEADER]);
/** Where the `RateLimit-*` headers wait, in the request's context, for the response stage. */
const RATE_LIMIT_ENTRY = 'dm::ratelimit';

const asArrays = (headers: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [String(value)]]));

/**
 * The client's address as budgets count it. The Router does not tell its coprocessor the client's address:
 * it must run behind a load balancer that appends it to `X-Forwarded-For`, whose rightmost entry is then the
 * one no client wrote. Without it, every anonymous client shares one budget.
 */
function addressOf(headers: Record<string, string[]>): string {
  const forwarded = (headers['x-forwarded-for'] ?? []).join(',').split(',');
  const nearest = forwarded
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return nearest ? budgetAddress(nearest) : 'unknown';
}

/**
 * The graph's front door for Apollo Router, as an external coprocessor: at the `RouterRequest` stage, the
 * same admission as the Node gateway and the Hive Gateway plugin (`admission.ts`: bearer token or partner
 * key, budgets), then the client's credentials are removed and the identity signed for the subgraphs is set
 * (`x-dm-identity`, which the Router propagates to every subgraph); a refusal ends the request with the
 * Node gateway's status, headers and masked error. At the `RouterResponse` stage, the `RateLimit-*` headers.
 */
export function routerCoprocessor(admission: Admission) {
  return async (payload: CoprocessorPayload): Promise<CoprocessorPayload> => {
    const headers = Object.fromEntries(
      Object.entries(payload.headers ?? {}).map(([name, values]) => [name.toLowerCase(), values]),
    );
    if (payload.stage === 'RouterRequest') {
      const apiKey = headers['x-api-key'];
      try {
        const admitted = await admission.admit({
          authorization: headers.authorization?.[0],
          apiKey: apiKey === undefined ? undefined : apiKey.length === 1 ? apiKey[0] : apiKey,
          address: addressOf(headers),
        });
        const passed = Object.fromEntries(Object.entries(headers).filter(([name]) => !CLIENT_ONLY_HEADERS.has(name)));
        passed[IDENTITY_HEADER] = [admitted.context.identityToken];
        const entries = { ...payload.context?.entries, [RATE_LIMIT_ENTRY]: admitted.headers };
        return { ...payload, control: 'continue', headers: passed, context: { ...payload.context, entries } };
      } catch (err) {
        const refused = refusalOf(err);
        return {
          ...payload,
          control: { break: refused.status },
          headers: asArrays(refused.headers),
          body: refused.body,
        };
      }
    }
    if (payload.stage === 'RouterResponse') {
      const limits = (payload.context?.entries?.[RATE_LIMIT_ENTRY] ?? {}) as Record<string, string>;
      return { ...payload, headers: { ...payload.headers, ...asArrays(limits) } };
    }
    return payload;
  };
}

/**
 * The coprocessor as an HTTP server: `POST /` with the Router's JSON, plus `/health` and `/ready`. Its
 * settings are the Node gateway's (`AUTH_JWT_SECRET`, `IDENTITY_SECRET`, `ACCESS_URL`, `REDIS_URL`, budgets).
 */
export function createRouterCoprocessor(options: {
  env: GatewayEnv;
  verifyBearer: BearerVerifier;
  identitySecret: string;
  accessUrl?: string;
}) {
  const door = createFrontDoor(options);
  const handle = routerCoprocessor(door.admission);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://coprocessor').pathname;
      if (path === PROBE_PATHS.health || path === PROBE_PATHS.ready) return sendJson(res, 200, { status: 'ok' });
      if (path !== '/') return sendJson(res, 404, { error: 'Not found' });
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendJson(res, 405, { error: 'Send the Router’s payload with POST' });
      }
      let payload: CoprocessorPayload;
      try {
        payload = JSON.parse(await getRawBody(req, { limit: 256 * 1024, encoding: 'utf8' })) as CoprocessorPayload;
      } catch {
        return sendJson(res, 400, { error: 'Unreadable coprocessor payload' });
      }
      if (payload?.version !== 1 || typeof payload.stage !== 'string') {
        return sendJson(res, 400, { error: 'Not a version 1 coprocessor payload' });
      }
      sendJson(res, 200, await handle(payload));
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'The coprocessor failed' });
    });
  };
  return {
    handler,
    listen: (port: number, host?: string): Promise<RunningServer> => listen(handler, port, host),
    stop: async () => door.stop(),
  };
}
