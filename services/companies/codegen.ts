import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  Company: '../mappers.ts#CompanyRow',
  Charter: '../mappers.ts#CharterRow',
  Commitment: '../mappers.ts#CommitmentRow',
  CommitmentAction: '../mappers.ts#CommitmentActionView',
  ImmersionOffer: '../mappers.ts#ImmersionOfferRow',
  ImmersionRequest: '../mappers.ts#ImmersionRequestView',
  ImmersionRequester: '../mappers.ts#ImmersionRequestRow',
  Commune: '../mappers.ts#CommuneRecord',
  Metier: '../mappers.ts#MetierRecord',
  Referent: '../mappers.ts#ReferentRef',
  RegionalDashboard: '../mappers.ts#DashboardScope',
  CharterStatistics: '../mappers.ts#DashboardScope',
  ImmersionStatistics: '../mappers.ts#DashboardScope',
  CompanyConnection: '../mappers.ts#CompanyPage',
  ImmersionOfferConnection: '../mappers.ts#ImmersionOfferPage',
  ImmersionRequestConnection: '../mappers.ts#ImmersionRequestPage',
  CommuneConnection: '../mappers.ts#CommunePage',
  MetierConnection: '../mappers.ts#MetierPage',
});
