// Runs Hive Gateway, with the graph's admission plugin, in front of subgraphs started elsewhere: the same
// settings as the Node gateway (`index.ts`), the same supergraph, the same identity secret.
import {
  configOrExit,
  ConfigurationError,
  isProduction,
  logger,
  readTelemetryEnv,
  runProcess,
  startTelemetry,
} from '@dm/shared';
import { loadSupergraphSdl } from '@dm/schema';
import { createBearerVerifier } from './auth.ts';
import { readGatewayEnv } from './env.ts';
import { createHiveGateway } from './hive.ts';

const env = configOrExit(readGatewayEnv);
configOrExit(readTelemetryEnv);
const stopTelemetry = startTelemetry('gateway');
await runProcess(async () => {
  if (!env.IDENTITY_SECRET) {
    throw new ConfigurationError('Invalid configuration:\n  - IDENTITY_SECRET: required for Hive Gateway');
  }
  const gateway = createHiveGateway({
    supergraphSdl: loadSupergraphSdl(),
    subgraphUrls: {
      companies: env.COMPANIES_URL,
      events: env.EVENTS_URL,
      people: env.PEOPLE_URL,
      access: env.ACCESS_URL,
    },
    env,
    verifyBearer: await createBearerVerifier(env),
    identitySecret: env.IDENTITY_SECRET,
    production: isProduction(),
  });
  const running = await gateway.listen(env.PORT, env.HOST);
  logger.info({ url: running.url }, 'hive gateway ready');
  return {
    url: running.url,
    stop: async () => {
      await running.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
      await gateway.stop();
      await stopTelemetry();
    },
  };
}, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
