import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from './logger.ts';

/** The error codes clients can rely on (README, "Limits, partial failures and stopping"). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request itself is malformed (no operation to run, a subscription over HTTP...). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A subgraph failed or its circuit is open: the rest of the answer is there (Apollo Router's code). */
  DOWNSTREAM_SERVICE_ERROR: 'DOWNSTREAM_SERVICE_ERROR',
  /** Refused before running: its estimated cost is over the budget (Apollo Router's code). */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Bad input, naming the offending field as the client wrote it (`input.siret`, `first`). */
export const badInput = (field: string, message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
export const notFound = (what: string, field?: string) =>
  new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) } });
export const forbidden = (message = 'You are not allowed to do this') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
export const unauthenticated = (message = 'Authentication required') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

const clientCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Trusted documents only (Apollo Router's codes): an unknown id, and any other text from an anonymous client.
  'PERSISTED_QUERY_NOT_IN_LIST',
  'QUERY_NOT_IN_SAFELIST',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.BAD_REQUEST,
  ErrorCode.DOWNSTREAM_SERVICE_ERROR,
  ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
]);

/**
 * Extensions a client error keeps besides its code: the field at fault, the failed service, the cost, the
 * budget a RATE_LIMITED answer ran out of.
 */
const keptExtensions = ['field', 'serviceName', 'cost', 'limit'] as const;

// graphql-js reports a bad variable as `Variable "$input" got invalid value … at "input.signedOn"; …`
// and a bad literal as `… Expected value of type "Date", found "2020-13-01"` with no field: recover the
// field so that every bad input names it.
const variablePath = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/s;
const variableName = /^Variable "\$(\w+)" (?:got invalid value|of required type .* was not provided)/;

export function fieldOfCoercionError(message: string): string | undefined {
  const withPath = variablePath.exec(message);
  if (withPath) return withPath[2];
  return variableName.exec(message)?.[1];
}

/**
 * Masks everything that is not a client error: no stack, no SQL, no internal message leaves the process.
 * The original is logged with the path so that operators can find it.
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const extensions: Record<string, unknown> = {};
  for (const name of keptExtensions) {
    if (formatted.extensions?.[name] !== undefined) extensions[name] = formatted.extensions[name];
  }
  if (clientCodes.has(code)) {
    if (code === ErrorCode.BAD_USER_INPUT) extensions.field ??= fieldOfCoercionError(formatted.message);
    if (extensions.field === undefined) delete extensions.field;
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...extensions },
    };
  }
  logger.error({ err: original, path: formatted.path, code }, 'internal error');
  // Which service failed is not a secret, and tells the client which part of the answer is missing.
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}),
    },
  };
}
