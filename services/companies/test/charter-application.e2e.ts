import { addDays, todayInParis } from '@dm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK, type MailStack, ok, startMailStack } from './mail-stack.ts';

const APPLY = `mutation($input: ApplyForCharterInput!) { applyForCharter(input: $input) {
  id status companyName commune { name } commitments { kind } contact { email } company { id } } }`;
const commitments = [
  { kind: 'IMMERSION_HOSTING', description: 'Accueillir des collégiens en stage d’observation.' },
  { kind: 'FORUM' },
];

// A company walks from its application to a signed charter, publishes an offer, declares a busy period,
// and lets a request expire: real mail, and a clock the test moves.
describe('from a charter application to an expired request', () => {
  let t: MailStack;
  let admin: string;
  let coordinator: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;

  beforeAll(async () => {
    t = await startMailStack();
    admin = await t.token({ role: 'admin', subject: 'admin:test' });
    coordinator = await t.token({ role: 'coordinator', departments: ['14'], subject: 'coordinator:calvados' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('applies, is approved and signed by the three parties, publishes, pauses for a busy period, and lets a request expire', async () => {
    const contact = address('direction');
    const bad = await t.gql(APPLY, {
      input: {
        company: { name: 'Fromagerie Lecoq', communeCode: '14118' },
        commitments: [{ kind: 'FORUM' }],
        contact: { name: 'Hélène Lecoq', email: contact },
      },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commitments' });

    // The public applies: the answer keeps the contact to staff; the applicant and the agency are mailed.
    const applied = ok<{ applyForCharter: { id: string; contact: unknown; company: unknown } }>(
      await t.gql(APPLY, {
        input: {
          company: { name: 'Fromagerie Lecoq', communeCode: '14118', sector: 'Fromagerie' },
          commitments,
          contact: { name: 'Hélène Lecoq', email: contact, phone: '02 31 00 00 00' },
        },
      }),
    ).applyForCharter;
    expect(applied).toMatchObject({ contact: null, company: null });
    await t.sweep();
    expect(t.smtp.to(contact).at(-1)!.text).toContain('Nous avons bien reçu la candidature de Fromagerie Lecoq');
    expect(t.smtp.to(FALLBACK).some((m) => m.text.includes(applied.id))).toBe(true);

    // Staff of Calvados list it and see the contact; staff of another department do not.
    const LIST = `{ charterApplications(status: PENDING) { edges { node { id contact { email } } } } }`;
    const listed = ok<{ charterApplications: { edges: { node: { id: string; contact: { email: string } } }[] } }>(
      await t.gql(LIST, {}, { token: coordinator }),
    ).charterApplications.edges.map((e) => e.node);
    expect(listed).toContainEqual({ id: applied.id, contact: { email: contact } });
    const manche = await t.token({ role: 'coordinator', departments: ['50'] });
    const elsewhere = ok<{ charterApplications: { edges: unknown[] } }>(await t.gql(LIST, {}, { token: manche }));
    expect(elsewhere.charterApplications.edges).toEqual([]);
    const refused = await t.gql(
      `mutation($id: ID!) { approveCharterApplication(id: $id) { id } }`,
      { id: applied.id },
      { token: manche },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Approved: the company is registered and its charter signed by the company and the agency today.
    const approved = ok<{
      approveCharterApplication: {
        status: string;
        company: { id: string; contactEmail: string };
        charter: { id: string; status: string; signatures: { party: string; signedOn: string | null }[] };
      };
    }>(
      await t.gql(
        `mutation($id: ID!) { approveCharterApplication(id: $id) { status company { id contactEmail }
          charter { id status signatures { party signedOn } } } }`,
        { id: applied.id },
        { token: coordinator },
      ),
    ).approveCharterApplication;
    const today = todayInParis(t.now());
    expect(approved).toMatchObject({
      status: 'APPROVED',
      company: { contactEmail: contact },
      charter: { status: 'ACTIVE' },
    });
    expect(approved.charter.signatures).toEqual([
      { party: 'COMPANY', signedOn: today },
      { party: 'AGENCY', signedOn: today },
      { party: 'REGION', signedOn: null },
    ]);
    const again = await t.gql(
      `mutation($id: ID!) { rejectCharterApplication(id: $id, reason: "Doublon") { id } }`,
      { id: applied.id },
      { token: coordinator },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    await t.sweep();
    expect(t.smtp.to(contact).at(-1)!.text).toContain('est acceptée');

    // The Région signs; once.
    const REGION = `mutation($id: ID!) { signCharterForRegion(id: $id) { signatures { party signedOn } } }`;
    expect(
      (await t.gql(REGION, { id: approved.charter.id }, { token: coordinator })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const signed = ok<{ signCharterForRegion: { signatures: { party: string; signedOn: string }[] } }>(
      await t.gql(REGION, { id: approved.charter.id }, { token: admin }),
    ).signCharterForRegion;
    expect(signed.signatures.at(-1)).toEqual({ party: 'REGION', signedOn: today });
    expect((await t.gql(REGION, { id: approved.charter.id }, { token: admin })).errors?.[0]?.extensions?.field).toBe(
      'id',
    );

    // The company publishes an offer; a busy period hides it from search.
    const companyId = approved.company.id;
    const company = await t.token({ role: 'company', company: companyId });
    const offerId = ok<{ publishImmersionOffer: { id: string } }>(
      await t.gql(
        'mutation($input: PublishImmersionOfferInput!) { publishImmersionOffer(input: $input) { id } }',
        {
          input: {
            companyId,
            romeCode: 'D1106',
            title: 'Découvrir l’affinage',
            places: 1,
            durationDays: 3,
            audiences: ['COLLEGE_PUPIL'],
          },
        },
        { token: company },
      ),
    ).publishImmersionOffer.id;
    const searchable = async () =>
      ok<{ immersionOffers: { edges: { node: { id: string } }[] } }>(
        await t.gql('query($c: ID!) { immersionOffers(filter: { companyId: $c }) { edges { node { id } } } }', {
          c: companyId,
        }),
      ).immersionOffers.edges.length;
    expect(await searchable()).toBe(1);
    const PROFILE = `mutation($input: UpdateCompanyProfileInput!) { updateCompanyProfile(input: $input) { unavailableUntil } }`;
    ok(
      await t.gql(
        PROFILE,
        { input: { companyId, unavailableFrom: today, unavailableUntil: addDays(today, 3) } },
        { token: company },
      ),
    );
    expect(await searchable()).toBe(0);
    ok(
      await t.gql(PROFILE, { input: { companyId, unavailableFrom: null, unavailableUntil: null } }, { token: company }),
    );
    expect(await searchable()).toBe(1);

    // A request left unanswered for 30 days expires; its place goes back, the requester is told.
    const pupil = address('louis');
    ok(
      await t.gql('mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }', {
        input: {
          offerId,
          requester: { firstName: 'Louis', lastName: 'Marie', email: pupil, category: 'LYCEE_PUPIL', minor: false },
        },
      }),
    );
    expect(await searchable()).toBe(0);
    t.travel(31);
    const round = await t.sweep();
    expect(round.expired).toBe(1);
    expect(t.smtp.to(pupil).at(-1)!.subject).toBe('Votre demande d’immersion n’a pas reçu de réponse');
    expect(await searchable()).toBe(1);
    const requests = ok<{ company: { immersionRequests: { edges: { node: { status: string } }[] } } }>(
      await t.gql(
        'query($id: ID!) { company(id: $id) { immersionRequests { edges { node { status } } } } }',
        { id: companyId },
        { token: company },
      ),
    ).company.immersionRequests.edges;
    expect(requests).toEqual([{ node: { status: 'EXPIRED' } }]);
  });

  it('purges the contact of a rejected application after six months and of one never reviewed after a year', async () => {
    const DAY = 86_400_000;
    const apply = async (name: string, email: string) =>
      ok<{ applyForCharter: { id: string } }>(
        await t.gql(APPLY, {
          input: {
            company: { name, communeCode: '14118' },
            commitments,
            contact: { name: 'Marc Durand', email, phone: '02 31 11 22 33' },
          },
        }),
      ).applyForCharter.id;
    const refusedContact = address('refusee');
    const staleContact = address('oubliee');
    const refused = await apply('Cidrerie Refusée', refusedContact);
    const stale = await apply('Cidrerie Oubliée', staleContact);
    ok(
      await t.gql(
        `mutation($id: ID!) { rejectCharterApplication(id: $id, reason: "Hors du territoire") { id } }`,
        { id: refused },
        { token: coordinator },
      ),
    );
    const EXPORT = 'query($e: String!) { dataSubject(email: $e) { companies } }';
    const exported = async (email: string) =>
      ok<{ dataSubject: { companies: { charterApplications: { id: string; contactPhone: string | null }[] } } }>(
        await t.gql(EXPORT, { e: email }, { token: admin }),
      ).dataSubject.companies.charterApplications;
    expect(await exported(refusedContact)).toMatchObject([{ id: refused, contactPhone: '02 31 11 22 33' }]);

    const purge = (days: number) => t.stack.purge(new Date(t.now().getTime() + days * DAY));
    expect((await purge(0)).charterApplications).toBe(0);
    expect((await purge(181)).charterApplications).toBe(1);
    expect(await exported(refusedContact)).toEqual([]);
    expect(await exported(staleContact)).toMatchObject([{ id: stale }]);
    const CONTACT = `query($id: ID!) { charterApplication(id: $id) { status contact { name email phone } } }`;
    const after = ok<{ charterApplication: { status: string; contact: { name: string; email: string; phone: null } } }>(
      await t.gql(CONTACT, { id: refused }, { token: coordinator }),
    ).charterApplication;
    expect(after.status).toBe('REJECTED');
    expect(after.contact).toMatchObject({ name: 'Effacé', phone: null });
    expect(after.contact.email).not.toContain('refusee');

    expect((await purge(366)).charterApplications).toBe(1);
    expect(await exported(staleContact)).toEqual([]);

    // The erasure covers an application too.
    const erasable = address('effacable');
    const erased = await apply('Cidrerie Effacée', erasable);
    ok(
      await t.gql(
        'mutation($e: String!) { eraseCompaniesPersonalData(email: $e) { recordsErased } }',
        { e: erasable },
        { token: admin },
      ),
    );
    expect(await exported(erasable)).toEqual([]);
    const gone = ok<{ charterApplication: { contact: { name: string } } }>(
      await t.gql(CONTACT, { id: erased }, { token: coordinator }),
    ).charterApplication;
    expect(gone.contact.name).toBe('Effacé');
  });
});
