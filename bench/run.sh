#!/usr/bin/env bash
# bench/run.sh — run noengine's benchmarks (internal/bench) and print
# benchstat tables and the ratio tables of BENCHMARKS.md.
#
#   bench/run.sh                              # everything, 6 runs of 1s per benchmark
#   COUNT=10 BENCH='BenchmarkE2E/db=sqlite' bench/run.sh
#   PRISMA=1 bench/run.sh                     # also Prisma 7.10's bench.mjs, one round per run
#   PRISMA=1 BENCHTIME=0.5s COMPILE_BENCHTIME=0.2s bench/run.sh   # what BENCHMARKS.md ran
#
# Without BENCH, each run is two invocations: the end-to-end, Prisma and
# calibration benchmarks (BENCHTIME), then the compile benchmarks
# (COMPILE_BENCHTIME, default BENCHTIME; they are many and short).
# PRISMA=1 runs $ORACLE bench (default ../shared/oracle/prisma-ref, which
# installs Prisma 7.10 under $PRISMA_ORACLE_HOME on first use).
#
# PostgreSQL and MariaDB benchmarks run when TEST_POSTGRES_URL and
# TEST_MYSQL_URL are set: eval "$(.ci/start-dbs.sh)" first.
#
# The runs are separate processes, one after the other, so that a ratio
# (noengine ÷ raw, Prisma ÷ noengine) is taken within one run and the
# median over runs is reported. Results go to $OUT (default: a new
# temporary directory): bench.txt, prisma-N.json, tables.md.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-6}
benchtime=${BENCHTIME:-1s}
compile_benchtime=${COMPILE_BENCHTIME:-$benchtime}
out=${OUT:-$(mktemp -d -t noengine-bench.XXXXXX)}
mkdir -p "$out"
benchstat="go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da"
oracle=${ORACLE:-../shared/oracle/prisma-ref}
oracle_home=${PRISMA_ORACLE_HOME:-$HOME/.cache/prisma-oracle}

if [ "${PRISMA:-}" = 1 ] && [ ! -x "$oracle" ]; then
	echo "bench/run.sh: PRISMA=1 needs the Prisma oracle at $oracle (set ORACLE)" >&2
	exit 1
fi
go test -c -o "$out/bench.test" ./internal/bench
: >"$out/bench.txt"
prisma=()
{
	echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(go version)"
	echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-), $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# drivers: $(go list -m github.com/mattn/go-sqlite3 github.com/jackc/pgx/v5 github.com/go-sql-driver/mysql | tr '\n' ' ')"
	echo "# count $count, benchtime $benchtime, compile benchtime $compile_benchtime, bench ${BENCH:-(all)}, prisma ${PRISMA:-0}"
	echo "# TEST_POSTGRES_URL $([ -n "${TEST_POSTGRES_URL:-}" ] && echo set || echo unset), TEST_MYSQL_URL $([ -n "${TEST_MYSQL_URL:-}" ] && echo set || echo unset)"
} | tee -a "$out/bench.txt"
# gotest BENCH BENCHTIME runs the benchmarks matching BENCH once.
gotest() {
	(cd internal/bench && "$out/bench.test" -test.run '^$' -test.bench "$1" -test.benchtime "$2" -test.benchmem) |
		tee -a "$out/bench.txt" | grep -E '^Benchmark' >&2 || true
}
for i in $(seq "$count"); do
	echo "== run $i/$count" >&2
	if [ "${PRISMA:-}" = 1 ]; then
		"$oracle" bench >"$out/prisma-$i.txt"
		cp "$oracle_home/bench/results.json" "$out/prisma-$i.json"
		prisma+=("$out/prisma-$i.json")
	fi
	echo "# run $i: load average $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/bench.txt"
	if [ -n "${BENCH:-}" ]; then
		gotest "$BENCH" "$benchtime"
	else
		gotest '^Benchmark(Calibrate|E2E|Prisma|NoFKIndex)$' "$benchtime"
		gotest '^BenchmarkCompile$' "$compile_benchtime"
	fi
done

{
	for group in E2E Prisma; do
		if grep -q "^Benchmark$group/" "$out/bench.txt"; then
			echo "## benchstat: $group"
			# raw first: benchstat compares every column with the first.
			$benchstat -filter ".name:$group" -col '/impl@(raw noengine noengine-query noengine-join noengine-nocache compile)' "$out/bench.txt"
		fi
	done
	if grep -q '^BenchmarkCompile/' "$out/bench.txt"; then
		echo "## benchstat: Compile"
		$benchstat -filter '.name:Compile' -col /phase "$out/bench.txt"
	fi
	echo "## Ratio tables"
	prisma_arg=""
	if [ ${#prisma[@]} -gt 0 ]; then prisma_arg="-prisma=$(IFS=,; echo "${prisma[*]}")"; fi
	go run ./internal/bench/benchratio $prisma_arg "$out/bench.txt"
} | tee "$out/tables.md"
echo "results in $out" >&2
