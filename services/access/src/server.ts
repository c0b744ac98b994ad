import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createSubgraph,
  GATEWAY_SUBJECT,
  IDENTITY_HEADER,
  subgraphFiles,
  type DatabaseHandle,
  type Route,
  identityVerifier,
  sendJson,
} from '@dm/shared';
import getRawBody from 'raw-body';
import type { Context } from './context.ts';
import { auditEntry } from './db/schema.ts';
import { resolvers } from './resolvers/index.ts';
import { verifySecret } from './store/apiKeys.ts';

const files = subgraphFiles(import.meta.url, 'access');
export const { name, typeDefs } = files;

export async function prepare(database: DatabaseHandle) {
  await files.migrate(database);
}

/**
 * `POST /internal/api-keys/verify` `{ "secret": "dmk_..." }`: how the gateway checks a partner key. Only
 * the gateway's own signed identity may ask; the answer never contains the secret or its hash.
 */
function keyCheckRoute(database: DatabaseHandle, identitySecret: string): Route {
  const verify = identityVerifier(identitySecret);
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== '/internal/api-keys/verify' || req.method !== 'POST') return false;
    const reply = (status: number, body: unknown) => sendJson(res, status, body);
    try {
      const caller = await verify(req.headers[IDENTITY_HEADER] as string | undefined);
      if (caller.subject !== GATEWAY_SUBJECT) return (reply(403, { error: 'forbidden' }), true);
    } catch {
      return (reply(401, { error: 'unauthenticated' }), true);
    }
    let secret: unknown;
    try {
      secret = JSON.parse(await getRawBody(req, { limit: 1024, encoding: 'utf8' })).secret;
    } catch {
      return (reply(400, { error: 'bad request' }), true);
    }
    const key = typeof secret === 'string' && secret.length < 200 ? await verifySecret(database.db, secret) : null;
    if (!key) return (reply(404, { error: 'unknown key' }), true);
    return (reply(200, { id: key.id, partner: key.partner, scopes: key.scopes }), true);
  };
}

/** Builds the access subgraph over an open database, without listening. */
export function createAccessSubgraph(database: DatabaseHandle, identitySecret: string) {
  return createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    routes: [keyCheckRoute(database, identitySecret)],
    createContext: (base) => base,
  });
}
