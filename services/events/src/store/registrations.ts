import { randomUUID } from 'node:crypto';
import { type Database, forbidden, keysetPage, notFound, requireId, type Transaction } from '@dm/shared';
import { enqueue } from '@dm/shared/mail';
import { and, asc, eq, inArray, lt, sql } from '@dm/shared/orm';
import { type EventRow, event, outbox, type RegistrationRow, registration } from '../db/schema.ts';
import { registrationNotice } from '../mail/notices.ts';
import type { RegistrationView } from '../mappers.ts';
import {
  assertCanRecordAttendance,
  assertCanRegister,
  capacityChange,
  newCancellationToken,
  newcomerPlace,
  registrationAttempt,
  seatFor,
  tokenMatches,
} from '../rules/registration.ts';

export interface Attendee {
  firstName: string;
  lastName: string;
  email: string;
  category: string;
  minor: boolean;
  birthDate: string | null;
  guardianConsent: boolean;
}

/** Locks the event row: every change to its seats and waitlist happens one at a time per event. */
async function lockEvent(tx: Transaction, id: string, field: string): Promise<EventRow> {
  const [row] = await tx.select().from(event).where(eq(event.id, id)).for('update');
  if (!row) throw notFound('Event', field);
  return row;
}

async function nextWaitlistSeq(tx: Transaction, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ seq: sql<number>`coalesce(max(${registration.waitlistSeq}), 0) + 1` })
    .from(registration)
    .where(eq(registration.eventId, eventId));
  return Number(row?.seq ?? 1);
}

/**
 * Confirms the first `howMany` waitlisted registrations, in waitlist order, inside the caller's
 * transaction (the event row is already locked).
 */
async function promote(tx: Transaction, locked: EventRow, howMany: number): Promise<void> {
  if (howMany <= 0) return;
  const next = await tx
    .select({ id: registration.id })
    .from(registration)
    .where(and(eq(registration.eventId, locked.id), eq(registration.status, 'WAITLISTED')))
    .orderBy(asc(registration.waitlistSeq))
    .limit(howMany);
  if (next.length === 0) return;
  const at = new Date();
  await tx
    .update(registration)
    .set({ status: 'CONFIRMED', waitlistSeq: null, updatedAt: at })
    .where(
      inArray(
        registration.id,
        next.map((r) => r.id),
      ),
    );
  await tx
    .update(event)
    .set({
      confirmedCount: sql`${event.confirmedCount} + ${next.length}`,
      waitlistCount: sql`${event.waitlistCount} - ${next.length}`,
      updatedAt: at,
    })
    .where(eq(event.id, locked.id));
}

export interface Registered {
  /**
   * The registration made (with its cancellation token), or, for an address already registered, a
   * stand-in that names no record.
   */
  registration: RegistrationView;
}

/**
 * Registers under the event's row lock: a seat while one is left, the waitlist after. Never oversells,
 * whatever the number of concurrent requests. An address already registered gets an answer like a new
 * one (a stand-in: new id and token that name nothing, the seat or waitlist place a new one would get,
 * nothing taken) and the attendee is told by e-mail, in the same transaction (at most daily).
 */
export async function register(
  db: Database,
  eventId: string,
  attendee: Attendee,
  now: Date,
  eventUrl: (id: string) => string,
): Promise<Registered> {
  const emailKey = attendee.email.toLowerCase();
  return db.transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId, 'input.eventId');
    // Refused alike for every address: a closed or past event says nothing about who registered.
    assertCanRegister(locked, now);
    const [existing] = await tx
      .select()
      .from(registration)
      .where(and(eq(registration.eventId, eventId), eq(registration.emailKey, emailKey)));
    const attempt = registrationAttempt(existing, now);
    const { token, hash } = newCancellationToken();

    if (attempt.kind === 'KNOWN') {
      if (attempt.notify && existing) {
        await tx.update(registration).set({ duplicateNoticeAt: now }).where(eq(registration.id, existing.id));
        await enqueue(tx, outbox, [
          registrationNotice(existing, locked, await waitlistPosition(tx, existing), eventUrl),
        ]);
      }
      const place = newcomerPlace(locked);
      return {
        registration: {
          ...attendee,
          id: randomUUID(),
          eventId,
          emailKey,
          status: place.status,
          waitlistSeq: null,
          tokenHash: hash,
          attended: null,
          createdAt: now,
          updatedAt: now,
          cancelledAt: null,
          duplicateNoticeAt: null,
          cancellationToken: token,
          standIn: { position: place.position },
        },
      };
    }

    const status = seatFor(locked);
    const waitlistSeq = status === 'WAITLISTED' ? await nextWaitlistSeq(tx, eventId) : null;
    const values = {
      ...attendee,
      emailKey,
      status,
      waitlistSeq,
      tokenHash: hash,
      cancelledAt: null,
      attended: null,
      updatedAt: new Date(),
    };
    const [row] =
      attempt.kind === 'AGAIN' && existing
        ? await tx.update(registration).set(values).where(eq(registration.id, existing.id)).returning()
        : await tx
            .insert(registration)
            .values({ ...values, eventId })
            .returning();
    await tx
      .update(event)
      .set(
        status === 'CONFIRMED'
          ? { confirmedCount: sql`${event.confirmedCount} + 1`, updatedAt: new Date() }
          : { waitlistCount: sql`${event.waitlistCount} + 1`, updatedAt: new Date() },
      )
      .where(eq(event.id, eventId));
    return { registration: { ...(row as RegistrationRow), cancellationToken: token } };
  });
}

