import { readMailEnv } from '@dm/people';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { startTestSmtp } from '@dm/testing/smtp';
import { ownDatabase } from '@dm/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startLocalStack } from '../../../infra/src/stack.ts';

// Contact requests deliver real mail: this file starts its own stack (PGlite in memory, or a scratch
// PostgreSQL database) whose people subgraph sends to an SMTP server started here, and reads what arrives.
describe('contact requests, delivered by SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  const received = () => smtp.received.map((m) => ({ to: m.to, raw: `${m.subject}\n${m.text}` }));
  const secret = 'contact-mail-test-secret-contact-mail-test';
  let stack: Stack;
  let gql: ReturnType<typeof graphqlClient>;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const database = await ownDatabase('contact');
    dropDatabase = database.drop;
    const databaseUrl = database.url;
    smtp = await startTestSmtp();
    stack = await startLocalStack({
      databaseUrl,
      env: { AUTH_JWT_SECRET: secret },
      mailEnv: readMailEnv({
        SMTP_URL: smtp.url,
        MAIL_INTERVAL_MS: '3600000',
        CONTACT_CONFIRM_URL: 'https://destination-metier.example/demandes/confirmation/{id}',
      }),
    });
    gql = graphqlClient(stack.gatewayUrl);
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
    await dropDatabase?.();
  });

  const REQUEST = `mutation($input: RequestContactInput!) { requestContact(input: $input) { id status requesterName message } }`;
  const requester = (email: string) => ({ name: 'Inès Lycéenne', email, role: 'LYCEE_PUPIL', minor: false });
  const CONFIRM = 'mutation($token: String!) { confirmContactRequest(input: { token: $token }) { id emailConfirmed } }';
  /** The token of the last confirmation link mailed to an address. */
  const lastConfirmToken = (email: string) => {
    const links = smtp
      .to(email)
      .flatMap((m) => [...m.text.matchAll(/https:\/\/destination-metier\.example\/demandes\/confirmation\/(\S+)/g)]);
    expect(links.length).toBeGreaterThan(0);
    return decodeURIComponent(links.at(-1)![1]!);
  };
  /** Sends what is queued, then confirms the requester's address by the last link mailed to it. */
  async function confirmAddress(email: string) {
    await stack.peopleJobs.runOnce();
    const confirmed = await gql<{ confirmContactRequest: { emailConfirmed: boolean } }>(CONFIRM, {
      token: lastConfirmToken(email),
    });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmContactRequest.emailConfirmed).toBe(true);
  }

  async function newAmbassador(quota = 4) {
    const admin = await signBearerToken({ role: 'admin' }, secret);
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "legallais" }) { edges { node { id } } } }',
    );
    const email = `amb-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
    const made = await gql<{ registerAmbassador: { id: string } }>(
      `mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }`,
      {
        input: {
          firstName: 'Marc',
          lastName: 'Quincaillier',
          email,
          jobTitle: 'Vendeur conseil',
          romeCode: 'D1214',
          companyId: companies.data!.companies.edges[0]!.node.id,
          communeCode: '14327',
          interventionKinds: ['PHONE_CALL'],
          monthlyQuota: quota,
        },
      },
      { token: admin },
    );
    expect(made.errors).toBeUndefined();
    return { id: made.data!.registerAmbassador.id, email };
  }

  it('notifies the ambassador, relays the answer, and never shows one address to the other', async () => {
    const ambassador = await newAmbassador();
    const requesterEmail = `eleve-${Date.now()}@example.org`;
    const made = await gql<{
      requestContact: { id: string; status: string; requesterName: string | null; message: string | null };
    }>(REQUEST, {
      input: {
        ambassadorId: ambassador.id,
        requester: requester(requesterEmail),
        message: 'Bonjour, je voudrais découvrir la vente.',
      },
    });
    expect(made.errors).toBeUndefined();
    // The requester sees the request but not what the addressee sees.
    expect(made.data!.requestContact).toMatchObject({ status: 'PENDING', requesterName: null, message: null });
    // A second pending request to the same addressee is not sent; its answer looks like a new one's.
    const again = await gql<{ requestContact: { id: string; status: string } }>(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: requester(requesterEmail), message: 'Encore moi' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!.requestContact).toMatchObject({ status: 'PENDING', requesterName: null, message: null });
    expect(again.data!.requestContact.id).not.toBe(made.data!.requestContact.id);

    // Nothing reaches the ambassador before the requester confirms their address.
    await stack.peopleJobs.runOnce();
    expect(received().filter((m) => m.to.includes(ambassador.email))).toHaveLength(0);
    const asked = received().filter((m) => m.to.includes(requesterEmail));
    expect(asked.map((m) => m.raw.split('\n')[0])).toEqual([
      'Confirmez votre demande de mise en relation',
      'Votre demande de mise en relation est en attente de réponse',
    ]);
    expect(asked[1]!.raw).toContain('Votre adresse n’est pas encore confirmée');
    await confirmAddress(requesterEmail);
    await stack.peopleJobs.runOnce();
    const notices = received().filter((m) => m.to.includes(ambassador.email));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.raw).toContain('découvrir la vente');
    expect(notices[0]!.raw).not.toContain(requesterEmail);
    expect(notices[0]!.raw).not.toContain('Encore moi');
    // The requester was told, instead, that the first request is still pending.
    const pending = received().filter((m) => m.to.includes(requesterEmail) && m.raw.includes('en attente'));
    expect(pending).toHaveLength(1);
    expect(pending[0]!.raw).toContain('attend toujours sa réponse');
    expect(pending[0]!.raw).toContain('Bonjour, je voudrais découvrir la vente.');

    const ambassadorToken = await signBearerToken({ role: 'ambassador', person: ambassador.id }, secret);
    const inbox = await gql<{
      contactRequests: { edges: { node: { id: string; requesterName: string; message: string } }[] };
    }>(
      '{ contactRequests(filter: { status: PENDING }) { edges { node { id requesterName message } } } }',
      {},
      { token: ambassadorToken },
    );
    expect(inbox.data!.contactRequests.edges.map((e) => e.node)).toEqual([
      {
        id: made.data!.requestContact.id,
        requesterName: 'Inès Lycéenne',
        message: 'Bonjour, je voudrais découvrir la vente.',
      },
    ]);
    const ANSWER =
      'mutation($input: AnswerContactRequestInput!) { answerContactRequest(input: $input) { status answer } }';
    const other = await gql(
      ANSWER,
      { input: { requestId: made.data!.requestContact.id, message: 'Non' } },
      { token: await signBearerToken({ role: 'ambassador', person: '00000000-0000-4000-8000-000000000009' }, secret) },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answered = await gql(
      ANSWER,
      { input: { requestId: made.data!.requestContact.id, message: 'Avec plaisir : passez au magasin mardi.' } },
      { token: ambassadorToken },
    );
    expect(answered.data).toEqual({
      answerContactRequest: { status: 'ANSWERED', answer: 'Avec plaisir : passez au magasin mardi.' },
    });

    await stack.peopleJobs.runOnce();
    const relay = received().find((m) => m.to.includes(requesterEmail) && m.raw.includes('vous répond'))!;
    expect(relay.raw).toContain('passez au magasin mardi');
    expect(relay.raw).not.toContain(ambassador.email);

    const stats = await gql<{ ambassador: { responseRate: number; medianResponseHours: number } }>(
      'query($id: ID!) { ambassador(id: $id) { responseRate medianResponseHours } }',
      { id: ambassador.id },
    );
    expect(stats.data!.ambassador.responseRate).toBe(1);
    expect(stats.data!.ambassador.medianResponseHours).toBeGreaterThanOrEqual(0);
  });

  it('respects the monthly quota and guardian consent', async () => {
    const ambassador = await newAmbassador(1);
    const young = { ...requester(`young-${Date.now()}@example.org`), minor: true, birthDate: '2013-02-02' };
    const refused = await gql(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: young, message: 'Bonjour' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requester.guardianConsent',
    });
    const first = await gql(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: { ...young, guardianConsent: true }, message: 'Bonjour' },
    });
    expect(first.errors).toBeUndefined();
    const second = await gql(REQUEST, {
      input: {
        ambassadorId: ambassador.id,
        requester: requester(`other-${Date.now()}@example.org`),
        message: 'Bonjour',
      },
    });
    expect(second.errors?.[0]?.message).toMatch(/this month/);
    const found = await gql<{ ambassador: { active: boolean } }>('query($id: ID!) { ambassador(id: $id) { active } }', {
      id: ambassador.id,
    });
    expect(found.data!.ambassador.active).toBe(false);
    const search = await gql<{ ambassadors: { edges: { node: { id: string } }[] } }>(
      '{ ambassadors(filter: { search: "vendeur conseil" }, first: 100) { edges { node { id } } } }',
    );
    expect(search.data!.ambassadors.edges.map((e) => e.node.id)).not.toContain(ambassador.id);
  });

  it('reminds the addressee after 7 days and expires the request after 30, telling the requester', async () => {
    const ambassador = await newAmbassador();
    const requesterEmail = `patient-${Date.now()}@example.org`;
    await gql(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: requester(requesterEmail), message: 'Toujours là ?' },
    });
    await confirmAddress(requesterEmail);
    await stack.peopleJobs.runOnce();
    const day = 86_400_000;
    const before = received().length;
    const week = await stack.peopleJobs.runOnce(new Date(Date.now() + 8 * day));
    expect(week.reminded).toBeGreaterThanOrEqual(1);
    expect(
      received()
        .slice(before)
        .some((m) => m.to.includes(ambassador.email) && m.raw.includes('Rappel')),
    ).toBe(true);
    const month = await stack.peopleJobs.runOnce(new Date(Date.now() + 31 * day));
    expect(month.expired).toBeGreaterThanOrEqual(1);
    expect(received().some((m) => m.to.includes(requesterEmail) && m.raw.includes('30 jours'))).toBe(true);
  });

  it('reaches a company through its ambassadors', async () => {
    const ambassador = await newAmbassador();
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "legallais" }) { edges { node { id } } } }',
    );
    const asking = `co-${Date.now()}@example.org`;
    const made = await gql(REQUEST, {
      input: {
        companyId: companies.data!.companies.edges[0]!.node.id,
        requester: requester(asking),
        message: 'Stage de 3e ?',
      },
    });
    expect(made.errors).toBeUndefined();
    await confirmAddress(asking);
    await stack.peopleJobs.runOnce();
    expect(received().some((m) => m.to.includes(ambassador.email) && m.raw.includes('Stage de 3e'))).toBe(true);
  });

  it('holds the place in the quota 48 hours unconfirmed, then releases it; staff requests need no confirmation', async () => {
    const ambassador = await newAmbassador(1);
    const hour = 3_600_000;
    const fake = `fake-${Date.now()}@example.org`;
    const held = await gql<{ requestContact: { emailConfirmed: boolean; holdExpiresAt: string | null } }>(
      'mutation($input: RequestContactInput!) { requestContact(input: $input) { emailConfirmed holdExpiresAt } }',
      { input: { ambassadorId: ambassador.id, requester: requester(fake), message: 'Bonjour' } },
    );
    expect(held.data!.requestContact).toMatchObject({ emailConfirmed: false, holdExpiresAt: expect.any(String) });
    // The quota of one is taken while the hold lasts.
    const other = `other-${Date.now()}@example.org`;
    const refused = await gql(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: requester(other), message: 'Bonjour' },
    });
    expect(refused.errors?.[0]?.message).toMatch(/this month/);
    await stack.peopleJobs.runOnce(new Date(Date.now() + 47 * hour));
    const kept = await gql(REQUEST, {
      input: { ambassadorId: ambassador.id, requester: requester(other), message: 'Bonjour' },
    });
    expect(kept.errors?.[0]?.message).toMatch(/this month/);
    const round = await stack.peopleJobs.runOnce(new Date(Date.now() + 49 * hour));
    expect(round.released).toBeGreaterThanOrEqual(1);
    // Released: its link confirms nothing, and the place is free again; the ambassador never heard of it.
    const late = await gql(CONFIRM, { token: lastConfirmToken(fake) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    const staff = await signBearerToken({ role: 'admin', subject: 'admin:contact' }, secret);
    const byStaff = await gql<{ requestContact: { emailConfirmed: boolean; holdExpiresAt: string | null } }>(
      'mutation($input: RequestContactInput!) { requestContact(input: $input) { emailConfirmed holdExpiresAt } }',
      { input: { ambassadorId: ambassador.id, requester: requester(other), message: 'Via le CIO' } },
      { token: staff },
    );
    expect(byStaff.errors).toBeUndefined();
    expect(byStaff.data!.requestContact).toEqual({ emailConfirmed: true, holdExpiresAt: null });
    await stack.peopleJobs.runOnce();
    const notices = received().filter((m) => m.to.includes(ambassador.email));
    expect(notices.map((m) => m.raw)).toEqual([expect.stringContaining('Via le CIO')]);
    expect(smtp.to(other).filter((m) => m.subject.startsWith('Confirmez'))).toHaveLength(0);
    const confirmMail = smtp.to(fake).find((m) => m.subject.startsWith('Confirmez'))!;
    expect(confirmMail.text).toContain('Bonjour Inès Lycéenne,');
    expect(confirmMail.text).not.toMatch(/LYCEE_PUPIL|PENDING|@/);
  });
});
