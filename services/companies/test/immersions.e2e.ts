import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const REQUEST = `mutation($input: RequestImmersionInput!) {
  requestImmersion(input: $input) { id status requester { email } message offer { remainingPlaces } } }`;

async function companyWithOffer(places: number) {
  const admin = await adminToken();
  const registered = await gql<{ registerCompany: { id: string } }>(
    'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }',
    { input: { name: `Immersions ${unique()}`, communeCode: '61001' } },
    { token: admin },
  );
  const companyId = registered.data!.registerCompany.id;
  const companyToken = await token({ role: 'company', company: companyId });
  const published = await gql<{
    publishImmersionOffer: { id: string; remainingPlaces: number; commune: { name: string } };
  }>(
    `mutation($input: PublishImmersionOfferInput!) {
      publishImmersionOffer(input: $input) { id remainingPlaces commune { name } metier { label } } }`,
    {
      input: {
        companyId,
        romeCode: 'D1102',
        title: 'Découvrir la boulangerie',
        places,
        durationDays: 3,
        audiences: ['COLLEGE_PUPIL'],
      },
    },
    { token: companyToken },
  );
  expect(published.errors).toBeUndefined();
  expect(published.data!.publishImmersionOffer).toMatchObject({
    remainingPlaces: places,
    commune: { name: 'Alençon' },
  });
  return { companyId, companyToken, offerId: published.data!.publishImmersionOffer.id };
}

const requester = (email: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Camille',
  lastName: 'Martin',
  email,
  category: 'LYCEE_PUPIL',
  minor: false,
  ...extra,
});

/** How many notices of an existing request the companies subgraph queued for an address (its GDPR export). */
async function noticesTo(email: string) {
  const exported = await gql<{ dataSubject: { companies: { messages: { kind: string }[] } } }>(
    'query($email: String!) { dataSubject(email: $email) { companies } }',
    { email },
    { token: await adminToken() },
  );
  return exported.data!.dataSubject.companies.messages.filter((m) => m.kind === 'IMMERSION_REQUEST_NOTICE').length;
}

