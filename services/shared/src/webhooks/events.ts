/**
 * The events partners can subscribe to (Standard Webhooks' `type`). A payload carries the type, the time and
 * the ids of what changed — never a personal datum: a partner reads the rest through the graph, with its key.
 */
export const webhookEventTypes = {
  'company.charter_signed': {
    description: "A company signed the Fabrique des Compétences charter (charte d'engagement).",
    scope: 'READ_PUBLIC',
  },
  'company.updated': {
    description: "A company's public record changed (name, sector, commune...).",
    scope: 'READ_PUBLIC',
  },
  'immersion_offer.published': {
    description: 'A company published an immersion offer (accueil en immersion).',
    scope: 'READ_PUBLIC',
  },
  'immersion_offer.closed': { description: 'An immersion offer stopped accepting requests.', scope: 'READ_PUBLIC' },
  'event.created': {
    description: 'An orientation event was created (forum, VAE week, café...).',
    scope: 'READ_PUBLIC',
  },
  'event.updated': { description: 'An event changed (dates, place, capacity...).', scope: 'READ_PUBLIC' },
  'event.cancelled': { description: 'An event was cancelled.', scope: 'READ_PUBLIC' },
  'ambassador.joined': {
    description: 'An ambassador of trades (ambassadeur des métiers) joined the network.',
    scope: 'READ_PUBLIC',
  },
  'ambassador.left': { description: 'An ambassador left the network (or was erased).', scope: 'READ_PUBLIC' },
  'registration.confirmed': {
    description:
      "A registration to one of the partner's own events was confirmed (sent only to the partner that created the event).",
    scope: 'WRITE_EVENTS',
  },
} as const satisfies Record<string, { description: string; scope: 'READ_PUBLIC' | 'WRITE_EVENTS' }>;

export type WebhookEventType = keyof typeof webhookEventTypes;

export const isWebhookEventType = (type: string): type is WebhookEventType => Object.hasOwn(webhookEventTypes, type);

/** A change, as a subgraph records it in its webhook outbox. */
export interface WebhookEventInput {
  type: WebhookEventType;
  /** Ids of what changed: `{ eventId }`, `{ companyId, charterId }`... */
  data: Record<string, string>;
  /** `apikey:<id>` when only that partner may receive it (its own event's registrations). */
  owner?: string | null;
}

/** The subject the webhook hub (the access subgraph) signs its calls to the other subgraphs with. */
export const WEBHOOKS_SUBJECT = 'access:webhooks';
