import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bearerToken, identityFromClaims } from '../src/auth.ts';
import { clientKey, publicMutationsOf } from '../src/rateLimit.ts';

const operation = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;

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
  it('count the public mutations an operation calls, aliases included', () => {
    expect(
      publicMutationsOf(
        operation(
          'mutation { a: registerForEvent(input: {}) { id } b: registerForEvent(input: {}) { id } signCharter(input: {}) { id } }',
        ),
      ),
    ).toBe(2);
    expect(publicMutationsOf(operation('{ registerForEvent }'))).toBe(0);
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
