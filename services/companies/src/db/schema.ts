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
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from '@dm/shared/pg-core';

/** Everything of this subgraph lives in its own Postgres schema; no other subgraph reads it. */
export const companiesSchema = pgSchema('companies');

// Millisecond precision so that timestamps round-trip through JS Dates and keyset cursors exactly.
const now = sql`date_trunc('milliseconds', now())`;
const createdAt = () => timestamp({ withTimezone: true }).notNull().default(now);
const updatedAt = () => timestamp({ withTimezone: true }).notNull().default(now);

export const company = companiesSchema.table(
  'company',
  {
    id: uuid().primaryKey().defaultRandom(),
    siret: text(),
    name: text().notNull(),
    /** Folded name (accents and case removed): the listing order. */
    sortName: text().notNull(),
    /** Folded name, commune and sector: what `search` matches. */
    searchText: text().notNull(),
    sector: text(),
    nafCode: text(),
    communeCode: text(),
    departmentCode: text(),
    /** Centroid of the commune, copied at write time so `near` runs in SQL. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    currentCharterId: uuid(),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('company_siret_key').on(t.siret),
    index('company_sort_idx').on(t.sortName, t.id),
    index('company_updated_idx').on(t.updatedAt, t.id),
    index('company_department_idx').on(t.departmentCode, t.sortName),
    index('company_commune_idx').on(t.communeCode),
    index('company_location_idx').on(t.latitude, t.longitude),
    index('company_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const charter = companiesSchema.table(
  'charter',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => company.id),
    signedOn: date({ mode: 'string' }).notNull(),
    expiresOn: date({ mode: 'string' }).notNull(),
    renewedCount: integer().notNull().default(0),
    terminatedOn: date({ mode: 'string' }),
    terminationReason: text(),
    referentId: text(),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('charter_company_idx').on(t.companyId, t.signedOn),
    index('charter_referent_idx').on(t.referentId),
    index('charter_expires_idx').on(t.expiresOn),
    check('charter_dates_check', sql`${t.expiresOn} > ${t.signedOn}`),
  ],
);

export const commitment = companiesSchema.table(
  'commitment',
  {
    id: uuid().primaryKey().defaultRandom(),
    charterId: uuid()
      .notNull()
      .references(() => charter.id),
    kind: text().notNull(),
    description: text(),
    demonstration: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex('commitment_charter_kind_key').on(t.charterId, t.kind), index('commitment_kind_idx').on(t.kind)],
);

export const commitmentAction = companiesSchema.table(
  'commitment_action',
  {
    id: uuid().primaryKey().defaultRandom(),
    commitmentId: uuid()
      .notNull()
      .references(() => commitment.id),
    occurredOn: date({ mode: 'string' }).notNull(),
    description: text().notNull(),
    participants: integer(),
    recordedBy: text(),
    recordedAt: createdAt(),
  },
  (t) => [index('commitment_action_commitment_idx').on(t.commitmentId, t.occurredOn)],
);

export const immersionOffer = companiesSchema.table(
  'immersion_offer',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => company.id),
    romeCode: text().notNull(),
    title: text().notNull(),
    description: text(),
    places: integer().notNull(),
    /** Places held by pending or accepted requests; never above `places` (checked by the database too). */
    placesTaken: integer().notNull().default(0),
    durationDays: integer().notNull(),
    audiences: text().array().notNull(),
    communeCode: text(),
    departmentCode: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    demonstration: boolean().notNull().default(false),
    publishedAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('immersion_offer_company_idx').on(t.companyId, t.publishedAt),
    index('immersion_offer_published_idx').on(t.publishedAt, t.id),
    index('immersion_offer_updated_idx').on(t.updatedAt, t.id),
    index('immersion_offer_rome_idx').on(t.romeCode),
    index('immersion_offer_department_idx').on(t.departmentCode),
    check('immersion_offer_places_check', sql`${t.placesTaken} >= 0 and ${t.placesTaken} <= ${t.places}`),
  ],
);

export const immersionRequest = companiesSchema.table(
  'immersion_request',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid()
      .notNull()
      .references(() => immersionOffer.id),
    status: text().notNull().default('PENDING'),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    /** Lower-cased e-mail: one request per person and offer. */
    emailKey: text().notNull(),
    phone: text(),
    category: text().notNull(),
    minor: boolean().notNull(),
    birthDate: date({ mode: 'string' }),
    guardianConsent: boolean().notNull().default(false),
    message: text(),
    createdAt: createdAt(),
    answeredAt: timestamp({ withTimezone: true }),
    answeredBy: text(),
    /** When the requester was last told that their address was used to ask again (at most daily). */
    duplicateNoticeAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('immersion_request_offer_email_key').on(t.offerId, t.emailKey),
    index('immersion_request_offer_idx').on(t.offerId, t.createdAt, t.id),
    index('immersion_request_email_idx').on(t.emailKey),
  ],
);

/** Messages to send, written in the same transaction as what caused them; a sender delivers them. */
export const outbox = outboxTable(companiesSchema);

/** Who read or changed personal data of this subgraph (see `AuditTrail`). */
export const auditEntry = auditTable(companiesSchema);

/** Seed layers applied once, so a restart never loads them again. */
export const seedRun = seedRunTable(companiesSchema);

export type CompanyRow = typeof company.$inferSelect;
export type CharterRow = typeof charter.$inferSelect;
export type CommitmentRow = typeof commitment.$inferSelect;
export type CommitmentActionRow = typeof commitmentAction.$inferSelect;
export type ImmersionOfferRow = typeof immersionOffer.$inferSelect;
export type ImmersionRequestRow = typeof immersionRequest.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(companiesSchema);
