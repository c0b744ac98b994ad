import { readMailEnv } from '@dm/shared/mail';
import { signBearerToken } from '@dm/shared';
import { graphqlClient, shapeOf } from '@dm/testing';
import { startTestSmtp } from '@dm/testing/smtp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// The four public mutations that take an e-mail address answer a known address as they answer a new
// one, and tell the owner of the address by e-mail instead. This file starts its own stack (PGlite in
// memory) whose subgraphs send to an SMTP server started here, and reads what arrives.
describe.runIf(inject('database') === 'pglite')('public mutations never tell whether an address is known', () => {
  const secret = 'known-address-test-secret-known-address-test';
  const site = 'https://destination-metier.example';
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let stack: Stack;
  let gql: ReturnType<typeof graphqlClient>;
  let admin: string;
  let companyId: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    stack = await startLocalStack({
      seed: 'none',
      env: { AUTH_JWT_SECRET: secret },
      mailEnv: readMailEnv({
        SMTP_URL: smtp.url,
        MAIL_INTERVAL_MS: '3600000',
        EVENT_URL: `${site}/evenements/{id}`,
        IMMERSION_OFFER_URL: `${site}/immersions/{id}`,
        PARENTS_CAFE_URL: `${site}/cafes-des-parents/{id}`,
      }),
    });
    gql = graphqlClient(stack.gatewayUrl);
    admin = await signBearerToken({ role: 'admin' }, secret);
    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation { registerCompany(input: { name: "Boulangerie Témoin", communeCode: "14118" }) { id } }',
      {},
      { token: admin },
    );
    companyId = company.data!.registerCompany.id;
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
  });

  const ok = <T>(r: { data?: T | null; errors?: unknown[] }) => {
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  const sendAll = async () => {
    for (const sender of Object.values(stack.mail)) await sender.runOnce();
  };
  const inDays = (days: number, hour: number) => {
    const d = new Date(Date.now() + days * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };

  /**
   * A known address's answer against a new one's: the same fields and kinds, the `same` fields equal,
   * and none of the existing record's `details` (its id, token, dates, status...).
   */
  function expectLikeNew(
    known: Record<string, unknown>,
    fresh: Record<string, unknown>,
    same: string[],
    details: unknown[],
  ) {
    expect(shapeOf(known)).toEqual(shapeOf(fresh));
    for (const field of same) expect(known[field]).toEqual(fresh[field]);
    const text = JSON.stringify(known);
    for (const detail of details) {
      expect(detail).toEqual(expect.any(String));
      expect(text).not.toContain(detail);
    }
  }

  it('registerForEvent', async () => {
    const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) {
      id status position cancellationToken attended createdAt attendee { email } event { id } } }`;
    const ev = ok<{ createEvent: { id: string } }>(
      await gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        {
          input: {
            kind: 'FORUM',
            title: 'Forum des métiers de bouche',
            startsAt: inDays(12, 8),
            endsAt: inDays(12, 12),
            communeCode: '14118',
            venueName: 'Halle aux granges',
            capacity: 1,
            audiences: ['LYCEE_PUPIL'],
          },
        },
        { token: admin },
      ),
    ).createEvent;
    const attendee = (email: string, firstName = 'Lou') => ({
      eventId: ev.id,
      attendee: { firstName, lastName: 'Martin', email, category: 'LYCEE_PUPIL', minor: false },
    });
    type Registered = { registerForEvent: Record<string, unknown> & { id: string; cancellationToken: string } };
    ok(await gql(REGISTER, { input: attendee(address('seat')) }));
    const owner = address('lou');
    const existing = ok<Registered>(await gql(REGISTER, { input: attendee(owner) })).registerForEvent;
    expect(existing).toMatchObject({ status: 'WAITLISTED', position: 1 });

    const known = ok<Registered>(
      await gql(REGISTER, { input: attendee(owner.toUpperCase(), 'Intrus') }),
    ).registerForEvent;
    const fresh = ok<Registered>(await gql(REGISTER, { input: attendee(address('new')) })).registerForEvent;
    // The known address takes the next place in line as a new one does, held until released: the one
    // after it gets the place after.
    expect(known).toMatchObject({ status: 'WAITLISTED', position: 2, attended: null, attendee: null });
    expect(fresh).toMatchObject({ position: 3 });
    expectLikeNew(
      known,
      fresh,
      ['status', 'attended', 'attendee', 'event'],
      [existing.id, existing.cancellationToken, existing.createdAt],
    );

    await sendAll();
    // The owner's own registration asked them to confirm their address; the notice is the second mail.
    const notices = () => smtp.to(owner).filter((m) => !m.subject.startsWith('Confirmez'));
    const mails = notices();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Votre inscription : Forum des métiers de bouche');
    expect(mails[0]!.text).toContain('Bonjour Lou,');
    expect(mails[0]!.text).toContain('Lieu : Halle aux granges, Caen');
    expect(mails[0]!.text).toContain('sur liste d’attente, en position 1');
    expect(mails[0]!.text).toContain(`${site}/evenements/${ev.id}`);
    expect(mails[0]!.text).not.toMatch(/WAITLISTED|FORUM|Intrus|seat-|new-/);
    // What the owner needs to act: a link that cancels their registration, and one to confirm their address.
    expect(mails[0]!.text).toMatch(new RegExp(`/inscriptions/${existing.id}\\?annuler=`));
    expect(mails[0]!.text).toMatch(new RegExp(`/inscriptions/${existing.id}\\?confirmer=`));
    expect(smtp.to(address('new')).map((m) => m.subject)).toEqual([
      'Confirmez votre inscription : Forum des métiers de bouche',
    ]);

    // A second attempt within 24 hours sends no second mail.
    ok(await gql(REGISTER, { input: attendee(owner) }));
    await sendAll();
    expect(notices()).toHaveLength(1);
  });

  it('requestImmersion', async () => {
    const REQUEST = `mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) {
      id status createdAt answeredAt requester { email } message offer { id } } }`;
    const offer = ok<{ publishImmersionOffer: { id: string } }>(
      await gql(
        `mutation($c: ID!) { publishImmersionOffer(input: { companyId: $c, romeCode: "D1102", title: "Découvrir le fournil",
          places: 3, durationDays: 2, audiences: [COLLEGE_PUPIL] }) { id } }`,
        { c: companyId },
        { token: admin },
      ),
    ).publishImmersionOffer;
    const requester = (email: string, firstName = 'Camille') => ({
      offerId: offer.id,
      requester: { firstName, lastName: 'Martin', email, category: 'COLLEGE_PUPIL', minor: false },
      message: 'J’aimerais voir le pétrissage.',
    });
    type Requested = { requestImmersion: Record<string, unknown> & { id: string } };
    const owner = address('camille');
    const existing = ok<Requested>(await gql(REQUEST, { input: requester(owner) })).requestImmersion;
    const accepted = ok<{ answerImmersionRequest: { status: string; answeredAt: string } }>(
      await gql(
        'mutation($id: ID!) { answerImmersionRequest(input: { requestId: $id, accept: true }) { status answeredAt } }',
        { id: existing.id },
        { token: admin },
      ),
    ).answerImmersionRequest;
    expect(accepted.status).toBe('ACCEPTED');

    const known = ok<Requested>(await gql(REQUEST, { input: requester(owner, 'Intrus') })).requestImmersion;
    const fresh = ok<Requested>(await gql(REQUEST, { input: requester(address('other')) })).requestImmersion;
    expect(known).toMatchObject({ status: 'PENDING', answeredAt: null, requester: null, message: null });
    expectLikeNew(
      known,
      fresh,
      ['status', 'answeredAt', 'requester', 'message', 'offer'],
      [existing.id, existing.createdAt, accepted.status, accepted.answeredAt],
    );
    const places = await gql('query($id: ID!) { immersionOffer(id: $id) { remainingPlaces } }', { id: offer.id });
    expect(places.data).toEqual({ immersionOffer: { remainingPlaces: 1 } });

    await sendAll();
    // Beside the company's answer, which the requester is told of, one notice of the repeated request.
    const notices = () => smtp.to(owner).filter((m) => m.subject.startsWith('Votre demande d’immersion :'));
    expect(smtp.to(owner).filter((m) => m.subject === 'Votre demande d’immersion a été acceptée')).toHaveLength(1);
    const mails = notices();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Votre demande d’immersion : Découvrir le fournil');
    expect(mails[0]!.text).toContain('« Découvrir le fournil » chez Boulangerie Témoin');
    expect(mails[0]!.text).toContain('Votre demande : acceptée par l’entreprise le ');
    expect(mails[0]!.text).toContain(`${site}/immersions/${offer.id}`);
    expect(mails[0]!.text).not.toMatch(/ACCEPTED|PENDING|COLLEGE_PUPIL|Intrus|other-/);

    ok(await gql(REQUEST, { input: requester(owner) }));
    await sendAll();
    expect(notices()).toHaveLength(1);
  });

  it('registerForParentsCafe', async () => {
    const REGISTER = `mutation($input: RegisterForParentsCafeInput!) { registerForParentsCafe(input: $input) {
      id status cancellationToken parent { email } cafe { id } } }`;
    const cafe = ok<{ createParentsCafe: { id: string } }>(
      await gql(
        'mutation($s: DateTime!) { createParentsCafe(input: { title: "Après la 3e", startsAt: $s, communeCode: "27229", venueName: "Médiathèque", facilitatorName: "Conseillère" }) { id } }',
        { s: inDays(9, 17) },
        { token: admin },
      ),
    ).createParentsCafe;
    const parent = (email: string, firstName = 'Léa') => ({
      cafeId: cafe.id,
      parent: { firstName, lastName: 'Durand', email },
    });
    type Registered = { registerForParentsCafe: Record<string, unknown> & { id: string; cancellationToken: string } };
    const owner = address('lea');
    const existing = ok<Registered>(await gql(REGISTER, { input: parent(owner) })).registerForParentsCafe;
    const known = ok<Registered>(await gql(REGISTER, { input: parent(owner, 'Intrus') })).registerForParentsCafe;
    const fresh = ok<Registered>(await gql(REGISTER, { input: parent(address('parent')) })).registerForParentsCafe;
    expect(known).toMatchObject({ status: 'REGISTERED', parent: null });
    expectLikeNew(known, fresh, ['status', 'parent', 'cafe'], [existing.id, existing.cancellationToken]);

    await sendAll();
    const notices = () => smtp.to(owner).filter((m) => !m.subject.startsWith('Confirmez'));
    const mails = notices();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Votre inscription : Après la 3e');
    expect(mails[0]!.text).toContain('Bonjour Léa,');
    expect(mails[0]!.text).toContain('Lieu : Médiathèque, Évreux');
    expect(mails[0]!.text).toContain('Votre inscription : confirmée : une place vous est réservée.');
    expect(mails[0]!.text).toContain(`${site}/cafes-des-parents/${cafe.id}`);
    expect(mails[0]!.text).toMatch(new RegExp(`/inscriptions/${existing.id}\\?annuler=`));
    expect(mails[0]!.text).not.toMatch(/REGISTERED|CONFIRMED|OPEN|Intrus|parent-/);

    ok(await gql(REGISTER, { input: parent(owner) }));
    await sendAll();
    expect(notices()).toHaveLength(1);
  });

  it('requestContact', async () => {
    const REQUEST = `mutation($input: RequestContactInput!) { requestContact(input: $input) {
      id status createdAt answeredAt requesterName requesterRole message answer ambassador { id } company { id } } }`;
    const ambassadorEmail = address('marc');
    const ambassador = ok<{ registerAmbassador: { id: string } }>(
      await gql(
        'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
        {
          input: {
            firstName: 'Marc',
            lastName: 'Quincaillier',
            email: ambassadorEmail,
            jobTitle: 'Boulanger',
            romeCode: 'D1102',
            companyId,
            communeCode: '14118',
            interventionKinds: ['PHONE_CALL'],
            monthlyQuota: 10,
          },
        },
        { token: admin },
      ),
    ).registerAmbassador;
    const ask = (email: string, message: string) => ({
      ambassadorId: ambassador.id,
      requester: { name: 'Inès Lycéenne', email, role: 'LYCEE_PUPIL', minor: false },
      message,
    });
    type Requested = { requestContact: Record<string, unknown> & { id: string } };
    const owner = address('ines');
    const existing = ok<Requested>(
      await gql(REQUEST, { input: ask(owner, 'Bonjour, je voudrais découvrir le fournil.') }),
    ).requestContact;
    const known = ok<Requested>(
      await gql(REQUEST, { input: ask(owner.toUpperCase(), 'Un intrus écrit ceci.') }),
    ).requestContact;
    const fresh = ok<Requested>(
      await gql(REQUEST, { input: ask(address('eleve'), 'Une autre question.') }),
    ).requestContact;
    expect(known).toMatchObject({ status: 'PENDING', answeredAt: null, requesterName: null, message: null });
    expectLikeNew(
      known,
      fresh,
      ['status', 'answeredAt', 'requesterName', 'message', 'ambassador', 'company'],
      [existing.id, existing.createdAt],
    );

    await sendAll();
    // The owner was asked to confirm their address, then told (with a new link) that their request is pending.
    expect(smtp.to(owner).map((m) => m.subject)).toEqual([
      'Confirmez votre demande de mise en relation',
      'Votre demande de mise en relation est en attente de réponse',
    ]);
    const mails = smtp.to(owner).slice(1);
    expect(mails[0]!.text).toContain('avec Marc Q. (Boulanger)');
    expect(mails[0]!.text).toContain('Bonjour, je voudrais découvrir le fournil.');
    expect(mails[0]!.text).not.toMatch(/PENDING|LYCEE_PUPIL|intrus|Quincaillier/);
    expect(mails[0]!.text).not.toContain(ambassadorEmail);
    // Once both addresses are confirmed (by the last link each was mailed), the ambassador hears of the first
    // request and of the other requester's, not of the duplicate.
    expect(smtp.to(ambassadorEmail)).toHaveLength(0);
    for (const who of [owner, address('eleve')]) {
      const links = smtp.to(who).flatMap((m) => [...m.text.matchAll(/\/demandes\/confirmation\/(\S+)/g)]);
      ok(
        await gql('mutation($token: String!) { confirmContactRequest(input: { token: $token }) { id } }', {
          token: decodeURIComponent(links.at(-1)![1]!),
        }),
      );
    }
    await sendAll();
    const toAmbassador = smtp.to(ambassadorEmail);
    expect(toAmbassador).toHaveLength(2);
    expect(toAmbassador.map((m) => m.text).join('\n')).not.toContain('Un intrus écrit ceci.');

    ok(await gql(REQUEST, { input: ask(owner, 'Encore ?') }));
    await sendAll();
    expect(smtp.to(owner)).toHaveLength(2);
  });
});
