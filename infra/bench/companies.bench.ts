// `npm run bench`: the companies listing at 100 times the published network, through the gateway.
// Prints its figures; nothing here is asserted. BENCH_COMPANIES (default 34000), BENCH_SECONDS (default 8),
// DATABASE_URL (PostgreSQL instead of in-memory PGlite; the database is filled, use a scratch one).
import { demoCommitments } from '@dm/companies/seed-demo';
import { charter, commitment, company } from '@dm/companies/tables';
import { companyDerived } from '@dm/companies/store';
import { addDays, addYears, signBearerToken, todayInParis } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import { graphqlClient } from '@dm/shared/testing';
import { sql } from '@dm/shared/orm';
import autocannon from 'autocannon';
import { startLocalStack } from '../src/stack.ts';

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 34_000);
const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
let statements = 0;

const stack = await startLocalStack({
  databaseUrl: process.env.DATABASE_URL,
  production: true,
  // Rate limits are lifted: the benchmark measures the graph, not the limiter.
  env: {
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: BENCH_SECRET,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000',
    RATE_LIMIT_USER_PER_MINUTE: '10000000',
    // The statement count asks for 100 companies with every nested list: over the default cost budget.
    MAX_OPERATION_COST: '100000',
  },
  onQuery: () => {
    statements++;
  },
});
const { db } = stack.database;

// Fill: companies spread over every commune of Normandy, each with a charter and its commitments.
const started = performance.now();
const communeList = [...communes.values()].filter((c) => c.latitude !== null);
const words = ['Boulangerie', 'Menuiserie', 'Garage', 'Transports', 'Atelier', 'Laiterie', 'Conseil', 'Bâtiment'];
const today = todayInParis();
const BATCH = 500;
for (let offset = 0; offset < COMPANIES; offset += BATCH) {
  const n = Math.min(BATCH, COMPANIES - offset);
  const companies = Array.from({ length: n }, (_, i) => {
    const k = offset + i;
    const commune = communeList[k % communeList.length]!;
    const name = `${words[k % words.length]} ${commune.name} ${k}`;
    return {
      name,
      communeCode: commune.code,
      departmentCode: commune.departmentCode,
      sector: words[k % words.length]!,
      demonstration: true,
      ...companyDerived({ name, communeCode: commune.code, sector: words[k % words.length]! }),
    };
  });
  const inserted = await db.insert(company).values(companies).returning({ id: company.id });
  const charters = await db
    .insert(charter)
    .values(
      inserted.map((c, i) => {
        const signedOn = addDays(today, -((offset + i) % 800));
        return { companyId: c.id, signedOn, expiresOn: addYears(signedOn, 2), demonstration: true };
      }),
    )
    .returning({ id: charter.id, companyId: charter.companyId });
  await db
    .insert(commitment)
    .values(
      charters.flatMap((c, i) =>
        demoCommitments(offset + i).map((kind) => ({ charterId: c.id, kind, demonstration: true })),
      ),
    );
  await db.execute(
    sql`update companies.company c set current_charter_id = ch.id from companies.charter ch where ch.company_id = c.id and c.current_charter_id is null`,
  );
}
await db.execute(sql`analyze`);
const fillSeconds = (performance.now() - started) / 1000;

const scenarios: Record<string, string> = {
  'list 20 with charter':
    '{ companies(first: 20) { totalCount edges { node { name commune { name } charter { status commitments { kind } } } } } }',
  'search "boulangerie caen"':
    '{ companies(filter: { search: "boulangerie caen" }, first: 20) { totalCount edges { node { name } } } }',
  'near Rouen 10 km, ACTIVE':
    '{ companies(filter: { near: { latitude: 49.443, longitude: 1.1, radiusKm: 10 }, charterStatus: [ACTIVE] }, first: 20) { edges { node { name } } } }',
  'page 100 deep via cursor': '{ companies(first: 100) { pageInfo { endCursor } edges { node { id } } } }',
  'dashboard, Calvados':
    '{ regionalDashboard(filter: { department: "14" }) { charters { total byStatus { status count } byCommitmentKind { kind count } } immersions { offers requests } } }',
};

const gql = graphqlClient(stack.gatewayUrl);
// The dashboard is for staff: the benchmark asks as an admin.
const adminToken = await signBearerToken({ role: 'admin' }, BENCH_SECRET);
const statementsFor = async (first: number) => {
  statements = 0;
  const r = await gql(
    `query($f: Int) { companies(first: $f) { edges { node { name commune { name } charter { status commitments { kind actions { id } } } immersionOffers { title } } } } }`,
    { f: first },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return statements;
};
const few = await statementsFor(5);
const many = await statementsFor(100);

console.log(`\nDestination Métier companies benchmark — ${stack.database.kind}, ${COMPANIES + 58} companies`);
console.log(
  `fill: ${fillSeconds.toFixed(1)} s; SQL statements per request: first 5 → ${few}, first 100 → ${many} (ratio ${(many / few).toFixed(2)})`,
);
console.log(
  `${'scenario'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`,
);
for (const [label, query] of Object.entries(scenarios)) {
  const result = await autocannon({
    url: stack.gatewayUrl,
    method: 'POST',
    connections: 10,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query }),
  });
  const failures = result.errors + result.non2xx;
  console.log(
    `${label.padEnd(28)} ${result.requests.average.toFixed(0).padStart(8)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p99).padStart(8)} ${String(failures).padStart(7)}`,
  );
}
console.log(`resident memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB\n`);
await stack.stop();
