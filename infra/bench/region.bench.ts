// `npm run bench`: the region-scale benchmark of the speed issue. Nothing here is asserted: it prints
// figures (a table, and a JSON summary with BENCH_JSON) so that every optimisation is measured before and
// after, on the same data and the same operations.
//
// What it does:
//   1. fills a graph with BENCH_SCALE times the live network (companies with charters and commitments,
//      ambassadors, events with exhibitors, speakers and registrations, immersion offers and requests,
//      contact requests, parents' cafés) by SQL `generate_series` (load.ts), then `refreshDerived`;
//   2. starts it in this process (`startLocalStack`, production settings, rate limits and cost budget
//      lifted), and a second graph with the demo seed only (SEED=demo), for the region ÷ seed ratios;
//   3. measures the canonical operations (operations.ts) through the gateway, each also straight to the
//      subgraph that answers it (all of it, or its part), DestinationSearch also as plain SQL (the
//      statements the subgraphs ran for it, replayed through the same driver) and, with BENCH_BASELINE,
//      against a previous commit; all interleaved in rounds, 10 concurrent clients;
//   4. counts the SQL statements per request at page sizes 1, 10 and 100, times DestinationSearch's
//      statements in the database (EXPLAIN ANALYZE), samples the resident memory under load.
//
// Environment:
//   DATABASE_URL       PostgreSQL server to run on (postgres://postgres@127.0.0.1:5432/postgres): a scratch
//                      database is created per graph and dropped at the end. Unset: PGlite in memory.
//   BENCH_SCALE        times the live network (340 companies, 640 ambassadors...); 100 on PostgreSQL,
//                      10 on PGlite by default
//   BENCH_SECONDS      seconds each variant is measured, over all rounds (default 12)
//   BENCH_ROUNDS       interleaved rounds those seconds are split into (default 3)
//   BENCH_CONNECTIONS  concurrent clients (default 10)
//   BENCH_JSON         path: also write the JSON summary there
//   BENCH_BASELINE     a git commit: check it out into a temporary worktree (npm ci there), run its graph
//                      and this commit's as processes of their own (infra/src/start.ts) on databases filled
//                      by this loader, and compare DestinationSearch (new ÷ baseline). Needs DATABASE_URL.
//
// The graph runs with NODE_ENV=production unless NODE_ENV is set, and logs warnings only unless LOG_LEVEL
// is set: both are read when the graph's modules load, hence the import below.
process.env.NODE_ENV ??= 'production';
process.env.LOG_LEVEL ??= 'warn';
await import('./run.ts');
