// Runs the gateway on its own, in front of subgraphs started elsewhere (containers, other processes).
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
import { createGateway } from './server.ts';

const env = configOrExit(readGatewayEnv);
configOrExit(readTelemetryEnv);
// Spans go to the OTLP collector at OTEL_EXPORTER_OTLP_ENDPOINT when it is set.
const stopTelemetry = startTelemetry('gateway');
await runProcess(async () => {
  if (!env.IDENTITY_SECRET) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - IDENTITY_SECRET: required for a gateway run apart from its subgraphs',
    );
  }
  const gateway = await createGateway({
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
  logger.info({ url: running.url }, 'gateway ready');
  return {
    url: running.url,
    stop: async () => {
      await running.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
      await gateway.stop();
      await stopTelemetry();
    },
  };
}, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
