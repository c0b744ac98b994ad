import { adminToken, gql, token } from '@dm/testing/stack';
import { expect } from 'vitest';

/** Distinctive personal data a test plants in every subgraph, then looks for where it must not appear. */
export interface Planted {
  email: string;
  lastName: string;
  phone: string;
  message: string;
  companyId: string;
  offerId: string;
  eventId: string;
  cafeId: string;
  ambassadorId: string;
}

/** Events and cafés are planted on `day` (default: in five days), so a test can isolate their period. */
export async function plantPersonalData(tag: string, day?: string): Promise<Planted> {
  const admin = await adminToken();
  const email = `personne.${tag}@example.org`;
  const lastName = `Secretnom${tag}`;
  const phone = '0611223344';
  const message = `Message privé ${tag}`;
  const ok = <T>(r: { data?: T | null; errors?: unknown[] }) => {
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  const companyId = ok<{ registerCompany: { id: string } }>(
    await gql(
      'mutation($n: String!) { registerCompany(input: { name: $n, communeCode: "76540" }) { id } }',
      { n: `Entreprise ${tag}` },
      { token: admin },
    ),
  ).registerCompany.id;
  const offerId = ok<{ publishImmersionOffer: { id: string } }>(
    await gql(
      `mutation($c: ID!) { publishImmersionOffer(input: { companyId: $c, romeCode: "D1102", title: "Découverte", places: 3, durationDays: 2, audiences: [LYCEE_PUPIL] }) { id } }`,
      { c: companyId },
      { token: admin },
    ),
  ).publishImmersionOffer.id;
  ok(
    await gql('mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }', {
      input: {
        offerId,
        requester: { firstName: 'Prénom', lastName, email, phone, category: 'LYCEE_PUPIL', minor: false },
        message,
      },
    }),
  );
  const start = day ? new Date(`${day}T15:00:00Z`) : new Date(Date.now() + 5 * 86_400_000);
  const eventId = ok<{ createEvent: { id: string } }>(
    await gql(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          kind: 'FORUM',
          title: `Forum ${tag}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          communeCode: '76540',
          capacity: 5,
          audiences: ['PARENT'],
        },
      },
      { token: admin },
    ),
  ).createEvent.id;
  ok(
    await gql('mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { id } }', {
      input: { eventId, attendee: { firstName: 'Prénom', lastName, email, category: 'PARENT', minor: false } },
    }),
  );
  const cafeId = ok<{ createParentsCafe: { id: string } }>(
    await gql(
      'mutation($input: CreateParentsCafeInput!) { createParentsCafe(input: $input) { id } }',
      {
        input: {
          title: `Café ${tag}`,
          startsAt: start.toISOString(),
          communeCode: '76540',
          facilitatorName: 'Animatrice',
        },
      },
      { token: admin },
    ),
  ).createParentsCafe.id;
  ok(
    await gql('mutation($input: RegisterForParentsCafeInput!) { registerForParentsCafe(input: $input) { id } }', {
      input: { cafeId, parent: { firstName: 'Prénom', lastName, email } },
    }),
  );
  const ambassadorId = ok<{ registerAmbassador: { id: string } }>(
    await gql(
      'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
      {
        input: {
          firstName: 'Ambre',
          lastName: `Amb${lastName}`,
          email: `amb.${email}`,
          phone,
          jobTitle: 'Boulangère',
          romeCode: 'D1102',
          companyId,
          communeCode: '76540',
          interventionKinds: ['PHONE_CALL'],
        },
      },
      { token: await token({ role: 'company', company: companyId }) },
    ),
  ).registerAmbassador.id;
  ok(
    await gql('mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }', {
      input: { ambassadorId, requester: { name: `Prénom ${lastName}`, email, role: 'PARENT', minor: false }, message },
    }),
  );
  return { email, lastName, phone, message, companyId, offerId, eventId, cafeId, ambassadorId };
}

/** Every string value of a response, however deep. */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}
