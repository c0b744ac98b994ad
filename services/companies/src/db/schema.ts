import type {
  AgreementParty,
  Audience,
  CharterApplicationStatus,
  CommitmentKind,
  CommunicationKitAudience,
  CommunicationKitKind,
  ImmersionAgreementStatus,
  ImmersionOfferStatus,
  ImmersionRequestStatus,
  OrientationPlaceKind,
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
  jsonb,
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
    /**
     * The current charter's expiry and termination days, copied by triggers (migration `charter_on_company`)
     * whenever the charter or `currentCharterId` changes: a search by charter status reads no charter.
     */
    charterExpiresOn: date({ mode: 'string' }),
    charterTerminatedOn: date({ mode: 'string' }),
    /** Where the company receives immersion requests and agreements; the agency's fallback address when null. */
    contactEmail: text(),
    /** What the company says of itself on its public page. */
    description: text(),
    /** A period when the company hosts nobody (both days included): its offers leave search meanwhile. */
    unavailableFrom: date({ mode: 'string' }),
    unavailableUntil: date({ mode: 'string' }),
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
    // A search near a point, by charter status or not, counts and sorts its circle from this index alone.
    index('company_location_idx').on(
      t.latitude,
      t.longitude,
      t.charterExpiresOn,
      t.charterTerminatedOn,
      t.sortName,
      t.id,
    ),
    index('company_current_charter_idx').on(t.currentCharterId),
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
    /** The parties' signature days, when they differ from `signedOn` (a charter applied for by the company). */
    companySignedOn: date({ mode: 'string' }),
    agencySignedOn: date({ mode: 'string' }),
    regionSignedOn: date({ mode: 'string' }),
    /** Approved from an application: the Région has not signed yet. */
    awaitingRegion: boolean().notNull().default(false),
    /** The expiry the company was told of (within 90 days of it): told once per expiry, again after a renewal. */
    expiryNoticeFor: date({ mode: 'string' }),
    /** The expiry the referent was told of, likewise. */
    referentExpiryNoticeFor: date({ mode: 'string' }),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('charter_company_idx').on(t.companyId, t.signedOn),
    index('charter_referent_idx').on(t.referentId),
    index('charter_expires_idx').on(t.expiresOn),
    index('charter_signed_idx').on(t.signedOn),
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
    kind: text().$type<CommitmentKind>().notNull(),
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
    audiences: text().array().$type<Audience[]>().notNull(),
    communeCode: text(),
    departmentCode: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** OPEN, PAUSED (out of search until resumed) or CLOSED (for good). */
    status: text().$type<ImmersionOfferStatus>().notNull().default('OPEN'),
    /** At most this many requests a calendar month (Europe/Paris); no limit when null. */
    monthlyMaxRequests: integer(),
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
    /** The offer's company, copied at write time so a company's requests page in SQL whatever its offers. */
    companyId: uuid().references(() => company.id),
    status: text().$type<ImmersionRequestStatus>().notNull().default('PENDING'),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    /** Lower-cased e-mail: one request per person and offer. */
    emailKey: text().notNull(),
    phone: text(),
    category: text().$type<Audience>().notNull(),
    minor: boolean().notNull(),
    birthDate: date({ mode: 'string' }),
    guardianConsent: boolean().notNull().default(false),
    message: text(),
    createdAt: createdAt(),
    answeredAt: timestamp({ withTimezone: true }),
    answeredBy: text(),
    /** When the requester was last told that their address was used to ask again (at most daily). */
    duplicateNoticeAt: timestamp({ withTimezone: true }),
    /** When the company was reminded of the unanswered request (once, after 7 days). */
    remindedAt: timestamp({ withTimezone: true }),
    /** When the request expired unanswered (after 30 days), giving its place back. */
    expiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('immersion_request_company_idx').on(t.companyId, t.createdAt, t.id),
    index('immersion_request_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'PENDING'`),
    uniqueIndex('immersion_request_offer_email_key').on(t.offerId, t.emailKey),
    index('immersion_request_offer_idx').on(t.offerId, t.createdAt, t.id),
    index('immersion_request_email_idx').on(t.emailKey),
    index('immersion_request_created_idx').on(t.createdAt),
  ],
);

/**
 * An application to join the charter, from a company user or the public, reviewed by agency staff: approval
 * registers the company if needed and signs the charter for the company (on the day it applied) and the agency.
 */
export const charterApplication = companiesSchema.table(
  'charter_application',
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid().references(() => company.id),
    companyName: text().notNull(),
    siret: text(),
    communeCode: text(),
    departmentCode: text(),
    sector: text(),
    nafCode: text(),
    /** The commitments chosen, `[{ kind, description }]`. */
    commitments: jsonb().$type<{ kind: CommitmentKind; description?: string | null }[]>().notNull(),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text(),
    status: text().$type<CharterApplicationStatus>().notNull().default('PENDING'),
    submittedBy: text(),
    createdAt: createdAt(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: text(),
    rejectionReason: text(),
    charterId: uuid().references(() => charter.id),
  },
  (t) => [
    index('charter_application_pending_idx').on(t.status, t.departmentCode, t.createdAt),
    index('charter_application_email_idx').on(sql`lower(${t.contactEmail})`),
  ],
);

