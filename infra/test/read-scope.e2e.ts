import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const CREATE_KEY =
  'mutation($p: String!, $s: [ApiScope!]!) { createApiKey(input: { partner: $p, scopes: $s }) { secret } }';

async function keyWith(scopes: string[]) {
  const created = await gql<{ createApiKey: { secret: string } }>(
    CREATE_KEY,
    { p: `Partenaire ${unique()}`, s: scopes },
    { token: await adminToken() },
  );
  return { 'x-api-key': created.data!.createApiKey.secret };
}

describe('the READ_PUBLIC scope', () => {
  it('is what a key needs to read the graph through it', async () => {
    const COMPANIES = '{ companies(first: 1) { totalCount } }';
    const reader = await gql(COMPANIES, {}, { headers: await keyWith(['READ_PUBLIC']) });
    expect(reader.errors).toBeUndefined();

    const writer = await keyWith(['WRITE_EVENTS']);
    const refused = await gql(COMPANIES, {}, { headers: writer });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeUndefined();
    // Its writes, and their answers, are what WRITE_EVENTS grants.
    const made = await gql<{ createEvent: { id: string; title: string } }>(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { id title } }',
      {
        input: {
          kind: 'INFORMATION_SESSION',
          title: `Atelier ${unique()}`,
          startsAt: '2031-03-10T09:00:00Z',
          endsAt: '2031-03-10T12:00:00Z',
          online: true,
          url: 'https://example.org/atelier',
          audiences: ['JOB_SEEKER'],
        },
      },
      { headers: writer },
    );
    expect(made.errors).toBeUndefined();

    const statistics = await keyWith(['READ_STATISTICS']);
    const dashboard = await gql('{ regionalDashboard { charters { total } } }', {}, { headers: statistics });
    expect(dashboard.errors).toBeUndefined();
    const mixed = await gql(
      '{ regionalDashboard { charters { total } } events(first: 1) { totalCount } }',
      {},
      {
        headers: statistics,
      },
    );
    expect(mixed.status).toBe(403);
    expect(mixed.errors?.[0]?.message).toContain('events');
  });
});
