import { randomBytes } from 'node:crypto';
import { anonymous, IDENTITY_HEADER, signIdentity } from '@dm/shared';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type GraphProcess, post, sleep, startProcess } from './processes.ts';

// The graph as production runs it: compiled JavaScript, one process per subgraph and gateway, on
// PostgreSQL. What an operator meets: replicas starting together on an empty database, a subgraph killed,
// a subgraph frozen, processes stopped under load, and logs that must hold nothing personal.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('the graph as separate processes, under faults', () => {
  const identitySecret = randomBytes(32).toString('base64url');
  const authSecret = randomBytes(32).toString('base64url');
  const name = `dm_faults_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
  const all: GraphProcess[] = [];
  const replicas: Record<string, GraphProcess[]> = {};
  let gateway: GraphProcess;
  let gatewayUrl: string;
  let databaseUrl: string;

  const common = () => ({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    IDENTITY_SECRET: identitySecret,
    SEED: 'demo',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: '5000',
    SHUTDOWN_DELAY_MS: '1000',
  });
  const subgraph = (service: string, replica: number, env: Record<string, string> = {}) => {
    const started = startProcess(`${service}#${replica}`, `services/${service}/dist/index.js`, {
      ...common(),
      MAIL_INTERVAL_MS: '200',
      ...env,
    });
    all.push(started);
    return started;
  };
  const query = (text: string, variables?: Record<string, unknown>) => post(gatewayUrl, { query: text, variables });

  type Outcome = { status: number; at: number } | { error: string };
  const outcome = (sent: Promise<{ status: number }>): Promise<Outcome> =>
    sent.then(
      (a) => ({ status: a.status, at: performance.now() }),
      (err: NodeJS.ErrnoException) => ({ error: err.code ?? err.message }),
    );

  /**
   * Load across a stop: requests in flight when the signal comes, requests sent while the process drains
   * (SHUTDOWN_DELAY_MS: it still answers, /ready says 503), requests sent once it has gone.
   */
  async function acrossStop(proc: GraphProcess, send: () => Promise<{ status: number }>, url: string) {
    const inFlight = Array.from({ length: 20 }, () => outcome(send()));
    await sleep(50);
    const signalled = performance.now();
    proc.child.kill('SIGTERM');
    await sleep(20);
    const ready = await outcome(post(new URL('/ready', url).toString(), {}));
    const draining = Array.from({ length: 10 }, () => outcome(send()));
    await Promise.all([...inFlight, ...draining]);
    const exitCode = await proc.exited;
    const stopped = await Promise.all(Array.from({ length: 5 }, () => outcome(send())));
    return {
      inFlight: await Promise.all(inFlight),
      draining: await Promise.all(draining),
      stopped,
      ready,
      signalled,
      exitCode,
    };
  }
  const expectNoneLost = (run: Awaited<ReturnType<typeof acrossStop>>) => {
    // Every request the process had received, or received while draining, is answered in full...
    for (const o of [...run.inFlight, ...run.draining]) expect(o).toMatchObject({ status: 200 });
    // ...some of them after the signal (they were truly in flight)...
    expect(run.inFlight.filter((o) => 'at' in o && o.at > run.signalled).length).toBeGreaterThan(0);
    // ...the load balancer was told it was leaving, and what came after was refused at connection, never cut.
    expect(run.ready).toMatchObject({ status: 503 });
    for (const o of run.stopped) expect(o).toEqual({ error: 'ECONNREFUSED' });
    expect(run.exitCode).toBe(0);
  };

  beforeAll(async () => {
    build();
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }, 300_000);

  afterAll(async () => {
    for (const p of all) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(all.map((p) => p.exited));
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it('starts three replicas of each subgraph together on an empty database', async () => {
    for (const service of ['companies', 'events', 'people', 'access']) {
      replicas[service] = [0, 1, 2].map((i) => subgraph(service, i));
    }
    const urls = await Promise.all(
      Object.values(replicas)
        .flat()
        .map((p) => p.ready),
    );
    expect(urls).toHaveLength(12);
    for (const p of Object.values(replicas).flat()) expect(p.child.exitCode, p.name).toBeNull();

    gateway = startProcess('gateway', 'gateway/dist/index.js', {
      ...common(),
      AUTH_JWT_SECRET: authSecret,
      COMPANIES_URL: await replicas.companies![0]!.ready,
      EVENTS_URL: await replicas.events![0]!.ready,
      PEOPLE_URL: await replicas.people![0]!.ready,
      ACCESS_URL: await replicas.access![0]!.ready,
      SUBGRAPH_TIMEOUT_MS: '1000',
      BREAKER_MIN_CALLS: '3',
      BREAKER_RESET_MS: '1500',
    });
    all.push(gateway);
    gatewayUrl = await gateway.ready;

    // Seeded once, whatever the number of replicas that raced to do it.
    const counted = await query('{ companies(filter: { search: "legallais" }) { totalCount } }');
    expect(counted.body.data.companies.totalCount).toBe(1);
  }, 180_000);

  const MIXED = `{ companies(first: 3) { edges { node { name ambassadors { displayName } events { title } } } } }`;

  it('gives the rest of the answer, fast, when a subgraph is killed', async () => {
    replicas.people![0]!.child.kill('SIGKILL');
    await replicas.people![0]!.exited;
    const answer = await query(MIXED);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(2000);
    const companies = answer.body.data.companies.edges.map((e: any) => e.node);
    expect(companies).toHaveLength(3);
    expect(companies.every((c: any) => typeof c.name === 'string' && c.ambassadors === null)).toBe(true);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'people' });
    expect(JSON.stringify(answer.body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
  });

  it('answers at once while a frozen subgraph is cut off by its breaker, and recovers when it thaws', async () => {
    const events = replicas.events![0]!;
    events.child.kill('SIGSTOP');
    const QUERY = '{ companies(first: 2) { edges { node { name events { title } } } } }';
    const timings: number[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const answer = await query(QUERY);
        expect(answer.status).toBe(200);
        expect(answer.body.data.companies.edges).toHaveLength(2);
        expect(answer.body.errors[0].extensions).toEqual({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'events' });
        timings.push(answer.ms);
      }
    } finally {
      events.child.kill('SIGCONT');
    }
    // The first calls wait for the deadline (1 s); once the circuit is open, answers come at once.
    expect(timings[0]).toBeGreaterThanOrEqual(900);
    expect(timings.slice(-2).every((ms) => ms < 1000)).toBe(true);
    expect(Math.min(...timings.slice(-2))).toBeLessThan(300);

    // Thawed: after the pause a probe gets through and the circuit closes, without restarting the gateway.
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      await sleep(250);
      const answer = await query(QUERY);
      recovered = answer.body.errors === undefined && Array.isArray(answer.body.data.companies.edges[0].node.events);
    }
    expect(recovered).toBe(true);
    expect(gateway.child.exitCode).toBeNull();
  }, 60_000);

  it('finishes every request in flight when a subgraph replica is told to stop', async () => {
    const companies = replicas.companies![1]!;
    const url = await companies.ready;
    const headers = { [IDENTITY_HEADER]: await signIdentity(anonymous, identitySecret) };
    const HEAVY = `{ companies(first: 100) { edges { node { name charter { status commitments { kind actions { occurredOn } } }
      immersionOffers { title } } } } }`;
    expectNoneLost(await acrossStop(companies, () => post(url, { query: HEAVY }, headers), url));
  }, 60_000);

  it('keeps no personal datum in any log', async () => {
    // The people replica the gateway used is gone: ask another one directly, as the gateway would.
    const people = await replicas.people![1]!.ready;
    const headers = { [IDENTITY_HEADER]: await signIdentity(anonymous, identitySecret) };
    const ambassadors = await post(people, { query: '{ ambassadors(first: 1) { edges { node { id } } } }' }, headers);
    const direct = await post(
      people,
      {
        query: 'mutation($input: RequestContactInput!) { requestContact(input: $input) { status } }',
        variables: {
          input: {
            ambassadorId: ambassadors.body.data.ambassadors.edges[0].node.id,
            requester: { name: 'Zoé Journal-Secret', email: 'zoe.journal@example.org', role: 'PARENT', minor: false },
            message: 'Message-personnel-a-ne-jamais-journaliser',
          },
        },
      },
      headers,
    );
    expect(direct.status).toBe(200);
    expect(direct.body.errors).toBeUndefined();
    await query(
      'mutation { registerForEvent(input: { eventId: "00000000-0000-4000-8000-000000000000", attendee: { firstName: "Zoé\\u0000", lastName: "Journal-Secret", email: "zoe.journal@example.org", category: PARENT, minor: false } }) { status } }',
    );
    // A real failed INSERT carrying a person's name and address: the database refuses the row (a constraint
    // added for the test), the events subgraph logs an internal error, and the log must not hold the row.
    const database = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    await database.unsafe(
      `alter table events.registration add constraint faults_refused check (last_name <> 'Journal-Secret')`,
    );
    await database.end();
    const upcoming = await query(
      'query($from: Date) { events(filter: { from: $from, hasSeatsLeft: true, kinds: [FORUM] }, first: 1) { edges { node { id } } } }',
      { from: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) },
    );
    const refused = await query(
      'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { status } }',
      {
        input: {
          eventId: upcoming.body.data.events.edges[0].node.id,
          attendee: {
            firstName: 'Zoé',
            lastName: 'Journal-Secret',
            email: 'zoe.journal@example.org',
            category: 'PARENT',
            minor: false,
          },
        },
      },
    );
    expect(refused.body.errors[0], JSON.stringify(refused.body)).toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await sleep(1000); // the people replica's sender runs every 200 ms: without SMTP, it logs what it would send
    const logs = all.flatMap((p) => p.logs).join('\n');
    expect(logs).toMatch(/mail/i);
    expect(logs).toMatch(/Failed query \(its text and parameters are not logged\)/); // the INSERT did fail
    expect(logs).not.toMatch(/Journal-Secret|zoe\.journal|Message-personnel|example\.org/);
  }, 60_000);

  it('finishes every request in flight when the gateway is told to stop, and exits by itself', async () => {
    const EVENTS =
      '{ events(first: 20) { edges { node { title exhibitors { name charter { status } } venue { commune { name } } } } } }';
    expectNoneLost(await acrossStop(gateway, () => query(EVENTS), gatewayUrl));
  }, 60_000);
});