/**
 * An immersion agreement (convention d'immersion), drafted by the company from an accepted request. The
 * beneficiary's identity is copied from the request when drafted: the agreement is the record they sign.
 */
export const immersionAgreement = companiesSchema.table(
  'immersion_agreement',
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => immersionRequest.id),
    offerId: uuid()
      .notNull()
      .references(() => immersionOffer.id),
    companyId: uuid()
      .notNull()
      .references(() => company.id),
    status: text().$type<ImmersionAgreementStatus>().notNull().default('DRAFT'),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    schedule: text().notNull(),
    objectives: text().notNull(),
    beneficiaryFirstName: text().notNull(),
    beneficiaryLastName: text().notNull(),
    beneficiaryEmail: text().notNull(),
    beneficiaryBirthDate: date({ mode: 'string' }),
    beneficiaryMinor: boolean().notNull(),
    guardianName: text(),
    guardianEmail: text(),
    tutorName: text().notNull(),
    tutorJobTitle: text().notNull(),
    tutorEmail: text().notNull(),
    prescriberOrganisation: text(),
    prescriberName: text(),
    prescriberEmail: text(),
    draftedBy: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    sentAt: timestamp({ withTimezone: true }),
    validatedAt: timestamp({ withTimezone: true }),
    validatedBy: text(),
    rejectedAt: timestamp({ withTimezone: true }),
    rejectionReason: text(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One agreement in force per request; a rejected or cancelled one makes way for a new draft.
    uniqueIndex('immersion_agreement_open_request_key')
      .on(t.requestId)
      .where(sql`${t.status} not in ('REJECTED', 'CANCELLED')`),
    index('immersion_agreement_company_idx').on(t.companyId, t.createdAt),
    index('immersion_agreement_beneficiary_idx').on(sql`lower(${t.beneficiaryEmail})`),
    check('immersion_agreement_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** A party of an agreement and its signature, through a single-use link whose token is kept only hashed. */
export const agreementSignatory = companiesSchema.table(
  'agreement_signatory',
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => immersionAgreement.id),
    party: text().$type<AgreementParty>().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    /** SHA-256 of the link's token; a new link (after a change voided the signatures) replaces it. */
    tokenHash: text(),
    linkSentAt: timestamp({ withTimezone: true }),
    signedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('agreement_signatory_party_key').on(t.agreementId, t.party),
    uniqueIndex('agreement_signatory_token_key').on(t.tokenHash),
    index('agreement_signatory_email_idx').on(sql`lower(${t.email})`),
  ],
);

/** The assessment (bilan) of an immersion, recorded by its tutor after the last day; one per agreement. */
export const immersionAssessment = companiesSchema.table('immersion_assessment', {
  id: uuid().primaryKey().defaultRandom(),
  agreementId: uuid()
    .notNull()
    .unique('immersion_assessment_agreement_key')
    .references(() => immersionAgreement.id),
  tookPlace: boolean().notNull(),
  hoursDone: integer().notNull(),
  skillsObserved: text().array().notNull(),
  comment: text(),
  recordedBy: text(),
  recordedAt: createdAt(),
});

/** The EPCI of each commune of Normandy (reference data, written by the migration): what statistics group by. */
export const communeEpci = companiesSchema.table('commune_epci', {
  communeCode: text().primaryKey(),
  epciSiren: text().notNull(),
});

// Statistics of the dashboard, kept by triggers in the transaction of every write (see the migration
// `dashboard_statistics`): rows by department and EPCI ('' when unknown) and month (`YYYY-MM`, Europe/Paris),
// so that a dashboard reads a number of rows that depends on the groups it shows, not on the data. A write
// recomputes the months it touches.
const statKeys = () => ({
  departmentCode: text().notNull(),
  epciSiren: text().notNull(),
  month: text().notNull(),
});

