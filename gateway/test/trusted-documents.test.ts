import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { corsOriginsSetting } from '../src/env.ts';
import { loadTrustedDocuments, parseManifest, sha256, trustedDocumentsGate } from '../src/trustedDocuments.ts';
import { anonymous, type Identity } from '@dm/shared';

const schema = buildSchema('type Query { hello: String, departments: [String] }');
const HELLO = 'query Hello { hello }';
const files: Record<string, string> = {
  'apollo.json': JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [{ id: sha256(HELLO), name: 'Hello', type: 'query', body: HELLO }],
  }),
  'relay.json': JSON.stringify({ 'departments-1': '{ departments }' }),
};
const read = ((file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error('ENOENT');
  return text;
}) as never;

describe('trusted documents', () => {
  it("reads Apollo's manifest and an id-to-document object", () => {
    const documents = loadTrustedDocuments(['apollo.json', 'relay.json'], schema, read);
    expect([...documents.byId.keys()]).toEqual([sha256(HELLO), 'departments-1']);
    expect(documents.bodyHashes.has(sha256('{ departments }'))).toBe(true);
  });

  it('says in one sentence what is wrong with a manifest', () => {
    expect(() => parseManifest('{', 'a.json')).toThrow('The trusted documents file a.json is not JSON');
    expect(() => parseManifest('{"format":"other"}', 'a.json')).toThrow(/has an unknown format/);
    expect(() => parseManifest('{"x": 1}', 'a.json')).toThrow(
      'Document x of the trusted documents file a.json is not text',
    );
    expect(() => loadTrustedDocuments(['missing.json'], schema, read)).toThrow('cannot be read');
    files['clash.json'] = JSON.stringify({ 'departments-1': '{ hello }' });
    expect(() => loadTrustedDocuments(['relay.json', 'clash.json'], schema, read)).toThrow(/stands for two different/);
  });

  const gate = trustedDocumentsGate(loadTrustedDocuments(['apollo.json', 'relay.json'], schema, read), true);
  const context = (identity: Identity) => ({ identity, clientAddress: '127.0.0.1', identityToken: '' });
  const get = (query: Record<string, string>) => ({
    method: 'GET' as const,
    params: new URLSearchParams(query),
    body: undefined,
  });

  it('completes a request sent by id, and drops an id that Apollo Server would take for a wrong hash', () => {
    const byHash = get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(HELLO) } }) });
    gate(byHash, context(anonymous));
    expect(byHash.params.get('query')).toBe(HELLO);
    expect(JSON.parse(byHash.params.get('extensions') as string).persistedQuery.sha256Hash).toBe(sha256(HELLO));

    const post = {
      method: 'POST' as const,
      params: new URLSearchParams(),
      body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'departments-1' } } } as Record<string, unknown>,
    };
    gate(post, context(anonymous));
    expect(post.body).toEqual({ query: '{ departments }', extensions: {} });
  });

  it('refuses anything else to anonymous clients only', () => {
    const freeForm = () => get({ query: '{ hello departments }' });
    expect(() => gate(freeForm(), context(anonymous))).toThrow(
      expect.objectContaining({ extensions: { code: 'QUERY_NOT_IN_SAFELIST', http: { status: 403 } } }),
    );
    const unknownId = get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'nope' } }) });
    expect(() => gate(unknownId, context(anonymous))).toThrow(
      expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } } }),
    );
    expect(() => gate(freeForm(), context({ role: 'partner', departments: [], scopes: [] }))).not.toThrow();
    expect(() => gate(get({ query: HELLO }), context(anonymous))).not.toThrow();
  });
});

describe('CORS_ORIGINS', () => {
  it('takes origins, or * alone, and refuses what a browser would never send as an origin', () => {
    expect(corsOriginsSetting.parse('')).toEqual([]);
    expect(corsOriginsSetting.parse('*')).toBe('*');
    expect(corsOriginsSetting.parse('https://app.example.fr, http://localhost:5173/')).toEqual([
      'https://app.example.fr',
      'http://localhost:5173',
    ]);
    expect(() => corsOriginsSetting.parse('https://app.example.fr/page')).toThrow(/is not an origin/);
    expect(() => corsOriginsSetting.parse('app.example.fr')).toThrow(/is not an origin/);
    expect(() => corsOriginsSetting.parse('*,https://app.example.fr')).toThrow(/is not an origin/);
  });
});
