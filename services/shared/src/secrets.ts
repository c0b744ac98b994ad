import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Development secrets, generated once into the data folder so that tokens survive a restart. */
export interface DevelopmentSecrets {
  authJwtSecret: string;
  identitySecret: string;
}

export function developmentSecrets(dataDir: string): DevelopmentSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevelopmentSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets = {
    authJwtSecret: randomBytes(32).toString('base64url'),
    identitySecret: randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

export const randomSecret = () => randomBytes(32).toString('base64url');
