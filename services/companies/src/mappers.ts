// What backs each GraphQL type: storage rows, reference records, connections (see codegen.ts).
import type { Connection } from '@dm/shared';
import type { Commune, Metier } from '@dm/shared/reference';
import type {
  CommunicationKitRow,
  CompanyRow,
  ImmersionAgreementRow,
  ImmersionOfferRow,
  ImmersionRequestRow,
  OrientationPlaceRow,
  ProfessionalBranchRow,
} from './db/schema.ts';

export type {
  BranchAgreementRow,
  CharterRow,
  CommunicationKitRow,
  CommitmentRow,
  CompanyRow,
  ImmersionOfferRow,
  ImmersionRequestRow,
  OrientationPlaceRow,
  ProfessionalBranchRow,
} from './db/schema.ts';
export type { CommitmentActionView, ReferentRef } from './store/charters.ts';
export type { DashboardScope } from './store/dashboard.ts';
/** An immersion request; `standIn` marks the answer to a later request of the same address, which names no record. */
export type ImmersionRequestView = ImmersionRequestRow & { standIn?: boolean };
/** An immersion agreement; `viaToken` marks one read by the holder of a party's signing link. */
export type ImmersionAgreementView = ImmersionAgreementRow & { viaToken?: boolean };
export type {
  AgreementSignatoryRow,
  CharterApplicationRow,
  ImmersionAgreementRow,
  ImmersionAssessmentRow,
} from './db/schema.ts';
export type CharterApplicationPage = Connection<import('./db/schema.ts').CharterApplicationRow>;
export type CommuneRecord = Commune;
export type MetierRecord = Metier;
export type CompanyPage = Connection<CompanyRow>;
export type ImmersionOfferPage = Connection<ImmersionOfferRow>;
export type ImmersionRequestPage = Connection<ImmersionRequestRow>;
export type CommunePage = Connection<Commune>;
export type MetierPage = Connection<Metier>;
export type OrientationPlacePage = Connection<OrientationPlaceRow>;
export type ProfessionalBranchPage = Connection<ProfessionalBranchRow>;
export type CommunicationKitPage = Connection<CommunicationKitRow>;
