import { randomBytes } from 'node:crypto';
import { companyDerived } from '@dm/companies/store';
import { identityFromClaims } from '@dm/gateway/auth';
import { anonymous, foldText, isValidSiret, signBearerToken, signIdentity, todayInParis } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import { sql } from '@dm/shared/orm';
import { graphqlClient } from '@dm/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Stack, startLocalStack } from '../src/stack.ts';
import { type LoadReport, loadRegion, scaleOf, selectRows } from './load.ts';
import { captureStatements, driverOf, explain, floorServer, isRead } from './measure.ts';
import { operations } from './operations.ts';
import { createScratchDatabase, type ScratchDatabase } from './processes.ts';

// Keeps `npm run bench` honest without timing anything: the generator loads a small region (about 100
// companies) on this project's database, and every canonical operation answers without errors through
// the gateway and straight to its subgraph, so that a schema change never breaks the benchmark silently.
describe('the region benchmark', () => {
  const secret = randomBytes(32).toString('base64url');
  const scale = scaleOf(100 / 340);
  let stack: Stack;
  let scratch: ScratchDatabase | undefined;
  let report: LoadReport;

  beforeAll(async () => {
    if (inject('database') === 'postgres')
      scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL as string, 'test');
    stack = await startLocalStack({
      databaseUrl: scratch?.url,
      env: { AUTH_JWT_SECRET: secret, MAX_OPERATION_COST: '1000000' },
      // A logger for the statement capture to wrap, as the benchmark's counter gives one.
      onQuery: () => {},
    });
    report = await loadRegion(stack.database.db, scale);
  });
  afterAll(async () => {
    await stack?.stop();
    await scratch?.drop();
  });

  it('loads every table the generator knows, at the scale asked', () => {
    expect(report.skipped).toEqual([]);
    const bench = {
      'companies.company': scale.companies,
      'people.ambassador': scale.ambassadors,
      'events.event': scale.events,
      'access.api_key': scale.apiKeys,
    };
    for (const [table, rows] of Object.entries(bench)) expect(report.rows[table]).toBeGreaterThanOrEqual(rows);
    for (const table of [
      'companies.charter',
      'companies.commitment',
      'companies.commitment_action',
      'companies.immersion_offer',
      'companies.immersion_request',
      'events.registration',
      'events.event_exhibitor',
      'events.event_speaker',
      'people.contact_request',
    ])
      expect(report.rows[table], table).toBeGreaterThan(0);
  });

  it('fills the derived columns as the application does', async () => {
    const { db } = stack.database;
    const companies = await selectRows<{
      name: string;
      siret: string;
      commune_code: string;
      department_code: string;
      sector: string;
      sort_name: string;
      search_text: string;
      latitude: number;
      longitude: number;
    }>(db, sql`select * from companies.company where siret like '8%' order by siret limit 25`);
    expect(companies.length).toBe(25);
    for (const c of companies) {
      expect(isValidSiret(c.siret), c.siret).toBe(true);
      expect(c.department_code).toBe(communes.get(c.commune_code)!.departmentCode);
      expect({
        sortName: c.sort_name,
        searchText: c.search_text,
        latitude: c.latitude,
        longitude: c.longitude,
      }).toEqual(companyDerived({ name: c.name, communeCode: c.commune_code, sector: c.sector }));
    }
    const ambassadors = await selectRows<{
      first_name: string;
      job_title: string;
      rome_code: string;
      commune_code: string;
      department_code: string;
      sort_name: string;
      search_text: string;
    }>(db, sql`select * from people.ambassador where email like '%@bench.%' order by email limit 25`);
    for (const a of ambassadors) {
      // ambassadorDerived (services/people/src/store/ambassadors.ts), which @dm/people does not export.
      const label = metiers.get(a.rome_code)!.label;
      const commune = communes.get(a.commune_code)!;
      expect(a.sort_name).toBe(foldText(a.first_name));
      expect(a.search_text).toBe(foldText([a.first_name, a.job_title, label, commune.name].join(' ')));
      expect(a.department_code).toBe(commune.departmentCode);
    }
    const events = await selectRows<{ starts_at: Date | string; starts_on: string; sort_at: Date | string }>(
      db,
      sql`select starts_at, starts_on::text as starts_on, sort_at from events.event where created_by = 'bench' and date_precision = 'TIME' limit 25`,
    );
    for (const e of events) {
      expect(todayInParis(new Date(e.starts_at))).toBe(e.starts_on);
      expect(new Date(e.sort_at).getTime()).toBe(new Date(e.starts_at).getTime());
    }
    // refreshDerived: the counters agree with the rows they count.
    const [wrong] = await selectRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from events.event e where confirmed_count <> (select count(*) from events.registration r where r.event_id = e.id and r.status = 'CONFIRMED')
        or (capacity is not null and confirmed_count > capacity)`,
    );
    expect(Number(wrong!.n)).toBe(0);
  });

  it('gives charters of every status', async () => {
    const gql = graphqlClient(stack.gatewayUrl);
    for (const status of ['ACTIVE', 'EXPIRING_SOON', 'EXPIRED', 'TERMINATED']) {
      const r = await gql<{ companies: { totalCount: number } }>(
        `query($s: [CharterStatus!]) { companies(filter: { charterStatus: $s }) { totalCount } }`,
        { s: [status] },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.companies.totalCount, status).toBeGreaterThan(0);
    }
  });

  it.each(operations.map((o) => [o.name, o] as const))(
    '%s answers without errors through the gateway and straight to its subgraph',
    async (_, op) => {
      const admin = op.caller === 'admin';
      const viaGateway = await graphqlClient(stack.gatewayUrl)(op.document, op.variables(), {
        token: admin ? await signBearerToken({ role: 'admin', subject: 'bench:admin' }, secret) : undefined,
      });
      expect(viaGateway.errors).toBeUndefined();
      expect(Object.values(viaGateway.data ?? {})[0]).toBeTruthy();
      const identity = admin ? identityFromClaims({ role: 'admin', sub: 'bench:admin' }) : anonymous;
      const direct = await graphqlClient(stack.subgraphUrls[op.subgraph.name]!)(op.subgraph.document, op.variables(), {
        headers: { 'x-dm-identity': await signIdentity(identity, stack.identitySecret) },
      });
      expect(direct.errors).toBeUndefined();
      expect(Object.values(direct.data ?? {})[0]).toBeTruthy();
    },
  );

  it('captures the statements of DestinationSearch with their parameters, explains and replays them', async () => {
    const op = operations.find((o) => o.name === 'DestinationSearch')!;
    const gql = graphqlClient(stack.gatewayUrl);
    const captured = await captureStatements(stack.database.db, async () => {
      const r = await gql<{ companies: { edges: unknown[] } }>(op.document, op.variables());
      expect(r.data!.companies.edges.length).toBeGreaterThan(0);
    });
    const reads = captured!.filter(isRead);
    expect(reads.length).toBeGreaterThan(0);
    const driver = driverOf(stack.database.db, stack.database.kind)!;
    const explained = await explain(driver, reads);
    expect(explained.every((e) => e.executionMs >= 0 && e.planningMs >= 0)).toBe(true);
    const floor = await floorServer(driver, reads);
    try {
      const response = await fetch(floor.url, { method: 'POST', body: '{}' });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(reads.length);
    } finally {
      await floor.close();
    }
  });
});
