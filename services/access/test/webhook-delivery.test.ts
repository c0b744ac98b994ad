import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReceiver, webhookClient } from '../src/webhooks/deliver.ts';
import type { DueDelivery } from '../src/store/webhooks.ts';

// A receiver on this machine: reachable in development, refused in production even when named.
describe('webhook delivery', () => {
  let port: number;
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(req.url === '/redirect' ? 302 : 204, { location: 'http://127.0.0.1/elsewhere' }).end();
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve())));
  beforeAll(() => {
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const delivery = (url: string): DueDelivery =>
    ({
      id: '00000000-0000-4000-8000-000000000001',
      subscriptionId: '00000000-0000-4000-8000-000000000002',
      eventId: '00000000-0000-4000-8000-000000000003',
      eventType: 'event.created',
      payload: '{"type":"event.created"}',
      status: 'PENDING',
      attempts: 0,
      retryingSince: new Date(),
      url,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      previousSecret: null,
      previousSecretUntil: null,
    }) as DueDelivery;

  it('reaches a local receiver in development', async () => {
    const client = webhookClient({ allowPrivate: true, timeoutMs: 2000 });
    expect(await client.attempt(delivery(`http://localhost:${port}/hooks`))).toMatchObject({
      delivered: true,
      statusCode: 204,
    });
    // A redirect is a failure, never followed.
    expect(await client.attempt(delivery(`http://localhost:${port}/redirect`))).toMatchObject({
      delivered: false,
      statusCode: 302,
      error: 'HTTP 302',
    });
    await client.close();
  });

  it('refuses, in production, a name that resolves to this machine, at creation and at delivery', async () => {
    await expect(checkReceiver(new URL(`https://localhost:${port}/`), false)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.url' },
    });
    const client = webhookClient({ allowPrivate: false, timeoutMs: 2000 });
    const outcome = await client.attempt(delivery(`http://localhost:${port}/hooks`));
    expect(outcome).toMatchObject({ delivered: false, statusCode: null, error: 'refused address (not public)' });
    expect(outcome.next).toBeInstanceOf(Date);
    await client.close();
  });
});
