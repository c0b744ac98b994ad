import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** Calendar date `YYYY-MM-DD`, kept as a string end to end (no time-zone shift). */
export const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });
/** Instant, ISO 8601 with offset. */
export const DateTimeScalar = DateTimeResolver;

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };
