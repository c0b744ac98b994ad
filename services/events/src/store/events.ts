import { badInput, type Database, keysetPage, notFound, requireId } from '@dm/shared';
import { and, arrayContains, eq, exists, gt, gte, inArray, isNull, lte, or, type SQL, sql } from '@dm/shared/orm';
import { requireCommune, requireDepartment } from '@dm/shared/reference';
import { type EventRow, event, exhibitor, speaker } from '../db/schema.ts';
import { changeCapacity } from './registrations.ts';

export interface EventFilter {
  kinds?: string[] | null;
  department?: string | null;
  communeCode?: string | null;
  from?: string | null;
  to?: string | null;
  audience?: string | null;
  companyId?: string | null;
  ambassadorId?: string | null;
  hasSeatsLeft?: boolean | null;
  includeSessions?: boolean | null;
  updatedSince?: Date | string | null;
}

export function eventConditions(db: Database, filter: EventFilter): SQL[] {
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
  if (filter.hasSeatsLeft)
    conditions.push(or(isNull(event.capacity), sql`${event.confirmedCount} < ${event.capacity}`) as SQL);
  if (filter.includeSessions === false) conditions.push(isNull(event.parentId));
  if (filter.updatedSince) conditions.push(gt(event.updatedAt, new Date(filter.updatedSince)));
  return conditions;
}

/** Events by start (or by last change for a change feed), keyset-paginated. */
export function listEvents(db: Database, filter: EventFilter, first?: number | null, after?: string | null) {
  const byChange = Boolean(filter.updatedSince);
  return keysetPage<EventRow>(db, event, {
    where: and(...eventConditions(db, filter)),
    order: byChange ? [event.updatedAt, event.id] : [event.sortAt, event.id],
    keys: byChange ? ['updatedAt', 'id'] : ['sortAt', 'id'],
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
  'id' | 'confirmedCount' | 'waitlistCount' | 'createdAt' | 'updatedAt'
>;

export async function insertEvent(db: Database, values: NewEvent): Promise<EventRow> {
  const [row] = await db.insert(event).values(values).returning();
  if (!row) throw new Error('event insert returned nothing');
  return row;
}

/**
 * Changes an event in one transaction: its capacity first (under the event's lock, confirming waitlisted
 * registrations if seats were added), then its other columns.
 */
export async function updateEvent(
  db: Database,
  id: string,
  changes: Partial<typeof event.$inferInsert>,
  capacity: number | null | undefined,
): Promise<EventRow> {
  return db.transaction(async (tx) => {
    if (capacity !== undefined) await changeCapacity(tx, id, capacity);
    const [updated] = await tx
      .update(event)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(event.id, id))
      .returning();
    return updated as EventRow;
  });
}

/** Cancels an event and its sessions, in one statement. */
export async function cancelEvent(db: Database, id: string, reason: string | null): Promise<EventRow> {
  const at = new Date();
  await db
    .update(event)
    .set({ cancelledAt: at, cancellationReason: reason, updatedAt: at })
    .where(and(or(eq(event.id, id), eq(event.parentId, id)), isNull(event.cancelledAt)));
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
