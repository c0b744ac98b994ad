/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, `YYYY-MM-DD` (ISO 8601), without time or time zone; the network's days are days in Europe/Paris. */
  Date: { input: string; output: string; }
  /**
   * An instant, ISO 8601 (RFC 3339) with its offset, e.g. `2026-03-12T09:00:00+01:00`; answers give it in UTC with
   * milliseconds (`2026-03-12T08:00:00.000Z`).
   */
  DateTime: { input: string; output: string; }
  /** Any JSON value: an object, an array, a string, a number, a boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** How people with a disability can take part in an event. */
export type Accessibility = {
  __typename?: 'Accessibility';
  /** Anything else to know (sign language interpreting, quiet room, large print...); null when not given. */
  details?: Maybe<Scalars['String']['output']>;
  /** Whether a hearing loop (boucle magnétique) is available; null when not stated. */
  hearingLoop?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the venue can be reached and used in a wheelchair; null when not stated. */
  wheelchairAccessible?: Maybe<Scalars['Boolean']['output']>;
};

/** How people with a disability can take part: each field given replaces the stored one, null included. */
export type AccessibilityInput = {
  /** Anything else to know (at most 1,000 characters); null removes it. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** Whether a hearing loop (boucle magnétique) is available; null when not known. */
  hearingLoop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the venue can be reached and used in a wheelchair; null when not known. */
  wheelchairAccessible?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The person in immersion, as the request gave them. */
export type AgreementBeneficiary = {
  __typename?: 'AgreementBeneficiary';
  /** Birth date; null when not given. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** E-mail address, where the signing link went. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** A minor on the first day (by birth date, or as declared). */
  minor: Scalars['Boolean']['output'];
};

/** A person named by an agreement: a guardian, the tutor, a prescriber. */
export type AgreementContact = {
  __typename?: 'AgreementContact';
  /** E-mail address, where the signing link went. */
  email: Scalars['String']['output'];
  /** Job title (the tutor's); null otherwise. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Organisation (the prescriber's); null otherwise. */
  organisation?: Maybe<Scalars['String']['output']>;
};

/** A minor beneficiary's legal guardian. */
export type AgreementGuardianInput = {
  /** E-mail address, where the guardian's signing link goes; not the beneficiary's. */
  email: Scalars['String']['input'];
  /** Full name (at most 200 characters). */
  name: Scalars['String']['input'];
};

/** A party to an immersion agreement. */
export type AgreementParty =
  /** The person in immersion (bénéficiaire). */
  | 'BENEFICIARY'
  /** The host company, through the tutor. */
  | 'COMPANY'
  /** A minor beneficiary's legal guardian (représentant légal). */
  | 'GUARDIAN'
  /** The prescriber (structure d'accompagnement): school, mission locale, France Travail... */
  | 'PRESCRIBER';

/** The prescriber of an immersion. */
export type AgreementPrescriberInput = {
  /** E-mail address, where the prescriber's signing link goes. */
  email: Scalars['String']['input'];
  /** Full name of the person who signs (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Organisation: school, mission locale, France Travail agency... (at most 200 characters). */
  organisation: Scalars['String']['input'];
};

/** A party's signature of an agreement. */
export type AgreementSignatory = {
  __typename?: 'AgreementSignatory';
  /** When the link was sent (again after a change voided the signatures). */
  linkSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who signs for it. */
  name: Scalars['String']['output'];
  /** Which party. */
  party: AgreementParty;
  /** When the party signed; null until then. */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The tutor (tuteur) of an immersion. */
export type AgreementTutorInput = {
  /** E-mail address, where the company's signing link goes. */
  email: Scalars['String']['input'];
  /** Job title (at most 200 characters). */
  jobTitle: Scalars['String']['input'];
  /** Full name (at most 200 characters). */
  name: Scalars['String']['input'];
};

/**
 * An ambassador of a trade (ambassadeur des métiers): company staff of the Réseau d'Ambassadeurs Métiers who present
 * their trade to young people, or a parent who presents theirs at school forums. The public view never carries an
 * e-mail address, a phone number or a last name.
 */
export type Ambassador = {
  __typename?: 'Ambassador';
  /** Active, not paused, not deactivated and below the monthly quota: can be found and contacted. */
  active: Scalars['Boolean']['output'];
  /** Their commune, which sets their department. */
  commune?: Maybe<Commune>;
  /** The company; null for a parent witness. */
  company?: Maybe<Company>;
  /**
   * Full name and addresses: the ambassador, users of their company and staff of their department only, each read
   * recorded in the audit log; null for anyone else.
   */
  contactDetails?: Maybe<AmbassadorContact>;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** First name and initial of the last name, e.g. `Camille M.`. */
  displayName: Scalars['String']['output'];
  /**
   * Distance in kilometres from the point of the list's `filter.near` to the centroid of the ambassador's commune;
   * null when the ambassador was not listed with `near`.
   */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** Ambassador id (UUID). */
  id: Scalars['ID']['output'];
  /** How they can take part. */
  interventionKinds: Array<InterventionKind>;
  /**
   * Events the ambassador speaks at, cancelled ones left out unless `includeCancelled`: upcoming ones soonest first;
   * with `upcoming: false`, past ones follow, latest first. Null, with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
   */
  interventions?: Maybe<Array<Event>>;
  /** Job title, in the ambassador's words. */
  jobTitle: Scalars['String']['output'];
  /** Median time to answer a contact request, in hours (to a tenth); null before any answer. */
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
  /** Their trade (ROME v4.60). */
  metier: Metier;
  /** The network they belong to: company ambassadors or parent witnesses. */
  network: AmbassadorNetwork;
  /**
   * Answered among the contact requests received at least 7 days ago or already answered, from 0 to 1; null before
   * any.
   */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Last change of the ambassador's record; what `updatedSince` compares. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * An ambassador of a trade (ambassadeur des métiers): company staff of the Réseau d'Ambassadeurs Métiers who present
 * their trade to young people, or a parent who presents theirs at school forums. The public view never carries an
 * e-mail address, a phone number or a last name.
 */
export type AmbassadorInterventionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of ambassadors (Relay connection). */
export type AmbassadorConnection = {
  __typename?: 'AmbassadorConnection';
  /** The ambassadors of this page, in the list's order. */
  edges: Array<AmbassadorEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many ambassadors match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An ambassador's name and addresses: shown to the ambassador, users of their company and staff of their department only. */
export type AmbassadorContact = {
  __typename?: 'AmbassadorContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Phone number; null when not given. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** An ambassador and its cursor. */
export type AmbassadorEdge = {
  __typename?: 'AmbassadorEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The ambassador. */
  node: Ambassador;
};

/** Which ambassadors to list; the conditions given all apply. */
export type AmbassadorFilter = {
  /** Only the ambassadors of this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Department code, e.g. `"14"`: ambassadors whose commune is there. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only ambassadors offering this kind of intervention. */
  interventionKind?: InputMaybe<InterventionKind>;
  /** Within a distance of the centroid of the ambassador's commune. */
  near?: InputMaybe<NearInput>;
  /** Only ambassadors of this network. */
  network?: InputMaybe<AmbassadorNetwork>;
  /** Code ROME of their trade, e.g. `D1102` (case ignored); not a ROME v4.60 code is a BAD_USER_INPUT. */
  romeCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Words of the first name, job title, trade or commune, all of them, anywhere; accents and case are ignored. At
   * most 200 characters.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** A change feed: every ambassador still in the network changed after this instant, by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The network an ambassador belongs to. */
export type AmbassadorNetwork =
  /** Company staff of the Réseau d'Ambassadeurs Métiers. */
  | 'COMPANY_AMBASSADOR'
  /** A parent presenting their trade at school forums (parents témoins de leur métier). */
  | 'PARENT_WITNESS';

/** How a list of ambassadors is ordered; each order ends with the id, so pages never overlap. */
export type AmbassadorOrder =
  /** Nearest to `filter.near` first (by the centroid of the commune). */
  | 'DISTANCE'
  /** By first name, accents and case ignored. */
  | 'NAME';

/** Ambassadors counted by the dashboard: those not deactivated, whatever the period. */
export type AmbassadorStatistics = {
  __typename?: 'AmbassadorStatistics';
  /** Ambassadors not deactivated (of the department; the period does not apply). */
  active: Scalars['Int']['output'];
  /** By department, by code. */
  byDepartment: Array<CountByDepartment>;
  /** By EPCI of the ambassador's commune, by SIREN. */
  byEpci: Array<CountByEpci>;
  /** By ROME family (the letter of the code: H industry, D commerce...). */
  byTradeFamily: Array<CountByTradeFamily>;
};

/** The answer to a contact request. */
export type AnswerContactRequestInput = {
  /** The answer (at most 4,000 characters), relayed to the requester by e-mail. */
  message: Scalars['String']['input'];
  /** The request, which must be PENDING. */
  requestId: Scalars['ID']['input'];
};

/** The answer to an immersion request. */
export type AnswerImmersionRequestInput = {
  /** True accepts; false declines and gives the place back to the offer. */
  accept: Scalars['Boolean']['input'];
  /** The request, which must still be PENDING. */
  requestId: Scalars['ID']['input'];
};

/** A partner's key to the graph, sent in the `x-api-key` header. Stored as a SHA-256 hash, never in clear. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Key id (UUID). */
  id: Scalars['ID']['output'];
  /** When it was last accepted (to the minute); null when never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The partner organisation it was made for. */
  partner: Scalars['String']['output'];
  /** The first characters of the secret (`dmk_` and eight more), to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key this one replaced; null unless it was made by `rotateApiKey`. */
  rotatedFrom?: Maybe<Scalars['ID']['output']>;
  /** What it allows. */
  scopes: Array<ApiScope>;
};

/** A page of partner keys, newest first (Relay connection). */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page. */
  edges: Array<ApiKeyEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many keys match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A partner key and its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** What a partner key allows, besides the public data. A key acts as the `partner` role, with the partner's rate limit. */
export type ApiScope =
  /**
   * Reading the graph's public data through the key. A key without it reads only what its other scopes grant (the
   * dashboard with READ_STATISTICS, its own webhook subscriptions and deliveries): any other query is refused with
   * FORBIDDEN (HTTP 403) before it runs. Mutations, and their answers, are what their own scopes allow.
   */
  | 'READ_PUBLIC'
  /** The regional dashboard (`regionalDashboard`). */
  | 'READ_STATISTICS'
  /**
   * Create events, and change, cancel, and add exhibitors and speakers to the events the key created; never see
   * their attendees nor record their attendance (the staff who manage the event do).
   */
  | 'WRITE_EVENTS';

/** An application to join the charter. */
export type ApplyForCharterInput = {
  /**
   * The commitments, each kind once: at least one of the regional scheme (AMBASSADOR_NETWORK, IMMERSION_HOSTING) and
   * at least one of the themes DISCOVER, WELCOME or PARTICIPATE.
   */
  commitments: Array<CommitmentInput>;
  /** The company that applies. */
  company: CharterApplicantInput;
  /** Who the agency contacts. */
  contact: CharterContactInput;
};

/**
 * Personal data of an attendee, shown to the staff who manage the event only. Once erased, or a year after the event,
 * the names read `Effacé` and the e-mail address is an undeliverable one.
 */
export type Attendee = {
  __typename?: 'Attendee';
  /** Who the attendee is: pupil, parent, teacher... */
  category: Audience;
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** A parent or guardian agreed (required under 15). */
  guardianConsent: Scalars['Boolean']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Under 18, as declared. */
  minor: Scalars['Boolean']['output'];
};

/** Who registers for an event; shown to the staff who manage the event only. */
export type AttendeeInput = {
  /** Birth date, when given, tells whether the attendee is under 15; not in the future. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Who the attendee is: pupil, parent, teacher... */
  category: Audience;
  /** E-mail address: one registration per address and event; notices are sent there. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters). */
  firstName: Scalars['String']['input'];
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name (at most 100 characters). */
  lastName: Scalars['String']['input'];
  /** The attendee is under 18; it must agree with `birthDate` when that is given. */
  minor: Scalars['Boolean']['input'];
};

/**
 * Who something is for, or who someone is: the audiences of an event or an immersion offer, the category of an
 * attendee or a requester.
 */
export type Audience =
  /** Apprentices (apprentis). */
  | 'APPRENTICE'
  /** Adults changing career (reconversion). */
  | 'CAREER_CHANGER'
  /** Pupils of a collège (collégiens). */
  | 'COLLEGE_PUPIL'
  /** Companies (entreprises). */
  | 'COMPANY'
  /** Employees (salariés), e.g. for a VAE. */
  | 'EMPLOYEE'
  /** Job seekers (demandeurs d'emploi). */
  | 'JOB_SEEKER'
  /** Pupils of a lycée (lycéens). */
  | 'LYCEE_PUPIL'
  /** Orientation professionals: psychologists of the Éducation nationale, missions locales, France Travail advisers... */
  | 'ORIENTATION_PROFESSIONAL'
  /** Parents and families. */
  | 'PARENT'
  /** Students of higher education (étudiants). */
  | 'STUDENT'
  /** Teachers (enseignants). */
  | 'TEACHER';

/** What an audit entry records. */
export type AuditAction =
  /** A partner key was created, rotated or revoked. */
  | 'API_KEY'
  /** A data subject's data were erased. */
  | 'ERASE'
  /** A data subject's data were exported. */
  | 'EXPORT'
  /** Records past their retention period were anonymised. */
  | 'PURGE'
  /** Personal data were shown to a caller (one entry per record and request). */
  | 'READ_PERSONAL_DATA';

/** One entry of an audit log: personal data read, an export, an erasure, a purge, or a change to a partner key. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done. */
  action: AuditAction;
  /** Who: the token's subject, the partner key (`apikey:<id>`), the bare role when neither is known, or `system`. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** A short note, e.g. `3 records erased` or `rotated from <id>`; null when there is none. */
  details?: Maybe<Scalars['String']['output']>;
  /** Entry id (UUID). */
  id: Scalars['ID']['output'];
  /** Id of the record; null when the entry concerns no single record (exports, erasures, purges). */
  recordId?: Maybe<Scalars['String']['output']>;
  /** The kind of record read or changed (e.g. `Registration`, `ApiKey`, `DataSubject`), never a person's name or address. */
  recordType: Scalars['String']['output'];
  /** The caller's role (`public`, `partner`, `company`, `ambassador`, `referent`, `coordinator`, `admin`), or `system`. */
  role: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
};

/** An audit entry and its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** The audit log of the graph (admin only): each service contributes its own entries, newest first. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Entries of the access service (partner keys created, rotated and revoked; exports asked for), newest first. */
  access?: Maybe<AuditEntryConnection>;
  /** Entries of the companies service (personal data read, exports, erasures, purges), newest first. */
  companies?: Maybe<AuditEntryConnection>;
  /** Entries of the events service (personal data read, exports, erasures, purges), newest first. */
  events?: Maybe<AuditEntryConnection>;
  /** Entries of the people service (personal data read, exports, erasures, purges), newest first. */
  people?: Maybe<AuditEntryConnection>;
  /** Always `all`: the key the services share. */
  scope: Scalars['ID']['output'];
};


/** The audit log of the graph (admin only): each service contributes its own entries, newest first. */
export type AuditLogAccessArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log of the graph (admin only): each service contributes its own entries, newest first. */
export type AuditLogCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log of the graph (admin only): each service contributes its own entries, newest first. */
export type AuditLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log of the graph (admin only): each service contributes its own entries, newest first. */
export type AuditLogPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An agreement (contractualisation) of the Région with a professional branch. */
export type BranchAgreement = {
  __typename?: 'BranchAgreement';
  /** The branch that signed it. */
  branch: ProfessionalBranch;
  /** What the branch commits to, one line each (e.g. `présenter ses métiers au salon régional`). */
  commitments: Array<Scalars['String']['output']>;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** Events the branch co-organises under this agreement, by start. */
  events: EventConnection;
  /** Last day it is in force; null when open-ended. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** Branch agreement id (UUID). */
  id: Scalars['ID']['output'];
  /** Day of signature. */
  signedOn: Scalars['Date']['output'];
};


/** An agreement (contractualisation) of the Région with a professional branch. */
export type BranchAgreementEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An agreement with a professional branch to record. */
export type BranchAgreementInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** What the branch commits to, one line each: at least one, at most 20, at most 300 characters each. */
  commitments: Array<Scalars['String']['input']>;
  /** Last day it is in force; omit when open-ended. */
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  /** Day of signature. */
  signedOn: Scalars['Date']['input'];
};

/** Who may keep a cached answer (Apollo Server's cache control). */
export type CacheControlScope =
  /** Only the caller's own client may keep the answer: it is personal, or depends on who asks. */
  | 'PRIVATE'
  /** Any cache may keep the answer (a CDN, the gateway's response cache). */
  | 'PUBLIC';

/** A café registration to cancel. */
export type CancelParentsCafeRegistrationInput = {
  /** The token given at registration; not needed by staff of the café's department. */
  cancellationToken?: InputMaybe<Scalars['String']['input']>;
  /** The registration. */
  registrationId: Scalars['ID']['input'];
};

/** A registration to cancel. */
export type CancelRegistrationInput = {
  /** The token given at registration; not needed by the staff who manage the event. */
  cancellationToken?: InputMaybe<Scalars['String']['input']>;
  /** The registration. */
  registrationId: Scalars['ID']['input'];
};

/**
 * A Fabrique des Compétences engagement charter (charte d'engagement) between the Région, its agency and a company:
 * two years, renewable (reconduction).
 */
export type Charter = {
  __typename?: 'Charter';
  /** The commitments (engagements) chosen at signature, by kind in alphabetical order. */
  commitments: Array<Commitment>;
  /** The commitments grouped by theme: regional scheme, discover, welcome, participate; themes without any left out. */
  commitmentsByTheme: Array<CommitmentGroup>;
  /**
   * True when every commitment of the charter is met over its term in progress (see `Commitment.met`): the company
   * carried out each action it chose, which includes the charter's minimum of one action of the regional scheme
   * and one of the themes.
   */
  commitmentsMet: Scalars['Boolean']['output'];
  /**
   * The communication kits the company may use while its charter is in force (empty otherwise), newest first.
   * The company's users and staff; null with FORBIDDEN for anyone else.
   */
  communicationKits?: Maybe<Array<CommunicationKit>>;
  /** The signatory company. */
  company: Company;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** Last day it is in force: two years after signature, two more at each renewal. */
  expiresOn: Scalars['Date']['output'];
  /**
   * First day of the term its commitments are followed over: the signature, or the start of the reconduction in
   * progress (two years per term); for a charter that has ended, the start of its last term.
   */
  followUpFrom: Scalars['Date']['output'];
  /** Last day of that term: two years after `followUpFrom`, or earlier when the charter expires or was terminated before. */
  followUpTo: Scalars['Date']['output'];
  /** Charter id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * The référent de proximité who accompanies the company; null when none was named, or, with a
   * DOWNSTREAM_SERVICE_ERROR, when the people service cannot answer.
   */
  referent?: Maybe<Referent>;
  /** How many times it was renewed. */
  renewedCount: Scalars['Int']['output'];
  /** The three parties' signatures, in order: company, agency, Région; a party yet to sign has no day. */
  signatures: Array<CharterSignature>;
  /** Day of signature. */
  signedOn: Scalars['Date']['output'];
  /** Computed against today (Europe/Paris) from its dates. */
  status: CharterStatus;
  /** Day it was ended before its expiry; null unless TERMINATED. */
  terminatedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Why it was ended (the `reason` of `terminateCharter`); null when none was given or it was not ended. The
   * company's own users and the staff who manage it only; null with FORBIDDEN for anyone else, partners included.
   */
  terminationReason?: Maybe<Scalars['String']['output']>;
};

/** The company that applies: an existing one by id (its users), or a description of it. */
export type CharterApplicantInput = {
  /** Code INSEE of the establishment's commune, in Normandy. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** A company of the network (its users and staff only); the other fields are then taken from it when absent. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Code NAF rév. 2, e.g. `47.11F`. */
  nafCode?: InputMaybe<Scalars['String']['input']>;
  /** Name of the company (at most 200 characters); required without `companyId`. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sector of activity (at most 200 characters). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** SIRET: 14 digits, spaces allowed, check digit verified. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An application to join the Fabrique des Compétences charter, made by a company user or the public, reviewed by the
 * agency's staff.
 */
export type CharterApplication = {
  __typename?: 'CharterApplication';
  /** The charter signed at approval; null unless APPROVED. */
  charter?: Maybe<Charter>;
  /** The commitments chosen, by kind. */
  commitments: Array<CommitmentChoice>;
  /** The commune of the establishment; null when not given. */
  commune?: Maybe<Commune>;
  /** The company, once known: the one a company user applied for, or the one registered at approval. */
  company?: Maybe<Company>;
  /** Name of the company, as the application gives it. */
  companyName: Scalars['String']['output'];
  /**
   * Who to contact: the staff of its department and the company's users only, each read recorded in the audit log;
   * null for anyone else (the applicant included: it is what they sent).
   */
  contact?: Maybe<CharterApplicationContact>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Application id (UUID). */
  id: Scalars['ID']['output'];
  /** Why it was rejected; null unless REJECTED. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** When staff reviewed it; null while PENDING. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sector of activity, as given; null when not given. */
  sector?: Maybe<Scalars['String']['output']>;
  /** SIRET, as given; null when not given. */
  siret?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: CharterApplicationStatus;
};

/** A page of charter applications (Relay connection). */
export type CharterApplicationConnection = {
  __typename?: 'CharterApplicationConnection';
  /** The applications of this page, oldest first. */
  edges: Array<CharterApplicationEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many applications match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Who to contact about a charter application. */
export type CharterApplicationContact = {
  __typename?: 'CharterApplicationContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number; null when not given. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A charter application and its cursor. */
export type CharterApplicationEdge = {
  __typename?: 'CharterApplicationEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: CharterApplication;
};

/** Where a charter application stands. */
export type CharterApplicationStatus =
  /** Approved: the charter is signed by the company and the agency. */
  | 'APPROVED'
  /** Awaiting the agency's review. */
  | 'PENDING'
  /** Rejected, with a reason. */
  | 'REJECTED';

/** Who the agency contacts about an application. */
export type CharterContactInput = {
  /** E-mail address. */
  email: Scalars['String']['input'];
  /** Full name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Phone number (at most 30 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The three signatories of a charter. */
export type CharterParty =
  /** The agency (Agence Régionale de l'Orientation et des Métiers). */
  | 'AGENCY'
  /** The company. */
  | 'COMPANY'
  /** Région Normandie. */
  | 'REGION';

/** A party's signature of a charter. */
export type CharterSignature = {
  __typename?: 'CharterSignature';
  /** Who signs. */
  party: CharterParty;
  /** Day of the signature; null while the party has not signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
};

/** Charters counted by the dashboard. */
export type CharterStatistics = {
  __typename?: 'CharterStatistics';
  /**
   * Actions recorded under the commitments of the territory's companies that took place in the period (Europe/Paris
   * days; all when no period is given), by kind; kinds without any are left out.
   */
  actionsByKind: Array<CommitmentKindCount>;
  /** Commitments of those charters, by kind. */
  byCommitmentKind: Array<CommitmentKindCount>;
  /** By department of the company, by code; only a company registered with neither commune nor department has none. */
  byDepartment: Array<DepartmentCount>;
  /** By EPCI of the company's commune, by SIREN; companies whose commune is not known are left out. */
  byEpci: Array<EpciCount>;
  /** By sector, as companies give it; most charters first. */
  bySector: Array<SectorCount>;
  /** By status today; statuses without any charter are left out. */
  byStatus: Array<CharterStatusCount>;
  /**
   * Commitments of those charters by month of signature (`YYYY-MM`) and kind: the charters signed that month counted
   * once per kind of commitment they took. Oldest month first, then by kind; months and kinds without any are left out.
   */
  commitmentsByMonth: Array<CommitmentKindMonth>;
  /** Companies that signed them. */
  companies: Scalars['Int']['output'];
  /** Follow-up of the commitments by department of the company, by code; departments without charter nor action left out. */
  followUpByDepartment: Array<DepartmentFollowUp>;
  /** Follow-up of the commitments by EPCI of the company's commune, by SIREN; companies whose commune is not known are left out. */
  followUpByEpci: Array<EpciFollowUp>;
  /** Of the charters counted, those whose commitments are all met over their term in progress (`Charter.commitmentsMet`). */
  meetingCommitments: Scalars['Int']['output'];
  /** `meetingCommitments` divided by `total`, between 0 and 1; null when no charter is counted. */
  meetingCommitmentsShare?: Maybe<Scalars['Float']['output']>;
  /** Renewals of those charters (the sum of their `renewedCount`). */
  renewals: Scalars['Int']['output'];
  /** Signatures by month (`YYYY-MM`), oldest first; months without any are left out. */
  signedByMonth: Array<PeriodCount>;
  /** Charters signed in the period. */
  total: Scalars['Int']['output'];
};

/** Where a charter stands, computed against today (Europe/Paris). */
export type CharterStatus =
  /** In force, more than 90 days before its expiry. */
  | 'ACTIVE'
  /** Past its expiry, and not renewed. */
  | 'EXPIRED'
  /** In force, within 90 days of its expiry (`expiresOn` included). */
  | 'EXPIRING_SOON'
  /** Ended before its expiry (terminateCharter). */
  | 'TERMINATED';

/** Charters of one status. */
export type CharterStatusCount = {
  __typename?: 'CharterStatusCount';
  /** Charters with that status. */
  count: Scalars['Int']['output'];
  /** The status, today. */
  status: CharterStatus;
};

/** A ticket to check in. */
export type CheckInInput = {
  /** The ticket's code, as printed or scanned (spaces and dashes ignored). */
  code: Scalars['String']['input'];
  /** The event. */
  eventId: Scalars['ID']['input'];
};

/** A commitment (engagement) of a charter: one kind of action the company undertakes. */
export type Commitment = {
  __typename?: 'Commitment';
  /** Actions carried out under this commitment, latest first. */
  actions: Array<CommitmentAction>;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** How the company means to carry it out, in its words; null when not said. */
  description?: Maybe<Scalars['String']['output']>;
  /** Commitment id (UUID). */
  id: Scalars['ID']['output'];
  /** What the company commits to. */
  kind: CommitmentKind;
  /**
   * Whether the commitment is met over its charter's term in progress (`Charter.followUpFrom` to
   * `Charter.followUpTo`): at least one action of its kind took place within those days. Every kind of the charter
   * "Fabrique des Compétences" is an action the company undertook to carry out during its two years, the regional
   * scheme included: joining the ambassadors network counts once an ambassador of the company has acted, joining
   * the immersions scheme once a young person was hosted (an immersion assessed as having taken place is recorded
   * as an action of IMMERSION_HOSTING, or of ADULT_IMMERSION for an adult looking for a job or changing career).
   * A renewal is a new two-year engagement: actions of an earlier term do not count for the next.
   */
  met: Scalars['Boolean']['output'];
  /** The theme of its kind. */
  theme: CommitmentTheme;
};

/** An action carried out under a commitment (a forum attended, a class hosted...), as the company or its staff recorded it. */
export type CommitmentAction = {
  __typename?: 'CommitmentAction';
  /** What was done. */
  description: Scalars['String']['output'];
  /** Action id (UUID). */
  id: Scalars['ID']['output'];
  /** The kind of the commitment it was recorded under. */
  kind: CommitmentKind;
  /** Day it took place. */
  occurredOn: Scalars['Date']['output'];
  /** How many people the action reached; null when not counted. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
};

/** A commitment an application chooses. */
export type CommitmentChoice = {
  __typename?: 'CommitmentChoice';
  /** How it means to carry it out; null when not said. */
  description?: Maybe<Scalars['String']['output']>;
  /** What the company commits to. */
  kind: CommitmentKind;
};

/** The commitments of a charter under one theme. */
export type CommitmentGroup = {
  __typename?: 'CommitmentGroup';
  /** The charter's commitments of that theme, by kind in alphabetical order. */
  commitments: Array<Commitment>;
  /** The theme. */
  theme: CommitmentTheme;
};

/** A commitment chosen at signature. */
export type CommitmentInput = {
  /** How it means to carry it out (at most 2,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What the company commits to. */
  kind: CommitmentKind;
};

/** What a company commits to under its charter (engagement). Each kind belongs to one theme. */
export type CommitmentKind =
  /** Immersion internships for adults looking for a job or changing career (welcome). */
  | 'ADULT_IMMERSION'
  /** Join the Réseau d'Ambassadeurs Métiers (regional scheme). */
  | 'AMBASSADOR_NETWORK'
  /** Hosting classes in the company (accueil de classes) (welcome). */
  | 'CLASS_HOSTING'
  /** Company visits (visites d'entreprise) (discover). */
  | 'COMPANY_VISIT'
  /** Diploma ceremonies (remises de diplômes) (participate). */
  | 'DIPLOMA_CEREMONY'
  /** Taking part in forums (participate). */
  | 'FORUM'
  /** Host young people for a few days while they build their project: the Immersions scheme (regional scheme). */
  | 'IMMERSION_HOSTING'
  /** Post job offers on Emploi'Normandie (participate). */
  | 'JOB_OFFER_POSTING'
  /** Actions for parents (discover). */
  | 'PARENT_ACTION'
  /** Talks in schools, lycées and universities (participate). */
  | 'SCHOOL_INTERVENTION'
  /** Sponsorship of young people (parrainage) (discover). */
  | 'SPONSORSHIP'
  /** Student internships (stages étudiants) (welcome). */
  | 'STUDENT_INTERNSHIP'
  /** Professional development for teachers (professionnalisation des enseignants) (welcome). */
  | 'TEACHER_DEVELOPMENT'
  /** Cooperation with local training organisations (discover). */
  | 'TRAINING_COOPERATION';

/** Commitments of one kind. */
export type CommitmentKindCount = {
  __typename?: 'CommitmentKindCount';
  /** Commitments of that kind (in `byCommitmentKind`), or actions of that kind (in `actionsByKind`). */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: CommitmentKind;
  /** Its theme. */
  theme: CommitmentTheme;
};

/** Commitments of one kind taken by the charters signed in one month. */
export type CommitmentKindMonth = {
  __typename?: 'CommitmentKindMonth';
  /** Commitments of that kind taken by the charters signed that month. */
  count: Scalars['Int']['output'];
  /** The kind of commitment. */
  kind: CommitmentKind;
  /** The month of signature, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Its theme. */
  theme: CommitmentTheme;
};

/** The themes of the charter's commitments: the regional scheme, and the three themes a company chooses from. */
export type CommitmentTheme =
  /** Make the company and its trades known (faire découvrir). */
  | 'DISCOVER'
  /** Take part in local or regional actions (participer). */
  | 'PARTICIPATE'
  /** Actions of the regional orientation scheme (dispositif régional): at least one is required. */
  | 'REGIONAL_SCHEME'
  /** Welcome every public (accueillir tous les publics). */
  | 'WELCOME';

/** A commune of Normandy (INSEE Code officiel géographique), from the reference data shipped with the graph. */
export type Commune = {
  __typename?: 'Commune';
  /** Code INSEE de la commune: five characters, e.g. `14327` (Hérouville-Saint-Clair). */
  code: Scalars['ID']['output'];
  /** Its department. */
  department: Department;
  /** The intercommunality (EPCI) the commune belongs to; null when not known. */
  epci?: Maybe<Epci>;
  /** Latitude of its centroid, in decimal degrees (WGS 84); null for the few merged communes without one. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude of its centroid, in decimal degrees (WGS 84); null for the few merged communes without one. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Name of the commune. */
  name: Scalars['String']['output'];
  /** Number of inhabitants (INSEE); null when not known. */
  population?: Maybe<Scalars['Int']['output']>;
  /** Its postal codes (codes postaux), five digits each; a commune may have several. */
  postalCodes: Array<Scalars['String']['output']>;
};

/** A page of communes (Relay connection). */
export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  /** The communes of this page, in the list's order. */
  edges: Array<CommuneEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many communes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A commune and its cursor. */
export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The commune. */
  node: Commune;
};

/** A document the agency publishes for charter companies to show their commitment. */
export type CommunicationKit = {
  __typename?: 'CommunicationKit';
  /** Whom the company shows it to. */
  audience: CommunicationKitAudience;
  /** Communication kit id (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: CommunicationKitKind;
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Its title, e.g. `Logo « Fabrique des Compétences »`. */
  title: Scalars['String']['output'];
  /** Where to download it. */
  url: Scalars['String']['output'];
};

/** Whom a communication document is for. */
export type CommunicationKitAudience =
  /** The company's own staff. */
  | 'EMPLOYEES'
  /** Journalists. */
  | 'PRESS'
  /** The public: customers, visitors, families. */
  | 'PUBLIC'
  /** Schools and teachers. */
  | 'SCHOOLS';

/** A page of communication kits (Relay connection). */
export type CommunicationKitConnection = {
  __typename?: 'CommunicationKitConnection';
  /** The kits of this page, in the list's order. */
  edges: Array<CommunicationKitEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many kits match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A communication kit and its cursor. */
export type CommunicationKitEdge = {
  __typename?: 'CommunicationKitEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The kit. */
  node: CommunicationKit;
};

/** A communication kit to publish. */
export type CommunicationKitInput = {
  /** Whom the company shows it to. */
  audience: CommunicationKitAudience;
  /** What kind of document it is. */
  kind: CommunicationKitKind;
  /** Its title, at most 200 characters. */
  title: Scalars['String']['input'];
  /** Where to download it: http(s), at most 500 characters. */
  url: Scalars['String']['input'];
};

/** Kinds of communication document. */
export type CommunicationKitKind =
  /** A guide (how to welcome a class, how to present a trade...). */
  | 'GUIDE'
  /** The charter's logo or label, to show on a site or a shop window. */
  | 'LOGO'
  /** A poster. */
  | 'POSTER'
  /** A press kit. */
  | 'PRESS_KIT'
  /** Visuals and texts for social networks. */
  | 'SOCIAL_MEDIA'
  /** A video. */
  | 'VIDEO';

/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type Company = {
  __typename?: 'Company';
  /**
   * Ambassadors of the company who can be contacted now (see `Ambassador.active`), by first name, at most `first`;
   * null, with a DOWNSTREAM_SERVICE_ERROR, when the people service cannot answer.
   */
  ambassadors?: Maybe<Array<Ambassador>>;
  /** The professional branch whose NAF codes include the company's; null when none does or its NAF code is not known. */
  branch?: Maybe<ProfessionalBranch>;
  /** The current charter: the latest signed, whatever its status; null when the company never signed. */
  charter?: Maybe<Charter>;
  /** Every charter the company signed, latest first. */
  charters: Array<Charter>;
  /** The commune of the establishment; null when not known. */
  commune?: Maybe<Commune>;
  /**
   * Where the company receives immersion requests and agreements to sign (the agency's address when none is given):
   * the company's users and the staff who manage the company only; null for anyone else.
   */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** When the company was registered in the graph. */
  createdAt: Scalars['DateTime']['output'];
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** The department: the commune's, or the one given when the commune is not known; null when neither is. */
  department?: Maybe<Department>;
  /** What the company says of itself; null when it said nothing. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Distance in kilometres from the point of the list's `filter.near` to the centroid of the company's commune; null
   * when the company was not listed with `near`.
   */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /**
   * Events the company takes part in, cancelled ones left out unless `includeCancelled`: upcoming ones soonest first;
   * with `upcoming: false`, past ones follow, latest first. Null, with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
   */
  events?: Maybe<Array<Event>>;
  /** Company id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Its immersion offers, newest first, at most `first`: those taking requests; for the company's users and the staff
   * who manage the company, every offer, full ones included (their requests stay readable).
   */
  immersionOffers: Array<ImmersionOffer>;
  /**
   * Every immersion request the company received, whatever the state of its offers, newest first: the company's users
   * and the staff who manage the company only; null with FORBIDDEN for anyone else.
   */
  immersionRequests?: Maybe<ImmersionRequestConnection>;
  /** Code NAF rév. 2 of its activity, e.g. `47.11F`; null when not known. */
  nafCode?: Maybe<Scalars['String']['output']>;
  /** Name of the company. */
  name: Scalars['String']['output'];
  /** Sector of activity, as the company describes it; null when not known. */
  sector?: Maybe<Scalars['String']['output']>;
  /** SIRET of the establishment: 14 digits; null when not known. */
  siret?: Maybe<Scalars['String']['output']>;
  /** First day of its busy period (its offers leave search meanwhile); null when none is declared. */
  unavailableFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of its busy period, included; null when none is declared. */
  unavailableUntil?: Maybe<Scalars['Date']['output']>;
  /** Last change of the company or of its charters (signature, renewal, termination); what `updatedSince` compares. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type CompanyAmbassadorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type CompanyEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type CompanyImmersionOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type CompanyImmersionRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ImmersionRequestStatus>;
};

/** A page of companies (Relay connection). */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The companies of this page, in the list's order. */
  edges: Array<CompanyEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many companies match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A company and its cursor. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** Which companies to list; the conditions given all apply. */
export type CompanyFilter = {
  /** Status of the current charter (any of them); companies without charter never match. */
  charterStatus?: InputMaybe<Array<CharterStatus>>;
  /** Commitments of the current charter (any of them). */
  commitmentKinds?: InputMaybe<Array<CommitmentKind>>;
  /** Code INSEE of the commune of the establishment, e.g. `14327`. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Department code, e.g. `"14"`; not a department of Normandy is a BAD_USER_INPUT. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Within a distance of the centroid of the company's commune; companies without commune never match. */
  near?: InputMaybe<NearInput>;
  /**
   * Words of the name, commune or sector, all of them, anywhere; accents and case are ignored (`herouville` finds
   * the companies of Hérouville-Saint-Clair). At most 200 characters.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only companies changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a list of companies is ordered; each order ends with the id, so pages never overlap. */
export type CompanyOrder =
  /** Nearest to `filter.near` first (by the centroid of the commune). */
  | 'DISTANCE'
  /** By name, accents and case ignored. */
  | 'NAME';

/** The token of a contact request's confirmation mail. */
export type ConfirmContactRequestInput = {
  /** The token from the link mailed to the requester. */
  token: Scalars['String']['input'];
};

/** A confirmation to make. */
export type ConfirmRegistrationInput = {
  /** The token from the link mailed to the address. */
  token: Scalars['String']['input'];
};

/**
 * A public consultation on orientation: its meetings on the territory and what the sources say of its attendance
 * and contributions. Figures the sources give as minimums (\"plus de 600 personnes\") are minimums here.
 */
export type Consultation = {
  __typename?: 'Consultation';
  /** People who attended its meetings, at least (the sources give a minimum); null when not known. */
  attendanceAtLeast?: Maybe<Scalars['Int']['output']>;
  /** The concluding meeting, where its results were presented; null when there was none. */
  conclusion?: Maybe<Event>;
  /** Stable identifier, e.g. `assises-2019`. */
  id: Scalars['ID']['output'];
  /** Its meetings on the territory, by town. */
  meetings: Array<Event>;
  /** Contributions to its public questionnaire, at least; null when not known. */
  questionnaireContributionsAtLeast?: Maybe<Scalars['Int']['output']>;
  /** Its name. */
  title: Scalars['String']['output'];
  /** The year it was held. */
  year: Scalars['Int']['output'];
};

/**
 * A request to be put in touch (mise en relation) with an ambassador or a company, relayed by e-mail: neither side
 * sees the other's address.
 */
export type ContactRequest = {
  __typename?: 'ContactRequest';
  /** The ambassador asked; null for a request to a company, or once the ambassador is erased. */
  ambassador?: Maybe<Ambassador>;
  /** The addressee's answer: same visibility as `requesterName`; null until answered. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it was answered; null until then. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company asked (directly, or the ambassador's); null for a request to a parent witness. */
  company?: Maybe<Company>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Whether the requester's address was confirmed: a request made on the public site reaches its addressee only once
   * confirmed by the mailed link (within 48 hours, else it is released); staff and partner-made requests need no
   * confirmation.
   */
  emailConfirmed: Scalars['Boolean']['output'];
  /** Until when an unconfirmed request keeps its place in the ambassador's quota; null once confirmed, or when none is needed. */
  holdExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Request id (UUID). The answer to a second pending request from the same address carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** The requester's message: same visibility as `requesterName`. */
  message?: Maybe<Scalars['String']['output']>;
  /**
   * Who asks, by name: visible to the addressee (the ambassador, users of the company), staff of the ambassador's
   * department and admins; null for anyone else. The requester's e-mail is never shown: answers are relayed.
   */
  requesterName?: Maybe<Scalars['String']['output']>;
  /** Who the requester is (pupil, parent...): same visibility as `requesterName`. */
  requesterRole?: Maybe<Audience>;
  /** Where it stands. */
  status: ContactRequestStatus;
};

/** A page of contact requests (Relay connection). */
export type ContactRequestConnection = {
  __typename?: 'ContactRequestConnection';
  /** The requests of this page, oldest first. */
  edges: Array<ContactRequestEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many requests match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contact request and its cursor. */
export type ContactRequestEdge = {
  __typename?: 'ContactRequestEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: ContactRequest;
};

/** Which contact requests to list. */
export type ContactRequestFilter = {
  /** Only requests with this status. */
  status?: InputMaybe<ContactRequestStatus>;
};

/** Contact requests counted by the dashboard. */
export type ContactRequestStatistics = {
  __typename?: 'ContactRequestStatistics';
  /** Of those, the ones answered. */
  answered: Scalars['Int']['output'];
  /**
   * Sent, by department of the addressee, by code; only requests to a company whose place the companies service
   * could not give when they were sent have none.
   */
  byDepartment: Array<CountByDepartment>;
  /** Sent, by EPCI of the addressee's commune, by SIREN; requests to a company whose commune is not known are left out. */
  byEpci: Array<CountByEpci>;
  /** Of those, the ones expired unanswered. */
  expired: Scalars['Int']['output'];
  /** Median time to answer them, in hours; null when none was answered. */
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
  /**
   * How they were answered, by EPCI of the addressee's commune, by SIREN (the EPCI of `byEpci`, in the same order):
   * sent, answered, expired unanswered, and the response rate.
   */
  responsesByEpci: Array<EpciContactResponses>;
  /** Sent in the period. */
  sent: Scalars['Int']['output'];
};

/** Where a contact request stands. */
export type ContactRequestStatus =
  /** Answered; the answer was relayed to the requester. */
  | 'ANSWERED'
  /** Not answered within 30 days (the requester is told). */
  | 'EXPIRED'
  /** Awaiting an answer; the addressee is reminded after 7 days. */
  | 'PENDING';

/** Something a territorial coordinator did under one of their missions. */
export type CoordinatorAction = {
  __typename?: 'CoordinatorAction';
  /** The commune where it took place. */
  commune: Commune;
  /** The coordinator. */
  coordinator: Referent;
  /** Coordinator action id (UUID). */
  id: Scalars['ID']['output'];
  /** The mission it served. */
  mission: CoordinatorMission;
  /** The day it took place. */
  occurredOn: Scalars['Date']['output'];
  /** People reached, when counted. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** What was done, e.g. `Réunion du réseau local à Saint-Lô`. */
  title: Scalars['String']['output'];
};

/** A page of coordinator actions (Relay connection). */
export type CoordinatorActionConnection = {
  __typename?: 'CoordinatorActionConnection';
  /** The actions of this page, in the list's order. */
  edges: Array<CoordinatorActionEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many actions match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A coordinator action and its cursor. */
export type CoordinatorActionEdge = {
  __typename?: 'CoordinatorActionEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The action. */
  node: CoordinatorAction;
};

/** A coordinator's action to record. */
export type CoordinatorActionInput = {
  /** INSEE code of the commune where it took place, in the coordinator's territory. */
  communeCode: Scalars['String']['input'];
  /** The coordinator (Referent id); only an admin gives it, a coordinator records their own. */
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The mission it served. */
  mission: CoordinatorMission;
  /** The day it took place: today or before. */
  occurredOn: Scalars['Date']['input'];
  /** People reached, 0 to 100,000; omit when not counted. */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** What was done, at most 200 characters. */
  title: Scalars['String']['input'];
};

/** Coordinators' actions counted by the dashboard. */
export type CoordinatorActionStatistics = {
  __typename?: 'CoordinatorActionStatistics';
  /** By mission, every mission listed (zero included). */
  byMission: Array<CountByMission>;
  /** People they reached, where the coordinator counted them. */
  participants: Scalars['Int']['output'];
  /** Actions of the period. */
  total: Scalars['Int']['output'];
};

/** The four missions of a territorial coordinator. */
export type CoordinatorMission =
  /** Referent for the fight against school drop-out and for VAE promotion. */
  | 'DROPOUT_AND_VAE'
  /** Inform and promote trades and training (actions d'information et de promotion). */
  | 'INFORMATION_PROMOTION'
  /** Animate the local network: missions locales, France Travail, chambers. */
  | 'NETWORK_ANIMATION'
  /** Support orientation professionals, teachers and families. */
  | 'PROFESSIONALS_AND_FAMILIES_SUPPORT';

/** A coordinator's territory. */
export type CoordinatorTerritoryInput = {
  /** The coordinator (Referent id). */
  coordinatorId: Scalars['ID']['input'];
  /** Their departments (INSEE codes), at least one. */
  departments: Array<Scalars['String']['input']>;
  /** Intercommunalities (SIREN) within those departments they cover; empty or omitted for the whole departments. */
  epcis?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Ambassadors, or contact requests, of one department. */
export type CountByDepartment = {
  __typename?: 'CountByDepartment';
  /** How many of them in that department. */
  count: Scalars['Int']['output'];
  /** The department. */
  department: Department;
};

/** Ambassadors, or contact requests, of one EPCI. */
export type CountByEpci = {
  __typename?: 'CountByEpci';
  /** How many of them in that EPCI. */
  count: Scalars['Int']['output'];
  /** The EPCI. */
  epci: Epci;
};

/** Coordinators' actions under one mission. */
export type CountByMission = {
  __typename?: 'CountByMission';
  /** Actions under it. */
  count: Scalars['Int']['output'];
  /** The mission. */
  mission: CoordinatorMission;
};

/** Ambassadors of one ROME family. */
export type CountByTradeFamily = {
  __typename?: 'CountByTradeFamily';
  /** Ambassadors of that family. */
  count: Scalars['Int']['output'];
  /** The family: the first letter of the code ROME, e.g. `H`. */
  family: Scalars['String']['output'];
  /** Label of the family in French, e.g. `Industrie`. */
  label: Scalars['String']['output'];
};

/** A partner key to create. */
export type CreateApiKeyInput = {
  /** The partner organisation (mission locale, France Travail, a school...), at most 200 characters. */
  partner: Scalars['String']['input'];
  /** What the key allows: at least one scope. */
  scopes: Array<ApiScope>;
};

/** An event to create. */
export type CreateEventInput = {
  /** How people with a disability can take part. */
  accessibility?: InputMaybe<AccessibilityInput>;
  /** Who it is for: at least one audience. */
  audiences: Array<Audience>;
  /** The agreement (UUID) of the professional branch that co-organises the event. */
  branchAgreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Seats, 1 to 100,000 (a parents' café: 1 to 20, 20 when omitted); omit for unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Code INSEE of the venue's commune: required on site, refused for an online event. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Department code (e.g. \"14\") the event belongs to, which decides who manages it and sees its attendees. On
   * site, the commune's (naming another one is refused). Online: a coordinator or referent names one of theirs
   * (by default their only one; required when they have several); an admin or a partner may leave it out,
   * which makes the event region-wide (managed by admins, and changed by the partner key that created it).
   */
  department?: InputMaybe<Scalars['String']['input']>;
  /** What happens, for the public (at most 5,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The number of this edition of a yearly event, from 1; required with `recurrence`. */
  edition?: InputMaybe<Scalars['Int']['input']>;
  /** End time: after the start, and at most 366 days later. */
  endsAt: Scalars['DateTime']['input'];
  /** Who leads it (at most 150 characters): the professional who runs a parents' café. */
  facilitatorName?: InputMaybe<Scalars['String']['input']>;
  /** True for an event held on site and online at once (default false): it needs `communeCode` and `url`. */
  hybrid?: InputMaybe<Scalars['Boolean']['input']>;
  /** An image to show with the event: an https URL of at most 500 characters. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** What kind of event it is. */
  kind: EventKind;
  /** Languages it is held in: ISO 639-1 codes (`fr`, `en`...), at most 20; anything else is a BAD_USER_INPUT. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Largest group one group registration may bring (participants and adults); null: no cap. */
  maxGroupSize?: InputMaybe<Scalars['Int']['input']>;
  /** True for an online event (default false). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Makes this event a session of that series (one level deep; the session lies within the series' days). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** YEARLY for an event held every year (with `edition`). */
  recurrence?: InputMaybe<EventRecurrence>;
  /** When registration closes: after it opens, before the event ends; when absent, as the event starts. */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens; open at once when absent. */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Codes ROME of the trades presented, e.g. `D1102`. */
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Seats groups may not take, kept for people registering one by one: 0 to the capacity. */
  seatsReservedForIndividuals?: InputMaybe<Scalars['Int']['input']>;
  /** Start time, with its offset (the network's events run on Europe/Paris time). */
  startsAt: Scalars['DateTime']['input'];
  /** Themes, e.g. `industrie` (at most 30, of 60 characters each). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Link (http or https) where to join; required for an online or hybrid event, refused for one only on site. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Name of the place (at most 200 characters); refused for an online event. */
  venueName?: InputMaybe<Scalars['String']['input']>;
};

/** A parents' café to create. */
export type CreateParentsCafeInput = {
  /** At most 20 (default 20). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Code INSEE of its commune; it sets the department. */
  communeCode: Scalars['String']['input'];
  /** Defaults to two hours after the start. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The professional who leads it (at most 150 characters). */
  facilitatorName: Scalars['String']['input'];
  /** Start, in the future. */
  startsAt: Scalars['DateTime']['input'];
  /** Title (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Name of the place (at most 200 characters). */
  venueName?: InputMaybe<Scalars['String']['input']>;
};

/** Where to deliver, and what. */
export type CreateWebhookSubscriptionInput = {
  /** An address to tell when deliveries keep failing and the subscription is disabled. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** A note for the partner's own use (up to 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event types to deliver, at least one (see `webhookEventTypes`). */
  eventTypes: Array<Scalars['String']['input']>;
  /** The receiver: https (http only outside production), on a public address. */
  url: Scalars['String']['input'];
};

/** A key just made, with its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key. */
  apiKey: ApiKey;
  /** The secret, to send in the `x-api-key` header: shown once, never stored in clear. */
  secret: Scalars['String']['output'];
};

/** A subscription with its signing secret, shown in this answer only. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** The signing secret (`whsec_...`, Standard Webhooks): keep it, it is never shown again. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
};

/**
 * What the regional dashboard is computed for: a territory (the region, a department, an EPCI, a commune) and a
 * period (days, a month or a school year). Coordinators and referents may only ask for their own departments
 * (FORBIDDEN otherwise), unless they are bound to all five.
 */
export type DashboardFilter = {
  /** Code INSEE of a commune of Normandy; it must lie in `department` and `epci` when they are given. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Department code, e.g. `"14"`; the whole region when absent. Not a department of Normandy is a BAD_USER_INPUT. */
  department?: InputMaybe<Scalars['String']['input']>;
  /**
   * SIREN of an EPCI of Normandy, e.g. `\"200065597\"` (CU Caen la Mer); with `department`, the EPCI's communes in that
   * department (three EPCI straddle two departments). Unknown, or without commune in the department: BAD_USER_INPUT.
   */
  epci?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period (inclusive, Europe/Paris); no lower bound when absent. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** A month as the period, `YYYY-MM` (Europe/Paris days); not with `from`, `to` or `schoolYear`. */
  month?: InputMaybe<Scalars['String']['input']>;
  /** A school year as the period, `YYYY-YYYY`: 1 September to 31 August; not with `from`, `to` or `month`. */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period (inclusive, Europe/Paris); no upper bound when absent. Before `from` is a BAD_USER_INPUT. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A person whose data the graph may hold, identified by e-mail address (GDPR data subject); admin only. */
export type DataSubject = {
  __typename?: 'DataSubject';
  /**
   * Everything the companies service holds about this address, as JSON: immersion requests
   * (`immersionRequests`), immersion agreements it is a party to (`immersionAgreements`, as beneficiary, guardian,
   * tutor or prescriber), their assessments (`immersionAssessments`), its signatures (`agreementSignatures`), charter
   * applications it is the contact of (`charterApplications`), e-mails queued to it (`messages`); admin only, and
   * recorded in the audit log.
   */
  companies?: Maybe<Scalars['JSON']['output']>;
  /** The e-mail address, lower-cased. */
  email: Scalars['String']['output'];
  /**
   * Everything the events service holds about this address (registrations, e-mails queued), as JSON; admin only,
   * and recorded in the audit log.
   */
  events?: Maybe<Scalars['JSON']['output']>;
  /**
   * Everything the people service holds about this address (ambassador, referent, contact requests, e-mails
   * queued), as JSON; admin only, and recorded in the audit log.
   */
  people?: Maybe<Scalars['JSON']['output']>;
};

/** How much of an event's date is known. */
export type DatePrecision =
  /** The days are known, not the times. */
  | 'DAY'
  /** Only a window is known (`startsOn`..`endsOn`). */
  | 'PERIOD'
  /** Start and end times are known. */
  | 'TIME';

/** A department (département) of Région Normandie: 14 Calvados, 27 Eure, 50 Manche, 61 Orne, 76 Seine-Maritime. */
export type Department = {
  __typename?: 'Department';
  /** INSEE department code: `14`, `27`, `50`, `61` or `76`. */
  code: Scalars['ID']['output'];
  /** Name of the department, e.g. `Calvados`. */
  name: Scalars['String']['output'];
};

/** Charters of the companies of one department. */
export type DepartmentCount = {
  __typename?: 'DepartmentCount';
  /** Charters of its companies. */
  count: Scalars['Int']['output'];
  /** The department. */
  department: Department;
};

/** How the charters of one department's companies keep their commitments. */
export type DepartmentFollowUp = {
  __typename?: 'DepartmentFollowUp';
  /** Actions of its companies that took place in the period. */
  actions: Scalars['Int']['output'];
  /** Charters counted (signed in the period). */
  charters: Scalars['Int']['output'];
  /** The department. */
  department: Department;
  /** Those whose commitments are all met over their term in progress. */
  meetingCommitments: Scalars['Int']['output'];
  /** `meetingCommitments` divided by `charters`; null when no charter is counted. */
  meetingCommitmentsShare?: Maybe<Scalars['Float']['output']>;
};

/** An immersion agreement to draft. */
export type DraftImmersionAgreementInput = {
  /** Last day: on or after `startsOn`; the days from `startsOn`, both included, at most the offer's duration. */
  endsOn: Scalars['Date']['input'];
  /** A minor beneficiary's legal guardian, required for a minor (on the first day) and refused for an adult. */
  guardian?: InputMaybe<AgreementGuardianInput>;
  /** What the beneficiary comes to observe or learn (at most 4,000 characters). */
  objectives: Scalars['String']['input'];
  /** The prescriber, when there is one; it then signs too. */
  prescriber?: InputMaybe<AgreementPrescriberInput>;
  /** The request, which must be ACCEPTED. */
  requestId: Scalars['ID']['input'];
  /** Days and hours of presence (at most 2,000 characters). */
  schedule: Scalars['String']['input'];
  /** First day: today (Europe/Paris) at the earliest, within a year. */
  startsOn: Scalars['Date']['input'];
  /** The tutor, who signs for the company. */
  tutor: AgreementTutorInput;
};

/**
 * An intercommunality (EPCI à fiscalité propre): a communauté de communes, communauté d'agglomération, communauté
 * urbaine or métropole.
 */
export type Epci = {
  __typename?: 'Epci';
  /** Name of the EPCI, e.g. `CU Caen la Mer`. */
  name: Scalars['String']['output'];
  /** SIREN of the EPCI: nine digits. */
  siren: Scalars['ID']['output'];
};

/** How the contact requests to the addressees of one EPCI were answered. */
export type EpciContactResponses = {
  __typename?: 'EpciContactResponses';
  /** Of those, the ones answered. */
  answered: Scalars['Int']['output'];
  /** The EPCI. */
  epci: Epci;
  /** Of those, the ones expired unanswered. */
  expired: Scalars['Int']['output'];
  /** `answered` divided by `sent`, between 0 and 1; null when none was sent. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Requests sent in the period. */
  sent: Scalars['Int']['output'];
};

/** Charters of the companies of one EPCI. */
export type EpciCount = {
  __typename?: 'EpciCount';
  /** Charters of its companies. */
  count: Scalars['Int']['output'];
  /** The EPCI. */
  epci: Epci;
};

/** How the charters of one EPCI's companies keep their commitments. */
export type EpciFollowUp = {
  __typename?: 'EpciFollowUp';
  /** Actions of its companies that took place in the period. */
  actions: Scalars['Int']['output'];
  /** Charters counted (signed in the period). */
  charters: Scalars['Int']['output'];
  /** The EPCI. */
  epci: Epci;
  /** Those whose commitments are all met over their term in progress. */
  meetingCommitments: Scalars['Int']['output'];
  /** `meetingCommitments` divided by `charters`; null when no charter is counted. */
  meetingCommitmentsShare?: Maybe<Scalars['Float']['output']>;
};

/** What an erasure changed. */
export type ErasureReport = {
  __typename?: 'ErasureReport';
  /**
   * Records whose personal data were erased, e-mails queued included (anonymised: the records stay, so statistics
   * still add up); 0 when the service held nothing more about the address.
   */
  recordsErased: Scalars['Int']['output'];
};

/**
 * An orientation event (évènement): forum, Olympiades des Métiers selection, VAE week, workshop, company visit...
 * A series (a week, a fair) may have sessions, which are events of their own.
 */
export type Event = {
  __typename?: 'Event';
  /** How people with a disability can take part (accessibilité). */
  accessibility: Accessibility;
  /** Who it is for. */
  audiences: Array<Audience>;
  /** The agreement of the professional branch that co-organises the event; null when no branch does. */
  branchAgreement?: Maybe<BranchAgreement>;
  /**
   * Why it was cancelled (the `reason` of `cancelEvent`); null when none was given or it was not cancelled. Those who
   * manage the event only (its staff, the partner key that created it); null with FORBIDDEN for anyone else.
   */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** Seats; null when attendance is not limited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** How much of the date is known: the sources do not always give the day or the time. */
  datePrecision: DatePrecision;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /**
   * The department the event belongs to, whose coordinators and referents manage it and see its attendees: its
   * commune's, or for an online event its organiser's. Null for a region-wide event, which admins manage.
   */
  department?: Maybe<Department>;
  /** What happens, for the public; null when not given. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Distance in kilometres from the point of the list's `filter.near` to the centroid of the event's commune; null
   * when the event was not listed with `near` (or has no commune).
   */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The number of this edition of a recurring event (1 for the first); null for a one-off. */
  edition?: Maybe<Scalars['Int']['output']>;
  /** End time; null unless `datePrecision` is TIME. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last day (Europe/Paris). When `datePrecision` is PERIOD, the end of the window. */
  endsOn: Scalars['Date']['output'];
  /**
   * Companies taking part (stands, hosts, signatories), in the order they were added, at most `first`. Null where a
   * company no longer resolves, or, with a DOWNSTREAM_SERVICE_ERROR, when the companies service cannot answer.
   */
  exhibitors: Array<Maybe<Company>>;
  /** Who leads it: the professional who runs a parents' café; null when not given. */
  facilitator?: Maybe<Scalars['String']['output']>;
  /** Of the confirmed seats, those taken by groups (`registerGroupForEvent`). */
  groupSeatsCount: Scalars['Int']['output'];
  /** True for a hybrid event: held on site (`venue`) and online (`url`) at once. */
  hybrid: Scalars['Boolean']['output'];
  /** The event as an iCalendar document (RFC 5545, text/calendar); also served at `GET /calendar/events/<id>.ics`. */
  icalendar: Scalars['String']['output'];
  /** Event id (UUID). */
  id: Scalars['ID']['output'];
  /** An image to show with the event (https); null when none was given. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** What kind of event it is. */
  kind: EventKind;
  /** Languages it is held in, as ISO 639-1 codes (`fr`, `en`...); empty when not stated. */
  languages: Array<Scalars['String']['output']>;
  /** Largest group one group registration may bring (participants and adults); null when groups are not capped. */
  maxGroupSize?: Maybe<Scalars['Int']['output']>;
  /** Trades presented (ROME v4.60); empty when none is named. */
  metiers: Array<Metier>;
  /** True for an online event, which has a `url` and no venue. */
  online: Scalars['Boolean']['output'];
  /** The series this event is a session of; null for an event that is not a session. */
  parent?: Maybe<Event>;
  /** How often the event comes back; null for a one-off. */
  recurrence?: Maybe<EventRecurrence>;
  /** Confirmed seats: people registered one by one, and the participants and adults of confirmed groups. */
  registeredCount: Scalars['Int']['output'];
  /** When registration closes; null when it closes as the event starts. */
  registrationClosesAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether registering is possible now: SCHEDULED, registration opened, and not yet closed (by default, not started). */
  registrationOpen: Scalars['Boolean']['output'];
  /** When registration opens; null when it is open at once. */
  registrationOpensAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Registrations, oldest first: the staff who manage the event only (coordinators and referents of its department,
   * admins; admins alone for a region-wide event); null with FORBIDDEN for anyone else, partners included.
   */
  registrations?: Maybe<RegistrationConnection>;
  /** Seats left; null when attendance is not limited. */
  remainingSeats?: Maybe<Scalars['Int']['output']>;
  /** Seats groups may not take, kept for people registering one by one; 0 when none are kept. */
  seatsReservedForIndividuals: Scalars['Int']['output'];
  /** Sessions of this event, by start; empty for an event without sessions. */
  sessions: Array<Event>;
  /**
   * Ambassadors speaking, in the order they were added, at most `first`. Null where an ambassador no longer resolves
   * (erased ones are removed within minutes), or, with a DOWNSTREAM_SERVICE_ERROR, when the people service cannot answer.
   */
  speakers: Array<Maybe<Ambassador>>;
  /** Start time; null unless `datePrecision` is TIME (no time is invented). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** First day (Europe/Paris). When `datePrecision` is PERIOD, the start of the window the event fell in. */
  startsOn: Scalars['Date']['output'];
  /** Computed now: scheduled, cancelled, or completed once it has ended. */
  status: EventStatus;
  /** Themes, e.g. industry, maritime jobs, building trades. */
  themes: Array<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change, registrations, exhibitors and speakers included; what `updatedSince` compares. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where to join an online or hybrid event (http or https); null when there is none. */
  url?: Maybe<Scalars['String']['output']>;
  /** Where it happens; null for an online event, or when neither venue nor commune is known. */
  venue?: Maybe<Venue>;
  /** People waiting for a seat (WAITLISTED): a group counts its participants and adults. */
  waitlistCount: Scalars['Int']['output'];
};


/**
 * An orientation event (évènement): forum, Olympiades des Métiers selection, VAE week, workshop, company visit...
 * A series (a week, a fair) may have sessions, which are events of their own.
 */
export type EventExhibitorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An orientation event (évènement): forum, Olympiades des Métiers selection, VAE week, workshop, company visit...
 * A series (a week, a fair) may have sessions, which are events of their own.
 */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/**
 * An orientation event (évènement): forum, Olympiades des Métiers selection, VAE week, workshop, company visit...
 * A series (a week, a fair) may have sessions, which are events of their own.
 */
export type EventSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of events (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, in the list's order. */
  edges: Array<EventEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many events match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Events of one department. */
export type EventDepartmentCount = {
  __typename?: 'EventDepartmentCount';
  /** The department. */
  department: Department;
  /** Events of that department. */
  events: Scalars['Int']['output'];
  /** Their confirmed registrations. */
  registrations: Scalars['Int']['output'];
};

/** An event and its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Events of one EPCI. */
export type EventEpciCount = {
  __typename?: 'EventEpciCount';
  /** The EPCI. */
  epci: Epci;
  /** Events in its communes. */
  events: Scalars['Int']['output'];
  /** Their confirmed registrations. */
  registrations: Scalars['Int']['output'];
};

/** Which events to list; the conditions given all apply. */
export type EventFilter = {
  /** Events the ambassador speaks at. */
  ambassadorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events for this audience. */
  audience?: InputMaybe<Audience>;
  /** Code INSEE of the commune: only events on site there. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Events the company takes part in. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Department code, e.g. "14": events of its communes and its online events (region-wide ones excluded). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Events ending on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /**
   * When true, only events one can still take a seat at: not cancelled, not ended, with seats left (unlimited events
   * included). False or absent: no condition.
   */
  hasSeatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include sessions of series (default true); false lists events that are not sessions. */
  includeSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only events of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Within a distance of the centroid of the event's commune; online events and events without commune never match. */
  near?: InputMaybe<NearInput>;
  /** Events starting on or before this day; before `from` is a BAD_USER_INPUT. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only events changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What kind of orientation event it is. */
export type EventKind =
  /** A visit of a company (visite d'entreprise). */
  | 'COMPANY_VISIT'
  /** Consultation meetings (assises de l'orientation). */
  | 'CONSULTATION'
  /** A diploma ceremony (remise de diplômes). */
  | 'DIPLOMA_CEREMONY'
  /** Forum of trades, training or orientation (forum des métiers). */
  | 'FORUM'
  /** Information sessions at the reception desks (Rouen, Caen). */
  | 'INFORMATION_SESSION'
  /** Federating times of the charter network (temps fédérateurs). */
  | 'NETWORK_MEETING'
  /** Regional selections of the Olympiades des Métiers. */
  | 'OLYMPIADES_SELECTION'
  /** A parents' café (café des parents): at most 20 seats, it takes place from 15 registered parents. */
  | 'PARENTS_CAFE'
  /** Parents, witnesses of their trade (forums run by parents' associations). */
  | 'PARENTS_FORUM'
  /** Professional-development times (temps de professionnalisation). */
  | 'PROFESSIONAL_DEVELOPMENT'
  /** The annual regional event with the professional branches. */
  | 'REGIONAL_EVENT'
  /** A talk in a school, lycée or university. */
  | 'SCHOOL_INTERVENTION'
  /** Information-métiers workshops for teachers. */
  | 'TEACHER_WORKSHOP'
  /** Industry week, maritime jobs, building trades... */
  | 'THEMATIC_WEEK'
  /** Semaine de la VAE (validation des acquis de l'expérience). */
  | 'VAE_WEEK'
  /** Virtual fair for second orientation (salon virtuel de la seconde orientation). */
  | 'VIRTUAL_FAIR';

/** Events of one kind. */
export type EventKindCount = {
  __typename?: 'EventKindCount';
  /** Events of that kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EventKind;
};

/** How a list of events or parents' cafés is ordered; each order ends with the id, so pages never overlap. */
export type EventOrder =
  /** Nearest to `filter.near` first (by the centroid of the commune). */
  | 'DISTANCE'
  /** By start, earliest first. */
  | 'START';

/** How often an event comes back. */
export type EventRecurrence =
  /** Held every year; `edition` numbers its editions from 1. */
  | 'YEARLY';

/** Events counted by the dashboard. */
export type EventStatistics = {
  __typename?: 'EventStatistics';
  /** Attended among confirmed registrations whose attendance was recorded, from 0 to 1; null when none was. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** By department, by code; region-wide events (no department: online, or for the whole region) are left out. */
  byDepartment: Array<EventDepartmentCount>;
  /** By EPCI of the event's commune, by SIREN; events without commune are left out. */
  byEpci: Array<EventEpciCount>;
  /** By kind; kinds without any event are left out. */
  byKind: Array<EventKindCount>;
  /** Of those, the cancelled ones. */
  cancelled: Scalars['Int']['output'];
  /** Confirmed registrations over the seats of limited events not cancelled, from 0 to 1; null when there is none. */
  fillRate?: Maybe<Scalars['Float']['output']>;
  /** Events without department (online, or for the whole region): with `byDepartment`, they add up to `total`. */
  regionWide: Scalars['Int']['output'];
  /** Confirmed registrations to those events. */
  registrations: Scalars['Int']['output'];
  /** Events counted, cancelled ones included. */
  total: Scalars['Int']['output'];
  /** Registrations on their waitlists. */
  waitlisted: Scalars['Int']['output'];
};

/** Where an event stands, computed now. */
export type EventStatus =
  /** Cancelled, itself or its series. */
  | 'CANCELLED'
  /** Ended. */
  | 'COMPLETED'
  /** Neither cancelled nor ended (it may be under way). */
  | 'SCHEDULED';

/** Who registered a group; shown to the staff who manage the event only. */
export type GroupOrganiser = {
  __typename?: 'GroupOrganiser';
  /** Adults accompanying them. */
  accompanying: Scalars['Int']['output'];
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** The school or organisation. */
  organisation: Scalars['String']['output'];
  /** Participants of the group. */
  participants: Scalars['Int']['output'];
  /** The school's UAI code; null when not given. */
  uai?: Maybe<Scalars['String']['output']>;
};

/** Who registers a group. */
export type GroupOrganiserInput = {
  /** E-mail address: confirmations and notices go there. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters). */
  firstName: Scalars['String']['input'];
  /** Last name (at most 100 characters). */
  lastName: Scalars['String']['input'];
  /** The school or organisation (at most 200 characters). */
  organisation: Scalars['String']['input'];
  /** The school's UAI code: seven digits and their check letter, e.g. `0140013N`; null for an organisation that is not a school. */
  uai?: InputMaybe<Scalars['String']['input']>;
};

/** A group's registration (inscription de groupe): a class and its adults, who take their seats as one block. */
export type GroupRegistration = {
  __typename?: 'GroupRegistration';
  /** Secret to cancel it. Given once, in the answer to the registration that created it; null elsewhere. */
  cancellationToken?: Maybe<Scalars['String']['output']>;
  /** Whether the organiser's address was confirmed (see `Registration.emailConfirmed`). */
  emailConfirmed: Scalars['Boolean']['output'];
  /** The event. */
  event: Event;
  /** Name of the group. */
  groupName: Scalars['String']['output'];
  /** Registration id (UUID): cancel it with `cancelRegistration`. */
  id: Scalars['ID']['output'];
  /**
   * The organiser, their organisation and UAI code: the staff who manage the event only, each read recorded in the
   * audit log; null for anyone else.
   */
  organiser?: Maybe<GroupOrganiser>;
  /** Place of the group on the waitlist (1 is next); null unless WAITLISTED. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Seats asked for: participants and accompanying adults. */
  requestedSeats: Scalars['Int']['output'];
  /** Seats held: confirmed ones, or waited for on the waitlist. */
  seats: Scalars['Int']['output'];
  /** CONFIRMED (all its seats, or those that were left when the organiser accepted fewer), WAITLISTED or CANCELLED. */
  status: RegistrationStatus;
};

/**
 * An immersion agreement (convention d'immersion) between the beneficiary (and a minor's legal guardian), the host
 * company (through its tutor) and the prescriber: drafted by the company from an accepted request, signed by each
 * party through a single-use link sent by e-mail, validated by agency staff. Shown to the company's users, the staff
 * who manage the company, and the holder of a party's link; each read of its personal data is recorded in the
 * audit log.
 */
export type ImmersionAgreement = {
  __typename?: 'ImmersionAgreement';
  /** Its assessment (bilan), once the tutor recorded it; null until then. */
  assessment?: Maybe<ImmersionAssessment>;
  /** The person in immersion. */
  beneficiary: AgreementBeneficiary;
  /** When it was cancelled; null unless CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The host company. */
  company: Company;
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of the immersion (the days from `startsOn`, both included, never exceed the offer's duration). */
  endsOn: Scalars['Date']['output'];
  /** A minor beneficiary's legal guardian (représentant légal); null for an adult. */
  guardian?: Maybe<AgreementContact>;
  /** Agreement id (UUID). */
  id: Scalars['ID']['output'];
  /** What the beneficiary comes to observe or learn. */
  objectives: Scalars['String']['output'];
  /** The offer. */
  offer: ImmersionOffer;
  /** The agreement as a PDF document, base64-encoded: what `GET /agreements/<id>.pdf` serves. */
  pdf: Scalars['String']['output'];
  /** The prescriber (school, mission locale, France Travail...); null when none was named. */
  prescriber?: Maybe<AgreementContact>;
  /** Why agency staff rejected it; null unless REJECTED. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The request it was drafted from. */
  request: ImmersionRequest;
  /** Days and hours of presence, in the company's words. */
  schedule: Scalars['String']['output'];
  /** When it was first sent for signature; null while DRAFT. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The parties who sign, in order (beneficiary, guardian, company, prescriber), and whether and when each signed. */
  signatories: Array<AgreementSignatory>;
  /** First day of the immersion. */
  startsOn: Scalars['Date']['output'];
  /** Where it stands. */
  status: ImmersionAgreementStatus;
  /** The tutor (tuteur) who welcomes the beneficiary and signs for the company. */
  tutor: AgreementContact;
  /** When agency staff validated it; null unless VALIDATED. */
  validatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Where an immersion agreement stands. */
export type ImmersionAgreementStatus =
  /** Cancelled by the company or the staff before validation. */
  | 'CANCELLED'
  /** Written by the company, not yet sent: its terms may change freely. */
  | 'DRAFT'
  /** Some parties signed, not all. */
  | 'PARTIALLY_SIGNED'
  /** Sent: each party has a link to sign, nobody signed yet (or a change voided the signatures). */
  | 'READY_TO_SIGN'
  /** Refused by agency staff; the company may draft another. */
  | 'REJECTED'
  /** Every party signed; it awaits the agency's validation. */
  | 'SIGNED'
  /** Validated by agency staff: the immersion may take place. */
  | 'VALIDATED';

/** The terms of an immersion agreement. */
export type ImmersionAgreementTermsInput = {
  /** Last day: on or after `startsOn`; the days from `startsOn`, both included, at most the offer's duration. */
  endsOn: Scalars['Date']['input'];
  /** A minor beneficiary's legal guardian, required for a minor (on the first day) and refused for an adult. */
  guardian?: InputMaybe<AgreementGuardianInput>;
  /** What the beneficiary comes to observe or learn (at most 4,000 characters). */
  objectives: Scalars['String']['input'];
  /** The prescriber, when there is one; it then signs too. */
  prescriber?: InputMaybe<AgreementPrescriberInput>;
  /** Days and hours of presence (at most 2,000 characters). */
  schedule: Scalars['String']['input'];
  /** First day: today (Europe/Paris) at the earliest, within a year. */
  startsOn: Scalars['Date']['input'];
  /** The tutor, who signs for the company. */
  tutor: AgreementTutorInput;
};

/** The assessment (bilan) of an immersion, recorded by its tutor after the last day. */
export type ImmersionAssessment = {
  __typename?: 'ImmersionAssessment';
  /** The tutor's comment; null when none. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Hours done. */
  hoursDone: Scalars['Int']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Skills the tutor observed, in the tutor's words. */
  skillsObserved: Array<Scalars['String']['output']>;
  /** Whether the immersion took place. */
  tookPlace: Scalars['Boolean']['output'];
};

/** Immersion offers and requests of one department. */
export type ImmersionDepartmentCount = {
  __typename?: 'ImmersionDepartmentCount';
  /** Of those requests, the ones accepted. */
  accepted: Scalars['Int']['output'];
  /** The department. */
  department: Department;
  /** Offers published in the period. */
  offers: Scalars['Int']['output'];
  /** Their places. */
  places: Scalars['Int']['output'];
  /** Requests made in the period on the department's offers. */
  requests: Scalars['Int']['output'];
};

/** Immersion offers and requests of one EPCI. */
export type ImmersionEpciCount = {
  __typename?: 'ImmersionEpciCount';
  /** Of those requests, the ones accepted. */
  accepted: Scalars['Int']['output'];
  /** The EPCI. */
  epci: Epci;
  /** Offers published in the period. */
  offers: Scalars['Int']['output'];
  /** Their places. */
  places: Scalars['Int']['output'];
  /** Requests made in the period on the EPCI's offers. */
  requests: Scalars['Int']['output'];
};

/**
 * An immersion offer: places in a company to discover a trade on site for a few days (immersion professionnelle:
 * stage d'observation for pupils, PMSMP for adults looking for a job or changing career).
 */
export type ImmersionOffer = {
  __typename?: 'ImmersionOffer';
  /** Who it is for. */
  audiences: Array<Audience>;
  /** Where it takes place: the commune given, or the company's; null when neither is known. */
  commune?: Maybe<Commune>;
  /** The host company. */
  company: Company;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** What the immersion involves; null when not given. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Distance in kilometres from the point of the list's `filter.near` to the centroid of the offer's commune; null
   * when the offer was not listed with `near`.
   */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** Length of the immersion, in days (1 to 30). */
  durationDays: Scalars['Int']['output'];
  /** Immersion offer id (UUID). */
  id: Scalars['ID']['output'];
  /** The trade to discover (ROME v4.60). */
  metier: Metier;
  /** At most this many requests a calendar month (Europe/Paris); null when unlimited. */
  monthlyMaxRequests?: Maybe<Scalars['Int']['output']>;
  /** Places offered (1 to 50). */
  places: Scalars['Int']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Places not held by a pending or accepted request (a declined request gives its place back); never below 0. */
  remainingPlaces: Scalars['Int']['output'];
  /**
   * Requests received, oldest first: the company's users and the staff who manage the company (staff of its
   * department, admins, the referent its charter names) only; null with FORBIDDEN for anyone else.
   */
  requests?: Maybe<ImmersionRequestConnection>;
  /** OPEN, PAUSED (out of search until resumed) or CLOSED (for good). */
  status: ImmersionOfferStatus;
  /**
   * True when it takes requests today: OPEN, with places left, its company not in a busy period, under its monthly
   * maximum. An offer that does not leaves search.
   */
  takingRequests: Scalars['Boolean']['output'];
  /** Title of the offer. */
  title: Scalars['String']['output'];
  /** Last change, a place taken or given back included; what `updatedSince` compares. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * An immersion offer: places in a company to discover a trade on site for a few days (immersion professionnelle:
 * stage d'observation for pupils, PMSMP for adults looking for a job or changing career).
 */
export type ImmersionOfferRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of immersion offers (Relay connection). */
export type ImmersionOfferConnection = {
  __typename?: 'ImmersionOfferConnection';
  /** The offers of this page, in the list's order. */
  edges: Array<ImmersionOfferEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many offers match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An immersion offer and its cursor. */
export type ImmersionOfferEdge = {
  __typename?: 'ImmersionOfferEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: ImmersionOffer;
};

/** Which immersion offers to list; the conditions given all apply. */
export type ImmersionOfferFilter = {
  /** Only offers open to this audience. */
  audience?: InputMaybe<Audience>;
  /** Only the offers of this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Department code, e.g. `"14"`: offers of its communes (or of its companies, for an offer without commune). */
  department?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only offers taking requests (true by default): open, with places left, their company not in a busy period, under
   * their monthly maximum of requests. False lists every offer, full, paused, closed or saturated ones too.
   */
  hasPlacesLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Within a distance of the centroid of the offer's commune; offers without commune never match. */
  near?: InputMaybe<NearInput>;
  /** Code ROME of the trade, e.g. `D1102` (case ignored); not a ROME v4.60 code is a BAD_USER_INPUT. */
  romeCode?: InputMaybe<Scalars['String']['input']>;
  /** Only offers changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a list of immersion offers is ordered; each order ends with the id, so pages never overlap. */
export type ImmersionOfferOrder =
  /** Nearest to `filter.near` first (by the centroid of the commune). */
  | 'DISTANCE'
  /** Newest first. */
  | 'NEWEST';

/** Where an immersion offer stands. */
export type ImmersionOfferStatus =
  /** Closed for good; its requests stay. */
  | 'CLOSED'
  /** Published and shown, while it takes requests. */
  | 'OPEN'
  /** Out of search until the company resumes it; its requests stay. */
  | 'PAUSED';

/** A request for an immersion place (demande d'immersion). */
export type ImmersionRequest = {
  __typename?: 'ImmersionRequest';
  /**
   * Its immersion agreement: the one in force, or the latest rejected or cancelled; null when none was drafted, or
   * for anyone but the company's users and the staff who manage the company.
   */
  agreement?: Maybe<ImmersionAgreement>;
  /** When the company answered; null while PENDING, or when it expired unanswered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When it expired unanswered (30 days after the request); null unless EXPIRED. */
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Request id (UUID). The answer to a repeated request from the same address carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** The requester's message: same visibility as `requester`; null for anyone else, or when none was sent. */
  message?: Maybe<Scalars['String']['output']>;
  /** The offer asked for. */
  offer: ImmersionOffer;
  /** When the company was reminded of it (once, 7 days after the request, if still unanswered); null otherwise. */
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Who asked: the company's users and the staff who manage the company only, each read recorded in the audit log;
   * null for anyone else.
   */
  requester?: Maybe<ImmersionRequester>;
  /** Where it stands. */
  status: ImmersionRequestStatus;
};

/** A page of immersion requests (Relay connection). */
export type ImmersionRequestConnection = {
  __typename?: 'ImmersionRequestConnection';
  /** The requests of this page, in the list's order. */
  edges: Array<ImmersionRequestEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many requests the list holds, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An immersion request and its cursor. */
export type ImmersionRequestEdge = {
  __typename?: 'ImmersionRequestEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: ImmersionRequest;
};

/** Where an immersion request stands. */
export type ImmersionRequestStatus =
  /** Accepted by the company; it keeps its place. */
  | 'ACCEPTED'
  /** Declined by the company; its place went back to the offer. */
  | 'DECLINED'
  /** Left unanswered for 30 days: its place went back to the offer and the requester was told. */
  | 'EXPIRED'
  /** Awaiting the company's answer; it holds a place. */
  | 'PENDING';

/**
 * Personal data of an immersion requester, shown to the company's users and the staff who manage the company only.
 * Once erased, or a year after the answer (or the request, if never answered), the names read `Effacé` and the e-mail
 * address is an undeliverable one.
 */
export type ImmersionRequester = {
  __typename?: 'ImmersionRequester';
  /** Who the requester is: pupil, student, job seeker... */
  category: Audience;
  /** E-mail address, for the company to reply. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** A parent or guardian agreed (required under 15). */
  guardianConsent: Scalars['Boolean']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Under 18, as declared. */
  minor: Scalars['Boolean']['output'];
  /** Phone number; null when not given. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Who asks for an immersion place; shown to the company's users and the staff who manage the company only. */
export type ImmersionRequesterInput = {
  /** Birth date, when given, tells whether the requester is under 15; not in the future. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Who the requester is: pupil, student, job seeker... */
  category: Audience;
  /** E-mail address, for the company to reply; one request per address and offer. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters). */
  firstName: Scalars['String']['input'];
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name (at most 100 characters). */
  lastName: Scalars['String']['input'];
  /** The requester is under 18; it must agree with `birthDate` when that is given. */
  minor: Scalars['Boolean']['input'];
  /** Phone number (at most 30 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Immersions counted by the dashboard. */
export type ImmersionStatistics = {
  __typename?: 'ImmersionStatistics';
  /** Accepted among answered requests, from 0 to 1; null when none was answered. */
  acceptanceRate?: Maybe<Scalars['Float']['output']>;
  /** Of those requests, the ones accepted. */
  accepted: Scalars['Int']['output'];
  /** Immersion agreements of the department's offers validated in the period. */
  agreementsValidated: Scalars['Int']['output'];
  /** Immersions assessed (bilans recorded) in the period. */
  assessments: Scalars['Int']['output'];
  /** By department of the offer, by code; only offers of a company with neither commune nor department have none. */
  byDepartment: Array<ImmersionDepartmentCount>;
  /** By EPCI of the offer's commune, by SIREN; offers whose commune is not known are left out. */
  byEpci: Array<ImmersionEpciCount>;
  /** Of those requests, the ones declined. */
  declined: Scalars['Int']['output'];
  /** Of those requests, the ones that expired unanswered after 30 days. */
  expired: Scalars['Int']['output'];
  /** Hours of immersion those assessments record. */
  hoursDone: Scalars['Int']['output'];
  /** Offers published in the period (Europe/Paris days), full ones included. */
  offers: Scalars['Int']['output'];
  /** Of those requests, the ones still pending. */
  pending: Scalars['Int']['output'];
  /** Places of those offers. */
  places: Scalars['Int']['output'];
  /** Places of those offers not held by a pending or accepted request. */
  remainingPlaces: Scalars['Int']['output'];
  /** Requests made in the period (Europe/Paris days) on offers of the territory, whenever they were published. */
  requests: Scalars['Int']['output'];
  /** Requests by month (`YYYY-MM`, Europe/Paris), oldest first; months without any are left out. */
  requestsByMonth: Array<PeriodCount>;
  /** Of those assessed, the immersions that took place. */
  tookPlace: Scalars['Int']['output'];
};

/** How an ambassador can take part. */
export type InterventionKind =
  /** A talk in a class (intervention en classe). */
  | 'CLASS_TALK'
  /** Showing visitors round their company (visite d'entreprise). */
  | 'COMPANY_VISIT'
  /** A stand at a forum. */
  | 'FORUM_STAND'
  /** Tutoring a young person during an immersion. */
  | 'IMMERSION_TUTORING'
  /** A talk or conversation online. */
  | 'ONLINE_TALK'
  /** Taking part in a parents' café. */
  | 'PARENTS_CAFE'
  /** A phone conversation. */
  | 'PHONE_CALL';

/** A trade (fiche métier) of the ROME v4.60 (Répertoire Opérationnel des Métiers et des Emplois, France Travail). */
export type Metier = {
  __typename?: 'Metier';
  /** Label in French, e.g. `Boulanger / Boulangère`. */
  label: Scalars['String']['output'];
  /** Code ROME: a capital letter and four digits, e.g. `D1102`. */
  romeCode: Scalars['ID']['output'];
};

/** A page of ROME trades (Relay connection). */
export type MetierConnection = {
  __typename?: 'MetierConnection';
  /** The trades of this page, by code. */
  edges: Array<MetierEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many trades match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ROME trade and its cursor. */
export type MetierEdge = {
  __typename?: 'MetierEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The trade. */
  node: Metier;
};

/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a company as exhibitor or participant (stand, host, signatory). Its managing staff, or the partner key that
   * created it; FORBIDDEN otherwise. Adding it again changes nothing.
   */
  addExhibitor: Event;
  /**
   * Adds an ambassador as speaker. Its managing staff, or the partner key that created it; FORBIDDEN otherwise. Adding
   * them again changes nothing.
   */
  addSpeaker: Event;
  /**
   * Answers a pending contact request; the answer is relayed to the requester by e-mail, neither side seeing the
   * other's address. The addressee (the ambassador, users of the company), staff of the ambassador's department,
   * admins; FORBIDDEN otherwise. BAD_USER_INPUT when it was already answered or has expired; NOT_FOUND for an unknown
   * request.
   */
  answerContactRequest: ContactRequest;
  /**
   * Accepts or declines a pending immersion request; declining gives its place back. The company's users or the
   * staff who manage it; FORBIDDEN otherwise. BAD_USER_INPUT when it was already answered; NOT_FOUND for an unknown
   * request.
   */
  answerImmersionRequest: ImmersionRequest;
  /**
   * Applies to join the Fabrique des Compétences charter (public, or a user of the company, which then need not
   * describe it again). The applicant is mailed an acknowledgement and the agency a notice. BAD_USER_INPUT (with
   * `extensions.field`) when the commitments break the charter's rules, for a malformed SIRET, NAF code or address,
   * a commune outside Normandy, a new company without name; FORBIDDEN for `company.companyId` by anyone but its users
   * and staff.
   */
  applyForCharter: CharterApplication;
  /**
   * Approves a pending application: registers the company if it was not, and signs its charter for two years from
   * today, the company's signature dated the day it applied and the agency's today; the Région signs later
   * (`signCharterForRegion`). The applicant is mailed. Staff of the application's department (admins for one without);
   * FORBIDDEN otherwise. BAD_USER_INPUT when already reviewed, or when the company has a charter in force.
   */
  approveCharterApplication: CharterApplication;
  /**
   * Cancels an event and its sessions (status CANCELLED); registering is then refused. Its managing staff, or the
   * partner key that created it; FORBIDDEN otherwise. Cancelling again changes nothing; NOT_FOUND for an unknown id.
   */
  cancelEvent: Event;
  /**
   * Cancels an agreement not yet validated (status CANCELLED); each party who got a link is mailed. The company's
   * users or the staff who manage it; FORBIDDEN otherwise.
   */
  cancelImmersionAgreement: ImmersionAgreement;
  /**
   * Cancels a parents' café (status CANCELLED). Staff of its department; FORBIDDEN otherwise. Cancelling again changes
   * nothing; NOT_FOUND for an unknown id.
   */
  cancelParentsCafe: ParentsCafe;
  /**
   * Cancels a café registration: with its cancellation token (the parent, no sign-in needed), or without it as staff
   * of the café's department; the seat frees up. FORBIDDEN for a wrong token, or without token for anyone else;
   * NOT_FOUND for an unknown registration; cancelling again changes nothing.
   */
  cancelParentsCafeRegistration: ParentsCafeRegistration;
  /**
   * Cancels a registration: with its cancellation token (the registrant, no sign-in needed), or without it as staff
   * who manage the event. A freed seat confirms the first waitlisted registration. FORBIDDEN for a wrong token, or
   * without token for anyone else; NOT_FOUND for an unknown registration; cancelling again changes nothing.
   */
  cancelRegistration: Registration;
  /**
   * Checks a ticket in at the door, once: the registration is recorded as attended. The staff who manage the event,
   * or the partner key that created it; FORBIDDEN otherwise. NOT_FOUND for a code that is no ticket of the event;
   * BAD_USER_INPUT for a ticket already checked in, waitlisted or cancelled, or a cancelled event.
   */
  checkIn: Registration;
  /**
   * Closes an offer for good: it leaves search; its requests and agreements stay. Same access as
   * `updateImmersionOffer`; BAD_USER_INPUT when already closed. Partners subscribed to `immersion_offer.closed` are told.
   */
  closeImmersionOffer: ImmersionOffer;
  /**
   * Confirms a contact request's e-mail address with the token mailed to it (public): the request is sent to its
   * addressee now. Confirming again changes nothing. BAD_USER_INPUT for a token that matches nothing, or whose request
   * was released after 48 hours without confirmation.
   */
  confirmContactRequest: ContactRequest;
  /**
   * Confirms a registration's e-mail address with the token mailed to it (public): its seat or waitlist place, held
   * since the registration, is kept for good and the ticket is mailed. Confirming again changes nothing.
   * BAD_USER_INPUT for a token that matches nothing, or whose hold was released after 48 hours.
   */
  confirmRegistration: Registration;
  /** Creates a partner key; its secret is in this answer only (admin; FORBIDDEN for anyone else). */
  createApiKey: CreatedApiKey;
  /**
   * Creates an event, or a session of a series with `parentId`. The staff who manage events of its department
   * (coordinators and referents of it, admins; admins alone for a region-wide event), or a partner key with
   * WRITE_EVENTS; FORBIDDEN otherwise, and for a session of a series the caller may not change. BAD_USER_INPUT
   * (with `extensions.field`) for an event on site without commune or with a URL, an online one without URL, an end
   * not after the start, a session outside its series' days, a capacity outside 1–100,000 or no audience; NOT_FOUND
   * for an unknown `parentId`.
   */
  createEvent: Event;
  /**
   * Records an orientation place. Staff of the commune's department (admins for a region-wide place); FORBIDDEN
   * otherwise. BAD_USER_INPUT for an unknown commune, a place without commune that is not a phone line, a phone
   * that is not a French number, a URL that is not http(s).
   */
  createOrientationPlace: OrientationPlace;
  /**
   * Creates a parents' café (café des parents). Staff of the commune's department; FORBIDDEN otherwise. BAD_USER_INPUT
   * for a start not in the future, an end not after the start, or a capacity outside 1–20.
   */
  createParentsCafe: ParentsCafe;
  /**
   * Records a professional branch. Admins only. BAD_USER_INPUT for an IDCC that is not four digits or is already
   * recorded, or a NAF code that is not one.
   */
  createProfessionalBranch: ProfessionalBranch;
  /**
   * Subscribes the calling partner key to changes, delivered by POST to `url` as Standard Webhooks signed with
   * the secret returned here, once. The URL must be https (http only outside production) and must not point
   * to a private, loopback or link-local address. A key holds at most 10 subscriptions. BAD_USER_INPUT names
   * the field at fault; FORBIDDEN without a partner key, or for an event type its scopes do not allow.
   */
  createWebhookSubscription: CreatedWebhookSubscription;
  /**
   * Takes an ambassador out of the network: out of search and contact, and listed by `ambassadorTombstones` (LEFT).
   * Users of their company or staff of their department, not the ambassador alone (they pause with `pausedUntil`);
   * FORBIDDEN otherwise. Deactivating again changes nothing; an unknown id is a BAD_USER_INPUT.
   */
  deactivateAmbassador: Ambassador;
  /** Removes an orientation place; returns its id. Staff of its department; NOT_FOUND for an unknown place. */
  deleteOrientationPlace: Scalars['ID']['output'];
  /** Deletes a subscription and its deliveries; nothing more is sent to it (the owning partner, or an admin). */
  deleteWebhookSubscription: WebhookSubscription;
  /**
   * Drafts the immersion agreement (convention d'immersion) of an accepted request: status DRAFT, nothing sent yet.
   * The company's users or the staff who manage it; FORBIDDEN otherwise. BAD_USER_INPUT (with `extensions.field`)
   * for a request not ACCEPTED or already holding an agreement in force, dates in the past, more than a year ahead,
   * in the wrong order or longer than the offer's duration, a minor beneficiary without `guardian` (or an adult
   * with one), a malformed address; NOT_FOUND for an unknown request.
   */
  draftImmersionAgreement: ImmersionAgreement;
  /** Turns a disabled subscription back on: new changes are delivered again (the owning partner, or an admin). */
  enableWebhookSubscription: WebhookSubscription;
  /**
   * Erases (anonymises) every personal datum the companies service holds about an e-mail address: immersion
   * requests, each role it holds in immersion agreements (and, for a beneficiary, the tutor's comment of the
   * assessment), its signatures, the contact of its charter applications, and the e-mails queued to or about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  eraseCompaniesPersonalData: ErasureReport;
  /**
   * Erases (anonymises) every personal datum the events service holds about an e-mail address: event registrations
   * and the e-mails queued about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  eraseEventsPersonalData: ErasureReport;
  /**
   * Erases (anonymises) every personal datum the people service holds about an e-mail address: an ambassador (who
   * then resolves nowhere, and leaves a tombstone), a referent's address, contact requests and
   * the e-mails queued about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  erasePeoplePersonalData: ErasureReport;
  /**
   * Pauses an open offer: it leaves search and takes no request until resumed; its requests stay. Same access as
   * `updateImmersionOffer`; BAD_USER_INPUT unless OPEN. Partners subscribed to `immersion_offer.closed` are told.
   */
  pauseImmersionOffer: ImmersionOffer;
  /** Publishes a communication kit for charter companies. Staff only; BAD_USER_INPUT for a URL that is not http(s). */
  publishCommunicationKit: CommunicationKit;
  /**
   * Publishes an immersion offer of a company. The company's users or the staff who manage it; FORBIDDEN otherwise.
   * BAD_USER_INPUT for places outside 1–50, a duration outside 1–30 days, no audience, an unknown ROME or commune
   * code; NOT_FOUND for an unknown company.
   */
  publishImmersionOffer: ImmersionOffer;
  /**
   * Records whether confirmed registrants came, once the event has started (not for a cancelled one). The staff who
   * manage it, who see its attendees; FORBIDDEN otherwise, partner keys included (even the one that created it). Returns the registrations changed: ids that are
   * not confirmed registrations of the event are ignored.
   */
  recordAttendance: Array<Registration>;
  /**
   * Records an agreement of the Région with a professional branch. Admins only. BAD_USER_INPUT when it expires
   * before it is signed or commits to nothing; NOT_FOUND for an unknown branch.
   */
  recordBranchAgreement: BranchAgreement;
  /**
   * Records an action carried out under one of the charter's commitments. The company's users or the staff who manage
   * it; FORBIDDEN otherwise. BAD_USER_INPUT when the charter has no commitment of that kind, or the day is in the
   * future or outside the charter's term; NOT_FOUND for an unknown charter.
   */
  recordCommitmentAction: CommitmentAction;
  /**
   * Records what a territorial coordinator did under one of their missions. The coordinator themself (a
   * coordinator token naming its person), in a commune of their territory, or an admin naming the coordinator;
   * FORBIDDEN otherwise. BAD_USER_INPUT for a date in the future, an unknown commune, participants outside 0–100,000.
   */
  recordCoordinatorAction: CoordinatorAction;
  /**
   * Records the assessment (bilan) of a validated immersion, after its last day, once: by the tutor through the
   * COMPANY party's link (`token`), or by the company's users or the staff who manage it (`agreementId`). FORBIDDEN
   * for anyone else; BAD_USER_INPUT (with `extensions.field`) before the last day has passed, for an agreement not
   * VALIDATED or already assessed, hours out of range or any hours when it did not take place.
   */
  recordImmersionAssessment: ImmersionAssessment;
  /**
   * Sends a delivery again now, whatever its state (a failed one gets a new day of retries), with the same
   * `webhook-id`, so the receiver can tell it is a repeat.
   */
  redeliverWebhook: WebhookDelivery;
  /**
   * Registers an ambassador of a company (Réseau d'Ambassadeurs Métiers). Users of that company, staff of the
   * commune's department (coordinators and referents of it, admins); FORBIDDEN otherwise. BAD_USER_INPUT when the
   * e-mail is already registered, for an unknown company, commune or ROME code, no intervention kind, or a quota
   * outside 1–100.
   */
  registerAmbassador: Ambassador;
  /**
   * Adds a company to the network. Staff of its department (referents and coordinators of it, admins; admins alone
   * for a company without department); FORBIDDEN otherwise. BAD_USER_INPUT (with `extensions.field`) for a SIRET that
   * is malformed, fails its check digit or is already registered, a commune or department outside Normandy, or a
   * malformed NAF code.
   */
  registerCompany: Company;
  /**
   * Registers for an event (public): CONFIRMED while seats remain, WAITLISTED after. An e-mail already registered
   * to the event takes nothing: its answer looks like a new registration's (an id and a token that name nothing,
   * the status and position a new one would get) and the attendee is told by e-mail what they are registered to,
   * so that the answer never tells whether an address is known. BAD_USER_INPUT when the event is cancelled or over,
   * registration is not open yet or closed, or for an attendee under 15 without `guardianConsent: true`; NOT_FOUND
   * for an unknown event.
   */
  registerForEvent: Registration;
  /**
   * Registers a parent (public): `registerForEvent` on the café's event, without its waitlist. A public
   * registration holds its seat until the address is confirmed by the mailed link (`confirmRegistration`, within
   * 48 hours). An e-mail already registered to the café gets an answer like a new registration's (see
   * `registerForEvent`) and the parent is told by e-mail. BAD_USER_INPUT when the café is cancelled, full or
   * already started; NOT_FOUND for an unknown café.
   */
  registerForParentsCafe: ParentsCafeRegistration;
  /**
   * Registers a group, a class and the adults who accompany it (public): `participants + accompanying` seats taken
   * as one block, in one transaction: all confirmed, or all on the waitlist, or, with `acceptFewerSeats`, the seats
   * that are left. Groups never take the seats an event keeps for individuals, nor bring more people than its
   * `maxGroupSize`. A school is named by its UAI code (checked with its letter). A public registration holds its
   * seats until the organiser's address is confirmed by the mailed link (48 hours). One organiser registers several
   * groups under different `groupName`s. BAD_USER_INPUT as `registerForEvent`, and for a group too large, a UAI
   * code that is not one, a name already used by this organiser, or a parents' café; NOT_FOUND for an unknown event.
   */
  registerGroupForEvent: GroupRegistration;
  /**
   * Registers a parent who presents their trade at school forums (parent témoin de son métier): an ambassador of the
   * PARENT_WITNESS network, without company, for forum stands and class talks. Staff of the commune's department;
   * FORBIDDEN otherwise. BAD_USER_INPUT when the e-mail is already registered, or for an unknown commune or ROME code.
   */
  registerParentWitness: Ambassador;
  /**
   * Rejects a pending application with a reason; the applicant is mailed it. Same access as
   * `approveCharterApplication`; BAD_USER_INPUT when already reviewed.
   */
  rejectCharterApplication: CharterApplication;
  /**
   * Rejects an agreement not yet validated (status REJECTED), with a reason; each party who got a link is mailed,
   * and the company may draft a new one. Agency staff who manage the company; FORBIDDEN otherwise.
   */
  rejectImmersionAgreement: ImmersionAgreement;
  /**
   * Renews a charter (reconduction): two more years from its current expiry. Staff who manage the company; FORBIDDEN
   * otherwise. BAD_USER_INPUT for a terminated charter, or one still expired after renewal (sign a new one);
   * NOT_FOUND for an unknown id.
   */
  renewCharter: Charter;
  /**
   * Asks an ambassador or a company to be put in touch (public). The addressee is notified by e-mail; their
   * address is never shown to the requester. A request made without credentials (the public site) takes its place in
   * the ambassador's monthly quota at once, but reaches the addressee only once the requester confirms their address
   * by the link mailed to it (`confirmContactRequest`, within 48 hours, else it is released); staff and partner-made
   * requests need no confirmation. One pending request per requester and addressee: a second one is
   * not sent; its answer looks like a new request's (an id that names nothing) and the requester is told by
   * e-mail that their request is still pending, so that the answer never tells whether an address is known.
   * BAD_USER_INPUT unless exactly one addressee is named, when the ambassador left the network, is taking a break or
   * has had their monthly quota of requests, or for a requester under 15 without `guardianConsent: true`; NOT_FOUND
   * for an unknown ambassador; BAD_USER_INPUT (field `input.companyId`) for an unknown company.
   */
  requestContact: ContactRequest;
  /**
   * Asks for an immersion place (public). The first request of an e-mail for an offer wins: a later one takes no
   * place and records nothing; its answer looks like a new request's (an id that names nothing) and the
   * requester is told by e-mail what they already asked, so that the answer never tells whether an address is known.
   * BAD_USER_INPUT when no place is left, or for a requester under 15 without `guardianConsent: true`; NOT_FOUND for
   * an unknown offer.
   */
  requestImmersion: ImmersionRequest;
  /**
   * Resumes a paused offer (OPEN again). Same access as `updateImmersionOffer`; BAD_USER_INPUT unless PAUSED.
   * Partners subscribed to `immersion_offer.published` are told.
   */
  resumeImmersionOffer: ImmersionOffer;
  /**
   * Revokes a key (admin): the gateway stops accepting it once its cached check expires (`API_KEY_CACHE_MS`, 30 s by
   * default). Revoking again changes nothing; NOT_FOUND for an unknown id.
   */
  revokeApiKey: ApiKey;
  /**
   * Replaces a key by a new one with the same partner and scopes, and revokes the old one (admin). BAD_USER_INPUT
   * for a revoked key (create a new one); NOT_FOUND for an unknown id.
   */
  rotateApiKey: CreatedApiKey;
  /**
   * Gives a subscription a new secret, returned here, once. The previous secret keeps signing beside the new
   * one for 24 hours (two signatures in `webhook-signature`), so the receiver can switch without losing a
   * delivery.
   */
  rotateWebhookSecret: CreatedWebhookSubscription;
  /**
   * Sends a draft for signature (status READY_TO_SIGN): each party (beneficiary, a minor's guardian, the company's
   * tutor, the prescriber) is mailed a single-use link to its own address. The company's users or the staff who
   * manage it; BAD_USER_INPUT unless DRAFT; NOT_FOUND for an unknown id.
   */
  sendImmersionAgreementForSignature: ImmersionAgreement;
  /**
   * Sets a coordinator's territory: their departments and, within them, the intercommunalities they cover (none:
   * the whole departments). Admins only; BAD_USER_INPUT for an EPCI outside those departments.
   */
  setCoordinatorTerritory: Referent;
  /**
   * Signs a Fabrique des Compétences charter (charte d'engagement) for two years. Staff who manage the company (staff
   * of its department, admins, the referent its current charter names); FORBIDDEN otherwise. NOT_FOUND for an
   * unknown company; BAD_USER_INPUT when the commitments break the rules, for a date in the future or before
   * 2020-01-01, when the company already has a charter in force (renew it instead), or for a `referentId` the
   * people subgraph does not know.
   */
  signCharter: Charter;
  /**
   * Records the Région's signature of a charter approved from an application. Admins only (FORBIDDEN otherwise).
   * BAD_USER_INPUT when the Région signed already, or for a day in the future or before the agency's signature.
   */
  signCharterForRegion: Charter;
  /**
   * Signs an agreement as the party a link was sent to (public: the link is the credential). PARTIALLY_SIGNED, then
   * SIGNED once every party signed (the agency is then mailed to validate it). BAD_USER_INPUT on `input.token` for a
   * link already used (nobody signs twice), unknown or replaced, or an agreement not open for signature.
   */
  signImmersionAgreement: ImmersionAgreement;
  /**
   * Ends a charter today, before its expiry (status TERMINATED). Staff who manage the company; FORBIDDEN otherwise.
   * BAD_USER_INPUT when it is already terminated or expired; NOT_FOUND for an unknown id.
   */
  terminateCharter: Charter;
  /**
   * Changes an ambassador: omitted fields keep their value. The ambassador, users of their company, staff of their
   * department (and of the new one, for a commune in another); FORBIDDEN otherwise. BAD_USER_INPUT for an unknown or
   * erased ambassador, or a pause ending before today.
   */
  updateAmbassador: Ambassador;
  /**
   * Changes a company's profile (name, sector, NAF code, commune, contact address, description, busy period). The
   * company's users or the staff who manage it; FORBIDDEN otherwise. BAD_USER_INPUT (with `extensions.field`) for a
   * commune outside Normandy, a malformed NAF code or address, a busy period with one day only, in the wrong order
   * or over already; NOT_FOUND for an unknown company. Partners subscribed to `company.updated` are told.
   */
  updateCompanyProfile: Company;
  /**
   * Changes an event: omitted fields keep their value. Its managing staff, or the partner key that created it;
   * FORBIDDEN otherwise. Capacity cannot go below the confirmed registrations; raising it confirms waitlisted ones.
   * BAD_USER_INPUT for a cancelled event, no audience, a URL on an event on site, a session moved outside its series'
   * days, or a series whose new days leave out one of its sessions; NOT_FOUND for an unknown id.
   */
  updateEvent: Event;
  /**
   * Changes the terms of an agreement not yet fully signed. After the first signature, every signature is voided
   * and each party gets a new link (status READY_TO_SIGN). Same access and errors as `draftImmersionAgreement`;
   * BAD_USER_INPUT once SIGNED, VALIDATED, REJECTED or CANCELLED.
   */
  updateImmersionAgreement: ImmersionAgreement;
  /**
   * Changes an immersion offer's terms. The company's users or the staff who manage it; FORBIDDEN otherwise.
   * BAD_USER_INPUT as for `publishImmersionOffer`, for fewer places than its requests hold, or for a closed offer;
   * NOT_FOUND for an unknown offer.
   */
  updateImmersionOffer: ImmersionOffer;
  /**
   * Replaces what is known of an orientation place (every field of the input, as for creation). Staff of its
   * department, before and after the change; NOT_FOUND for an unknown place.
   */
  updateOrientationPlace: OrientationPlace;
  /**
   * Validates a fully signed agreement (status VALIDATED); each party is mailed. Agency staff who manage the
   * company; FORBIDDEN otherwise (the company itself included). BAD_USER_INPUT unless SIGNED; NOT_FOUND for an
   * unknown id.
   */
  validateImmersionAgreement: ImmersionAgreement;
  /** Withdraws a communication kit: companies no longer see it. Staff only; NOT_FOUND for an unknown kit. */
  withdrawCommunicationKit: CommunicationKit;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationAddExhibitorArgs = {
  companyId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationAddSpeakerArgs = {
  ambassadorId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationAnswerContactRequestArgs = {
  input: AnswerContactRequestInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationAnswerImmersionRequestArgs = {
  input: AnswerImmersionRequestInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationApplyForCharterArgs = {
  input: ApplyForCharterInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationApproveCharterApplicationArgs = {
  id: Scalars['ID']['input'];
  referentId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCancelImmersionAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCancelParentsCafeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCancelParentsCafeRegistrationArgs = {
  input: CancelParentsCafeRegistrationInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCancelRegistrationArgs = {
  input: CancelRegistrationInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCheckInArgs = {
  input: CheckInInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCloseImmersionOfferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationConfirmContactRequestArgs = {
  input: ConfirmContactRequestInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationConfirmRegistrationArgs = {
  input: ConfirmRegistrationInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateOrientationPlaceArgs = {
  input: OrientationPlaceInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateParentsCafeArgs = {
  input: CreateParentsCafeInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateProfessionalBranchArgs = {
  input: ProfessionalBranchInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationDeactivateAmbassadorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationDeleteOrientationPlaceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationDraftImmersionAgreementArgs = {
  input: DraftImmersionAgreementInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationEnableWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationEraseCompaniesPersonalDataArgs = {
  email: Scalars['String']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationEraseEventsPersonalDataArgs = {
  email: Scalars['String']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationErasePeoplePersonalDataArgs = {
  email: Scalars['String']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationPauseImmersionOfferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationPublishCommunicationKitArgs = {
  input: CommunicationKitInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationPublishImmersionOfferArgs = {
  input: PublishImmersionOfferInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRecordBranchAgreementArgs = {
  input: BranchAgreementInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRecordCommitmentActionArgs = {
  input: RecordCommitmentActionInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRecordCoordinatorActionArgs = {
  input: CoordinatorActionInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRecordImmersionAssessmentArgs = {
  input: RecordImmersionAssessmentInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterAmbassadorArgs = {
  input: RegisterAmbassadorInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterForEventArgs = {
  input: RegisterForEventInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterForParentsCafeArgs = {
  input: RegisterForParentsCafeInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterGroupForEventArgs = {
  input: RegisterGroupForEventInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRegisterParentWitnessArgs = {
  input: RegisterParentWitnessInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRejectCharterApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRejectImmersionAgreementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRenewCharterArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRequestContactArgs = {
  input: RequestContactInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRequestImmersionArgs = {
  input: RequestImmersionInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationResumeImmersionOfferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationSendImmersionAgreementForSignatureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationSetCoordinatorTerritoryArgs = {
  input: CoordinatorTerritoryInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationSignCharterArgs = {
  input: SignCharterInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationSignCharterForRegionArgs = {
  id: Scalars['ID']['input'];
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationSignImmersionAgreementArgs = {
  input: SignImmersionAgreementInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationTerminateCharterArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateAmbassadorArgs = {
  input: UpdateAmbassadorInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateCompanyProfileArgs = {
  input: UpdateCompanyProfileInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateImmersionAgreementArgs = {
  id: Scalars['ID']['input'];
  input: ImmersionAgreementTermsInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateImmersionOfferArgs = {
  input: UpdateImmersionOfferInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationUpdateOrientationPlaceArgs = {
  id: Scalars['ID']['input'];
  input: OrientationPlaceInput;
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationValidateImmersionAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root fields for changing the graph; each service runs its own. Errors carry `extensions.code`: BAD_USER_INPUT
 * (with `extensions.field`), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND...
 */
export type MutationWithdrawCommunicationKitArgs = {
  id: Scalars['ID']['input'];
};

/** A circle on the map (WGS 84); what lies within it is found by the centroid of its commune. */
export type NearInput = {
  /** Latitude of the centre in decimal degrees, from -90 to 90 (Caen: 49.18). */
  latitude: Scalars['Float']['input'];
  /** Longitude of the centre in decimal degrees, from -180 to 180 (Caen: -0.37). */
  longitude: Scalars['Float']['input'];
  /** Radius in kilometres, above 0 and at most 200. */
  radiusKm: Scalars['Float']['input'];
};

/**
 * A place where the public gets first-level orientation information. Places from the source documents carry only
 * what the sources say (no invented address or number); demonstration places are flagged.
 */
export type OrientationPlace = {
  __typename?: 'OrientationPlace';
  /** Street address; null when not known (the sources give none for the reception desks). */
  address?: Maybe<Scalars['String']['output']>;
  /** The commune where it is; null for a region-wide place (the phone line). */
  commune?: Maybe<Commune>;
  /** True for invented demonstration data; false for facts of the source documents or places recorded by staff. */
  demonstration: Scalars['Boolean']['output'];
  /** Its department; null for a region-wide place. */
  department?: Maybe<Department>;
  /** What it offers, in a few sentences; null when not known. */
  description?: Maybe<Scalars['String']['output']>;
  /** The intercommunality (EPCI) of its commune; null for a region-wide place. */
  epci?: Maybe<Epci>;
  /** Orientation place id (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of place it is. */
  kind: OrientationPlaceKind;
  /** Its name, e.g. `Accueil de l'orientation — Rouen`. */
  name: Scalars['String']['output'];
  /** Opening hours as free text (e.g. `lundi–vendredi 9 h–17 h`); null when not known. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** Phone number, French format (`02 31 00 00 00`); null when not known. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Services offered (e.g. `information métiers`, `VAE`); empty when not known. */
  services: Array<Scalars['String']['output']>;
  /** Web page; null when not known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of orientation places (Relay connection). */
export type OrientationPlaceConnection = {
  __typename?: 'OrientationPlaceConnection';
  /** The places of this page, in the list's order. */
  edges: Array<OrientationPlaceEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many places match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An orientation place and its cursor. */
export type OrientationPlaceEdge = {
  __typename?: 'OrientationPlaceEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: OrientationPlace;
};

/** Which orientation places to list; every given criterion must hold. */
export type OrientationPlaceFilter = {
  /** Only places in this department (INSEE code: `14`, `27`, `50`, `61`, `76`). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only places in this intercommunality (EPCI), by its SIREN, e.g. `200065597` (Caen la Mer). */
  epci?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrientationPlaceKind>>;
  /** Only places within this distance of a point (a place without commune never matches). */
  near?: InputMaybe<NearInput>;
};

/** An orientation place to record or change. */
export type OrientationPlaceInput = {
  /** Street address, at most 300 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** INSEE code of its commune; required for every kind but PHONE_LINE. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** What it offers, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What kind of place it is. */
  kind: OrientationPlaceKind;
  /** Its name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Opening hours as free text, at most 300 characters. */
  openingHours?: InputMaybe<Scalars['String']['input']>;
  /** Phone number, a French number of ten digits (`02 31 00 00 00`, `+33 2 31 00 00 00`). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Services offered, at most 20 of at most 100 characters each. */
  services?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Web page, http(s), at most 500 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of orientation place of the regional strategy. */
export type OrientationPlaceKind =
  /** An école de production: a school where pupils from 15 learn a trade by making real orders. */
  | 'ECOLE_DE_PRODUCTION'
  /** Another information centre open to the public (CIO, point information jeunesse...). */
  | 'INFORMATION_CENTRE'
  /** A local relay of the reception desks, run with an intercommunality (relais local avec un EPCI). */
  | 'LOCAL_RELAY'
  /** A free phone line (the Parcours-Métiers number); it serves the whole region and may have no commune. */
  | 'PHONE_LINE'
  /** A physical reception desk of the regional orientation service (accueil physique), in Rouen and Caen. */
  | 'RECEPTION_DESK';

/** Where a page of a list (Relay connection) stands. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when the page was asked for after a cursor (`after`), false for the first page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A parent who registers to a café; shown to staff of the café's department only. */
export type ParentInput = {
  /** E-mail address: one registration per address and café; notices are sent there. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters). */
  firstName: Scalars['String']['input'];
  /** Last name (at most 100 characters). */
  lastName: Scalars['String']['input'];
};

/**
 * A parents' café (café des parents): 15 to 20 parents, led by a professional, in a friendly place, to ask their
 * questions about orientation.
 */
export type ParentsCafe = {
  __typename?: 'ParentsCafe';
  /** Seats: at most 20. */
  capacity: Scalars['Int']['output'];
  /** Its commune. */
  commune: Commune;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /**
   * Distance in kilometres from the point of the list's `filter.near` to the centroid of the café's commune; null
   * when the café was not listed with `near` (or has no commune).
   */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** The same café as an event of kind PARENTS_CAFE: waitlist, groups, tickets and the rest of the registration engine. */
  event: Event;
  /** The professional who leads it. */
  facilitator: Scalars['String']['output'];
  /** Parents' café id (UUID): the id of its event. */
  id: Scalars['ID']['output'];
  /** Parents registered (cancellations excluded). */
  registeredCount: Scalars['Int']['output'];
  /**
   * Parents registered, oldest first: staff of the café's department only (coordinators and referents of it,
   * admins); null with FORBIDDEN for anyone else.
   */
  registrations?: Maybe<ParentsCafeRegistrationConnection>;
  /** Seats left; never below 0. */
  remainingSeats: Scalars['Int']['output'];
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Computed now. */
  status: ParentsCafeStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change, registrations included; what `updatedSince` compares. */
  updatedAt: Scalars['DateTime']['output'];
  /** Name of the place (a café, a school, a social centre...); null when not given. */
  venue?: Maybe<Scalars['String']['output']>;
};


/**
 * A parents' café (café des parents): 15 to 20 parents, led by a professional, in a friendly place, to ask their
 * questions about orientation.
 */
export type ParentsCafeRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of parents' cafés (Relay connection). */
export type ParentsCafeConnection = {
  __typename?: 'ParentsCafeConnection';
  /** The cafés of this page, in the list's order. */
  edges: Array<ParentsCafeEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many cafés match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A parents' café and its cursor. */
export type ParentsCafeEdge = {
  __typename?: 'ParentsCafeEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The café. */
  node: ParentsCafe;
};

/** Which parents' cafés to list; the conditions given all apply. */
export type ParentsCafeFilter = {
  /** Department code, e.g. `"14"`: cafés of its communes. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Cafés starting on or after this day (Europe/Paris). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /**
   * When true, only cafés not cancelled with seats left; cafés already held are not left out by it (combine with
   * `from`). False or absent: no condition.
   */
  hasSeatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Within a distance of the centroid of the café's commune. */
  near?: InputMaybe<NearInput>;
  /** Cafés starting on or before this day (Europe/Paris); before `from` is a BAD_USER_INPUT. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only cafés changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A parent's registration to a café. */
export type ParentsCafeRegistration = {
  __typename?: 'ParentsCafeRegistration';
  /** The café. */
  cafe: ParentsCafe;
  /** Secret to cancel; given once, in the answer to the registration that created it; null elsewhere. */
  cancellationToken?: Maybe<Scalars['String']['output']>;
  /** Registration id (UUID). The answer to an address already registered carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** Who registered: staff of the café's department only, each read recorded in the audit log; null for anyone else. */
  parent?: Maybe<RegisteredParent>;
  /** Where it stands. */
  status: ParentsCafeRegistrationStatus;
};

/** A page of café registrations (Relay connection). */
export type ParentsCafeRegistrationConnection = {
  __typename?: 'ParentsCafeRegistrationConnection';
  /** The registrations of this page, oldest first, cancelled ones included. */
  edges: Array<ParentsCafeRegistrationEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many registrations the café received, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A café registration and its cursor. */
export type ParentsCafeRegistrationEdge = {
  __typename?: 'ParentsCafeRegistrationEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: ParentsCafeRegistration;
};

/** Where a café registration stands. */
export type ParentsCafeRegistrationStatus =
  /** Cancelled; the address may register again. */
  | 'CANCELLED'
  /** Has a seat. */
  | 'REGISTERED'
  /** Waiting for a seat: only a registration made with `registerForEvent`, since the café operations refuse a full café. */
  | 'WAITLISTED';

/** Parents' cafés counted by the dashboard: those starting in the period (Europe/Paris days), cancelled ones aside. */
export type ParentsCafeStatistics = {
  __typename?: 'ParentsCafeStatistics';
  /** Cafés of the period that have started or taken place. */
  held: Scalars['Int']['output'];
  /** Parents registered to the cafés held. */
  participants: Scalars['Int']['output'];
  /** Cafés of the period not yet held nor cancelled. */
  upcoming: Scalars['Int']['output'];
};

/** Where a parents' café stands, computed now. */
export type ParentsCafeStatus =
  /** Cancelled by staff. */
  | 'CANCELLED'
  /** 15 parents or more are registered: it takes place. */
  | 'CONFIRMED'
  /** Every seat is taken. */
  | 'FULL'
  /** It has started, or taken place. */
  | 'HELD'
  /** Seats left, and fewer than 15 parents registered so far. */
  | 'OPEN';

/** A count for one month. */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** How many in that month. */
  count: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  period: Scalars['String']['output'];
};

/**
 * A professional branch (branche professionnelle): the employers and unions of one collective agreement,
 * identified by its IDCC. The Région signs agreements with branches; a company belongs to the branch whose NAF
 * codes include its own.
 */
export type ProfessionalBranch = {
  __typename?: 'ProfessionalBranch';
  /** Its agreements with the Région, latest first. */
  agreements: Array<BranchAgreement>;
  /** The companies of the graph whose NAF code is one of the branch's, by name. */
  companies: CompanyConnection;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** Professional branch id (UUID). */
  id: Scalars['ID']['output'];
  /** Identifiant de la convention collective: four digits, e.g. `0843`. */
  idcc: Scalars['String']['output'];
  /** The NAF rév. 2 codes of its companies, e.g. `10.71C`. */
  nafCodes: Array<Scalars['String']['output']>;
  /** Name of the branch, e.g. `Boulangerie-pâtisserie artisanale`. */
  name: Scalars['String']['output'];
};


/**
 * A professional branch (branche professionnelle): the employers and unions of one collective agreement,
 * identified by its IDCC. The Région signs agreements with branches; a company belongs to the branch whose NAF
 * codes include its own.
 */
export type ProfessionalBranchCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of professional branches (Relay connection). */
export type ProfessionalBranchConnection = {
  __typename?: 'ProfessionalBranchConnection';
  /** The branches of this page, in the list's order. */
  edges: Array<ProfessionalBranchEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many branches match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A professional branch and its cursor. */
export type ProfessionalBranchEdge = {
  __typename?: 'ProfessionalBranchEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The branch. */
  node: ProfessionalBranch;
};

/** A professional branch to record. */
export type ProfessionalBranchInput = {
  /** Its IDCC: four digits (`843` is read as `0843`). */
  idcc: Scalars['String']['input'];
  /** The NAF rév. 2 codes of its companies (`10.71C`, the dot may be omitted); at least one, at most 50. */
  nafCodes: Array<Scalars['String']['input']>;
  /** Name of the branch, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** An immersion offer to publish. */
export type PublishImmersionOfferInput = {
  /** Who it is for: at least one audience. */
  audiences: Array<Audience>;
  /** Code INSEE of the commune where it takes place; the company's commune by default. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** The host company. */
  companyId: Scalars['ID']['input'];
  /** What the immersion involves (at most 4,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Length in days, 1 to 30. */
  durationDays: Scalars['Int']['input'];
  /** At most this many requests a calendar month (1 to 500); unlimited when absent. */
  monthlyMaxRequests?: InputMaybe<Scalars['Int']['input']>;
  /** Places offered, 1 to 50. */
  places: Scalars['Int']['input'];
  /** Code ROME of the trade to discover, e.g. `D1102`. */
  romeCode: Scalars['String']['input'];
  /** Title of the offer (at most 200 characters). */
  title: Scalars['String']['input'];
};

/** The root fields for reading the graph; each service answers its own. */
export type Query = {
  __typename?: 'Query';
  /**
   * An ambassador by id; null when unknown or erased (an erased ambassador is only a tombstone, see
   * `ambassadorTombstones`). Paused, deactivated or fully booked ambassadors still resolve here.
   */
  ambassador?: Maybe<Ambassador>;
  /**
   * Ambassadors who left the network since then, oldest departure first, for partners who keep a copy: deactivated,
   * or erased (then `removedAt` is the time of the erasure, and the ambassador resolves nowhere else).
   */
  ambassadorTombstones: TombstoneConnection;
  /**
   * Ambassadors who can be contacted now: active, not paused, monthly quota not reached. By first name, or nearest
   * first with `orderBy: DISTANCE`.
   * With `updatedSince` (a change feed), every ambassador still in the network changed since then, by last
   * change, with `active` telling whether they can be contacted now. Erased ambassadors are never listed.
   */
  ambassadors: AmbassadorConnection;
  /** Partner API keys, newest first (admin; null with FORBIDDEN for anyone else). */
  apiKeys?: Maybe<ApiKeyConnection>;
  /** The audit log of the graph (admin; null with FORBIDDEN for anyone else): each service contributes its entries, newest first. */
  auditLog?: Maybe<AuditLog>;
  /** A charter by id; null when it does not exist. */
  charter?: Maybe<Charter>;
  /**
   * A charter application by id: the staff of its department (admins for one without department) and the users of the
   * company it names; null with FORBIDDEN for anyone else, null when it does not exist.
   */
  charterApplication?: Maybe<CharterApplication>;
  /**
   * Charter applications, oldest first: admins see all, coordinators and referents those of their departments; FORBIDDEN
   * for anyone else.
   */
  charterApplications?: Maybe<CharterApplicationConnection>;
  /** A commune of Normandy by its INSEE code; null when no commune of Normandy has it. */
  commune?: Maybe<Commune>;
  /** Communes of Normandy, by name (accents and case ignored). */
  communes: CommuneConnection;
  /** The communication kits published for charter companies, newest first, withdrawn ones left out. Staff only. */
  communicationKits?: Maybe<CommunicationKitConnection>;
  /**
   * Companies of the network, by name (accents and case ignored), or by last change when `filter.updatedSince` is
   * given (a change feed).
   */
  companies: CompanyConnection;
  /** A company by id; null when it does not exist. */
  company?: Maybe<Company>;
  /** A company by its SIRET; null when no company of the network has it. */
  companyBySiret?: Maybe<Company>;
  /** The consultations the Région held on orientation (the assises régionales de l'orientation of 2019), as the sources tell them. */
  consultations: Array<Consultation>;
  /**
   * Contact requests addressed to the caller, oldest first: an ambassador sees theirs, a company user those to the
   * company and its ambassadors, coordinators and referents those to the ambassadors and companies of their departments, admins
   * all. Anyone else gets an empty list.
   */
  contactRequests: ContactRequestConnection;
  /**
   * Every personal datum the graph holds about an e-mail address (admin; null with FORBIDDEN for anyone else). Each
   * service contributes its part; the export is recorded in the audit log.
   */
  dataSubject?: Maybe<DataSubject>;
  /** The five departments of Normandy, by code. */
  departments: Array<Department>;
  /** An event by id; null when it does not exist. */
  event?: Maybe<Event>;
  /**
   * Events by start, earliest first (past ones included unless `filter.from` is given), nearest first with
   * `orderBy: DISTANCE`, or by last change when `filter.updatedSince` is given (a change feed).
   */
  events: EventConnection;
  /**
   * The events `events` lists, as one iCalendar document (RFC 5545, text/calendar) to add to a calendar application;
   * also served at `GET /calendar/events.ics`. Events without a known time are all-day entries.
   */
  eventsCalendar: Scalars['String']['output'];
  /**
   * An immersion agreement by id: its parties' side (the company's users) and the staff who manage the company; null
   * with FORBIDDEN for anyone else, null when it does not exist.
   */
  immersionAgreement?: Maybe<ImmersionAgreement>;
  /**
   * The agreement a signing link was sent for, as the party holding the link reads it before signing (and after:
   * the link keeps showing the agreement once used); null for a link that names nothing or was replaced.
   */
  immersionAgreementToSign?: Maybe<ImmersionAgreement>;
  /** An immersion offer by id, with or without places left; null when it does not exist. */
  immersionOffer?: Maybe<ImmersionOffer>;
  /**
   * Immersion offers, newest first, or by last change when `filter.updatedSince` is given (a change feed). Only
   * offers taking requests (see `takingRequests`) unless `filter.hasPlacesLeft` is false.
   */
  immersionOffers: ImmersionOfferConnection;
  /** A trade (fiche métier) of the ROME v4.60 by its code; null when it is not a ROME v4.60 code. */
  metier?: Maybe<Metier>;
  /** Trades (fiches métiers) of the ROME v4.60, by code. */
  metiers: MetierConnection;
  /** An orientation place by id; null when it does not exist. */
  orientationPlace?: Maybe<OrientationPlace>;
  /**
   * Where the public gets first-level orientation information, by name: the reception desks of Rouen and Caen, the
   * local relays of the intercommunalities, écoles de production, the free Parcours-Métiers phone line, information
   * centres. Public.
   */
  orientationPlaces: OrientationPlaceConnection;
  /** A parents' café by id; null when it does not exist. */
  parentsCafe?: Maybe<ParentsCafe>;
  /**
   * Parents' cafés by start, earliest first (past ones included unless `filter.from` is given), nearest first with
   * `orderBy: DISTANCE`, or by last change when `filter.updatedSince` is given (a change feed).
   */
  parentsCafes: ParentsCafeConnection;
  /** A professional branch by id; null when it does not exist. */
  professionalBranch?: Maybe<ProfessionalBranch>;
  /** The professional branches the Région works with, by name. Public. */
  professionalBranches: ProfessionalBranchConnection;
  /** A referent or coordinator by id; null when it does not exist. */
  referent?: Maybe<Referent>;
  /**
   * Proximity referents and territorial coordinators, by full name, or by last change when `filter.updatedSince` is
   * given (a change feed).
   */
  referents: ReferentConnection;
  /**
   * Statistics of the network for the agency's dashboards. Aggregates only, no personal data. Agency staff
   * (referents, coordinators, admins) and partners whose key has READ_STATISTICS; null with FORBIDDEN for anyone else.
   */
  regionalDashboard?: Maybe<RegionalDashboard>;
  /**
   * The deliveries of one subscription, newest first, with each attempt: to the partner that owns it, or an
   * admin. NOT_FOUND for a subscription the caller cannot see.
   */
  webhookDeliveries?: Maybe<WebhookDeliveryConnection>;
  /**
   * The changes a partner can subscribe to with a webhook, with the scope its key needs for each (anyone may
   * read this list).
   */
  webhookEventTypes: Array<WebhookEventTypeInfo>;
  /**
   * Webhook subscriptions, newest first: a partner key's own, or every partner's for an admin (null with
   * FORBIDDEN for anyone else).
   */
  webhookSubscriptions?: Maybe<WebhookSubscriptionConnection>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryAmbassadorArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryAmbassadorTombstonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryAmbassadorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AmbassadorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AmbassadorOrder>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCharterArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCharterApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCharterApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CharterApplicationStatus>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCommuneArgs = {
  code: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCommunicationKitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryCompanyBySiretArgs = {
  siret: Scalars['String']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryContactRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryDataSubjectArgs = {
  email: Scalars['String']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryEventsCalendarArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryImmersionAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryImmersionAgreementToSignArgs = {
  token: Scalars['String']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryImmersionOfferArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryImmersionOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImmersionOfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ImmersionOfferOrder>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryMetierArgs = {
  romeCode: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryMetiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryOrientationPlaceArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryOrientationPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrientationPlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryParentsCafeArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryParentsCafesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParentsCafeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryProfessionalBranchArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryProfessionalBranchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryReferentArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryReferentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryRegionalDashboardArgs = {
  filter?: InputMaybe<DashboardFilter>;
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Attendance to record. */
export type RecordAttendanceInput = {
  /** Whether they came. */
  attended: Scalars['Boolean']['input'];
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The registrations concerned (at most 500); only confirmed ones of the event are changed. */
  registrationIds: Array<Scalars['ID']['input']>;
};

/** An action carried out under a charter's commitment. */
export type RecordCommitmentActionInput = {
  /** The charter. */
  charterId: Scalars['ID']['input'];
  /** What was done (at most 2,000 characters). */
  description: Scalars['String']['input'];
  /** The kind of the commitment: the charter must have it. */
  kind: CommitmentKind;
  /** Day it took place: not in the future, and within the charter's term (up to its termination, if any). */
  occurredOn: Scalars['Date']['input'];
  /** How many people it reached (0 to 100,000), when counted. */
  participants?: InputMaybe<Scalars['Int']['input']>;
};

/** An immersion's assessment (bilan). */
export type RecordImmersionAssessmentInput = {
  /** The agreement, for the company's users and the staff who manage the company; or give `token`. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** A free comment (at most 4,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Hours done: 0 when it did not take place, at most 10 a day of the agreement. */
  hoursDone: Scalars['Int']['input'];
  /** Skills observed (at most 20, each at most 200 characters). */
  skillsObserved: Array<Scalars['String']['input']>;
  /** The token of the tutor's (COMPANY party's) signing link, for a tutor without an account. */
  token?: InputMaybe<Scalars['String']['input']>;
  /** Whether the immersion took place. */
  tookPlace: Scalars['Boolean']['input'];
};

/**
 * Agency or Région staff who accompany signatory companies (référent de proximité) or run the orientation service on a
 * territory (coordonnateur territorial).
 */
export type Referent = {
  __typename?: 'Referent';
  /**
   * What a territorial coordinator recorded under their four missions, latest first. Staff; null with FORBIDDEN for
   * anyone else.
   */
  actions?: Maybe<CoordinatorActionConnection>;
  /**
   * Companies whose current charter names this referent (their portfolio), by name, at most `first`; null, with a
   * DOWNSTREAM_SERVICE_ERROR, when the companies service cannot answer.
   */
  companies?: Maybe<Array<Company>>;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** The departments they cover. */
  departments: Array<Department>;
  /** A coordinator's territory within those departments, as intercommunalities; empty when they cover whole departments. */
  epcis: Array<Epci>;
  /** Full name (`Effacé` once erased). */
  fullName: Scalars['String']['output'];
  /** Referent id (UUID). */
  id: Scalars['ID']['output'];
  /** Who employs them: the agency or the Région. */
  organisation: ReferentOrganisation;
  /** What they do. */
  role: ReferentRole;
};


/**
 * Agency or Région staff who accompany signatory companies (référent de proximité) or run the orientation service on a
 * territory (coordonnateur territorial).
 */
export type ReferentActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Agency or Région staff who accompany signatory companies (référent de proximité) or run the orientation service on a
 * territory (coordonnateur territorial).
 */
export type ReferentCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of referents (Relay connection). */
export type ReferentConnection = {
  __typename?: 'ReferentConnection';
  /** The referents of this page, in the list's order. */
  edges: Array<ReferentEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many referents match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A referent and its cursor. */
export type ReferentEdge = {
  __typename?: 'ReferentEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The referent. */
  node: Referent;
};

/** Which referents to list; the conditions given all apply. */
export type ReferentFilter = {
  /** Department code, e.g. `"14"`: referents covering it. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only referents of this organisation. */
  organisation?: InputMaybe<ReferentOrganisation>;
  /** Only referents with this role. */
  role?: InputMaybe<ReferentRole>;
  /** Only referents changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Who employs a referent. */
export type ReferentOrganisation =
  /** Agence Régionale de l'Orientation et des Métiers. */
  | 'AGENCY'
  /** Région Normandie. */
  | 'REGION';

/** What a referent does. */
export type ReferentRole =
  /** Référent de proximité: accompanies signatory companies of the charter. */
  | 'PROXIMITY_REFERENT'
  /** Coordonnateur territorial: runs the regional orientation service on a territory. */
  | 'TERRITORIAL_COORDINATOR';

/**
 * Statistics of the network for a department and a period: aggregates only, no personal data. Each service contributes
 * its part; a part is null, with a DOWNSTREAM_SERVICE_ERROR, when its service cannot answer.
 */
export type RegionalDashboard = {
  __typename?: 'RegionalDashboard';
  /** Ambassadors of the territory today (the period does not apply). */
  ambassadors?: Maybe<AmbassadorStatistics>;
  /**
   * Charters signed in the period (all when no period is given) by companies of the territory; their status is
   * computed against today.
   */
  charters: CharterStatistics;
  /** The commune asked for; null when the filter names none. */
  commune?: Maybe<Commune>;
  /**
   * Contact requests sent in the period to the territory: to an ambassador, where the ambassador is; to a company,
   * where the company is.
   */
  contactRequests?: Maybe<ContactRequestStatistics>;
  /** Actions territorial coordinators recorded in the period, in the department (by the commune where they took place). */
  coordinatorActions?: Maybe<CoordinatorActionStatistics>;
  /** The department asked for; null for the whole region. */
  department?: Maybe<Department>;
  /** The EPCI asked for; null when the filter names none. */
  epci?: Maybe<Epci>;
  /**
   * Events of the territory (region-wide ones too, for the whole region) that overlap the period; sessions are
   * counted, the series they belong to are not.
   */
  events?: Maybe<EventStatistics>;
  /** First day of the period; null when it has no lower bound. */
  from?: Maybe<Scalars['Date']['output']>;
  /** Immersion offers of the territory published in the period, and the requests made on the territory's offers in the period. */
  immersions: ImmersionStatistics;
  /** Parents' cafés of the department starting in the period. */
  parentsCafes?: Maybe<ParentsCafeStatistics>;
  /** The filter it was computed for, e.g. `department=14;from=2025-01-01;to=`: its key between services. */
  scope: Scalars['ID']['output'];
  /** Last day of the period; null when it has no upper bound. */
  to?: Maybe<Scalars['Date']['output']>;
};

/** An ambassador of a company to register. */
export type RegisterAmbassadorInput = {
  /** Code INSEE of their commune; it sets their department. */
  communeCode: Scalars['String']['input'];
  /** Their company (a Company id; BAD_USER_INPUT when unknown). */
  companyId: Scalars['ID']['input'];
  /** E-mail address, where contact requests are sent; one ambassador per address; never shown publicly. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters), shown publicly. */
  firstName: Scalars['String']['input'];
  /** How they can take part: at least one kind. */
  interventionKinds: Array<InterventionKind>;
  /** Job title, shown publicly (at most 150 characters). */
  jobTitle: Scalars['String']['input'];
  /** Last name (at most 100 characters); only its initial is shown publicly. */
  lastName: Scalars['String']['input'];
  /** Contact requests accepted per month, 1 to 100 (default 4); 0 is a BAD_USER_INPUT (pause or deactivate instead). */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Phone number (at most 30 characters); never shown publicly. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Code ROME of their trade, e.g. `D1102`. */
  romeCode: Scalars['String']['input'];
};

/** A company to add to the network. */
export type RegisterCompanyInput = {
  /** Code INSEE of the establishment's commune, in Normandy; it sets the department. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Where the company receives immersion requests and agreements to sign; the agency's address when absent. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Department code, when the commune is not known; it must agree with the commune when both are given. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Code NAF rév. 2, e.g. `47.11F` (the dot may be left out). */
  nafCode?: InputMaybe<Scalars['String']['input']>;
  /** Name of the company (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Sector of activity, in the company's words (at most 200 characters). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** SIRET: 14 digits, spaces allowed, check digit verified (La Poste's rule included); not one already registered. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

/** A registration to make. */
export type RegisterForEventInput = {
  /** Who registers. */
  attendee: AttendeeInput;
  /** The event. */
  eventId: Scalars['ID']['input'];
};

/** A café registration to make. */
export type RegisterForParentsCafeInput = {
  /** The café. */
  cafeId: Scalars['ID']['input'];
  /** The parent who registers. */
  parent: ParentInput;
};

/** A group to register: a class, or any group led by an organiser. */
export type RegisterGroupForEventInput = {
  /** Take the seats that are left when fewer than asked remain, instead of waiting for all (default false). */
  acceptFewerSeats?: InputMaybe<Scalars['Boolean']['input']>;
  /** Adults who accompany them (teachers, parents): 0 to 500; they take seats too. */
  accompanying: Scalars['Int']['input'];
  /** Who the participants are: pupils, apprentices... */
  category: Audience;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** Name of the group, e.g. `3e B` (at most 100 characters): one organiser registers several groups by name. */
  groupName: Scalars['String']['input'];
  /** True when participants are minors; the organiser answers for their authorisations. */
  minors: Scalars['Boolean']['input'];
  /** Who registers the group and is mailed about it; shown to the staff who manage the event only. */
  organiser: GroupOrganiserInput;
  /** Young people or other participants: 1 to 500. */
  participants: Scalars['Int']['input'];
};

/** A parent witness to register. */
export type RegisterParentWitnessInput = {
  /** Code INSEE of their commune; it sets their department. */
  communeCode: Scalars['String']['input'];
  /** E-mail address, where contact requests are sent; one ambassador per address; never shown publicly. */
  email: Scalars['String']['input'];
  /** First name (at most 100 characters), shown publicly. */
  firstName: Scalars['String']['input'];
  /** Job title, shown publicly (at most 150 characters). */
  jobTitle: Scalars['String']['input'];
  /** Last name (at most 100 characters); only its initial is shown publicly. */
  lastName: Scalars['String']['input'];
  /** Code ROME of their trade, e.g. `D1102`. */
  romeCode: Scalars['String']['input'];
};

/**
 * Personal data of a parent registered to a café, shown to staff of the café's department only. Once erased, or three
 * months after the café, the names read `Effacé` and the e-mail address is an undeliverable one.
 */
export type RegisteredParent = {
  __typename?: 'RegisteredParent';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
};

/** A registration (inscription) to an event. */
export type Registration = {
  __typename?: 'Registration';
  /** Whether the attendee came; null until recorded. */
  attended?: Maybe<Scalars['Boolean']['output']>;
  /** Who registered: the staff who manage the event only, each read recorded in the audit log; null for anyone else. */
  attendee?: Maybe<Attendee>;
  /** Secret to cancel this registration. Given once, in the answer to the registration that created it; null elsewhere. */
  cancellationToken?: Maybe<Scalars['String']['output']>;
  /** When the ticket was checked in (`checkIn`); null until then. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was first made. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Whether the address was confirmed: a public registration holds its seat until the link mailed to it is used
   * (within 48 hours, else the seat is released); staff and partner-made registrations need no confirmation.
   */
  emailConfirmed: Scalars['Boolean']['output'];
  /** The event. */
  event: Event;
  /** The group, for a group registration; null for a person. */
  group?: Maybe<GroupRegistration>;
  /** Until when an unconfirmed registration keeps its seat; null once confirmed, or when no confirmation is needed. */
  holdExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registration id (UUID). The answer to an address already registered carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** Place on the waitlist (1 is next); null unless WAITLISTED. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Seats it holds: 1 for a person, participants and adults for a group. */
  seats: Scalars['Int']['output'];
  /** Where it stands. */
  status: RegistrationStatus;
  /**
   * The ticket's code (mailed to the registrant, with the seat), checked in at the door: the staff who manage the
   * event only; null for anyone else.
   */
  ticketCode?: Maybe<Scalars['String']['output']>;
};

/** A page of registrations (Relay connection). */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** The registrations of this page, oldest first. */
  edges: Array<RegistrationEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many registrations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A registration and its cursor. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: Registration;
};

/** Where a registration stands. */
export type RegistrationStatus =
  /** Cancelled by the registrant or by staff; the address may register again. */
  | 'CANCELLED'
  /** Has a seat. */
  | 'CONFIRMED'
  /** Waiting for a seat; confirmed in turn when one frees up or capacity is raised. */
  | 'WAITLISTED';

/** A request to be put in touch: name exactly one addressee, an ambassador or a company. */
export type RequestContactInput = {
  /** Either an ambassador... */
  ambassadorId?: InputMaybe<Scalars['ID']['input']>;
  /** ...or a company (its ambassadors who can be contacted are notified, or the agency when none can; BAD_USER_INPUT when unknown). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Why (at most 2,000 characters); relayed to the addressee. */
  message: Scalars['String']['input'];
  /** Who asks. */
  requester: RequesterInput;
};

/** A request for an immersion place. */
export type RequestImmersionInput = {
  /** A message to the company (at most 2,000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The offer asked for. */
  offerId: Scalars['ID']['input'];
  /** Who asks. */
  requester: ImmersionRequesterInput;
};

/** Who asks to be put in touch. The addressee sees the name and category, never the e-mail address. */
export type RequesterInput = {
  /** Birth date, when given, tells whether the requester is under 15; not in the future. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Who is asking: a pupil, a parent, a teacher... Required (or the deprecated `role`). */
  category?: InputMaybe<Audience>;
  /** E-mail address, where the answer is relayed; never shown to the addressee. */
  email: Scalars['String']['input'];
  /** First name, as every other person input of the graph takes it (with lastName); at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name (with firstName); at most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The requester is under 18; it must agree with `birthDate` when that is given. */
  minor: Scalars['Boolean']['input'];
  /**
   * The whole name in one field.
   * @deprecated Use firstName and lastName, as the other public mutations do.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * Who is asking.
   * @deprecated Use category, as the other public mutations do.
   */
  role?: InputMaybe<Audience>;
};

/** Charters of the companies of one sector. */
export type SectorCount = {
  __typename?: 'SectorCount';
  /** Charters of its companies. */
  count: Scalars['Int']['output'];
  /** The sector, as companies give it; null groups companies whose sector is unknown. */
  sector?: Maybe<Scalars['String']['output']>;
};

/** A charter to sign. */
export type SignCharterInput = {
  /**
   * The commitments, each kind once: at least one of the regional scheme (AMBASSADOR_NETWORK, IMMERSION_HOSTING)
   * and at least one of the themes DISCOVER, WELCOME or PARTICIPATE.
   */
  commitments: Array<CommitmentInput>;
  /** The signatory company. */
  companyId: Scalars['ID']['input'];
  /** The référent de proximité who will accompany the company (a Referent id; BAD_USER_INPUT when unknown). */
  referentId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of signature: today (Europe/Paris) by default; not in the future, nor before 2020-01-01. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A signature through a link. */
export type SignImmersionAgreementInput = {
  /** The token of the link, as the mail gave it. */
  token: Scalars['String']['input'];
};

/** An item that left a list, so that a partner's copy can drop it. */
export type Tombstone = {
  __typename?: 'Tombstone';
  /** Id of the ambassador who left. */
  id: Scalars['ID']['output'];
  /** Why it left: deactivated (LEFT), or its personal data erased (ERASED: nothing of it may be kept). */
  reason: TombstoneReason;
  /** When they left: the deactivation, or the erasure. */
  removedAt: Scalars['DateTime']['output'];
};

/** A page of tombstones, oldest departure first (Relay connection). */
export type TombstoneConnection = {
  __typename?: 'TombstoneConnection';
  /** The tombstones of this page. */
  edges: Array<TombstoneEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
};

/** A tombstone and its cursor. */
export type TombstoneEdge = {
  __typename?: 'TombstoneEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The tombstone. */
  node: Tombstone;
};

/** Why an ambassador left the network. */
export type TombstoneReason =
  /** Erased on request or at the end of its retention period: a copy must drop every trace, the id included. */
  | 'ERASED'
  /** Deactivated: the ambassador left the network. */
  | 'LEFT';

/** Changes to an ambassador; an omitted or null field keeps its value, except `phone` and `pausedUntil`. */
export type UpdateAmbassadorInput = {
  /** New commune (code INSEE); one in another department needs the right to manage it there too. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** The ambassador. */
  id: Scalars['ID']['input'];
  /** New kinds of intervention: at least one. */
  interventionKinds?: InputMaybe<Array<InterventionKind>>;
  /** New job title (at most 150 characters). */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** New monthly quota of contact requests, 1 to 100; 0 is a BAD_USER_INPUT (pause or deactivate instead), never ignored. */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Not contactable until this day (inclusive), today or later; null resumes. */
  pausedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** New phone number (at most 30 characters); null removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New code ROME of their trade. */
  romeCode?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a company's profile: the fields given change, the others stay (null clears an optional one). */
export type UpdateCompanyProfileInput = {
  /** Code INSEE of the establishment's commune, in Normandy; it sets the department. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** The company. */
  companyId: Scalars['ID']['input'];
  /** Where the company receives immersion requests and agreements to sign. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** What the company says of itself (at most 4,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Code NAF rév. 2, e.g. `47.11F`. */
  nafCode?: InputMaybe<Scalars['String']['input']>;
  /** Name (at most 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sector of activity, in the company's words (at most 200 characters). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /**
   * First day of a busy period (both days or neither; null with `unavailableUntil` null clears it): its offers leave
   * search and take no request from that day to `unavailableUntil`, both included.
   */
  unavailableFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the busy period: on or after `unavailableFrom`, not in the past. */
  unavailableUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to an event; an omitted field keeps its value, and so does a null one unless said otherwise. */
export type UpdateEventInput = {
  /** Accessibility: each field given replaces the stored one. */
  accessibility?: InputMaybe<AccessibilityInput>;
  /** New audiences: at least one. */
  audiences?: InputMaybe<Array<Audience>>;
  /** New number of seats, not below the confirmed registrations; null makes attendance unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New commune of the venue, for an event on site; it moves the event to that commune's department. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Moves an online event to another department (see `CreateEventInput.department`); the caller must manage
   * events there. Null makes it region-wide when an admin or a partner sends it, and means the caller's only
   * department for a coordinator or referent. On site, the department follows the commune. Omit to keep it.
   */
  department?: InputMaybe<Scalars['String']['input']>;
  /** New description (at most 5,000 characters); null removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end time: after the start. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who leads it (at most 150 characters): the professional who runs a parents' café. */
  facilitatorName?: InputMaybe<Scalars['String']['input']>;
  /** True makes an event on site hybrid (it needs a `url`); false makes it on site only and removes its `url`. */
  hybrid?: InputMaybe<Scalars['Boolean']['input']>;
  /** The event to change. */
  id: Scalars['ID']['input'];
  /** New image (an https URL of at most 500 characters); null removes it. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** New languages (ISO 639-1 codes, at most 20); an empty list or null removes them. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Largest group one group registration may bring (participants and adults); null: no cap. */
  maxGroupSize?: InputMaybe<Scalars['Int']['input']>;
  /** When registration closes; null closes it as the event starts. */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens; null opens it at once. */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New codes ROME of the trades presented. */
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Seats groups may not take, kept for people registering one by one: 0 to the capacity. */
  seatsReservedForIndividuals?: InputMaybe<Scalars['Int']['input']>;
  /** New start time (with `endsAt`, or the current end). */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New themes (at most 30, of 60 characters each). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New link (http or https) where to join an online or hybrid event; an event only on site has none. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** New name of the place; null removes it. */
  venueName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an immersion offer: the fields given change, the others stay. */
export type UpdateImmersionOfferInput = {
  /** Who it is for: at least one audience. */
  audiences?: InputMaybe<Array<Audience>>;
  /** What the immersion involves (at most 4,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Length in days, 1 to 30. */
  durationDays?: InputMaybe<Scalars['Int']['input']>;
  /** The offer. */
  id: Scalars['ID']['input'];
  /** At most this many requests a calendar month (1 to 500). */
  monthlyMaxRequests?: InputMaybe<Scalars['Int']['input']>;
  /** Places offered, 1 to 50, and never fewer than those held by pending or accepted requests. */
  places?: InputMaybe<Scalars['Int']['input']>;
  /** Title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** True removes the monthly maximum. */
  unlimitedRequests?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where an event on site happens. */
export type Venue = {
  __typename?: 'Venue';
  /** Its commune; null when not known. */
  commune?: Maybe<Commune>;
  /** Name of the place, e.g. a lycée or a hall; null when not given. */
  name?: Maybe<Scalars['String']['output']>;
};

/** One attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** How long the attempt took. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed, in the graph's words (`timeout`, `HTTP 500`, `refused address`...). */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when none came (timeout, refused connection). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One change to deliver to one subscription, and how its attempts went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made. */
  attemptCount: Scalars['Int']['output'];
  /** The attempts, most recent first. */
  attempts: Array<WebhookAttempt>;
  /** When the change was taken for this subscription. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver answered 2xx; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The change's id, sent as `webhook-id` on every attempt: a receiver ignores an id it has seen. */
  eventId: Scalars['ID']['output'];
  /** The event type. */
  eventType: Scalars['String']['output'];
  /** Identifier of the delivery (what `redeliverWebhook` takes). */
  id: Scalars['ID']['output'];
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent: type, timestamp, ids. */
  payload: Scalars['String']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};


/** One change to deliver to one subscription, and how its attempts went. */
export type WebhookDeliveryAttemptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhook deliveries, newest first (Relay connection). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many deliveries match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery and its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt for a day failed: given up (`redeliverWebhook` tries again). */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

/** A kind of change a webhook can announce. */
export type WebhookEventTypeInfo = {
  __typename?: 'WebhookEventTypeInfo';
  /** What happened, in a sentence. */
  description: Scalars['String']['output'];
  /** The scope the subscribing key needs. */
  scope: ApiScope;
  /** The event type, as in the payload's `type`: `event.created`, `company.charter_signed`... */
  type: Scalars['String']['output'];
};

/**
 * A partner's subscription to changes of the graph, delivered as signed HTTP POSTs following the Standard
 * Webhooks specification. Payloads carry the type, the time and ids, never a personal datum.
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** The partner key that owns it. */
  apiKeyId: Scalars['ID']['output'];
  /** Where the partner is told when deliveries keep failing. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The partner's own note. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled; null while ACTIVE. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** The event types delivered (see `webhookEventTypes`). */
  eventTypes: Array<Scalars['String']['output']>;
  /** Identifier of the subscription. */
  id: Scalars['ID']['output'];
  /** DISABLED after a day of failed deliveries, or once its key is revoked. */
  status: WebhookSubscriptionStatus;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** A page of webhook subscriptions, newest first (Relay connection). */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** The subscriptions of this page. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many subscriptions match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook subscription and its cursor. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: WebhookSubscription;
};

/** Whether a subscription receives deliveries. */
export type WebhookSubscriptionStatus =
  /** Changes are delivered. */
  | 'ACTIVE'
  /** Nothing is delivered until `enableWebhookSubscription`. */
  | 'DISABLED';

export type SearchCompaniesQueryVariables = Exact<{
  search: Scalars['String']['input'];
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchCompaniesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', totalCount: number, edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, name: string, sector?: string | null, commune?: { __typename?: 'Commune', name: string } | null, charter?: { __typename?: 'Charter', status: CharterStatus, expiresOn: string } | null } }> } };

export type CompanyChangesQueryVariables = Exact<{
  since: Scalars['DateTime']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyChangesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, siret?: string | null, name: string, updatedAt: string, charter?: { __typename?: 'Charter', status: CharterStatus } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SearchCompaniesDocument = new TypedDocumentString(`
    query SearchCompanies($search: String!, $department: String, $first: Int = 10) {
  companies(filter: {search: $search, department: $department}, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        sector
        commune {
          name
        }
        charter {
          status
          expiresOn
        }
      }
    }
  }
}
    `, {"hash":"d3461409f468a0a292c693f0d2e0049013a126b2f63d8ee14f188502f9ede15b"}) as unknown as TypedDocumentString<SearchCompaniesQuery, SearchCompaniesQueryVariables>;
export const CompanyChangesDocument = new TypedDocumentString(`
    query CompanyChanges($since: DateTime!, $after: String) {
  companies(filter: {updatedSince: $since}, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        siret
        name
        updatedAt
        charter {
          status
        }
      }
    }
  }
}
    `, {"hash":"81bb8c762ae8eb49f8d27015a1a127fa2085115c1a783e115a279480224c1d05"}) as unknown as TypedDocumentString<CompanyChangesQuery, CompanyChangesQueryVariables>;