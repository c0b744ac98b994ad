import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eraseMail, mailTo } from '@dm/shared/mail';
import { eq, inArray, or, sql } from '@dm/shared/orm';
import {
  agreementSignatory,
  auditEntry,
  charterApplication,
  immersionAgreement,
  immersionAssessment,
  immersionRequest,
  outbox,
} from '../db/schema.ts';

/** What an immersion requester's record becomes once erased or past its retention period. */
export const anonymisedRequester = {
  firstName: ERASED,
  lastName: ERASED,
  email: erasedAddress(immersionRequest.id),
  emailKey: erasedAddress(immersionRequest.id),
  phone: null,
  birthDate: null,
  message: null,
};

/** What an agreement's beneficiary becomes once erased or past its retention period. */
export const anonymisedBeneficiary = {
  beneficiaryFirstName: ERASED,
  beneficiaryLastName: ERASED,
  beneficiaryEmail: erasedAddress(immersionAgreement.id),
  beneficiaryBirthDate: null,
};

/** What a charter application's contact becomes once erased or past its retention period. */
export const anonymisedApplicant = {
  contactName: ERASED,
  contactEmail: erasedAddress(charterApplication.id),
  contactPhone: null,
};

/** An agreement's guardian, erased. */
export const anonymisedGuardian = {
  guardianName: sql`case when ${immersionAgreement.guardianName} is null then null else ${ERASED} end`,
  guardianEmail: sql`case when ${immersionAgreement.guardianEmail} is null then null else ${erasedAddress(immersionAgreement.id)} end`,
};

const lowerIs = (column: Parameters<typeof sql>[1], email: string) => sql`lower(${column}) = ${email}`;

/** The agreements that name an address, as any party. */
const agreementsNaming = (email: string) =>
  or(
    lowerIs(immersionAgreement.beneficiaryEmail, email),
    lowerIs(immersionAgreement.guardianEmail, email),
    lowerIs(immersionAgreement.tutorEmail, email),
    lowerIs(immersionAgreement.prescriberEmail, email),
  );

/**
 * The personal data of the companies subgraph: immersion requesters, the parties of immersion agreements and
 * their assessments, the contacts of charter applications, and the messages queued to or about them.
 */
export const companiesPersonalData: PersonalDataOfSubgraph = {
  field: 'companies',
  eraseMutation: 'eraseCompaniesPersonalData',
  auditTable: auditEntry,
  async exportFor(db: Database, email: string) {
    const immersionRequests = await db
      .select({
        id: immersionRequest.id,
        offerId: immersionRequest.offerId,
        status: immersionRequest.status,
        firstName: immersionRequest.firstName,
        lastName: immersionRequest.lastName,
        email: immersionRequest.email,
        phone: immersionRequest.phone,
        category: immersionRequest.category,
        minor: immersionRequest.minor,
        birthDate: immersionRequest.birthDate,
        guardianConsent: immersionRequest.guardianConsent,
        message: immersionRequest.message,
        createdAt: immersionRequest.createdAt,
        answeredAt: immersionRequest.answeredAt,
      })
      .from(immersionRequest)
      .where(eq(immersionRequest.emailKey, email));
    const immersionAgreements = await db.select().from(immersionAgreement).where(agreementsNaming(email));
    // The assessment of an immersion speaks of its beneficiary and was written by its tutor: it goes with the
    // agreements the address is a party to.
    const immersionAssessments = immersionAgreements.length
      ? await db
          .select()
          .from(immersionAssessment)
          .where(
            inArray(
              immersionAssessment.agreementId,
              immersionAgreements.map((a) => a.id),
            ),
          )
      : [];
    const agreementSignatures = await db
      .select({
        agreementId: agreementSignatory.agreementId,
        party: agreementSignatory.party,
        name: agreementSignatory.name,
        email: agreementSignatory.email,
        linkSentAt: agreementSignatory.linkSentAt,
        signedAt: agreementSignatory.signedAt,
      })
      .from(agreementSignatory)
      .where(lowerIs(agreementSignatory.email, email));
    const charterApplications = await db
      .select()
      .from(charterApplication)
      .where(lowerIs(charterApplication.contactEmail, email));
    const messages = await mailTo(db, outbox, email);
    return {
      immersionRequests,
      immersionAgreements,
      immersionAssessments,
      agreementSignatures,
      charterApplications,
      messages,
    };
  },
  async eraseFor(db: Database, email: string) {
    const erased = await db
      .update(immersionRequest)
      .set(anonymisedRequester)
      .where(eq(immersionRequest.emailKey, email))
      .returning({ id: immersionRequest.id });
    // Each role an address holds in an agreement is erased: beneficiary, guardian, tutor, prescriber.
    const beneficiaries = await db
      .update(immersionAgreement)
      .set(anonymisedBeneficiary)
      .where(lowerIs(immersionAgreement.beneficiaryEmail, email))
      .returning({ id: immersionAgreement.id });
    const others = await db
      .update(immersionAgreement)
      .set({
        guardianName: sql`case when lower(${immersionAgreement.guardianEmail}) = ${email} then ${ERASED} else ${immersionAgreement.guardianName} end`,
        guardianEmail: sql`case when lower(${immersionAgreement.guardianEmail}) = ${email} then ${erasedAddress(immersionAgreement.id)} else ${immersionAgreement.guardianEmail} end`,
        tutorName: sql`case when lower(${immersionAgreement.tutorEmail}) = ${email} then ${ERASED} else ${immersionAgreement.tutorName} end`,
        tutorEmail: sql`case when lower(${immersionAgreement.tutorEmail}) = ${email} then ${erasedAddress(immersionAgreement.id)} else ${immersionAgreement.tutorEmail} end`,
        prescriberName: sql`case when lower(${immersionAgreement.prescriberEmail}) = ${email} then ${ERASED} else ${immersionAgreement.prescriberName} end`,
        prescriberEmail: sql`case when lower(${immersionAgreement.prescriberEmail}) = ${email} then ${erasedAddress(immersionAgreement.id)} else ${immersionAgreement.prescriberEmail} end`,
      })
      .where(agreementsNaming(email))
      .returning({ id: immersionAgreement.id });
    const signatories = await db
      .update(agreementSignatory)
      .set({ name: ERASED, email: erasedAddress(agreementSignatory.id), tokenHash: null })
      .where(
        or(
          lowerIs(agreementSignatory.email, email),
          beneficiaries.length
            ? sql`${agreementSignatory.party} = 'BENEFICIARY' and ${inArray(
                agreementSignatory.agreementId,
                beneficiaries.map((b) => b.id),
              )}`
            : undefined,
        ),
      )
      .returning({ id: agreementSignatory.id });
    // A tutor's comment may speak of the beneficiary: it goes with them.
    if (beneficiaries.length) {
      await db
        .update(immersionAssessment)
        .set({ comment: null })
        .where(
          inArray(
            immersionAssessment.agreementId,
            beneficiaries.map((b) => b.id),
          ),
        );
    }
    const applications = await db
      .update(charterApplication)
      .set(anonymisedApplicant)
      .where(lowerIs(charterApplication.contactEmail, email))
      .returning({ id: charterApplication.id });
    // Messages to the person, and messages about their requests and agreements (which quote them), go too.
    const mails = await eraseMail(db, outbox, email, [...erased.map((r) => r.id), ...beneficiaries.map((a) => a.id)]);
    return erased.length + beneficiaries.length + others.length + signatories.length + applications.length + mails;
  },
};
