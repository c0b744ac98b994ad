import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import {
  type BreakingChange,
  buildSchema,
  findBreakingChanges,
  type GraphQLSchema,
  parse,
  printSchema as printGraphQLSchema,
} from 'graphql';
import { apiSchemaFile, subgraphs, supergraphFile } from './subgraphs.ts';

/** The committed supergraph the gateway serves. */
export const loadSupergraphSdl = () => readFileSync(supergraphFile, 'utf8');

/** Composes the supergraph from the subgraph SDL files, or throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(readFileSync(s.sdlFile, 'utf8')) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The schema clients see (federation machinery removed). */
// Printed and rebuilt so that the schema belongs to this module's graphql-js, whichever copy (ESM or CJS)
// the federation packages loaded.
export const apiSchema = (supergraphSdl: string): GraphQLSchema =>
  buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));

/** The public API schema in SDL, descriptions and deprecations included: what clients generate code from. */
export const printApiSchema = (supergraphSdl: string): string => `${printGraphQLSchema(apiSchema(supergraphSdl))}\n`;

/** The committed public API schema. */
export const loadApiSchemaSdl = () => readFileSync(apiSchemaFile, 'utf8');

/**
 * The public API schema in SDL of `supergraphSdl`: the committed `api.graphql` when that is the committed
 * supergraph (`npm run schema:check` holds them equal), which spares a start building the supergraph once
 * more than the gateway does; printed from it otherwise.
 */
export const apiSchemaSdlOf = (supergraphSdl: string): string =>
  supergraphSdl === loadSupergraphSdl() ? loadApiSchemaSdl() : printApiSchema(supergraphSdl);

/** The schema clients see, from `apiSchemaSdlOf`: the same as `apiSchema`, built at less cost. */
export const apiSchemaOf = (supergraphSdl: string): GraphQLSchema => buildSchema(apiSchemaSdlOf(supergraphSdl));

/** Changes that would break a client of the committed supergraph. */
export function breakingChanges(committedSdl: string, nextSdl: string): BreakingChange[] {
  return findBreakingChanges(apiSchema(committedSdl), apiSchema(nextSdl));
}
