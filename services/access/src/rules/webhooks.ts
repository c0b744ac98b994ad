import { randomBytes } from 'node:crypto';
import { badInput, forbidden, requireText } from '@dm/shared';
import { isWebhookEventType, webhookEventTypes, type WebhookEventType } from '@dm/shared/webhooks';
import ipaddr from 'ipaddr.js';
import { Webhook } from 'standardwebhooks';

/** Subscriptions one partner key may hold. */
export const MAX_SUBSCRIPTIONS_PER_KEY = 10;
/** Retries stop this long after the first attempt (or the last redelivery asked for). */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/** After a rotation, the previous secret signs beside the new one this long. */
export const PREVIOUS_SECRET_MS = 24 * 3_600_000;

/**
 * The event types asked for, each known and allowed by the key's scopes: BAD_USER_INPUT naming the unknown
 * one, FORBIDDEN for one the key may not receive.
 */
export function validateEventTypes(types: string[], scopes: string[], field = 'input.eventTypes'): WebhookEventType[] {
  if (types.length === 0) throw badInput(field, 'Name at least one event type (see webhookEventTypes)');
  const known = Object.keys(webhookEventTypes);
  types.forEach((type, index) => {
    if (!isWebhookEventType(type)) {
      throw badInput(`${field}[${index}]`, `Unknown event type "${type}": use one of ${known.join(', ')}`);
    }
    const scope = webhookEventTypes[type].scope;
    if (!scopes.includes(scope)) throw forbidden(`${type} needs a key with the ${scope} scope`);
  });
  return [...new Set(types)] as WebhookEventType[];
}

/**
 * Only an ordinary public address may receive a webhook in production: never loopback, private, link-local
 * (the cloud metadata service), carrier-grade NAT, multicast or reserved ranges (SSRF).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * A receiver's URL: https (http outside production), no credentials in it, at most 2,000 characters, and in
 * production not an address of a private network written literally. (Names are checked when resolved, at
 * creation and again at every delivery.)
 */
export function validateWebhookUrl(text: string, production: boolean, field = 'input.url'): URL {
  const written = requireText(text, field, 2000);
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw badInput(field, 'Give an absolute URL, e.g. https://partner.example.fr/webhooks');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) {
    throw badInput(field, production ? 'The URL must use https' : 'The URL must use https (or http, in development)');
  }
  if (url.username || url.password) throw badInput(field, 'Credentials do not belong in the URL');
  url.hash = '';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (production && ipaddr.isValid(host) && !isPublicAddress(host)) {
    throw badInput(field, 'The URL points to a private, loopback or reserved address');
  }
  if (production && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw badInput(field, 'The URL points to this machine');
  }
  return url;
}

/** A signing secret in Standard Webhooks' form: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Waits before the next attempt, after `attempts` failed ones: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h... */
const delaysMs = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
export const retryDelayMs = (attempts: number) =>
  delaysMs[Math.min(Math.max(attempts, 1), delaysMs.length) - 1] as number;

/** When to try again after a failure, or null to give up: a day of retries is over. */
export function nextAttempt(retryingSince: Date, attempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempts));
  return next.getTime() - retryingSince.getTime() > RETRY_WINDOW_MS ? null : next;
}

/** The body of a delivery (Standard Webhooks' shape): type, time of the change, ids. */
export const webhookPayload = (type: string, occurredAt: Date, data: Record<string, string>) =>
  JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });

/**
 * The headers of one attempt: `webhook-id` (the change, the same on every attempt), `webhook-timestamp` (now,
 * in seconds) and `webhook-signature`, with a second signature by the previous secret while it is valid.
 */
export function signedHeaders(
  eventId: string,
  payload: string,
  secrets: { secret: string; previousSecret?: string | null; previousSecretUntil?: Date | null },
  now: Date,
): Record<string, string> {
  const signers = [secrets.secret];
  if (secrets.previousSecret && secrets.previousSecretUntil && secrets.previousSecretUntil > now) {
    signers.push(secrets.previousSecret);
  }
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signers.map((secret) => new Webhook(secret).sign(eventId, now, payload)).join(' '),
  };
}
