import { demoSiret } from '@dm/companies/seed-demo';
import { IDENTITY_HEADER, signIdentity } from '@dm/shared';
import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Planted, plantPersonalData, stringsOf } from './personal-data.ts';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
}

const INTROSPECTION = `{ __schema { types { name kind fields { name args { name defaultValue type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (t: TypeRef) => t.kind === 'NON_NULL';

/**
 * Builds a query selecting every field reachable from a root field (to a depth), with sample values for
 * required arguments; fields listed in `skip` (those refused to this caller) are left out.
 */
function selection(types: Map<string, FullType>, typeName: string, depth: number, skip: Set<string>): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const parts: string[] = [];
  for (const f of type.fields) {
    if (skip.has(`${typeName}.${f.name}`) || f.name.startsWith('_')) continue;
    if (f.args.some((a) => required(a.type))) continue;
    const target = named(f.type);
    if (target.kind === 'OBJECT' || target.kind === 'INTERFACE') {
      if (depth <= 0) continue;
      const inner = selection(types, target.name as string, depth - 1, skip);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else {
      parts.push(f.name);
    }
  }
  return parts.join(' ');
}

describe('no personal datum reaches the public or a partner', () => {
  let planted: Planted;
  let types: Map<string, FullType>;
  let partnerKey: string;
  let subscriptionId: string;
  beforeAll(async () => {
    const created = await gql<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(input: { partner: "Mission locale test", scopes: [READ_PUBLIC, READ_STATISTICS] }) { secret } }',
      {},
      { token: await adminToken() },
    );
    partnerKey = created.data!.createApiKey.secret;
    // Subscribed to every change before the personal data are planted: the deliveries' payloads are walked too.
    const subscribed = await gql<{ createWebhookSubscription: { subscription: { id: string } } }>(
      'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } } }',
      {
        i: {
          url: 'http://127.0.0.1:9/hooks',
          eventTypes: ['company.updated', 'event.created', 'event.updated', 'ambassador.joined'],
        },
      },
      { headers: { 'x-api-key': partnerKey } },
    );
    subscriptionId = subscribed.data!.createWebhookSubscription.subscription.id;
    planted = await plantPersonalData(unique());
    const introspection = await gql<{ __schema: { types: FullType[] } }>(INTROSPECTION);
    types = new Map(introspection.data!.__schema.types.map((t) => [t.name, t]));
    for (let tries = 0; tries < 50; tries++) {
      const deliveries = await gql<{ webhookDeliveries: { totalCount: number } }>(
        'query($s: ID!) { webhookDeliveries(subscriptionId: $s) { totalCount } }',
        { s: subscriptionId },
        { headers: { 'x-api-key': partnerKey } },
      );
      if ((deliveries.data?.webhookDeliveries.totalCount ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(async () => {
    await gql(
      'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }',
      { id: subscriptionId },
      {
        headers: { 'x-api-key': partnerKey },
      },
    );
  });

  const samples = (p: Planted): Record<string, string> => ({
    id: p.companyId,
    siret: demoSiret(1),
    code: '76540',
    romeCode: 'D1102',
    email: p.email,
    since: '2000-01-01T00:00:00Z',
    // A signing link that names nothing.
    token: 'not-a-signing-link',
    // The partner's own subscription (anyone else is refused).
    subscriptionId,
  });
  const idFor: Record<string, keyof Planted> = {
    company: 'companyId',
    immersionOffer: 'offerId',
    event: 'eventId',
    parentsCafe: 'cafeId',
    ambassador: 'ambassadorId',
  };

  for (const caller of ['anonymous', 'partner'] as const) {
    it(`walks every root field and type as ${caller}`, async () => {
      const headers: Record<string, string> = caller === 'partner' ? { 'x-api-key': partnerKey } : {};
      const query = types.get('Query')!;
      const seen: string[] = [];
      let fieldsWalked = 0;
      for (const root of query.fields!) {
        if (root.name.startsWith('_')) continue;
        const args = root.args
          .filter((a) => required(a.type))
          .map((a) => {
            const value = a.name === 'id' && idFor[root.name] ? planted[idFor[root.name]!] : samples(planted)[a.name];
            return `${a.name}: ${JSON.stringify(value)}`;
          });
        const target = named(root.type);
        const skip = new Set<string>();
        // As deep as the gateway's operation limits allow: every entity also has a root field of its own.
        let depth = 4;
        for (let attempt = 0; attempt < 12; attempt++) {
          const inner = target.kind === 'OBJECT' ? selection(types, target.name as string, depth, skip) : '';
          const text = `{ ${root.name}${args.length ? `(${args.join(', ')})` : ''}${inner ? ` { ${inner} }` : ''} }`;
          const result = await gql(text, {}, { headers });
          stringsOf(result.data, seen);
          const overLimits = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'COST_ESTIMATED_TOO_EXPENSIVE'];
          if (result.errors?.some((e) => overLimits.includes(String(e.extensions?.code))) && depth > 1) {
            depth--;
            continue;
          }
          const refused = (result.errors ?? []).filter((e) =>
            ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)),
          );
          const other = (result.errors ?? []).filter((e) => !refused.includes(e));
          expect(other, `${root.name}: ${JSON.stringify(other)}`).toEqual([]);
          if (refused.length === 0) {
            fieldsWalked += inner.split(' ').length;
            break;
          }
          // Leave out what was refused and walk the rest again.
          for (const e of refused) {
            const path = (e.path ?? []).filter((p): p is string => typeof p === 'string');
            if (path.length <= 1) break;
            let typeName = target.name as string;
            for (const segment of path.slice(1, -1)) {
              const field = types.get(typeName)?.fields?.find((f) => f.name === segment);
              if (field) typeName = named(field.type).name as string;
            }
            skip.add(`${typeName}.${path.at(-1)}`);
          }
          if (refused.every((e) => (e.path ?? []).length <= 1)) break;
        }
      }
      expect(fieldsWalked).toBeGreaterThan(200);
      expect(seen.length).toBeGreaterThan(500);
      const leaks = seen.filter(
        (s) =>
          /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(s) ||
          s.includes(planted.lastName) ||
          s.includes(planted.phone) ||
          s.includes(planted.message) ||
          /Élève \d|pourriez-vous/.test(s),
      );
      expect(leaks).toEqual([]);
    });
  }
});

describe('each role reads and changes only what is its own', () => {
  let planted: Planted;
  beforeAll(async () => {
    planted = await plantPersonalData(unique());
  });

  it("keeps a company's immersion requests from another company", async () => {
    const other = await token({ role: 'company', company: '00000000-0000-4000-8000-00000000000a' });
    const own = await token({ role: 'company', company: planted.companyId });
    const QUERY =
      'query($id: ID!) { immersionOffer(id: $id) { requests { edges { node { id requester { email } } } } } }';
    expect((await gql(QUERY, { id: planted.offerId }, { token: other })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const mine = await gql<{
      immersionOffer: { requests: { edges: { node: { id: string; requester: { email: string } } }[] } };
    }>(QUERY, { id: planted.offerId }, { token: own });
    const requestId = mine.data!.immersionOffer.requests.edges[0]!.node.id;
    expect(mine.data!.immersionOffer.requests.edges[0]!.node.requester.email).toBe(planted.email);
    const answer = 'mutation($id: ID!) { answerImmersionRequest(input: { requestId: $id, accept: true }) { status } }';
    expect((await gql(answer, { id: requestId }, { token: other })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("keeps another department's registrations from a coordinator", async () => {
    const QUERY =
      'query($id: ID!) { event(id: $id) { registrations { totalCount edges { node { attendee { email } } } } } }';
    const elsewhere = await token({ role: 'coordinator', departments: ['14'] });
    expect((await gql(QUERY, { id: planted.eventId }, { token: elsewhere })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const here = await token({ role: 'coordinator', departments: ['76'] });
    const ok = await gql<{ event: { registrations: { edges: { node: { attendee: { email: string } } }[] } } }>(
      QUERY,
      { id: planted.eventId },
      { token: here },
    );
    expect(ok.data!.event.registrations.edges.map((e) => e.node.attendee.email)).toEqual([planted.email]);
    const cafe = 'query($id: ID!) { parentsCafe(id: $id) { registrations { edges { node { parent { email } } } } } }';
    expect((await gql(cafe, { id: planted.cafeId }, { token: elsewhere })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows an ambassador’s contact details to the ambassador and their company only', async () => {
    const QUERY = 'query($id: ID!) { ambassador(id: $id) { contactDetails { email lastName } } }';
    const read = async (t?: string) =>
      (
        await gql<{ ambassador: { contactDetails: unknown } }>(
          QUERY,
          { id: planted.ambassadorId },
          t ? { token: t } : {},
        )
      ).data!.ambassador.contactDetails;
    expect(await read()).toBeNull();
    expect(await read(await token({ role: 'company', company: '00000000-0000-4000-8000-00000000000b' }))).toBeNull();
    expect(await read(await token({ role: 'ambassador', person: '00000000-0000-4000-8000-00000000000c' }))).toBeNull();
    expect(await read(await token({ role: 'ambassador', person: planted.ambassadorId }))).toMatchObject({
      email: `amb.${planted.email}`,
    });
  });

  it('refuses the same reads through entity references sent straight to a subgraph', async () => {
    const secret = inject('identitySecret');
    const companies = graphqlClient(inject('companiesUrl'));
    const people = graphqlClient(inject('peopleUrl'));
    const as = async (identity: Parameters<typeof signIdentity>[0]) => ({
      [IDENTITY_HEADER]: await signIdentity(identity, secret),
    });
    const stranger = await as({
      role: 'company',
      companyId: '00000000-0000-4000-8000-00000000000d',
      departments: [],
      scopes: [],
    });
    const offer = await companies(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ImmersionOffer { requests { edges { node { requester { email } } } } } } }',
      { r: [{ __typename: 'ImmersionOffer', id: planted.offerId }] },
      { headers: stranger },
    );
    expect(offer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await as({ role: 'partner', apiKeyId: 'k', departments: [], scopes: ['READ_PUBLIC'] });
    const contact = await people(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Ambassador { contactDetails { email } } } }',
      { r: [{ __typename: 'Ambassador', id: planted.ambassadorId }] },
      { headers: partner },
    );
    expect(contact.data).toEqual({ _entities: [{ contactDetails: null }] });
    const subject = await people(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on DataSubject { people } } }',
      { r: [{ __typename: 'DataSubject', email: planted.email }] },
      { headers: await as({ role: 'coordinator', departments: ['76'], scopes: [] }) },
    );
    expect(subject.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(subject.data ?? {})).not.toContain(planted.email);
  });
});
