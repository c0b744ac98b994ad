import { badInput, type Database, keysetPage, type Near, notFound, requireId } from '@dm/shared';
import { and, arrayContains, eq, exists, gte, inArray, isNull, lte, or, type SQL, sql } from '@dm/shared/orm';
import { centroidOf, requireCommune, requireDepartment } from '@dm/shared/reference';
import { type EventRow, event, exhibitor, speaker } from '../db/schema.ts';
import type { Audience, EventKind } from '../generated/resolvers.ts';
import type { MailLinks } from '../mail/notices.ts';
import { logisticsChange } from '../rules/notifications.ts';
import { mailCancellation, mailLogisticsChange } from './notifications.ts';
import { changeCapacity } from './registrations.ts';

export interface EventFilter {
  kinds?: EventKind[] | null;
  department?: string | null;
  communeCode?: string | null;
  from?: string | null;
  to?: string | null;
  audience?: Audience | null;
  companyId?: string | null;
  ambassadorId?: string | null;
  hasSeatsLeft?: boolean | null;
  includeSessions?: boolean | null;
  branchAgreementId?: string | null;
  near?: Near | null;
  updatedSince?: Date | string | null;
}

export function eventConditions(db: Database, filter: EventFilter, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (filter.kinds?.length) conditions.push(inArray(event.kind, filter.kinds));
  if (filter.department)
    conditions.push(eq(event.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.communeCode)
    conditions.push(eq(event.communeCode, requireCommune(filter.communeCode, 'filter.communeCode').code));
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('filter.to', 'to must not be before from');
  if (filter.from) conditions.push(gte(event.endsOn, filter.from));
  if (filter.to) conditions.push(lte(event.startsOn, filter.to));
  if (filter.audience) conditions.push(arrayContains(event.audiences, [filter.audience]));
  if (filter.companyId) {
    const companyId = requireId(filter.companyId, 'filter.companyId');
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(exhibitor)
          .where(and(eq(exhibitor.eventId, event.id), eq(exhibitor.companyId, companyId))),
      ),
    );
  }
  if (filter.ambassadorId) {
    const ambassadorId = requireId(filter.ambassadorId, 'filter.ambassadorId');
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(speaker)
          .where(and(eq(speaker.eventId, event.id), eq(speaker.ambassadorId, ambassadorId))),
      ),
    );
  }
  // Seats one can still take: not in a cancelled or ended event.
  if (filter.hasSeatsLeft)
    conditions.push(
      isNull(event.cancelledAt),
      gte(event.endSortAt, now),
      or(isNull(event.capacity), sql`${event.confirmedCount} < ${event.capacity}`) as SQL,
    );
  if (filter.includeSessions === false) conditions.push(isNull(event.parentId));
  if (filter.branchAgreementId) conditions.push(eq(event.branchAgreementId, filter.branchAgreementId));
  return conditions;
}

/** Events by start, nearest first (`orderBy: DISTANCE`, with `near`), or by last change for a change feed. */
export function listEvents(
  db: Database,
  filter: EventFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  now: Date,
  orderBy?: string | null,
) {
  return keysetPage<EventRow>(db, event, {
    where: and(...eventConditions(db, filter, now)),
    order: [event.sortAt, event.id],
    keys: ['sortAt', 'id'],
    changes: { since: filter.updatedSince, column: event.updatedAt, key: 'updatedAt' },
    distance: { latitude: event.latitude, longitude: event.longitude, near: filter.near, orderBy },
    first,
    after,
  });
}

export async function findEvent(db: Database, id: string, field: string): Promise<EventRow> {
  const [row] = await db
    .select()
    .from(event)
    .where(eq(event.id, requireId(id, field)));
  if (!row) throw notFound('Event', field);
  return row;
}

export type NewEvent = Omit<
  typeof event.$inferInsert,
  'id' | 'confirmedCount' | 'waitlistCount' | 'groupSeatsCount' | 'latitude' | 'longitude' | 'createdAt' | 'updatedAt'
>;

export async function insertEvent(db: Database, values: NewEvent): Promise<EventRow> {
  const [row] = await db
    .insert(event)
    .values({ ...values, ...centroidOf(values.communeCode) })
    .returning();
  if (!row) throw new Error('event insert returned nothing');
  return row;
}

/**
 * Changes an event in one transaction, under its lock: its capacity first (confirming waitlisted
 * registrations if seats were added), then its other columns; when its date, time or place changed, every
 * registrant is told in the same transaction.
 */
export async function updateEvent(
  db: Database,
  id: string,
  changes: Partial<typeof event.$inferInsert>,
  capacity: number | null | undefined,
  links: MailLinks,
): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(event).where(eq(event.id, id)).for('update');
    if (!before) throw notFound('Event', 'input.id');
    if (capacity !== undefined) await changeCapacity(tx, id, capacity, links);
    const [updated] = await tx
      .update(event)
      .set({
        ...changes,
        ...(changes.communeCode !== undefined ? centroidOf(changes.communeCode) : {}),
        updatedAt: new Date(),
      })
      .where(eq(event.id, id))
      .returning();
    const after = updated as EventRow;
    const change = logisticsChange(before, after);
    if (change) await mailLogisticsChange(tx, before, after, change, links);
    return after;
  });
}

/** The days of a series' sessions still taking place, to keep them within the series. */
export const sessionsOf = (db: Database, seriesId: string) =>
  db
    .select({ startsOn: event.startsOn, endsOn: event.endsOn })
    .from(event)
    .where(and(eq(event.parentId, seriesId), isNull(event.cancelledAt)));

/** Cancels an event and its sessions, in one statement; their registrants are told in the same transaction. */
export async function cancelEvent(db: Database, id: string, reason: string | null): Promise<EventRow> {
  const at = new Date();
  await db.transaction(async (tx) => {
    const cancelled = await tx
      .update(event)
      .set({ cancelledAt: at, cancellationReason: reason, updatedAt: at })
      .where(and(or(eq(event.id, id), eq(event.parentId, id)), isNull(event.cancelledAt)))
      .returning();
    await mailCancellation(tx, cancelled);
  });
  return findEvent(db, id, 'id');
}

/** Adds a company to the event once; adding it again changes nothing. */
export async function addExhibitor(db: Database, eventId: string, companyId: string) {
  await db.insert(exhibitor).values({ eventId, companyId }).onConflictDoNothing();
  await db.update(event).set({ updatedAt: new Date() }).where(eq(event.id, eventId));
}

export async function addSpeaker(db: Database, eventId: string, ambassadorId: string) {
  await db.insert(speaker).values({ eventId, ambassadorId }).onConflictDoNothing();
  await db.update(event).set({ updatedAt: new Date() }).where(eq(event.id, eventId));
}

/**
 * Forgets ambassadors whose personal data were erased: they no longer speak at any event (an erased
 * ambassador leaves no trace, not even an id in a list). The events changed, for the change feeds.
 */
export async function forgetSpeakers(db: Database, ambassadorIds: string[]): Promise<number> {
  if (ambassadorIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(speaker)
      .where(inArray(speaker.ambassadorId, ambassadorIds))
      .returning({ eventId: speaker.eventId });
    const events = [...new Set(removed.map((r) => r.eventId))];
    if (events.length) {
      await tx.update(event).set({ updatedAt: new Date() }).where(inArray(event.id, events));
    }
    return removed.length;
  });
}
