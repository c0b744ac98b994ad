import { randomBytes, randomUUID } from 'node:crypto';
import {
  badInput,
  type Database,
  forbidden,
  hashSecret,
  keysetPage,
  newSecret,
  notFound,
  requireId,
  secretMatches,
  type Transaction,
} from '@dm/shared';
import { enqueue, type MailAttachment, type OutboxMessage } from '@dm/shared/mail';
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, ne, sql } from '@dm/shared/orm';
import type { Audience, RegistrationStatus } from '../generated/resolvers.ts';
import { type EventRow, event, outbox, type RegistrationRow, registration, standIn } from '../db/schema.ts';
import { seatAttachments, ticketQrCode } from '../mail/attachments.ts';
import {
  cafeConfirmedNotice,
  confirmAddressNotice,
  type MailLinks,
  promotedNotice,
  registeredNotice,
  registrationNotice,
} from '../mail/notices.ts';
import type { RegistrationView } from '../mappers.ts';
import { assertCafeHasSeat, cafeJustConfirmed, PARENTS_CAFE } from '../rules/cafes.ts';
import { groupPlace, groupSeats } from '../rules/groups.ts';
import {
  assertCanCheckIn,
  assertCanRecordAttendance,
  assertCanRegister,
  capacityChange,
  holdExpiry,
  newcomerPlace,
  newTicketCode,
  promotable,
  registrationAttempt,
  seatFor,
} from '../rules/registration.ts';

export interface Attendee {
  firstName: string;
  lastName: string;
  email: string;
  category: Audience;
  minor: boolean;
  birthDate: string | null;
  guardianConsent: boolean;
}

export interface GroupInput {
  organiser: { firstName: string; lastName: string; email: string; organisation: string; uai: string | null };
  groupName: string;
  participants: number;
  accompanying: number;
  category: Audience;
  minors: boolean;
  acceptFewerSeats: boolean;
}

export interface RegisterOptions {
  now: Date;
  links: MailLinks;
  /** A public registration: its seat is held until the address confirms it by the mailed link. */
  needsConfirmation: boolean;
  /** False for the café operations of the first version, which refuse a full café instead. */
  waitlist?: boolean;
}

/** Locks the event row: every change to its seats and waitlist happens one at a time per event. */
async function lockEvent(tx: Transaction, id: string, field: string): Promise<EventRow> {
  const [row] = await tx.select().from(event).where(eq(event.id, id)).for('update');
  if (!row) throw notFound('Event', field);
  return row;
}

/** The next place in the events' waitlist order (see `waitlistOrder`). */
const nextWaitlistSeq = sql<number>`nextval('events.waitlist_order')`;

const ticket = () => newTicketCode((n) => randomBytes(n));

/** Seats moved by a registration's change, in the event's counters (people, a group's as many). */
function counts(change: { confirmed?: number; waitlisted?: number; groups?: number }, at: Date) {
  return {
    confirmedCount: sql`${event.confirmedCount} + ${change.confirmed ?? 0}`,
    waitlistCount: sql`${event.waitlistCount} + ${change.waitlisted ?? 0}`,
    groupSeatsCount: sql`${event.groupSeatsCount} + ${change.groups ?? 0}`,
    updatedAt: at,
  };
}

const isGroup = (r: { groupName: string | null }) => r.groupName !== null;

/**
 * Gives the free seats to the waitlist, in order (see `promotable`), inside the caller's transaction
 * with the event row locked; each registration confirmed is told by e-mail with a new cancellation link.
 */
