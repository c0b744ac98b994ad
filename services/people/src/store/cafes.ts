import { randomUUID } from 'node:crypto';
import {
  addDays,
  badInput,
  type Database,
  forbidden,
  keysetPage,
  newSecret,
  notFound,
  parisMidnight,
  requireId,
  secretMatches,
} from '@dm/shared';
import { enqueue } from '@dm/shared/mail';
import { and, eq, gt, gte, isNull, lt, type SQL, sql } from '@dm/shared/orm';
import { requireDepartment } from '@dm/shared/reference';
import { cafeRegistration, type CafeRegistrationRow, outbox, type ParentsCafeRow, parentsCafe } from '../db/schema.ts';
import { cafeRegistrationNotice } from '../mail/notices.ts';
import type { CafeRegistrationView } from '../mappers.ts';
import { assertCanRegisterForCafe, cafeRegistrationAttempt } from '../rules/cafes.ts';

export interface CafeFilter {
  department?: string | null;
  from?: string | null;
  to?: string | null;
  hasSeatsLeft?: boolean | null;
  updatedSince?: Date | string | null;
}

export async function listCafes(
  db: Database,
  filter: CafeFilter,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const conditions: SQL[] = [];
  if (filter.department)
    conditions.push(eq(parentsCafe.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('filter.to', 'to must not be before from');
  if (filter.from) conditions.push(gte(parentsCafe.startsAt, parisMidnight(filter.from)));
  if (filter.to) conditions.push(lt(parentsCafe.startsAt, parisMidnight(addDays(filter.to, 1))));
  if (filter.hasSeatsLeft)
    conditions.push(and(isNull(parentsCafe.cancelledAt), lt(parentsCafe.registeredCount, parentsCafe.capacity)) as SQL);
  const byChange = Boolean(filter.updatedSince);
  if (byChange) conditions.push(gt(parentsCafe.updatedAt, new Date(filter.updatedSince as string | Date)));
  return keysetPage<ParentsCafeRow>(db, parentsCafe, {
    where: and(...conditions),
    order: byChange ? [parentsCafe.updatedAt, parentsCafe.id] : [parentsCafe.startsAt, parentsCafe.id],
    keys: byChange ? ['updatedAt', 'id'] : ['startsAt', 'id'],
    first,
    after,
  });
}

export async function findCafe(db: Database, id: string, field: string): Promise<ParentsCafeRow> {
  const [row] = await db
    .select()
    .from(parentsCafe)
    .where(eq(parentsCafe.id, requireId(id, field)));
  if (!row) throw notFound("Parents' café", field);
  return row;
}

export interface CafeRegistered {
  /** The registration made, or, for an address already registered, a stand-in that names no record. */
  registration: CafeRegistrationView;
}

/**
 * Registers a parent under the café's row lock: never over capacity, whatever the concurrency. An
 * address already registered gets an answer like a new one (a stand-in: new id and token that name
 * nothing, no seat taken) and the parent is told by e-mail, in the same transaction (at most daily).
 */
export async function registerParent(
  db: Database,
  cafeId: string,
  parent: { firstName: string; lastName: string; email: string },
  now: Date,
  cafeUrl: (id: string) => string,
): Promise<CafeRegistered> {
  const emailKey = parent.email.toLowerCase();
  return db.transaction(async (tx) => {
    const [cafe] = await tx.select().from(parentsCafe).where(eq(parentsCafe.id, cafeId)).for('update');
    if (!cafe) throw notFound("Parents' café", 'input.cafeId');
    // Refused alike for every address: a full or past café says nothing about who registered.
    assertCanRegisterForCafe(cafe, now);
    const [existing] = await tx
      .select()
      .from(cafeRegistration)
      .where(and(eq(cafeRegistration.cafeId, cafeId), eq(cafeRegistration.emailKey, emailKey)));
    const attempt = cafeRegistrationAttempt(existing, now);
    const { token, hash } = newSecret();
    if (attempt.kind === 'KNOWN') {
      if (attempt.notify && existing) {
        await tx.update(cafeRegistration).set({ duplicateNoticeAt: now }).where(eq(cafeRegistration.id, existing.id));
        await enqueue(tx, outbox, [cafeRegistrationNotice(existing, cafe, now, cafeUrl)]);
      }
      return {
        registration: {
          ...parent,
          id: randomUUID(),
          cafeId,
          emailKey,
          status: 'REGISTERED',
          tokenHash: hash,
          createdAt: now,
          cancelledAt: null,
          duplicateNoticeAt: null,
          cancellationToken: token,
          standIn: true,
        },
      };
    }
    const values = { ...parent, emailKey, status: 'REGISTERED', tokenHash: hash, cancelledAt: null };
    const [row] =
      attempt.kind === 'AGAIN' && existing
        ? await tx.update(cafeRegistration).set(values).where(eq(cafeRegistration.id, existing.id)).returning()
        : await tx
            .insert(cafeRegistration)
            .values({ ...values, cafeId })
            .returning();
    await tx
      .update(parentsCafe)
      .set({ registeredCount: sql`${parentsCafe.registeredCount} + 1`, updatedAt: new Date() })
      .where(eq(parentsCafe.id, cafeId));
    return { registration: { ...(row as CafeRegistrationRow), cancellationToken: token } };
  });
}

export async function cancelParentRegistration(db: Database, id: string, token: string | null, byStaff: boolean) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(cafeRegistration)
      .where(eq(cafeRegistration.id, requireId(id, 'input.registrationId')));
    if (!current) throw notFound('Registration', 'input.registrationId');
    if (!byStaff && !(token && secretMatches(token, current.tokenHash))) {
      throw forbidden('The cancellation token does not match this registration');
    }
    await tx.select({ id: parentsCafe.id }).from(parentsCafe).where(eq(parentsCafe.id, current.cafeId)).for('update');
    const [fresh] = await tx.select().from(cafeRegistration).where(eq(cafeRegistration.id, current.id));
    if (!fresh || fresh.status === 'CANCELLED') return fresh as CafeRegistrationRow;
    const [cancelled] = await tx
      .update(cafeRegistration)
      .set({ status: 'CANCELLED', cancelledAt: new Date() })
      .where(eq(cafeRegistration.id, current.id))
      .returning();
    await tx
      .update(parentsCafe)
      .set({ registeredCount: sql`${parentsCafe.registeredCount} - 1`, updatedAt: new Date() })
      .where(eq(parentsCafe.id, current.cafeId));
    return cancelled as CafeRegistrationRow;
  });
}

