// `npm start`: the whole graph on one machine, on embedded PGlite unless DATABASE_URL is set.
import { readGatewayEnv } from '@dm/gateway/env';
import {
  configOrExit,
  developmentSecrets,
  isProduction,
  loadConfig,
  logger,
  portSetting,
  randomSecret,
  runProcess,
  seedFor,
  seedSetting,
  shutdownDelaySetting,
  shutdownGraceSetting,
  startTelemetry,
  z,
} from '@dm/shared';
import { forkGraphProcess, type GraphChild } from './processes.ts';
import { startSubgraphs } from './stack.ts';

const env = configOrExit(() =>
  loadConfig(
    z.object({
      PORT: portSetting(4000),
      COMPANIES_PORT: portSetting(4001),
      EVENTS_PORT: portSetting(4002),
      PEOPLE_PORT: portSetting(4003),
      ACCESS_PORT: portSetting(4004),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: z.url().optional(),
      DATA_DIR: z.string().default('.data'),
      SEED: seedSetting,
      SHUTDOWN_GRACE_MS: shutdownGraceSetting(),
      SHUTDOWN_DELAY_MS: shutdownDelaySetting(),
    }),
  ),
);
const gatewayEnv = configOrExit(readGatewayEnv);
const subgraphPorts = {
  companies: env.COMPANIES_PORT,
  events: env.EVENTS_PORT,
  people: env.PEOPLE_PORT,
  access: env.ACCESS_PORT,
};

let stopping = false;

/**
 * The gateway always runs as a process of its own, so that it has a core to itself. On PostgreSQL every
 * subgraph does too (each migrates and seeds under the prepare lock, as replicas would); on the embedded
 * PGlite, which one process holds, the subgraphs share this one.
 */
await runProcess(
  async () => {
    const started = Date.now();
    const production = isProduction();
    const seed = seedFor(env.SEED, process.env.NODE_ENV ?? 'development');
    const identitySecret =
      gatewayEnv.IDENTITY_SECRET ?? (production ? randomSecret() : developmentSecrets(env.DATA_DIR).identitySecret);
    const common = { IDENTITY_SECRET: identitySecret, HOST: env.HOST, SEED: seed };
    const children: GraphChild[] = [];
    let stopSubgraphs: () => Promise<void> = async () => {};
    const stopAll = async () => {
      for (const child of children.filter((c) => c.name === 'gateway')) await child.stop();
      await Promise.all(children.filter((c) => c.name !== 'gateway').map((c) => c.stop()));
      await stopSubgraphs();
    };
    try {
      // The staff dashboard page (apps/dashboard) is built files the gateway serves: in development, built
      // here when a source is newer than the build (a few seconds); in production, by `npm run build`.
      if (!production) {
        const { buildDashboardIfStale } = await import('@dm/dashboard');
        if (await buildDashboardIfStale()) logger.info('dashboard page built');
      }
      // The gateway needs no subgraph to start (its supergraph is static): it starts beside them.
      const planned = Object.fromEntries(
        Object.entries(subgraphPorts).map(([name, port]) => [name, `http://${env.HOST}:${port}/graphql`]),
      );
      const gateway = forkGraphProcess('gateway', 'gateway', {
        ...common,
        PORT: String(env.PORT),
        COMPANIES_URL: planned.companies,
        EVENTS_URL: planned.events,
        PEOPLE_URL: planned.people,
        ACCESS_URL: planned.access,
      });
      children.push(gateway);
      let subgraphUrls: Record<string, string>;
      if (env.DATABASE_URL) {
        const forked = Object.entries(subgraphPorts).map(([name, port]) =>
          // Events follows the people subgraph's erasures; access takes every subgraph's changes for webhooks.
          forkGraphProcess(name, `services/${name}`, {
            ...common,
            PORT: String(port),
            COMPANIES_URL: planned.companies,
            EVENTS_URL: planned.events,
            PEOPLE_URL: planned.people,
          }),
        );
        children.push(...forked);
        const urls = await Promise.all(forked.map((c) => c.url));
        subgraphUrls = Object.fromEntries(forked.map((c, i) => [c.name, urls[i] as string]));
      } else {
        const subgraphs = await startSubgraphs({
          dataDir: env.DATA_DIR,
          host: env.HOST,
          gatewayPort: env.PORT,
          companiesPort: subgraphPorts.companies,
          eventsPort: subgraphPorts.events,
          peoplePort: subgraphPorts.people,
          accessPort: subgraphPorts.access,
          seed,
          production,
          gatewayEnv: { ...gatewayEnv, IDENTITY_SECRET: identitySecret },
        });
        // The subgraphs of this process trace as one service (OTEL_EXPORTER_OTLP_ENDPOINT, when set).
        const stopTelemetry = startTelemetry('subgraphs');
        stopSubgraphs = async () => {
          await subgraphs.stop();
          await stopTelemetry();
        };
        subgraphUrls = subgraphs.subgraphUrls;
      }
      const gatewayUrl = await gateway.url;
      const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}/`;
      logger.info({ ms: Date.now() - started, processes: children.length + 1 }, 'graph started');
      console.log(`
Destination Métier graph is running on ${where}
  gateway:   ${gatewayUrl}${production ? '' : '  (open it in a browser for GraphiQL)'}
  dashboard: ${gatewayUrl.replace(/\/graphql$/, '/dashboard/')}  (sign in with a staff token)
  companies: ${subgraphUrls.companies}
  events:    ${subgraphUrls.events}
  people:    ${subgraphUrls.people}
  access:    ${subgraphUrls.access}
  a token:   npm run token -- --role admin
Ctrl-C stops everything.
`);
      // A process that dies stops the graph: half a graph is worse than none, and the operator sees it.
      for (const child of children) {
        child.child.once('exit', (code, signal) => {
          if (stopping) return;
          stopping = true;
          logger.error({ process: child.name, code, signal }, 'a process of the graph stopped: stopping all');
          void stopAll().finally(() => process.exit(1));
        });
      }
      return {
        stop: async () => {
          stopping = true;
          await stopAll();
        },
      };
    } catch (err) {
      stopping = true;
      await stopAll();
      throw err;
    }
    // The gateway drains, then the subgraphs: two grace periods at most.
  },
  env.SHUTDOWN_DELAY_MS + 2 * env.SHUTDOWN_GRACE_MS,
);