async function fillFromWaitlist(tx: Transaction, eventId: string, links: MailLinks): Promise<void> {
  const [current] = await tx.select().from(event).where(eq(event.id, eventId));
  if (!current) return;
  const free = current.capacity === null ? null : current.capacity - current.confirmedCount;
  if (free !== null && free <= 0) return;
  // At most `free` registrations can be confirmed, each of at most `free` seats.
  const waiting = await tx
    .select()
    .from(registration)
    .where(
      and(
        eq(registration.eventId, eventId),
        eq(registration.status, 'WAITLISTED'),
        free === null ? undefined : lte(registration.seats, free),
      ),
    )
    .orderBy(asc(registration.waitlistSeq))
    .limit(free ?? 100_000);
  const chosen = new Set(
    promotable(
      current,
      waiting.map((r) => ({ id: r.id, seats: r.seats, group: isGroup(r) })),
    ).map((w) => w.id),
  );
  if (chosen.size === 0) return;
  const at = new Date();
  const mails: OutboxMessage[] = [];
  let seats = 0;
  let groups = 0;
  for (const r of waiting.filter((w) => chosen.has(w.id))) {
    const mailed = newSecret();
    const [row] = await tx
      .update(registration)
      .set({ status: 'CONFIRMED', waitlistSeq: null, mailedTokenHash: mailed.hash, updatedAt: at })
      .where(eq(registration.id, r.id))
      .returning();
    seats += r.seats;
    if (isGroup(r)) groups += r.seats;
    const promoted = row as RegistrationRow;
    mails.push(promotedNotice(promoted, current, mailed.token, links, await seatAttachments(current, promoted)));
  }
  await tx
    .update(event)
    .set(counts({ confirmed: seats, waitlisted: -seats, groups }, at))
    .where(eq(event.id, eventId));
  await enqueue(tx, outbox, mails);
  await tellCafeParents(tx, current, current.confirmedCount + seats, links);
}

/** When a café reaches its 15th parent, every parent registered is told that it takes place. */
async function tellCafeParents(tx: Transaction, before: EventRow, confirmedAfter: number, links: MailLinks) {
  if (before.kind !== PARENTS_CAFE || !cafeJustConfirmed(before.capacity, before.confirmedCount, confirmedAfter))
    return;
  const parents = await tx
    .select()
    .from(registration)
    .where(and(eq(registration.eventId, before.id), eq(registration.status, 'CONFIRMED')));
  const mails: OutboxMessage[] = [];
  for (const p of parents) mails.push(cafeConfirmedNotice(p, before, links, await seatAttachments(before, p)));
  await enqueue(tx, outbox, mails);
}

/**
 * A new ticket code, and (when its registration needs no confirmation, so that its first mail carries the
 * ticket) its QR code, drawn before the event's lock is taken.
 */
async function newTicket(options: RegisterOptions) {
  const code = ticket();
  return { code, qr: options.needsConfirmation ? null : await ticketQrCode(code) };
}

/**
 * What a new registration is told at once, with a cancellation link of its own (the answer's token went to
 * whoever sent the request): a hold to confirm, or (staff, partners) its seat and ticket. `columns` go into
 * the row; `mail(row)` is the message.
 */
function welcome(ev: EventRow, options: RegisterOptions, qr: MailAttachment | null) {
  const confirm = newSecret();
  const cancel = newSecret();
  const until = holdExpiry(options.now);
  return {
    columns: options.needsConfirmation
      ? {
          emailConfirmedAt: null,
          holdExpiresAt: until,
          confirmationTokenHash: confirm.hash,
          mailedTokenHash: cancel.hash,
        }
      : {
          emailConfirmedAt: options.now,
          holdExpiresAt: null,
          confirmationTokenHash: null,
          mailedTokenHash: cancel.hash,
        },
    mail: async (row: RegistrationRow) =>
      options.needsConfirmation
        ? confirmAddressNotice(row, ev, { confirm: confirm.token, cancel: cancel.token }, until, options.links)
        : registeredNotice(row, ev, cancel.token, options.links, await seatAttachments(ev, row, qr)),
  };
}

export interface Registered {
  /**
   * The registration made (with its cancellation token), or, for an address already registered, a
   * stand-in that names no registration.
   */
  registration: RegistrationView;
}

/**
 * Registers under the event's row lock: a seat while one is left, the waitlist after. Never oversells,
 * whatever the number of concurrent requests. A public registration holds its seat until the address
 * confirms it (48 hours), and is mailed the link. An address already registered gets an answer like a
 * new one: a stand-in that holds a seat (or a waitlist place) the same way and is released the same
 * way, so that neither the answer nor the counters tell whether an address is known; the owner is told
 * by e-mail (at most daily), with what they need to confirm or cancel their registration.
 */
