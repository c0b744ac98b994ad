// `npm run schema:check`: fails when the committed supergraph drifted from the subgraph SDL files.
import {
  breakingChanges,
  composeSupergraph,
  loadApiSchemaSdl,
  loadSupergraphSdl,
  printApiSchema,
} from './supergraph.ts';

const committed = loadSupergraphSdl();
const next = composeSupergraph();
if (committed !== next) {
  const breaking = breakingChanges(committed, next);
  console.error('schema/supergraph.graphql is out of date: run `npm run compose` and commit it.');
  for (const change of breaking) console.error(`  - breaking: ${change.description}`);
  process.exit(1);
}
if (loadApiSchemaSdl() !== printApiSchema(committed)) {
  console.error('schema/api.graphql is out of date: run `npm run compose` and commit it.');
  process.exit(1);
}
console.log('Supergraph and public schema up to date.');
