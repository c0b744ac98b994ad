import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

describe('an ambassador’s monthly quota', () => {
  it('refuses 0 on registration and on change, instead of ignoring it', async () => {
    const admin = await adminToken();
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "legallais" }) { edges { node { id } } } }',
    );
    const input = {
      firstName: 'Yanis',
      lastName: 'Quota',
      email: `yanis-${unique()}@example.org`,
      jobTitle: 'Magasinier',
      romeCode: 'N1103',
      companyId: companies.data!.companies.edges[0]!.node.id,
      communeCode: '14327',
      interventionKinds: ['CLASS_TALK'],
    };
    const REGISTER = 'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }';
    const zero = await gql(REGISTER, { input: { ...input, monthlyQuota: 0 } }, { token: admin });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.monthlyQuota' });
    const made = await gql<{ registerAmbassador: { id: string } }>(REGISTER, { input }, { token: admin });
    expect(made.errors).toBeUndefined();
    const change = await gql(
      'mutation($id: ID!) { updateAmbassador(input: { id: $id, monthlyQuota: 0 }) { id } }',
      { id: made.data!.registerAmbassador.id },
      { token: admin },
    );
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.monthlyQuota' });
  });
});
