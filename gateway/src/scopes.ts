import { ErrorCode, type Identity } from '@dm/shared';
import { GraphQLError } from 'graphql';

/**
 * What a partner reads through its key. `READ_PUBLIC` is the scope of reading: a key without it reads
 * nothing but what another of its scopes grants — the dashboard with `READ_STATISTICS`, its own webhook
 * subscriptions and deliveries — and the schema itself. Its mutations stay what their own scopes allow
 * (`WRITE_EVENTS`), answers included.
 */
const readsWithoutReadPublic: Record<string, (scopes: readonly string[]) => boolean> = {
  regionalDashboard: (scopes) => scopes.includes('READ_STATISTICS'),
  webhookEventTypes: () => true,
  webhookSubscriptions: () => true,
  webhookDeliveries: () => true,
  __typename: () => true,
  __schema: () => true,
  __type: () => true,
};

/** The root fields of a query this caller may not read; none for anyone but a partner without READ_PUBLIC. */
export function readsRefused(identity: Identity, rootFields: readonly string[]): string[] {
  if (identity.role !== 'partner' || identity.scopes.includes('READ_PUBLIC')) return [];
  return rootFields.filter((field) => !readsWithoutReadPublic[field]?.(identity.scopes));
}

/** Refuses (FORBIDDEN, 403, before any subgraph is called) a query reading what the key's scopes do not grant. */
export function requireReadScope(identity: Identity, rootFields: readonly string[]): void {
  const refused = readsRefused(identity, rootFields);
  if (refused.length === 0) return;
  throw new GraphQLError(`This key may not read ${[...new Set(refused)].join(', ')}: it needs the READ_PUBLIC scope`, {
    extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}
