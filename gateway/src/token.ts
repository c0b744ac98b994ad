// Prints a bearer token the running stack accepts: `npm run token -- --role admin`.
import { parseArgs } from 'node:util';
import { configOrExit, parseDuration, roles, signBearerToken } from '@dm/shared';
import { bearerSecret } from './auth.ts';
import { readGatewayEnv } from './env.ts';

const usage = `Prints a bearer token that the graph started by \`npm start\` accepts (signed with its secret).

  npm run token -- --role admin
  npm run token -- --role coordinator --departments 14,50
  npm run token -- --role company --company <company id>
  npm run token -- --role referent --person <person id> --departments 14

Options:
  --role <role>          one of ${roles.join(', ')} (default admin)
  --company <id>         the company a company user acts for
  --person <id>          the ambassador or referent behind the token
  --departments <codes>  departments of a coordinator or referent, comma-separated (14, 27, 50, 61, 76)
  --expires <duration>   lifetime, e.g. 30m or 12h (default 12h, at most AUTH_MAX_TOKEN_LIFETIME)
  --help                 this text

Send it as \`Authorization: Bearer <token>\`.`;

const fail = (message: string): never => {
  console.error(`${message}\n\nSee \`npm run token -- --help\`.`);
  process.exit(2);
};

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string', default: 'admin' },
      company: { type: 'string' },
      person: { type: 'string' },
      departments: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  fail((err as Error).message);
}
if (values!.help) {
  console.log(usage);
  process.exit(0);
}
const role = values!.role as string;
if (!roles.includes(role as (typeof roles)[number])) fail(`--role must be one of: ${roles.join(', ')}`);
const env = configOrExit(readGatewayEnv);
const lifetime = parseDuration(values!.expires as string);
if (!lifetime) fail('--expires must be a duration such as 30m or 12h');
if (lifetime! > env.AUTH_MAX_TOKEN_LIFETIME)
  fail('--expires is longer than the graph accepts (AUTH_MAX_TOKEN_LIFETIME)');
const token = await signBearerToken(
  {
    role,
    company: values!.company as string | undefined,
    person: values!.person as string | undefined,
    departments: (values!.departments as string | undefined)
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  },
  configOrExit(() => bearerSecret(env)),
  `${Math.floor(lifetime! / 1000)}s`,
  { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
);
console.log(token);
