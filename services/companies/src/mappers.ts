// What backs each GraphQL type: storage rows, reference records, connections (see codegen.ts).
import type { Connection } from '@dm/shared';
import type { Commune, Metier } from '@dm/shared/reference';
import type { CompanyRow, ImmersionOfferRow, ImmersionRequestRow } from './db/schema.ts';

export type { CharterRow, CommitmentRow, CompanyRow, ImmersionOfferRow, ImmersionRequestRow } from './db/schema.ts';
export type { CommitmentActionView, ReferentRef } from './store/charters.ts';
export type { DashboardScope } from './store/dashboard.ts';
/** An immersion request; `standIn` marks the answer to a later request of the same address, which names no record. */
export type ImmersionRequestView = ImmersionRequestRow & { standIn?: boolean };
export type CommuneRecord = Commune;
export type MetierRecord = Metier;
export type CompanyPage = Connection<CompanyRow>;
export type ImmersionOfferPage = Connection<ImmersionOfferRow>;
export type ImmersionRequestPage = Connection<ImmersionRequestRow>;
export type CommunePage = Connection<Commune>;
export type MetierPage = Connection<Metier>;
