import { adminToken, gql, token } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const REGISTER = `mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }`;
const SIGN = `mutation($input: SignCharterInput!) { signCharter(input: $input) { id } }`;
const CREATE_BRANCH = `mutation($input: ProfessionalBranchInput!) {
  createProfessionalBranch(input: $input) { id idcc nafCodes }
}`;
const AGREEMENT = `mutation($input: BranchAgreementInput!) {
  recordBranchAgreement(input: $input) { id signedOn expiresOn commitments branch { name } }
}`;
const BRANCH = `query($id: ID!) {
  professionalBranch(id: $id) {
    name idcc agreements { signedOn commitments }
    companies(first: 100) { totalCount edges { node { id nafCode branch { id } } } }
  }
}`;

describe('professional branches', () => {
  it('links the companies of the NAF codes of a branch that signed an agreement', async () => {
    const admin = await adminToken();
    const created = await gql<{ createProfessionalBranch: { id: string; idcc: string; nafCodes: string[] } }>(
      CREATE_BRANCH,
      { input: { name: 'Poissonnerie (test)', idcc: '1504', nafCodes: ['47.23z', '4723Z', '10.20Z'] } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const branch = created.data!.createProfessionalBranch;
    expect(branch).toMatchObject({ idcc: '1504', nafCodes: ['47.23Z', '10.20Z'] });

    const company = await gql<{ registerCompany: { id: string } }>(
      REGISTER,
      { input: { name: 'Marée de Granville', communeCode: '50218', nafCode: '47.23Z' } },
      { token: admin },
    );
    const companyId = company.data!.registerCompany.id;

    const agreement = await gql<{ recordBranchAgreement: { commitments: string[]; branch: { name: string } } }>(
      AGREEMENT,
      {
        input: {
          branchId: branch.id,
          signedOn: '2026-09-01',
          expiresOn: '2029-08-31',
          commitments: ['présenter les métiers de la mer au salon régional', ' '],
        },
      },
      { token: admin },
    );
    expect(agreement.data?.recordBranchAgreement).toMatchObject({
      commitments: ['présenter les métiers de la mer au salon régional'],
      branch: { name: 'Poissonnerie (test)' },
    });

    const read = await gql<{
      professionalBranch: {
        agreements: { signedOn: string }[];
        companies: { totalCount: number; edges: { node: { id: string; nafCode: string; branch: { id: string } } }[] };
      };
    }>(BRANCH, { id: branch.id });
    expect(read.data?.professionalBranch.agreements.map((a) => a.signedOn)).toEqual(['2026-09-01']);
    const companies = read.data!.professionalBranch.companies;
    expect(companies.edges.map((e) => e.node.id)).toContain(companyId);
    expect(companies.edges.every((e) => ['47.23Z', '10.20Z'].includes(e.node.nafCode))).toBe(true);
    expect(companies.edges.every((e) => e.node.branch.id === branch.id)).toBe(true);
  });

  it('lists the demonstration branches, finds them by name or IDCC, and links their companies', async () => {
    const { data } = await gql<{
      professionalBranches: {
        edges: { node: { idcc: string; demonstration: boolean; companies: { totalCount: number } } }[];
      };
    }>(
      '{ professionalBranches(search: "boulangerie PATISSERIE") { edges { node { idcc demonstration companies { totalCount } } } } }',
    );
    expect(data?.professionalBranches.edges).toHaveLength(1);
    expect(data?.professionalBranches.edges[0]?.node).toMatchObject({ idcc: '0843', demonstration: true });
    expect(data!.professionalBranches.edges[0]!.node.companies.totalCount).toBeGreaterThan(0);
    const byIdcc = await gql<{ professionalBranches: { edges: unknown[] } }>(
      '{ professionalBranches(search: "3248") { edges { node { name } } } }',
    );
    expect(byIdcc.data?.professionalBranches.edges).toHaveLength(1);
  });

  it('is recorded by admins only, with IDCC, NAF codes and dates checked', async () => {
    const input = { name: 'Branche test', idcc: '9999', nafCodes: ['01.11Z'] };
    const coordinator = await gql(
      CREATE_BRANCH,
      { input },
      { token: await token({ role: 'coordinator', departments: ['14'] }) },
    );
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await adminToken();
    const cases: [object, string][] = [
      [{ ...input, idcc: '12345' }, 'input.idcc'],
      [{ ...input, idcc: '0000' }, 'input.idcc'],
      [{ ...input, nafCodes: [] }, 'input.nafCodes'],
      [{ ...input, nafCodes: ['01.11Z', '0111'] }, 'input.nafCodes.1'],
      [{ ...input, idcc: '843' }, 'input.idcc'], // 0843 is recorded already
    ];
    for (const [bad, field] of cases) {
      const result = await gql(CREATE_BRANCH, { input: bad }, { token: admin });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await gql(
      AGREEMENT,
      { input: { branchId: '00000000-0000-4000-8000-000000000000', signedOn: '2026-01-01', commitments: ['x'] } },
      { token: admin },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const backwards = await gql(
      AGREEMENT,
      {
        input: {
          branchId: '00000000-0000-4000-8000-000000000000',
          signedOn: '2026-01-01',
          expiresOn: '2025-01-01',
          commitments: ['x'],
        },
      },
      { token: admin },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresOn' });
  });
});

describe('communication kits', () => {
  const KITS = 'query($id: ID!) { company(id: $id) { charter { communicationKits { id title kind audience } } } }';

  it('are published by staff and seen by companies whose charter is in force, not by the public', async () => {
    const admin = await adminToken();
    const company = await gql<{ registerCompany: { id: string } }>(
      REGISTER,
      { input: { name: 'Atelier des Kits', communeCode: '14118' } },
      { token: admin },
    );
    const companyId = company.data!.registerCompany.id;
    await gql(
      SIGN,
      { input: { companyId, commitments: [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'FORUM' }] } },
      { token: admin },
    );

    const published = await gql<{ publishCommunicationKit: { id: string } }>(
      'mutation($input: CommunicationKitInput!) { publishCommunicationKit(input: $input) { id } }',
      {
        input: {
          title: 'Affiche test',
          kind: 'POSTER',
          url: 'https://kits.example.org/affiche.pdf',
          audience: 'SCHOOLS',
        },
      },
      { token: await token({ role: 'coordinator', departments: ['14'] }) },
    );
    const kitId = published.data!.publishCommunicationKit.id;

    const asCompany = await gql<{ company: { charter: { communicationKits: { id: string }[] } } }>(
      KITS,
      { id: companyId },
      { token: await token({ role: 'company', company: companyId }) },
    );
    expect(asCompany.data?.company.charter.communicationKits.map((k) => k.id)).toContain(kitId);

    const anonymous = await gql<{ company: { charter: { communicationKits: null } } }>(KITS, { id: companyId });
    expect(anonymous.data?.company.charter.communicationKits).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const publicList = await gql('{ communicationKits { totalCount } }');
    expect(publicList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await gql('mutation($id: ID!) { withdrawCommunicationKit(id: $id) { id } }', { id: kitId }, { token: admin });
    const after = await gql<{ company: { charter: { communicationKits: { id: string }[] } } }>(
      KITS,
      { id: companyId },
      { token: await token({ role: 'company', company: companyId }) },
    );
    expect(after.data?.company.charter.communicationKits.map((k) => k.id)).not.toContain(kitId);
  });

  it('are none for a company whose charter is no longer in force', async () => {
    // The founding charters (2020) expired: their companies see no kit.
    const founding = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "Legallais" }) { edges { node { id } } } }',
    );
    const id = founding.data!.companies.edges[0]!.node.id;
    const kits = await gql<{ company: { charter: { communicationKits: unknown[] } } }>(
      KITS,
      { id },
      { token: await adminToken() },
    );
    expect(kits.data?.company.charter.communicationKits).toEqual([]);
  });
});
