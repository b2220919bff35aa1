// Package mssqlgolden pins the T-SQL noengine's compiler writes for SQL
// Server, request by request, for the whole end-to-end corpus
// (testdata/e2e), and compares it with the SQL Prisma 7.10's own query
// compiler writes for the same requests. No SQL Server can be had where
// noengine is developed, so this is how the SQL Server dialect is checked.
//
// The package has no code of its own besides this documentation; its tests
// are the point:
//
//   - TestGolden compiles every request of every corpus suite for the
//     sqlserver dialect (the suite's schema with its datasource provider
//     rewritten to sqlserver) and compares the statements, their bind
//     arguments and compile errors with testdata/<suite>/noengine.txt.
//     `go test ./internal/mssqlgolden -update` rewrites those files.
//   - TestPrisma reads testdata/<suite>/prisma.txt, the output of
//     `prisma-ref plan --providers sqlserver --sql-only` for the same schema
//     and requests (recorded once with record.sh; the tests never need Node),
//     and compares, wherever Prisma compiled the request, noengine's
//     statements with Prisma's: their number, kind (query or execute), verb
//     and table, in order. testdata/<suite>/compare.txt, pinned too, gives
//     each request a verdict and shows both texts wherever they differ:
//     same; text (same shapes, other texts: aliases, qualified names, ORDER
//     BY 1 against ORDER BY (SELECT NULL), ...); reads (the statements that
//     write agree in shape and order, the SELECTs differ in number or
//     order); key-rewrite (so do they, but for an UPDATE Prisma runs after
//     some nested creates that sets a created record's referenced fields to
//     the values they hold); write-order (the same writes in another order:
//     the nested-write planner's order, which is the same for every
//     database); prisma-error (Prisma did not compile the request: both
//     sides' errors are shown); control (an interactive-transaction line).
//     Any other difference in the writes ("shape") fails the test unless
//     knownShapeDiffs lists it with a reason (it lists none).
//
// Batches are compiled item by item (noengine's client compacts findUnique
// batches at run time, Prisma's compiler at compile time), so a compacted
// batch shows as "reads".
//
// parsecheck.cjs parses every pinned statement with node-sql-parser's
// TransactSQL grammar (a development check that needs Node, not a test):
// all of them parse, but the MERGE statements, which that grammar lacks.
//
// # Schemas
//
// SQL Server has no enums, no Json and no scalar lists. A suite whose schema
// declares enums is compiled with every enum field turned into a String
// field (defaults quoted); Prisma is recorded with the same rewritten schema
// (testdata/<suite>/schema.prisma), so both sides compile the same thing.
// Suites whose schema is invalid on SQL Server for another reason (Json
// fields, scalar lists, native types of another database) are skipped, and
// the reason is written to testdata/skipped.txt.
package mssqlgolden
