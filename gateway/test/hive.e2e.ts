import { randomBytes } from 'node:crypto';
import { IDENTITY_HEADER, type RunningServer, signIdentity } from '@dm/shared';
import { loadSupergraphSdl } from '@dm/schema';
import { graphqlClient } from '@dm/testing';
import { token } from '@dm/testing/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBearerVerifier } from '../src/auth.ts';
import { readGatewayEnv } from '../src/env.ts';
import { createHiveGateway } from '../src/hive.ts';

// Hive Gateway on the committed supergraph, in front of the subgraphs of the test stack, with the plugin
// that shares the Node gateway's admission: same tokens, same partner keys, same signed identity.
const env = readGatewayEnv({
  AUTH_JWT_SECRET: inject('authSecret'),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_USER_PER_MINUTE: '100000',
  API_KEY_CACHE_MS: '0',
});
let hive: ReturnType<typeof createHiveGateway>;
let running: RunningServer;
let gql: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  hive = createHiveGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: {
      companies: inject('companiesUrl'),
      events: inject('eventsUrl'),
      people: inject('peopleUrl'),
      access: inject('accessUrl'),
    },
    env,
    verifyBearer: await createBearerVerifier(env),
    identitySecret: inject('identitySecret'),
    production: true,
  });
  running = await hive.listen(0);
  gql = graphqlClient(new URL('/graphql', running.url).toString());
});

afterAll(async () => {
  await running?.close({ graceMs: 1000, delayMs: 0 });
  await hive?.stop();
});

const adminToken = () => token({ role: 'admin', subject: 'admin:hive' });

/**
 * Across the three subgraphs: a company (companies), its ambassadors (people) and events (events). Its
 * address is personal to the company's users and staff.
 */
const COMPANY = `query($id: ID!) {
  company(id: $id) { name contactEmail ambassadors(first: 3) { displayName } events(first: 3) { title } }
}`;
type Company = { company: { name: string; contactEmail: string | null; ambassadors: unknown[]; events: unknown[] } };
let companyId: string;
const contactEmail = `contact.hive.${Date.now()}@example.org`;

describe('Hive Gateway with the identity plugin', () => {
  beforeAll(async () => {
    const registered = await gql<{ registerCompany: { id: string } }>(
      'mutation($n: String!, $e: String!) { registerCompany(input: { name: $n, communeCode: "76540", contactEmail: $e }) { id } }',
      { n: `Entreprise Hive ${Date.now()}`, e: contactEmail },
      { token: await adminToken() },
    );
    expect(registered.errors).toBeUndefined();
    companyId = registered.data!.registerCompany.id;
  });

  it('answers a public query across subgraphs, without the personal field', async () => {
    const anonymous = await gql<Company>(COMPANY, { id: companyId });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.company).toMatchObject({ contactEmail: null, ambassadors: [], events: [] });
    expect(anonymous.headers.get('ratelimit-limit')).toBe('100000');
  });

  it('shows it to a staff token', async () => {
    const staff = await gql<Company>(COMPANY, { id: companyId }, { token: await adminToken() });
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.company.contactEmail).toBe(contactEmail);
  });

  it('accepts a partner key created through it, and refuses an unknown one', async () => {
    const created = await gql<{ createApiKey: { secret: string } }>(
      'mutation($p: String!) { createApiKey(input: { partner: $p, scopes: [READ_PUBLIC] }) { secret } }',
      { p: `Partenaire Hive ${Date.now()}` },
      { token: await adminToken() },
    );
    expect(created.errors).toBeUndefined();
    const key = { 'x-api-key': created.data!.createApiKey.secret };
    const partner = await gql<Company>(COMPANY, { id: companyId }, { headers: key });
    expect(partner.errors).toBeUndefined();
    expect(partner.data?.company).toMatchObject({ contactEmail: null, ambassadors: [], events: [] });

    const unknown = await gql(COMPANY, { id: companyId }, { headers: { 'x-api-key': 'dm_unknown_key' } });
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.data ?? null).toBeNull();
  });

  it('refuses a bad token, and never passes on an identity the client forged', async () => {
    const bad = await gql(COMPANY, { id: companyId }, { headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer /);

    // An admin identity signed with a guessed secret, sent to the gateway: replaced by the caller's own.
    const forged = await signIdentity({ role: 'admin', departments: [], scopes: [] }, randomBytes(32).toString('hex'));
    const through = await gql<Company>(COMPANY, { id: companyId }, { headers: { [IDENTITY_HEADER]: forged } });
    expect(through.errors).toBeUndefined();
    expect(through.data?.company.contactEmail).toBeNull();
    // Sent to a subgraph directly: refused.
    const direct = await graphqlClient(inject('companiesUrl'))(
      '{ companies(first: 1) { totalCount } }',
      {},
      {
        headers: { [IDENTITY_HEADER]: forged },
      },
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
