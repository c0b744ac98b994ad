import { createCompaniesSubgraph, prepare as prepareCompanies } from '@dm/companies';
import { createEventsSubgraph, type ErasureEnv, prepare as prepareEvents } from '@dm/events';
import { createAccessSubgraph, prepare as prepareAccess, type WebhookEnv } from '@dm/access';
import { createPeopleSubgraph, type MailEnv, prepare as preparePeople, readMailEnv } from '@dm/people';
import type { BearerVerifier } from '@dm/gateway/auth';
import { type GatewayEnv, readGatewayEnv } from '@dm/gateway/env';
import { loadSupergraphSdl } from '@dm/schema';
import {
  type DatabaseHandle,
  developmentSecrets,
  layersFor,
  openDatabase,
  PREPARE_LOCK,
  randomSecret,
  type RunningServer,
} from '@dm/shared';

export interface StackOptions {
  /** PostgreSQL URL; embedded PGlite when absent. */
  databaseUrl?: string;
  /** Folder of the PGlite database and development secrets; PGlite in memory when absent. */
  dataDir?: string;
  host?: string;
  gatewayPort: number;
  companiesPort: number;
  eventsPort: number;
  peoplePort: number;
  accessPort: number;
  seed: 'facts' | 'demo' | 'none';
  production: boolean;
  /** Gateway settings (secrets, limits); read from the environment when absent. */
  gatewayEnv?: GatewayEnv;
  /** The subgraphs' mail settings (SMTP_URL...); read from the environment when absent. */
  mailEnv?: MailEnv;
  /** How the events subgraph follows erasures (ERASURE_SYNC_MS...); read from the environment when absent. */
  erasureEnv?: ErasureEnv;
  /** How the access subgraph delivers webhooks (WEBHOOK_INTERVAL_MS...); read from the environment when absent. */
  webhookEnv?: WebhookEnv;
  /** The companies subgraph's clock (tests that walk through weeks); the system clock when absent. */
  companiesClock?: () => Date;
  /** Sees every SQL statement (statement counts in tests and benchmarks). */
  onQuery?: (query: string) => void;
}

export interface Stack {
  /** Runs every subgraph's retention purge now (as the daily schedule would at `now`). */
  purge(now?: Date): Promise<Record<string, number>>;
  /** The secret the gateway signs identities with (tests call subgraphs directly with it). */
  identitySecret: string;
  gatewayUrl: string;
  /** The people subgraph's reminders and mail sending: `runOnce()` does a round now. */
  peopleJobs: { runOnce(now?: Date): Promise<{ released: number; expired: number; reminded: number; sent: number }> };
  /** The events subgraph's follower of erasures: `runOnce()` forgets erased speakers now. */
  erasures: { runOnce(): Promise<{ forgotten: number }> };
  /** Every subgraph's mail sender: `runOnce()` sends what its outbox holds now. */
  mail: Record<'events' | 'people' | 'access', { runOnce(now?: Date): Promise<{ sent: number }> }> & {
    /** The companies' round also recalls and expires unanswered immersion requests. */
    companies: { runOnce(now?: Date): Promise<{ sent: number; expired: number; reminded: number }> };
  };
  /** The webhook hub: `runOnce(now)` takes every change recorded and sends what is due at `now`. */
  webhooks: { runOnce(now?: Date): Promise<{ taken: number; delivered: number; failed: number }> };
  subgraphUrls: Record<string, string>;
  database: DatabaseHandle;
  stop(): Promise<void>;
}

export type Subgraphs = Omit<Stack, 'gatewayUrl'>;

/**
 * Every subgraph in this process: one database (one PGlite per process), migrated and seeded under the
 * prepare lock, each subgraph on its own port. `startStack` puts the gateway in front in the same process;
 * `npm start` runs the gateway as a process of its own (see `start.ts`).
 */
