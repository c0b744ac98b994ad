// Runs the companies subgraph on its own (one process per subgraph, as in a container).
import { runSubgraph } from '@dm/shared';
import { createCompaniesSubgraph, name, prepare } from './server.ts';

await runSubgraph({ name, defaultPort: 4001, prepare, create: createCompaniesSubgraph });
