// Runs the events subgraph on its own (one process per subgraph, as in a container).
import { runSubgraph } from '@dm/shared';
import { createEventsSubgraph, name, prepare } from './server.ts';

await runSubgraph({ name, defaultPort: 4002, prepare, create: createEventsSubgraph });
