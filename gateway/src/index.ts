// Runs the gateway on its own, in front of subgraphs started elsewhere (containers, other processes).
import { gatewayOptions, runFrontDoorProcess } from './process.ts';
import { createGateway } from './server.ts';

await runFrontDoorProcess({
  name: 'gateway',
  traced: true,
  build: (settings) => createGateway(gatewayOptions(settings)),
});
