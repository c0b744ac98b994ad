import { badInput } from '@dm/shared';
import type { WebhookDeliveryResolvers } from '../generated/resolvers.ts';
import { attemptsOf } from '../store/webhooks.ts';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  attemptCount: (row) => row.attempts,
  nextAttemptAt: (row) => (row.status === 'PENDING' ? row.nextAttemptAt : null),
  attempts: (row, { first }, ctx) => {
    if (first !== null && first !== undefined && (first < 0 || first > 50)) {
      throw badInput('first', 'first must be a whole number from 0 to 50');
    }
    return attemptsOf(ctx.db, row.id, first ?? 20);
  },
};