export async function startSubgraphs(options: StackOptions): Promise<Subgraphs> {
  const env = options.gatewayEnv ?? readGatewayEnv();
  // The identity secret only travels inside this machine unless configured: a fresh one per start
  // in production, a stable one from the data folder in development.
  const identitySecret =
    env.IDENTITY_SECRET ??
    (options.production || !options.dataDir ? randomSecret() : developmentSecrets(options.dataDir).identitySecret);
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, onQuery: options.onQuery });
  const running: RunningServer[] = [];
  try {
    const layers = layersFor(options.seed);
    await database.exclusive(PREPARE_LOCK, async () => {
      await prepareCompanies(database, layers);
      await prepareEvents(database, layers);
      await preparePeople(database, layers);
      await prepareAccess(database);
    });
    // Each subgraph's mail sender stops when its server closes.
    const mailEnv = options.mailEnv ?? readMailEnv();
    const subgraphUrls: Record<string, string> = {};
    // A subgraph asks the owner of a record another one refers to whether it exists; URLs known once they listen.
    const peers = () => subgraphUrls;
    const companies = await createCompaniesSubgraph(database, identitySecret, mailEnv, {
      peers,
      clock: options.companiesClock,
    });
    // Events follows the people subgraph's erasures; people's URL is known once it listens.
    const events = await createEventsSubgraph(database, identitySecret, mailEnv, {
      peopleUrl: () => subgraphUrls.people as string,
      erasures: options.erasureEnv,
      peers,
    });
    const people = await createPeopleSubgraph(database, identitySecret, mailEnv, { peers });
    // Access takes the changes the others record, for webhooks.
    const access = await createAccessSubgraph(database, identitySecret, {
      mailEnv,
      webhookEnv: options.webhookEnv,
      sources: () => ({
        companies: subgraphUrls.companies as string,
        events: subgraphUrls.events as string,
        people: subgraphUrls.people as string,
      }),
    });
    const subgraphs = [
      { subgraph: companies, port: options.companiesPort },
      { subgraph: events, port: options.eventsPort },
      { subgraph: people, port: options.peoplePort },
      { subgraph: access, port: options.accessPort },
    ];
    for (const { subgraph, port } of subgraphs) {
      const server = await subgraph.listen(port, options.host);
      running.push(server);
      subgraphUrls[subgraph.name] = server.url;
    }
    return {
      identitySecret,
      purge: async (now) =>
        Object.assign({}, ...(await Promise.all(subgraphs.map(({ subgraph }) => subgraph.retention.runOnce(now))))),
      peopleJobs: people.jobs,
      mail: { companies: companies.mail, events: events.mail, people: people.mail, access: access.mail },
      webhooks: access.webhooks,
      erasures: events.erasures,
      subgraphUrls,
      database,
      stop: async () => {
        // Whoever sent them requests (the gateway) has stopped: nothing in flight is left to wait for long.
        await Promise.all(running.map((server) => server.close({ graceMs: env.SHUTDOWN_GRACE_MS })));
        await Promise.all(subgraphs.map(({ subgraph }) => subgraph.apollo.stop()));
        await people.stopJobs();
        await Promise.all(subgraphs.map(({ subgraph }) => subgraph.retention.stop()));
        await database.close();
      },
    };
  } catch (err) {
    await Promise.all(running.map((s) => s.close()));
    await database.close();
    throw err;
  }
}

/**
 * The whole graph in one process: the subgraphs and the gateway in front. Used by the integration tests
 * and the benchmarks.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const env = options.gatewayEnv ?? readGatewayEnv();
  const { createBearerVerifier } = await import('@dm/gateway/auth');
  const verifyBearer = await createBearerVerifier(env);
  const subgraphs = await startSubgraphs({ ...options, gatewayEnv: env });
  try {
    const gateway = await startGateway({
      subgraphUrls: subgraphs.subgraphUrls,
      identitySecret: subgraphs.identitySecret,
      production: options.production,
      env,
      verifyBearer,
      port: options.gatewayPort,
      host: options.host,
    });
    return {
      ...subgraphs,
      gatewayUrl: gateway.url,
      stop: async () => {
        // Front first: the gateway finishes its requests while the subgraphs still answer them.
        await gateway.stop();
        await subgraphs.stop();
      },
    };
  } catch (err) {
    await subgraphs.stop();
    throw err;
  }
}

/**
 * A gateway in front of running subgraphs, in this process: `startStack`'s, or one a test starts with
 * settings of its own beside the test stack's.
 */
export async function startGateway(options: {
  subgraphUrls: Record<string, string>;
  identitySecret: string;
  production: boolean;
  env: GatewayEnv;
  verifyBearer?: BearerVerifier;
  port?: number;
  host?: string;
}) {
  const { env } = options;
  // Loaded here: `npm start` runs the gateway in a process of its own, and its subgraphs' process need not load it.
  const [{ createGateway }, { createBearerVerifier }] = await Promise.all([
    import('@dm/gateway'),
    import('@dm/gateway/auth'),
  ]);
  const gateway = await createGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: options.subgraphUrls,
    verifyBearer: options.verifyBearer ?? (await createBearerVerifier(env)),
    identitySecret: options.identitySecret,
    production: options.production,
    env,
  });
  const server = await gateway.listen(options.port ?? 0, options.host);
  return {
    url: server.url,
    stop: async () => {
      await server.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
      await gateway.stop();
    },
  };
}

/**
 * A stack on random ports (PGlite in memory unless told otherwise), as the tests and benchmarks start
 * it: `env` is the gateway's environment on top of a generated development setting.
 */
export function startLocalStack(
  options: Partial<Omit<StackOptions, 'gatewayEnv'>> & { env?: Record<string, string> } = {},
): Promise<Stack> {
  const { env, ...rest } = options;
  return startStack({
    gatewayPort: 0,
    companiesPort: 0,
    eventsPort: 0,
    peoplePort: 0,
    accessPort: 0,
    seed: 'demo',
    production: false,
    ...rest,
    gatewayEnv: readGatewayEnv({ NODE_ENV: 'test', ...env }),
  });
}
