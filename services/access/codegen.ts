import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  ApiKey: '../mappers.ts#ApiKeyRow',
  ApiKeyConnection: '../mappers.ts#ApiKeyPage',
  CreatedApiKey: '../mappers.ts#CreatedKey',
  WebhookSubscription: '../mappers.ts#WebhookSubscriptionRow',
  WebhookSubscriptionConnection: '../mappers.ts#WebhookSubscriptionPage',
  CreatedWebhookSubscription: '../mappers.ts#CreatedSubscription',
  WebhookDelivery: '../mappers.ts#WebhookDeliveryRow',
  WebhookDeliveryConnection: '../mappers.ts#WebhookDeliveryPage',
  WebhookAttempt: '../mappers.ts#WebhookAttemptRow',
});
