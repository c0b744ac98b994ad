import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { and, inArray, isNotNull, lt, ne, or, sql } from '@dm/shared/orm';
import { ambassador, auditEntry, cafeRegistration, contactRequest, outbox, parentsCafe } from '../db/schema.ts';
import { MAX_ATTEMPTS } from '../mail/outbox.ts';
import { notErased } from './ambassadors.ts';
import { anonymised } from './personalData.ts';

/** Anonymises what the retention periods say is no longer needed, and drops old sent messages. */
export async function purgePeople(db: Database, now: Date) {
  const contactCutoff = olderThan(now, retention.contactRequestsDays);
  const requests = await db
    .update(contactRequest)
    .set(anonymised.requester)
    .where(
      and(
        ne(contactRequest.requesterName, ERASED),
        or(lt(contactRequest.answeredAt, contactCutoff), lt(contactRequest.expiredAt, contactCutoff)),
      ),
    )
    .returning({ id: contactRequest.id });
  const pastCafes = db
    .select({ id: parentsCafe.id })
    .from(parentsCafe)
    .where(
      or(
        lt(parentsCafe.endsAt, olderThan(now, retention.cafeParentsDays)),
        lt(parentsCafe.cancelledAt, olderThan(now, retention.cafeParentsDays)),
      ),
    );
  const parents = await db
    .update(cafeRegistration)
    .set(anonymised.parent)
    .where(and(inArray(cafeRegistration.cafeId, pastCafes), ne(cafeRegistration.firstName, ERASED)))
    .returning({ id: cafeRegistration.id });
  const ambassadors = await db
    .update(ambassador)
    .set(anonymised.ambassador)
    .where(and(lt(ambassador.deactivatedAt, olderThan(now, retention.deactivatedAmbassadorsDays)), notErased()))
    .returning({ id: ambassador.id });
  const messages = await db
    .delete(outbox)
    .where(
      or(
        and(isNotNull(outbox.sentAt), lt(outbox.sentAt, olderThan(now, retention.sentMessagesDays))),
        and(
          sql`${outbox.attempts} >= ${MAX_ATTEMPTS}`,
          lt(outbox.createdAt, olderThan(now, retention.sentMessagesDays)),
        ),
      ),
    )
    .returning({ id: outbox.id });
  const reads = await db
    .delete(auditEntry)
    .where(
      and(
        sql`${auditEntry.action} = 'READ_PERSONAL_DATA'`,
        lt(auditEntry.at, olderThan(now, retention.auditReadsDays)),
      ),
    )
    .returning({ id: auditEntry.id });
  return {
    contactRequests: requests.length,
    cafeParents: parents.length,
    ambassadors: ambassadors.length,
    sentMessages: messages.length,
    auditReads: reads.length,
  };
}
