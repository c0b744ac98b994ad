import { adminToken, gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const expectBadInput = (
  errors: { extensions?: Record<string, unknown>; message: string }[] | undefined,
  field: string,
) => {
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  for (const e of errors ?? []) {
    expect(e.extensions).not.toHaveProperty('stacktrace');
    expect(e.message).not.toMatch(/select|insert|postgres|localhost|127\.0\.0\.1/i);
  }
};

describe('bad input is refused with the field it concerns', () => {
  it('first above 100', async () => {
    expectBadInput((await gql('{ companies(first: 101) { totalCount } }')).errors, 'first');
    expectBadInput((await gql('{ immersionOffers(first: 500) { totalCount } }')).errors, 'first');
  });
  it('a cursor that is not one', async () => {
    expectBadInput((await gql('{ companies(after: "nope") { totalCount } }')).errors, 'after');
  });
  it('an unknown department, commune or ROME code in filters', async () => {
    expectBadInput(
      (await gql('{ companies(filter: { department: "75" }) { totalCount } }')).errors,
      'filter.department',
    );
    expectBadInput(
      (await gql('{ companies(filter: { communeCode: "75056" }) { totalCount } }')).errors,
      'filter.communeCode',
    );
    expectBadInput(
      (await gql('{ immersionOffers(filter: { romeCode: "Z9999" }) { totalCount } }')).errors,
      'filter.romeCode',
    );
    expectBadInput(
      (await gql('{ companies(filter: { near: { latitude: 49, longitude: 0, radiusKm: 900 } }) { totalCount } }'))
        .errors,
      'filter.near.radiusKm',
    );
  });
  it('a SIRET with a wrong check digit, an unknown commune, a malformed date', async () => {
    const token = await adminToken();
    const register = 'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }';
    expectBadInput(
      (await gql(register, { input: { name: 'X', siret: '73282932000075' } }, { token })).errors,
      'input.siret',
    );
    expectBadInput((await gql(register, { input: { name: 'X', siret: '12' } }, { token })).errors, 'input.siret');
    expectBadInput(
      (await gql(register, { input: { name: 'X', communeCode: '99999' } }, { token })).errors,
      'input.communeCode',
    );
    expectBadInput((await gql(register, { input: { name: '  ' } }, { token })).errors, 'input.name');
    const sign = 'mutation($input: SignCharterInput!) { signCharter(input: $input) { id } }';
    const badDate = await gql(
      sign,
      { input: { companyId: '00000000-0000-4000-8000-000000000000', signedOn: '2021-02-30', commitments: [] } },
      { token },
    );
    expectBadInput(badDate.errors, 'input.signedOn');
  });
  it('never leaks internals for an id that cannot exist', async () => {
    const { data, errors } = await gql('{ company(id: "not-a-uuid") { id } charter(id: "x") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ company: null, charter: null });
  });
});
