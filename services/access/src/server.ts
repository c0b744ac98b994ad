import {
  createSubgraph,
  GATEWAY_SUBJECT,
  internalRoute,
  subgraphFiles,
  type DatabaseHandle,
  type Route,
  stoppingWith,
} from '@dm/shared';
import { type MailEnv, readMailEnv, startMailSender, withMailSender } from '@dm/shared/mail';
import type { Context } from './context.ts';
import { auditEntry, outbox, type WebhookSubscriptionRow } from './db/schema.ts';
import { purgeAccess } from './store/retention.ts';
import { readWebhookEnv, startWebhookHub, type WebhookEnv } from './webhooks/hub.ts';
import { resolvers } from './resolvers/index.ts';
import { verifySecret } from './store/apiKeys.ts';

const files = subgraphFiles(import.meta.url, 'access');
export const { name, typeDefs } = files;

export async function prepare(database: DatabaseHandle) {
  await files.migrate(database);
}

/**
 * `POST /internal/api-keys/verify` `{ "secret": "dmk_..." }`: how the gateway checks a partner key. Only
 * the gateway's own signed identity may ask; the answer never contains the secret or its hash.
 */
const keyCheckRoute = (database: DatabaseHandle, identitySecret: string): Route =>
  internalRoute({
    path: '/internal/api-keys/verify',
    identitySecret,
    subject: GATEWAY_SUBJECT,
    limit: 1024,
    handle: async (body) => {
      const secret = (body as { secret?: unknown } | null)?.secret;
      const key = typeof secret === 'string' && secret.length < 200 ? await verifySecret(database.db, secret) : null;
      if (!key) return { status: 404, body: { error: 'unknown key' } };
      return { status: 200, body: { id: key.id, partner: key.partner, scopes: key.scopes } };
    },
  });

export interface AccessOptions {
  mailEnv?: MailEnv;
  /** The webhook hub's settings; read from the environment when absent. */
  webhookEnv?: WebhookEnv;
  /** Where the subgraphs that record changes are; from `webhookEnv` when absent. */
  sources?: () => Record<'companies' | 'events' | 'people', string>;
}

/** The mail a partner gets when its subscription is disabled. */
const disabledNotice = (subscription: WebhookSubscriptionRow) => ({
  subject: 'Destination Métier : webhook désactivé',
  body: [
    'Bonjour,',
    '',
    `Les envois vers ${new URL(subscription.url).origin} échouent depuis 24 heures : l'abonnement ${subscription.id} est désactivé.`,
    'Les envois en échec restent consultables (webhookDeliveries) et peuvent être relancés (redeliverWebhook) ;',
    "enableWebhookSubscription réactive l'abonnement une fois le récepteur rétabli.",
    '',
    'Destination Métier',
  ].join('\n'),
});

/**
 * Builds the access subgraph over an open database, without listening: partner keys, data subjects, the
 * audit log, and the webhook hub with its mail, both stopped when its server closes.
 */
export async function createAccessSubgraph(
  database: DatabaseHandle,
  identitySecret: string,
  options: AccessOptions = {},
) {
  const webhookEnv = options.webhookEnv ?? readWebhookEnv();
  const subgraph = await createSubgraph<Context>({
    name,
    typeDefs,
    resolvers,
    database,
    identitySecret,
    auditTable: auditEntry,
    purge: purgeAccess,
    routes: [keyCheckRoute(database, identitySecret)],
    createContext: (base) => base,
  });
  const webhooks = startWebhookHub({
    db: database.db,
    identitySecret,
    env: webhookEnv,
    sources:
      options.sources ??
      (() => ({ companies: webhookEnv.COMPANIES_URL, events: webhookEnv.EVENTS_URL, people: webhookEnv.PEOPLE_URL })),
    notice: disabledNotice,
  });
  const mail = startMailSender({ name, db: database.db, outbox, env: options.mailEnv ?? readMailEnv() });
  return { ...withMailSender(stoppingWith(subgraph, webhooks), mail), webhooks };
}

export { readWebhookEnv, type WebhookEnv, webhookEnvSchema } from './webhooks/hub.ts';
