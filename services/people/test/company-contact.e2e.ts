import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const REGISTER = `mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }`;
const REQUEST = `mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }`;

/** How many contact requests the people subgraph queued for an address (its GDPR export). */
async function requestsTo(email: string) {
  const exported = await gql<{ dataSubject: { people: { messages: { kind: string }[] } } }>(
    'query($email: String!) { dataSubject(email: $email) { people } }',
    { email },
    { token: await adminToken() },
  );
  return exported.data!.dataSubject.people.messages.filter((m) => m.kind === 'CONTACT_REQUEST').length;
}

describe('a contact request to a company', () => {
  it('goes to its ambassadors who can be contacted now: not to a paused or fully booked one', async () => {
    const admin = await adminToken();
    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation($name: String!) { registerCompany(input: { name: $name, communeCode: "14118" }) { id } }',
      { name: `Atelier ${unique()}` },
      { token: admin },
    );
    expect(company.errors).toBeUndefined();
    const companyId = company.data!.registerCompany.id;
    const ambassador = async (monthlyQuota: number) => {
      const email = `amb-${unique()}@example.org`;
      const made = await gql<{ registerAmbassador: { id: string } }>(
        REGISTER,
        {
          input: {
            firstName: 'Lina',
            lastName: 'Menuisière',
            email,
            jobTitle: 'Menuisière',
            romeCode: 'H2206',
            companyId,
            communeCode: '14118',
            interventionKinds: ['PHONE_CALL'],
            monthlyQuota,
          },
        },
        { token: admin },
      );
      expect(made.errors).toBeUndefined();
      return { id: made.data!.registerAmbassador.id, email };
    };
    const available = await ambassador(4);
    const paused = await ambassador(4);
    const full = await ambassador(1);
    const pause = await gql(
      'mutation($id: ID!, $until: Date!) { updateAmbassador(input: { id: $id, pausedUntil: $until }) { id } }',
      { id: paused.id, until: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
      { token: admin },
    );
    expect(pause.errors).toBeUndefined();
    const requester = () => ({
      firstName: 'Inès',
      lastName: 'Lycéenne',
      email: `eleve-${unique()}@example.org`,
      category: 'LYCEE_PUPIL',
      minor: false,
    });
    // The one request of the month the fully booked ambassador may receive. Made by staff, the requests go at
    // once (a public one waits for its address to be confirmed).
    const direct = await gql(
      REQUEST,
      { input: { ambassadorId: full.id, requester: requester(), message: 'Bonjour' } },
      { token: admin },
    );
    expect(direct.errors).toBeUndefined();

    const toCompany = await gql(
      REQUEST,
      { input: { companyId, requester: requester(), message: 'Bonjour' } },
      { token: admin },
    );
    expect(toCompany.errors).toBeUndefined();
    expect(await requestsTo(available.email)).toBe(1);
    expect(await requestsTo(paused.email)).toBe(0);
    expect(await requestsTo(full.email)).toBe(1);
  });
});
