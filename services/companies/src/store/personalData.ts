import { type Database, ERASED, erasedAddress, type PersonalDataOfSubgraph } from '@dm/shared';
import { eraseMail, mailTo } from '@dm/shared/mail';
import { eq } from '@dm/shared/orm';
import { auditEntry, immersionRequest, outbox } from '../db/schema.ts';

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

/** The personal data of the companies subgraph: immersion requesters, and the messages queued about them. */
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
    const messages = await mailTo(db, outbox, email);
    return { immersionRequests, messages };
  },
  async eraseFor(db: Database, email: string) {
    const erased = await db
      .update(immersionRequest)
      .set(anonymisedRequester)
      .where(eq(immersionRequest.emailKey, email))
      .returning({ id: immersionRequest.id });
    // Messages to the person, and messages about their requests (which quote them), go too.
    const mails = await eraseMail(
      db,
      outbox,
      email,
      erased.map((r) => r.id),
    );
    return erased.length + mails;
  },
};
