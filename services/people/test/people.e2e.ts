import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const REGISTER = `mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id displayName active company { id } } }`;

async function legallais() {
  const { data } = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
    '{ companies(filter: { search: "legallais" }) { edges { node { id } } } }',
  );
  return data!.companies.edges[0]!.node.id;
}

/** How many messages of a kind the people subgraph queued for an address (its GDPR export). */
async function noticesTo(email: string, kind: string) {
  const exported = await gql<{ dataSubject: { people: { messages: { kind: string }[] } } }>(
    'query($email: String!) { dataSubject(email: $email) { people } }',
    { email },
    { token: await adminToken() },
  );
  return exported.data!.dataSubject.people.messages.filter((m) => m.kind === kind).length;
}

describe('people through the gateway', () => {
  it('returns a company with its charter, its ambassadors and its events in one query', async () => {
    const { data, errors } = await gql<{ companies: { edges: { node: Record<string, any> }[] } }>(`{
      companies(filter: { department: "76" }, first: 3) { edges { node {
        name charter { status signedOn commitments { kind } }
        ambassadors { displayName jobTitle metier { romeCode label } commune { name } interventionKinds active }
        events { title startsAt }
      } } } }`);
    expect(errors).toBeUndefined();
    const company = data!.companies.edges
      .map((e) => e.node)
      .find((c) => c.ambassadors.length > 0 && c.events.length > 0)!;
    expect(company.charter.status).toEqual(expect.any(String));
    expect(company.ambassadors[0]).toMatchObject({
      displayName: expect.stringMatching(/^\S+ \p{Lu}\.$/u),
      active: true,
      metier: { label: expect.any(String) },
    });
    expect(company.events[0].startsAt).toEqual(expect.any(String));
  });

  it('never exposes an ambassador’s e-mail, phone or last name in the public view', async () => {
    const { data } = await gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Ambassador") { fields { name } } }',
    );
    const fields = data!.__type.fields.map((f) => f.name);
    for (const hidden of ['email', 'phone', 'lastName']) expect(fields).not.toContain(hidden);
  });

  it('registers an ambassador for the company, hides them from search once deactivated', async () => {
    const companyId = await legallais();
    const input = {
      firstName: 'Yanis',
      lastName: `Testeur${unique()}`,
      email: `yanis-${unique()}@example.org`,
      jobTitle: 'Magasinier',
      romeCode: 'N1103',
      companyId,
      communeCode: '14327',
      interventionKinds: ['CLASS_TALK', 'PHONE_CALL'],
    };
    const stranger = await gql(
      REGISTER,
      { input },
      { token: await token({ role: 'company', company: '00000000-0000-4000-8000-000000000003' }) },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const companyToken = await token({ role: 'company', company: companyId });
    const made = await gql<{ registerAmbassador: { id: string; displayName: string; active: boolean } }>(
      REGISTER,
      { input },
      { token: companyToken },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.registerAmbassador.displayName).toBe(`Yanis ${input.lastName[0]}.`);
    const bad = await gql(
      REGISTER,
      { input: { ...input, email: `x-${unique()}@example.org`, romeCode: 'Q9999' } },
      { token: companyToken },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.romeCode' });

    const SEARCH = '{ ambassadors(filter: { search: "magasinier herouville" }, first: 100) { edges { node { id } } } }';
    const found = await gql<{ ambassadors: { edges: { node: { id: string } }[] } }>(SEARCH);
    expect(found.data!.ambassadors.edges.map((e) => e.node.id)).toContain(made.data!.registerAmbassador.id);
    await gql(
      'mutation($id: ID!) { deactivateAmbassador(id: $id) { active } }',
      { id: made.data!.registerAmbassador.id },
      { token: companyToken },
    );
    const gone = await gql<{ ambassadors: { edges: { node: { id: string } }[] } }>(SEARCH);
    expect(gone.data!.ambassadors.edges.map((e) => e.node.id)).not.toContain(made.data!.registerAmbassador.id);
  });

  it('lists referents with the companies whose charter names them', async () => {
    const { data } = await gql<{ referents: { totalCount: number; edges: { node: Record<string, any> }[] } }>(
      '{ referents(filter: { department: "50", role: PROXIMITY_REFERENT }) { totalCount edges { node { fullName organisation departments { code } companies { name } } } } }',
    );
    expect(data!.referents.totalCount).toBe(1);
    const referent = data!.referents.edges[0]!.node;
    expect(referent.departments).toEqual([{ code: '50' }]);
    expect(referent.companies.length).toBeGreaterThan(0);
  });
});

describe("parents' cafés", () => {
  const CREATE =
    'mutation($input: CreateParentsCafeInput!) { createParentsCafe(input: $input) { id status capacity } }';
  const REGISTER_PARENT = `mutation($input: RegisterForParentsCafeInput!) {
    registerForParentsCafe(input: $input) { id status cancellationToken cafe { registeredCount status } } }`;
  const inTenDays = () => new Date(Date.now() + 10 * 86_400_000).toISOString();

  it('refuses more than 20 seats, and never goes over capacity under concurrent registrations', async () => {
    const admin = await adminToken();
    const base = {
      title: `Café ${unique()}`,
      startsAt: inTenDays(),
      communeCode: '61001',
      facilitatorName: 'Conseillère',
    };
    const tooBig = await gql(CREATE, { input: { ...base, capacity: 21 } }, { token: admin });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const made = await gql<{ createParentsCafe: { id: string; status: string; capacity: number } }>(
      CREATE,
      { input: base },
      { token: admin },
    );
    expect(made.data!.createParentsCafe).toMatchObject({ status: 'OPEN', capacity: 20 });
    const cafeId = made.data!.createParentsCafe.id;

    const results = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        gql<{ registerForParentsCafe: { status: string } }>(REGISTER_PARENT, {
          input: {
            cafeId,
            parent: { firstName: 'Parent', lastName: `N${i}`, email: `parent${i}-${unique()}@example.org` },
          },
        }),
      ),
    );
    expect(results.filter((r) => r.data?.registerForParentsCafe)).toHaveLength(20);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.message).toMatch(/full/);
    const cafe = await gql<{ parentsCafe: { registeredCount: number; remainingSeats: number; status: string } }>(
      'query($id: ID!) { parentsCafe(id: $id) { registeredCount remainingSeats status } }',
      { id: cafeId },
    );
    expect(cafe.data!.parentsCafe).toEqual({ registeredCount: 20, remainingSeats: 0, status: 'FULL' });
  });

  it('confirms a café from 15 parents, refuses any address once full, cancels with the token and registers again', async () => {
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '27229',
          facilitatorName: 'Psychologue',
          capacity: 16,
        },
      },
      { token: await adminToken() },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const registrations = [];
    for (let i = 0; i < 15; i++) {
      const r = await gql<{
        registerForParentsCafe: { id: string; cancellationToken: string; cafe: { status: string } };
      }>(REGISTER_PARENT, {
        input: { cafeId, parent: { firstName: 'P', lastName: `${i}`, email: `p${i}-${unique()}@example.org` } },
      });
      registrations.push(r.data!.registerForParentsCafe);
    }
    expect(registrations[13]!.cafe.status).toBe('OPEN');
    expect(registrations[14]!.cafe.status).toBe('CONFIRMED');
    const email = `same-${unique()}@example.org`;
    type Registered = { registerForParentsCafe: { id: string; cancellationToken: string; cafe: { status: string } } };
    const a = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'S', lastName: 'S', email } },
    });
    expect(a.data!.registerForParentsCafe.cafe.status).toBe('FULL');
    // The café is full: the same address is refused as any other would be, which tells nothing about it.
    for (const address of [email, `other-${unique()}@example.org`]) {
      const refused = await gql(REGISTER_PARENT, {
        input: { cafeId, parent: { firstName: 'S', lastName: 'S', email: address } },
      });
      expect(refused.errors?.[0]?.message).toMatch(/full/);
    }
    const CANCEL =
      'mutation($input: CancelParentsCafeRegistrationInput!) { cancelParentsCafeRegistration(input: $input) { status cafe { registeredCount status } } }';
    const cancelled = await gql(CANCEL, {
      input: {
        registrationId: a.data!.registerForParentsCafe.id,
        cancellationToken: a.data!.registerForParentsCafe.cancellationToken,
      },
    });
    expect(cancelled.data).toEqual({
      cancelParentsCafeRegistration: { status: 'CANCELLED', cafe: { registeredCount: 15, status: 'CONFIRMED' } },
    });
    // A cancelled registration registers again, with a new token.
    const back = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'S', lastName: 'S', email } },
    });
    expect(back.data!.registerForParentsCafe).toMatchObject({ id: a.data!.registerForParentsCafe.id });
    expect(back.data!.registerForParentsCafe.cancellationToken).not.toBe(
      a.data!.registerForParentsCafe.cancellationToken,
    );
    expect(await noticesTo(email, 'CAFE_REGISTRATION_NOTICE')).toBe(0);
  });

  it('answers an address already registered like a new one, without a seat, and tells the parent once', async () => {
    const made = await gql<{ createParentsCafe: { id: string } }>(
      CREATE,
      {
        input: {
          title: `Café ${unique()}`,
          startsAt: inTenDays(),
          communeCode: '50129',
          facilitatorName: 'Conseiller',
        },
      },
      { token: await adminToken() },
    );
    const cafeId = made.data!.createParentsCafe.id;
    const email = `twice-${unique()}@example.org`;
    type Registered = {
      registerForParentsCafe: {
        id: string;
        status: string;
        cancellationToken: string;
        cafe: { registeredCount: number };
      };
    };
    const first = await gql<Registered>(REGISTER_PARENT, {
      input: { cafeId, parent: { firstName: 'Léa', lastName: 'Parent', email } },
    });
    const again = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gql<Registered>(REGISTER_PARENT, {
          input: { cafeId, parent: { firstName: 'X', lastName: 'Y', email: i % 2 ? email.toUpperCase() : email } },
        }),
      ),
    );
    for (const r of again) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.registerForParentsCafe).toMatchObject({ status: 'REGISTERED', cafe: { registeredCount: 1 } });
      expect(r.data!.registerForParentsCafe.id).not.toBe(first.data!.registerForParentsCafe.id);
      expect(r.data!.registerForParentsCafe.cancellationToken).toEqual(expect.any(String));
    }
    const standIn = again[0]!.data!.registerForParentsCafe;
    const cancel = await gql(
      'mutation($input: CancelParentsCafeRegistrationInput!) { cancelParentsCafeRegistration(input: $input) { status } }',
      { input: { registrationId: standIn.id, cancellationToken: standIn.cancellationToken } },
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await noticesTo(email, 'CAFE_REGISTRATION_NOTICE')).toBe(1);
  });
});

