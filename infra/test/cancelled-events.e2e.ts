import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../../services/events/test/helpers.ts';

type Ids = { id: string }[];

describe('cancelled and past events', () => {
  it('are not events with seats left', async () => {
    const admin = await adminToken();
    const cancelled = await createEvent({ capacity: 50 });
    await gql('mutation($id: ID!) { cancelEvent(id: $id) { id } }', { id: cancelled.id }, { token: admin });
    const { data, errors } = await gql<{ events: { edges: { node: { id: string; status: string } }[] } }>(
      '{ events(filter: { hasSeatsLeft: true }, first: 100) { edges { node { id status } } } }',
    );
    expect(errors).toBeUndefined();
    const listed = data!.events.edges.map((e) => e.node);
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((e) => e.status))).toEqual(new Set(['SCHEDULED']));
    expect(listed.map((e) => e.id)).not.toContain(cancelled.id);
  });

  it('leave a company’s events and an ambassador’s interventions unless asked for', async () => {
    const admin = await adminToken();
    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation($name: String!) { registerCompany(input: { name: $name, communeCode: "14118" }) { id } }',
      { name: `Atelier ${unique()}` },
      { token: admin },
    );
    const companyId = company.data!.registerCompany.id;
    const ambassador = await gql<{ registerAmbassador: { id: string } }>(
      'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
      {
        input: {
          firstName: 'Lina',
          lastName: 'Menuisière',
          email: `lina-${unique()}@example.org`,
          jobTitle: 'Menuisière',
          romeCode: 'H2206',
          companyId,
          communeCode: '14118',
          interventionKinds: ['FORUM_STAND'],
        },
      },
      { token: admin },
    );
    const ambassadorId = ambassador.data!.registerAmbassador.id;
    const held = await createEvent();
    const cancelled = await createEvent();
    for (const e of [held, cancelled]) {
      await gql(
        'mutation($e: ID!, $c: ID!) { addExhibitor(eventId: $e, companyId: $c) { id } }',
        { e: e.id, c: companyId },
        { token: admin },
      );
      await gql(
        'mutation($e: ID!, $a: ID!) { addSpeaker(eventId: $e, ambassadorId: $a) { id } }',
        { e: e.id, a: ambassadorId },
        { token: admin },
      );
    }
    await gql('mutation($id: ID!) { cancelEvent(id: $id) { id } }', { id: cancelled.id }, { token: admin });

    const QUERY = `query($c: ID!, $a: ID!) {
      company(id: $c) { events { id } all: events(includeCancelled: true) { id } }
      ambassador(id: $a) { interventions { id } all: interventions(includeCancelled: true, upcoming: false) { id } }
    }`;
    const { data, errors } = await gql<{
      company: { events: Ids; all: Ids };
      ambassador: { interventions: Ids; all: Ids };
    }>(QUERY, { c: companyId, a: ambassadorId });
    expect(errors).toBeUndefined();
    expect(data!.company.events.map((e) => e.id)).toEqual([held.id]);
    expect(data!.ambassador.interventions.map((e) => e.id)).toEqual([held.id]);
    expect(data!.company.all.map((e) => e.id).sort()).toEqual([held.id, cancelled.id].sort());
    expect(data!.ambassador.all.map((e) => e.id).sort()).toEqual([held.id, cancelled.id].sort());
  });
});
