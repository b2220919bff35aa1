#!/usr/bin/env bash
# prisma-diff.sh — record Prisma 7.10's own DDL for the test schemas.
#
# For every testdata/<name>.prisma whose "// providers:" line names sqlite,
# postgresql or cockroachdb, write testdata/<name>.<provider>.sql with the script Prisma's
# schema engine prints for it from an empty database:
#
#   node ~/.cache/prisma-oracle/db.mjs diff --schema <name>.prisma --provider <provider>
#
# which is `prisma migrate diff --from-empty --to-schema <name>.prisma --script`
# (offline; db.mjs rewrites the datasource provider). It needs the Prisma
# oracle installed (../shared/oracle/prisma-ref setup) and Node; the tests
# themselves only read the files. Prisma 7.10's offline schema engine has no
# MySQL or SQL Server connector: those golden files are ours
# (`go test ./ddl -update`), reviewed against prisma-engines' renderers.
#
# Catalog golden files (<name>.<provider>.catalog) of what `prisma db push`
# creates in an empty database are recorded by the tests themselves:
#   go test ./ddl -run 'TestPushSQLite|TestPushPostgres$' -prisma
# (needs Node and the oracle; the PostgreSQL ones also TEST_POSTGRES_URL).
# MySQL catalogs (SHOW CREATE TABLE) are ours: go test ./ddl -run TestPushMySQL -update.
set -euo pipefail
cd "$(dirname "$0")"
DB_MJS=${DB_MJS:-$HOME/.cache/prisma-oracle/db.mjs}
for f in *.prisma; do
  name=${f%.prisma}
  providers=$(sed -n 's|^// providers: ||p' "$f" | head -n1)
  for p in $providers; do
    case $p in
      sqlite | postgresql | cockroachdb)
        node "$DB_MJS" diff --schema "$f" --provider "$p" >"$name.$p.sql"
        echo "wrote $name.$p.sql" >&2
        ;;
    esac
  done
done
