import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startLocalStack } from '../src/stack.ts';

// The embedded default keeps its data in a folder: what was written survives a restart and the seed
// is loaded only once. (PostgreSQL keeps data by nature; this concerns PGlite.)
describe.runIf(inject('database') === 'pglite')('the embedded database across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dm-restart-'));
  const secret = 'restart-test-secret-restart-test-secret';
  const start = () => startLocalStack({ dataDir, env: { AUTH_JWT_SECRET: secret, DATA_DIR: dataDir } });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a registered company and does not seed twice', async () => {
    const COUNT = '{ companies(first: 1) { totalCount } }';
    let stack = await start();
    let gql = graphqlClient(stack.gatewayUrl);
    const seeded = (await gql<{ companies: { totalCount: number } }>(COUNT)).data!.companies.totalCount;
    const token = await signBearerToken({ role: 'admin' }, secret);
    const created = await gql<{ registerCompany: { id: string } }>(
      'mutation { registerCompany(input: { name: "Persistante", communeCode: "27229" }) { id } }',
      {},
      { token },
    );
    const id = created.data!.registerCompany.id;
    await stack.stop();

    stack = await start();
    gql = graphqlClient(stack.gatewayUrl);
    const again = await gql<{ company: { name: string; commune: { name: string } } }>(
      'query($id: ID!) { company(id: $id) { name commune { name } } }',
      { id },
    );
    expect(again.data!.company).toEqual({ name: 'Persistante', commune: { name: 'Évreux' } });
    expect((await gql<{ companies: { totalCount: number } }>(COUNT)).data!.companies.totalCount).toBe(seeded + 1);
    await stack.stop();
  });
});
