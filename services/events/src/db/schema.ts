import type { Audience, DatePrecision, EventKind, RegistrationStatus } from '../generated/resolvers.ts';
import { auditTable, seedRunTable } from '@dm/shared';
import { outboxTable } from '@dm/shared/mail';
import { webhookEventTable } from '@dm/shared/webhooks';
import { sql } from '@dm/shared/orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from '@dm/shared/pg-core';

/** Everything of this subgraph lives in its own Postgres schema; no other subgraph reads it. */
export const eventsSchema = pgSchema('events');

// Millisecond precision so that timestamps round-trip through JS Dates and keyset cursors exactly.
const now = sql`date_trunc('milliseconds', now())`;
const instant = () => timestamp({ withTimezone: true });

export const event = eventsSchema.table(
  'event',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The series this event is a session of. */
    parentId: uuid(),
    kind: text().$type<EventKind>().notNull(),
    title: text().notNull(),
    description: text(),
    startsAt: instant(),
    endsAt: instant(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    datePrecision: text().$type<DatePrecision>().notNull(),
    /** Start for ordering: the start time, or the first day's midnight in Paris when the time is unknown. */
    sortAt: instant().notNull(),
    /** End for "upcoming" and COMPLETED: the end time, or the end of the last day in Paris. */
    endSortAt: instant().notNull(),
    online: boolean().notNull().default(false),
    url: text(),
    venueName: text(),
    communeCode: text(),
    departmentCode: text(),
    /** Centroid of the commune, copied at write time so `near` runs in SQL; null without commune. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** On site and online at once: a venue and a `url` to join. */
    hybrid: boolean().notNull().default(false),
    /** Whether the venue is wheelchair accessible; null when not stated. */
    wheelchairAccessible: boolean(),
    /** Whether a hearing loop (boucle magnétique) is available; null when not stated. */
    hearingLoop: boolean(),
    accessibilityDetails: text(),
    /** An https image shown with the event. */
    imageUrl: text(),
    /** Languages it is held in, ISO 639-1 codes. */
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    audiences: text().array().$type<Audience[]>().notNull(),
    themes: text().array().notNull(),
    romeCodes: text().array().notNull(),
    capacity: integer(),
    /** Confirmed seats (people: a group counts its participants and adults), kept with every registration change. */
    confirmedCount: integer().notNull().default(0),
    /** Seats waited for on the waitlist (people). */
    waitlistCount: integer().notNull().default(0),
    /** Of the confirmed seats, those held by groups. */
    groupSeatsCount: integer().notNull().default(0),
    /** Largest group (participants and adults) one group registration may bring; null: no cap. */
    maxGroupSize: integer(),
    /** Seats that groups may not take, kept for individuals; 0 by default. */
    seatsReservedForIndividuals: integer().notNull().default(0),
    /** Who leads it: the professional who runs a parents' café (café des parents). */
    facilitatorName: text(),
    registrationOpensAt: instant(),
    registrationClosesAt: instant(),
    cancelledAt: instant(),
    cancellationReason: text(),
    /** The agreement of the professional branch that co-organises it (companies subgraph). */
    branchAgreementId: uuid(),
    /** `YEARLY` for an event held every year, with `edition` its number. */
    recurrence: text().$type<'YEARLY'>(),
    edition: integer(),
    demonstration: boolean().notNull().default(false),
    /** Who created it: a user's token subject, or `apikey:<id>` for a partner. */
    createdBy: text(),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
  },
  (t) => [
    index('event_sort_idx').on(t.sortAt, t.id),
    index('event_updated_idx').on(t.updatedAt, t.id),
    index('event_department_idx').on(t.departmentCode, t.sortAt),
    index('event_commune_idx').on(t.communeCode),
    index('event_parent_idx').on(t.parentId, t.sortAt),
    index('event_kind_idx').on(t.kind, t.sortAt),
    // The dashboard's counts of a kind in a department (parents' cafés held and to come, their seats taken),
    // read from the index alone.
    index('event_department_kind_idx').on(t.departmentCode, t.kind, t.sortAt, t.cancelledAt, t.confirmedCount),
    index('event_branch_agreement_idx').on(t.branchAgreementId, t.sortAt),
    index('event_starts_on_idx').on(t.startsOn),
    index('event_location_idx').on(t.latitude, t.longitude),
    check('event_days_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('event_capacity_check', sql`${t.capacity} is null or ${t.confirmedCount} <= ${t.capacity}`),
    check(
      'event_counts_check',
      sql`${t.confirmedCount} >= 0 and ${t.waitlistCount} >= 0 and ${t.groupSeatsCount} between 0 and ${t.confirmedCount}`,
    ),
  ],
);

/**
 * The waitlist order of every event (registrations and stand-ins): taken under the event's lock, so each
 * event's places follow the order of arrival.
 */
export const waitlistOrder = eventsSchema.sequence('waitlist_order');

export const registration = eventsSchema.table(
  'registration',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => event.id),
    status: text().$type<RegistrationStatus>().notNull(),
    /** Order on the waitlist: lower is served first. */
    waitlistSeq: bigint({ mode: 'number' }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    /** Lower-cased e-mail: one registration per person and event. */
    emailKey: text().notNull(),
    category: text().$type<Audience>().notNull(),
    minor: boolean().notNull(),
    birthDate: date({ mode: 'string' }),
    guardianConsent: boolean().notNull().default(false),
    /** SHA-256 of the cancellation token; the token itself is never stored. */
    tokenHash: text().notNull(),
    attended: boolean(),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
    cancelledAt: instant(),
    /** When the attendee was last told that their address was used to register again (at most daily). */
    duplicateNoticeAt: instant(),
    /** Seats taken or waited for: 1 for a person, participants and adults for a group. */
    seats: integer().notNull().default(1),
    /** Seats a group asked for; equal to `seats` unless it accepted the seats that were left. */
    requestedSeats: integer().notNull().default(1),
    /** A group registration (a class, a group of pupils): the group's name; null for a person. */
    groupName: text(),
    /** A group's organiser's organisation (a school, an association). */
    organisation: text(),
    /** A school's UAI code (unité administrative immatriculée), checked with its letter. */
    uai: text(),
    /** Participants of a group (pupils...), and the adults accompanying them. */
    participants: integer(),
    accompanying: integer(),
    /** When the address was confirmed by the mailed link; null while the hold waits for it. */
    emailConfirmedAt: instant(),
    /** Until when an unconfirmed hold keeps its seat; null when no confirmation is needed. */
    holdExpiresAt: instant(),
    /** SHA-256 of the confirmation token mailed to the address. */
    confirmationTokenHash: text(),
    /** SHA-256 of the cancellation token mailed to the address (the answer's one is `tokenHash`). */
    mailedTokenHash: text(),
    /** The ticket's code, shown at the door (QR code in the mail); unique per event. */
    ticketCode: text(),
    /** When the ticket was checked in at the door. */
    checkedInAt: instant(),
    /** When the reminder of the day before was queued (once; cleared when the event's date changes). */
    remindedAt: instant(),
  },
  (t) => [
    uniqueIndex('registration_event_email_key')
      .on(t.eventId, t.emailKey)
      .where(sql`${t.groupName} is null`),
    uniqueIndex('registration_event_group_key')
      .on(t.eventId, t.emailKey, t.groupName)
      .where(sql`${t.groupName} is not null`),
    uniqueIndex('registration_ticket_key').on(t.eventId, t.ticketCode),
    index('registration_confirmation_idx').on(t.confirmationTokenHash),
    index('registration_hold_idx')
      .on(t.holdExpiresAt)
      .where(sql`${t.emailConfirmedAt} is null and ${t.holdExpiresAt} is not null`),
    index('registration_event_status_idx').on(t.eventId, t.status, t.waitlistSeq),
    index('registration_email_idx').on(t.emailKey),
  ],
);

