// Prints a bearer token the running stack accepts: `npm run token -- --role admin`.
import { parseArgs } from 'node:util';

import { roles, signBearerToken } from '@dm/shared';
import { bearerSecret } from './auth.ts';
import { readGatewayEnv } from './env.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'admin' },
    company: { type: 'string' },
    person: { type: 'string' },
    departments: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});
const role = values.role as string;
if (!roles.includes(role as (typeof roles)[number])) {
  console.error(`--role must be one of: ${roles.join(', ')}`);
  process.exit(2);
}
const env = readGatewayEnv();
const token = await signBearerToken(
  {
    role,
    company: values.company,
    person: values.person,
    departments: values.departments
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  },
  bearerSecret(env),
  values.expires,
  { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
);
console.log(token);
