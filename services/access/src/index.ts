// Runs the access subgraph on its own (one process per subgraph, as in a container).
import { runSubgraph } from '@dm/shared';
import { createAccessSubgraph, name, prepare } from './server.ts';

await runSubgraph({ name, defaultPort: 4004, prepare, create: createAccessSubgraph });
