import { addDays, parisMidnight, todayInParis } from '@dm/shared';
import type { DatePrecision } from '../generated/resolvers.ts';

/** What changed in an event that its registrants must be told: its date or time, its place. */
export interface LogisticsChange {
  when: boolean;
  where: boolean;
}

interface Logistics {
  datePrecision: string;
  startsOn: string;
  endsOn: string;
  startsAt: Date | null;
  endsAt: Date | null;
  online: boolean;
  venueName: string | null;
  communeCode: string | null;
  url: string | null;
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Whether a change of an event concerns its registrants: another day, another time, another venue or
 * commune, another link to join online. Null when nothing of that changed (a new title, description or
 * capacity is not mailed).
 */
export function logisticsChange(before: Logistics, after: Logistics): LogisticsChange | null {
  const when =
    before.datePrecision !== after.datePrecision ||
    before.startsOn !== after.startsOn ||
    before.endsOn !== after.endsOn ||
    !sameInstant(before.startsAt, after.startsAt) ||
    !sameInstant(before.endsAt, after.endsAt);
  const where =
    before.online !== after.online ||
    before.venueName !== after.venueName ||
    before.communeCode !== after.communeCode ||
    (after.online && before.url !== after.url);
  return when || where ? { when, where } : null;
}

/**
 * The reminder of the day before: sent on the Paris day before the event's first day, to registrations
 * with a seat whose address was confirmed before that day began (one confirmed that same day has just
 * been mailed its ticket). An event whose exact date is not known yet is not reminded.
 */
export function reminderWindow(now: Date): { eventDay: string; confirmedBefore: Date } {
  const today = todayInParis(now);
  return { eventDay: addDays(today, 1), confirmedBefore: parisMidnight(today) };
}

/** Date precisions whose first day is known (a period's exact date is not). */
export const REMINDED_PRECISIONS: DatePrecision[] = ['DAY', 'TIME'];