/** A waitlisted registration's place in line (1 is next); null for any other. */
async function waitlistPosition(tx: Transaction, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'WAITLISTED' || row.waitlistSeq === null) return null;
  const [ahead] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(registration)
    .where(
      and(
        eq(registration.eventId, row.eventId),
        eq(registration.status, 'WAITLISTED'),
        lt(registration.waitlistSeq, row.waitlistSeq),
      ),
    );
  return Number(ahead?.n ?? 0) + 1;
}

export async function findRegistration(db: Database, id: string, field: string) {
  const [row] = await db
    .select()
    .from(registration)
    .where(eq(registration.id, requireId(id, field)));
  if (!row) throw notFound('Registration', field);
  return row;
}

/**
 * Cancels with the registrant's token (or as staff, `byStaff`); a freed seat goes to the first on the
 * waitlist in the same transaction.
 */
export async function cancelRegistration(
  db: Database,
  id: string,
  token: string | null,
  byStaff: boolean,
): Promise<RegistrationRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(registration).where(eq(registration.id, id));
    if (!current) throw notFound('Registration', 'input.registrationId');
    if (!byStaff && !(token && tokenMatches(token, current.tokenHash))) {
      throw forbidden('The cancellation token does not match this registration');
    }
    const locked = await lockEvent(tx, current.eventId, 'input.registrationId');
    // Re-read under the lock: a concurrent cancel or promotion may have changed it.
    const [fresh] = await tx.select().from(registration).where(eq(registration.id, id));
    if (!fresh || fresh.status === 'CANCELLED') return fresh as RegistrationRow;
    const at = new Date();
    const [cancelled] = await tx
      .update(registration)
      .set({ status: 'CANCELLED', waitlistSeq: null, cancelledAt: at, updatedAt: at })
      .where(eq(registration.id, id))
      .returning();
    await tx
      .update(event)
      .set(
        fresh.status === 'CONFIRMED'
          ? { confirmedCount: sql`${event.confirmedCount} - 1`, updatedAt: at }
          : { waitlistCount: sql`${event.waitlistCount} - 1`, updatedAt: at },
      )
      .where(eq(event.id, locked.id));
    if (fresh.status === 'CONFIRMED') await promote(tx, { ...locked, confirmedCount: locked.confirmedCount - 1 }, 1);
    return cancelled as RegistrationRow;
  });
}

/** Changes an event's capacity under its lock, confirming waitlisted registrations if seats were added. */
export async function changeCapacity(tx: Transaction, eventId: string, capacity: number | null) {
  const locked = await lockEvent(tx, eventId, 'input.id');
  const toPromote = capacityChange(capacity, locked.confirmedCount, locked.waitlistCount);
  await tx.update(event).set({ capacity, updatedAt: new Date() }).where(eq(event.id, eventId));
  await promote(tx, { ...locked, capacity }, toPromote);
}

export async function recordAttendance(db: Database, ev: EventRow, ids: string[], attended: boolean, now: Date) {
  assertCanRecordAttendance(ev, now);
  return db
    .update(registration)
    .set({ attended, updatedAt: new Date() })
    .where(and(eq(registration.eventId, ev.id), eq(registration.status, 'CONFIRMED'), inArray(registration.id, ids)))
    .returning();
}

/** An event's registrations by date, keyset-paginated (for the staff who manage it). */
export const listRegistrations = (
  db: Database,
  eventId: string,
  status: string | null,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<RegistrationRow>(db, registration, {
    where: and(eq(registration.eventId, eventId), status ? eq(registration.status, status) : undefined),
    order: [registration.createdAt, registration.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });
