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
  /** Ambassador id (UUID). */
  id: Scalars['ID']['output'];
  /** How they can take part. */
  interventionKinds: Array<InterventionKind>;
  /**
   * Events the ambassador speaks at, cancelled ones included: upcoming ones soonest first; with `upcoming: false`,
   * past ones follow, latest first. Null, with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
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

/** Ambassadors counted by the dashboard: those not deactivated, whatever the period. */
export type AmbassadorStatistics = {
  __typename?: 'AmbassadorStatistics';
  /** Ambassadors not deactivated (of the department; the period does not apply). */
  active: Scalars['Int']['output'];
  /** By department, by code. */
  byDepartment: Array<CountByDepartment>;
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
  /** Public data of the graph, which every caller may read: it grants nothing more. */
  | 'READ_PUBLIC'
  /** The regional dashboard (`regionalDashboard`). */
  | 'READ_STATISTICS'
  /**
   * Create events, and change, cancel, add exhibitors and speakers to, and record attendance at the events the key
   * created; never their attendees.
   */
  | 'WRITE_EVENTS';

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
  /** The signatory company. */
  company: Company;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** Last day it is in force: two years after signature, two more at each renewal. */
  expiresOn: Scalars['Date']['output'];
  /** Charter id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * The référent de proximité who accompanies the company; null when none was named, or, with a
   * DOWNSTREAM_SERVICE_ERROR, when the people service cannot answer.
   */
  referent?: Maybe<Referent>;
  /** How many times it was renewed. */
  renewedCount: Scalars['Int']['output'];
  /** Day of signature. */
  signedOn: Scalars['Date']['output'];
  /** Computed against today (Europe/Paris) from its dates. */
  status: CharterStatus;
  /** Day it was ended before its expiry; null unless TERMINATED. */
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

/** Charters counted by the dashboard. */
export type CharterStatistics = {
  __typename?: 'CharterStatistics';
  /** Commitments of those charters, by kind. */
  byCommitmentKind: Array<CommitmentKindCount>;
  /** By department of the company, by code; companies without department are left out. */
  byDepartment: Array<DepartmentCount>;
  /** By sector, as companies give it; most charters first. */
  bySector: Array<SectorCount>;
  /** By status today; statuses without any charter are left out. */
  byStatus: Array<CharterStatusCount>;
  /** Companies that signed them. */
  companies: Scalars['Int']['output'];
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
  /** Commitments of that kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: CommitmentKind;
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
  /** The current charter: the latest signed, whatever its status; null when the company never signed. */
  charter?: Maybe<Charter>;
  /** Every charter the company signed, latest first. */
  charters: Array<Charter>;
  /** The commune of the establishment; null when not known. */
  commune?: Maybe<Commune>;
  /** When the company was registered in the graph. */
  createdAt: Scalars['DateTime']['output'];
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** The department: the commune's, or the one given when the commune is not known; null when neither is. */
  department?: Maybe<Department>;
  /**
   * Events the company takes part in, cancelled ones included: upcoming ones soonest first; with `upcoming: false`,
   * past ones follow, latest first. Null, with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
   */
  events?: Maybe<Array<Event>>;
  /** Company id (UUID). */
  id: Scalars['ID']['output'];
  /** Its immersion offers with places left, newest first, at most `first`. */
  immersionOffers: Array<ImmersionOffer>;
  /** Code NAF rév. 2 of its activity, e.g. `47.11F`; null when not known. */
  nafCode?: Maybe<Scalars['String']['output']>;
  /** Name of the company. */
  name: Scalars['String']['output'];
  /** Sector of activity, as the company describes it; null when not known. */
  sector?: Maybe<Scalars['String']['output']>;
  /** SIRET of the establishment: 14 digits; null when not known. */
  siret?: Maybe<Scalars['String']['output']>;
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
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A company (entreprise) of Normandy in the network: a signatory of the Fabrique des Compétences charter, or one
 * registered before signing.
 */
export type CompanyImmersionOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Of those, the ones expired unanswered. */
  expired: Scalars['Int']['output'];
  /** Median time to answer them, in hours; null when none was answered. */
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
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

/** Ambassadors of one department. */
export type CountByDepartment = {
  __typename?: 'CountByDepartment';
  /** Ambassadors of that department. */
  count: Scalars['Int']['output'];
  /** The department. */
  department: Department;
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
  /** Who it is for: at least one audience. */
  audiences: Array<Audience>;
  /** Seats, 1 to 100,000; omit for unlimited. */
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
  /** End time: after the start, and at most 366 days later. */
  endsAt: Scalars['DateTime']['input'];
  /** What kind of event it is. */
  kind: EventKind;
  /** True for an online event (default false). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Makes this event a session of that series (one level deep; the session lies within the series' days). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** When registration closes: after it opens, before the event ends; when absent, as the event starts. */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens; open at once when absent. */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Codes ROME of the trades presented, e.g. `D1102`. */
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start time, with its offset (the network's events run on Europe/Paris time). */
  startsAt: Scalars['DateTime']['input'];
  /** Themes, e.g. `industrie` (at most 30, of 60 characters each). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Link (http or https) where to join; required for an online event. */
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

/** A key just made, with its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key. */
  apiKey: ApiKey;
  /** The secret, to send in the `x-api-key` header: shown once, never stored in clear. */
  secret: Scalars['String']['output'];
};

/** What the regional dashboard is computed for. */
export type DashboardFilter = {
  /** Department code, e.g. `"14"`; the whole region when absent. Not a department of Normandy is a BAD_USER_INPUT. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period (inclusive, Europe/Paris); no lower bound when absent. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the period (inclusive, Europe/Paris); no upper bound when absent. Before `from` is a BAD_USER_INPUT. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A person whose data the graph may hold, identified by e-mail address (GDPR data subject); admin only. */
export type DataSubject = {
  __typename?: 'DataSubject';
  /**
   * Everything the companies service holds about this address (immersion requests, e-mails queued), as JSON; admin
   * only, and recorded in the audit log.
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
   * Everything the people service holds about this address (ambassador, referent, café registrations, contact
   * requests, e-mails queued), as JSON; admin only, and recorded in the audit log.
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
  /** Who it is for. */
  audiences: Array<Audience>;
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
  /** End time; null unless `datePrecision` is TIME. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last day (Europe/Paris). When `datePrecision` is PERIOD, the end of the window. */
  endsOn: Scalars['Date']['output'];
  /**
   * Companies taking part (stands, hosts, signatories), in the order they were added, at most `first`. Null where a
   * company no longer resolves, or, with a DOWNSTREAM_SERVICE_ERROR, when the companies service cannot answer.
   */
  exhibitors: Array<Maybe<Company>>;
  /** The event as an iCalendar document (RFC 5545, text/calendar); also served at `GET /calendar/events/<id>.ics`. */
  icalendar: Scalars['String']['output'];
  /** Event id (UUID). */
  id: Scalars['ID']['output'];
  /** What kind of event it is. */
  kind: EventKind;
  /** Trades presented (ROME v4.60); empty when none is named. */
  metiers: Array<Metier>;
  /** True for an online event, which has a `url` and no venue. */
  online: Scalars['Boolean']['output'];
  /** The series this event is a session of; null for an event that is not a session. */
  parent?: Maybe<Event>;
  /** Confirmed registrations. */
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
  /** Where to join an online event (http or https); null when there is none. */
  url?: Maybe<Scalars['String']['output']>;
  /** Where it happens; null for an online event, or when neither venue nor commune is known. */
  venue?: Maybe<Venue>;
  /** Registrations waiting for a seat (WAITLISTED). */
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
   * When true, only events with seats left (unlimited events included); cancelled or past events are not left out by
   * it (combine with `from`). False or absent: no condition.
   */
  hasSeatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include sessions of series (default true); false lists events that are not sessions. */
  includeSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only events of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
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

/** Events counted by the dashboard. */
export type EventStatistics = {
  __typename?: 'EventStatistics';
  /** Attended among confirmed registrations whose attendance was recorded, from 0 to 1; null when none was. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** By department, by code; region-wide events are left out. */
  byDepartment: Array<EventDepartmentCount>;
  /** By kind; kinds without any event are left out. */
  byKind: Array<EventKindCount>;
  /** Of those, the cancelled ones. */
  cancelled: Scalars['Int']['output'];
  /** Confirmed registrations over the seats of limited events not cancelled, from 0 to 1; null when there is none. */
  fillRate?: Maybe<Scalars['Float']['output']>;
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

/** Immersion offers and requests of one department. */
export type ImmersionDepartmentCount = {
  __typename?: 'ImmersionDepartmentCount';
  /** Of those requests, the ones accepted. */
  accepted: Scalars['Int']['output'];
  /** The department. */
  department: Department;
  /** Offers published by the end of the period. */
  offers: Scalars['Int']['output'];
  /** Their places. */
  places: Scalars['Int']['output'];
  /** Requests made on them in the period. */
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
  /** Length of the immersion, in days (1 to 30). */
  durationDays: Scalars['Int']['output'];
  /** Immersion offer id (UUID). */
  id: Scalars['ID']['output'];
  /** The trade to discover (ROME v4.60). */
  metier: Metier;
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
  /** Only offers with places left (true by default); false lists full offers too. */
  hasPlacesLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Within a distance of the centroid of the offer's commune; offers without commune never match. */
  near?: InputMaybe<NearInput>;
  /** Code ROME of the trade, e.g. `D1102` (case ignored); not a ROME v4.60 code is a BAD_USER_INPUT. */
  romeCode?: InputMaybe<Scalars['String']['input']>;
  /** Only offers changed after this instant; the list is then ordered by last change, oldest first. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A request for an immersion place (demande d'immersion). */
export type ImmersionRequest = {
  __typename?: 'ImmersionRequest';
  /** When the company answered; null while PENDING. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Request id (UUID). The answer to a repeated request from the same address carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** The requester's message: same visibility as `requester`; null for anyone else, or when none was sent. */
  message?: Maybe<Scalars['String']['output']>;
  /** The offer asked for. */
  offer: ImmersionOffer;
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
  /** The requests of this page, oldest first. */
  edges: Array<ImmersionRequestEdge>;
  /** Where this page stands; pass `endCursor` as `after` for the next one. */
  pageInfo: PageInfo;
  /** How many requests the offer received, over all pages. */
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
  /** By department of the offer, by code; offers without department are left out. */
  byDepartment: Array<ImmersionDepartmentCount>;
  /** Of those requests, the ones declined. */
  declined: Scalars['Int']['output'];
  /** Offers published by the end of the period, full ones included. */
  offers: Scalars['Int']['output'];
  /** Of those requests, the ones still pending. */
  pending: Scalars['Int']['output'];
  /** Places of those offers. */
  places: Scalars['Int']['output'];
  /** Places of those offers not held by a pending or accepted request. */
  remainingPlaces: Scalars['Int']['output'];
  /** Requests made in the period on those offers. */
  requests: Scalars['Int']['output'];
  /** Requests by month (`YYYY-MM`, Europe/Paris), oldest first; months without any are left out. */
  requestsByMonth: Array<PeriodCount>;
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
   * Cancels an event and its sessions (status CANCELLED); registering is then refused. Its managing staff, or the
   * partner key that created it; FORBIDDEN otherwise. Cancelling again changes nothing; NOT_FOUND for an unknown id.
   */
  cancelEvent: Event;
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
  /** Creates a partner key; its secret is in this answer only (admin; FORBIDDEN for anyone else). */
  createApiKey: CreatedApiKey;
  /**
   * Creates an event, or a session of a series with `parentId`. The staff who manage events of its department
   * (coordinators and referents of it, admins; admins alone for a region-wide event), or a partner key with
   * WRITE_EVENTS; FORBIDDEN otherwise. BAD_USER_INPUT (with `extensions.field`) for an event on site without
   * commune, an online one without URL, an end not after the start, a session outside its series' days, a capacity
   * outside 1–100,000 or no audience; NOT_FOUND for an unknown `parentId`.
   */
  createEvent: Event;
  /**
   * Creates a parents' café (café des parents). Staff of the commune's department; FORBIDDEN otherwise. BAD_USER_INPUT
   * for a start not in the future, an end not after the start, or a capacity outside 1–20.
   */
  createParentsCafe: ParentsCafe;
  /**
   * Takes an ambassador out of the network: out of search and contact, and listed by `ambassadorTombstones` (LEFT).
   * Users of their company or staff of their department, not the ambassador alone (they pause with `pausedUntil`);
   * FORBIDDEN otherwise. Deactivating again changes nothing; an unknown id is a BAD_USER_INPUT.
   */
  deactivateAmbassador: Ambassador;
  /**
   * Erases (anonymises) every personal datum the companies service holds about an e-mail address: immersion
   * requests and the e-mails queued about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  eraseCompaniesPersonalData: ErasureReport;
  /**
   * Erases (anonymises) every personal datum the events service holds about an e-mail address: event registrations
   * and the e-mails queued about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  eraseEventsPersonalData: ErasureReport;
  /**
   * Erases (anonymises) every personal datum the people service holds about an e-mail address: an ambassador (who
   * then resolves nowhere, and leaves a tombstone), a referent's address, café registrations, contact requests and
   * the e-mails queued about them. Admin only (FORBIDDEN otherwise); idempotent; audited without the address.
   */
  erasePeoplePersonalData: ErasureReport;
  /**
   * Publishes an immersion offer of a company. The company's users or the staff who manage it; FORBIDDEN otherwise.
   * BAD_USER_INPUT for places outside 1–50, a duration outside 1–30 days, no audience, an unknown ROME or commune
   * code; NOT_FOUND for an unknown company.
   */
  publishImmersionOffer: ImmersionOffer;
  /**
   * Records whether confirmed registrants came, once the event has started (not for a cancelled one). Its managing
   * staff, or the partner key that created it; FORBIDDEN otherwise. Returns the registrations changed: ids that are
   * not confirmed registrations of the event are ignored.
   */
  recordAttendance: Array<Registration>;
  /**
   * Records an action carried out under one of the charter's commitments. The company's users or the staff who manage
   * it; FORBIDDEN otherwise. BAD_USER_INPUT when the charter has no commitment of that kind, or the day is in the
   * future or outside the charter's term; NOT_FOUND for an unknown charter.
   */
  recordCommitmentAction: CommitmentAction;
  /**
   * Registers an ambassador of a company (Réseau d'Ambassadeurs Métiers). Users of that company, staff of the
   * commune's department (coordinators and referents of it, admins); FORBIDDEN otherwise. BAD_USER_INPUT when the
   * e-mail is already registered, for an unknown commune or ROME code, no intervention kind, or a quota outside 1–100.
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
   * Registers a parent (public). An e-mail already registered to the café takes no seat: its answer looks like a
   * new registration's (an id and a token that name nothing) and the parent is told by e-mail what they are
   * registered to, so that the answer never tells whether an address is known. BAD_USER_INPUT when the café is
   * cancelled, full or already started; NOT_FOUND for an unknown café.
   */
  registerForParentsCafe: ParentsCafeRegistration;
  /**
   * Registers a parent who presents their trade at school forums (parent témoin de son métier): an ambassador of the
   * PARENT_WITNESS network, without company, for forum stands and class talks. Staff of the commune's department;
   * FORBIDDEN otherwise. BAD_USER_INPUT when the e-mail is already registered, or for an unknown commune or ROME code.
   */
  registerParentWitness: Ambassador;
  /**
   * Renews a charter (reconduction): two more years from its current expiry. Staff who manage the company; FORBIDDEN
   * otherwise. BAD_USER_INPUT for a terminated charter, or one still expired after renewal (sign a new one);
   * NOT_FOUND for an unknown id.
   */
  renewCharter: Charter;
  /**
   * Asks an ambassador or a company to be put in touch (public). The addressee is notified by e-mail; their
   * address is never shown to the requester. One pending request per requester and addressee: a second one is
   * not sent; its answer looks like a new request's (an id that names nothing) and the requester is told by
   * e-mail that their request is still pending, so that the answer never tells whether an address is known.
   * BAD_USER_INPUT unless exactly one addressee is named, when the ambassador left the network, is taking a break or
   * has had their monthly quota of requests, or for a requester under 15 without `guardianConsent: true`; NOT_FOUND
   * for an unknown ambassador.
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
   * Signs a Fabrique des Compétences charter (charte d'engagement) for two years. Staff who manage the company (staff
   * of its department, admins, the referent its current charter names); FORBIDDEN otherwise. NOT_FOUND for an
   * unknown company; BAD_USER_INPUT when the commitments break the rules, for a date in the future or before
   * 2020-01-01, or when the company already has a charter in force (renew it instead).
   */
  signCharter: Charter;
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
   * Changes an event: omitted fields keep their value. Its managing staff, or the partner key that created it;
   * FORBIDDEN otherwise. Capacity cannot go below the confirmed registrations; raising it confirms waitlisted ones.
   * BAD_USER_INPUT for a cancelled event; NOT_FOUND for an unknown id.
   */
  updateEvent: Event;
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
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
export type MutationCreateParentsCafeArgs = {
  input: CreateParentsCafeInput;
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
export type MutationRecordCommitmentActionArgs = {
  input: RecordCommitmentActionInput;
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
export type MutationRegisterParentWitnessArgs = {
  input: RegisterParentWitnessInput;
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
export type MutationSignCharterArgs = {
  input: SignCharterInput;
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
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
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
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** The professional who leads it. */
  facilitator: Scalars['String']['output'];
  /** Parents' café id (UUID). */
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
  | 'REGISTERED';

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
   * Ambassadors who can be contacted now: active, not paused, monthly quota not reached. By first name.
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
  /** A commune of Normandy by its INSEE code; null when no commune of Normandy has it. */
  commune?: Maybe<Commune>;
  /** Communes of Normandy, by name (accents and case ignored). */
  communes: CommuneConnection;
  /**
   * Companies of the network, by name (accents and case ignored), or by last change when `filter.updatedSince` is
   * given (a change feed).
   */
  companies: CompanyConnection;
  /** A company by id; null when it does not exist. */
  company?: Maybe<Company>;
  /** A company by its SIRET; null when no company of the network has it. */
  companyBySiret?: Maybe<Company>;
  /**
   * Contact requests addressed to the caller, oldest first: an ambassador sees theirs, a company user those to the
   * company and its ambassadors, coordinators and referents those to the ambassadors of their departments, admins
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
   * Events by start, earliest first (past ones included unless `filter.from` is given), or by last change when
   * `filter.updatedSince` is given (a change feed).
   */
  events: EventConnection;
  /**
   * The events `events` lists, as one iCalendar document (RFC 5545, text/calendar) to add to a calendar application;
   * also served at `GET /calendar/events.ics`. Events without a known time are all-day entries.
   */
  eventsCalendar: Scalars['String']['output'];
  /** An immersion offer by id, with or without places left; null when it does not exist. */
  immersionOffer?: Maybe<ImmersionOffer>;
  /**
   * Immersion offers, newest first, or by last change when `filter.updatedSince` is given (a change feed). Only
   * offers with places left unless `filter.hasPlacesLeft` is false.
   */
  immersionOffers: ImmersionOfferConnection;
  /** A trade (fiche métier) of the ROME v4.60 by its code; null when it is not a ROME v4.60 code. */
  metier?: Maybe<Metier>;
  /** Trades (fiches métiers) of the ROME v4.60, by code. */
  metiers: MetierConnection;
  /** A parents' café by id; null when it does not exist. */
  parentsCafe?: Maybe<ParentsCafe>;
  /**
   * Parents' cafés by start, earliest first (past ones included unless `filter.from` is given), or by last change
   * when `filter.updatedSince` is given (a change feed).
   */
  parentsCafes: ParentsCafeConnection;
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
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryEventsCalendarArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryParentsCafeArgs = {
  id: Scalars['ID']['input'];
};


/** The root fields for reading the graph; each service answers its own. */
export type QueryParentsCafesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParentsCafeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * Agency or Région staff who accompany signatory companies (référent de proximité) or run the orientation service on a
 * territory (coordonnateur territorial).
 */
export type Referent = {
  __typename?: 'Referent';
  /**
   * Companies whose current charter names this referent (their portfolio), by name, at most `first`; null, with a
   * DOWNSTREAM_SERVICE_ERROR, when the companies service cannot answer.
   */
  companies?: Maybe<Array<Company>>;
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** The departments they cover. */
  departments: Array<Department>;
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
  /** Ambassadors of the department today (the period does not apply). */
  ambassadors?: Maybe<AmbassadorStatistics>;
  /**
   * Charters signed in the period (all when no period is given) by companies of the department; their status is
   * computed against today.
   */
  charters: CharterStatistics;
  /**
   * Contact requests sent in the period to ambassadors of the department; requests to a company have no department
   * and count for the whole region only.
   */
  contactRequests?: Maybe<ContactRequestStatistics>;
  /** The department asked for; null for the whole region. */
  department?: Maybe<Department>;
  /**
   * Events of the department (region-wide ones too, for the whole region) that overlap the period; sessions are
   * counted, the series they belong to are not.
   */
  events?: Maybe<EventStatistics>;
  /** First day of the period; null when it has no lower bound. */
  from?: Maybe<Scalars['Date']['output']>;
  /** Immersion offers of the department published by the end of the period, and the requests made on them in the period. */
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
  /** Their company (a Company id). */
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
  /** Contact requests accepted per month, 1 to 100 (default 4). */
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
  /** When it was first made. */
  createdAt: Scalars['DateTime']['output'];
  /** The event. */
  event: Event;
  /** Registration id (UUID). The answer to an address already registered carries an id that names nothing. */
  id: Scalars['ID']['output'];
  /** Place on the waitlist (1 is next); null unless WAITLISTED. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: RegistrationStatus;
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
  /** ...or a company (its ambassadors are notified, or the agency when it has none). */
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
  /** The référent de proximité who will accompany the company (a Referent id). */
  referentId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of signature: today (Europe/Paris) by default; not in the future, nor before 2020-01-01. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
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
  /** New monthly quota of contact requests, 1 to 100. */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Not contactable until this day (inclusive), today or later; null resumes. */
  pausedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** New phone number (at most 30 characters); null removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New code ROME of their trade. */
  romeCode?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an event; an omitted field keeps its value, and so does a null one unless said otherwise. */
export type UpdateEventInput = {
  /** New audiences. */
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
  /** The event to change. */
  id: Scalars['ID']['input'];
  /** When registration closes; null closes it as the event starts. */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens; null opens it at once. */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New codes ROME of the trades presented. */
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New start time (with `endsAt`, or the current end). */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New themes (at most 30, of 60 characters each). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New title (at most 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New link (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** New name of the place; null removes it. */
  venueName?: InputMaybe<Scalars['String']['input']>;
};

/** Where an event on site happens. */
export type Venue = {
  __typename?: 'Venue';
  /** Its commune; null when not known. */
  commune?: Maybe<Commune>;
  /** Name of the place, e.g. a lycée or a hall; null when not given. */
  name?: Maybe<Scalars['String']['output']>;
};

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