import { type Attempt, knownAddress } from '@dm/shared/mail';

/** An unanswered request is reminded to its addressee after 7 days and expires after 30. */
export const REMINDER_AFTER_DAYS = 7;
export const EXPIRY_AFTER_DAYS = 30;
const DAY = 86_400_000;

/**
 * The sweep's cutoffs (`store/contacts.ts#sweepContactRequests` applies them in SQL, to every request at
 * once): a pending request created before the first is reminded once, before the second it expires.
 */
export const reminderCutoff = (now: Date) => new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY);
export const expiryCutoff = (now: Date) => new Date(now.getTime() - EXPIRY_AFTER_DAYS * DAY);

/**
 * One pending request per requester and addressee: a second one records nothing, answers like a new
 * one, and (at most daily) tells the requester what they already asked. An answered or expired request
 * does not stop a new one.
 */
export function contactRequestAttempt(pending: { duplicateNoticeAt: Date | null } | undefined, now: Date): Attempt {
  return pending ? knownAddress(pending, now) : { kind: 'NEW' };
}
