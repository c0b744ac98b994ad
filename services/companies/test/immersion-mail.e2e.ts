import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK, type MailStack, ok, SITE, startMailStack } from './mail-stack.ts';

const REQUEST = `mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id status } }`;
const ANSWER = `mutation($id: ID!, $accept: Boolean!) {
  answerImmersionRequest(input: { requestId: $id, accept: $accept }) { id status answeredAt } }`;

// The company is told of each request, the requester of the answer; unanswered requests are recalled
// after 7 days and expire after 30. Real mail, read from the SMTP server this file starts.
describe('immersion requests, told by mail', () => {
  let t: MailStack;
  let admin: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;

  beforeAll(async () => {
    t = await startMailStack();
    admin = await t.token({ role: 'admin', subject: 'admin:test' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function companyWithOffer(contactEmail: string | null, places = 1) {
    const companyId = ok<{ registerCompany: { id: string } }>(
      await t.gql(
        'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }',
        { input: { name: `Boulangerie ${tag}`, communeCode: '14118', contactEmail } },
        { token: admin },
      ),
    ).registerCompany.id;
    const companyToken = await t.token({ role: 'company', company: companyId });
    const offerId = ok<{ publishImmersionOffer: { id: string } }>(
      await t.gql(
        'mutation($input: PublishImmersionOfferInput!) { publishImmersionOffer(input: $input) { id } }',
        {
          input: {
            companyId,
            romeCode: 'D1102',
            title: 'Découvrir le fournil',
            places,
            durationDays: 5,
            audiences: ['COLLEGE_PUPIL'],
          },
        },
        { token: companyToken },
      ),
    ).publishImmersionOffer.id;
    return { companyId, companyToken, offerId };
  }

  const pupil = (email: string) => ({
    firstName: 'Léa',
    lastName: 'Durand',
    email,
    category: 'COLLEGE_PUPIL',
    minor: true,
    birthDate: '2012-05-04',
    guardianConsent: true,
  });

  it('mails the company a link to answer, keeps a full offer’s requests in its view, and mails the answer', async () => {
    const contact = address('fournil');
    const { companyId, companyToken, offerId } = await companyWithOffer(contact);
    const email = address('lea');
    const request = ok<{ requestImmersion: { id: string } }>(
      await t.gql(REQUEST, { input: { offerId, requester: pupil(email), message: 'J’aime pétrir.' } }),
    ).requestImmersion;

    await t.sweep();
    const [received, ...more] = t.smtp.to(contact);
    expect(more).toEqual([]);
    expect(received!.subject).toBe('Demande d’immersion pour « Découvrir le fournil »');
    expect(received!.text).toContain('Léa D. (collégien ou collégienne) demande une immersion');
    expect(received!.text).toContain('J’aime pétrir.');
    expect(received!.text).toContain(`${SITE}/entreprise/demandes/${request.id}`);
    expect(received!.text).not.toMatch(/COLLEGE_PUPIL|PENDING|Durand|@example\.org/);

    // The offer is full: it leaves the public's view, not the company's, whose requests stay readable.
    const VIEW = `query($id: ID!) { company(id: $id) { contactEmail
      immersionOffers { id remainingPlaces requests { totalCount edges { node { id requester { email } } } } }
      immersionRequests(status: PENDING) { totalCount edges { node { id status } } } } }`;
    const seen = ok<{
      company: {
        contactEmail: string;
        immersionOffers: { id: string; requests: { totalCount: number; edges: { node: { id: string } }[] } }[];
        immersionRequests: { totalCount: number; edges: { node: { id: string } }[] };
      };
    }>(await t.gql(VIEW, { id: companyId }, { token: companyToken })).company;
    expect(seen.contactEmail).toBe(contact);
    expect(seen.immersionOffers).toHaveLength(1);
    expect(seen.immersionOffers[0]!.requests.edges[0]!.node).toEqual({ id: request.id, requester: { email } });
    expect(seen.immersionRequests.edges.map((e) => e.node.id)).toEqual([request.id]);
    const publicView = await t.gql<{ company: { contactEmail: null; immersionOffers: unknown[] } }>(
      'query($id: ID!) { company(id: $id) { contactEmail immersionOffers { id } } }',
      { id: companyId },
    );
    expect(publicView.data!.company).toEqual({ contactEmail: null, immersionOffers: [] });
    const forbidden = await t.gql('query($id: ID!) { company(id: $id) { immersionRequests { totalCount } } }', {
      id: companyId,
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    ok(await t.gql(ANSWER, { id: request.id, accept: true }, { token: companyToken }));
    await t.sweep();
    const [answer, ...others] = t.smtp.to(email);
    expect(others).toEqual([]);
    expect(answer!.subject).toBe('Votre demande d’immersion a été acceptée');
    expect(answer!.text).toContain('Bonjour Léa,');
    expect(answer!.text).toContain(`${SITE}/immersions/${offerId}`);
    expect(answer!.text).not.toMatch(/ACCEPTED|fournil-/);
  });

  it('recalls an unanswered request after 7 days, once, then expires it after 30: place back, requester told', async () => {
    const { companyToken, offerId } = await companyWithOffer(null);
    const email = address('tom');
    const request = ok<{ requestImmersion: { id: string } }>(
      await t.gql(REQUEST, { input: { offerId, requester: { ...pupil(email), firstName: 'Tom' } } }),
    ).requestImmersion;
    await t.sweep();
    const toAgency = () => t.smtp.to(FALLBACK).filter((m) => m.text.includes(request.id));
    expect(toAgency()).toHaveLength(1);

    t.travel(8);
    // Two replicas sweeping at once recall it once.
    const rounds = await Promise.all([t.sweep(), t.sweep()]);
    expect(rounds.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    await t.sweep();
    const recalls = toAgency().filter((m) => m.subject.startsWith('Rappel'));
    expect(recalls).toHaveLength(1);
    expect(recalls[0]!.text).toContain('attend toujours votre réponse');

    t.travel(23);
    const expiring = await Promise.all([t.sweep(), t.sweep()]);
    expect(expiring.reduce((n, r) => n + r.expired, 0)).toBe(1);
    const told = t.smtp.to(email).filter((m) => m.subject === 'Votre demande d’immersion n’a pas reçu de réponse');
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('Bonjour Tom,');

    const offer = ok<{ immersionOffer: { remainingPlaces: number; requests: { edges: { node: unknown }[] } } }>(
      await t.gql(
        'query($id: ID!) { immersionOffer(id: $id) { remainingPlaces requests { edges { node { status expiredAt answeredAt } } } } }',
        { id: offerId },
        { token: companyToken },
      ),
    ).immersionOffer;
    expect(offer.remainingPlaces).toBe(1);
    expect(offer.requests.edges[0]!.node).toMatchObject({ status: 'EXPIRED', answeredAt: null });
    const late = await t.gql(ANSWER, { id: request.id, accept: true }, { token: companyToken });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requestId' });
  });
});
