import { type Database, groupLoader, rowLoader, validIds } from '@dm/shared';
import { and, asc, eq, getTableColumns, gte, inArray, lte, sql } from '@dm/shared/orm';
import type DataLoader from 'dataloader';
import { type EventRow, event, exhibitor, registration, speaker } from './db/schema.ts';

/**
 * Events linked to companies (exhibitors) or ambassadors (speakers), at most `first` per owner, in one
 * query for every owner of the request: upcoming soonest first, then (unless `upcoming`) past ones,
 * latest first.
 */
function linkedEvents(
  db: Database,
  link: typeof exhibitor | typeof speaker,
  upcoming: boolean,
  first: number,
  now: Date,
) {
  const owner = 'companyId' in link ? link.companyId : link.ambassadorId;
  return groupLoader(
    async (ids: readonly string[]) => {
      const valid = validIds(ids);
      if (valid.length === 0) return [];
      const ended = sql`(${event.endSortAt} < ${now.toISOString()}::timestamptz)`;
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
        .where(and(inArray(owner, valid), upcoming ? gte(event.endSortAt, now) : undefined))
        .as('ranked');
      return db.select().from(ranked).where(lte(ranked.rank, first)).orderBy(asc(ranked.rank));
    },
    (row) => row.ownerId,
  );
}

/** Per-request loaders: every entity reference and list relation of this subgraph goes through one. */
export function createLoaders(db: Database, now: Date) {
  const linked = new Map<string, DataLoader<string, (EventRow & { ownerId: string })[]>>();
  const linkedLoader = (kind: 'company' | 'ambassador', upcoming: boolean, first: number) => {
    const key = `${kind}:${upcoming}:${first}`;
    let loader = linked.get(key);
    if (!loader) {
      loader = linkedEvents(db, kind === 'company' ? exhibitor : speaker, upcoming, first, now);
      linked.set(key, loader);
    }
    return loader;
  };
  return {
    /** Per-argument loaders of `Company.events` and `Ambassador.interventions`. */
    linked,
    event: rowLoader(
      async (ids: readonly string[]) => {
        const valid = validIds(ids);
        return valid.length ? db.select().from(event).where(inArray(event.id, valid)) : [];
      },
      (row) => row.id,
    ),
    sessions: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(event)
          .where(inArray(event.parentId, [...ids]))
          .orderBy(asc(event.sortAt), asc(event.id)),
      (row) => row.parentId as string,
    ),
    exhibitors: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(exhibitor)
          .where(inArray(exhibitor.eventId, [...ids]))
          .orderBy(asc(exhibitor.addedAt), asc(exhibitor.companyId)),
      (row) => row.eventId,
    ),
    speakers: groupLoader(
      (ids: readonly string[]) =>
        db
          .select()
          .from(speaker)
          .where(inArray(speaker.eventId, [...ids]))
          .orderBy(asc(speaker.addedAt), asc(speaker.ambassadorId)),
      (row) => row.eventId,
    ),
    /** The waitlist of each event, in order: a registration's position is its index + 1. */
    waitlist: groupLoader(
      (ids: readonly string[]) =>
        db
          .select({ id: registration.id, eventId: registration.eventId })
          .from(registration)
          .where(and(inArray(registration.eventId, [...ids]), eq(registration.status, 'WAITLISTED')))
          .orderBy(asc(registration.waitlistSeq)),
      (row) => row.eventId,
    ),
    eventsOfCompany: (upcoming: boolean, first: number) => linkedLoader('company', upcoming, first),
    eventsOfAmbassador: (upcoming: boolean, first: number) => linkedLoader('ambassador', upcoming, first),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
