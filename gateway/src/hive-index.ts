// Runs Hive Gateway, with the graph's admission plugin, in front of subgraphs started elsewhere: the same
// settings as the Node gateway (`index.ts`), the same supergraph, the same identity secret.
import { createHiveGateway } from './hive.ts';
import { gatewayOptions, runFrontDoorProcess } from './process.ts';

await runFrontDoorProcess({
  name: 'hive gateway',
  traced: true,
  build: (settings) => createHiveGateway(gatewayOptions(settings)),
});