export async function register(
  db: Database,
  eventId: string,
  attendee: Attendee,
  options: RegisterOptions,
): Promise<Registered> {
  const { now, links } = options;
  const emailKey = attendee.email.toLowerCase();
  const fresh = await newTicket(options);
  return db.transaction(async (tx) => {
    // Sent together (one round trip on PostgreSQL, which runs them in order): the lock first, then the read
    // of the address's registration under it. The lock is held as short a time as can be.
    const [locked, [existing]] = await Promise.all([
      lockEvent(tx, eventId, 'input.eventId'),
      tx
        .select()
        .from(registration)
        .where(
          and(eq(registration.eventId, eventId), eq(registration.emailKey, emailKey), isNull(registration.groupName)),
        ),
    ]);
    // Refused alike for every address: a closed or past event says nothing about who registered.
    assertCanRegister(locked, now);
    if (options.waitlist === false) assertCafeHasSeat(locked, now);
    const attempt = registrationAttempt(existing, now);
    const { token, hash } = newSecret();

    if (attempt.kind === 'KNOWN' && existing) {
      if (attempt.notify) {
        const cancel = newSecret();
        const confirm = existing.emailConfirmedAt ? null : newSecret();
        const [noticed] = await tx
          .update(registration)
          .set({
            duplicateNoticeAt: now,
            mailedTokenHash: cancel.hash,
            ...(confirm ? { confirmationTokenHash: confirm.hash } : {}),
          })
          .where(eq(registration.id, existing.id))
          .returning();
        await enqueue(tx, outbox, [
          registrationNotice(
            noticed as RegistrationRow,
            locked,
            await waitlistPosition(tx, existing),
            { cancel: cancel.token, confirm: confirm?.token ?? null },
            links,
          ),
        ]);
      }
      const place = newcomerPlace(locked);
      const id = randomUUID();
      await tx.insert(standIn).values({
        id,
        eventId,
        tokenHash: hash,
        status: place.status,
        waitlistSeq: place.status === 'WAITLISTED' ? nextWaitlistSeq : null,
        holdExpiresAt: holdExpiry(now),
        createdAt: now,
      });
      await tx
        .update(event)
        .set(counts(place.status === 'CONFIRMED' ? { confirmed: 1 } : { waitlisted: 1 }, now))
        .where(eq(event.id, eventId));
      return {
        registration: {
          ...attendee,
          ...blankRegistration,
          id,
          eventId,
          emailKey,
          status: place.status,
          tokenHash: hash,
          createdAt: now,
          updatedAt: now,
          emailConfirmedAt: options.needsConfirmation ? null : now,
          holdExpiresAt: options.needsConfirmation ? holdExpiry(now) : null,
          cancellationToken: token,
          standIn: true,
        },
      };
    }

    const status = seatFor(locked);
    const made = welcome(locked, options, fresh.qr);
    const values = {
      ...attendee,
      id: existing?.id ?? randomUUID(),
      eventId,
      emailKey,
      status,
      tokenHash: hash,
      seats: 1,
      requestedSeats: 1,
      ticketCode: fresh.code,
      checkedInAt: null,
      remindedAt: null,
      cancelledAt: null,
      attended: null,
      updatedAt: new Date(),
      ...made.columns,
    };
    const mailed = await made.mail({
      ...blankRegistration,
      createdAt: now,
      duplicateNoticeAt: null,
      ...values,
    } as RegistrationRow);
    const seq = status === 'WAITLISTED' ? nextWaitlistSeq : null;
    // The row, the counters and the mail, sent together under the lock.
    const [[row]] = await Promise.all([
      attempt.kind === 'AGAIN' && existing
        ? tx
            .update(registration)
            .set({ ...values, waitlistSeq: seq })
            .where(eq(registration.id, existing.id))
            .returning()
        : tx
            .insert(registration)
            .values({ ...values, waitlistSeq: seq })
            .returning(),
      tx
        .update(event)
        .set(counts(status === 'CONFIRMED' ? { confirmed: 1 } : { waitlisted: 1 }, new Date()))
        .where(eq(event.id, eventId)),
      enqueue(tx, outbox, [mailed]),
    ]);
    if (status === 'CONFIRMED') await tellCafeParents(tx, locked, locked.confirmedCount + 1, links);
    return { registration: { ...(row as RegistrationRow), cancellationToken: token } };
  });
}

