import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseDuration } from '../src/config.ts';
import { unsafeInput } from '../src/hygiene.ts';
import { safeError } from '../src/logger.ts';
import { startupProblem } from '../src/run.ts';
import { requireEmail, requireText, unsafeText } from '../src/validation.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    return (err as { extensions: unknown }).extensions;
  }
  return undefined;
};

describe('text the graph stores', () => {
  it('refuses NUL, control characters, direction overrides and broken characters, naming the field', () => {
    expect(unsafeText('Lou\u0000')).toMatch(/U\+0000/);
    expect(unsafeText('Lou\u202Eeci')).toMatch(/U\+202E/);
    expect(unsafeText('a\u2066b')).toMatch(/U\+2066/);
    expect(unsafeText('\uD800')).toMatch(/broken/);
    expect(unsafeText('Ligne 1\nLigne 2\tet tabulation')).toBeNull();
    expect(unsafeText('Zoë 😀 Œuvre')).toBeNull();
    expect(codeOf(() => requireText('Lou\u0000', 'input.firstName', 100))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.firstName',
    });
    expect(codeOf(() => requireEmail('lou\u0000@example.org', 'input.email'))).toMatchObject({ field: 'input.email' });
  });

  it('treats a name of invisible characters only as empty', () => {
    expect(() => requireText('\u200B\u200C\u200D\u2060\uFEFF', 'input.lastName', 100)).toThrow(/must not be empty/);
    expect(() => requireText('\u3164', 'input.lastName', 100)).toThrow(/must not be empty/);
    expect(requireText(' Zoë\u200B ', 'input.firstName', 100)).toBe('Zoë\u200B');
  });

  it('finds unsafe text in variables and literals, named after the argument it fills', () => {
    const document = parse('mutation($i: RegisterInput!) { register(input: $i) { id } }');
    expect(unsafeInput(document, { i: { attendee: { firstName: 'A\u0000' } } })).toEqual({
      field: 'input.attendee.firstName',
      problem: expect.stringMatching(/U\+0000/),
    });
    expect(unsafeInput(parse('{ companies(filter: { search: "a\\u202Eb" }) { id } }'), {})?.field).toBe(
      'filter.search',
    );
    expect(unsafeInput(parse('{ events(filter: { kinds: ["A", "B\\u0007"] }) { id } }'), {})?.field).toBe(
      'filter.kinds[1]',
    );
    expect(unsafeInput(document, { i: { attendee: { firstName: 'Zoë' } } })).toBeNull();
  });
});

describe('logs', () => {
  it('never hold the text or parameters of a failed query, nor the values a database error quotes', () => {
    const failed = Object.assign(
      new Error('Failed query: insert into "events"."registration" ... \nparams: Lou,Martin,lou@example.org'),
      {
        query: 'insert into "events"."registration" ...',
        params: ['Lou', 'Martin', 'lou@example.org'],
        cause: Object.assign(new Error('invalid input syntax for type uuid: "lou@example.org"'), {
          severity: 'ERROR',
          code: '22P02',
          detail: 'Key (email_key)=(lou@example.org) already exists.',
        }),
      },
    );
    const wrapped = Object.assign(new Error(failed.message), { originalError: failed, extensions: { code: 'X' } });
    expect(JSON.stringify(safeError(wrapped))).not.toMatch(/Lou|Martin|example\.org/);
    const logged = JSON.stringify(safeError(failed));
    expect(logged).not.toMatch(/Lou|Martin|example\.org/);
    expect(logged).toContain('22P02');
    expect(JSON.stringify(safeError(new Error('550 5.1.1 <lou@example.org>: Recipient rejected')))).not.toContain(
      'lou@example.org',
    );
  });
});

describe('start-up problems', () => {
  it('are one sentence for what an operator must fix, nothing for a fault', () => {
    expect(startupProblem(new ConfigurationError('Invalid configuration:\n  - PORT: expected a number'))).toMatch(
      /PORT/,
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 5999,
    });
    expect(startupProblem(refused)).toMatch(/Cannot reach PostgreSQL at 127.0.0.1:5999/);
    expect(startupProblem(Object.assign(new Error('database "nope" does not exist'), { code: '3D000' }))).toMatch(
      /database "nope" does not exist: create it/,
    );
    expect(
      startupProblem(Object.assign(new Error('listen'), { code: 'EADDRINUSE', port: 4000, address: '127.0.0.1' })),
    ).toMatch(/Port 4000 is already in use/);
    expect(startupProblem(new TypeError('x is undefined'))).toBeNull();
  });

  it('read durations as people write them', () => {
    expect(parseDuration('12h')).toBe(43_200_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('twelve hours')).toBeUndefined();
  });
});
