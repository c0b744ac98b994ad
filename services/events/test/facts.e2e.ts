import { adminToken, gql } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

describe('the strategy’s facts', () => {
  it('tells the 2019 consultation as the sources do: six meetings, a conclusion, minimum figures', async () => {
    const { data, errors } = await gql<{
      consultations: {
        id: string;
        year: number;
        attendanceAtLeast: number;
        questionnaireContributionsAtLeast: number;
        meetings: { venue: { commune: { name: string } } }[];
        conclusion: { startsOn: string; venue: { name: string } };
      }[];
    }>(
      '{ consultations { id year attendanceAtLeast questionnaireContributionsAtLeast meetings { venue { commune { name } } } conclusion { startsOn venue { name } } } }',
    );
    expect(errors).toBeUndefined();
    const [assises] = data!.consultations;
    expect(assises).toMatchObject({
      id: 'assises-2019',
      year: 2019,
      attendanceAtLeast: 600,
      questionnaireContributionsAtLeast: 5500,
      conclusion: { startsOn: '2019-06-20', venue: { name: 'EM Normandie' } },
    });
    expect(assises!.meetings.map((m) => m.venue.commune.name).sort()).toEqual(
      ['Alençon', 'Caen', 'Cherbourg-en-Cotentin', 'Évreux', 'Le Havre', 'Rouen'].sort(),
    );
  });

  it('knows the regional event as the first edition of a yearly series, in Rouen on 6–8 February 2020', async () => {
    const { data } = await gql<{
      events: {
        edges: {
          node: {
            recurrence: string;
            edition: number;
            startsOn: string;
            endsOn: string;
            venue: { commune: { name: string } };
          };
        }[];
      };
    }>(
      '{ events(filter: { kinds: [REGIONAL_EVENT], from: "2020-01-01", to: "2020-12-31" }) { edges { node { recurrence edition startsOn endsOn venue { commune { name } } } } } }',
    );
    expect(data?.events.edges.map((e) => e.node)).toContainEqual({
      recurrence: 'YEARLY',
      edition: 1,
      startsOn: '2020-02-06',
      endsOn: '2020-02-08',
      venue: { commune: { name: 'Rouen' } },
    });
  });

  it('records a yearly event with its edition and refuses an edition without recurrence', async () => {
    const admin = await adminToken();
    const input = {
      kind: 'REGIONAL_EVENT',
      title: 'Grand évènement régional (test)',
      startsAt: '2027-02-04T09:00:00+01:00',
      endsAt: '2027-02-06T18:00:00+01:00',
      communeCode: '76540',
      audiences: ['LYCEE_PUPIL'],
    };
    const CREATE = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { recurrence edition } }';
    const yearly = await gql<{ createEvent: unknown }>(
      CREATE,
      { input: { ...input, recurrence: 'YEARLY', edition: 8 } },
      { token: admin },
    );
    expect(yearly.data?.createEvent).toEqual({ recurrence: 'YEARLY', edition: 8 });
    const lone = await gql(CREATE, { input: { ...input, edition: 8 } }, { token: admin });
    expect(lone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.edition' });
    const unnumbered = await gql(CREATE, { input: { ...input, recurrence: 'YEARLY' } }, { token: admin });
    expect(unnumbered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.edition' });
    const unknownBranch = await gql(
      CREATE,
      { input: { ...input, branchAgreementId: '00000000-0000-4000-8000-000000000000' } },
      { token: admin },
    );
    expect(unknownBranch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.branchAgreementId',
    });
  });

  it('shows the events a professional branch co-organises under its agreement', async () => {
    const { data, errors } = await gql<{
      professionalBranches: {
        edges: {
          node: {
            agreements: {
              events: { totalCount: number; edges: { node: { themes: string[]; branchAgreement: { id: string } } }[] };
              id: string;
            }[];
          };
        }[];
      };
    }>(
      '{ professionalBranches(search: "batiment") { edges { node { agreements { id events(first: 5) { totalCount edges { node { themes branchAgreement { id } } } } } } } } }',
    );
    expect(errors).toBeUndefined();
    const agreement = data!.professionalBranches.edges[0]!.node.agreements[0]!;
    expect(agreement.events.totalCount).toBeGreaterThan(0);
    for (const { node } of agreement.events.edges) {
      expect(node.themes).toContain('Bâtiment');
      expect(node.branchAgreement.id).toBe(agreement.id);
    }
  });
});
