import { pino } from 'pino';

const emailPattern = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
/** Addresses never reach the log, wherever a message quotes one (SMTP refusals do). */
const scrub = (text: string) => text.replace(emailPattern, '[address]');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What a database driver attaches to its errors: the SQL state, never the values. */
const databaseFields = ['code', 'severity', 'routine', 'constraint_name', 'table_name', 'column_name', 'schema_name'];

/**
 * Errors as the log may hold them: type, a message without personal data, SQL state, stack frames and cause.
 * A failed query is logged without its text and parameters (drizzle puts both in the message: a person's
 * name and e-mail with them); a database message without the values it quotes.
 */
export function safeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return typeof err === 'string' ? scrub(err) : err;
  const type = err.constructor?.name && err.constructor.name !== 'Error' ? err.constructor.name : err.name;
  const fields = err as unknown as Record<string, unknown>;
  const fromDatabase = typeof fields.severity === 'string' || typeof fields.routine === 'string';
  let message = scrub(err.message);
  // drizzle writes the query and its parameters into the message, which wrappers (GraphQLError) copy.
  if (('params' in fields && 'query' in fields) || message.startsWith('Failed query:')) {
    message = 'Failed query (its text and parameters are not logged)';
  } else if (fromDatabase) message = message.replace(/"[^"]*"/g, '"…"');
  const out: Record<string, unknown> = { type, message };
  for (const name of databaseFields) if (typeof fields[name] === 'string') out[name] = fields[name];
  if (typeof fields.code === 'string' || typeof fields.code === 'number') out.code = fields.code;
  if (typeof fields.status === 'number') out.status = fields.status;
  if (isRecord(fields.extensions) && typeof fields.extensions.code === 'string')
    out.extensions = { code: fields.extensions.code };
  if (err.stack)
    out.stack = [`${type}: ${message}`, ...err.stack.split('\n').filter((l) => /^\s+at /.test(l))].join('\n');
  if (depth < 3) {
    const cause = err.cause ?? fields.originalError;
    if (cause && cause !== err) out.cause = safeError(cause, depth + 1);
  }
  return out;
}

/** One structured logger; child loggers name their subgraph. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  serializers: { err: (err: unknown) => safeError(err) },
  redact: {
    paths: [
      '*.email',
      '*.phone',
      '*.firstName',
      '*.lastName',
      '*.token',
      '*.secret',
      'req.headers.authorization',
      'req.headers["x-api-key"]',
    ],
    remove: true,
  },
});
export type Logger = typeof logger;
