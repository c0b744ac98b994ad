import { z } from 'zod';

/** Where the process runs: `production` masks more and requires real secrets. */
export const nodeEnv = () => process.env.NODE_ENV ?? 'development';
export const isProduction = () => nodeEnv() === 'production';

/**
 * Reads and validates configuration once, failing loudly with every problem at once,
 * so a misconfigured process never starts half-working.
 */
export function loadConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** A setting the operator must fix: reported as a plain message, never with a stack trace. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const units: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration written `90s`, `30m`, `12h`, `7d` or as plain seconds, in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*([smhd])?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (units[match[2] ?? 's'] as number);
}

export const durationSetting = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === undefined || ms === 0) {
        ctx.addIssue({ code: 'custom', message: 'a duration such as 90s, 30m, 12h or 7d' });
        return z.NEVER;
      }
      return ms;
    });

/** How long a stopping process lets its requests in flight finish before closing their connections. */
export const shutdownGraceSetting = () => z.coerce.number().int().min(0).max(600_000).default(10_000);
/**
 * How long a stopping process keeps accepting connections, with `/ready` answering 503, before it stops:
 * time for a load balancer to take it out (a few seconds behind one; none by default).
 */
export const shutdownDelaySetting = () => z.coerce.number().int().min(0).max(600_000).default(0);

const seedChoice = z.enum(['facts', 'demo', 'none']).optional();
/** `SEED`: demonstration data is loaded by default in development only; production gets the facts unless told. */
export const seedFor = (seed: 'facts' | 'demo' | 'none' | undefined, env: string) =>
  seed ?? (env === 'production' ? 'facts' : 'demo');

/** Settings shared by every subgraph process. */
export const subgraphEnv = (defaultPort: number) =>
  z
    .object({
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      PORT: port(defaultPort),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: z.url().optional(),
      /** Connections one process may open to PostgreSQL: replicas × this must fit the server's max_connections. */
      DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
      DATA_DIR: z.string().default('.data'),
      IDENTITY_SECRET: z.string().min(32).optional(),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      SEED: seedChoice,
      SHUTDOWN_GRACE_MS: shutdownGraceSetting(),
      SHUTDOWN_DELAY_MS: shutdownDelaySetting(),
    })
    .transform((env) => ({ ...env, SEED: seedFor(env.SEED, env.NODE_ENV) }));

export { port as portSetting, seedChoice as seedSetting, z };
