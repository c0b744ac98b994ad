// What backs each GraphQL type: storage rows, entity references, connections (see codegen.ts).
import type { Connection, DashboardScope } from '@dm/shared';
import type { EventRow, RegistrationRow } from './db/schema.ts';

export type { EventRow, RegistrationRow } from './db/schema.ts';
export type { DashboardScope } from '@dm/shared';
/** A registration, with its cancellation token only in the answer that created it. */
export type RegistrationView = RegistrationRow & { cancellationToken?: string | null };
export type CompanyRef = { id: string };
export type AmbassadorRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type EventPage = Connection<EventRow>;
export type RegistrationPage = Connection<RegistrationRow>;
export type StatisticsScope = DashboardScope;
