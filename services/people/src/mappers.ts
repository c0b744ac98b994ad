// What backs each GraphQL type: storage rows, entity references, connections (see codegen.ts).
import type { Connection, DashboardScope } from '@dm/shared';
import type {
  AmbassadorRow,
  CafeRegistrationRow,
  ContactRequestRow,
  ParentsCafeRow,
  ReferentRow,
} from './db/schema.ts';

export type { AmbassadorRow, ContactRequestRow, ParentsCafeRow, ReferentRow } from './db/schema.ts';
export type { DashboardScope } from '@dm/shared';
/** A café registration, with its cancellation token only in the answer that created it. */
export type CafeRegistrationView = CafeRegistrationRow & { cancellationToken?: string | null };
export type CompanyRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type AmbassadorPage = Connection<AmbassadorRow>;
export type ReferentPage = Connection<ReferentRow>;
export type CafePage = Connection<ParentsCafeRow>;
export type ContactRequestPage = Connection<ContactRequestRow>;
export type CafeRegistrationPage = Connection<CafeRegistrationRow>;
export type StatisticsScope = DashboardScope;
export type TombstonePage = Connection<{ id: string; removedAt: Date }>;
