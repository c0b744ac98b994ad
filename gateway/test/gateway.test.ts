import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { budgetAddress, clientAddressOf, proxyTrust } from '../src/admission.ts';
import { bearerToken, checkLifetime, identityFromClaims } from '../src/auth.ts';
import { calendarFilter } from '../src/calendar.ts';
import { trustProxySetting } from '../src/env.ts';
import { clientKey, createRateLimits, publicCallsOf, publicMutationsOf } from '../src/rateLimit.ts';

describe('rate limit budgets', () => {
  it('spend a partner key, a user, or a client address', () => {
    expect(clientKey({ role: 'partner', apiKeyId: 'k1', departments: [], scopes: [] }, '10.0.0.1')).toEqual({
      kind: 'apiKey',
      key: 'key:k1',
    });
    expect(clientKey({ role: 'admin', subject: 'admin:1', departments: [], scopes: [] }, '10.0.0.1')).toEqual({
      kind: 'user',
      key: 'user:admin:1',
    });
    expect(clientKey({ role: 'public', departments: [], scopes: [] }, '10.0.0.1')).toEqual({
      kind: 'anonymous',
      key: 'ip:10.0.0.1',
    });
  });
  it('count the public mutations an operation calls, aliases and fragments included', () => {
    const count = (text: string, variables?: Record<string, unknown>) => {
      const document = parse(text);
      return publicMutationsOf(document, document.definitions[0] as OperationDefinitionNode, variables);
    };
    expect(
      count(
        'mutation { a: registerForEvent(input: {}) { id } b: registerForEvent(input: {}) { id } signCharter(input: {}) { id } }',
      ),
    ).toBe(2);
    expect(count('{ registerForEvent }')).toBe(0);
    expect(
      count('mutation { ... on Mutation { a: requestContact(input: {}) { id } b: requestContact(input: {}) { id } } }'),
    ).toBe(2);
    expect(count('mutation { ...M } fragment M on Mutation { requestImmersion(input: {}) { id } }')).toBe(1);
    expect(count('mutation($no: Boolean!) { requestContact(input: {}) @include(if: $no) { id } }', { no: false })).toBe(
      0,
    );
  });
});

describe('fair limits of public mutations', () => {
  const calls = (text: string, variables?: Record<string, unknown>) => {
    const document = parse(text);
    return publicCallsOf(document, document.definitions[0] as OperationDefinitionNode, variables);
  };
  it('read the e-mail address and the event, café, offer or addressee of each call', () => {
    expect(
      calls(
        `mutation($i: RegisterGroupForEventInput!) { registerGroupForEvent(input: $i) { id }
         registerForParentsCafe(input: { cafeId: "c1", parent: { email: "Lea@Example.org" } }) { id } }`,
        { i: { eventId: 'e1', organiser: { email: 'prof@example.org' } } },
      ),
    ).toEqual([
      { field: 'registerGroupForEvent', email: 'prof@example.org', target: 'e1' },
      { field: 'registerForParentsCafe', email: 'lea@example.org', target: 'c1' },
    ]);
    expect(calls('mutation { confirmRegistration(input: { token: "t" }) { id } }')).toEqual([
      { field: 'confirmRegistration', email: null, target: null },
    ]);
  });
  const limits = () =>
    createRateLimits({
      RATE_LIMIT_API_KEY_PER_MINUTE: 100,
      RATE_LIMIT_USER_PER_MINUTE: 100,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: 100,
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_HOUR: 120,
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_EMAIL_PER_HOUR: 3,
      RATE_LIMIT_PUBLIC_MUTATIONS_PER_TARGET_PER_HOUR: 5,
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 5,
    });
  const anonymous = { role: 'public' as const, departments: [], scopes: [] };
  const call = (email: string, target = 'e1') => [{ field: 'registerForEvent', email, target }];
  it('count each e-mail address and each target, and say which limit was hit', async () => {
    const l = limits();
    for (let i = 0; i < 3; i++) await l.publicMutations(anonymous, '10.0.0.1', call('a@example.org', `e${i}`));
    await expect(l.publicMutations(anonymous, '10.0.0.2', call('a@example.org', 'e9'))).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', limit: 'EMAIL' },
    });
    for (let i = 0; i < 5; i++) await l.publicMutations(anonymous, `10.0.1.${i}`, call(`p${i}@example.org`, 'full'));
    await expect(l.publicMutations(anonymous, '10.0.2.1', call('q@example.org', 'full'))).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', limit: 'TARGET' },
    });
  });
  it('never spend an anonymous budget for a signed-in user or a partner key', async () => {
    const l = limits();
    const staff = { role: 'coordinator' as const, subject: 'c1', departments: ['14'], scopes: [] };
    const partner = { role: 'partner' as const, apiKeyId: 'k1', departments: [], scopes: [] };
    for (let i = 0; i < 10; i++) {
      await l.publicMutations(staff, '10.0.0.1', call('same@example.org'));
      await l.publicMutations(partner, '10.0.0.1', call('same@example.org'));
    }
    // The address, the e-mail and the event are untouched for the anonymous caller behind the same address.
    await expect(l.publicMutations(anonymous, '10.0.0.1', call('same@example.org'))).resolves.toBeUndefined();
  });
});

