// Runs the Apollo Router coprocessor (`coprocessor.ts`) beside a Router serving the committed supergraph: the
// same settings as the Node gateway (`index.ts`), the same identity secret, the same partner keys and budgets.
import { configOrExit, ConfigurationError, logger, runProcess } from '@dm/shared';
import { createBearerVerifier } from './auth.ts';
import { createRouterCoprocessor } from './coprocessor.ts';
import { readGatewayEnv } from './env.ts';

const env = configOrExit(readGatewayEnv);
await runProcess(async () => {
  if (!env.IDENTITY_SECRET) {
    throw new ConfigurationError('Invalid configuration:\n  - IDENTITY_SECRET: required for the Router coprocessor');
  }
  const coprocessor = createRouterCoprocessor({
    env,
    verifyBearer: await createBearerVerifier(env),
    identitySecret: env.IDENTITY_SECRET,
    accessUrl: env.ACCESS_URL,
  });
  const running = await coprocessor.listen(env.PORT, env.HOST);
  const url = new URL('/', running.url).toString();
  logger.info({ url }, 'router coprocessor ready');
  return {
    url,
    stop: async () => {
      await running.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
      await coprocessor.stop();
    },
  };
}, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