/** The columns a stand-in shows that no request gave: those of a registration just made. */
const blankRegistration = {
  waitlistSeq: null,
  attended: null,
  cancelledAt: null,
  duplicateNoticeAt: null,
  seats: 1,
  requestedSeats: 1,
  groupName: null,
  organisation: null,
  uai: null,
  participants: null,
  accompanying: null,
  confirmationTokenHash: null,
  mailedTokenHash: null,
  ticketCode: null,
  checkedInAt: null,
  remindedAt: null,
};

/**
 * Registers a group (a class and its adults) as one block, under the event's row lock: all its seats
 * confirmed, or (when the organiser accepts it) the seats left, or all on the waitlist. Seats kept for
 * individuals and the event's group size cap hold whatever the concurrency. Each group is a registration
 * of its own: one organiser may register several classes (by group name).
 */
export async function registerGroup(
  db: Database,
  eventId: string,
  group: GroupInput,
  options: RegisterOptions,
): Promise<RegistrationView> {
  const { now } = options;
  const emailKey = group.organiser.email.toLowerCase();
  const fresh = await newTicket(options);
  return db.transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId, 'input.eventId');
    assertCanRegister(locked, now);
    const requested = groupSeats(locked, group.participants, group.accompanying);
    const [existing] = await tx
      .select()
      .from(registration)
      .where(
        and(
          eq(registration.eventId, eventId),
          eq(registration.emailKey, emailKey),
          eq(registration.groupName, group.groupName),
        ),
      );
    if (existing && existing.status !== 'CANCELLED')
      throw badInput('input.groupName', 'This organiser already registered a group of this name: name it otherwise');
    const place = groupPlace(locked, requested, group.acceptFewerSeats);
    const { token, hash } = newSecret();
    const values = {
      firstName: group.organiser.firstName,
      lastName: group.organiser.lastName,
      email: group.organiser.email,
      emailKey,
      organisation: group.organiser.organisation,
      uai: group.organiser.uai,
      groupName: group.groupName,
      participants: group.participants,
      accompanying: group.accompanying,
      category: group.category,
      minor: group.minors,
      birthDate: null,
      // The organiser answers for the minors they bring (the school's own authorisations).
      guardianConsent: group.minors,
      status: place.status,
      seats: place.seats,
      requestedSeats: requested,
      waitlistSeq: place.status === 'WAITLISTED' ? nextWaitlistSeq : null,
      tokenHash: hash,
      ticketCode: fresh.code,
      checkedInAt: null,
      remindedAt: null,
      cancelledAt: null,
      attended: null,
      updatedAt: new Date(),
    };
    const made = welcome(locked, options, fresh.qr);
    const [row] = existing
      ? await tx
          .update(registration)
          .set({ ...values, ...made.columns })
          .where(eq(registration.id, existing.id))
          .returning()
      : await tx
          .insert(registration)
          .values({ ...values, ...made.columns, eventId })
          .returning();
    await tx
      .update(event)
      .set(
        counts(
          place.status === 'CONFIRMED' ? { confirmed: place.seats, groups: place.seats } : { waitlisted: place.seats },
          new Date(),
        ),
      )
      .where(eq(event.id, eventId));
    await enqueue(tx, outbox, [await made.mail(row as RegistrationRow)]);
    return { ...(row as RegistrationRow), cancellationToken: token };
  });
}

/** A waitlisted registration's place in line (1 is next), stand-ins counted; null for any other. */
async function waitlistPosition(tx: Transaction, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'WAITLISTED' || row.waitlistSeq === null) return null;
  const [ahead] = await tx
    .select({
      n: sql<number>`count(*) + (select count(*) from ${standIn} where ${standIn.eventId} = ${row.eventId} and ${standIn.status} = 'WAITLISTED' and ${standIn.waitlistSeq} < ${row.waitlistSeq})`,
    })
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
  if (row) return row;
  const [other] = await db.select().from(standIn).where(eq(standIn.id, id));
  if (other) return standInView(other);
  throw notFound('Registration', field);
}

/** A stand-in as the answers show it: like a registration, naming no one. */
function standInView(s: typeof standIn.$inferSelect): RegistrationView {
  return {
    ...blankRegistration,
    id: s.id,
    eventId: s.eventId,
    status: s.status,
    tokenHash: s.tokenHash,
    firstName: '',
    lastName: '',
    email: '',
    emailKey: '',
    category: 'PARENT',
    minor: false,
    birthDate: null,
    guardianConsent: false,
    createdAt: s.createdAt,
    updatedAt: s.cancelledAt ?? s.createdAt,
    cancelledAt: s.cancelledAt,
    emailConfirmedAt: null,
    holdExpiresAt: s.holdExpiresAt,
    standIn: true,
  };
}

/** Releases what a stand-in holds, inside the caller's transaction (event locked). */
async function releaseStandIn(tx: Transaction, s: typeof standIn.$inferSelect, at: Date, links: MailLinks) {
  const [released] = await tx
    .update(standIn)
    .set({ status: 'CANCELLED', waitlistSeq: null, cancelledAt: at })
    .where(and(eq(standIn.id, s.id), ne(standIn.status, 'CANCELLED')))
    .returning();
  if (!released) return;
  await tx
    .update(event)
    .set(counts(s.status === 'CONFIRMED' ? { confirmed: -1 } : { waitlisted: -1 }, at))
    .where(eq(event.id, s.eventId));
  if (s.status === 'CONFIRMED') await fillFromWaitlist(tx, s.eventId, links);
}

/** Cancels a registration row inside the caller's transaction (event locked), then serves the waitlist. */
async function cancelRow(tx: Transaction, fresh: RegistrationRow, at: Date, links: MailLinks) {
  const [cancelled] = await tx
    .update(registration)
    .set({ status: 'CANCELLED', waitlistSeq: null, cancelledAt: at, holdExpiresAt: null, updatedAt: at })
    .where(eq(registration.id, fresh.id))
    .returning();
  await tx
    .update(event)
    .set(
      counts(
        fresh.status === 'CONFIRMED'
          ? { confirmed: -fresh.seats, groups: isGroup(fresh) ? -fresh.seats : 0 }
          : { waitlisted: -fresh.seats },
        at,
      ),
    )
    .where(eq(event.id, fresh.eventId));
  if (fresh.status === 'CONFIRMED') await fillFromWaitlist(tx, fresh.eventId, links);
  return cancelled as RegistrationRow;
}

/**
 * Cancels with the registrant's token (the answer's, or the last one mailed to the address) or as staff
 * (`byStaff`); the seats freed go to the waitlist in the same transaction. A stand-in is cancelled like a
 * registration, with its own token, and changes nothing but what it held.
 */
export async function cancelRegistration(
  db: Database,
  id: string,
  token: string | null,
  byStaff: boolean,
  links: MailLinks,
): Promise<RegistrationView> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(registration).where(eq(registration.id, id));
    if (!current) {
      const [other] = await tx.select().from(standIn).where(eq(standIn.id, id));
      if (!other) throw notFound('Registration', 'input.registrationId');
      if (!(token && secretMatches(token, other.tokenHash)))
        throw forbidden('The cancellation token does not match this registration');
      await lockEvent(tx, other.eventId, 'input.registrationId');
      await releaseStandIn(tx, other, new Date(), links);
      const [after] = await tx.select().from(standIn).where(eq(standIn.id, id));
      return standInView(after ?? other);
    }
    const matches =
      token !== null &&
      (secretMatches(token, current.tokenHash) ||
        (current.mailedTokenHash !== null && secretMatches(token, current.mailedTokenHash)));
    if (!byStaff && !matches) throw forbidden('The cancellation token does not match this registration');
    await lockEvent(tx, current.eventId, 'input.registrationId');
    // Re-read under the lock: a concurrent cancel or promotion may have changed it.
    const [fresh] = await tx.select().from(registration).where(eq(registration.id, id));
    if (!fresh || fresh.status === 'CANCELLED') return fresh as RegistrationRow;
    return cancelRow(tx, fresh, new Date(), links);
  });
}

/**
 * Confirms an address by the token mailed to it: the hold becomes a registration for good, and the
 * registrant gets their ticket by e-mail. Confirming again changes nothing. A token that matches
 * nothing (wrong, or of a hold already released) is a BAD_USER_INPUT.
 */
