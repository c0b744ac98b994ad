import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** What the graph sends: the type of change, when it happened, and ids to read the rest through the graph. */
export interface GraphWebhook {
  type: string;
  timestamp: string;
  data: Record<string, string>;
}

const readBody = (req: IncomingMessage, limit: number) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * A partner's webhook endpoint: checks the signature with the subscription's secret (the Standard Webhooks
 * library, which also refuses a timestamp more than five minutes off), answers 401 when it does not verify,
 * and hands each change to `onEvent` once — a `webhook-id` already seen (a retry, a redelivery; kept in memory
 * here, in a real receiver's database) is
 * acknowledged without being handled again. Answer fast: the graph waits 10 s at most.
 */
export function webhookHandler(
  secret: string,
  onEvent: (event: GraphWebhook, id: string, headers: IncomingHttpHeaders) => Promise<void> | void,
) {
  const webhook = new Webhook(secret);
  const seen = new Set<string>();
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return res.writeHead(405, { allow: 'POST' }).end();
    let event: GraphWebhook;
    try {
      const body = await readBody(req, 64 * 1024);
      event = webhook.verify(body, req.headers as Record<string, string>) as GraphWebhook;
    } catch (err) {
      return res.writeHead(err instanceof WebhookVerificationError ? 401 : 400).end();
    }
    const id = req.headers['webhook-id'] as string;
    if (!seen.has(id)) {
      await onEvent(event, id, req.headers);
      seen.add(id);
    }
    res.writeHead(204).end();
  };
}

// `WEBHOOK_SECRET=whsec_... npm run receive -w @dm/examples` listens on PORT (8787) and prints each change.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) throw new Error('Set WEBHOOK_SECRET to the secret createWebhookSubscription returned');
  const server = createServer(
    webhookHandler(secret, (event, id) =>
      console.log(`${event.timestamp} ${event.type} ${JSON.stringify(event.data)} (${id})`),
    ),
  );
  server.listen(Number(process.env.PORT ?? 8787), () =>
    console.log(`Receiving webhooks on http://localhost:${(server.address() as AddressInfo).port}/`),
  );
}
