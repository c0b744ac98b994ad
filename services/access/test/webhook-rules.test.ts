import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  isPublicAddress,
  newWebhookSecret,
  nextAttempt,
  RETRY_WINDOW_MS,
  signedHeaders,
  validateEventTypes,
  validateWebhookUrl,
  webhookPayload,
} from '../src/rules/webhooks.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    const { code, field } = (err as { extensions: { code: string; field?: string } }).extensions;
    return field ? `${code} ${field}` : code;
  }
  return 'accepted';
};

describe('webhook subscriptions', () => {
  it('take known event types that the key may receive', () => {
    expect(validateEventTypes(['event.created', 'event.created', 'company.updated'], ['READ_PUBLIC'])).toEqual([
      'event.created',
      'company.updated',
    ]);
    expect(codeOf(() => validateEventTypes([], ['READ_PUBLIC']))).toBe('BAD_USER_INPUT input.eventTypes');
    expect(codeOf(() => validateEventTypes(['event.created', 'event.deleted'], ['READ_PUBLIC']))).toBe(
      'BAD_USER_INPUT input.eventTypes[1]',
    );
    // Registrations go only to the partner that created the event: a key that cannot create events gets none.
    expect(codeOf(() => validateEventTypes(['registration.confirmed'], ['READ_PUBLIC']))).toBe('FORBIDDEN');
    expect(validateEventTypes(['registration.confirmed'], ['WRITE_EVENTS'])).toEqual(['registration.confirmed']);
  });

  it('deliver to https on public addresses in production, http and loopback allowed in development', () => {
    expect(validateWebhookUrl('https://partner.example.fr/hooks#x', true).href).toBe(
      'https://partner.example.fr/hooks',
    );
    expect(codeOf(() => validateWebhookUrl('http://partner.example.fr/hooks', true))).toBe('BAD_USER_INPUT input.url');
    expect(validateWebhookUrl('http://127.0.0.1:8080/hooks', false).href).toBe('http://127.0.0.1:8080/hooks');
    for (const url of [
      'https://127.0.0.1/hooks',
      'https://10.1.2.3/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[::ffff:192.168.1.1]/hooks',
      'https://localhost/hooks',
      'https://user:secret@partner.example.fr/hooks',
      'ftp://partner.example.fr/hooks',
      'partner.example.fr/hooks',
    ]) {
      expect(
        codeOf(() => validateWebhookUrl(url, true)),
        url,
      ).toBe('BAD_USER_INPUT input.url');
    }
  });

  it('tell public addresses from the others', () => {
    expect(isPublicAddress('193.51.24.1')).toBe(true);
    expect(isPublicAddress('2a01:e0a::1')).toBe(true);
    for (const address of [
      '127.0.0.1',
      '192.168.0.10',
      '172.16.5.4',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:10.0.0.1',
      'nonsense',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe('webhook deliveries', () => {
  it('are retried with growing delays for a day, then given up', () => {
    const since = new Date('2026-11-23T10:00:00Z');
    let now = since;
    const delays: number[] = [];
    for (let attempts = 1; ; attempts++) {
      const next = nextAttempt(since, attempts, now);
      if (!next) break;
      delays.push((next.getTime() - now.getTime()) / 1000);
      now = next;
    }
    expect(delays).toEqual([5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800, 28800]);
    expect(now.getTime() - since.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(nextAttempt(since, 11, now)).toBeNull();
  });

  it('are signed as Standard Webhooks receivers verify them, by both secrets during a rotation', () => {
    const secret = newWebhookSecret();
    const previous = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const payload = webhookPayload('event.created', new Date('2026-11-23T10:00:00Z'), { eventId: 'e1' });
    expect(JSON.parse(payload)).toEqual({
      type: 'event.created',
      timestamp: '2026-11-23T10:00:00.000Z',
      data: { eventId: 'e1' },
    });
    const now = new Date();
    const rotating = { secret, previousSecret: previous, previousSecretUntil: new Date(now.getTime() + 1000) };
    const headers = signedHeaders('msg_1', payload, rotating, now);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(new Webhook(secret).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(new Webhook(previous).verify(payload, headers)).toEqual(JSON.parse(payload));
    const later = signedHeaders('msg_1', payload, { ...rotating, previousSecretUntil: now }, now);
    expect(() => new Webhook(previous).verify(payload, later)).toThrow();
    expect(() => new Webhook(secret).verify(`${payload} `, headers)).toThrow();
  });
});
