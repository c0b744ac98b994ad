// Runs the people subgraph on its own (one process per subgraph, as in a container).
import { runSubgraph } from '@dm/shared';
import { createPeopleSubgraph, name, prepare } from './server.ts';

await runSubgraph({
  name,
  defaultPort: 4003,
  prepare,
  create: (database, secret) => createPeopleSubgraph(database, secret),
});
