import { addDays, addYears, todayInParis } from '@dm/shared';
import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const REGISTER =
  'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id name department { code } commune { name } } }';
const SIGN = `mutation($input: SignCharterInput!) {
  signCharter(input: $input) { id status signedOn expiresOn renewedCount
    commitmentsByTheme { theme commitments { kind } } company { id charter { id } } } }`;

async function registerCompany(communeCode = '76540') {
  const { data, errors } = await gql<{ registerCompany: { id: string } }>(
    REGISTER,
    { input: { name: `Atelier ${unique()}`, communeCode, sector: 'Industrie' } },
    { token: await adminToken() },
  );
  expect(errors).toBeUndefined();
  return data!.registerCompany.id;
}

describe('charters through the gateway', () => {
  it('signs, renews, records an action and terminates a charter', async () => {
    const admin = await adminToken();
    const companyId = await registerCompany();
    const signedOn = addDays(todayInParis(), -10);

    const refused = await gql(
      SIGN,
      { input: { companyId, signedOn, commitments: [{ kind: 'FORUM' }, { kind: 'SPONSORSHIP' }] } },
      { token: admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commitments' });

    const signed = await gql<{ signCharter: Record<string, any> }>(
      SIGN,
      {
        input: {
          companyId,
          signedOn,
          commitments: [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'FORUM', description: 'Forum des métiers' }],
        },
      },
      { token: admin },
    );
    expect(signed.errors).toBeUndefined();
    const charter = signed.data!.signCharter;
    expect(charter).toMatchObject({ status: 'ACTIVE', signedOn, expiresOn: addYears(signedOn, 2), renewedCount: 0 });
    expect(charter.company.charter.id).toBe(charter.id);
    expect(charter.commitmentsByTheme).toEqual([
      { theme: 'REGIONAL_SCHEME', commitments: [{ kind: 'AMBASSADOR_NETWORK' }] },
      { theme: 'PARTICIPATE', commitments: [{ kind: 'FORUM' }] },
    ]);

    const again = await gql(
      SIGN,
      { input: { companyId, commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'FORUM' }] } },
      { token: admin },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });

    const renewed = await gql<{ renewCharter: { expiresOn: string; renewedCount: number } }>(
      'mutation($id: ID!) { renewCharter(id: $id) { expiresOn renewedCount } }',
      { id: charter.id },
      { token: admin },
    );
    expect(renewed.data!.renewCharter).toEqual({ expiresOn: addYears(signedOn, 4), renewedCount: 1 });

    const companyToken = await token({ role: 'company', company: companyId });
    const action = await gql<{ recordCommitmentAction: Record<string, unknown> }>(
      'mutation($input: RecordCommitmentActionInput!) { recordCommitmentAction(input: $input) { kind occurredOn participants } }',
      {
        input: {
          charterId: charter.id,
          kind: 'FORUM',
          occurredOn: todayInParis(),
          description: 'Stand au forum',
          participants: 120,
        },
      },
      { token: companyToken },
    );
    expect(action.errors).toBeUndefined();
    expect(action.data!.recordCommitmentAction).toEqual({
      kind: 'FORUM',
      occurredOn: todayInParis(),
      participants: 120,
    });
    const missing = await gql(
      'mutation($input: RecordCommitmentActionInput!) { recordCommitmentAction(input: $input) { kind } }',
      { input: { charterId: charter.id, kind: 'CLASS_HOSTING', occurredOn: todayInParis(), description: 'x' } },
      { token: companyToken },
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });

    const ended = await gql<{ terminateCharter: { status: string; terminatedOn: string } }>(
      'mutation($id: ID!) { terminateCharter(id: $id, reason: "Fin") { status terminatedOn } }',
      { id: charter.id },
      { token: admin },
    );
    expect(ended.data!.terminateCharter).toEqual({ status: 'TERMINATED', terminatedOn: todayInParis() });
  });

  it('filters companies by charter status and commitment kind', async () => {
    const companyId = await registerCompany('50129');
    await gql(
      SIGN,
      {
        input: {
          companyId,
          signedOn: addDays(todayInParis(), -700),
          commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'DIPLOMA_CEREMONY' }],
        },
      },
      { token: await adminToken() },
    );
    const { data } = await gql<{ companies: { edges: { node: { id: string; charter: { status: string } } }[] } }>(
      `{ companies(filter: { department: "50", charterStatus: [EXPIRING_SOON], commitmentKinds: [DIPLOMA_CEREMONY] }, first: 100) {
          edges { node { id charter { status } } } } }`,
    );
    const ids = data!.companies.edges.map((e) => e.node.id);
    expect(ids).toContain(companyId);
    for (const e of data!.companies.edges) expect(e.node.charter.status).toBe('EXPIRING_SOON');
  });

  it('filters by any set of charter statuses exactly as the status rule says', async () => {
    type Node = { id: string; charter: { status: string } | null };
    const all = async (statuses?: string[]) => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const result: {
          data?: {
            companies: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };
          } | null;
        } = await gql(
          `query($statuses: [CharterStatus!], $after: String) { companies(filter: { department: "14", charterStatus: $statuses }, first: 100, after: $after) {
              pageInfo { hasNextPage endCursor } edges { node { id charter { status } } } } }`,
          { statuses, after },
        );
        const page = result.data!.companies;
        nodes.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return nodes;
    };
    const everyone = await all();
    const statuses = ['ACTIVE', 'EXPIRING_SOON', 'EXPIRED', 'TERMINATED'];
    for (let mask = 1; mask < 16; mask++) {
      const wanted = statuses.filter((_, i) => mask & (1 << i));
      const expected = everyone.filter((c) => c.charter && wanted.includes(c.charter.status)).map((c) => c.id);
      expect((await all(wanted)).map((c) => c.id)).toEqual(expected);
    }
  });

  it('keeps staff mutations for staff, each within their own territory', async () => {
    const input = { name: `Refus ${unique()}`, communeCode: '14118' };
    const anonymous = await gql(REGISTER, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const company = await gql(
      REGISTER,
      { input },
      { token: await token({ role: 'company', company: '00000000-0000-4000-8000-000000000001' }) },
    );
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await gql(
      REGISTER,
      { input },
      { token: await token({ role: 'coordinator', departments: ['76'] }) },
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const here = await gql<{ registerCompany: { department: { code: string } } }>(
      REGISTER,
      { input },
      {
        token: await token({ role: 'coordinator', departments: ['14'] }),
      },
    );
    expect(here.data?.registerCompany.department.code).toBe('14');

    const companyId = await registerCompany('14118');
    const signElsewhere = await gql(
      SIGN,
      { input: { companyId, commitments: [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'FORUM' }] } },
      { token: await token({ role: 'coordinator', departments: ['27'] }) },
    );
    expect(signElsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a SIRET already registered, and finds a company by SIRET', async () => {
    const admin = await adminToken();
    const siret = '73282932000074';
    const first = await gql<{ registerCompany: { id: string } }>(
      REGISTER,
      { input: { name: 'Siret test', siret } },
      { token: admin },
    );
    expect(first.errors).toBeUndefined();
    const id = first.data!.registerCompany.id;
    const second = await gql(
      REGISTER,
      { input: { name: 'Siret test bis', siret: '732 829 320 00074' } },
      { token: admin },
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.siret' });
    const found = await gql<{ companyBySiret: { id: string } }>(`{ companyBySiret(siret: "73282932000074") { id } }`);
    expect(found.data!.companyBySiret.id).toBe(id);
  });
});
