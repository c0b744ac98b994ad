// `npm run compose`: recomposes schema/supergraph.graphql; refuses breaking changes unless told.
import { existsSync, writeFileSync } from 'node:fs';
import { breakingChanges, composeSupergraph, loadSupergraphSdl, printApiSchema } from './supergraph.ts';
import { apiSchemaFile, supergraphFile } from './subgraphs.ts';

const next = composeSupergraph();
if (existsSync(supergraphFile)) {
  const breaking = breakingChanges(loadSupergraphSdl(), next);
  if (breaking.length > 0 && !process.argv.includes('--allow-breaking')) {
    console.error('Breaking changes against the committed supergraph:');
    for (const change of breaking) console.error(`  - ${change.type}: ${change.description}`);
    console.error('Keep the contract, or rerun with --allow-breaking after agreeing it with the clients.');
    process.exit(1);
  }
}
writeFileSync(supergraphFile, next);
writeFileSync(apiSchemaFile, printApiSchema(next));
console.log(`Composed ${supergraphFile} and its public schema ${apiSchemaFile}`);
