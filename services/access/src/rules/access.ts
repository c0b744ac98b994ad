import { type Identity, requireThat } from '@dm/shared';

/** Webhook subscriptions belong to partner keys; admins see and manage every partner's. */
export const requireSubscriber = (identity: Identity) =>
  requireThat(
    (identity.role === 'partner' && identity.apiKeyId !== undefined) || identity.role === 'admin',
    'Webhooks are for partners: call with your API key (x-api-key)',
  );

/** The partner key that will own what the caller creates. */
export function requirePartnerKey(identity: Identity): string {
  requireThat(
    identity.role === 'partner' && identity.apiKeyId !== undefined,
    'A subscription belongs to a partner key: call with your API key (x-api-key)',
  );
  return identity.apiKeyId as string;
}
