import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signBearerToken } from '@dm/shared';
import { startTestSmtp } from '@dm/testing/smtp';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type GraphProcess, post, sleep, startProcess } from './processes.ts';

// Scale-out on one machine: two gateway replicas and two replicas of each subgraph, on PostgreSQL and Redis,
// behind HAProxy (Debian's package), under load; one replica of each kind is killed (SIGKILL) during the run.
// No request fails but those in flight on a killed process, budgets hold across the gateway replicas, and
// each mail is sent once (or, at most, the one a killed sender was sending again, as the same message).
const serverUrl = process.env.TEST_DATABASE_URL;
const HAPROXY = '/usr/sbin/haproxy';
const kinds = ['companies', 'events', 'people', 'access'] as const;

/**
 * A port HAProxy can listen on, below the kernel's ephemeral range: the graph's processes (listening on port 0)
 * and every outgoing connection take their ports in that range, so a port picked there could be taken again
 * before HAProxy binds it.
 */
const ephemeralFrom = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
const freePort = async (): Promise<number> => {
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * (Math.min(ephemeralFrom, 32_768) - 10_000));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
};
const portOf = (url: string) => Number(new URL(url).port);

/** HAProxy in front of each kind: health checks on /ready, a refused connection retried on the other replica. */
function haproxyConfig(frontends: Record<string, { port: number; servers: number[] }>) {
  const lines = [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout check 2s',
    '  retries 3',
    '  option redispatch',
    // Only a connection refused is retried: a request sent to a process that died with it is not replayed.
    '  retry-on conn-failure',
    '  http-reuse never',
  ];
  for (const [name, { port, servers }] of Object.entries(frontends)) {
    lines.push(`frontend ${name}`, `  bind 127.0.0.1:${port}`, `  default_backend ${name}`);
    if (name === 'gateway') lines.push('  option forwardfor');
    lines.push(
      `backend ${name}`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      '  default-server check inter 500 fall 3 rise 2',
      ...servers.map((p, i) => `  server ${name}${i} 127.0.0.1:${p}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.runIf(serverUrl && existsSync(HAPROXY))(
  'scale-out: replicas behind HAProxy, one of each kind killed under load',
  () => {
    const identitySecret = randomBytes(32).toString('base64url');
    const authSecret = randomBytes(32).toString('base64url');
    const name = `dm_scale_${process.pid}_${Date.now()}`;
    const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    const folder = mkdtempSync(join(tmpdir(), 'dm-scale-'));
    const all: GraphProcess[] = [];
    const replicas: Record<string, GraphProcess[]> = {};
    let haproxy: ReturnType<typeof spawn>;
    let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
    let databaseUrl: string;
    let gatewayUrl: string;
    const front: Record<string, number> = {};

    beforeAll(async () => {
      build();
      await admin.unsafe(`create database "${name}"`);
      const url = new URL(serverUrl as string);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      smtp = await startTestSmtp();
      for (const kind of [...kinds, 'gateway']) front[kind] = await freePort();
      const through = (kind: string) => `http://127.0.0.1:${front[kind]}/graphql`;
      const common = {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        IDENTITY_SECRET: identitySecret,
        SEED: 'demo',
        LOG_LEVEL: 'info',
        ACCESS_LOG: 'off',
        SHUTDOWN_GRACE_MS: '5000',
      };
      for (const kind of kinds) {
        replicas[kind] = [0, 1].map((i) =>
          startProcess(`${kind}#${i}`, `services/${kind}/dist/index.js`, {
            ...common,
            SMTP_URL: smtp.url,
            MAIL_INTERVAL_MS: '200',
            COMPANIES_URL: through('companies'),
            EVENTS_URL: through('events'),
            PEOPLE_URL: through('people'),
          }),
        );
        all.push(...replicas[kind]!);
      }
      // The first replicas migrate and seed under the prepare lock; the others wait their turn.
      await Promise.all(Object.values(replicas).flatMap((r) => r.map((p) => p.ready)));
      replicas.gateway = [0, 1].map((i) =>
        startProcess(`gateway#${i}`, 'gateway/dist/index.js', {
          ...common,
          AUTH_JWT_SECRET: authSecret,
          COMPANIES_URL: through('companies'),
          EVENTS_URL: through('events'),
          PEOPLE_URL: through('people'),
          ACCESS_URL: through('access'),
          REDIS_URL: 'redis://127.0.0.1:6379',
          REDIS_KEY_PREFIX: name,
          TRUST_PROXY: '1',
          RATE_LIMIT_ANONYMOUS_PER_MINUTE: '40',
          RATE_LIMIT_USER_PER_MINUTE: '1000000',
          RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: '100000',
        }),
      );
      all.push(...replicas.gateway);
      const ready = Object.fromEntries(
        await Promise.all(
          Object.entries(replicas).map(
            async ([kind, procs]) => [kind, await Promise.all(procs.map(async (p) => portOf(await p.ready)))] as const,
          ),
        ),
      );
      const config = join(folder, 'haproxy.cfg');
      writeFileSync(
        config,
        haproxyConfig(Object.fromEntries(Object.entries(front).map(([k, port]) => [k, { port, servers: ready[k]! }]))),
      );
      haproxy = spawn(HAPROXY, ['-f', config, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
      const haproxyLog: string[] = [];
      haproxy.stderr?.on('data', (chunk: Buffer) => haproxyLog.push(chunk.toString('utf8')));
      gatewayUrl = through('gateway');
      // Until HAProxy has seen every replica ready (two checks).
      let seen = 0;
      for (let i = 0; i < 200 && haproxy.exitCode === null; i++) {
        // /ready: no budget spent.
        const answer = await post(new URL('/ready', gatewayUrl).toString(), {}).catch(() => null);
        seen = answer?.status ?? 0;
        if (seen === 200) break;
        await sleep(100);
      }
      if (seen !== 200) throw new Error(`HAProxy is not serving the gateway (${seen}):\n${haproxyLog.join('')}`);
      await sleep(1000);
    }, 300_000);

    afterAll(async () => {
      haproxy?.kill('SIGTERM');
      for (const p of all) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await Promise.all(all.map((p) => p.exited));
      await smtp?.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
      rmSync(folder, { recursive: true, force: true });
    });

    it('spends one anonymous budget across both gateway replicas', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) {
        const answer = await post(gatewayUrl, { query: '{ __typename }' });
        if (answer.status !== 200 && answer.status !== 429)
          console.log('BUDGET', answer.status, JSON.stringify(answer.body));
        statuses.push(answer.status);
      }
      // 40 a minute for the address, whichever replica HAProxy chose (round robin: both, alternately).
      expect(statuses.filter((s) => s === 200)).toHaveLength(40);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    });

    it('fails only requests in flight on killed replicas; sends each mail, again only one in flight', async () => {
      const token = await signBearerToken({ role: 'admin', subject: 'admin:scale' }, authSecret);
      const auth = { authorization: `Bearer ${token}` };
      const upcoming = await post(
        gatewayUrl,
        {
          query:
            'query($from: Date) { events(filter: { from: $from, hasSeatsLeft: true }, first: 5) { edges { node { id } } } }',
          variables: { from: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) },
        },
        auth,
      );
      const eventIds = (upcoming.body.data.events.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(eventIds.length).toBeGreaterThan(0);

      const READ = {
        query:
          'query Scale { companies(first: 5) { edges { node { name charter { status } events { title } ambassadors { displayName } } } } events(first: 5) { edges { node { title exhibitors { name } } } } }',
      };
      type Done = {
        kind: 'read' | 'register';
        started: number;
        ended: number;
        ok: boolean;
        email?: string;
        why?: string;
      };
      const done: Done[] = [];
      /** When each kill was signalled, and when its process was gone: it had requests in flight in between. */
      const kills: { kind: string; at: number; gone: number }[] = [];
      const started = performance.now();
      const DURATION = 10_000;
      let registrations = 0;

      const worker = async (n: number) => {
        while (performance.now() - started < DURATION) {
          // One worker registers attendees, each address twice: the second time, the attendee is sent a notice.
          const register = n === 0;
          const attendee = register ? Math.floor(registrations++ / 2) : 0;
          const email = register ? `scale-${attendee}@example.org` : undefined;
          const body = register
            ? {
                query: 'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { status } }',
                variables: {
                  input: {
                    eventId: eventIds[attendee % eventIds.length],
                    attendee: { firstName: 'Charge', lastName: 'Test', email, category: 'PARENT', minor: false },
                  },
                },
              }
            : READ;
          const sent = performance.now();
          const answer = await post(gatewayUrl, body, auth).catch(() => null);
          done.push({
            kind: register ? 'register' : 'read',
            started: sent,
            ended: performance.now(),
            ok: answer?.status === 200 && !answer.body?.errors,
            email,
            why: answer
              ? `${answer.status} ${JSON.stringify(answer.body?.errors?.[0] ?? '').slice(0, 160)}`
              : 'no answer',
          });
        }
      };
      const killOne = async (kind: string, proc: GraphProcess) => {
        const at = performance.now();
        proc.child.kill('SIGKILL');
        await proc.exited;
        kills.push({ kind, at, gone: performance.now() });
      };
      const kill = async () => {
        await sleep(3000);
        await killOne('gateway', replicas.gateway![0]!);
        for (const kind of kinds) {
          await sleep(1000);
          await killOne(kind, replicas[kind]![1]!);
        }
      };
      await Promise.all([kill(), ...Array.from({ length: 12 }, (_, n) => worker(n))]);

      const failed = done.filter((d) => !d.ok);
      const inFlightAtAKill = (d: Done) => kills.some((k) => d.started <= k.gone && d.ended >= k.at);
      const seconds = (performance.now() - started) / 1000;
      const latencies = done.map((d) => d.ended - d.started).sort((a, b) => a - b);
      const figures = {
        requests: done.length,
        perSecond: Math.round(done.length / seconds),
        p50ms: Math.round(latencies[Math.floor(latencies.length / 2)]!),
        p99ms: Math.round(latencies[Math.floor(latencies.length * 0.99)]!),
        failed: failed.length,
        failedInFlightAtAKill: failed.filter(inFlightAtAKill).length,
        registrations: done.filter((d) => d.kind === 'register').length,
      };
      console.log(`scale-out figures: ${JSON.stringify(figures)}`);
      expect(done.length).toBeGreaterThan(20);
      expect(failed.filter((d) => !inFlightAtAKill(d))).toEqual([]);

      // Every mail queued is sent (by whichever events replica is left).
      const database = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      for (let i = 0; i < 100; i++) {
        const [row] = await database`select count(*)::int as n from events.outbox where sent_at is null`;
        if (row!.n === 0) break;
        await sleep(200);
      }
      // A registration queues its confirmation; a second one with the same address, the owner's notice.
      const queuedTo = await database<{ address: string; n: number }[]>`
        select to_address as address, count(*)::int as n from events.outbox
        where to_address like 'scale-%' group by to_address`;
      await database.end();
      const registered = done.filter((d) => d.kind === 'register');
      const emails = [...new Set(registered.map((d) => d.email!))];
      const twice = emails.filter((e) => registered.filter((d) => d.email === e && d.ok).length === 2);
      expect(twice.length).toBeGreaterThan(0);
      // Each queued message arrives. A sender killed between the SMTP server's acceptance and its commit
      // leaves that one message unmarked: the surviving replica sends it again, as the same message (same
      // Message-ID) — at most one per killed events replica, never a different message twice.
      const mails = smtp.received.filter((m) => m.to.some((to) => to.startsWith('scale-')));
      const distinct = new Set(mails.map((m) => m.messageId));
      console.log(`scale-out mail: ${JSON.stringify({ received: mails.length, distinct: distinct.size })}`);
      expect(mails.every((m) => m.messageId.length > 0)).toBe(true);
      expect(distinct.size).toBe(queuedTo.reduce((n, row) => n + row.n, 0));
      expect(mails.length - distinct.size).toBeLessThanOrEqual(kills.filter((k) => k.kind === 'events').length);
      for (const row of queuedTo) {
        expect(new Set(smtp.to(row.address).map((m) => m.messageId)).size, row.address).toBe(row.n);
      }
    }, 120_000);
  },
);
