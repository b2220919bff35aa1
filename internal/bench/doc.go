// Package bench holds noengine's benchmarks (it has no code of its own):
//
//   - BenchmarkCompile: decoding, plan-cache lookup, validation, compilation
//     and input conversion of each request shape, per dialect, on a cache
//     miss and on a cache hit (no database).
//   - BenchmarkE2E: whole requests through Client.Request on SQLite, and on
//     PostgreSQL and MariaDB when TEST_POSTGRES_URL / TEST_MYSQL_URL are set,
//     each beside the same SQL written by hand on the same driver (impl=raw).
//   - BenchmarkPrisma: the workload of ../shared/oracle/bench.mjs (Prisma
//     7.10's own timing anchor), on the same SQLite schema, data and
//     requests, so the two can be set side by side.
//
// bench/run.sh runs them with -count and prints benchstat tables and the
// ratio table of BENCHMARKS.md.
package bench
