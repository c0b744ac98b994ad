// What backs each GraphQL type: storage rows, entity references, connections (see codegen.ts).
import type { Connection, DashboardScope } from '@dm/shared';
import type { AmbassadorRow, ContactRequestRow, CoordinatorActionRow, ReferentRow } from './db/schema.ts';

export type { AmbassadorRow, ContactRequestRow, CoordinatorActionRow, ReferentRow } from './db/schema.ts';
export type { DashboardScope } from '@dm/shared';
/** A contact request; `standIn` marks the answer to a second request from the same address, which names no record. */
export type ContactRequestView = ContactRequestRow & { standIn?: boolean };
export type CompanyRef = { id: string };
export type CommuneRef = { code: string };
export type MetierRef = { romeCode: string };
export type AmbassadorPage = Connection<AmbassadorRow>;
export type ReferentPage = Connection<ReferentRow>;
export type ContactRequestPage = Connection<ContactRequestRow>;
export type StatisticsScope = DashboardScope;
export type TombstonePage = Connection<{ id: string; removedAt: Date; reason: 'LEFT' | 'ERASED' }>;
export type CoordinatorActionPage = Connection<CoordinatorActionRow>;
