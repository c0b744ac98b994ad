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

/** A series spans every one of its sessions: changing its days must keep them all inside. */
export function validateSeriesSpan(series: Schedule, sessions: { startsOn: string; endsOn: string }[]) {
  if (sessions.length === 0) return;
  const first = sessions.map((s) => s.startsOn).sort()[0]!;
  const last = sessions
    .map((s) => s.endsOn)
    .sort()
    .at(-1)!;
  if (first < series.startsOn || last > series.endsOn) {
    throw badInput(
      'input.startsAt',
      `Its sessions run from ${first} to ${last}: the series must keep them within its days`,
    );
  }
}

/** An event is for at least one audience, each named once. */
export function validateAudiences<A extends string>(audiences: readonly A[], field = 'input.audiences'): A[] {
  if (audiences.length === 0) throw badInput(field, 'Name at least one audience');
  return [...new Set(audiences)];
}

/**
 * An online event has a URL and no venue; a hybrid one (on site and online at once) a commune and a URL; any
 * other event a commune, and no URL to join.
 */
export function validateWhere(where: {
  online: boolean;
  hybrid?: boolean;
  url: string | null;
  communeCode: string | null;
  venueName: string | null;
}) {
  if (where.online) {
    if (where.hybrid)
      throw badInput('input.hybrid', 'An online event is not hybrid: a hybrid event is held on site too');
    if (!where.url) throw badInput('input.url', 'An online event needs its url');
    if (where.communeCode || where.venueName) throw badInput('input.communeCode', 'An online event has no venue');
  } else if (!where.communeCode) {
    throw badInput('input.communeCode', 'An event on site needs the INSEE code of its commune');
  } else if (where.hybrid) {
    if (!where.url) throw badInput('input.url', 'A hybrid event needs the url to join it online');
  } else if (where.url) {
    throw badInput('input.url', 'An event on site has no url to join: make it online or hybrid, or leave the url out');
  }
}

/**
 * What an update changes of where an event is held: `hybrid` true needs a URL (given, or the event's), false
 * removes the URL of an event on site; a URL alone is refused for an event only on site. An online event stays
 * online.
 */
export function whereChanges(
  current: { online: boolean; hybrid: boolean; url: string | null },
  hybrid: boolean | null | undefined,
  url: string | null,
): { hybrid?: boolean; url?: string | null } {
  if (current.online) {
    if (hybrid) throw badInput('input.hybrid', 'An online event is not hybrid: a hybrid event is held on site too');
    return url ? { url } : {};
  }
  const nextHybrid = hybrid ?? current.hybrid;
  if (!nextHybrid) {
    if (url) throw badInput('input.url', 'An event on site has no url to join: make it hybrid, or leave the url out');
    return hybrid === false ? { hybrid: false, url: null } : {};
  }
  const nextUrl = url ?? current.url;
  if (!nextUrl) throw badInput('input.url', 'A hybrid event needs the url to join it online');
  return { hybrid: true, url: nextUrl };
}

/** A yearly event is numbered from its first edition (1 to 1,000); a one-off has no edition. */
export function validateRecurrence(recurrence: 'YEARLY' | null | undefined, edition: number | null | undefined) {
  if (!recurrence) {
    if (edition !== null && edition !== undefined)
      throw badInput('input.edition', 'Only a recurring event has an edition');
    return { recurrence: null, edition: null };
  }
  if (edition === null || edition === undefined || !Number.isInteger(edition) || edition < 1 || edition > 1000)
    throw badInput('input.edition', 'A yearly event needs its edition number, from 1');
  return { recurrence, edition };
}
