import { addDays, todayInParis } from '@dm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookEvent } from '../src/db/schema.ts';
import { type MailStack, ok, startMailStack } from './mail-stack.ts';

const OFFER = `id status places remainingPlaces monthlyMaxRequests takingRequests`;
const REQUEST = `mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }`;

// A company runs its own page: its profile, a busy period, its offers paused, resumed, capped and closed;
// partners are told of each change by the webhook events the database records.
describe('company self-service', () => {
  let t: MailStack;
  let admin: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const requester = (who: string) => ({
    firstName: 'Noé',
    lastName: 'Bernard',
    email: `${who}-${tag}@example.org`,
    category: 'JOB_SEEKER',
    minor: false,
  });

  beforeAll(async () => {
    t = await startMailStack();
    admin = await t.token({ role: 'admin', subject: 'admin:test' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** The webhook events recorded about a record, oldest first. */
  const eventsAbout = async (key: 'companyId' | 'immersionOfferId', id: string) =>
    (await t.stack.database.db.select().from(webhookEvent).orderBy(webhookEvent.occurredAt))
      .filter((e) => (e.data as Record<string, string>)[key] === id)
      .map((e) => e.type);

  it('edits its profile, declares a busy period, and pauses, caps, resumes and closes an offer', async () => {
    const companyId = ok<{ registerCompany: { id: string } }>(
      await t.gql(
        'mutation { registerCompany(input: { name: "Garage Vautier", communeCode: "50129" }) { id } }',
        {},
        { token: admin },
      ),
    ).registerCompany.id;
    const company = await t.token({ role: 'company', company: companyId });
    const other = await t.token({ role: 'company', company: '00000000-0000-4000-8000-00000000000b' });
    const PROFILE = `mutation($input: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $input) {
      name sector description contactEmail unavailableFrom unavailableUntil commune { name } } }`;
    const refused = await t.gql(PROFILE, { input: { companyId, sector: 'Garage' } }, { token: other });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = (await eventsAbout('companyId', companyId)).length;
    const profile = ok<{ updateCompanyProfile: Record<string, unknown> }>(
      await t.gql(
        PROFILE,
        {
          input: {
            companyId,
            sector: 'Réparation automobile',
            description: 'Atelier de mécanique et de carrosserie.',
            contactEmail: `atelier-${tag}@example.org`,
          },
        },
        { token: company },
      ),
    ).updateCompanyProfile;
    expect(profile).toMatchObject({
      name: 'Garage Vautier',
      sector: 'Réparation automobile',
      description: 'Atelier de mécanique et de carrosserie.',
      contactEmail: `atelier-${tag}@example.org`,
      unavailableFrom: null,
      commune: { name: 'Cherbourg-en-Cotentin' },
    });
    expect((await eventsAbout('companyId', companyId)).slice(before)).toEqual(['company.updated']);
    const badNaf = await t.gql(PROFILE, { input: { companyId, nafCode: '99' } }, { token: company });
    expect(badNaf.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nafCode' });

    const offer = ok<{ publishImmersionOffer: { id: string; monthlyMaxRequests: number } }>(
      await t.gql(
        `mutation($input: PublishImmersionOfferInput!) { publishImmersionOffer(input: $input) { ${OFFER} } }`,
        {
          input: {
            companyId,
            romeCode: 'I1604',
            title: 'Découvrir la mécanique automobile',
            places: 5,
            durationDays: 10,
            audiences: ['JOB_SEEKER', 'CAREER_CHANGER'],
            monthlyMaxRequests: 2,
          },
        },
        { token: company },
      ),
    ).publishImmersionOffer;
    expect(offer.monthlyMaxRequests).toBe(2);
    const inSearch = async () =>
      ok<{ immersionOffers: { edges: { node: { id: string } }[] } }>(
        await t.gql('query($c: ID!) { immersionOffers(filter: { companyId: $c }) { edges { node { id } } } }', {
          c: companyId,
        }),
      ).immersionOffers.edges.map((e) => e.node.id);
    const read = async () =>
      ok<{ immersionOffer: { status: string; takingRequests: boolean; remainingPlaces: number } }>(
        await t.gql(`query($id: ID!) { immersionOffer(id: $id) { ${OFFER} } }`, { id: offer.id }),
      ).immersionOffer;
    expect(await inSearch()).toEqual([offer.id]);

    // A busy period hides the offer and refuses requests; cleared, the offer is back.
    const today = todayInParis(t.now());
    const halfDone = await t.gql(PROFILE, { input: { companyId, unavailableFrom: today } }, { token: company });
    expect(halfDone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unavailableUntil' });
    const busy = ok<{ updateCompanyProfile: Record<string, unknown> }>(
      await t.gql(
        PROFILE,
        { input: { companyId, unavailableFrom: today, unavailableUntil: addDays(today, 10) } },
        { token: company },
      ),
    ).updateCompanyProfile;
    expect(busy).toMatchObject({ unavailableFrom: today, unavailableUntil: addDays(today, 10) });
    expect(await inSearch()).toEqual([]);
    expect(await read()).toMatchObject({ status: 'OPEN', takingRequests: false });
    const whileBusy = await t.gql(REQUEST, { input: { offerId: offer.id, requester: requester('busy') } });
    expect(whileBusy.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offerId' });
    ok(
      await t.gql(PROFILE, { input: { companyId, unavailableFrom: null, unavailableUntil: null } }, { token: company }),
    );
    expect(await inSearch()).toEqual([offer.id]);

    // Two requests a month at most: the third is refused and the offer leaves search until next month.
    ok(await t.gql(REQUEST, { input: { offerId: offer.id, requester: requester('un') } }));
    ok(await t.gql(REQUEST, { input: { offerId: offer.id, requester: requester('deux') } }));
    const third = await t.gql(REQUEST, { input: { offerId: offer.id, requester: requester('trois') } });
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offerId' });
    expect(await read()).toMatchObject({ takingRequests: false, remainingPlaces: 3 });
    expect(await inSearch()).toEqual([]);

    // Lifting the cap; places never below those held.
    const UPDATE = `mutation($input: UpdateImmersionOfferInput!) { updateImmersionOffer(input: $input) { ${OFFER} } }`;
    const tooFew = await t.gql(UPDATE, { input: { id: offer.id, places: 1 } }, { token: company });
    expect(tooFew.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.places' });
    const lifted = ok<{ updateImmersionOffer: Record<string, unknown> }>(
      await t.gql(UPDATE, { input: { id: offer.id, unlimitedRequests: true, places: 4 } }, { token: company }),
    ).updateImmersionOffer;
    expect(lifted).toMatchObject({ monthlyMaxRequests: null, places: 4, remainingPlaces: 2, takingRequests: true });

    // Paused, resumed, closed: partners are told each time it leaves search or comes back.
    const move = (verb: string) =>
      t.gql<Record<string, { status: string }>>(
        `mutation($id: ID!) { ${verb}(id: $id) { status } }`,
        { id: offer.id },
        { token: company },
      );
    expect(ok(await move('pauseImmersionOffer')).pauseImmersionOffer!.status).toBe('PAUSED');
    expect(await inSearch()).toEqual([]);
    const paused = await t.gql(REQUEST, { input: { offerId: offer.id, requester: requester('pause') } });
    expect(paused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offerId' });
    expect(ok(await move('resumeImmersionOffer')).resumeImmersionOffer!.status).toBe('OPEN');
    expect(await inSearch()).toEqual([offer.id]);
    expect(ok(await move('closeImmersionOffer')).closeImmersionOffer!.status).toBe('CLOSED');
    const reopened = await move('resumeImmersionOffer');
    expect(reopened.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await inSearch()).toEqual([]);
    expect(await eventsAbout('immersionOfferId', offer.id)).toEqual([
      'immersion_offer.published',
      'immersion_offer.closed',
      'immersion_offer.published',
      'immersion_offer.closed',
    ]);

    // The company still sees its closed offer and every request made on it.
    const own = ok<{ company: { immersionOffers: { status: string }[]; immersionRequests: { totalCount: number } } }>(
      await t.gql(
        'query($id: ID!) { company(id: $id) { immersionOffers { status } immersionRequests { totalCount } } }',
        { id: companyId },
        { token: company },
      ),
    ).company;
    expect(own).toEqual({ immersionOffers: [{ status: 'CLOSED' }], immersionRequests: { totalCount: 2 } });
  });
});
