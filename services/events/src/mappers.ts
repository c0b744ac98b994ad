// What backs each GraphQL type: storage rows, entity references, connections (see codegen.ts).
import type { Connection, DashboardScope } from '@dm/shared';
import type { EventRow, RegistrationRow } from './db/schema.ts';

export type { EventRow, RegistrationRow } from './db/schema.ts';
export type { DashboardScope } from '@dm/shared';
/**
 * A registration, with its cancellation token only in the answer that created it; `standIn` marks the
 * answer to an address already registered, which names no record, with the waitlist place a new
 * registration would have had.
 */
export type RegistrationView = RegistrationRow & {
  cancellationToken?: string | null;
  standIn?: { position: number | null };
};
export type CompanyRef = { id: string };
export type AmbassadorRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type EventPage = Connection<EventRow>;
export type RegistrationPage = Connection<RegistrationRow>;
export type StatisticsScope = DashboardScope;
