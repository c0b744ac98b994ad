import type { Identity } from '@dm/shared';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootFieldsOf } from '../src/rateLimit.ts';
import { readsRefused } from '../src/scopes.ts';

const partner = (...scopes: string[]): Identity => ({ role: 'partner', apiKeyId: 'k1', departments: [], scopes });
const fields = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return rootFieldsOf(document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('what a partner key reads', () => {
  it('reads public data only with READ_PUBLIC', () => {
    expect(readsRefused(partner('READ_PUBLIC'), ['companies', 'events'])).toEqual([]);
    expect(readsRefused(partner('WRITE_EVENTS'), ['companies', 'events'])).toEqual(['companies', 'events']);
    expect(readsRefused(partner('READ_STATISTICS'), ['communes'])).toEqual(['communes']);
  });

  it('reads what its other scopes grant, its own webhooks and the schema without READ_PUBLIC', () => {
    expect(readsRefused(partner('READ_STATISTICS'), ['regionalDashboard', '__typename'])).toEqual([]);
    expect(readsRefused(partner('WRITE_EVENTS'), ['regionalDashboard'])).toEqual(['regionalDashboard']);
    expect(readsRefused(partner('WRITE_EVENTS'), ['webhookSubscriptions', 'webhookDeliveries', '__schema'])).toEqual(
      [],
    );
  });

  it('never limits anyone else: scopes are a partner key’s', () => {
    for (const role of ['public', 'admin', 'company'] as const) {
      expect(readsRefused({ role, departments: [], scopes: [] }, ['companies'])).toEqual([]);
    }
  });

  it('sees the root fields through fragments and directives, as execution does', () => {
    expect(
      fields(
        'query($s: Boolean!) { ...F ... on Query { events { id } } communes @skip(if: $s) { totalCount } } fragment F on Query { companies { totalCount } }',
        {
          s: true,
        },
      ),
    ).toEqual(['companies', 'events']);
  });
});
