import { addDays, todayInParis } from '@dm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../src/pdf/textPdf.ts';
import { FALLBACK, type MailStack, ok, SITE, startMailStack } from './mail-stack.ts';

const AGREEMENT = `id status startsOn endsOn beneficiary { firstName email minor } guardian { name }
  tutor { name email } prescriber { organisation } signatories { party name signedAt }`;
const SIGN = `mutation($token: String!) { signImmersionAgreement(input: { token: $token }) { id status } }`;

type Agreement = {
  id: string;
  status: string;
  signatories: { party: string; name: string; signedAt: string | null }[];
};

// The whole path of an immersion as the people involved walk it: a pupil of 14 asks with her guardian's
// consent, the company is mailed and accepts, drafts the agreement; the four parties sign through their
// links, the agency validates, the agreement downloads as a PDF. Real mail, read from the SMTP server.
describe('an immersion agreement, from request to validation', () => {
  let t: MailStack;
  let admin: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;
  const birthDate = `${Number(todayInParis().slice(0, 4)) - 14}-01-15`;

  beforeAll(async () => {
    t = await startMailStack();
    admin = await t.token({ role: 'admin', subject: 'admin:test' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** The token of the newest signing link mailed to an address. */
  const linkTo = (email: string) => {
    const mails = t.smtp.to(email).filter((m) => m.subject.startsWith('Convention d’immersion à signer'));
    const match = new RegExp(`${SITE}/conventions/signer/(\\S+)`).exec(mails.at(-1)?.text ?? '');
    return match?.[1] as string;
  };

  it('walks a pupil of 14 from her request to a validated agreement and its PDF', async () => {
    const contact = address('atelier');
    const companyId = ok<{ registerCompany: { id: string } }>(
      await t.gql(
        'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }',
        { input: { name: 'Menuiserie Lebrun', siret: null, communeCode: '14118', contactEmail: contact } },
        { token: admin },
      ),
    ).registerCompany.id;
    const company = await t.token({ role: 'company', company: companyId, subject: 'company:lebrun' });
    // The company keeps the charter: hosting young people (the Immersions scheme) and a forum.
    ok(
      await t.gql(
        'mutation($input: SignCharterInput!) { signCharter(input: $input) { id } }',
        {
          input: {
            companyId,
            signedOn: todayInParis(t.now()),
            commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'FORUM' }],
          },
        },
        { token: admin },
      ),
    );
    const offerId = ok<{ publishImmersionOffer: { id: string } }>(
      await t.gql(
        'mutation($input: PublishImmersionOfferInput!) { publishImmersionOffer(input: $input) { id } }',
        {
          input: {
            companyId,
            romeCode: 'H2206',
            title: 'Découvrir la menuiserie',
            places: 2,
            durationDays: 5,
            audiences: ['COLLEGE_PUPIL'],
          },
        },
        { token: company },
      ),
    ).publishImmersionOffer.id;

    // The pupil asks, with her guardian's consent; the company is mailed a link to answer.
    const pupil = address('jade');
    const requestId = ok<{ requestImmersion: { id: string } }>(
      await t.gql('mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }', {
        input: {
          offerId,
          requester: {
            firstName: 'Jade',
            lastName: 'Morel',
            email: pupil,
            category: 'COLLEGE_PUPIL',
            minor: true,
            birthDate,
            guardianConsent: true,
          },
        },
      }),
    ).requestImmersion.id;
    await t.sweep();
    expect(t.smtp.to(contact).at(-1)!.text).toContain(`${SITE}/entreprise/demandes/${requestId}`);

    // The company accepts; the pupil is told.
    ok(
      await t.gql(
        'mutation($id: ID!) { answerImmersionRequest(input: { requestId: $id, accept: true }) { status } }',
        { id: requestId },
        { token: company },
      ),
    );
    await t.sweep();
    expect(t.smtp.to(pupil).at(-1)!.subject).toBe('Votre demande d’immersion a été acceptée');

    // The company drafts the agreement: the rules refuse dates beyond the offer and a minor without guardian.
    const startsOn = addDays(todayInParis(t.now()), 14);
    const terms = {
      startsOn,
      endsOn: addDays(startsOn, 4),
      schedule: 'Du lundi au vendredi, de 9 h à 12 h et de 13 h 30 à 16 h 30',
      objectives: 'Observer le débit, l’assemblage et la pose de menuiseries.',
      tutor: { name: 'Paul Lebrun', jobTitle: 'Chef d’atelier', email: address('paul') },
      prescriber: { organisation: 'Collège Jean Moulin', name: 'Anne Petit', email: address('anne') },
      guardian: { name: 'Claire Morel', email: address('claire') },
    };
    const DRAFT = `mutation($input: DraftImmersionAgreementInput!) { draftImmersionAgreement(input: $input) { ${AGREEMENT} } }`;
    const tooLong = await t.gql(
      DRAFT,
      { input: { requestId, ...terms, endsOn: addDays(startsOn, 5) } },
      { token: company },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const noGuardian = await t.gql(DRAFT, { input: { requestId, ...terms, guardian: null } }, { token: company });
    expect(noGuardian.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.guardian' });
    const draft = ok<{ draftImmersionAgreement: Agreement }>(
      await t.gql(DRAFT, { input: { requestId, ...terms } }, { token: company }),
    ).draftImmersionAgreement;
    expect(draft).toMatchObject({ status: 'DRAFT', beneficiary: { firstName: 'Jade', email: pupil, minor: true } });
    expect(draft.signatories).toEqual([]);

    // Strangers see nothing of it.
    const stranger = await t.gql(`query($id: ID!) { immersionAgreement(id: $id) { id } }`, { id: draft.id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Sent for signature: each party gets its own link, and no other person's address.
    const sent = ok<{ sendImmersionAgreementForSignature: Agreement }>(
      await t.gql(
        `mutation($id: ID!) { sendImmersionAgreementForSignature(id: $id) { ${AGREEMENT} } }`,
        { id: draft.id },
        { token: company },
      ),
    ).sendImmersionAgreementForSignature;
    expect(sent.status).toBe('READY_TO_SIGN');
    expect(sent.signatories.map((s) => s.party)).toEqual(['BENEFICIARY', 'GUARDIAN', 'COMPANY', 'PRESCRIBER']);
    await t.sweep();
    const parties = [pupil, terms.guardian.email, terms.tutor.email, terms.prescriber.email];
    for (const email of parties) {
      const [mail, ...more] = t.smtp.to(email).filter((m) => m.subject.startsWith('Convention d’immersion à signer'));
      expect(more).toEqual([]);
      expect(mail!.text).toContain('Menuiserie Lebrun');
      expect(mail!.text).not.toMatch(/BENEFICIARY|GUARDIAN|PRESCRIBER|READY_TO_SIGN/);
      for (const other of parties.filter((p) => p !== email)) expect(mail!.text).not.toContain(other);
    }

    // The pupil reads it through her link, and signs; a second use of the link is refused.
    const firstLink = linkTo(pupil);
    const read = ok<{ immersionAgreementToSign: { id: string; tutor: { name: string } } }>(
      await t.gql(`query($token: String!) { immersionAgreementToSign(token: $token) { id tutor { name } } }`, {
        token: firstLink,
      }),
    ).immersionAgreementToSign;
    expect(read).toEqual({ id: draft.id, tutor: { name: 'Paul Lebrun' } });
    expect(
      ok<{ signImmersionAgreement: Agreement }>(await t.gql(SIGN, { token: firstLink })).signImmersionAgreement.status,
    ).toBe('PARTIALLY_SIGNED');
    const twice = await t.gql(SIGN, { token: firstLink });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });

    // A change after the first signature voids it: everyone gets a new link, the old ones stop working.
    const changed = ok<{ updateImmersionAgreement: Agreement }>(
      await t.gql(
        `mutation($id: ID!, $input: ImmersionAgreementTermsInput!) { updateImmersionAgreement(id: $id, input: $input) { ${AGREEMENT} } }`,
        { id: draft.id, input: { ...terms, schedule: 'Du lundi au vendredi, de 8 h 30 à 12 h' } },
        { token: company },
      ),
    ).updateImmersionAgreement;
    expect(changed.status).toBe('READY_TO_SIGN');
    expect(changed.signatories.every((s) => s.signedAt === null)).toBe(true);
    await t.sweep();
    const stale = await t.gql(SIGN, { token: firstLink });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(linkTo(pupil)).not.toBe(firstLink);

    // The four parties sign through their new links: the agreement is SIGNED, the agency is told.
    const statuses: string[] = [];
    for (const email of parties) {
      statuses.push(
        ok<{ signImmersionAgreement: Agreement }>(await t.gql(SIGN, { token: linkTo(email) })).signImmersionAgreement
          .status,
      );
    }
    expect(statuses).toEqual(['PARTIALLY_SIGNED', 'PARTIALLY_SIGNED', 'PARTIALLY_SIGNED', 'SIGNED']);
    await t.sweep();
    expect(t.smtp.to(FALLBACK).some((m) => m.subject.startsWith('Convention d’immersion signée, à valider'))).toBe(
      true,
    );

    // Only agency staff validate it; the parties are told.
    const VALIDATE = `mutation($id: ID!) { validateImmersionAgreement(id: $id) { status } }`;
    const byCompany = await t.gql(VALIDATE, { id: draft.id }, { token: company });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await t.token({ role: 'coordinator', departments: ['14'], subject: 'coordinator:calvados' });
    expect(
      ok<{ validateImmersionAgreement: Agreement }>(await t.gql(VALIDATE, { id: draft.id }, { token: staff }))
        .validateImmersionAgreement.status,
    ).toBe('VALIDATED');
    await t.sweep();
    for (const email of parties) expect(t.smtp.to(email).at(-1)!.text).toContain('a été validée par l’agence');

    // After the last day, the tutor records the assessment through the link; the dashboard counts it.
    const ASSESS = `mutation($input: RecordImmersionAssessmentInput!) { recordImmersionAssessment(input: $input) {
      tookPlace hoursDone skillsObserved } }`;
    const assessment = {
      token: linkTo(terms.tutor.email),
      tookPlace: true,
      hoursDone: 30,
      skillsObserved: ['Lecture de plan', 'Ponçage'],
      comment: 'Très attentive.',
    };
    const early = await t.gql(ASSESS, { input: assessment });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agreementId' });
    t.travel(20);
    const byPupil = await t.gql(ASSESS, { input: { ...assessment, token: linkTo(pupil) } });
    expect(byPupil.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(
      ok<{ recordImmersionAssessment: unknown }>(await t.gql(ASSESS, { input: assessment })).recordImmersionAssessment,
    ).toEqual({
      tookPlace: true,
      hoursDone: 30,
      skillsObserved: ['Lecture de plan', 'Ponçage'],
    });
    const twiceAssessed = await t.gql(ASSESS, { input: assessment });
    expect(twiceAssessed.errors?.[0]?.extensions?.field).toBe('input.agreementId');
    const dashboard = ok<{ regionalDashboard: { immersions: Record<string, number> } }>(
      await t.gql(
        '{ regionalDashboard { immersions { agreementsValidated assessments tookPlace hoursDone } } }',
        {},
        { token: admin },
      ),
    ).regionalDashboard.immersions;
    expect(dashboard).toEqual({ agreementsValidated: 1, assessments: 1, tookPlace: 1, hoursDone: 30 });
    // The immersion that took place is an action of the charter's Immersions commitment, which is met; the forum
    // is still to come, so the charter's commitments are not all met.
    const charter = ok<{
      company: {
        charter: { commitmentsMet: boolean; commitments: { kind: string; met: boolean; actions: unknown[] }[] };
      };
    }>(
      await t.gql(
        'query($id: ID!) { company(id: $id) { charter { commitmentsMet commitments { kind met actions { occurredOn description participants } } } } }',
        { id: companyId },
      ),
    ).company.charter;
    expect(charter.commitmentsMet).toBe(false);
    expect(charter.commitments).toEqual([
      { kind: 'FORUM', met: false, actions: [] },
      {
        kind: 'IMMERSION_HOSTING',
        met: true,
        actions: [
          {
            occurredOn: terms.endsOn,
            description: 'Immersion accueillie : « Découvrir la menuiserie », 30 h',
            participants: 1,
          },
        ],
      },
    ]);
    const followUp = ok<{ regionalDashboard: { charters: Record<string, unknown> } }>(
      await t.gql(
        '{ regionalDashboard { charters { meetingCommitments actionsByKind { kind count } } } }',
        {},
        { token: admin },
      ),
    ).regionalDashboard.charters;
    expect(followUp).toEqual({ meetingCommitments: 0, actionsByKind: [{ kind: 'IMMERSION_HOSTING', count: 1 }] });

    // The PDF, for the company and for a party holding its link; nobody else.
    const pdfUrl = new URL(`/agreements/${draft.id}.pdf`, t.stack.gatewayUrl);
    const download = await fetch(pdfUrl, { headers: { authorization: `Bearer ${company}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await download.arrayBuffer())).join('\n');
    expect(text).toContain('Personne en immersion : Jade Morel');
    expect(text).toContain('Représentant légal : Claire Morel');
    expect(text).toContain("Entreprise d'accueil : Menuiserie Lebrun");
    expect(text).toContain('Prescripteur : Anne Petit, Collège Jean Moulin');
    expect(text.match(/signé le /g)).toHaveLength(4);
    expect(text).toContain("Validée par l'agence le");
    const viaLink = await fetch(`${pdfUrl}?token=${linkTo(terms.guardian.email)}`);
    expect(viaLink.status).toBe(200);
    expect((await fetch(pdfUrl)).status).toBe(403);

    // The pupil's data: her export holds the agreement, her erasure covers it.
    const exported = ok<{
      dataSubject: {
        companies: {
          immersionAgreements: { id: string }[];
          immersionAssessments: { agreementId: string; comment: string }[];
        };
      };
    }>(
      await t.gql(
        'query($email: String!) { dataSubject(email: $email) { companies } }',
        { email: pupil },
        { token: admin },
      ),
    ).dataSubject.companies;
    expect(exported.immersionAgreements.map((a) => a.id)).toEqual([draft.id]);
    expect(exported.immersionAssessments).toMatchObject([{ agreementId: draft.id, comment: 'Très attentive.' }]);
    ok(
      await t.gql(
        'mutation($email: String!) { eraseCompaniesPersonalData(email: $email) { recordsErased } }',
        { email: pupil },
        { token: admin },
      ),
    );
    const erased = ok<{ immersionAgreement: { beneficiary: { firstName: string; email: string } } }>(
      await t.gql(
        `query($id: ID!) { immersionAgreement(id: $id) { beneficiary { firstName email } } }`,
        { id: draft.id },
        { token: company },
      ),
    ).immersionAgreement;
    expect(erased.beneficiary.firstName).toBe('Effacé');
    expect(erased.beneficiary.email).not.toContain('jade');
    // The tutor's comment spoke of her: it went with her; the tutor's own export still holds the assessment.
    const tutorExport = ok<{ dataSubject: { companies: { immersionAssessments: { comment: string | null }[] } } }>(
      await t.gql(
        'query($email: String!) { dataSubject(email: $email) { companies } }',
        { email: terms.tutor.email },
        { token: admin },
      ),
    ).dataSubject.companies;
    expect(tutorExport.immersionAssessments).toMatchObject([{ comment: null }]);
  });
});
