// `npm start`: the whole graph on one machine, on embedded PGlite unless DATABASE_URL is set.
import {
  configOrExit,
  isProduction,
  loadConfig,
  logger,
  portSetting,
  runProcess,
  seedFor,
  seedSetting,
  shutdownDelaySetting,
  shutdownGraceSetting,
  z,
} from '@dm/shared';
import { startStack } from './stack.ts';

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

await runProcess(async () => {
  const started = Date.now();
  const stack = await startStack({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    host: env.HOST,
    gatewayPort: env.PORT,
    companiesPort: env.COMPANIES_PORT,
    eventsPort: env.EVENTS_PORT,
    peoplePort: env.PEOPLE_PORT,
    accessPort: env.ACCESS_PORT,
    seed: seedFor(env.SEED, process.env.NODE_ENV ?? 'development'),
    production: isProduction(),
  });
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}/`;
  logger.info({ ms: Date.now() - started, database: stack.database.kind }, 'graph started');
  console.log(`
Destination Métier graph is running on ${where}
  gateway:   ${stack.gatewayUrl}${isProduction() ? '' : '  (open it in a browser for GraphiQL)'}
  companies: ${stack.subgraphUrls.companies}
  events:    ${stack.subgraphUrls.events}
  people:    ${stack.subgraphUrls.people}
  access:    ${stack.subgraphUrls.access}
  a token:   npm run token -- --role admin
Ctrl-C stops everything.
`);
  return stack;
}, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
