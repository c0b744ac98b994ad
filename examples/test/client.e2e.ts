import { adminToken, gql, unique } from '@dm/testing/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gatewayBeside } from '../../infra/test/beside.ts';
import { createClient, GraphError } from '../src/client.ts';
import { searchCompanies } from '../src/search.ts';
import { syncCompanies } from '../src/sync.ts';

const manifest = fileURLToPath(new URL('../src/gql/persisted-documents.json', import.meta.url));

describe('the example client', () => {
  let apiKey: string;

  beforeAll(async () => {
    const created = await gql<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(input: { partner: "Mission locale (client kit)", scopes: [READ_PUBLIC] }) { secret } }',
      {},
      { token: await adminToken() },
    );
    apiKey = created.data!.createApiKey.secret;
  });

  it('searches companies with a partner key, typed from the public schema', async () => {
    const request = createClient({ url: inject('gatewayUrl'), apiKey });
    const { total, companies } = await searchCompanies(request, 'LÉGALLAIS', '14');
    expect(total).toBe(1);
    expect(companies[0]).toMatchObject({ name: 'Legallais', commune: { name: 'Hérouville-Saint-Clair' } });
  });

  it('pages the change feed, and finds a change on the next run', async () => {
    const request = createClient({ url: inject('gatewayUrl'), apiKey });
    const first = await syncCompanies(request, '2000-01-01T00:00:00Z');
    const all = await gql<{ companies: { totalCount: number } }>('{ companies { totalCount } }');
    expect(first.changed.length).toBeGreaterThanOrEqual(all.data!.companies.totalCount);
    expect(new Set(first.changed.map((c) => c.id)).size).toBe(first.changed.length);

    const name = `Menuiserie ${unique()}`;
    await gql(
      'mutation($n: String!) { registerCompany(input: { name: $n, communeCode: "50502" }) { id } }',
      { n: name },
      {
        token: await adminToken(),
      },
    );
    const second = await syncCompanies(request, first.next);
    expect(second.changed.map((c) => c.name)).toContain(name);
    // Only what changed since the watermark (a minute before the last change seen) comes again.
    for (const company of second.changed) expect(company.updatedAt >= first.next).toBe(true);
  });

  it('reports the code and field of a refusal', async () => {
    const request = createClient({ url: inject('gatewayUrl'), apiKey });
    const refused = await searchCompanies(request, 'bois', '99').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(GraphError);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.department', status: 400 });
  });

  it("runs the README's commands", async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    const commands = [...readme.matchAll(/^npm run (search|sync) -w @dm\/examples -- (.*)$/gm)];
    expect(commands.map((c) => c[1])).toEqual(['search', 'sync']);
    const outputs: string[] = [];
    for (const [, script, args] of commands) {
      const { stdout } = await promisify(execFile)(
        'npm',
        ['run', '--silent', script as string, '-w', '@dm/examples', '--', ...(args as string).split(' ')],
        { cwd: root, env: { ...process.env, GRAPH_URL: inject('gatewayUrl') } },
      );
      outputs.push(stdout);
    }
    expect(outputs[0]).toContain('1 company matches "legallais"\n- Legallais (Hérouville-Saint-Clair): charter');
    expect(outputs[1]).toMatch(/^\d+ companies changed; next time, ask for changes since \d{4}-/m);
  });

  describe('as a public front-end, by trusted document ids only', () => {
    let gateway: Awaited<ReturnType<typeof gatewayBeside>>;
    beforeAll(async () => {
      // The manifest codegen wrote is what the front-end registers; the gateway checks it against the schema.
      gateway = await gatewayBeside({ TRUSTED_DOCUMENTS: manifest, TRUSTED_DOCUMENTS_ONLY: 'true' });
    });
    afterAll(() => gateway?.stop());

    it('runs its operations by id, by GET', async () => {
      const request = createClient({ url: gateway.url, byId: true });
      expect((await searchCompanies(request, 'legallais')).total).toBe(1);
      // Without ids, the same client is refused.
      const freeForm = createClient({ url: gateway.url });
      await expect(searchCompanies(freeForm, 'legallais')).rejects.toMatchObject({ code: 'QUERY_NOT_IN_SAFELIST' });
    });
  });
});
