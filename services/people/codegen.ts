import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  Ambassador: '../mappers.ts#AmbassadorRow',
  Referent: '../mappers.ts#ReferentRow',
  ContactRequest: '../mappers.ts#ContactRequestView',
  Company: '../mappers.ts#CompanyRef',
  Commune: '../mappers.ts#CommuneRef',
  Metier: '../mappers.ts#MetierRef',
  AmbassadorConnection: '../mappers.ts#AmbassadorPage',
  ReferentConnection: '../mappers.ts#ReferentPage',
  CoordinatorAction: '../mappers.ts#CoordinatorActionRow',
  CoordinatorActionConnection: '../mappers.ts#CoordinatorActionPage',
  CoordinatorActionStatistics: '../mappers.ts#StatisticsScope',
  ContactRequestConnection: '../mappers.ts#ContactRequestPage',
  AmbassadorContact: '../mappers.ts#AmbassadorRow',
  RegionalDashboard: '../mappers.ts#DashboardScope',
  TombstoneConnection: '../mappers.ts#TombstonePage',
  AmbassadorStatistics: '../mappers.ts#StatisticsScope',
  ContactRequestStatistics: '../mappers.ts#StatisticsScope',
});