describe('immersion requests through the gateway', () => {
  it('never gives more requests than places, however many arrive at once', async () => {
    const { offerId, companyToken } = await companyWithOffer(5);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        gql<{ requestImmersion: { status: string } }>(REQUEST, {
          input: { offerId, requester: requester(`eleve${i}-${unique()}@example.org`) },
        }),
      ),
    );
    const accepted = results.filter((r) => r.data?.requestImmersion);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(5);
    expect(refused).toHaveLength(55);
    for (const r of refused)
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offerId' });

    const offer = await gql<{ immersionOffer: { remainingPlaces: number; requests: { totalCount: number } } }>(
      'query($id: ID!) { immersionOffer(id: $id) { remainingPlaces requests { totalCount } } }',
      { id: offerId },
      { token: companyToken },
    );
    expect(offer.data!.immersionOffer).toEqual({ remainingPlaces: 0, requests: { totalCount: 5 } });
  });

  it('takes one place for an address however often it asks, even at once: later requests look new and name nothing', async () => {
    const { offerId, companyToken } = await companyWithOffer(3);
    const email = `same-${unique()}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql<{ requestImmersion: { id: string; status: string; requester: unknown; message: unknown } }>(REQUEST, {
          input: { offerId, requester: requester(i % 2 ? email.toUpperCase() : email) },
        }),
      ),
    );
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.requestImmersion).toMatchObject({ status: 'PENDING', requester: null, message: null });
    }
    const ids = results.map((r) => r.data!.requestImmersion.id);
    expect(new Set(ids).size).toBe(10);
    const offer = await gql<{
      immersionOffer: { remainingPlaces: number; requests: { edges: { node: { id: string } }[] } };
    }>(
      'query($id: ID!) { immersionOffer(id: $id) { remainingPlaces requests { edges { node { id } } } } }',
      { id: offerId },
      { token: companyToken },
    );
    // The first request won; the company sees it alone.
    expect(offer.data!.immersionOffer.remainingPlaces).toBe(2);
    expect(offer.data!.immersionOffer.requests.edges).toHaveLength(1);
    expect(ids).toContain(offer.data!.immersionOffer.requests.edges[0]!.node.id);
    // The requester is told once what they already asked (at most once a day per request).
    expect(await noticesTo(email)).toBe(1);
  });

  it('needs a guardian consent under 15, and hides the requester from the public', async () => {
    const { offerId, companyToken } = await companyWithOffer(2);
    const young = requester(`young-${unique()}@example.org`, { minor: true, birthDate: '2013-03-01' });
    const refused = await gql(REQUEST, { input: { offerId, requester: young } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requester.guardianConsent',
    });

    const made = await gql<{ requestImmersion: { id: string; status: string; requester: unknown; message: unknown } }>(
      REQUEST,
      {
        input: { offerId, requester: { ...young, guardianConsent: true }, message: 'Je voudrais découvrir le métier' },
      },
    );
    expect(made.data!.requestImmersion).toMatchObject({ status: 'PENDING', requester: null, message: null });

    const requests = `query($id: ID!) { immersionOffer(id: $id) { requests { edges { node { id requester { email } message } } } } }`;
    const anonymous = await gql(requests, { id: offerId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await gql(
      requests,
      { id: offerId },
      { token: await token({ role: 'company', company: '00000000-0000-4000-8000-000000000002' }) },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await gql<{
      immersionOffer: { requests: { edges: { node: { requester: { email: string }; message: string } }[] } };
    }>(requests, { id: offerId }, { token: companyToken });
    expect(own.data!.immersionOffer.requests.edges[0]!.node).toMatchObject({
      requester: { email: young.email },
      message: 'Je voudrais découvrir le métier',
    });
  });

  it('gives the place back when the company declines', async () => {
    const { offerId, companyToken } = await companyWithOffer(1);
    const first = `a-${unique()}@example.org`;
    const made = await gql<{ requestImmersion: { id: string } }>(REQUEST, {
      input: { offerId, requester: requester(first) },
    });
    const full = await gql(REQUEST, { input: { offerId, requester: requester(`b-${unique()}@example.org`) } });
    expect(full.errors?.[0]?.message).toMatch(/no place left/);
    // The address that holds the place is refused the same way: a full offer tells nothing about who asked.
    const again = await gql(REQUEST, { input: { offerId, requester: requester(first) } });
    expect(again.errors?.[0]).toMatchObject(full.errors![0]!);
    expect(await noticesTo(first)).toBe(0);
    const ANSWER =
      'mutation($input: AnswerImmersionRequestInput!) { answerImmersionRequest(input: $input) { status offer { remainingPlaces } } }';
    const requestId = made.data!.requestImmersion.id;
    const stranger = await gql(ANSWER, { input: { requestId, accept: false } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const declined = await gql(ANSWER, { input: { requestId, accept: false } }, { token: companyToken });
    expect(declined.data).toEqual({ answerImmersionRequest: { status: 'DECLINED', offer: { remainingPlaces: 1 } } });
    const twice = await gql(ANSWER, { input: { requestId, accept: true } }, { token: companyToken });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requestId' });
  });

  it('lists offers by trade, department, audience and distance', async () => {
    const { offerId } = await companyWithOffer(4);
    const { data } = await gql<{ immersionOffers: { edges: { node: { id: string; company: { name: string } } }[] } }>(
      `{ immersionOffers(filter: { romeCode: "D1102", department: "61", audience: COLLEGE_PUPIL,
           near: { latitude: 48.43, longitude: 0.09, radiusKm: 10 } }, first: 100) {
          edges { node { id company { name } } } } }`,
    );
    expect(data!.immersionOffers.edges.map((e) => e.node.id)).toContain(offerId);
    const far = await gql<{ immersionOffers: { edges: { node: { id: string } }[] } }>(
      `{ immersionOffers(filter: { near: { latitude: 49.44, longitude: 1.10, radiusKm: 20 } }, first: 100) { edges { node { id } } } }`,
    );
    expect(far.data!.immersionOffers.edges.map((e) => e.node.id)).not.toContain(offerId);
  });
});
