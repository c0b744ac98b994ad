import {
  addDays,
  badInput,
  type Database,
  keysetPage,
  type Near,
  notFound,
  parisMidnight,
  requireId,
} from '@dm/shared';
import { and, eq, gte, isNull, lt, type SQL, sql } from '@dm/shared/orm';
import { requireDepartment } from '@dm/shared/reference';
import { type EventRow, event, registration } from '../db/schema.ts';
import { PARENTS_CAFE } from '../rules/cafes.ts';

export interface CafeFilter {
  department?: string | null;
  from?: string | null;
  to?: string | null;
  hasSeatsLeft?: boolean | null;
  near?: Near | null;
  updatedSince?: Date | string | null;
}

/** Parents' cafés (events of kind PARENTS_CAFE) in the order and with the filter of the café operations. */
export function listCafes(
  db: Database,
  filter: CafeFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  orderBy?: string | null,
) {
  const conditions: SQL[] = [eq(event.kind, PARENTS_CAFE)];
  if (filter.department)
    conditions.push(eq(event.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('filter.to', 'to must not be before from');
  if (filter.from) conditions.push(gte(event.sortAt, parisMidnight(filter.from)));
  if (filter.to) conditions.push(lt(event.sortAt, parisMidnight(addDays(filter.to, 1))));
  if (filter.hasSeatsLeft)
    conditions.push(
      and(isNull(event.cancelledAt), sql`${event.confirmedCount} < coalesce(${event.capacity}, 20)`) as SQL,
    );
  return keysetPage<EventRow>(db, event, {
    where: and(...conditions),
    order: [event.sortAt, event.id],
    keys: ['sortAt', 'id'],
    changes: { since: filter.updatedSince, column: event.updatedAt, key: 'updatedAt' },
    distance: { latitude: event.latitude, longitude: event.longitude, near: filter.near, orderBy },
    first,
    after,
  });
}

/** A parents' café by id: an event of that kind; NOT_FOUND for any other. */
export async function findCafe(db: Database, id: string, field: string): Promise<EventRow> {
  const [row] = await db
    .select()
    .from(event)
    .where(and(eq(event.id, requireId(id, field)), eq(event.kind, PARENTS_CAFE)));
  if (!row) throw notFound("Parents' café", field);
  return row;
}

/** The café a registration belongs to; NOT_FOUND when it is not a café's. */
export async function findCafeOfRegistration(db: Database, registrationId: string, field: string): Promise<EventRow> {
  const [row] = await db
    .select({ cafe: event })
    .from(registration)
    .innerJoin(event, eq(event.id, registration.eventId))
    .where(and(eq(registration.id, requireId(registrationId, field)), eq(event.kind, PARENTS_CAFE)));
  if (!row) throw notFound('Registration', field);
  return row.cafe;
}
