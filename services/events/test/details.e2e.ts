import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { inDays } from './helpers.ts';

// What users ask of an event before they come: can they get in, in which language, can they follow from home,
// and a picture.

const DETAILS =
  'id hybrid url accessibility { wheelchairAccessible hearingLoop details } imageUrl languages venue { name }';
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${DETAILS} } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { ${DETAILS} } }`;

const base = () => ({
  kind: 'FORUM',
  title: `Forum des métiers ${unique()}`,
  startsAt: inDays(12, 8),
  endsAt: inDays(12, 12),
  communeCode: '14118',
  venueName: 'Parc des expositions',
  audiences: ['LYCEE_PUPIL'],
});

const fieldOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

describe('event details', () => {
  it('records accessibility, image, languages and a hybrid event, and reads them back', async () => {
    const admin = await adminToken();
    const made = await gql<{ createEvent: Record<string, any> }>(
      CREATE,
      {
        input: {
          ...base(),
          hybrid: true,
          url: 'https://visio.example.org/forum',
          accessibility: { wheelchairAccessible: true, hearingLoop: false, details: 'Interprète LSF le matin' },
          imageUrl: 'https://images.example.org/forum.jpg',
          languages: ['FR', 'en', 'fr'],
        },
      },
      { token: admin },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createEvent).toMatchObject({
      hybrid: true,
      url: 'https://visio.example.org/forum',
      accessibility: { wheelchairAccessible: true, hearingLoop: false, details: 'Interprète LSF le matin' },
      imageUrl: 'https://images.example.org/forum.jpg',
      languages: ['fr', 'en'],
      venue: { name: 'Parc des expositions' },
    });
    const id = made.data!.createEvent.id;

    // Anyone reads them.
    const read = await gql<{ event: Record<string, any> }>(`query($id: ID!) { event(id: $id) { ${DETAILS} } }`, { id });
    expect(read.data!.event).toMatchObject({ hybrid: true, languages: ['fr', 'en'] });

    // An update changes what it names and keeps the rest; no longer hybrid, the event loses its link.
    const updated = await gql<{ updateEvent: Record<string, any> }>(
      UPDATE,
      { input: { id, hybrid: false, accessibility: { hearingLoop: true }, imageUrl: null, languages: ['de'] } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEvent).toMatchObject({
      hybrid: false,
      url: null,
      accessibility: { wheelchairAccessible: true, hearingLoop: true, details: 'Interprète LSF le matin' },
      imageUrl: null,
      languages: ['de'],
    });

    // Hybrid again, with a new link.
    const again = await gql<{ updateEvent: Record<string, any> }>(
      UPDATE,
      { input: { id, hybrid: true, url: 'https://visio.example.org/forum-2' } },
      { token: admin },
    );
    expect(again.data!.updateEvent).toMatchObject({ hybrid: true, url: 'https://visio.example.org/forum-2' });
  });

  it('gives an event without details empty ones', async () => {
    const made = await gql<{ createEvent: Record<string, any> }>(
      CREATE,
      { input: base() },
      { token: await adminToken() },
    );
    expect(made.data!.createEvent).toMatchObject({
      hybrid: false,
      url: null,
      accessibility: { wheelchairAccessible: null, hearingLoop: null, details: null },
      imageUrl: null,
      languages: [],
    });
  });

  it('refuses an image that is not https, a language that is not ISO 639-1, and an impossible hybrid event', async () => {
    const admin = await adminToken();
    const create = (input: Record<string, unknown>) =>
      gql(CREATE, { input: { ...base(), ...input } }, { token: admin });

    expect(fieldOf(await create({ imageUrl: 'http://images.example.org/a.jpg' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.imageUrl',
    });
    expect(fieldOf(await create({ imageUrl: 'javascript:alert(1)' }))).toMatchObject({ field: 'input.imageUrl' });
    expect(fieldOf(await create({ imageUrl: 'https://user:secret@images.example.org/a.jpg' }))).toMatchObject({
      field: 'input.imageUrl',
    });
    expect(fieldOf(await create({ languages: ['fr', 'xx'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.languages',
    });
    expect(fieldOf(await create({ languages: ['fra'] }))).toMatchObject({ field: 'input.languages' });
    expect(fieldOf(await create({ hybrid: true }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(
      fieldOf(
        await create({
          hybrid: true,
          online: true,
          communeCode: null,
          venueName: null,
          url: 'https://visio.example.org/x',
        }),
      ),
    ).toMatchObject({ field: 'input.hybrid' });
    expect(fieldOf(await create({ accessibility: { details: 'x'.repeat(1001) } }))).toMatchObject({
      field: 'input.accessibility.details',
    });

    // On site only: a link is refused.
    const made = await gql<{ createEvent: { id: string } }>(CREATE, { input: base() }, { token: admin });
    const link = await gql(
      UPDATE,
      { input: { id: made.data!.createEvent.id, url: 'https://x.example.org' } },
      { token: admin },
    );
    expect(fieldOf(link)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });
});