export async function insertCafe(
  db: Database,
  values: Omit<typeof parentsCafe.$inferInsert, 'id'>,
): Promise<ParentsCafeRow> {
  const [row] = await db.insert(parentsCafe).values(values).returning();
  if (!row) throw new Error('café insert returned nothing');
  return row;
}

export async function cancelCafe(db: Database, cafe: ParentsCafeRow): Promise<ParentsCafeRow> {
  if (cafe.cancelledAt) return cafe;
  const [row] = await db
    .update(parentsCafe)
    .set({ cancelledAt: new Date(), updatedAt: new Date() })
    .where(eq(parentsCafe.id, cafe.id))
    .returning();
  return row as ParentsCafeRow;
}

export async function findCafeOfRegistration(db: Database, registrationId: string): Promise<ParentsCafeRow> {
  const [row] = await db
    .select({ cafe: parentsCafe })
    .from(cafeRegistration)
    .innerJoin(parentsCafe, eq(parentsCafe.id, cafeRegistration.cafeId))
    .where(eq(cafeRegistration.id, requireId(registrationId, 'input.registrationId')));
  if (!row) throw notFound('Registration', 'input.registrationId');
  return row.cafe;
}

/** A café's registrations by date, keyset-paginated (for staff). */
export const listCafeRegistrations = (db: Database, cafeId: string, first?: number | null, after?: string | null) =>
  keysetPage<CafeRegistrationRow>(db, cafeRegistration, {
    where: eq(cafeRegistration.cafeId, cafeId),
    order: [cafeRegistration.createdAt, cafeRegistration.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });
