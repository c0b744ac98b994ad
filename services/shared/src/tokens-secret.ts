import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A secret handed to a private person once (to cancel a registration, say), stored only as its SHA-256.
 */
export function newSecret() {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashSecret(token) };
}

export const hashSecret = (token: string) => createHash('sha256').update(token).digest('hex');

export function secretMatches(token: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
