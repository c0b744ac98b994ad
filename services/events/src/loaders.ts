import { byKeys, type Database, groupLoader, idLoader, keyList, rowsOf, validIds } from '@dm/shared';
import { and, asc, eq, getTableColumns, gte, isNull, lte, sql } from '@dm/shared/orm';
import type DataLoader from 'dataloader';
import { type EventRow, event, exhibitor, registration, speaker, standIn } from './db/schema.ts';

type Linked = EventRow & { ownerId: string };

/**
 * Events linked to companies (exhibitors) or ambassadors (speakers), at most `first` per owner, in one
 * query for every owner of the request: upcoming soonest first, then (unless `upcoming`) past ones,
 * latest first; cancelled ones only when `includeCancelled`. One prepared statement per kind of link,
 * `upcoming` and `includeCancelled`; `now` and `first` are parameters.
 */
function linkedEvents(db: Database, kind: 'company' | 'ambassador', upcoming: boolean, includeCancelled: boolean) {
  const link = kind === 'company' ? exhibitor : speaker;
  const owner = kind === 'company' ? exhibitor.companyId : speaker.ambassadorId;
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  const name = `events.${kind}_events_${upcoming ? 'upcoming' : 'all'}${includeCancelled ? '_with_cancelled' : ''}`;
  return byKeys(db, name, () => {
    const ended = sql`(${event.endSortAt} < ${now})`;
    const ranked = db
      .select({
        ...getTableColumns(event),
        ownerId: sql<string>`${owner}`.as('owner_id'),
        rank: sql<number>`row_number() over (partition by ${owner}
            order by ${ended}, case when not ${ended} then ${event.sortAt} end asc, ${event.sortAt} desc, ${event.id})`.as(
          'rank',
        ),
      })
      .from(event)
      .innerJoin(link, eq(link.eventId, event.id))
      .where(
        and(
          sql`${owner} = any(${keyList()})`,
          upcoming ? gte(event.endSortAt, now) : undefined,
          includeCancelled ? undefined : isNull(event.cancelledAt),
        ),
      )
      .as('ranked');
    return db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, sql`${sql.placeholder('first')}::int`))
      .orderBy(asc(ranked.rank));
  });
}

/** Per-request loaders: every entity reference and list relation of this subgraph goes through one. */
export function createLoaders(db: Database, now: Date) {
  const linked = new Map<string, DataLoader<string, Linked[]>>();
  const linkedLoader = (
    kind: 'company' | 'ambassador',
    upcoming: boolean,
    includeCancelled: boolean,
    first: number,
  ) => {
    const key = `${kind}:${upcoming}:${includeCancelled}:${first}`;
    let loader = linked.get(key);
    if (!loader) {
      const load = linkedEvents(db, kind, upcoming, includeCancelled);
      loader = groupLoader(
        async (ids: readonly string[]) =>
          (await load(validIds(ids), { now: now.toISOString(), first })) as unknown as Linked[],
        (row) => row.ownerId,
      );
      linked.set(key, loader);
    }
    return loader;
  };
  const events = rowsOf(db, 'events.events_by_id', event, event.id);
  const sessionsOf = rowsOf(db, 'events.sessions_by_parent', event, event.parentId, {
    order: [asc(event.sortAt), asc(event.id)],
  });
  const exhibitorsOf = rowsOf(db, 'events.exhibitors_by_event', exhibitor, exhibitor.eventId, {
    order: [asc(exhibitor.addedAt), asc(exhibitor.companyId)],
  });
  const speakersOf = rowsOf(db, 'events.speakers_by_event', speaker, speaker.eventId, {
    order: [asc(speaker.addedAt), asc(speaker.ambassadorId)],
  });
  // Registrations and the stand-ins answered to known addresses share the waitlist order, so that a place
  // in line never tells whether an address was known.
  const waitlistOf = byKeys(db, 'events.waitlist_by_event', () =>
    db
      .select({ id: registration.id, eventId: registration.eventId, seq: registration.waitlistSeq })
      .from(registration)
      .where(and(sql`${registration.eventId} = any(${keyList()})`, eq(registration.status, 'WAITLISTED')))
      .unionAll(
        db
          .select({ id: standIn.id, eventId: standIn.eventId, seq: standIn.waitlistSeq })
          .from(standIn)
          .where(and(sql`${standIn.eventId} = any(${keyList()})`, eq(standIn.status, 'WAITLISTED'))),
      )
      .orderBy(sql`3`),
  );
  return {
    /** Per-argument loaders of `Company.events` and `Ambassador.interventions`. */
    linked,
    event: idLoader(events),
    sessions: groupLoader(sessionsOf, (row) => row.parentId as string),
    exhibitors: groupLoader(exhibitorsOf, (row) => row.eventId),
    speakers: groupLoader(speakersOf, (row) => row.eventId),
    /** The waitlist of each event, in order: a registration's position is its index + 1. */
    waitlist: groupLoader(waitlistOf, (row) => row.eventId),
    eventsOfCompany: (upcoming: boolean, includeCancelled: boolean, first: number) =>
      linkedLoader('company', upcoming, includeCancelled, first),
    eventsOfAmbassador: (upcoming: boolean, includeCancelled: boolean, first: number) =>
      linkedLoader('ambassador', upcoming, includeCancelled, first),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
