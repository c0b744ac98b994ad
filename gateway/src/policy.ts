import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@dm/shared';
import { getVariableValues, GraphQLError, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from './admission.ts';
import { type CostModel, estimateCost } from './cost.ts';
import { publicCallsOf, type RateLimits, rootFieldsOf } from './rateLimit.ts';
import { requireReadScope } from './scopes.ts';

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });

const statusWhenNothingAnswered: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  // A gateway whose upstream failed says so.
  [ErrorCode.DOWNSTREAM_SERVICE_ERROR]: 502,
};

export interface OperationPolicy {
  /**
   * The API schema, built by this module's graphql-js: Apollo's own may come from the other copy (CommonJS
   * or ESM), whose types this module's checks would not recognise.
   */
  schema: GraphQLSchema;
  limits: RateLimits;
  costModel: CostModel;
  maxCost: number;
  assumedListSize: number;
}

/**
 * What the gateway decides once an operation is parsed and valid, before any subgraph is called: there is
 * one operation to run and it is not a subscription; a partner key reads only what its scopes grant
 * (`scopes.ts`); its estimated cost fits the
 * budget (reported in `extensions.cost` of every answer); the public mutations it calls fit the client
 * address's hourly budget. An answer without any data has the status of its first error (400, 401, 403,
 * 404); an answer with data is a 200, errors or not.
 */
export function operationPolicyPlugin(policy: OperationPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let cost: { estimated: number; max: number } | undefined;
      return {
        async didResolveOperation({ operation, request, document, contextValue, response }) {
          const { schema } = policy;
          if (!operation) {
            throw badRequest(
              request.operationName
                ? `Unknown operation named "${request.operationName}"`
                : 'The document holds several operations: name the one to run in operationName',
            );
          }
          if (operation.operation === 'subscription') {
            throw badRequest('Subscriptions are not served over HTTP: send a query or a mutation');
          }
          // A change, or an answer for someone in particular, is never for a shared cache.
          if (operation.operation === 'mutation' || contextValue.identity.role !== 'public') {
            response.http.headers.set('cache-control', 'no-store');
          }
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (operation.operation === 'query') {
            requireReadScope(
              contextValue.identity,
              rootFieldsOf(document, operation, variables.coerced ?? request.variables ?? {}),
            );
          }
          // Variables that do not fit their types are refused by execution, with the variable named.
          if (variables.coerced) {
            const estimated = estimateCost({
              schema,
              model: policy.costModel,
              document,
              operation,
              variables: variables.coerced,
              defaultListSize: policy.assumedListSize,
            });
            cost = { estimated, max: policy.maxCost };
            if (estimated > policy.maxCost) {
              throw new GraphQLError(
                `This operation is estimated to cost ${estimated}, over the ${policy.maxCost} allowed: ask for fewer items (first) or fewer nested lists`,
                { extensions: { code: ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE, cost, http: { status: 400 } } },
              );
            }
          }
          const calls = publicCallsOf(document, operation, variables.coerced ?? request.variables ?? {});
          await policy.limits.publicMutations(contextValue.identity, contextValue.clientAddress, calls);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // @apollo/gateway's own diagnostics ("valueCompletion") name internal types: not for clients.
          if (result.extensions?.valueCompletion) delete result.extensions.valueCompletion;
          if (cost) result.extensions = { ...result.extensions, cost };
          // Nothing was answered: the status says why, as the first error does (partial data stays 200).
          const status = statusWhenNothingAnswered[String(result.errors?.[0]?.extensions?.code)];
          if (result.data === null && status && (response.http.status ?? 200) === 200) response.http.status = status;
        },
      };
    },
  };
}
