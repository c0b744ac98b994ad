import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  Event: '../mappers.ts#EventRow',
  Venue: '../mappers.ts#EventRow',
  Registration: '../mappers.ts#RegistrationView',
  Attendee: '../mappers.ts#RegistrationRow',
  Company: '../mappers.ts#CompanyRef',
  Ambassador: '../mappers.ts#AmbassadorRef',
  Commune: '../mappers.ts#CommuneRef',
  Metier: '../mappers.ts#MetierRef',
  EventConnection: '../mappers.ts#EventPage',
  RegistrationConnection: '../mappers.ts#RegistrationPage',
  RegionalDashboard: '../mappers.ts#DashboardScope',
  EventStatistics: '../mappers.ts#StatisticsScope',
});