describe('bearer tokens', () => {
  it('read the Authorization header strictly', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(() => bearerToken('Basic abc')).toThrow(/Bearer/);
  });
  it('map claims to an identity, refusing claims that do not fit the role', () => {
    expect(identityFromClaims({ role: 'coordinator', departments: ['14', '50'], sub: 'c1' })).toMatchObject({
      role: 'coordinator',
      departments: ['14', '50'],
    });
    expect(() => identityFromClaims({ role: 'coordinator' })).toThrow(/departments/);
    expect(() => identityFromClaims({ role: 'company' })).toThrow(/company/);
    expect(() => identityFromClaims({ role: 'referent', departments: ['75'], person: 'p' })).toThrow(/department/);
    expect(() => identityFromClaims({ role: 'root' })).toThrow(/role/);
  });
});

describe('the client address', () => {
  const request = (socket: string, forwarded?: string) =>
    ({
      socket: { remoteAddress: socket },
      connection: { remoteAddress: socket },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    }) as never;

  it('is the socket address unless proxies are trusted', () => {
    expect(clientAddressOf(request('10.0.0.9', '1.2.3.4'), proxyTrust(false))).toBe('10.0.0.9');
  });
  it('is the rightmost entry past the trusted hops, never the leftmost one a client writes', () => {
    // The client wrote "6.6.6.6" itself; the one proxy appended the address it saw.
    expect(clientAddressOf(request('10.0.0.9', '6.6.6.6, 203.0.113.7'), proxyTrust(1))).toBe('203.0.113.7');
    expect(clientAddressOf(request('10.0.0.9', '6.6.6.6, 203.0.113.7, 10.0.0.8'), proxyTrust(2))).toBe('203.0.113.7');
    expect(clientAddressOf(request('10.0.0.9', '6.6.6.6, 203.0.113.7'), proxyTrust(['10.0.0.0/8']))).toBe(
      '203.0.113.7',
    );
    // A request that did not come through the listed proxies is its own client.
    expect(clientAddressOf(request('198.51.100.1', '6.6.6.6'), proxyTrust(['10.0.0.0/8']))).toBe('198.51.100.1');
  });
  it('counts an IPv6 client by its /64, and an IPv4-mapped address as IPv4', () => {
    expect(budgetAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(budgetAddress('2001:db8:1:2:ffff::6')).toBe('2001:db8:1:2::/64');
    expect(budgetAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(budgetAddress('203.0.113.7')).toBe('203.0.113.7');
  });
  it('refuses TRUST_PROXY=true, which would let any client pick its address', () => {
    expect(trustProxySetting.safeParse('true').success).toBe(false);
    expect(trustProxySetting.parse('2')).toBe(2);
    expect(trustProxySetting.parse('10.0.0.0/8, loopback')).toEqual(['10.0.0.0/8', 'loopback']);
    expect(trustProxySetting.parse(undefined)).toBe(false);
  });
});

describe('bearer token lifetime', () => {
  const now = Date.UTC(2026, 10, 23) / 1000;
  const twelveHours = 12 * 3_600_000;
  it('needs an expiry, and at most the configured lifetime', () => {
    expect(() => checkLifetime({ iat: now }, twelveHours, now * 1000)).toThrow(/expiry/);
    expect(() => checkLifetime({ iat: now, exp: now + 3600 }, twelveHours, now * 1000)).not.toThrow();
    expect(() => checkLifetime({ iat: now, exp: now + 30 * 86_400 }, twelveHours, now * 1000)).toThrow(/longer/);
    // An issue date in the future does not stretch the lifetime.
    expect(() =>
      checkLifetime({ iat: now + 86_400 * 365, exp: now + 86_400 * 365 + 60 }, twelveHours, now * 1000),
    ).toThrow(/longer/);
  });
});

describe('calendar URLs', () => {
  it('take the filters of events, from today unless told otherwise, and refuse anything else', () => {
    expect(calendarFilter(new URLSearchParams('department=14&kinds=FORUM,VAE_WEEK'), '2026-11-23')).toEqual({
      department: '14',
      kinds: ['FORUM', 'VAE_WEEK'],
      from: '2026-11-23',
    });
    expect(calendarFilter(new URLSearchParams('from=2019-01-01'), '2026-11-23')).toEqual({ from: '2019-01-01' });
    expect(() => calendarFilter(new URLSearchParams('departement=14'), '2026-11-23')).toThrow(/departement/);
  });
});
