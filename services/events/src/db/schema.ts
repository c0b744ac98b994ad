import { auditTable, seedRunTable } from '@dm/shared';
import { outboxTable } from '@dm/shared/mail';
import { webhookEventTable } from '@dm/shared/webhooks';
import { sql } from '@dm/shared/orm';
import {
  bigint,
  boolean,
  check,
  date,
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
    kind: text().notNull(),
    title: text().notNull(),
    description: text(),
    startsAt: instant(),
    endsAt: instant(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    datePrecision: text().notNull(),
    /** Start for ordering: the start time, or the first day's midnight in Paris when the time is unknown. */
    sortAt: instant().notNull(),
    /** End for "upcoming" and COMPLETED: the end time, or the end of the last day in Paris. */
    endSortAt: instant().notNull(),
    online: boolean().notNull().default(false),
    url: text(),
    venueName: text(),
    communeCode: text(),
    departmentCode: text(),
    audiences: text().array().notNull(),
    themes: text().array().notNull(),
    romeCodes: text().array().notNull(),
    capacity: integer(),
    /** Confirmed registrations, kept in the same transaction as every registration change. */
    confirmedCount: integer().notNull().default(0),
    waitlistCount: integer().notNull().default(0),
    registrationOpensAt: instant(),
    registrationClosesAt: instant(),
    cancelledAt: instant(),
    cancellationReason: text(),
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
    check('event_days_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('event_capacity_check', sql`${t.capacity} is null or ${t.confirmedCount} <= ${t.capacity}`),
    check('event_counts_check', sql`${t.confirmedCount} >= 0 and ${t.waitlistCount} >= 0`),
  ],
);

export const registration = eventsSchema.table(
  'registration',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => event.id),
    status: text().notNull(),
    /** Order on the waitlist: lower is served first. */
    waitlistSeq: bigint({ mode: 'number' }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    /** Lower-cased e-mail: one registration per person and event. */
    emailKey: text().notNull(),
    category: text().notNull(),
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
  },
  (t) => [
    uniqueIndex('registration_event_email_key').on(t.eventId, t.emailKey),
    index('registration_event_status_idx').on(t.eventId, t.status, t.waitlistSeq),
    index('registration_email_idx').on(t.emailKey),
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

/** Messages to send, written in the same transaction as what caused them; a sender delivers them. */
export const outbox = outboxTable(eventsSchema);

/** Who read or changed personal data of this subgraph (see `AuditTrail`). */
export const auditEntry = auditTable(eventsSchema);

/** Seed layers applied once, so a restart never loads them again. */
export const seedRun = seedRunTable(eventsSchema);

export type EventRow = typeof event.$inferSelect;
export type RegistrationRow = typeof registration.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(eventsSchema);
