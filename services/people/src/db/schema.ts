import type {
  AmbassadorNetwork,
  Audience,
  ContactRequestStatus,
  CoordinatorMission,
  InterventionKind,
  ReferentOrganisation,
  ReferentRole,
} from '../generated/resolvers.ts';
import { auditTable, seedRunTable } from '@dm/shared';
import { outboxTable } from '@dm/shared/mail';
import { webhookEventTable } from '@dm/shared/webhooks';
import { sql } from '@dm/shared/orm';
import {
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
export const peopleSchema = pgSchema('people');

// Millisecond precision so that timestamps round-trip through JS Dates and keyset cursors exactly.
const now = sql`date_trunc('milliseconds', now())`;
const instant = () => timestamp({ withTimezone: true });

export const ambassador = peopleSchema.table(
  'ambassador',
  {
    id: uuid().primaryKey().defaultRandom(),
    network: text().$type<AmbassadorNetwork>().notNull(),
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
    /** Centroid of the commune, copied at write time so `near` runs in SQL. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    interventionKinds: text().array().$type<InterventionKind[]>().notNull(),
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
    // Who can be contacted for a trade in a department, in the listing's order, with what the contactable
    // rule reads: a page stops after its rows, a count reads no table page.
    index('ambassador_trade_idx')
      .on(t.romeCode, t.departmentCode, t.sortName, t.id, t.pausedUntil, t.monthlyQuota)
      .where(sql`${t.erasedAt} is null and ${t.deactivatedAt} is null`),
    index('ambassador_location_idx').on(t.latitude, t.longitude),
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
    organisation: text().$type<ReferentOrganisation>().notNull(),
    role: text().$type<ReferentRole>().notNull(),
    departments: text().array().notNull(),
    /** A coordinator's territory within their departments, as EPCI SIRENs; empty for whole departments. */
    epcis: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    demonstration: boolean().notNull().default(false),
    createdAt: instant().notNull().default(now),
    updatedAt: instant().notNull().default(now),
  },
  (t) => [index('referent_name_idx').on(t.fullName, t.id)],
);

/**
 * What a territorial coordinator did under one of their four missions (information and promotion, support to
 * professionals and families, network animation, drop-out and VAE referent): counted on the dashboard.
 */
export const coordinatorAction = peopleSchema.table(
  'coordinator_action',
  {
    id: uuid().primaryKey().defaultRandom(),
    referentId: uuid()
      .notNull()
      .references(() => referent.id),
    mission: text().$type<CoordinatorMission>().notNull(),
    title: text().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    communeCode: text().notNull(),
    departmentCode: text().notNull(),
    epciSiren: text(),
    participants: integer(),
    demonstration: boolean().notNull().default(false),
    createdAt: instant().notNull().default(now),
  },
  (t) => [
    index('coordinator_action_referent_idx').on(t.referentId, t.occurredOn, t.id),
    index('coordinator_action_department_idx').on(t.departmentCode, t.occurredOn),
  ],
);

export const contactRequest = peopleSchema.table(
  'contact_request',
  {
    id: uuid().primaryKey().defaultRandom(),
    ambassadorId: uuid().references(() => ambassador.id),
    companyId: uuid(),
    /**
     * Department of the addressee (the ambassador's, or the company's as the companies service gives it), for
     * staff scoping and statistics; null only when the company's place could not be known.
     */
    departmentCode: text(),
    /** Commune of the addressee, when known: the EPCI of statistics. */
    communeCode: text(),
    status: text().$type<ContactRequestStatus>().notNull().default('PENDING'),
    requesterName: text().notNull(),
    requesterEmail: text().notNull(),
    requesterEmailKey: text().notNull(),
    requesterRole: text().$type<Audience>().notNull(),
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
    /**
     * When the requester confirmed their address by the mailed link (or, for staff and partners, when the
     * request was made); null while the request holds its place in the ambassador's quota unconfirmed.
     */
    emailConfirmedAt: instant(),
    /** Until when an unconfirmed request holds its place; null when no confirmation is needed. */
    holdExpiresAt: instant(),
    /** SHA-256 of the confirmation token mailed to the requester; the token itself is never stored. */
    confirmationTokenHash: text(),
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
    index('contact_request_department_idx').on(t.departmentCode, t.createdAt),
    // The median response time of a department's answered requests, read from the index alone.
    index('contact_request_answered_idx')
      .on(t.departmentCode, t.createdAt, t.answeredAt)
      .where(sql`${t.answeredAt} is not null`),
    index('contact_request_confirmation_idx').on(t.confirmationTokenHash),
    index('contact_request_hold_idx')
      .on(t.holdExpiresAt)
      .where(sql`${t.emailConfirmedAt} is null and ${t.holdExpiresAt} is not null`),
    check('contact_request_addressee_check', sql`${t.ambassadorId} is not null or ${t.companyId} is not null`),
  ],
);

/** The EPCI of each commune of Normandy (reference data, written by the migration): what statistics group by. */
export const communeEpci = peopleSchema.table('commune_epci', {
  communeCode: text().primaryKey(),
  epciSiren: text().notNull(),
});

// Statistics of the dashboard, kept by triggers in the transaction of every write (see the migration
// `dashboard_statistics`): each change adds to or takes from the row of its group.

/** Active ambassadors (not deactivated) by department, EPCI ('' when none) and ROME family. */
export const ambassadorStat = peopleSchema.table(
  'ambassador_stat',
  {
    departmentCode: text().notNull(),
    epciSiren: text().notNull(),
    family: text().notNull(),
    active: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.departmentCode, t.epciSiren, t.family] })],
);

/** Contact requests by department and EPCI of the addressee ('' when unknown), month sent (Europe/Paris) and status. */
export const contactRequestStat = peopleSchema.table(
  'contact_request_stat',
  {
    departmentCode: text().notNull(),
    epciSiren: text().notNull(),
    month: text().notNull(),
    status: text().notNull(),
    requests: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.departmentCode, t.epciSiren, t.month, t.status] })],
);

/** Messages to send, written in the same transaction as what caused them; a sender delivers them. */
export const outbox = outboxTable(peopleSchema);

/** Who read or changed personal data of this subgraph (see `AuditTrail`). */
export const auditEntry = auditTable(peopleSchema);

/** Seed layers applied once, so a restart never loads them again. */
export const seedRun = seedRunTable(peopleSchema);

export type AmbassadorRow = typeof ambassador.$inferSelect;
export type ReferentRow = typeof referent.$inferSelect;
export type ContactRequestRow = typeof contactRequest.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(peopleSchema);
export type CoordinatorActionRow = typeof coordinatorAction.$inferSelect;
