import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphQLRequestParts } from '@dm/shared';
import { GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import type { GatewayContext } from './admission.ts';

/** A document registered by a front-end: the only text its id stands for. */
export interface TrustedDocument {
  id: string;
  body: string;
  name?: string;
}

export interface TrustedDocuments {
  /** The document an id stands for. */
  byId: Map<string, TrustedDocument>;
  /** SHA-256 (hex) of every trusted body: a client sending the full text of a trusted document is trusted too. */
  bodyHashes: Set<string>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads one manifest, in either of the two formats front-end tools write: Apollo's persisted query manifest
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`) or
 * a JSON object from id to document (Relay's `persisted_queries.json`, graphql-codegen's client preset).
 */
export function parseManifest(text: string, source: string): TrustedDocument[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The trusted documents file ${source} is not JSON`);
  }
  if (json && typeof json === 'object' && 'format' in json) {
    const manifest = json as { format: unknown; version?: unknown; operations?: unknown };
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
      throw new Error(
        `The trusted documents file ${source} has an unknown format (expected apollo-persisted-query-manifest version 1)`,
      );
    }
    if (!Array.isArray(manifest.operations))
      throw new Error(`The trusted documents file ${source} lists no operations`);
    return manifest.operations.map((operation: { id?: unknown; body?: unknown; name?: unknown }, index) => {
      if (typeof operation.id !== 'string' || typeof operation.body !== 'string') {
        throw new Error(`Operation ${index + 1} of the trusted documents file ${source} has no id or no body`);
      }
      return {
        id: operation.id,
        body: operation.body,
        ...(typeof operation.name === 'string' ? { name: operation.name } : {}),
      };
    });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`The trusted documents file ${source} is neither a manifest nor an object from id to document`);
  }
  return Object.entries(json).map(([id, body]) => {
    if (typeof body !== 'string') throw new Error(`Document ${id} of the trusted documents file ${source} is not text`);
    return { id, body };
  });
}

/**
 * Every trusted document of the given manifests, each checked against the public schema: a document that
 * no longer validates (a field removed, an argument renamed) stops the gateway at start, not a user later.
 */
export function loadTrustedDocuments(files: string[], schema: GraphQLSchema, read = readFileSync): TrustedDocuments {
  const byId = new Map<string, TrustedDocument>();
  const bodyHashes = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = read(file, 'utf8');
    } catch {
      throw new Error(`The trusted documents file ${file} cannot be read`);
    }
    for (const document of parseManifest(text, file)) {
      const label = document.name ? `${document.id} (${document.name})` : document.id;
      let errors: readonly GraphQLError[];
      try {
        errors = validate(schema, parse(document.body));
      } catch (err) {
        errors = [err as GraphQLError];
      }
      if (errors.length > 0) {
        throw new Error(`The trusted document ${label} of ${file} does not fit the schema: ${errors[0]?.message}`);
      }
      const known = byId.get(document.id);
      if (known && known.body !== document.body) {
        throw new Error(`The id ${document.id} stands for two different trusted documents (in ${file})`);
      }
      byId.set(document.id, document);
      bodyHashes.add(sha256(document.body));
    }
  }
  return { byId, bodyHashes };
}

const refusal = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

const jsonObject = (text: string | null): Record<string, unknown> | undefined => {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // Apollo Server refuses it with its own message
  }
};

/**
 * Trusted documents (persisted operations): a client sends a registered id in Apollo's `persistedQuery`
 * extension (`{"persistedQuery":{"version":1,"sha256Hash":"<id>"}}`, by GET for a query, so that a CDN can
 * keep the answer) and the gateway runs the document registered under it. With `only`, anonymous clients
 * may run nothing else (Apollo Router's safelisting): an unknown id is `PERSISTED_QUERY_NOT_IN_LIST` (400),
 * any other text `QUERY_NOT_IN_SAFELIST` (403). Partner keys and signed-in users keep free-form access, and
 * automatic persisted queries.
 */
export function trustedDocumentsGate(documents: TrustedDocuments, only: boolean) {
  return ({ method, params, body }: GraphQLRequestParts, context: GatewayContext) => {
    const post = method === 'POST' && body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
    if (method === 'POST' && !post) return; // not a GraphQL request: Apollo Server says so
    const extensions = post
      ? (post.extensions as Record<string, unknown> | undefined)
      : jsonObject(params.get('extensions'));
    const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
    const id = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
    let query: unknown = post ? post.query : (params.get('query') ?? undefined);

    const trusted = id === undefined ? undefined : documents.byId.get(id);
    if (trusted && query === undefined) {
      query = trusted.body;
      // An id that is not the document's SHA-256 (Relay's, for one) would fail Apollo Server's APQ check.
      const { persistedQuery: _, ...others } = extensions ?? {};
      const keep = id === sha256(trusted.body) ? extensions : others;
      if (post) Object.assign(post, { query, extensions: keep });
      else {
        params.set('query', trusted.body);
        params.set('extensions', JSON.stringify(keep));
      }
    }

    if (!only || context.identity.role !== 'public') return;
    if (query === undefined && id !== undefined) {
      throw refusal(
        'No trusted document has this id: send the id of a document your front-end registered',
        'PERSISTED_QUERY_NOT_IN_LIST',
        400,
      );
    }
    if (query !== undefined && (typeof query !== 'string' || !documents.bodyHashes.has(sha256(query)))) {
      throw refusal(
        'Anonymous clients may run only the documents front-ends registered: send a registered id, or use a partner key',
        'QUERY_NOT_IN_SAFELIST',
        403,
      );
    }
  };
}

/** Refuses, in one sentence, a configuration that would let anonymous clients run nothing. */
export function checkTrustedDocumentsSetting(only: boolean, documents: TrustedDocuments) {
  if (only && documents.byId.size === 0) {
    throw new Error('TRUSTED_DOCUMENTS_ONLY=true needs TRUSTED_DOCUMENTS: the manifest files of the front-ends');
  }
}