/** Charters by month of signature, with what their status today and the companies that signed them need. */
export const charterStat = companiesSchema.table(
  'charter_stat',
  {
    ...statKeys(),
    /** Month of the company's previous charter; '' for its first: counts the companies of a period. */
    prevMonth: text().notNull(),
    terminated: boolean().notNull(),
    expiresMonth: text().notNull(),
    charters: integer().notNull(),
    renewals: integer().notNull(),
  },
  (t) => [
    index('charter_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('charter_stat_month_idx').on(t.month),
  ],
);

/** Charters by month of signature and sector of the company. */
export const charterSectorStat = companiesSchema.table(
  'charter_sector_stat',
  { ...statKeys(), sector: text(), charters: integer().notNull() },
  (t) => [
    index('charter_sector_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('charter_sector_stat_month_idx').on(t.month),
  ],
);

/** Commitments by month of signature of their charter and kind. */
export const commitmentStat = companiesSchema.table(
  'commitment_stat',
  { ...statKeys(), kind: text().$type<CommitmentKind>().notNull(), commitments: integer().notNull() },
  (t) => [
    index('commitment_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('commitment_stat_month_idx').on(t.month),
  ],
);

/** Immersion offers by month of publication. */
export const offerStat = companiesSchema.table(
  'immersion_offer_stat',
  {
    ...statKeys(),
    offers: integer().notNull(),
    places: integer().notNull(),
    placesTaken: integer().notNull(),
  },
  (t) => [
    index('immersion_offer_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('immersion_offer_stat_month_idx').on(t.month),
  ],
);

/** Immersion requests by month they were made and status, where their offer is. */
export const requestStat = companiesSchema.table(
  'immersion_request_stat',
  { ...statKeys(), status: text().notNull(), requests: integer().notNull() },
  (t) => [
    index('immersion_request_stat_place_idx').on(t.departmentCode, t.epciSiren, t.month),
    index('immersion_request_stat_month_idx').on(t.month),
  ],
);

/**
 * Where the public gets first-level orientation information: the agency's reception desks, the EPCI's local
 * relays, écoles de production, the free phone line, information centres. Facts of the sources carry no
 * invented detail (no address the sources do not give); demonstration places are flagged.
 */
export const orientationPlace = companiesSchema.table(
  'orientation_place',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<OrientationPlaceKind>().notNull(),
    name: text().notNull(),
    description: text(),
    /** Null for a place of no commune (the phone line serves the whole region). */
    communeCode: text(),
    /** The commune's department; null for a region-wide place (managed by admins). */
    departmentCode: text(),
    /** SIREN of the commune's intercommunality, copied at write time for the EPCI filter. */
    epciSiren: text(),
    address: text(),
    phone: text(),
    url: text(),
    openingHours: text(),
    services: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Centroid of the commune, copied at write time so `near` runs in SQL. */
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orientation_place_sort_idx').on(t.name, t.id),
    index('orientation_place_department_idx').on(t.departmentCode, t.kind),
    index('orientation_place_epci_idx').on(t.epciSiren),
    index('orientation_place_location_idx').on(t.latitude, t.longitude),
  ],
);

/**
 * A professional branch (branche professionnelle): the employers and unions of a collective agreement (IDCC),
 * whose companies are recognised by their NAF codes.
 */
export const professionalBranch = companiesSchema.table(
  'professional_branch',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** Identifiant de la convention collective: four digits. */
    idcc: text().notNull(),
    nafCodes: text().array().notNull(),
    /** Folded name and IDCC: what `search` matches. */
    searchText: text().notNull(),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('professional_branch_idcc_key').on(t.idcc),
    index('professional_branch_name_idx').on(t.name, t.id),
    index('professional_branch_naf_idx').using('gin', t.nafCodes),
  ],
);

/** An agreement (contractualisation) of the Région with a professional branch, and what the branch commits to. */
export const branchAgreement = companiesSchema.table(
  'branch_agreement',
  {
    id: uuid().primaryKey().defaultRandom(),
    branchId: uuid()
      .notNull()
      .references(() => professionalBranch.id),
    signedOn: date({ mode: 'string' }).notNull(),
    expiresOn: date({ mode: 'string' }),
    commitments: text().array().notNull(),
    demonstration: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('branch_agreement_branch_idx').on(t.branchId, t.signedOn)],
);

/** Documents the agency publishes for charter companies to show their commitment (communication kits). */
export const communicationKit = companiesSchema.table(
  'communication_kit',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    kind: text().$type<CommunicationKitKind>().notNull(),
    url: text().notNull(),
    audience: text().$type<CommunicationKitAudience>().notNull(),
    publishedBy: text(),
    publishedAt: createdAt(),
    withdrawnAt: timestamp({ withTimezone: true }),
    demonstration: boolean().notNull().default(false),
  },
  (t) => [index('communication_kit_published_idx').on(t.publishedAt, t.id)],
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
export type ImmersionAssessmentRow = typeof immersionAssessment.$inferSelect;
export type CharterApplicationRow = typeof charterApplication.$inferSelect;
export type ImmersionAgreementRow = typeof immersionAgreement.$inferSelect;
export type AgreementSignatoryRow = typeof agreementSignatory.$inferSelect;
export type OrientationPlaceRow = typeof orientationPlace.$inferSelect;
export type ProfessionalBranchRow = typeof professionalBranch.$inferSelect;
export type BranchAgreementRow = typeof branchAgreement.$inferSelect;
export type CommunicationKitRow = typeof communicationKit.$inferSelect;

/** Changes partners can subscribe to, recorded by triggers in the transaction that makes them (webhooks). */
export const webhookEvent = webhookEventTable(companiesSchema);
