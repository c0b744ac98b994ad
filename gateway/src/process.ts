// One way to run a front door of the graph as a process of its own (the Node gateway, Hive Gateway, the
// Apollo Router coprocessor): read the gateway's settings, require the identity secret the subgraphs
// trust, build, listen, and on SIGTERM drain then stop.
import {
  configOrExit,
  ConfigurationError,
  isProduction,
  logger,
  readTelemetryEnv,
  type RunningServer,
  runProcess,
  startTelemetry,
} from '@dm/shared';
import { loadSupergraphSdl } from '@dm/schema';
import { type BearerVerifier, createBearerVerifier } from './auth.ts';
import { type GatewayEnv, readGatewayEnv } from './env.ts';

export interface FrontDoor {
  listen(port: number, host?: string): Promise<RunningServer>;
  stop(): Promise<void>;
}

export interface FrontDoorSettings {
  env: GatewayEnv;
  verifyBearer: BearerVerifier;
  identitySecret: string;
}

/** What a gateway engine in front of the subgraphs takes: the committed supergraph and where they serve. */
export const gatewayOptions = ({ env, verifyBearer, identitySecret }: FrontDoorSettings) => ({
  supergraphSdl: loadSupergraphSdl(),
  subgraphUrls: {
    companies: env.COMPANIES_URL,
    events: env.EVENTS_URL,
    people: env.PEOPLE_URL,
    access: env.ACCESS_URL,
  },
  env,
  verifyBearer,
  identitySecret,
  production: isProduction(),
});

export async function runFrontDoorProcess(options: {
  /** What the logs and a configuration error call it: "gateway", "hive gateway"... */
  name: string;
  /** Whether it records spans (OTLP at OTEL_EXPORTER_OTLP_ENDPOINT when set). */
  traced: boolean;
  build(settings: FrontDoorSettings): FrontDoor | Promise<FrontDoor>;
  /** Where it says it serves, from its server's URL (default: the server's own). */
  urlOf?: (running: RunningServer) => string;
}) {
  const env = configOrExit(readGatewayEnv);
  configOrExit(readTelemetryEnv);
  const stopTelemetry = options.traced ? startTelemetry('gateway') : async () => {};
  await runProcess(async () => {
    if (!env.IDENTITY_SECRET) {
      throw new ConfigurationError(
        `Invalid configuration:\n  - IDENTITY_SECRET: required for the ${options.name}, run apart from its subgraphs`,
      );
    }
    const door = await options.build({
      env,
      verifyBearer: await createBearerVerifier(env),
      identitySecret: env.IDENTITY_SECRET,
    });
    const running = await door.listen(env.PORT, env.HOST);
    const url = options.urlOf ? options.urlOf(running) : running.url;
    logger.info({ url }, `${options.name} ready`);
    return {
      url,
      stop: async () => {
        await running.close({ graceMs: env.SHUTDOWN_GRACE_MS, delayMs: env.SHUTDOWN_DELAY_MS });
        await door.stop();
        await stopTelemetry();
      },
    };
  }, env.SHUTDOWN_DELAY_MS + env.SHUTDOWN_GRACE_MS);
}
