import { z } from 'zod';

/** Where the process runs: `production` masks more and requires real secrets. */
export const nodeEnv = () => process.env.NODE_ENV ?? 'development';
export const isProduction = () => nodeEnv() === 'production';
export const isDevelopment = () => nodeEnv() === 'development';

/**
 * Reads and validates configuration once, failing loudly with every problem at once,
 * so a misconfigured process never starts half-working.
 */
export function loadConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Settings shared by every subgraph process. */
export const subgraphEnv = (defaultPort: number) =>
  z.object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default('.data'),
    IDENTITY_SECRET: z.string().min(32).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED: z.enum(['facts', 'demo', 'none']).default('demo'),
  });

export { port as portSetting, z };
