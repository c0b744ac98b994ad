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
  /** Calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** Instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

/** An ambassador of the people subgraph; this subgraph contributes the events they speak at. */
export type Ambassador = {
  __typename?: 'Ambassador';
  /** Active, not paused, not deactivated and below the monthly quota: can be found and contacted. */
  active: Scalars['Boolean']['output'];
  commune?: Maybe<Commune>;
  /** The company; null for a parent witness. */
  company?: Maybe<Company>;
  /** Full name and addresses: the ambassador, their company and staff of their department only. */
  contactDetails?: Maybe<AmbassadorContact>;
  demonstration: Scalars['Boolean']['output'];
  /** First name and initial of the last name. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interventionKinds: Array<InterventionKind>;
  /**
   * Events the ambassador speaks at: upcoming ones soonest first; with `upcoming: false`, past ones follow. Null,
   * with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
   */
  interventions?: Maybe<Array<Event>>;
  jobTitle: Scalars['String']['output'];
  /** Median time to answer a contact request, in hours; null before any answer. */
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
  metier: Metier;
  network: AmbassadorNetwork;
  /** Answered among the contact requests received at least 7 days ago or already answered; null before any. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** An ambassador of the people subgraph; this subgraph contributes the events they speak at. */
export type AmbassadorInterventionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AmbassadorConnection = {
  __typename?: 'AmbassadorConnection';
  edges: Array<AmbassadorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AmbassadorContact = {
  __typename?: 'AmbassadorContact';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type AmbassadorEdge = {
  __typename?: 'AmbassadorEdge';
  cursor: Scalars['String']['output'];
  node: Ambassador;
};

export type AmbassadorFilter = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  interventionKind?: InputMaybe<InterventionKind>;
  network?: InputMaybe<AmbassadorNetwork>;
  romeCode?: InputMaybe<Scalars['String']['input']>;
  /** First name, job title, trade or commune; accents and case are ignored. */
  search?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AmbassadorNetwork =
  /** Company staff of the Réseau d'Ambassadeurs Métiers. */
  | 'COMPANY_AMBASSADOR'
  /** A parent presenting their trade at school forums (parents témoins de leur métier). */
  | 'PARENT_WITNESS';

export type AmbassadorStatistics = {
  __typename?: 'AmbassadorStatistics';
  /** Ambassadors not deactivated (of the department; the period does not apply). */
  active: Scalars['Int']['output'];
  byDepartment: Array<CountByDepartment>;
  /** By ROME family (the letter of the code: H industry, D commerce...). */
  byTradeFamily: Array<CountByTradeFamily>;
};

export type AnswerContactRequestInput = {
  message: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type AnswerImmersionRequestInput = {
  accept: Scalars['Boolean']['input'];
  requestId: Scalars['ID']['input'];
};

/** A partner's key to the graph, sent in the `x-api-key` header. Stored hashed. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  partner: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key this one replaced. */
  rotatedFrom?: Maybe<Scalars['ID']['output']>;
  scopes: Array<ApiScope>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiScope =
  /** Public data of the graph. */
  | 'READ_PUBLIC'
  /** The regional dashboard. */
  | 'READ_STATISTICS'
  /** Create and change the partner's own events. */
  | 'WRITE_EVENTS';

export type Attendee = {
  __typename?: 'Attendee';
  category: Audience;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  guardianConsent: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  minor: Scalars['Boolean']['output'];
};

export type AttendeeInput = {
  /** Birth date, when given, tells whether the attendee is under 15. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  category: Audience;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  /** The attendee is under 18. */
  minor: Scalars['Boolean']['input'];
};

export type Audience =
  | 'APPRENTICE'
  | 'CAREER_CHANGER'
  | 'COLLEGE_PUPIL'
  | 'COMPANY'
  | 'EMPLOYEE'
  | 'JOB_SEEKER'
  | 'LYCEE_PUPIL'
  | 'ORIENTATION_PROFESSIONAL'
  | 'PARENT'
  | 'STUDENT'
  | 'TEACHER';

export type AuditAction =
  | 'API_KEY'
  | 'ERASE'
  | 'EXPORT'
  | 'PURGE'
  | 'READ_PERSONAL_DATA';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  /** Who: the token's subject, or the partner key. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recordId?: Maybe<Scalars['String']['output']>;
  /** What was read or changed: a record type and id, never a person's name or address. */
  recordType: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** The audit log; every subgraph contributes the entries it recorded. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Partner keys created, rotated and revoked. */
  access?: Maybe<AuditEntryConnection>;
  /** Entries of the companies subgraph, newest first. */
  companies?: Maybe<AuditEntryConnection>;
  /** Entries of the events subgraph, newest first. */
  events?: Maybe<AuditEntryConnection>;
  /** Entries of the people subgraph, newest first. */
  people?: Maybe<AuditEntryConnection>;
  scope: Scalars['ID']['output'];
};


/** The audit log; every subgraph contributes the entries it recorded. */
export type AuditLogAccessArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log; every subgraph contributes the entries it recorded. */
export type AuditLogCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log; every subgraph contributes the entries it recorded. */
export type AuditLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The audit log; every subgraph contributes the entries it recorded. */
export type AuditLogPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How long, and for whom, an answer may be cached (Apollo Server's cache control). */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type CancelParentsCafeRegistrationInput = {
  cancellationToken?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};

export type CancelRegistrationInput = {
  /** The token given at registration; not needed by staff. */
  cancellationToken?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};

/** A Fabrique des Compétences engagement charter (charte d'engagement), two years, renewable. */
export type Charter = {
  __typename?: 'Charter';
  commitments: Array<Commitment>;
  /** The commitments grouped by theme: regional scheme, discover, welcome, participate. */
  commitmentsByTheme: Array<CommitmentGroup>;
  company: Company;
  demonstration: Scalars['Boolean']['output'];
  expiresOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The proximity referent (référent de proximité) who accompanies the company. */
  referent?: Maybe<Referent>;
  renewedCount: Scalars['Int']['output'];
  signedOn: Scalars['Date']['output'];
  /** Computed against today (Europe/Paris). */
  status: CharterStatus;
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

export type CharterStatistics = {
  __typename?: 'CharterStatistics';
  byCommitmentKind: Array<CommitmentKindCount>;
  byDepartment: Array<DepartmentCount>;
  bySector: Array<SectorCount>;
  byStatus: Array<CharterStatusCount>;
  companies: Scalars['Int']['output'];
  renewals: Scalars['Int']['output'];
  /** Signatures by month (`YYYY-MM`). */
  signedByMonth: Array<PeriodCount>;
  total: Scalars['Int']['output'];
};

export type CharterStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  /** Within 90 days of its expiry. */
  | 'EXPIRING_SOON'
  | 'TERMINATED';

export type CharterStatusCount = {
  __typename?: 'CharterStatusCount';
  count: Scalars['Int']['output'];
  status: CharterStatus;
};

export type Commitment = {
  __typename?: 'Commitment';
  /** Actions carried out under this commitment, latest first. */
  actions: Array<CommitmentAction>;
  demonstration: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CommitmentKind;
  theme: CommitmentTheme;
};

export type CommitmentAction = {
  __typename?: 'CommitmentAction';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CommitmentKind;
  occurredOn: Scalars['Date']['output'];
  /** How many people the action reached, when counted. */
  participants?: Maybe<Scalars['Int']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

export type CommitmentGroup = {
  __typename?: 'CommitmentGroup';
  commitments: Array<Commitment>;
  theme: CommitmentTheme;
};

export type CommitmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind: CommitmentKind;
};

export type CommitmentKind =
  | 'ADULT_IMMERSION'
  /** Join the Réseau d'Ambassadeurs Métiers. */
  | 'AMBASSADOR_NETWORK'
  | 'CLASS_HOSTING'
  | 'COMPANY_VISIT'
  | 'DIPLOMA_CEREMONY'
  | 'FORUM'
  /** Host young people for immersions. */
  | 'IMMERSION_HOSTING'
  /** Post job offers on Emploi'Normandie. */
  | 'JOB_OFFER_POSTING'
  | 'PARENT_ACTION'
  | 'SCHOOL_INTERVENTION'
  | 'SPONSORSHIP'
  | 'STUDENT_INTERNSHIP'
  | 'TEACHER_DEVELOPMENT'
  | 'TRAINING_COOPERATION';

export type CommitmentKindCount = {
  __typename?: 'CommitmentKindCount';
  count: Scalars['Int']['output'];
  kind: CommitmentKind;
  theme: CommitmentTheme;
};

export type CommitmentTheme =
  /** Make the company and its trades known (faire découvrir). */
  | 'DISCOVER'
  /** Take part in local or regional actions (participer). */
  | 'PARTICIPATE'
  /** Actions of the regional orientation scheme: at least one is required. */
  | 'REGIONAL_SCHEME'
  /** Welcome every public (accueillir tous les publics). */
  | 'WELCOME';

/** A commune of Normandy (INSEE Code officiel géographique). */
export type Commune = {
  __typename?: 'Commune';
  /** INSEE code, e.g. 14327. */
  code: Scalars['ID']['output'];
  department: Department;
  /** The intercommunality (EPCI) the commune belongs to. */
  epci?: Maybe<Epci>;
  /** Centroid; null for the few merged communes without one. */
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  population?: Maybe<Scalars['Int']['output']>;
  postalCodes: Array<Scalars['String']['output']>;
};

export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  edges: Array<CommuneEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  cursor: Scalars['String']['output'];
  node: Commune;
};

/** A company of Normandy, signatory or candidate of the charter (entreprise). */
export type Company = {
  __typename?: 'Company';
  /** Active ambassadors of the company, by first name; null, with a DOWNSTREAM_SERVICE_ERROR, when the people service cannot answer. */
  ambassadors?: Maybe<Array<Ambassador>>;
  /** The current (latest) charter; null when the company never signed. */
  charter?: Maybe<Charter>;
  /** Every charter the company signed, latest first. */
  charters: Array<Charter>;
  /** The commune of the establishment; null when not known. */
  commune?: Maybe<Commune>;
  createdAt: Scalars['DateTime']['output'];
  /** True when this record is demonstration data, not a fact of the network. */
  demonstration: Scalars['Boolean']['output'];
  /** The department, known even when the commune is not. */
  department?: Maybe<Department>;
  /**
   * Events the company takes part in: upcoming ones soonest first; with `upcoming: false`, past ones follow,
   * latest first. Null, with a DOWNSTREAM_SERVICE_ERROR, when the events service cannot answer.
   */
  events?: Maybe<Array<Event>>;
  id: Scalars['ID']['output'];
  /** Open immersion offers of the company, newest first. */
  immersionOffers: Array<ImmersionOffer>;
  /** NAF rév. 2 activity code (e.g. 47.11F). */
  nafCode?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Sector of activity, as the company describes it. */
  sector?: Maybe<Scalars['String']['output']>;
  /** SIRET of the establishment; null when not known. */
  siret?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A company of Normandy, signatory or candidate of the charter (entreprise). */
export type CompanyAmbassadorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company of Normandy, signatory or candidate of the charter (entreprise). */
export type CompanyEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A company of Normandy, signatory or candidate of the charter (entreprise). */
export type CompanyImmersionOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  /** Status of the current charter. */
  charterStatus?: InputMaybe<Array<CharterStatus>>;
  /** Commitments of the current charter (any of them). */
  commitmentKinds?: InputMaybe<Array<CommitmentKind>>;
  /** INSEE commune code. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Department code, e.g. "14". */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Within a distance of the company's commune centroid. */
  near?: InputMaybe<NearInput>;
  /** Words of the name, commune or sector; accents and case are ignored. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only companies changed since then; the list is then ordered by last change. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A request to be put in touch (mise en relation) with an ambassador or a company. */
export type ContactRequest = {
  __typename?: 'ContactRequest';
  /** The ambassador asked, if any; null once the ambassador is erased. */
  ambassador?: Maybe<Ambassador>;
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The company asked (directly, or the ambassador's). */
  company?: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  /** Who asks and why: visible to the addressee and staff only. The requester's e-mail is never shown: answers are relayed. */
  requesterName?: Maybe<Scalars['String']['output']>;
  requesterRole?: Maybe<Audience>;
  status: ContactRequestStatus;
};

export type ContactRequestConnection = {
  __typename?: 'ContactRequestConnection';
  edges: Array<ContactRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactRequestEdge = {
  __typename?: 'ContactRequestEdge';
  cursor: Scalars['String']['output'];
  node: ContactRequest;
};

export type ContactRequestFilter = {
  status?: InputMaybe<ContactRequestStatus>;
};

export type ContactRequestStatistics = {
  __typename?: 'ContactRequestStatistics';
  answered: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
  /** Sent in the period. */
  sent: Scalars['Int']['output'];
};

export type ContactRequestStatus =
  | 'ANSWERED'
  /** Not answered within 30 days. */
  | 'EXPIRED'
  | 'PENDING';

export type CountByDepartment = {
  __typename?: 'CountByDepartment';
  count: Scalars['Int']['output'];
  department: Department;
};

export type CountByTradeFamily = {
  __typename?: 'CountByTradeFamily';
  count: Scalars['Int']['output'];
  family: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  /** The partner organisation (mission locale, France Travail, a school...). */
  partner: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateEventInput = {
  audiences: Array<Audience>;
  /** Seats; omit for unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** INSEE code of the venue's commune (required unless online). */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Department code (e.g. \"14\") the event belongs to, which decides who manages it and sees its attendees. On
   * site, the commune's (naming another one is refused). Online: a coordinator or referent names one of theirs
   * (by default their only one; required when they have several); an admin or a partner may leave it out,
   * which makes the event region-wide (managed by admins, and changed by the partner key that created it).
   */
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  kind: EventKind;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Makes this event a session of that series. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  startsAt: Scalars['DateTime']['input'];
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** Required for an online event. */
  url?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type CreateParentsCafeInput = {
  /** At most 20 (default 20). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  communeCode: Scalars['String']['input'];
  /** Defaults to two hours after the start. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  facilitatorName: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The secret: shown once, never stored in clear. */
  secret: Scalars['String']['output'];
};

export type DashboardFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  /** Start of the period (inclusive). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** End of the period (inclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A person whose data the graph may hold, identified by e-mail address (GDPR data subject). */
export type DataSubject = {
  __typename?: 'DataSubject';
  /** Every personal datum the companies subgraph holds about this address (admin). */
  companies?: Maybe<Scalars['JSON']['output']>;
  email: Scalars['String']['output'];
  /** Every personal datum the events subgraph holds about this address (admin). */
  events?: Maybe<Scalars['JSON']['output']>;
  /** Every personal datum the people subgraph holds about this address (admin). */
  people?: Maybe<Scalars['JSON']['output']>;
};

export type DatePrecision =
  /** The days are known, not the times. */
  | 'DAY'
  /** Only a window is known (`startsOn`..`endsOn`). */
  | 'PERIOD'
  /** Start and end times are known. */
  | 'TIME';

export type Department = {
  __typename?: 'Department';
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DepartmentCount = {
  __typename?: 'DepartmentCount';
  count: Scalars['Int']['output'];
  department: Department;
};

export type Epci = {
  __typename?: 'Epci';
  name: Scalars['String']['output'];
  /** SIREN of the EPCI. */
  siren: Scalars['ID']['output'];
};

/** What an erasure changed. */
export type ErasureReport = {
  __typename?: 'ErasureReport';
  /** Records whose personal data were erased (anonymised: the records stay, so statistics still add up). */
  recordsErased: Scalars['Int']['output'];
};

/** An orientation event: forum, Olympiades selection, VAE week, workshop, visit... (évènement). */
export type Event = {
  __typename?: 'Event';
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
  description?: Maybe<Scalars['String']['output']>;
  /** End, when the time is known. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last day. When `datePrecision` is PERIOD, the end of the window. */
  endsOn: Scalars['Date']['output'];
  /** Companies taking part (stands, hosts, signatories), in the order they were added, at most `first` (100 at most). Null where a company no longer resolves. */
  exhibitors: Array<Maybe<Company>>;
  /** The event as an iCalendar file (text/calendar). */
  icalendar: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** Trades presented (ROME v4.60). */
  metiers: Array<Metier>;
  online: Scalars['Boolean']['output'];
  /** The series this event is a session of. */
  parent?: Maybe<Event>;
  /** Confirmed registrations. */
  registeredCount: Scalars['Int']['output'];
  registrationClosesAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether registering is possible now. */
  registrationOpen: Scalars['Boolean']['output'];
  registrationOpensAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrations, by date: the staff who manage the event only; null with FORBIDDEN for anyone else. */
  registrations?: Maybe<RegistrationConnection>;
  /** Seats left; null when attendance is not limited. */
  remainingSeats?: Maybe<Scalars['Int']['output']>;
  /** Sessions of this event, by start. */
  sessions: Array<Event>;
  /** Ambassadors speaking, in the order they were added, at most `first` (100 at most). Null where an ambassador no longer resolves. */
  speakers: Array<Maybe<Ambassador>>;
  /** Start, when the time is known (Europe/Paris events, as ISO instants). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** First day (Europe/Paris). When `datePrecision` is PERIOD, the start of the window the event fell in. */
  startsOn: Scalars['Date']['output'];
  status: EventStatus;
  /** Themes, e.g. industry, maritime jobs, building trades. */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Where to join an online event. */
  url?: Maybe<Scalars['String']['output']>;
  /** Where it happens; null for an online event or an unknown venue. */
  venue?: Maybe<Venue>;
  waitlistCount: Scalars['Int']['output'];
};


/** An orientation event: forum, Olympiades selection, VAE week, workshop, visit... (évènement). */
export type EventExhibitorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An orientation event: forum, Olympiades selection, VAE week, workshop, visit... (évènement). */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


/** An orientation event: forum, Olympiades selection, VAE week, workshop, visit... (évènement). */
export type EventSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventDepartmentCount = {
  __typename?: 'EventDepartmentCount';
  department: Department;
  events: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events the ambassador speaks at. */
  ambassadorId?: InputMaybe<Scalars['ID']['input']>;
  audience?: InputMaybe<Audience>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Events the company takes part in. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Department code, e.g. "14": events of its communes and its online events (region-wide ones excluded). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Events ending on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only events with seats left (unlimited events included). */
  hasSeatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include sessions of series (default true). */
  includeSessions?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  /** Events starting on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only events changed since then; the list is then ordered by last change. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EventKind =
  | 'COMPANY_VISIT'
  /** Consultation meetings (assises de l'orientation). */
  | 'CONSULTATION'
  | 'DIPLOMA_CEREMONY'
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
  | 'SCHOOL_INTERVENTION'
  /** Information-métiers workshops for teachers. */
  | 'TEACHER_WORKSHOP'
  /** Industry week, maritime jobs, building trades... */
  | 'THEMATIC_WEEK'
  /** Semaine de la VAE (validation des acquis de l'expérience). */
  | 'VAE_WEEK'
  /** Virtual fair for second orientation (salon virtuel de la seconde orientation). */
  | 'VIRTUAL_FAIR';

export type EventKindCount = {
  __typename?: 'EventKindCount';
  count: Scalars['Int']['output'];
  kind: EventKind;
};

export type EventStatistics = {
  __typename?: 'EventStatistics';
  /** Attended among confirmed registrations whose attendance was recorded; null when none was. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  byDepartment: Array<EventDepartmentCount>;
  byKind: Array<EventKindCount>;
  cancelled: Scalars['Int']['output'];
  /** Confirmed registrations over the seats of limited events; null when no event is limited. */
  fillRate?: Maybe<Scalars['Float']['output']>;
  /** Confirmed registrations (not cancelled). */
  registrations: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type EventStatus =
  | 'CANCELLED'
  /** Ended. */
  | 'COMPLETED'
  | 'SCHEDULED';

export type ImmersionDepartmentCount = {
  __typename?: 'ImmersionDepartmentCount';
  accepted: Scalars['Int']['output'];
  department: Department;
  offers: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
};

/** A place for young people or adults to discover a trade for a few days (immersion). */
export type ImmersionOffer = {
  __typename?: 'ImmersionOffer';
  audiences: Array<Audience>;
  commune?: Maybe<Commune>;
  company: Company;
  demonstration: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  durationDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  metier: Metier;
  places: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Places not yet taken by pending or accepted requests. */
  remainingPlaces: Scalars['Int']['output'];
  /** Requests received: the company's staff and agency staff only; null with FORBIDDEN for anyone else. */
  requests?: Maybe<ImmersionRequestConnection>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** A place for young people or adults to discover a trade for a few days (immersion). */
export type ImmersionOfferRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImmersionOfferConnection = {
  __typename?: 'ImmersionOfferConnection';
  edges: Array<ImmersionOfferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImmersionOfferEdge = {
  __typename?: 'ImmersionOfferEdge';
  cursor: Scalars['String']['output'];
  node: ImmersionOffer;
};

export type ImmersionOfferFilter = {
  audience?: InputMaybe<Audience>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only offers with places left (default true). */
  hasPlacesLeft?: InputMaybe<Scalars['Boolean']['input']>;
  near?: InputMaybe<NearInput>;
  romeCode?: InputMaybe<Scalars['String']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ImmersionRequest = {
  __typename?: 'ImmersionRequest';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The requester's message: same visibility as the requester. */
  message?: Maybe<Scalars['String']['output']>;
  offer: ImmersionOffer;
  /** Who asked: visible to the company's staff and agency staff only. */
  requester?: Maybe<ImmersionRequester>;
  status: ImmersionRequestStatus;
};

export type ImmersionRequestConnection = {
  __typename?: 'ImmersionRequestConnection';
  edges: Array<ImmersionRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImmersionRequestEdge = {
  __typename?: 'ImmersionRequestEdge';
  cursor: Scalars['String']['output'];
  node: ImmersionRequest;
};

export type ImmersionRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type ImmersionRequester = {
  __typename?: 'ImmersionRequester';
  category: Audience;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  guardianConsent: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  minor: Scalars['Boolean']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type ImmersionRequesterInput = {
  /** Birth date, when given, tells whether the requester is under 15. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  category: Audience;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  /** The requester is under 18. */
  minor: Scalars['Boolean']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ImmersionStatistics = {
  __typename?: 'ImmersionStatistics';
  /** Accepted among answered requests; null when none was answered. */
  acceptanceRate?: Maybe<Scalars['Float']['output']>;
  accepted: Scalars['Int']['output'];
  byDepartment: Array<ImmersionDepartmentCount>;
  declined: Scalars['Int']['output'];
  offers: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  remainingPlaces: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
  /** Requests by month (`YYYY-MM`). */
  requestsByMonth: Array<PeriodCount>;
};

export type InterventionKind =
  | 'CLASS_TALK'
  | 'COMPANY_VISIT'
  | 'FORUM_STAND'
  | 'IMMERSION_TUTORING'
  | 'ONLINE_TALK'
  | 'PARENTS_CAFE'
  | 'PHONE_CALL';

/** A job family of the ROME v4.60 (Répertoire Opérationnel des Métiers et des Emplois). */
export type Metier = {
  __typename?: 'Metier';
  label: Scalars['String']['output'];
  romeCode: Scalars['ID']['output'];
};

export type MetierConnection = {
  __typename?: 'MetierConnection';
  edges: Array<MetierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MetierEdge = {
  __typename?: 'MetierEdge';
  cursor: Scalars['String']['output'];
  node: Metier;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a company as exhibitor or participant (staff). */
  addExhibitor: Event;
  /** Adds an ambassador as speaker (staff). */
  addSpeaker: Event;
  /** Answers a contact request (the addressee); the answer is relayed to the requester by e-mail. */
  answerContactRequest: ContactRequest;
  /** Accepts or declines an immersion request (staff or the company). */
  answerImmersionRequest: ImmersionRequest;
  /** Cancels an event and its sessions (staff). */
  cancelEvent: Event;
  /** Cancels a parents' café (staff). */
  cancelParentsCafe: ParentsCafe;
  /** Cancels a café registration with its token (the parent) or as staff. */
  cancelParentsCafeRegistration: ParentsCafeRegistration;
  /** Cancels a registration with its cancellation token (the registrant) or as staff; frees the seat for the waitlist. */
  cancelRegistration: Registration;
  /** Creates a partner key; its secret is in this answer only (admin). */
  createApiKey: CreatedApiKey;
  /** Creates an event, or a session of a series with `parentId` (staff). */
  createEvent: Event;
  /** Creates a parents' café (staff). Capacity at most 20. */
  createParentsCafe: ParentsCafe;
  /** Removes an ambassador from search and contact (their company or staff). */
  deactivateAmbassador: Ambassador;
  /** Erases every personal datum this subgraph holds about an e-mail address (admin). Idempotent; audited. */
  eraseCompaniesPersonalData: ErasureReport;
  /** Erases every personal datum this subgraph holds about an e-mail address (admin). Idempotent; audited. */
  eraseEventsPersonalData: ErasureReport;
  /** Erases every personal datum this subgraph holds about an e-mail address (admin). Idempotent; audited. */
  erasePeoplePersonalData: ErasureReport;
  /** Publishes an immersion offer of a company (staff or the company). */
  publishImmersionOffer: ImmersionOffer;
  /** Marks who came (staff). */
  recordAttendance: Array<Registration>;
  /** Records an action carried out under one of the charter's commitments (staff or the company). */
  recordCommitmentAction: CommitmentAction;
  /** Registers an ambassador (the ambassador's company, a referent, a coordinator or an admin). */
  registerAmbassador: Ambassador;
  /** Adds a company to the network (staff). */
  registerCompany: Company;
  /**
   * Registers for an event (public): CONFIRMED while seats remain, WAITLISTED after. An e-mail already registered
   * to the event takes nothing: its answer looks like a new registration's (an id and a token that name nothing,
   * the status and position a new one would get) and the attendee is told by e-mail what they are registered to,
   * so that the answer never tells whether an address is known.
   */
  registerForEvent: Registration;
  /**
   * Registers a parent (public). An e-mail already registered to the café takes no seat: its answer looks like a
   * new registration's (an id and a token that name nothing) and the parent is told by e-mail what they are
   * registered to, so that the answer never tells whether an address is known.
   */
  registerForParentsCafe: ParentsCafeRegistration;
  /** Registers a parent who presents their trade at school forums (parents, witnesses of their trade) (staff). */
  registerParentWitness: Ambassador;
  /** Renews a charter: two more years from its current expiry (reconduction) (staff). */
  renewCharter: Charter;
  /**
   * Asks an ambassador or a company to be put in touch (public). The addressee is notified by e-mail; their
   * address is never shown to the requester. One pending request per requester and addressee: a second one is
   * not sent; its answer looks like a new request's (an id that names nothing) and the requester is told by
   * e-mail that their request is still pending, so that the answer never tells whether an address is known.
   */
  requestContact: ContactRequest;
  /**
   * Asks for an immersion place (public). The first request of an e-mail for an offer wins: a later one takes no
   * place and records nothing; its answer looks like a new request's (an id that names nothing) and the
   * requester is told by e-mail what they already asked, so that the answer never tells whether an address is known.
   */
  requestImmersion: ImmersionRequest;
  /** Revokes a key at once (admin). */
  revokeApiKey: ApiKey;
  /** Replaces a key by a new one with the same partner and scopes, and revokes the old one (admin). */
  rotateApiKey: CreatedApiKey;
  /** Signs a Fabrique des Compétences charter for two years (staff). */
  signCharter: Charter;
  /** Ends a charter before its expiry (staff). */
  terminateCharter: Charter;
  /** Changes an ambassador (the ambassador, their company, or staff). */
  updateAmbassador: Ambassador;
  /** Changes an event (staff). Capacity cannot go below the confirmed registrations; raising it confirms waitlisted ones. */
  updateEvent: Event;
};


export type MutationAddExhibitorArgs = {
  companyId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
};


export type MutationAddSpeakerArgs = {
  ambassadorId: Scalars['ID']['input'];
  eventId: Scalars['ID']['input'];
};


export type MutationAnswerContactRequestArgs = {
  input: AnswerContactRequestInput;
};


export type MutationAnswerImmersionRequestArgs = {
  input: AnswerImmersionRequestInput;
};


export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelParentsCafeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelParentsCafeRegistrationArgs = {
  input: CancelParentsCafeRegistrationInput;
};


export type MutationCancelRegistrationArgs = {
  input: CancelRegistrationInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateParentsCafeArgs = {
  input: CreateParentsCafeInput;
};


export type MutationDeactivateAmbassadorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseCompaniesPersonalDataArgs = {
  email: Scalars['String']['input'];
};


export type MutationEraseEventsPersonalDataArgs = {
  email: Scalars['String']['input'];
};


export type MutationErasePeoplePersonalDataArgs = {
  email: Scalars['String']['input'];
};


export type MutationPublishImmersionOfferArgs = {
  input: PublishImmersionOfferInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordCommitmentActionArgs = {
  input: RecordCommitmentActionInput;
};


export type MutationRegisterAmbassadorArgs = {
  input: RegisterAmbassadorInput;
};


export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};


export type MutationRegisterForEventArgs = {
  input: RegisterForEventInput;
};


export type MutationRegisterForParentsCafeArgs = {
  input: RegisterForParentsCafeInput;
};


export type MutationRegisterParentWitnessArgs = {
  input: RegisterParentWitnessInput;
};


export type MutationRenewCharterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestContactArgs = {
  input: RequestContactInput;
};


export type MutationRequestImmersionArgs = {
  input: RequestImmersionInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignCharterArgs = {
  input: SignCharterInput;
};


export type MutationTerminateCharterArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateAmbassadorArgs = {
  input: UpdateAmbassadorInput;
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};

export type NearInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusKm: Scalars['Float']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ParentInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
};

/** A parents' café (café des parents): 15 to 20 parents, led by a professional, in a friendly place. */
export type ParentsCafe = {
  __typename?: 'ParentsCafe';
  /** At most 20. */
  capacity: Scalars['Int']['output'];
  commune: Commune;
  demonstration: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** The professional who leads it. */
  facilitator: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  registeredCount: Scalars['Int']['output'];
  /** Parents registered: staff of the department only; null with FORBIDDEN for anyone else. */
  registrations?: Maybe<ParentsCafeRegistrationConnection>;
  remainingSeats: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: ParentsCafeStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
};


/** A parents' café (café des parents): 15 to 20 parents, led by a professional, in a friendly place. */
export type ParentsCafeRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ParentsCafeConnection = {
  __typename?: 'ParentsCafeConnection';
  edges: Array<ParentsCafeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParentsCafeEdge = {
  __typename?: 'ParentsCafeEdge';
  cursor: Scalars['String']['output'];
  node: ParentsCafe;
};

export type ParentsCafeFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  hasSeatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only cafés changed since then; the list is then ordered by last change. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ParentsCafeRegistration = {
  __typename?: 'ParentsCafeRegistration';
  cafe: ParentsCafe;
  /** Secret to cancel; given once, in the answer to the registration that created it. */
  cancellationToken?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who registered: staff of the café's department only. */
  parent?: Maybe<RegisteredParent>;
  status: ParentsCafeRegistrationStatus;
};

export type ParentsCafeRegistrationConnection = {
  __typename?: 'ParentsCafeRegistrationConnection';
  edges: Array<ParentsCafeRegistrationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParentsCafeRegistrationEdge = {
  __typename?: 'ParentsCafeRegistrationEdge';
  cursor: Scalars['String']['output'];
  node: ParentsCafeRegistration;
};

export type ParentsCafeRegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED';

export type ParentsCafeStatistics = {
  __typename?: 'ParentsCafeStatistics';
  /** Cafés of the period that took place. */
  held: Scalars['Int']['output'];
  /** Parents registered to the cafés held. */
  participants: Scalars['Int']['output'];
  /** Cafés of the period not yet held nor cancelled. */
  upcoming: Scalars['Int']['output'];
};

export type ParentsCafeStatus =
  | 'CANCELLED'
  /** 15 parents or more are registered: it takes place. */
  | 'CONFIRMED'
  | 'FULL'
  /** It has taken place. */
  | 'HELD'
  | 'OPEN';

export type PeriodCount = {
  __typename?: 'PeriodCount';
  count: Scalars['Int']['output'];
  period: Scalars['String']['output'];
};

export type PublishImmersionOfferInput = {
  audiences: Array<Audience>;
  /** Defaults to the company's commune. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  durationDays: Scalars['Int']['input'];
  places: Scalars['Int']['input'];
  romeCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * An ambassador by id; null when unknown or erased (an erased ambassador is only a tombstone, see
   * `ambassadorTombstones`). Paused, deactivated or fully booked ambassadors still resolve here.
   */
  ambassador?: Maybe<Ambassador>;
  /**
   * Ambassadors who left the network since then, for partners who keep a copy: deactivated, or erased (then
   * `removedAt` is the time of the erasure, and the ambassador resolves nowhere else).
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
  /** The audit log of the graph (admin; null with FORBIDDEN for anyone else): each subgraph contributes its entries, newest first. */
  auditLog?: Maybe<AuditLog>;
  charter?: Maybe<Charter>;
  /** A commune of Normandy by INSEE code. */
  commune?: Maybe<Commune>;
  /** Communes of Normandy, by name; `search` ignores accents and case. */
  communes: CommuneConnection;
  /** Companies of the network, by name (or by last change when `updatedSince` is given). */
  companies: CompanyConnection;
  /** A company by id; null when it does not exist. */
  company?: Maybe<Company>;
  /** A company by its SIRET (14 digits, check digit verified). */
  companyBySiret?: Maybe<Company>;
  /**
   * Contact requests addressed to the caller: an ambassador sees theirs, a company user those to the company and
   * its ambassadors, staff those of their departments (admins all). Oldest pending first.
   */
  contactRequests: ContactRequestConnection;
  /**
   * Every personal datum the graph holds about an e-mail address (admin). Each subgraph contributes its part;
   * the export is recorded in the audit log.
   */
  dataSubject?: Maybe<DataSubject>;
  /** The five departments of Normandy. */
  departments: Array<Department>;
  /** An event by id; null when it does not exist. */
  event?: Maybe<Event>;
  /** Events by start time (or by last change when `updatedSince` is given). */
  events: EventConnection;
  /** The same events as an iCalendar feed (text/calendar), to add to a calendar. At most `first` events (default 100). */
  eventsCalendar: Scalars['String']['output'];
  immersionOffer?: Maybe<ImmersionOffer>;
  /** Immersion offers that still accept requests, newest first. */
  immersionOffers: ImmersionOfferConnection;
  /** A ROME v4.60 job family. */
  metier?: Maybe<Metier>;
  /** ROME v4.60 job families; `search` matches code or label, ignoring accents and case. */
  metiers: MetierConnection;
  parentsCafe?: Maybe<ParentsCafe>;
  /** Parents' cafés by start time. */
  parentsCafes: ParentsCafeConnection;
  referent?: Maybe<Referent>;
  /** Proximity referents and territorial coordinators, by name. */
  referents: ReferentConnection;
  /**
   * Statistics of the network for the agency's dashboards. Aggregates only, no personal data. Agency staff and
   * partners allowed to read statistics; null with FORBIDDEN for anyone else.
   */
  regionalDashboard?: Maybe<RegionalDashboard>;
};


export type QueryAmbassadorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAmbassadorTombstonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


export type QueryAmbassadorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AmbassadorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCharterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommuneArgs = {
  code: Scalars['ID']['input'];
};


export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyBySiretArgs = {
  siret: Scalars['String']['input'];
};


export type QueryContactRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDataSubjectArgs = {
  email: Scalars['String']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsCalendarArgs = {
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImmersionOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImmersionOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImmersionOfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetierArgs = {
  romeCode: Scalars['ID']['input'];
};


export type QueryMetiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryParentsCafeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParentsCafesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParentsCafeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionalDashboardArgs = {
  filter?: InputMaybe<DashboardFilter>;
};

export type RecordAttendanceInput = {
  attended: Scalars['Boolean']['input'];
  eventId: Scalars['ID']['input'];
  registrationIds: Array<Scalars['ID']['input']>;
};

export type RecordCommitmentActionInput = {
  charterId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  kind: CommitmentKind;
  occurredOn: Scalars['Date']['input'];
  participants?: InputMaybe<Scalars['Int']['input']>;
};

/** A person of the people subgraph; this subgraph contributes the referent's portfolio. */
export type Referent = {
  __typename?: 'Referent';
  /** Companies whose current charter names this referent; null when the companies service cannot answer. */
  companies?: Maybe<Array<Company>>;
  demonstration: Scalars['Boolean']['output'];
  departments: Array<Department>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation: ReferentOrganisation;
  role: ReferentRole;
};


/** A person of the people subgraph; this subgraph contributes the referent's portfolio. */
export type ReferentCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReferentConnection = {
  __typename?: 'ReferentConnection';
  edges: Array<ReferentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReferentEdge = {
  __typename?: 'ReferentEdge';
  cursor: Scalars['String']['output'];
  node: Referent;
};

export type ReferentFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<ReferentOrganisation>;
  role?: InputMaybe<ReferentRole>;
  /** Only referents changed since then; the list is then ordered by last change. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReferentOrganisation =
  /** Agence Régionale de l'Orientation et des Métiers. */
  | 'AGENCY'
  /** Région Normandie. */
  | 'REGION';

export type ReferentRole =
  | 'PROXIMITY_REFERENT'
  | 'TERRITORIAL_COORDINATOR';

/**
 * Statistics of the network for a department and a period. Charters counted are those signed in the
 * period (all when no period is given); their status is computed against today.
 */
export type RegionalDashboard = {
  __typename?: 'RegionalDashboard';
  ambassadors?: Maybe<AmbassadorStatistics>;
  charters: CharterStatistics;
  contactRequests?: Maybe<ContactRequestStatistics>;
  department?: Maybe<Department>;
  /** Events of the department that overlap the period (sessions counted, series parents not). */
  events?: Maybe<EventStatistics>;
  from?: Maybe<Scalars['Date']['output']>;
  immersions: ImmersionStatistics;
  parentsCafes?: Maybe<ParentsCafeStatistics>;
  /** The filter this dashboard was computed for, e.g. `department=14;from=2025-01-01;to=`. */
  scope: Scalars['ID']['output'];
  to?: Maybe<Scalars['Date']['output']>;
};

export type RegisterAmbassadorInput = {
  communeCode: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  interventionKinds: Array<InterventionKind>;
  jobTitle: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Contact requests accepted per month (default 4). */
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  romeCode: Scalars['String']['input'];
};

export type RegisterCompanyInput = {
  /** INSEE code of the establishment's commune. */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Department, when the commune is not known. */
  department?: InputMaybe<Scalars['String']['input']>;
  nafCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sector?: InputMaybe<Scalars['String']['input']>;
  /** 14 digits; spaces allowed. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterForEventInput = {
  attendee: AttendeeInput;
  eventId: Scalars['ID']['input'];
};

export type RegisterForParentsCafeInput = {
  cafeId: Scalars['ID']['input'];
  parent: ParentInput;
};

export type RegisterParentWitnessInput = {
  communeCode: Scalars['String']['input'];
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  romeCode: Scalars['String']['input'];
};

export type RegisteredParent = {
  __typename?: 'RegisteredParent';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
};

export type Registration = {
  __typename?: 'Registration';
  /** Whether the attendee came; null until recorded. */
  attended?: Maybe<Scalars['Boolean']['output']>;
  /** Who registered: visible to staff only. */
  attendee?: Maybe<Attendee>;
  /** Secret to cancel this registration. Given once, in the answer to the registration that created it. */
  cancellationToken?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  event: Event;
  id: Scalars['ID']['output'];
  /** Place on the waitlist (1 is next); null unless WAITLISTED. */
  position?: Maybe<Scalars['Int']['output']>;
  status: RegistrationStatus;
};

export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  edges: Array<RegistrationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  cursor: Scalars['String']['output'];
  node: Registration;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type RequestContactInput = {
  /** Either an ambassador... */
  ambassadorId?: InputMaybe<Scalars['ID']['input']>;
  /** ...or a company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  message: Scalars['String']['input'];
  requester: RequesterInput;
};

export type RequestImmersionInput = {
  message?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['ID']['input'];
  requester: ImmersionRequesterInput;
};

export type RequesterInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Who is asking: a pupil, a parent, a teacher... */
  category?: InputMaybe<Audience>;
  email: Scalars['String']['input'];
  /** First name, as every other person input of the graph takes it (with lastName). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** A parent or guardian agreed; required under 15 (and for a minor whose age is not given). */
  guardianConsent?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The requester is under 18. */
  minor: Scalars['Boolean']['input'];
  /**
   * The whole name in one field.
   * @deprecated Use firstName and lastName, as the other public mutations do.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Use category, as the other public mutations do. */
  role?: InputMaybe<Audience>;
};

export type SectorCount = {
  __typename?: 'SectorCount';
  count: Scalars['Int']['output'];
  /** Null groups companies whose sector is unknown. */
  sector?: Maybe<Scalars['String']['output']>;
};

export type SignCharterInput = {
  commitments: Array<CommitmentInput>;
  companyId: Scalars['ID']['input'];
  referentId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to today. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** An item that left a list, so that a partner's copy can drop it. */
export type Tombstone = {
  __typename?: 'Tombstone';
  id: Scalars['ID']['output'];
  /** Why it left: deactivated (LEFT), or its personal data erased (ERASED: nothing of it may be kept). */
  reason: TombstoneReason;
  removedAt: Scalars['DateTime']['output'];
};

export type TombstoneConnection = {
  __typename?: 'TombstoneConnection';
  edges: Array<TombstoneEdge>;
  pageInfo: PageInfo;
};

export type TombstoneEdge = {
  __typename?: 'TombstoneEdge';
  cursor: Scalars['String']['output'];
  node: Tombstone;
};

export type TombstoneReason =
  /** Erased on request or at the end of its retention period: a copy must drop every trace, the id included. */
  | 'ERASED'
  /** Deactivated: the ambassador left the network. */
  | 'LEFT';

export type UpdateAmbassadorInput = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  interventionKinds?: InputMaybe<Array<InterventionKind>>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  monthlyQuota?: InputMaybe<Scalars['Int']['input']>;
  /** Not contactable until this day (inclusive); null resumes. */
  pausedUntil?: InputMaybe<Scalars['Date']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  romeCode?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateEventInput = {
  audiences?: InputMaybe<Array<Audience>>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Moves an online event to another department (see `CreateEventInput.department`); the caller must manage
   * events there. Null makes it region-wide when an admin or a partner sends it, and means the caller's only
   * department for a coordinator or referent. On site, the department follows the commune. Omit to keep it.
   */
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  romeCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type Venue = {
  __typename?: 'Venue';
  commune?: Maybe<Commune>;
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