import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

describe('revoking a partner key', () => {
  it('is idempotent: revoking again changes nothing and adds no audit entry', async () => {
    const admin = await adminToken();
    const created = await gql<{ createApiKey: { apiKey: { id: string } } }>(
      'mutation($p: String!) { createApiKey(input: { partner: $p, scopes: [READ_PUBLIC] }) { apiKey { id } } }',
      { p: `Mission locale ${unique()}` },
      { token: admin },
    );
    const id = created.data!.createApiKey.apiKey.id;
    const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
    const first = await gql<{ revokeApiKey: { revokedAt: string } }>(REVOKE, { id }, { token: admin });
    const again = await gql<{ revokeApiKey: { revokedAt: string } }>(REVOKE, { id }, { token: admin });
    expect(again.errors).toBeUndefined();
    expect(first.data!.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(again.data!.revokeApiKey.revokedAt).toBe(first.data!.revokeApiKey.revokedAt);
    const log = await gql<{ auditLog: { access: { edges: { node: { recordId: string; details: string } }[] } } }>(
      '{ auditLog { access(first: 100) { edges { node { recordId details } } } } }',
      {},
      { token: admin },
    );
    const entries = log.data!.auditLog.access.edges.map((e) => e.node).filter((n) => n.recordId === id);
    expect(entries.map((n) => n.details).sort()).toEqual(['created', 'revoked']);
  });
});
