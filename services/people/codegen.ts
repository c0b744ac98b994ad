import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  Ambassador: '../mappers.ts#AmbassadorRow',
  Referent: '../mappers.ts#ReferentRow',
  ParentsCafe: '../mappers.ts#ParentsCafeRow',
  ParentsCafeRegistration: '../mappers.ts#CafeRegistrationView',
  ContactRequest: '../mappers.ts#ContactRequestView',
  Company: '../mappers.ts#CompanyRef',
  Commune: '../mappers.ts#CommuneRef',
  Metier: '../mappers.ts#MetierRef',
  AmbassadorConnection: '../mappers.ts#AmbassadorPage',
  ReferentConnection: '../mappers.ts#ReferentPage',
  ParentsCafeConnection: '../mappers.ts#CafePage',
  ContactRequestConnection: '../mappers.ts#ContactRequestPage',
  ParentsCafeRegistrationConnection: '../mappers.ts#CafeRegistrationPage',
  AmbassadorContact: '../mappers.ts#AmbassadorRow',
  RegisteredParent: '../mappers.ts#CafeRegistrationView',
  RegionalDashboard: '../mappers.ts#DashboardScope',
  TombstoneConnection: '../mappers.ts#TombstonePage',
  AmbassadorStatistics: '../mappers.ts#StatisticsScope',
  ParentsCafeStatistics: '../mappers.ts#StatisticsScope',
  ContactRequestStatistics: '../mappers.ts#StatisticsScope',
});
