import { subgraphCodegen } from '@dm/shared/codegen';

// Resolver types generated from schema.graphql; storage rows are mapped onto the GraphQL types they back.
export default subgraphCodegen({
  ApiKey: '../mappers.ts#ApiKeyRow',
  ApiKeyConnection: '../mappers.ts#ApiKeyPage',
  CreatedApiKey: '../mappers.ts#CreatedKey',
});
