#!/bin/sh
# Records the SQL Prisma 7.10's query compiler writes for SQL Server, for every
# corpus suite that TestGolden compiles (testdata/<suite>/schema.prisma, written
# by `go test ./internal/mssqlgolden -update`), into testdata/<suite>/prisma.txt.
# Needs Node and ../shared/oracle/prisma-ref (run `prisma-ref setup` once).
# The tests only read the recordings.
#
#   internal/mssqlgolden/record.sh            # every suite
#   internal/mssqlgolden/record.sh reads-basic  # some suites
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ref=${PRISMA_REF:-$root/../shared/oracle/prisma-ref}
cd "$here/testdata"
if [ $# -eq 0 ]; then
	set -- $(ls -d */ | tr -d /)
fi
for suite in "$@"; do
	[ -f "$suite/schema.prisma" ] || { echo "$suite: no schema.prisma (skipped suite, or run -update first)" >&2; continue; }
	(
		"$ref" plan --schema "$suite/schema.prisma" --providers sqlserver --sql-only --jsonl - \
			<"$root/testdata/e2e/$suite/requests.jsonl" >"$suite/prisma.txt.tmp" &&
			mv "$suite/prisma.txt.tmp" "$suite/prisma.txt" &&
			echo "$suite: $(grep -c '^##########' "$suite/prisma.txt") requests"
	) &
	# A few suites at a time: each prisma-ref process loads the compilers.
	while [ "$(jobs -p | wc -l)" -ge 6 ]; do sleep 1; done
done
wait
