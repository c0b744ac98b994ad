import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { and, inArray, isNotNull, lt, ne, or, sql } from '@dm/shared/orm';
import { ambassador, auditEntry, cafeRegistration, contactRequest, outbox, parentsCafe } from '../db/schema.ts';
import { MAX_ATTEMPTS } from '../mail/outbox.ts';

/** Anonymises what the retention periods say is no longer needed, and drops old sent messages. */
export async function purgePeople(db: Database, now: Date) {
  const contactCutoff = olderThan(now, retention.contactRequestsDays);
  const requests = await db
    .update(contactRequest)
    .set({
      requesterName: ERASED,
      requesterEmail: sql`'erased-' || ${contactRequest.id} || '@erased.invalid'`,
      requesterEmailKey: sql`'erased-' || ${contactRequest.id} || '@erased.invalid'`,
      message: '[effacé]',
      answer: sql`case when ${contactRequest.answer} is null then null else '[effacé]' end`,
    })
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
    .where(or(lt(parentsCafe.endsAt, olderThan(now, retention.cafeParentsDays)), lt(parentsCafe.cancelledAt, olderThan(now, retention.cafeParentsDays))));
  const parents = await db
    .update(cafeRegistration)
    .set({
      firstName: ERASED,
      lastName: ERASED,
      email: sql`'erased-' || ${cafeRegistration.id} || '@erased.invalid'`,
      emailKey: sql`'erased-' || ${cafeRegistration.id} || '@erased.invalid'`,
    })
    .where(and(inArray(cafeRegistration.cafeId, pastCafes), ne(cafeRegistration.firstName, ERASED)))
    .returning({ id: cafeRegistration.id });
  const ambassadors = await db
    .update(ambassador)
    .set({
      firstName: ERASED,
      lastName: ERASED,
      email: sql`'erased-' || ${ambassador.id} || '@erased.invalid'`,
      emailKey: sql`'erased-' || ${ambassador.id} || '@erased.invalid'`,
      phone: null,
      searchText: '',
    })
    .where(and(lt(ambassador.deactivatedAt, olderThan(now, retention.deactivatedAmbassadorsDays)), ne(ambassador.firstName, ERASED)))
    .returning({ id: ambassador.id });
  const messages = await db
    .delete(outbox)
    .where(
      or(
        and(isNotNull(outbox.sentAt), lt(outbox.sentAt, olderThan(now, retention.sentMessagesDays))),
        and(sql`${outbox.attempts} >= ${MAX_ATTEMPTS}`, lt(outbox.createdAt, olderThan(now, retention.sentMessagesDays))),
      ),
    )
    .returning({ id: outbox.id });
  const reads = await db
    .delete(auditEntry)
    .where(and(sql`${auditEntry.action} = 'READ_PERSONAL_DATA'`, lt(auditEntry.at, olderThan(now, retention.auditReadsDays))))
    .returning({ id: auditEntry.id });
  return {
    contactRequests: requests.length,
    cafeParents: parents.length,
    ambassadors: ambassadors.length,
    sentMessages: messages.length,
    auditReads: reads.length,
  };
}
