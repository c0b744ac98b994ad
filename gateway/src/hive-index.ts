// Runs Hive Gateway, with the graph's admission plugin, in front of subgraphs started elsewhere: the same
// settings as the Node gateway (`index.ts`), the same supergraph, the same identity secret.
import { isProduction } from '@dm/shared';
import { loadSupergraphSdl } from '@dm/schema';
import { createHiveGateway } from './hive.ts';
import { runFrontDoorProcess } from './process.ts';

await runFrontDoorProcess({
  name: 'hive gateway',
  traced: true,
  build: ({ env, verifyBearer, identitySecret }) =>
    createHiveGateway({
      supergraphSdl: loadSupergraphSdl(),
      subgraphUrls: {
        companies: env.COMPANIES_URL,
        events: env.EVENTS_URL,
        people: env.PEOPLE_URL,
        access: env.ACCESS_URL,
      },
      env,
      verifyBearer,
      identitySecret,
      production: isProduction(),
    }),
});
