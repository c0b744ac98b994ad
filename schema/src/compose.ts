// `npm run compose`: recomposes schema/supergraph.graphql; refuses breaking changes unless told.
import { existsSync, writeFileSync } from 'node:fs';
import { breakingChanges, composeSupergraph, loadSupergraphSdl } from './supergraph.ts';
import { supergraphFile } from './subgraphs.ts';

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
console.log(`Composed ${supergraphFile}`);
