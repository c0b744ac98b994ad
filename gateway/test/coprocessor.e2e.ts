import { randomBytes } from 'node:crypto';
import { IDENTITY_HEADER, type RunningServer, signIdentity, verifyIdentity } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { adminToken, gql, unique } from '@dm/testing/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBearerVerifier } from '../src/auth.ts';
import { type CoprocessorPayload, createRouterCoprocessor } from '../src/coprocessor.ts';
import { readGatewayEnv } from '../src/env.ts';

// The Apollo Router coprocessor, in front of the test stack's subgraphs, spoken to as the Router speaks to it
// (external coprocessing, protocol version 1; the Router's binary is not available here). Each admitted
// request's headers are then sent to a subgraph as the Router would propagate them.
const env = readGatewayEnv({
  AUTH_JWT_SECRET: inject('authSecret'),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_USER_PER_MINUTE: '100000',
  API_KEY_CACHE_MS: '0',
});
let coprocessor: ReturnType<typeof createRouterCoprocessor>;
let running: RunningServer;
let url: string;

beforeAll(async () => {
  coprocessor = createRouterCoprocessor({
    env,
    verifyBearer: await createBearerVerifier(env),
    identitySecret: inject('identitySecret'),
    accessUrl: inject('accessUrl'),
  });
  running = await coprocessor.listen(0);
  url = new URL('/', running.url).toString();
});

afterAll(async () => {
  await running?.close({ graceMs: 1000, delayMs: 0 });
  await coprocessor?.stop();
});

/** One call of the Router to its coprocessor. */
async function router(stage: string, headers: Record<string, string[]>, context = { entries: {} }) {
  const sent: CoprocessorPayload = { version: 1, stage, control: 'continue', id: unique(), headers, context };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sent),
  });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as CoprocessorPayload;
  expect(answer.id).toBe(sent.id);
  return answer;
}

const COMPANY = 'query($id: ID!) { company(id: $id) { name contactEmail } }';
/** What a subgraph answers to the headers the Router propagates (`x-dm-identity` only). */
async function subgraphWith(admitted: CoprocessorPayload) {
  const identity = admitted.headers?.[IDENTITY_HEADER]?.[0] as string;
  return graphqlClient(inject('companiesUrl'))<{ company: { contactEmail: string | null } }>(
    COMPANY,
    { id: companyId },
    { headers: { [IDENTITY_HEADER]: identity } },
  );
}

let companyId: string;
const contactEmail = `contact.router.${unique()}@example.org`;
const forwarded = { 'x-forwarded-for': ['203.0.113.9, 198.51.100.7'] };

describe('the Apollo Router coprocessor', () => {
  beforeAll(async () => {
    const registered = await gql<{ registerCompany: { id: string } }>(
      'mutation($n: String!, $e: String!) { registerCompany(input: { name: $n, communeCode: "14118", contactEmail: $e }) { id } }',
      { n: `Entreprise Router ${unique()}`, e: contactEmail },
      { token: await adminToken() },
    );
    expect(registered.errors).toBeUndefined();
    companyId = registered.data!.registerCompany.id;
  });

  it('signs the identity of a staff token, removes the token, and hands the RateLimit headers to the response', async () => {
    const admitted = await router('RouterRequest', {
      Authorization: [`Bearer ${await adminToken()}`],
      'content-type': ['application/json'],
      ...forwarded,
    });
    expect(admitted.control).toBe('continue');
    expect(admitted.headers).not.toHaveProperty('authorization');
    expect(admitted.headers?.['content-type']).toEqual(['application/json']);
    const identity = await verifyIdentity(admitted.headers?.[IDENTITY_HEADER]?.[0], inject('identitySecret'));
    expect(identity.role).toBe('admin');
    const staff = await subgraphWith(admitted);
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.company.contactEmail).toBe(contactEmail);

    const answered = await router(
      'RouterResponse',
      { 'content-type': ['application/json'] },
      admitted.context as { entries: Record<string, unknown> },
    );
    expect(answered.headers?.['ratelimit-limit']).toEqual(['100000']);
  });

  it('lets an anonymous client through without the personal field, and replaces an identity it forged', async () => {
    const forged = await signIdentity({ role: 'admin', departments: [], scopes: [] }, randomBytes(32).toString('hex'));
    const admitted = await router('RouterRequest', { [IDENTITY_HEADER]: [forged], ...forwarded });
    expect(admitted.control).toBe('continue');
    expect(admitted.headers?.[IDENTITY_HEADER]).not.toContain(forged);
    const anonymous = await subgraphWith(admitted);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.company.contactEmail).toBeNull();
  });

  it('admits a partner key, and ends the request with 401 for an unknown key or a bad token', async () => {
    const created = await gql<{ createApiKey: { secret: string } }>(
      'mutation($p: String!) { createApiKey(input: { partner: $p, scopes: [READ_PUBLIC] }) { secret } }',
      { p: `Partenaire Router ${unique()}` },
      { token: await adminToken() },
    );
    expect(created.errors).toBeUndefined();
    const partner = await router('RouterRequest', { 'x-api-key': [created.data!.createApiKey.secret], ...forwarded });
    expect(partner.control).toBe('continue');
    expect(partner.headers).not.toHaveProperty('x-api-key');
    const identity = await verifyIdentity(partner.headers?.[IDENTITY_HEADER]?.[0], inject('identitySecret'));
    expect(identity.role).toBe('partner');
    expect((await subgraphWith(partner)).data?.company.contactEmail).toBeNull();

    const unknown = await router('RouterRequest', { 'x-api-key': ['dm_unknown_key'], ...forwarded });
    expect(unknown.control).toEqual({ break: 401 });
    expect(JSON.parse(unknown.body as string).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const bad = await router('RouterRequest', { authorization: ['Bearer abc.def.ghi'], ...forwarded });
    expect(bad.control).toEqual({ break: 401 });
    expect(bad.headers?.['www-authenticate']?.[0]).toMatch(/^Bearer /);
    expect(bad.headers).not.toHaveProperty(IDENTITY_HEADER);
  });

  it('refuses what is not a coprocessor payload', async () => {
    const response = await fetch(url, { method: 'POST', body: '{"stage": 1}' });
    expect(response.status).toBe(400);
    expect((await fetch(new URL('/ready', url))).status).toBe(200);
  });
});
