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
  BranchAgreement: '../mappers.ts#BranchAgreementRef',
  Consultation: '../mappers.ts#ConsultationFacts',
  RegistrationConnection: '../mappers.ts#RegistrationPage',
  RegionalDashboard: '../mappers.ts#DashboardScope',
  EventStatistics: '../mappers.ts#StatisticsScope',
  ParentsCafeStatistics: '../mappers.ts#StatisticsScope',
  ParentsCafe: '../mappers.ts#EventRow',
  ParentsCafeConnection: '../mappers.ts#EventPage',
  ParentsCafeRegistration: '../mappers.ts#RegistrationView',
  ParentsCafeRegistrationConnection: '../mappers.ts#RegistrationPage',
  RegisteredParent: '../mappers.ts#RegistrationRow',
  GroupRegistration: '../mappers.ts#RegistrationView',
  GroupOrganiser: '../mappers.ts#RegistrationRow',
});
