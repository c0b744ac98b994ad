import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { type BreakingChange, findBreakingChanges, type GraphQLSchema, parse } from 'graphql';
import { subgraphs, supergraphFile } from './subgraphs.ts';

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
export const apiSchema = (supergraphSdl: string): GraphQLSchema =>
  Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/** Changes that would break a client of the committed supergraph. */
export function breakingChanges(committedSdl: string, nextSdl: string): BreakingChange[] {
  return findBreakingChanges(apiSchema(committedSdl), apiSchema(nextSdl));
}
