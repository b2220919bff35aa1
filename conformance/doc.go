// Package conformance is the test suite every noengine adapter runs: ours,
// and any third-party adapter for a driver or database noengine does not ship.
//
// An adapter's own test hands [Run] a factory and the capabilities it claims:
//
//	func TestConformance(t *testing.T) {
//		conformance.Run(t, conformance.Config{
//			Provider: adapter.ProviderSQLite,
//			New: func(t testing.TB) adapter.Adapter {
//				a, err := myadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "c.db"))
//				if err != nil {
//					t.Fatal(err)
//				}
//				return a
//			},
//			Capabilities: conformance.Capabilities{
//				IsolationLevels: []adapter.IsolationLevel{adapter.LevelSerializable},
//				Savepoints:      true,
//				JSON:            true,
//				TimestampFormat: "iso8601",
//			},
//		})
//	}
//
// Run runs named subtests, so one part can be run alone:
//
//	go test -race -run 'TestConformance/Types/BigInt' ./myadapter
//
// The groups are Types (value round trips and reported column types),
// TimestampFormat (SQLite's DateTime storage), Errors (error kinds and
// details), Tx (commit, rollback, savepoints, isolation levels, abandonment by
// context), Cancel (context cancellation of running statements), Concurrency
// (32 goroutines on one adapter, with leak checks), and EndToEnd (recorded
// Prisma 7.10 requests and answers through a whole noengine client).
//
// Like golang.org/x/net/nettest.TestConn, the suite is written to produce no
// false positives and to be run with -race. A subtest is skipped, with the
// reason printed, only when the adapter does not claim the capability it
// needs; a subtest never passes without checking something. Every statement
// runs under a deadline, so a hanging adapter fails instead of stalling the
// test binary.
//
// # End to end
//
// EndToEnd runs the corpus of recorded requests for the provider (the same
// one noengine's own tests run: reads, writes, nested writes, transactions,
// batches, aggregations, raw queries and errors, each answer recorded from
// Prisma 7.10 on a real database) through a noengine client on a fresh
// adapter per suite: the suite's schema is pushed with package ddl, every
// request answered and compared with Prisma's answer, and the database
// state after every write compared too. Data must be equal; an error the
// adapter raised compares by P-code, error kind and constraint, since driver
// messages differ between drivers of one database. Adapters claiming
// TimestampFormat "unixepoch-ms" run a corpus recorded with that format.
// SQL Server has no recorded corpus (Prisma cannot create its tables
// offline), so the group is skipped there, saying so.
//
// # Requirements on the factory
//
// Config.New is called once per subtest and must return a fresh adapter on a
// database in which the suite may create and drop tables; their names start
// with "conf_". EndToEnd calls it once per corpus suite and needs the
// database empty: its suites create tables with ordinary names (User, Post). The adapter must allow at least two concurrent connections
// (the isolation tests hold two transactions at once; an in-memory SQLite
// database with a single connection would deadlock). The suite closes the
// adapter when the subtest ends (Close may therefore be called twice: once by
// a test that checks for leaks, once by the cleanup); anything else New
// created (temporary files, a database) is New's to clean up with
// t.Cleanup. Goroutines the adapter starts must end when it is closed: the
// concurrency test counts them.
//
// # What the suite expects beyond the adapter package contract
//
//   - A statement ended by its context returns an error that wraps the
//     context's error (errors.Is(err, context.Canceled) or
//     context.DeadlineExceeded), within a few seconds, and the adapter stays
//     usable.
//   - The context given to Begin bounds starting the transaction only (as
//     pgx's BeginTx): the transaction stays usable after it ends, until
//     Commit or Rollback. noengine's client relies on this.
//   - After a statement of a transaction was ended by its context, Rollback
//     leaves no trace of the transaction: no rows, no locks, no connection
//     checked out.
//   - A Tx fails every call after Commit or Rollback.
//   - An adapter implementing [ConnectionCounter] has no connection checked
//     out once every statement and transaction has ended.
//
// # Expected column types
//
// The column types the suite expects an adapter to report are Prisma 7.10's:
// those of @prisma/adapter-better-sqlite3, adapter-pg, adapter-mariadb and
// adapter-mssql for the same columns (for instance enums are text on
// PostgreSQL and MySQL, MySQL's BOOLEAN is an int, SQLite's JSONB declared
// type is JSON). The SQLite, PostgreSQL and MySQL expectations were checked
// against real databases and prisma-ref; the SQL Server ones come from
// adapter-mssql's sources only.
//
// # Capabilities
//
// [Capabilities] lists what the adapter claims. Each flag switches subtests
// on; a flag that is not claimed skips them with the reason:
//
//   - IsolationLevels: the levels Begin accepts besides LevelDefault. Each one
//     is checked with an anomaly it must prevent or allow (Tx/Isolation/...):
//     ReadUncommitted and ReadCommitted must show a non-repeatable read,
//     ReadCommitted must not show a dirty read, RepeatableRead and Snapshot
//     must not show a non-repeatable read, Serializable must not let write
//     skew through. Every level not listed must fail with InvalidIsolationLevel
//     and the level's SQL spelling in Error.Level.
//   - Savepoints: the Tx implements adapter.Savepointer and savepoints work,
//     nested too.
//   - ScalarLists: list arguments (ArgType.List) and array columns round-trip
//     (PostgreSQL). Without it, a list argument must be rejected with an
//     error, never stored.
//   - JSON: the provider has a JSON column type (PostgreSQL JSONB, MySQL
//     JSON, SQLite's JSONB declared type): the JSON column reports TypeJSON.
//     Without it JSON is stored in a text column and reported as text.
//   - NativeEnums: enum column types exist (PostgreSQL CREATE TYPE, MySQL
//     ENUM) and round-trip.
//   - Returning: INSERT ... RETURNING (SQLite, PostgreSQL, MariaDB) returns
//     the inserted row through Query.
//   - LastInsertID: Query of an INSERT reports the new auto-increment key in
//     ResultSet.LastInsertID (MySQL).
//   - WriteConflicts: the database detects deadlocks and serialization
//     failures and the adapter reports TransactionWriteConflict.
//   - ExactDecimals: decimals are stored and returned exactly, with 30 digits
//     of scale, as decimal text. Without it (SQLite stores REAL) decimals
//     round-trip as float64.
//   - LengthChecks: a value too long for a VARCHAR(n) column fails with
//     LengthMismatch (SQLite does not check lengths).
//   - RangeChecks: an integer too large for an INT column fails with
//     ValueOutOfRange (SQLite integers are all 64-bit).
//   - DateAndTime: DATE and TIME columns exist (every provider but SQLite).
//   - UUID: a native UUID column type exists and reports TypeUUID.
//   - TimestampFormat: for SQLite-family adapters, the DateTime storage
//     format this adapter instance writes, "iso8601" or "unixepoch-ms". Empty
//     skips the TimestampFormat group; run the suite once per format.
package conformance
