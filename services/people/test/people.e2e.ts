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
    // The first request only is recorded (the company sees it once its sender confirms their address).
    const inbox = await gql<{ contactRequests: { edges: { node: { id: string; message: string } }[] } }>(
      '{ contactRequests(filter: { status: PENDING }, first: 100) { edges { node { id message } } } }',
      {},
      { token: await adminToken() },
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
