import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { loadConfig } from './config.ts';
import { badInput, ErrorCode } from './errors.ts';
import { anonymous, IDENTITY_HEADER, identitySigner } from './identity.ts';

/** Where a subgraph reaches the others whose records it refers to, and how long it waits. */
export const peerEnvSchema = z.object({
  COMPANIES_URL: z.url().default('http://localhost:4001/graphql'),
  PEOPLE_URL: z.url().default('http://localhost:4003/graphql'),
  PEER_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
});

export const readPeerEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(peerEnvSchema, env);
export type PeerEnv = ReturnType<typeof readPeerEnv>;

/** The subgraphs that own records others refer to, by name. */
export type PeerName = 'companies' | 'people';

/** Asks the owning subgraph whether an entity exists; refuses with BAD_USER_INPUT and the field when not. */
export type RequireEntity = (peer: PeerName, typename: string, id: string, field: string) => Promise<void>;

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/**
 * One GraphQL call to another subgraph, signed as the gateway signs its calls, as the public: how a subgraph
 * asks another about a record it refers to. Throws when the peer does not answer within `timeoutMs`.
 */
export function peerCaller(identitySecret: string) {
  const sign = identitySigner(identitySecret);
  return async <T>(url: string, query: string, variables: Record<string, unknown>, timeoutMs: number) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await sign(anonymous) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: (await response.json()) as { data?: T | null } };
  };
}

/**
 * A reference to another subgraph's record (a company named by an ambassador, a referent named by a charter,
 * an exhibitor or a speaker of an event) is checked with the subgraph that owns it, the way the gateway
 * resolves it: one `_entities` call, signed like the gateway's calls, as the public. An entity its owner
 * resolves to null (unknown, erased) does not exist. When the owner cannot answer, the change is refused
 * with DOWNSTREAM_SERVICE_ERROR rather than stored with a dangling reference.
 */
export function entityChecker(urls: () => Partial<Record<PeerName, string>>, identitySecret: string, timeoutMs = 5000) {
  const call = peerCaller(identitySecret);
  const require: RequireEntity = async (peer, typename, id, field) => {
    const url = urls()[peer];
    let found: unknown;
    try {
      if (!url) throw new Error(`no URL for ${peer}`);
      const answer = await call<{ _entities?: unknown[] }>(
        url,
        ENTITIES,
        { r: [{ __typename: typename, id }] },
        timeoutMs,
      );
      const entities = answer.body.data?._entities;
      if (!Array.isArray(entities)) throw new Error(`${peer} answered ${answer.status}`);
      found = entities[0];
    } catch {
      throw new GraphQLError(`The ${peer} subgraph could not say whether this ${typename.toLowerCase()} exists`, {
        extensions: { code: ErrorCode.DOWNSTREAM_SERVICE_ERROR, serviceName: peer },
      });
    }
    if (!found) throw badInput(field, `No such ${typename.toLowerCase()}`);
  };
  return require;
}

/** The people subgraph's endpoint giving referents' addresses to the companies subgraph's notices. */
export const REFERENT_CONTACTS_PATH = '/internal/referent-contacts';
/** The signed subject of the companies subgraph's notices, the only one that endpoint answers. */
export const NOTICES_SUBJECT = 'companies:notices';

/** A referent as a notice addresses them: their name, and their address when they have one. */
export interface ReferentContact {
  id: string;
  fullName: string;
  email: string | null;
}

/**
 * Asks the people subgraph (next to its GraphQL URL) for the names and addresses of referents, signed under
 * `NOTICES_SUBJECT`: a map of the referents it knows (an erased or unknown one is absent), or null when it
 * does not answer within `timeoutMs`, so that the caller tries again later.
 */
export function referentContacts(peopleUrl: () => string | undefined, identitySecret: string, timeoutMs = 5000) {
  const sign = identitySigner(identitySecret);
  return async (ids: string[]): Promise<Map<string, ReferentContact> | null> => {
    const url = peopleUrl();
    if (!url || ids.length === 0) return ids.length === 0 ? new Map() : null;
    try {
      const response = await fetch(new URL(REFERENT_CONTACTS_PATH, url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: await sign({ ...anonymous, subject: NOTICES_SUBJECT }),
        },
        body: JSON.stringify({ ids }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return null;
      const body = (await response.json()) as { referents?: ReferentContact[] };
      if (!Array.isArray(body.referents)) return null;
      return new Map(body.referents.map((r) => [r.id, r]));
    } catch {
      return null;
    }
  };
}
