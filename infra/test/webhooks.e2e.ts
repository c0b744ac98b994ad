import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readWebhookEnv } from '@dm/access';
import { signBearerToken } from '@dm/shared';
import { readMailEnv } from '@dm/shared/mail';
import { graphqlClient } from '@dm/testing';
import { startTestSmtp } from '@dm/testing/smtp';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type GraphWebhook, webhookHandler } from '../../examples/src/receiver.ts';
import { type Stack, startLocalStack } from '../src/stack.ts';

/**
 * Partners' endpoints, one per subscription (`/hooks/<name>`), each the client kit's receiver with its own
 * secret, behind a switch that makes it fail on demand.
 */
async function startReceiver() {
  const received: { name: string; event: GraphWebhook; id: string; headers: IncomingMessage['headers'] }[] = [];
  const endpoints = new Map<string, { handle: ReturnType<typeof webhookHandler>; failNext: number }>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.split('/')[2] ?? '';
    const endpoint = endpoints.get(name);
    if (!endpoint) return res.writeHead(404).end();
    if (endpoint.failNext > 0) {
      endpoint.failNext--;
      req.resume();
      return res.writeHead(500).end('receiver down');
    }
    void endpoint.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    received,
    /** Where a subscription delivers (the token in the query is the partner's own business). */
    url: (name: string) => `${base}/hooks/${name}?token=partner-side-secret`,
    /** Verifies what arrives at `name` with `secret` from now on. */
    useSecret: (name: string, secret: string) =>
      endpoints.set(name, {
        failNext: endpoints.get(name)?.failNext ?? 0,
        handle: webhookHandler(secret, (event, id, headers) => {
          received.push({ name, event, id, headers });
        }),
      }),
    failNext: (name: string, n: number) => {
      const endpoint = endpoints.get(name);
      if (endpoint) endpoint.failNext = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
// Webhooks need control of time (retries over a day): this file starts its own stack (PGlite in memory),
// whose hub runs only when told (`stack.webhooks.runOnce(now)`), and whose mail goes to an SMTP server here.
describe.runIf(inject('database') === 'pglite')('webhooks', () => {
  const authSecret = 'webhooks-test-secret-webhooks-test-secret';
  let stack: Stack;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let gql: ReturnType<typeof graphqlClient>;
  let admin: string;
  const keys: Record<'organiser' | 'reader', string> = { organiser: '', reader: '' };

  const ok = <T>(r: { data?: T | null; errors?: unknown[] }) => {
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };
  const as = (key: string) => ({ headers: { 'x-api-key': key } });
  const round = (now = new Date()) => stack.webhooks.runOnce(now);
  /** Subscribes a key, delivering to the endpoint `name`, which verifies with the secret it got. */
  const subscribe = async (key: string, name: string, eventTypes: string[], extra: Record<string, string> = {}) => {
    const created = ok(
      await gql<{ createWebhookSubscription: { secret: string; subscription: { id: string; status: string } } }>(
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id status } } }',
        { i: { url: receiver.url(name), eventTypes, ...extra } },
        as(key),
      ),
    ).createWebhookSubscription;
    receiver.useSecret(name, created.secret);
    return created;
  };
  const receivedAt = (name: string) => receiver.received.filter((r) => r.name === name);
  const createEvent = async (key: string) => {
    const start = new Date(Date.now() + 10 * 86_400_000);
    return ok(
      await gql<{ createEvent: { id: string } }>(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        {
          input: {
            kind: 'FORUM',
            title: 'Forum des métiers du bois',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
            communeCode: '14118',
            audiences: ['LYCEE_PUPIL'],
            capacity: 50,
          },
        },
        as(key),
      ),
    ).createEvent.id;
  };
  const deliveries = async (key: string, subscriptionId: string) =>
    ok(
      await gql<{
        webhookDeliveries: {
          edges: {
            node: {
              id: string;
              eventType: string;
              status: string;
              attemptCount: number;
              payload: string;
              attempts: { statusCode: number | null; error: string | null }[];
            };
          }[];
        };
      }>(
        'query($s: ID!) { webhookDeliveries(subscriptionId: $s) { edges { node { id eventType status attemptCount payload attempts { statusCode error } } } } }',
        { s: subscriptionId },
        as(key),
      ),
    ).webhookDeliveries.edges.map((e) => e.node);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    receiver = await startReceiver();
    stack = await startLocalStack({
      seed: 'none',
      env: { AUTH_JWT_SECRET: authSecret },
      mailEnv: readMailEnv({ SMTP_URL: smtp.url, MAIL_INTERVAL_MS: '3600000' }),
      webhookEnv: readWebhookEnv({ NODE_ENV: 'test', WEBHOOK_INTERVAL_MS: '3600000', WEBHOOK_TIMEOUT_MS: '2000' }),
    });
    gql = graphqlClient(stack.gatewayUrl);
    admin = await signBearerToken({ role: 'admin' }, authSecret);
    const key = async (partner: string, scopes: string[]) =>
      ok(
        await gql<{ createApiKey: { secret: string } }>(
          'mutation($p: String!, $s: [ApiScope!]!) { createApiKey(input: { partner: $p, scopes: $s }) { secret } }',
          { p: partner, s: scopes },
          { token: admin },
        ),
      ).createApiKey.secret;
    keys.organiser = await key('Maison de l’orientation', ['READ_PUBLIC', 'WRITE_EVENTS']);
    keys.reader = await key('Mission locale', ['READ_PUBLIC']);
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
    await smtp?.close();
  });

  it("delivers a new event to its subscriber, signed, retried after the receiver's first 500", async () => {
    const { secret, subscription } = await subscribe(keys.organiser, 'first', ['event.created']);
    expect(secret).toMatch(/^whsec_/);
    receiver.failNext('first', 1);
    const eventId = await createEvent(keys.organiser);

    const now = new Date();
    expect(await round(now)).toMatchObject({ taken: 1, delivered: 0, failed: 1 });
    expect(receivedAt('first')).toHaveLength(0);
    // Nothing is due before the retry's time; then it goes.
    expect(await round(new Date(now.getTime() + 1_000))).toMatchObject({ delivered: 0, failed: 0 });
    expect(await round(new Date(now.getTime() + 6_000))).toMatchObject({ delivered: 1 });

    const [got] = receivedAt('first');
    expect(got?.event).toMatchObject({ type: 'event.created', data: { eventId } });
    // Verified by the Standard Webhooks library, as any receiver would.
    expect(got?.headers['webhook-signature']).toMatch(/^v1,/);
    const [delivery] = await deliveries(keys.organiser, subscription.id);
    expect(delivery).toMatchObject({ eventType: 'event.created', status: 'DELIVERED', attemptCount: 2 });
    expect(delivery?.attempts.map((a) => a.statusCode)).toEqual([204, 500]);
    expect(delivery?.attempts[1]?.error).toBe('HTTP 500');
  });

  it('sends a registration only to the partner whose event it is, with ids and no personal datum', async () => {
    const own = await subscribe(keys.organiser, 'registrations', ['registration.confirmed']);
    const other = await subscribe(keys.reader, 'public', ['event.created']);
    // A key that cannot create events cannot hear of anyone's registrations.
    const refused = await gql(
      'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }',
      { i: { url: receiver.url('refused'), eventTypes: ['registration.confirmed'] } },
      as(keys.reader),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const eventId = await createEvent(keys.organiser);
    const registration = ok(
      await gql<{ registerForEvent: { id: string; status: string } }>(
        'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id status } }',
        {
          i: {
            eventId,
            attendee: {
              firstName: 'Inès',
              lastName: 'Leroy',
              email: 'ines.leroy@example.org',
              category: 'PARENT',
              minor: false,
            },
          },
        },
      ),
    ).registerForEvent;
    expect(registration.status).toBe('CONFIRMED');
    await round();
    const [confirmed] = await deliveries(keys.organiser, own.subscription.id);
    expect(JSON.parse(confirmed?.payload as string)).toMatchObject({
      type: 'registration.confirmed',
      data: { eventId, registrationId: registration.id },
    });
    expect(confirmed?.payload).not.toMatch(/ines|leroy|example\.org/i);
    // The other partner heard of the event, not of who registered.
    expect((await deliveries(keys.reader, other.subscription.id)).map((d) => d.eventType)).toEqual(['event.created']);
  });

  it('redelivers with the same webhook-id; a rotated secret signs beside the previous one for a day', async () => {
    const { secret, subscription } = await subscribe(keys.reader, 'rotating', ['event.created']);
    await createEvent(keys.organiser);
    await round();
    const [delivery] = await deliveries(keys.reader, subscription.id);
    const first = receivedAt('rotating').at(-1);

    const rotated = ok(
      await gql<{ rotateWebhookSecret: { secret: string } }>(
        'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
        { id: subscription.id },
        as(keys.reader),
      ),
    ).rotateWebhookSecret.secret;
    expect(rotated).not.toBe(secret);
    ok(await gql('mutation($id: ID!) { redeliverWebhook(id: $id) { status } }', { id: delivery?.id }, as(keys.reader)));
    receiver.useSecret('rotating', rotated);
    await round();
    const [redelivered] = await deliveries(keys.reader, subscription.id);
    expect(redelivered).toMatchObject({ status: 'DELIVERED', attemptCount: 2 });
    expect(receivedAt('rotating')).toHaveLength(2);
    const again = receivedAt('rotating').at(-1);
    expect(again?.id).toBe(first?.id);
    const signatures = (again?.headers['webhook-signature'] as string).split(' ');
    expect(signatures).toHaveLength(2);
    const body = JSON.parse(delivery?.payload as string);
    const headers = {
      'webhook-id': again?.headers['webhook-id'] as string,
      'webhook-timestamp': again?.headers['webhook-timestamp'] as string,
      'webhook-signature': again?.headers['webhook-signature'] as string,
    };
    expect(new Webhook(secret).verify(delivery?.payload as string, headers)).toEqual(body);
    expect(new Webhook(rotated).verify(delivery?.payload as string, headers)).toEqual(body);
  });

  it('disables a subscription whose deliveries failed for a day, and tells the partner', async () => {
    const { subscription } = await subscribe(keys.reader, 'failing', ['event.created'], {
      contactEmail: 'tech@mission-locale.example',
    });
    receiver.failNext('failing', 1_000);
    await createEvent(keys.organiser);
    let now = new Date();
    for (let hour = 0; hour <= 26; hour++, now = new Date(now.getTime() + 3_600_000)) await round(now);
    receiver.failNext('failing', 0);

    const [delivery] = await deliveries(keys.reader, subscription.id);
    expect(delivery?.status).toBe('FAILED');
    expect(delivery?.attemptCount).toBeGreaterThanOrEqual(8);
    const state = ok(
      await gql<{
        webhookSubscriptions: { edges: { node: { id: string; status: string; disabledReason: string } }[] };
      }>('{ webhookSubscriptions { edges { node { id status disabledReason } } } }', {}, as(keys.reader)),
    ).webhookSubscriptions.edges.find((e) => e.node.id === subscription.id)?.node;
    expect(state).toMatchObject({ status: 'DISABLED', disabledReason: expect.stringContaining('HTTP 500') });

    await stack.mail.access.runOnce();
    const mail = smtp.received.find((m) => m.to.includes('tech@mission-locale.example'));
    expect(mail?.subject).toBe('Destination Métier : webhook désactivé');
    expect(mail?.text).toContain(subscription.id);
    // The receiver's address is named by its origin: the token in its path stays out of mail.
    expect(mail?.text).not.toContain('partner-side-secret');

    const enabled = ok(
      await gql<{ enableWebhookSubscription: { status: string } }>(
        'mutation($id: ID!) { enableWebhookSubscription(id: $id) { status } }',
        { id: subscription.id },
        as(keys.reader),
      ),
    );
    expect(enabled.enableWebhookSubscription.status).toBe('ACTIVE');
  });

  it('refuses what a partner may not do, naming the field', async () => {
    const create = (i: Record<string, unknown>, options: { headers?: Record<string, string> } = as(keys.reader)) =>
      gql(
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }',
        { i },
        options,
      );
    expect(
      (await create({ url: receiver.url('x'), eventTypes: ['event.created'] }, {})).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await create({ url: 'ftp://example.org', eventTypes: ['event.created'] })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.url',
    });
    expect(
      (await create({ url: receiver.url('x'), eventTypes: ['event.deleted'] })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.eventTypes[0]',
    });
    // Another partner's subscription does not exist for this one.
    const theirs = await subscribe(keys.organiser, 'theirs', ['event.updated']);
    const deleted = await gql(
      'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }',
      { id: theirs.subscription.id },
      as(keys.reader),
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The event types are public knowledge.
    const types = ok(
      await gql<{ webhookEventTypes: { type: string; scope: string }[] }>('{ webhookEventTypes { type scope } }'),
    );
    expect(types.webhookEventTypes).toContainEqual({ type: 'registration.confirmed', scope: 'WRITE_EVENTS' });
  });
});
