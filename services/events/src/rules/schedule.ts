import { addDays, badInput, parisMidnight, todayInParis } from '@dm/shared';

export { parisMidnight };

export type DatePrecision = 'TIME' | 'DAY' | 'PERIOD';
export type EventStatus = 'SCHEDULED' | 'CANCELLED' | 'COMPLETED';

/** Longest event or series accepted (a virtual fair or a thematic week may last weeks). */
export const MAX_DURATION_DAYS = 366;

export interface Schedule {
  startsAt: Date | null;
  endsAt: Date | null;
  startsOn: string;
  endsOn: string;
  datePrecision: DatePrecision;
  sortAt: Date;
  endSortAt: Date;
}

/** An event with known times: its days are the Paris days of its start and end. */
export function timedSchedule(startsAt: Date, endsAt: Date, field = 'input'): Schedule {
  if (!(endsAt > startsAt)) throw badInput(`${field}.endsAt`, 'endsAt must be after startsAt');
  const startsOn = todayInParis(startsAt);
  const endsOn = todayInParis(endsAt);
  if (addDays(startsOn, MAX_DURATION_DAYS) < endsOn)
    throw badInput(`${field}.endsAt`, `An event lasts at most ${MAX_DURATION_DAYS} days`);
  return { startsAt, endsAt, startsOn, endsOn, datePrecision: 'TIME', sortAt: startsAt, endSortAt: endsAt };
}

/** An event known by its days (DAY) or only by a window (PERIOD): no time is invented. */
export function daySchedule(startsOn: string, endsOn: string, precision: 'DAY' | 'PERIOD'): Schedule {
  if (endsOn < startsOn) throw new Error(`event ends (${endsOn}) before it starts (${startsOn})`);
  return {
    startsAt: null,
    endsAt: null,
    startsOn,
    endsOn,
    datePrecision: precision,
    sortAt: parisMidnight(startsOn),
    endSortAt: new Date(parisMidnight(addDays(endsOn, 1)).getTime() - 1),
  };
}

export interface EventState {
  cancelledAt: Date | null;
  endSortAt: Date;
}

export function eventStatus(event: EventState, now: Date): EventStatus {
  if (event.cancelledAt) return 'CANCELLED';
  if (event.endSortAt < now) return 'COMPLETED';
  return 'SCHEDULED';
}

/** A session belongs within its series' days, and series are one level deep. */
export function validateSession(
  parent: { parentId: string | null; startsOn: string; endsOn: string },
  session: Schedule,
) {
  if (parent.parentId) throw badInput('input.parentId', 'A session cannot have sessions of its own');
  if (session.startsOn < parent.startsOn || session.endsOn > parent.endsOn) {
    throw badInput(
      'input.startsAt',
      `A session takes place within its series (${parent.startsOn} to ${parent.endsOn})`,
    );
  }
}

/** An online event has a URL and no venue; any other event has a commune. */
export function validateWhere(where: {
  online: boolean;
  url: string | null;
  communeCode: string | null;
  venueName: string | null;
}) {
  if (where.online) {
    if (!where.url) throw badInput('input.url', 'An online event needs its url');
    if (where.communeCode || where.venueName) throw badInput('input.communeCode', 'An online event has no venue');
  } else if (!where.communeCode) {
    throw badInput('input.communeCode', 'An event on site needs the INSEE code of its commune');
  }
}

export function requireHttpUrl(value: string, field: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // refused below
  }
  throw badInput(field, 'This is not an http(s) URL');
}
