// Runs the Apollo Router coprocessor (`coprocessor.ts`) beside a Router serving the committed supergraph: the
// same settings as the Node gateway (`index.ts`), the same identity secret, the same partner keys and budgets.
import { createRouterCoprocessor } from './coprocessor.ts';
import { runFrontDoorProcess } from './process.ts';

await runFrontDoorProcess({
  name: 'router coprocessor',
  traced: false,
  build: ({ env, verifyBearer, identitySecret }) =>
    createRouterCoprocessor({ env, verifyBearer, identitySecret, accessUrl: env.ACCESS_URL }),
  urlOf: (running) => new URL('/', running.url).toString(),
});