/**
 * The answers given to an address already registered (no enumeration): they name no registration, but
 * they can be cancelled like one, so that nobody learns from a cancellation either. No personal data.
 */
export const standIn = eventsSchema.table(
  'registration_stand_in',
  {
    id: uuid().primaryKey(),
    eventId: uuid()
      .notNull()
      .references(() => event.id),
    tokenHash: text().notNull(),
    /** What the answer said: CONFIRMED or WAITLISTED, then CANCELLED once cancelled. */
    status: text().$type<RegistrationStatus>().notNull(),
    /** Its place in the event's waitlist order, shared with registrations, while WAITLISTED. */
    waitlistSeq: bigint({ mode: 'number' }),
    /** Released then, like an unconfirmed registration. */
    holdExpiresAt: instant().notNull(),
    createdAt: instant().notNull().default(now),
    cancelledAt: instant(),
  },
  (t) => [
    index('registration_stand_in_event_idx').on(t.eventId),
    index('registration_stand_in_hold_idx')
      .on(t.holdExpiresAt)
      .where(sql`${t.cancelledAt} is null`),
  ],
);

export const exhibitor = eventsSchema.table(
  'event_exhibitor',
  {
    eventId: uuid()
      .notNull()
      .references(() => event.id),
    companyId: uuid().notNull(),
    addedAt: instant().notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.companyId] }), index('event_exhibitor_company_idx').on(t.companyId)],
);

