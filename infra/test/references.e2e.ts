import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../../services/events/test/helpers.ts';

// A record of one subgraph that names another's (an ambassador's company, a charter's referent, an event's
// exhibitors and speakers, a contact request's company) is checked with the subgraph that owns it.
const NOBODY = '00000000-0000-4000-8000-00000000dead';

const fieldOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('references to another subgraph’s records', () => {
  it('refuses an unknown company, referent, exhibitor or speaker with BAD_USER_INPUT and the field', async () => {
    const admin = await adminToken();
    const ambassador = await gql(
      'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
      {
        input: {
          firstName: 'Noé',
          lastName: 'Fantôme',
          email: `noe-${unique()}@example.org`,
          jobTitle: 'Magasinier',
          romeCode: 'N1103',
          companyId: NOBODY,
          communeCode: '14327',
          interventionKinds: ['CLASS_TALK'],
        },
      },
      { token: admin },
    );
    expect(fieldOf(ambassador)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });

    const contact = await gql('mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }', {
      input: {
        companyId: NOBODY,
        requester: {
          firstName: 'Inès',
          lastName: 'Lycéenne',
          email: `ines-${unique()}@example.org`,
          category: 'LYCEE_PUPIL',
          minor: false,
        },
        message: 'Bonjour',
      },
    });
    expect(fieldOf(contact)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.companyId' });

    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation($name: String!) { registerCompany(input: { name: $name, communeCode: "14118" }) { id } }',
      { name: `Atelier ${unique()}` },
      { token: admin },
    );
    const SIGN = `mutation($input: SignCharterInput!) { signCharter(input: $input) { id referent { id } } }`;
    const commitments = [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'COMPANY_VISIT' }];
    const companyId = company.data!.registerCompany.id;
    const charter = await gql(SIGN, { input: { companyId, commitments, referentId: NOBODY } }, { token: admin });
    expect(fieldOf(charter)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referentId' });
    // A referent the people subgraph knows is accepted.
    const referents = await gql<{ referents: { edges: { node: { id: string } }[] } }>(
      '{ referents(filter: { department: "14", role: PROXIMITY_REFERENT }) { edges { node { id } } } }',
    );
    const referentId = referents.data!.referents.edges[0]!.node.id;
    const signed = await gql(SIGN, { input: { companyId, commitments, referentId } }, { token: admin });
    expect(signed.errors).toBeUndefined();
    expect(signed.data).toMatchObject({ signCharter: { referent: { id: referentId } } });

    const event = await createEvent();
    const exhibitor = await gql(
      'mutation($e: ID!, $c: ID!) { addExhibitor(eventId: $e, companyId: $c) { id } }',
      { e: event.id, c: NOBODY },
      { token: admin },
    );
    expect(fieldOf(exhibitor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyId' });
    const speaker = await gql(
      'mutation($e: ID!, $a: ID!) { addSpeaker(eventId: $e, ambassadorId: $a) { id } }',
      { e: event.id, a: NOBODY },
      { token: admin },
    );
    expect(fieldOf(speaker)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ambassadorId' });
    const { data } = await gql<{ event: { exhibitors: unknown[]; speakers: unknown[] } }>(
      'query($id: ID!) { event(id: $id) { exhibitors { name } speakers { id } } }',
      { id: event.id },
    );
    expect(data!.event).toEqual({ exhibitors: [], speakers: [] });
  });
});
