// `npm start`: the whole graph on one machine, on embedded PGlite unless DATABASE_URL is set.
import { isProduction, loadConfig, logger, portSetting, z } from '@dm/shared';
import { startStack } from './stack.ts';

// A configuration error is the operator's to fix: say it plainly, without a stack trace.
process.on('uncaughtException', (err) => {
  console.error(err.message.startsWith('Invalid configuration') ? err.message : err);
  process.exit(1);
});

const env = loadConfig(
  z.object({
    PORT: portSetting(4000),
    COMPANIES_PORT: portSetting(4001),
    EVENTS_PORT: portSetting(4002),
    PEOPLE_PORT: portSetting(4003),
    ACCESS_PORT: portSetting(4004),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default('.data'),
    SEED: z.enum(['facts', 'demo', 'none']).default('demo'),
  }),
);

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
  seed: env.SEED,
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

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await stack.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
