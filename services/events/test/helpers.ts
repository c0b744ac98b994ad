import { adminToken, gql, unique } from '@dm/testing/stack';
import { expect } from 'vitest';

export const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) {
  id kind title startsAt endsAt startsOn datePrecision status capacity registeredCount remainingSeats waitlistCount registrationOpen
  venue { name commune { code name } } } }`;

export const REGISTER = `mutation($input: RegisterForEventInput!) {
  registerForEvent(input: $input) { id status position cancellationToken attendee { email } event { registeredCount remainingSeats waitlistCount } } }`;

const inDays = (days: number, hour = 14) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/** Creates an event in Caen in a few days, as admin, with the given changes. */
export async function createEvent(changes: Record<string, unknown> = {}) {
  const result = await gql<{ createEvent: Record<string, any> }>(
    CREATE,
    {
      input: {
        kind: 'FORUM',
        title: `Forum test ${unique()}`,
        startsAt: inDays(10, 8),
        endsAt: inDays(10, 12),
        communeCode: '14118',
        venueName: 'Salle test',
        capacity: 10,
        audiences: ['LYCEE_PUPIL'],
        ...changes,
      },
    },
    { token: await adminToken() },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createEvent;
}

export const attendee = (email: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Lou',
  lastName: 'Marie',
  email,
  category: 'LYCEE_PUPIL',
  minor: false,
  ...extra,
});

export { inDays };
