import { adminToken, gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const NOBODY = '00000000-0000-4000-8000-00000000dead';

describe('changing an ambassador who does not exist', () => {
  it('answers NOT_FOUND with the field, as every other lookup by id does', async () => {
    const admin = await adminToken();
    const update = await gql(
      'mutation($id: ID!) { updateAmbassador(input: { id: $id, jobTitle: "Magasinier" }) { id } }',
      { id: NOBODY },
      { token: admin },
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const deactivate = await gql(
      'mutation($id: ID!) { deactivateAmbassador(id: $id) { id } }',
      { id: NOBODY },
      { token: admin },
    );
    expect(deactivate.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // A malformed id stays bad input.
    const malformed = await gql('mutation { deactivateAmbassador(id: "nope") { id } }', {}, { token: admin });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
