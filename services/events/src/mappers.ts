// What backs each GraphQL type: storage rows, entity references, connections (see codegen.ts).
import type { Connection, DashboardScope } from '@dm/shared';
import type { EventRow, RegistrationRow } from './db/schema.ts';

export type { EventRow, RegistrationRow } from './db/schema.ts';
export type { DashboardScope } from '@dm/shared';
/**
 * A registration, with its cancellation token only in the answer that created it; `standIn` marks the
 * answer to an address already registered, which names no registration (a row of `registration_stand_in`
 * that holds a seat or a waitlist place as a new registration would).
 */
export type RegistrationView = RegistrationRow & {
  cancellationToken?: string | null;
  standIn?: boolean;
};
export type CompanyRef = { id: string };
export type AmbassadorRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type EventPage = Connection<EventRow>;
export type RegistrationPage = Connection<RegistrationRow>;
export type StatisticsScope = DashboardScope;
export type BranchAgreementRef = { id: string };
export type { ConsultationFacts } from './seed/consultations.ts';