describe('contact requests', () => {
  const REQUEST = `mutation($input: RequestContactInput!) { requestContact(input: $input) { id status createdAt answeredAt requesterName message company { id } } }`;

  it('sends one pending request per requester and company: later ones look new, name nothing, and the requester is told once', async () => {
    const companyId = await legallais();
    const email = `asks-${unique()}@example.org`;
    const ask = (message: string, address = email) =>
      gql<{ requestContact: { id: string; status: string } }>(REQUEST, {
        input: { companyId, requester: { name: 'Élise', email: address, role: 'STUDENT', minor: false }, message },
      });
    const first = await ask('Première demande');
    const again = await Promise.all(
      Array.from({ length: 6 }, (_, i) => ask(`Encore ${i}`, i % 2 ? email.toUpperCase() : email)),
    );
    for (const r of again) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.requestContact).toMatchObject({
        status: 'PENDING',
        requesterName: null,
        message: null,
        company: { id: companyId },
      });
      expect(r.data!.requestContact.id).not.toBe(first.data!.requestContact.id);
    }
    expect(new Set(again.map((r) => r.data!.requestContact.id)).size).toBe(6);
    // The company's inbox holds the first request only.
    const inbox = await gql<{ contactRequests: { edges: { node: { id: string; message: string } }[] } }>(
      '{ contactRequests(filter: { status: PENDING }, first: 100) { edges { node { id message } } } }',
      {},
      { token: await token({ role: 'company', company: companyId }) },
    );
    const mine = inbox.data!.contactRequests.edges.filter((e) =>
      [first, ...again].some((r) => r.data!.requestContact.id === e.node.id),
    );
    expect(mine.map((e) => e.node)).toEqual([{ id: first.data!.requestContact.id, message: 'Première demande' }]);
    expect(await noticesTo(email, 'CONTACT_REQUEST_NOTICE')).toBe(1);
  });

  it('takes the requester as the other public mutations do (firstName, lastName, category), the old names still', async () => {
    const companyId = await legallais();
    const ask = (requester: Record<string, unknown>) =>
      gql<{ requestContact: { status: string; requesterName: string | null } }>(REQUEST, {
        input: {
          companyId,
          requester: { email: `names-${unique()}@example.org`, minor: false, ...requester },
          message: 'Bonjour',
        },
      });
    const modern = await ask({ firstName: 'Élise', lastName: 'Martin', category: 'STUDENT' });
    expect(modern.errors).toBeUndefined();
    expect(modern.data!.requestContact.status).toBe('PENDING');
    const missing = await ask({ firstName: 'Élise', lastName: 'Martin' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requester.category',
    });
    const nameless = await ask({ category: 'PARENT' });
    expect(nameless.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requester.firstName',
    });
  });
});
