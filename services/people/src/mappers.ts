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
/**
 * A café registration, with its cancellation token only in the answer that created it; `standIn` marks
 * the answer to an address already registered, which names no record.
 */
export type CafeRegistrationView = CafeRegistrationRow & { cancellationToken?: string | null; standIn?: boolean };
/** A contact request; `standIn` marks the answer to a second request from the same address, which names no record. */
export type ContactRequestView = ContactRequestRow & { standIn?: boolean };
export type CompanyRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type AmbassadorPage = Connection<AmbassadorRow>;
export type ReferentPage = Connection<ReferentRow>;
export type CafePage = Connection<ParentsCafeRow>;
export type ContactRequestPage = Connection<ContactRequestRow>;
export type CafeRegistrationPage = Connection<CafeRegistrationRow>;
export type StatisticsScope = DashboardScope;
export type TombstonePage = Connection<{ id: string; removedAt: Date; reason: 'LEFT' | 'ERASED' }>;
