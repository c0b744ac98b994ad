import { type Attempt, knownAddress } from '@dm/shared/mail';

/** An unanswered request is reminded to its addressee after 7 days and expires after 30. */
export const REMINDER_AFTER_DAYS = 7;
export const EXPIRY_AFTER_DAYS = 30;
const DAY = 86_400_000;

export interface PendingRequest {
  status: string;
  createdAt: Date;
  remindedAt: Date | null;
}

/** What the sweep does with a request now: remind it, expire it, or nothing. */
export function sweepAction(request: PendingRequest, now: Date): 'remind' | 'expire' | null {
  if (request.status !== 'PENDING') return null;
  const age = now.getTime() - request.createdAt.getTime();
  if (age >= EXPIRY_AFTER_DAYS * DAY) return 'expire';
  if (age >= REMINDER_AFTER_DAYS * DAY && !request.remindedAt) return 'remind';
  return null;
}

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