export async function confirmRegistration(db: Database, token: string, now: Date, links: MailLinks) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(registration)
      .where(eq(registration.confirmationTokenHash, hashSecret(token)));
    if (!row || row.status === 'CANCELLED')
      throw badInput('input.token', 'This link is not valid, or its registration was released: register again');
    if (row.emailConfirmedAt) return row;
    const cancel = newSecret();
    const [confirmed] = await tx
      .update(registration)
      .set({ emailConfirmedAt: now, holdExpiresAt: null, mailedTokenHash: cancel.hash, updatedAt: now })
      .where(eq(registration.id, row.id))
      .returning();
    const [ev] = await tx.select().from(event).where(eq(event.id, row.eventId));
    const done = confirmed as RegistrationRow;
    const attachments = await seatAttachments(ev as EventRow, done);
    await enqueue(tx, outbox, [registeredNotice(done, ev as EventRow, cancel.token, links, attachments)]);
    return confirmed as RegistrationRow;
  });
}

/**
 * Releases the holds whose address was not confirmed in time (registrations and stand-ins), event by
 * event under its lock, and gives their seats to the waitlist. Run by the scheduler; `now` is its clock.
 */
export async function releaseExpiredHolds(db: Database, now: Date, links: MailLinks): Promise<number> {
  const due = await db
    .selectDistinct({ eventId: registration.eventId })
    .from(registration)
    .where(
      and(
        isNull(registration.emailConfirmedAt),
        isNotNull(registration.holdExpiresAt),
        lt(registration.holdExpiresAt, now),
        ne(registration.status, 'CANCELLED'),
      ),
    )
    .union(
      db
        .selectDistinct({ eventId: standIn.eventId })
        .from(standIn)
        .where(and(ne(standIn.status, 'CANCELLED'), lt(standIn.holdExpiresAt, now))),
    );
  let released = 0;
  for (const { eventId } of due) {
    released += await db.transaction(async (tx) => {
      await lockEvent(tx, eventId, 'eventId');
      const holds = await tx
        .select()
        .from(registration)
        .where(
          and(
            eq(registration.eventId, eventId),
            isNull(registration.emailConfirmedAt),
            lt(registration.holdExpiresAt, now),
            ne(registration.status, 'CANCELLED'),
          ),
        );
      for (const hold of holds) await cancelRow(tx, hold, now, links);
      const standIns = await tx
        .select()
        .from(standIn)
        .where(and(eq(standIn.eventId, eventId), ne(standIn.status, 'CANCELLED'), lt(standIn.holdExpiresAt, now)));
      for (const s of standIns) await releaseStandIn(tx, s, now, links);
      return holds.length + standIns.length;
    });
  }
  return released;
}

/** Changes an event's capacity under its lock, confirming waitlisted registrations if seats were added. */
export async function changeCapacity(tx: Transaction, eventId: string, capacity: number | null, links: MailLinks) {
  const locked = await lockEvent(tx, eventId, 'input.id');
  capacityChange(capacity, locked.confirmedCount, locked.waitlistCount);
  await tx.update(event).set({ capacity, updatedAt: new Date() }).where(eq(event.id, eventId));
  await fillFromWaitlist(tx, eventId, links);
}

export async function recordAttendance(db: Database, ev: EventRow, ids: string[], attended: boolean, now: Date) {
  assertCanRecordAttendance(ev, now);
  return db
    .update(registration)
    .set({ attended, updatedAt: new Date() })
    .where(and(eq(registration.eventId, ev.id), eq(registration.status, 'CONFIRMED'), inArray(registration.id, ids)))
    .returning();
}

/** Checks a ticket in at the door, once: the registration is then recorded as attended. */
export async function checkIn(db: Database, ev: EventRow, code: string, now: Date): Promise<RegistrationRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(registration)
      .where(and(eq(registration.eventId, ev.id), eq(registration.ticketCode, code)))
      .for('update');
    if (!row) throw notFound('Ticket', 'input.code');
    assertCanCheckIn(row, ev);
    const [done] = await tx
      .update(registration)
      .set({ checkedInAt: now, attended: true, updatedAt: now })
      .where(eq(registration.id, row.id))
      .returning();
    return done as RegistrationRow;
  });
}

/** An event's registrations by date, keyset-paginated (for the staff who manage it). */
export const listRegistrations = (
  db: Database,
  eventId: string,
  status: RegistrationStatus | null,
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
