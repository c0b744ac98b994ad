import { readGatewayEnv } from '@dm/gateway/env';
import { inject } from 'vitest';
import { startGateway } from '../src/stack.ts';

/**
 * A second gateway in front of the test stack's subgraphs, with settings of its own (CORS origins, trusted
 * documents...): it accepts the stack's tokens and signs identities its subgraphs trust.
 */
export const gatewayBeside = (env: Record<string, string> = {}) =>
  startGateway({
    subgraphUrls: {
      companies: inject('companiesUrl'),
      events: inject('eventsUrl'),
      people: inject('peopleUrl'),
      access: inject('accessUrl'),
    },
    identitySecret: inject('identitySecret'),
    production: false,
    env: readGatewayEnv({ NODE_ENV: 'test', AUTH_JWT_SECRET: inject('authSecret'), SHUTDOWN_GRACE_MS: '1000', ...env }),
  });
