import { badInput, isProduction, optionalText, requireEmail, requireThat, type Identity } from '@dm/shared';
import { webhookEventTypes } from '@dm/shared/webhooks';
import type { ApiScope, Resolvers } from '../generated/resolvers.ts';
import { validateEventTypes, validateWebhookUrl } from '../rules/webhooks.ts';
import { checkReceiver } from '../webhooks/deliver.ts';
import {
  attemptsOf,
  createSubscription,
  deleteSubscription,
  enableSubscription,
  findDelivery,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  redeliver,
  rotateSecret,
} from '../store/webhooks.ts';

/** Subscriptions belong to partner keys; admins see and manage every partner's. */
const requireSubscriber = (identity: Identity) =>
  requireThat(
    (identity.role === 'partner' && identity.apiKeyId !== undefined) || identity.role === 'admin',
    'Webhooks are for partners: call with your API key (x-api-key)',
  );

export const webhookResolvers = {
  Query: {
    webhookEventTypes: () =>
      Object.entries(webhookEventTypes).map(([type, { description, scope }]) => ({
        type,
        description,
        scope: scope as ApiScope,
      })),
    webhookSubscriptions: (_, { first, after }, ctx) => {
      requireSubscriber(ctx.identity);
      return listSubscriptions(
        ctx.db,
        ctx.identity.role === 'admin' ? null : (ctx.identity.apiKeyId as string),
        first,
        after,
      );
    },
    webhookDeliveries: async (_, { subscriptionId, status, first, after }, ctx) => {
      requireSubscriber(ctx.identity);
      const subscription = await findSubscription(ctx.db, subscriptionId, ctx.identity, 'subscriptionId');
      return listDeliveries(ctx.db, subscription.id, status, first, after);
    },
  },
  Mutation: {
    createWebhookSubscription: async (_, { input }, ctx) => {
      requireThat(
        ctx.identity.role === 'partner' && ctx.identity.apiKeyId !== undefined,
        'A subscription belongs to a partner key: call with your API key (x-api-key)',
      );
      const url = validateWebhookUrl(input.url, isProduction());
      await checkReceiver(url, !isProduction());
      const eventTypes = validateEventTypes(input.eventTypes, ctx.identity.scopes);
      return createSubscription(
        ctx.db,
        ctx.identity.apiKeyId as string,
        {
          url: url.href,
          eventTypes,
          description: optionalText(input.description, 'input.description', 200),
          contactEmail: input.contactEmail ? requireEmail(input.contactEmail, 'input.contactEmail') : null,
        },
        ctx.identity,
      );
    },
    deleteWebhookSubscription: async (_, { id }, ctx) => {
      requireSubscriber(ctx.identity);
      return deleteSubscription(ctx.db, await findSubscription(ctx.db, id, ctx.identity), ctx.identity);
    },
    rotateWebhookSecret: async (_, { id }, ctx) => {
      requireSubscriber(ctx.identity);
      return rotateSecret(ctx.db, await findSubscription(ctx.db, id, ctx.identity), ctx.identity);
    },
    enableWebhookSubscription: async (_, { id }, ctx) => {
      requireSubscriber(ctx.identity);
      return enableSubscription(ctx.db, await findSubscription(ctx.db, id, ctx.identity), ctx.identity);
    },
    redeliverWebhook: async (_, { id }, ctx) => {
      requireSubscriber(ctx.identity);
      return redeliver(ctx.db, (await findDelivery(ctx.db, id, ctx.identity)).id);
    },
  },
  WebhookSubscription: {
    status: (row) => row.status,
  },
  WebhookDelivery: {
    attemptCount: (row) => row.attempts,
    nextAttemptAt: (row) => (row.status === 'PENDING' ? row.nextAttemptAt : null),
    attempts: (row, { first }, ctx) => {
      if (first !== null && first !== undefined && (first < 0 || first > 50)) {
        throw badInput('first', 'first must be a whole number from 0 to 50');
      }
      return attemptsOf(ctx.db, row.id, first ?? 20);
    },
  },
} satisfies Resolvers;
