import { auditTable, seedRunTable } from '@dm/shared';
import { outboxTable } from '@dm/shared/mail';
import { webhookEventTable } from '@dm/shared/webhooks';
import { sql } from '@dm/shared/orm';
import { boolean, check, date, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from '@dm/shared/pg-core';

/** Everything of this subgraph lives in its own Postgres schema; no other subgraph reads it. */
export const peopleSchema = pgSchema('people');

// Millisecond precision so that timestamps round-trip through JS Dates and keyset cursors exactly.
const now = sql`date_trunc('milliseconds', now())`;
const instant = () => timestamp({ withTimezone: true });

export const ambassador = peopleSchema.table(
  'ambassador',
  {
    id: uuid().primaryKey().defaultRandom(),
    network: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    emailKey: text().notNull(),
    phone: text(),
    jobTitle: text().notNull(),
    romeCode: text().notNull(),
    companyId: uuid(),
    communeCode: text().notNull(),
    departmentCode: text().notNull(),
    interventionKinds: text().array().notNull(),
    monthlyQuota: integer().notNull(),
    pausedUntil: date({ mode: 'string' }),
    deactivatedAt: instant(),
    /**
     * When the person's data were erased (their request, or the end of the retention period): the ambassador
     * then exists for no caller, only as a tombstone; statistics still count the row.
     */
    erasedAt: instant(),
    /** Folded first name, job title, trade and commune: what `search` matches. */
    searchText: text().notNull(),
    sortName: text().notNull(),
    demonstration: boolean().notNull().default(false),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
  },
  (t) => [
    uniqueIndex('ambassador_email_key').on(t.emailKey),
    index('ambassador_sort_idx').on(t.sortName, t.id),
    index('ambassador_company_idx').on(t.companyId),
    index('ambassador_department_idx').on(t.departmentCode),
    index('ambassador_rome_idx').on(t.romeCode),
    index('ambassador_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('ambassador_quota_check', sql`${t.monthlyQuota} between 1 and 100`),
  ],
);

export const referent = peopleSchema.table(
  'referent',
  {
    id: uuid().primaryKey().defaultRandom(),
    fullName: text().notNull(),
    email: text(),
    organisation: text().notNull(),
    role: text().notNull(),
    departments: text().array().notNull(),
    demonstration: boolean().notNull().default(false),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
  },
  (t) => [index('referent_name_idx').on(t.fullName, t.id)],
);

export const parentsCafe = peopleSchema.table(
  'parents_cafe',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    venueName: text(),
    communeCode: text().notNull(),
    departmentCode: text().notNull(),
    facilitatorName: text().notNull(),
    capacity: integer().notNull(),
    /** Registered parents, kept in the same transaction as every registration change. */
    registeredCount: integer().notNull().default(0),
    cancelledAt: instant(),
    demonstration: boolean().notNull().default(false),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
  },
  (t) => [
    index('parents_cafe_start_idx').on(t.startsAt, t.id),
    index('parents_cafe_department_idx').on(t.departmentCode, t.startsAt),
    check(
      'parents_cafe_capacity_check',
      sql`${t.capacity} between 1 and 20 and ${t.registeredCount} between 0 and ${t.capacity}`,
    ),
  ],
);

export const cafeRegistration = peopleSchema.table(
  'parents_cafe_registration',
  {
    id: uuid().primaryKey().defaultRandom(),
    cafeId: uuid()
      .notNull()
      .references(() => parentsCafe.id),
    status: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    emailKey: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: instant().notNull().default(now),
    cancelledAt: instant(),
    /** When the parent was last told that their address was used to register again (at most daily). */
    duplicateNoticeAt: instant(),
  },
  (t) => [
    uniqueIndex('parents_cafe_registration_email_key').on(t.cafeId, t.emailKey),
    index('parents_cafe_registration_email_idx').on(t.emailKey),
  ],
);

export const contactRequest = peopleSchema.table(
  'contact_request',
  {
    id: uuid().primaryKey().defaultRandom(),
    ambassadorId: uuid().references(() => ambassador.id),
    companyId: uuid(),
    /** Department of the addressee when known (the ambassador's), for staff scoping and statistics. */
    departmentCode: text(),
    status: text().notNull().default('PENDING'),
    requesterName: text().notNull(),
    requesterEmail: text().notNull(),
    requesterEmailKey: text().notNull(),
    requesterRole: text().notNull(),
    minor: boolean().notNull(),
    guardianConsent: boolean().notNull().default(false),
    message: text().notNull(),
    answer: text(),
    answeredBy: text(),
    createdAt: instant().notNull().default(now),
    answeredAt: instant(),
    remindedAt: instant(),
    expiredAt: instant(),
    /** When the requester was last told that their address was used to ask again (at most daily). */
    duplicateNoticeAt: instant(),
  },
  (t) => [
    // One pending request per requester and addressee.
    uniqueIndex('contact_request_pending_ambassador_key')
      .on(t.requesterEmailKey, t.ambassadorId)
      .where(sql`${t.status} = 'PENDING' and ${t.ambassadorId} is not null`),
    uniqueIndex('contact_request_pending_company_key')
      .on(t.requesterEmailKey, t.companyId)
      .where(sql`${t.status} = 'PENDING' and ${t.ambassadorId} is null`),
    index('contact_request_ambassador_idx').on(t.ambassadorId, t.createdAt),
    index('contact_request_company_idx').on(t.companyId, t.createdAt),
    index('contact_request_pending_idx').on(t.status, t.createdAt),
    check('contact_request_addressee_check', sql`${t.ambassadorId} is not null or ${t.companyId} is not null`),
  ],
);

/** Messages to send, written in the same transaction as what caused them; a sender delivers them. */
export const outbox = outboxTable(peopleSchema);

/** Who read or changed personal data of this subgraph (see `AuditTrail`). */
export const auditEntry = auditTable(peopleSchema);

/** Seed layers applied once, so a restart never loads them again. */
export const seedRun = seedRunTable(peopleSchema);

export type AmbassadorRow = typeof ambassador.$inferSelect;
export type ReferentRow = typeof referent.$inferSelect;
export type ParentsCafeRow = typeof parentsCafe.$inferSelect;
export type CafeRegistrationRow = typeof cafeRegistration.$inferSelect;
export type ContactRequestRow = typeof contactRequest.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(peopleSchema);
