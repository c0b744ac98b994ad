import { requireAdmin, requireEmail } from '@dm/shared';
import { webhookEventTypes } from '@dm/shared/webhooks';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { requireSubscriber } from '../rules/access.ts';
import { listKeys } from '../store/apiKeys.ts';
import { findSubscription, listDeliveries, listSubscriptions } from '../store/webhooks.ts';

export const Query: QueryResolvers = {
  apiKeys: (_, { includeRevoked, first, after }, ctx) => {
    requireAdmin(ctx.identity);
    return listKeys(ctx.db, includeRevoked ?? false, first, after);
  },
  dataSubject: (_, { email }, ctx) => {
    requireAdmin(ctx.identity);
    ctx.audit.record({ action: 'EXPORT', recordType: 'DataSubject', details: 'export requested' });
    return { email: requireEmail(email, 'email').toLowerCase() };
  },
  auditLog: (_, __, ctx) => {
    requireAdmin(ctx.identity);
    return { scope: 'all' };
  },
  webhookEventTypes: () =>
    Object.entries(webhookEventTypes).map(([type, { description, scope }]) => ({
      type,
      description,
      scope,
    })),
  webhookSubscriptions: (_, { first, after }, ctx) => {
    requireSubscriber(ctx.identity);
    // A partner sees its key's subscriptions; an admin, every partner's.
    return listSubscriptions(
      ctx.db,
      ctx.identity.role === 'admin' ? null : (ctx.identity.apiKeyId ?? null),
      first,
      after,
    );
  },
  webhookDeliveries: async (_, { subscriptionId, status, first, after }, ctx) => {
    requireSubscriber(ctx.identity);
    const subscription = await findSubscription(ctx.db, subscriptionId, ctx.identity, 'subscriptionId');
    return listDeliveries(ctx.db, subscription.id, status, first, after);
  },
};
