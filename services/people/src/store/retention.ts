import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { purgeWebhookEvents } from '@dm/shared/webhooks';
import { and, lt, ne, or } from '@dm/shared/orm';
import { ambassador, contactRequest, outbox, webhookEvent } from '../db/schema.ts';
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
  const ambassadors = await db
    .update(ambassador)
    .set(anonymised.ambassador)
    .where(and(lt(ambassador.deactivatedAt, olderThan(now, retention.deactivatedAmbassadorsDays)), notErased()))
    .returning({ id: ambassador.id });
  const sentMessages = await purgeSentMail(db, outbox, now);
  return {
    contactRequests: requests.length,
    ambassadors: ambassadors.length,
    sentMessages,
    webhookEvents: await purgeWebhookEvents(db, webhookEvent, now),
  };
}
