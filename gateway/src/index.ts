// Runs the gateway on its own, in front of subgraphs started elsewhere (containers, other processes).
import { isProduction } from '@dm/shared';
import { loadSupergraphSdl } from '@dm/schema';
import { runFrontDoorProcess } from './process.ts';
import { createGateway } from './server.ts';

await runFrontDoorProcess({
  name: 'gateway',
  traced: true,
  build: ({ env, verifyBearer, identitySecret }) =>
    createGateway({
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
