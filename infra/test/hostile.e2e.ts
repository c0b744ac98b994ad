import { readWebhookEnv } from '@dm/access';
import { randomUUID } from 'node:crypto';
import { signBearerToken } from '@dm/shared';
import { graphqlClient } from '@dm/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';

// Every kind of hostile request a public API invites, sent to a stack with the production settings
// (no introspection, no suggestions, no GraphiQL) behind one trusted proxy: each case writes its own client
// address as the proxy would, so that each spends its own budgets. The answer's status, code and time are
// checked, and, where it matters, that no SQL statement ran.
describe.runIf(inject('database') === 'pglite')('hostile requests to the production stack', () => {
  const secret = 'hostile-suite-secret-hostile-suite-secret';
  let stack: Stack;
  let statements = 0;
  let address = 0;
  /** A new client address, as the trusted proxy writes it (the leftmost entry is the client's own claim). */
  const client = () => ({ 'x-forwarded-for': `6.6.6.6, 198.51.100.${++address}` });

  beforeAll(async () => {
    stack = await startLocalStack({
      // The webhook hub's background rounds would count as this test's statements.
      webhookEnv: readWebhookEnv({ WEBHOOK_INTERVAL_MS: '86400000' }),
      production: true,
      seed: 'demo',
      onQuery: () => {
        statements++;
      },
      env: {
        AUTH_JWT_SECRET: secret,
        TRUST_PROXY: '1',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '30',
        RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '5',
        RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: '3',
      },
    });
  });
  afterAll(() => stack?.stop());

  interface Sent {
    status: number;
    code: unknown;
    body: any;
    headers: Headers;
    ms: number;
    statements: number;
  }
  async function send(body: unknown, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<Sent> {
    const before = statements;
    const started = performance.now();
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...client(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return {
      status: response.status,
      code: parsed?.errors?.[0]?.extensions?.code,
      body: parsed,
      headers: response.headers,
      ms,
      statements: statements - before,
    };
  }

  const AMPLIFY = `query Amplify($n: Int) { companies(first: $n) { edges { node { name
    ambassadors(first: $n) { displayName company { events(first: $n) { title exhibitors { name } } } } } } } }`;

  it('refuses an amplification through variables before any subgraph call, fast, with its cost', async () => {
    const refused = await send({ query: AMPLIFY, variables: { n: 100 } });
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(refused.body.errors[0].extensions.cost.estimated).toBeGreaterThan(
      refused.body.errors[0].extensions.cost.max,
    );
    expect(refused.statements).toBe(0);
    expect(refused.ms).toBeLessThan(1000);
    // The same shape with small pages is served, and says what it cost.
    const small = await send({ query: AMPLIFY, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.body.extensions.cost).toEqual({ estimated: expect.any(Number), max: 5000 });
  });

  it('does not let a negative page size pay for the rest of an operation', async () => {
    const negative = await send({
      query: `query($n: Int, $neg: Int) { a: companies(first: $n) { edges { node { name ambassadors(first: $n) { displayName
        company { events(first: $n) { title } } } } } } b: companies(first: $neg) { totalCount } }`,
      variables: { n: 100, neg: -2_147_483_648 },
    });
    expect([negative.status, negative.code]).toEqual([400, 'COST_ESTIMATED_TOO_EXPENSIVE']);
    expect(negative.statements).toBe(0);
  });

  it('keeps answering others while attackers send amplifications', async () => {
    const attacks = Array.from({ length: 8 }, () => send({ query: AMPLIFY, variables: { n: 100 } }));
    const polite = await send({ query: '{ companies(first: 5) { edges { node { name } } } }' });
    expect(polite.status).toBe(200);
    expect(polite.ms).toBeLessThan(2000);
    for (const attack of await Promise.all(attacks)) expect(attack.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  });

  it('answers client mistakes with 4xx and the code Apollo Server gives, never 500', async () => {
    const cases: [string, unknown, number, string][] = [
      ['syntax error', { query: '{ departments { code ' }, 400, 'GRAPHQL_PARSE_FAILED'],
      ['unknown field', { query: '{ nope }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
      ['unknown operationName', { query: 'query A { departments { code } }', operationName: 'B' }, 400, 'BAD_REQUEST'],
      [
        'two anonymous operations',
        { query: '{ departments { code } } { departments { name } }' },
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'two operations, none named to run',
        { query: 'query A { departments { code } } query B { departments { name } }' },
        400,
        'BAD_REQUEST',
      ],
      ['a subscription', { query: 'subscription { departments { code } }' }, 400, 'BAD_REQUEST'],
      ['no query', {}, 400, 'BAD_REQUEST'],
      ['a JSON array (batching)', [{ query: '{ departments { code } }' }], 400, 'BAD_REQUEST'],
      ['malformed JSON', '{"query": ', 400, 'BAD_REQUEST'],
    ];
    for (const [name, body, status, code] of cases) {
      const sent = await send(body);
      expect([name, sent.status, sent.code]).toEqual([name, status, code]);
      expect(sent.statements, name).toBe(0);
      expect(sent.ms, name).toBeLessThan(1000);
    }
  });

  it('refuses malformed and bad credentials with 401, and tokens that never expire or live too long', async () => {
    const basic = await send({ query: '{ departments { code } }' }, { authorization: 'Basic eHl6' });
    expect([basic.status, basic.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(basic.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    const key = new TextEncoder().encode(secret);
    const forever = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('destination-metier')
      .setAudience('destination-metier-graph')
      .setIssuedAt()
      .sign(key);
    const month = await signBearerToken({ role: 'admin' }, secret, '30d');
    const fine = await signBearerToken({ role: 'admin' }, secret, '1h');
    for (const token of [forever, month]) {
      const sent = await send({ query: '{ departments { code } }' }, { authorization: `Bearer ${token}` });
      expect([sent.status, sent.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    expect((await send({ query: '{ departments { code } }' }, { authorization: `Bearer ${fine}` })).status).toBe(200);
  });

  it('limits failed authentications per address before checking any more, and looks an unknown key up once', async () => {
    const flood = client();
    // All at once: the budget is taken before each check, so concurrent attempts cannot all be checked.
    const before = statements;
    const concurrent = await Promise.all(
      Array.from({ length: 40 }, () =>
        send({ query: '{ departments { code } }' }, { ...flood, 'x-api-key': `dmk_${randomUUID()}` }),
      ),
    );
    expect(concurrent.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(concurrent.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(35);
    expect(statements - before).toBeLessThanOrEqual(5);

    const from = client();
    const lookups = () => statements;
    const statuses: number[] = [];
    const sequentialBefore = lookups();
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await send({ query: '{ departments { code } }' }, { ...from, 'x-api-key': `dmk_${randomUUID()}` })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(lookups() - sequentialBefore).toBeLessThanOrEqual(5); // at most one key lookup per failure allowed
    // From elsewhere, the same unknown key ten times: one lookup, ten refusals.
    const unknown = `dmk_${randomUUID()}`;
    const beforeSame = lookups();
    for (let i = 0; i < 4; i++) {
      const sent = await send({ query: '{ departments { code } }' }, { 'x-api-key': unknown });
      expect(sent.status).toBe(401);
    }
    expect(lookups() - beforeSame).toBeLessThanOrEqual(1);
  });

  it('spends a request of the budget before reading it: a flood of garbage is limited like any other', async () => {
    const from = client();
    const statuses = [];
    for (let i = 0; i < 32; i++) statuses.push((await send('{{{ not even JSON', from)).status);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const limited = await send({ query: '{ departments { code } }' }, from);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('takes the client address from the trusted proxy, not from what the client writes first', async () => {
    // Varying the leftmost entry does not give a fresh budget: the proxy's entry decides.
    const statuses = [];
    for (let i = 0; i < 32; i++) {
      statuses.push(
        (await send({ query: '{ departments { code } }' }, { 'x-forwarded-for': `10.0.${i}.1, 203.0.113.50` })).status,
      );
    }
    expect(statuses.filter((s) => s === 429).length).toBe(2);
  });

  it('limits public mutations per address and per hour', async () => {
    const from = client();
    const REGISTER = 'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { status } }';
    const input = (n: number) => ({
      eventId: randomUUID(),
      attendee: {
        firstName: 'Lou',
        lastName: 'Martin',
        email: `lou${n}@example.org`,
        category: 'PARENT',
        minor: false,
      },
    });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await send({ query: REGISTER, variables: { i: input(i) } }, from)).code);
    expect(codes.slice(0, 3)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(codes[3]).toBe('RATE_LIMITED');
    // Through fragments too: they are counted as execution collects them.
    const other = client();
    const FRAGMENTS = `mutation($i: RegisterForEventInput!) { ... on Mutation { a: registerForEvent(input: $i) { status }
      b: registerForEvent(input: $i) { status } } ...More } fragment More on Mutation { c: registerForEvent(input: $i) { status }
      d: registerForEvent(input: $i) { status } }`;
    const spread = await send({ query: FRAGMENTS, variables: { i: input(9) } }, other);
    expect(spread.code).toBe('RATE_LIMITED');
  });

  it('refuses text that would break storage or mislead a reader, naming the field, before any statement', async () => {
    const REGISTER = 'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { status } }';
    const cases: [string, string][] = [
      ['a NUL byte', 'Lou\u0000'],
      ['a right-to-left override', 'Lou\u202Egnirts'],
      ['a control character', 'Lou\u0007'],
    ];
    for (const [name, firstName] of cases) {
      const sent = await send({
        query: REGISTER,
        variables: {
          input: {
            eventId: randomUUID(),
            attendee: { firstName, lastName: 'Martin', email: 'lou@example.org', category: 'PARENT', minor: false },
          },
        },
      });
      expect([name, sent.status, sent.code]).toEqual([name, 400, 'BAD_USER_INPUT']);
      expect(sent.body.errors[0].extensions.field).toBe('input.attendee.firstName');
      expect(sent.statements, name).toBe(0);
    }
    const literal = await send({ query: '{ companies(filter: { search: "a\\u0000b" }) { totalCount } }' });
    expect(literal.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('nulls only the field refused to the caller, not its parent', async () => {
    const sent = await send({
      query: '{ events(first: 1) { edges { node { title registrations { totalCount } } } } }',
    });
    expect(sent.status).toBe(200);
    expect(sent.body.data.events.edges[0].node.title).toEqual(expect.any(String));
    expect(sent.body.data.events.edges[0].node.registrations).toBeNull();
    expect(sent.code).toBe('FORBIDDEN');
  });

  it('refuses the classic abuses: depth, aliases, directives, fragments, introspection, CSRF, size, tokens', async () => {
    let deep = 'name';
    for (let i = 0; i < 8; i++) deep = `charter { company { ${deep} } }`;
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: departments { code }`).join(' ');
    const directives = `{ departments ${'@include(if: true) '.repeat(40)} { code } }`;
    const cycle =
      'fragment A on Company { charter { company { ...B } } } fragment B on Company { ...A } { companies { edges { node { ...A } } } }';
    const cases: [string, unknown, string][] = [
      ['depth', { query: `{ companies { edges { node { ${deep} } } } }` }, 'GRAPHQL_VALIDATION_FAILED'],
      ['aliases', { query: `{ ${aliases} }` }, 'GRAPHQL_VALIDATION_FAILED'],
      ['directives', { query: directives }, 'GRAPHQL_VALIDATION_FAILED'],
      ['fragment cycle', { query: cycle }, 'GRAPHQL_VALIDATION_FAILED'],
      ['introspection', { query: '{ __schema { types { name } } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      ['tokens', { query: `{ ${'departments { code } '.repeat(800)} }` }, 'GRAPHQL_PARSE_FAILED'],
    ];
    for (const [name, body, code] of cases) {
      const sent = await send(body);
      expect([name, sent.status, sent.code]).toEqual([name, 400, code]);
      expect(sent.body.errors[0].message, name).not.toMatch(/\d{2,}/); // limits are not revealed
      expect(sent.statements, name).toBe(0);
    }
    const suggestion = await send({ query: '{ departement { code } }' });
    expect(suggestion.body.errors[0].message).not.toMatch(/Did you mean/);

    const csrf = await send('{"query":"{ departments { code } }"}', { 'content-type': 'text/plain' });
    expect(csrf.status).toBe(400);
    const get = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent('mutation { cancelEvent(id: "x") { id } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true', ...client() },
      },
    );
    expect(get.status).toBe(405);
    const huge = await send({ query: `{ departments { code } } # ${'x'.repeat(200_000)}` });
    expect(huge.status).toBe(413);
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html', ...client() } });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/); // no GraphiQL in production
  });

  it('refuses calendar parameters it does not know instead of widening the feed', async () => {
    const response = await fetch(new URL('/calendar/events.ics?departement=14', stack.gatewayUrl), {
      headers: client(),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'departement',
    });
  });

  const adminToken = () => signBearerToken({ role: 'admin', subject: 'admin:hostile' }, secret, '1h');

  it('answers a public mutation alike whether the e-mail is new or known', async () => {
    const admin = { authorization: `Bearer ${await adminToken()}` };
    const start = new Date(Date.now() + 12 * 86_400_000);
    const made = await send(
      {
        query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        variables: {
          input: {
            kind: 'FORUM',
            title: 'Forum des métiers (hostile)',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
            communeCode: '14118',
            capacity: 50,
            audiences: ['LYCEE_PUPIL'],
          },
        },
      },
      admin,
    );
    const REGISTER = `mutation($input: RegisterForEventInput!) {
      registerForEvent(input: $input) { id status position cancellationToken attendee { email } } }`;
    const register = (email: string) =>
      send({
        query: REGISTER,
        variables: {
          input: {
            eventId: made.body.data.createEvent.id,
            attendee: { firstName: 'Lou', lastName: 'Martin', email, category: 'LYCEE_PUPIL', minor: false },
          },
        },
      });
    const first = (await register('known.hostile@example.org')).body.data.registerForEvent;
    const again = (await register('known.hostile@example.org')).body.data.registerForEvent;
    const other = (await register('new.hostile@example.org')).body.data.registerForEvent;
    for (const answer of [again, other]) {
      expect(Object.keys(answer).sort()).toEqual(Object.keys(first).sort());
      expect(answer.status).toBe('CONFIRMED');
      expect(answer.cancellationToken).toEqual(expect.any(String));
      expect(answer.attendee).toBeNull();
    }
    expect(again.id).not.toBe(first.id); // nothing of the existing registration
    expect(again.cancellationToken).not.toBe(first.cancellationToken);
  });

  it('keeps the attendees of another department’s online event from a coordinator', async () => {
    const admin = { authorization: `Bearer ${await adminToken()}` };
    const start = new Date(Date.now() + 15 * 86_400_000);
    const online = await send(
      {
        query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        variables: {
          input: {
            kind: 'INFORMATION_SESSION',
            title: 'Webinaire de la Manche (hostile)',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
            online: true,
            url: 'https://visio.example.org/manche',
            department: '50',
            audiences: ['PARENT'],
          },
        },
      },
      admin,
    );
    const id = online.body.data.createEvent.id;
    const coordinator = await signBearerToken({ role: 'coordinator', departments: ['14'] }, secret, '1h');
    const read = await send(
      { query: 'query($id: ID!) { event(id: $id) { title registrations { totalCount } } }', variables: { id } },
      { authorization: `Bearer ${coordinator}` },
    );
    expect(read.code).toBe('FORBIDDEN');
    expect(read.body.data.event).toEqual({ title: 'Webinaire de la Manche (hostile)', registrations: null });
    const cancel = await send(
      { query: 'mutation($id: ID!) { cancelEvent(id: $id) { id } }', variables: { id } },
      { authorization: `Bearer ${coordinator}` },
    );
    expect([cancel.status, cancel.code]).toEqual([403, 'FORBIDDEN']); // nothing answered: the status says why
  });

  it('forgets an erased ambassador in every public lookup', async () => {
    const admin = { authorization: `Bearer ${await adminToken()}` };
    const email = `erased.hostile.${Date.now()}@example.org`;
    const companies = await send({ query: '{ companies(first: 1) { edges { node { id } } } }' });
    const made = await send(
      {
        query: 'mutation($input: RegisterAmbassadorInput!) { registerAmbassador(input: $input) { id } }',
        variables: {
          input: {
            firstName: 'Effaçable',
            lastName: 'Hostile',
            email,
            jobTitle: 'Boulangère',
            romeCode: 'D1102',
            companyId: companies.body.data.companies.edges[0].node.id,
            communeCode: '14118',
            interventionKinds: ['CLASS_TALK'],
          },
        },
      },
      admin,
    );
    const id = made.body.data.registerAmbassador.id;
    const LOOKUP = 'query($id: ID!) { ambassador(id: $id) { displayName jobTitle company { name } commune { name } } }';
    expect((await send({ query: LOOKUP, variables: { id } })).body.data.ambassador).not.toBeNull();
    await send(
      {
        query: 'mutation($e: String!) { erasePeoplePersonalData(email: $e) { recordsErased } }',
        variables: { e: email },
      },
      admin,
    );
    expect((await send({ query: LOOKUP, variables: { id } })).body.data.ambassador).toBeNull();
    const search = await send({ query: '{ ambassadors(filter: { search: "Effaçable" }) { totalCount } }' });
    expect(search.body.data.ambassadors.totalCount).toBe(0);
  });

  it('does not let a subgraph be called around the gateway', async () => {
    const direct = await graphqlClient(stack.subgraphUrls.companies as string)('{ departments { code } }');
    expect([direct.status, direct.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
