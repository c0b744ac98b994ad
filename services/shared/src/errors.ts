import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from './logger.ts';

/** The error codes clients can rely on (see GRAPH.md, "Errors"). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
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
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

// graphql-js reports a bad variable as `Variable "$input" got invalid value … at "input.signedOn"; …`
// and a bad literal as `… Expected value of type "Date", found "2020-13-01"` with no field: recover the
// field so that every bad input names it.
const variablePath = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/s;
const variableName = /^Variable "\$(\w+)" got invalid value/;

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
  if (clientCodes.has(code)) {
    const field =
      formatted.extensions?.field ??
      (code === ErrorCode.BAD_USER_INPUT ? fieldOfCoercionError(formatted.message) : undefined);
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...(field ? { field } : {}) },
    };
  }
  logger.error({ err: original, path: formatted.path, code }, 'internal error');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
