import { pino } from 'pino';

/** One structured logger; child loggers name their subgraph. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  redact: {
    paths: ['*.email', '*.phone', '*.lastName', 'req.headers.authorization', 'req.headers["x-api-key"]'],
    remove: true,
  },
});
export type Logger = typeof logger;
