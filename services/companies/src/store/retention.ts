import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { purgeWebhookEvents } from '@dm/shared/webhooks';
import { and, eq, inArray, isNull, lt, ne, or } from '@dm/shared/orm';
import {
  agreementSignatory,
  charterApplication,
  immersionAgreement,
  immersionRequest,
  outbox,
  webhookEvent,
} from '../db/schema.ts';
import { anonymisedApplicant, anonymisedBeneficiary, anonymisedGuardian, anonymisedRequester } from './personalData.ts';

/**
 * Anonymises immersion requesters a year after the answer (or the request, if never answered), agreements'
 * beneficiaries and guardians a year after the immersion, the contacts of charter applications rejected six
 * months ago or left unreviewed for a year, and drops old sent messages.
 */
export async function purgeCompanies(db: Database, now: Date) {
  const cutoff = olderThan(now, retention.immersionRequestsDays);
  const requests = await db
    .update(immersionRequest)
    .set(anonymisedRequester)
    .where(
      and(
        ne(immersionRequest.firstName, ERASED),
        or(
          lt(immersionRequest.answeredAt, cutoff),
          and(isNull(immersionRequest.answeredAt), lt(immersionRequest.createdAt, cutoff)),
        ),
      ),
    )
    .returning({ id: immersionRequest.id });
  // An agreement keeps its beneficiary and guardian a year after its last day.
  const agreements = await db
    .update(immersionAgreement)
    .set({ ...anonymisedBeneficiary, ...anonymisedGuardian })
    .where(
      and(
        ne(immersionAgreement.beneficiaryFirstName, ERASED),
        lt(immersionAgreement.endsOn, cutoff.toISOString().slice(0, 10)),
      ),
    )
    .returning({ id: immersionAgreement.id });
  if (agreements.length) {
    await db
      .update(agreementSignatory)
      .set({ name: ERASED, email: 'erased@erased.invalid', tokenHash: null })
      .where(
        and(
          inArray(
            agreementSignatory.agreementId,
            agreements.map((a) => a.id),
          ),
          inArray(agreementSignatory.party, ['BENEFICIARY', 'GUARDIAN']),
        ),
      );
  }
  // An application's contact serves its review: kept six months after a rejection (the company may ask why, or
  // apply again), a year when nobody reviewed it; an approved one's contact is the company's, kept with it.
  const applications = await db
    .update(charterApplication)
    .set(anonymisedApplicant)
    .where(
      and(
        ne(charterApplication.contactName, ERASED),
        or(
          and(
            eq(charterApplication.status, 'REJECTED'),
            lt(charterApplication.reviewedAt, olderThan(now, retention.rejectedCharterApplicationsDays)),
          ),
          and(
            eq(charterApplication.status, 'PENDING'),
            lt(charterApplication.createdAt, olderThan(now, retention.staleCharterApplicationsDays)),
          ),
        ),
      ),
    )
    .returning({ id: charterApplication.id });
  const sentMessages = await purgeSentMail(db, outbox, now);
  const webhookEvents = await purgeWebhookEvents(db, webhookEvent, now);
  return {
    immersionRequests: requests.length,
    immersionAgreements: agreements.length,
    charterApplications: applications.length,
    sentMessages,
    webhookEvents,
  };
}
