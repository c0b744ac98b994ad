import { type Database, ERASED, olderThan, retention } from '@dm/shared';
import { purgeSentMail } from '@dm/shared/mail';
import { purgeWebhookEvents } from '@dm/shared/webhooks';
import { and, isNull, lt, ne, or } from '@dm/shared/orm';
import { immersionRequest, outbox, webhookEvent } from '../db/schema.ts';
import { anonymisedRequester } from './personalData.ts';

/**
 * Anonymises immersion requesters a year after the answer (or the request, if never answered), and drops
 * old sent messages.
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
  const sentMessages = await purgeSentMail(db, outbox, now);
  const webhookEvents = await purgeWebhookEvents(db, webhookEvent, now);
  return { immersionRequests: requests.length, sentMessages, webhookEvents };
}
