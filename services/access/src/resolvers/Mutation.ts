import { badInput, isProduction, optionalText, requireAdmin, requireEmail, requireText } from '@dm/shared';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { requirePartnerKey, requireSubscriber } from '../rules/access.ts';
import { validateScopes } from '../rules/apiKeys.ts';
import { validateEventTypes, validateWebhookUrl } from '../rules/webhooks.ts';
import { createKey, findKey, revokeKey, rotateKey } from '../store/apiKeys.ts';
import {
  createSubscription,
  deleteSubscription,
  enableSubscription,
  findDelivery,
  findSubscription,
  redeliver,
  rotateSecret,
} from '../store/webhooks.ts';
import { checkReceiver } from '../webhooks/deliver.ts';

export const Mutation: MutationResolvers = {
  createApiKey: async (_, { input }, ctx) => {
    requireAdmin(ctx.identity);
    return createKey(
      ctx.db,
      requireText(input.partner, 'input.partner', 200),
      validateScopes(input.scopes),
      ctx.identity,
    );
  },
  revokeApiKey: async (_, { id }, ctx) => {
    requireAdmin(ctx.identity);
    return revokeKey(ctx.db, (await findKey(ctx.db, id)).id, ctx.identity);
  },
  rotateApiKey: async (_, { id }, ctx) => {
    requireAdmin(ctx.identity);
    const old = await findKey(ctx.db, id);
    if (old.revokedAt) throw badInput('id', 'A revoked key cannot be rotated: create a new one');
    return rotateKey(ctx.db, old, ctx.identity);
  },

  createWebhookSubscription: async (_, { input }, ctx) => {
    const apiKeyId = requirePartnerKey(ctx.identity);
    const url = validateWebhookUrl(input.url, isProduction());
    await checkReceiver(url, !isProduction());
    const eventTypes = validateEventTypes(input.eventTypes, ctx.identity.scopes);
    return createSubscription(
      ctx.db,
      apiKeyId,
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
};