export const speaker = eventsSchema.table(
  'event_speaker',
  {
    eventId: uuid()
      .notNull()
      .references(() => event.id),
    ambassadorId: uuid().notNull(),
    addedAt: instant().notNull().default(now),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.ambassadorId] }),
    index('event_speaker_ambassador_idx').on(t.ambassadorId),
  ],
);

/** The EPCI of each commune of Normandy (reference data, written by the migration): what statistics group by. */
export const communeEpci = eventsSchema.table('commune_epci', {
  communeCode: text().primaryKey(),
  epciSiren: text().notNull(),
});

/**
 * Statistics of the dashboard, kept by triggers in the transaction of every write (see the migration
 * `dashboard_statistics`): events that are not series, by department and EPCI ('' when none), month of their
 * first and of their last day, and kind; a write recomputes the months it touches.
 */
export const eventStat = eventsSchema.table(
  'event_stat',
  {
    departmentCode: text().notNull(),
    epciSiren: text().notNull(),
    /** Month of the first day, `YYYY-MM`. */
    month: text().notNull(),
    /** Month of the last day. */
    endsMonth: text().notNull(),
    kind: text().$type<EventKind>().notNull(),
    events: integer().notNull(),
    cancelled: integer().notNull(),
    confirmed: integer().notNull(),
    waitlisted: integer().notNull(),
    /** Seats of the limited events not cancelled, and their confirmed registrations: the fill rate. */
    limitedSeats: integer().notNull(),
    limitedConfirmed: integer().notNull(),
    /** Confirmed registrations whose attendance was recorded, and those attended: the attendance rate. */
    attendanceRecorded: integer().notNull(),
    attended: integer().notNull(),
  },
  (t) => [
    index('event_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('event_stat_month_idx').on(t.month),
  ],
);

/** Messages to send, written in the same transaction as what caused them; a sender delivers them. */
export const outbox = outboxTable(eventsSchema);

/** Who read or changed personal data of this subgraph (see `AuditTrail`). */
export const auditEntry = auditTable(eventsSchema);

/** Seed layers applied once, so a restart never loads them again. */
export const seedRun = seedRunTable(eventsSchema);

export type EventRow = typeof event.$inferSelect;
export type RegistrationRow = typeof registration.$inferSelect;
export type StandInRow = typeof standIn.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(eventsSchema);
