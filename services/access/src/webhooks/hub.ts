import {
  anonymous,
  type Database,
  deliveries,
  every,
  identitySigner,
  IDENTITY_HEADER,
  loadConfig,
  logger,
  registerBacklog,
  z,
} from '@dm/shared';
import { WEBHOOKS_SUBJECT } from '@dm/shared/webhooks';
import { fanOut, pendingDeliveries, recordAttempt, type SourceEvent, takeDue } from '../store/webhooks.ts';
import { webhookClient } from './deliver.ts';

/** Where the hub takes changes from, and how it delivers them. */
export const webhookEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  COMPANIES_URL: z.url().default('http://localhost:4001/graphql'),
  EVENTS_URL: z.url().default('http://localhost:4002/graphql'),
  PEOPLE_URL: z.url().default('http://localhost:4003/graphql'),
  /** How often changes are taken and due deliveries sent. */
  WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(2_000),
  /** Deadline of one delivery attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});
export const readWebhookEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(webhookEnvSchema, env);
export type WebhookEnv = ReturnType<typeof readWebhookEnv>;

/** Deliveries sent at once by one hub. */
const CONCURRENCY = 8;
/** How long a taken delivery is this hub's: longer than an attempt can last. */
const leaseMs = (env: WebhookEnv) => env.WEBHOOK_TIMEOUT_MS * 3;

export interface WebhookHubOptions {
  db: Database;
  identitySecret: string;
  env: WebhookEnv;
  /** The GraphQL URLs of the subgraphs that record changes (their internal endpoints are beside it). */
  sources: () => Record<'companies' | 'events' | 'people', string>;
  /** The mail telling a partner its subscription was disabled. */
  notice: Parameters<typeof recordAttempt>[3];
}

/**
 * The webhook hub, in the access subgraph: every `WEBHOOK_INTERVAL_MS` it takes the changes each subgraph
 * recorded, makes one delivery per subscription that asked for them, acknowledges them, and sends what is
 * due. Safe with several replicas: a change taken twice makes one delivery, a delivery is leased to one sender.
 */
export function startWebhookHub(options: WebhookHubOptions) {
  const { db, env } = options;
  const sign = identitySigner(options.identitySecret);
  const hub = { ...anonymous, subject: WEBHOOKS_SUBJECT };
  const client = webhookClient({ allowPrivate: env.NODE_ENV !== 'production', timeoutMs: env.WEBHOOK_TIMEOUT_MS });

  const call = async (graphqlUrl: string, path: string, body: unknown) => {
    const response = await fetch(new URL(path, graphqlUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await sign(hub) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return response.json();
  };

  /** Takes every change a subgraph has waiting, a page at a time. */
  async function collect(name: string, url: string, now: Date): Promise<number> {
    let made = 0;
    for (;;) {
      const { events } = (await call(url, '/internal/webhook-events/pending', { limit: 200 })) as {
        events: SourceEvent[];
      };
      if (events.length === 0) return made;
      made += await fanOut(db, events, now);
      await call(url, '/internal/webhook-events/ack', { ids: events.map((e) => e.id) });
      if (events.length < 200) return made;
      logger.debug({ source: name, events: events.length }, 'webhook changes taken');
    }
  }

  /** Sends what is due, a few at a time, until nothing is. */
  async function send(now: Date): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    let failed = 0;
    for (;;) {
      const due = await takeDue(db, now, CONCURRENCY, leaseMs(env));
      if (due.length === 0) return { delivered, failed };
      await Promise.all(
        due.map(async (delivery) => {
          const outcome = await client.attempt(delivery, now);
          await recordAttempt(db, delivery, outcome, options.notice);
          deliveries.inc({ kind: 'webhook', service: 'access', outcome: outcome.delivered ? 'sent' : 'failed' });
          if (outcome.delivered) delivered++;
          else {
            failed++;
            // Which delivery, which answer; never the receiver's URL (it may carry a token) or its body.
            logger.info(
              { webhook: { delivery: delivery.id, subscription: delivery.subscriptionId }, error: outcome.error },
              'webhook not delivered, will retry',
            );
          }
        }),
      );
    }
  }

  const jobs = every('webhooks', env.WEBHOOK_INTERVAL_MS, async (now: Date = new Date()) => {
    let taken = 0;
    for (const [name, url] of Object.entries(options.sources())) {
      try {
        taken += await collect(name, url, now);
      } catch (err) {
        // One subgraph away delays its changes, not the others' (they stay in its outbox until taken).
        logger.warn({ err, source: name }, 'webhook changes not taken, will retry');
      }
    }
    return { taken, ...(await send(now)) };
  });

  const unregister = registerBacklog('webhook', 'access', () => pendingDeliveries(db));
  return {
    /** One round now: take every change waiting, send every delivery due at `now` (tests, scripts). */
    runOnce: (now?: Date) => jobs.runOnce(now),
    stop: async () => {
      unregister();
      await jobs.stop();
      await client.close();
    },
  };
}
