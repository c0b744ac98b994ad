import { adminToken, gql, token } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { CREATE, createEvent, inDays } from './helpers.ts';

const UPDATE = 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }';
type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (answer: Answer) => answer.errors?.[0]?.extensions;

describe('changing an event keeps it whole', () => {
  it('refuses no audience, and a url to join on an event on site', async () => {
    const admin = await adminToken();
    const ev = await createEvent();
    expect(refusal(await gql(UPDATE, { input: { id: ev.id, audiences: [] } }, { token: admin }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.audiences',
    });
    expect(
      refusal(await gql(UPDATE, { input: { id: ev.id, url: 'https://example.org/live' } }, { token: admin })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const onSiteWithUrl = await gql(
      CREATE,
      {
        input: {
          kind: 'FORUM',
          title: 'Forum avec lien',
          startsAt: inDays(10, 8),
          endsAt: inDays(10, 12),
          communeCode: '14118',
          url: 'https://example.org/live',
          audiences: ['LYCEE_PUPIL'],
        },
      },
      { token: admin },
    );
    expect(refusal(onSiteWithUrl)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });

  it('keeps sessions within their series, whichever of the two moves', async () => {
    const admin = await adminToken();
    const series = await createEvent({ startsAt: inDays(20, 8), endsAt: inDays(22, 18), capacity: null });
    const session = await createEvent({ startsAt: inDays(21, 8), endsAt: inDays(21, 12), parentId: series.id });
    const late = await gql(
      UPDATE,
      { input: { id: session.id, startsAt: inDays(25, 8), endsAt: inDays(25, 12) } },
      { token: admin },
    );
    expect(refusal(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    const shrunk = await gql(UPDATE, { input: { id: series.id, endsAt: inDays(20, 18) } }, { token: admin });
    expect(refusal(shrunk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    const inside = await gql(
      UPDATE,
      { input: { id: session.id, startsAt: inDays(22, 8), endsAt: inDays(22, 12) } },
      { token: admin },
    );
    expect(inside.errors).toBeUndefined();
  });

  it('adds a session to a series only for who may change the series', async () => {
    const series = await createEvent({ startsAt: inDays(30, 8), endsAt: inDays(32, 18), capacity: null });
    const input = {
      kind: 'FORUM',
      title: 'Session ailleurs',
      startsAt: inDays(31, 8),
      endsAt: inDays(31, 12),
      communeCode: '76540',
      audiences: ['LYCEE_PUPIL'],
      parentId: series.id,
    };
    const elsewhere = await gql(
      CREATE,
      { input },
      { token: await token({ role: 'coordinator', departments: ['76'] }) },
    );
    expect(refusal(elsewhere)).toMatchObject({ code: 'FORBIDDEN' });
    const own = await gql(
      CREATE,
      { input: { ...input, communeCode: '14118' } },
      { token: await token({ role: 'coordinator', departments: ['14'] }) },
    );
    expect(own.errors).toBeUndefined();
  });
});
