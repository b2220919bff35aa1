// Package sqliteadapter is noengine's SQLite adapter. It implements
// [adapter.Adapter], [adapter.Tx], [adapter.Savepointer] and
// [adapter.ScriptExecer] and behaves like Prisma 7.10's
// @prisma/adapter-better-sqlite3: same value conversions, same column types,
// same error kinds and error details.
//
// # Drivers
//
// The adapter works without cgo. Which SQLite driver [Open] uses is chosen
// when the program is built ([DriverName]):
//
//   - with cgo (CGO_ENABLED=1 and a C compiler, Go's default where one is
//     installed), github.com/mattn/go-sqlite3, the C SQLite library
//     ("sqlite3"); it is the faster of the two, and the one noengine's
//     benchmarks run on;
//   - without cgo (CGO_ENABLED=0), modernc.org/sqlite, SQLite translated to
//     Go ("sqlite"); a program built so needs no C toolchain.
//
// Measured with this package's benchmarks (BenchmarkQuery, BenchmarkExec)
// and internal/bench's BenchmarkE2E on SQLite, modernc.org/sqlite takes
// about twice the time of go-sqlite3 for a one-row query through the
// adapter (it prepares every statement anew; go-sqlite3 keeps a statement
// cache), about the same for a hundred rows, and 1.0 to 1.6 times the CPU
// time of a whole request through the client (1.3 times in the geometric
// mean); writes are bound by the disk's fsync with either.
//
// Both answer alike: the same URLs and options, values read as stored
// (neither driver's own DATETIME or BOOLEAN conversion is used), errors
// classified by the driver's extended result code, statements interrupted
// when their context ends. Only a program built with cgo links go-sqlite3,
// and only one built without links modernc.org/sqlite.
//
// # Opening
//
// [New] wraps a *sql.DB the caller opened with either driver (see New for a
// modernc.org/sqlite pool in a build with cgo); the adapter never closes it.
// [Open] opens a Prisma-style URL ("file:./dev.db", "file:/abs/dev.db",
// ":memory:") with foreign keys enforced and a busy timeout, as Prisma's
// SQLite connector does; [Adapter.Close] closes what Open opened. The URL's
// go-sqlite3 parameters ("_journal_mode=WAL", "_cache_size=-20000", ...)
// mean the same with modernc.org/sqlite: Open translates them (the pragmas
// modernc.org/sqlite has no parameter for become its
// "_pragma=name(value)"; _stmt_cache_size, _loc and _mutex are dropped;
// go-sqlite3's _auth parameters are refused).
//
// # Values
//
// Arguments are converted as the better-sqlite3 adapter converts them:
//   - Decimal and Float strings become float64 (SQLite stores Decimal as REAL);
//   - Int values become float64 (Prisma binds JavaScript numbers as doubles;
//     an INTEGER column's affinity stores them as integers) unless they are
//     beyond ±2^53, which are bound exactly as int64;
//   - BigInt values are bound as int64, exactly;
//   - booleans become 1 or 0 (doubles, as Prisma binds them; a BOOLEAN
//     column stores them as integers);
//   - DateTime values are written in the configured [TimestampFormat]: TEXT
//     "2024-05-06T07:08:09.123+00:00" (always UTC, always milliseconds) or an
//     INTEGER of Unix milliseconds. ArgType.DBType is ignored, as Prisma does;
//   - Bytes are bound as BLOBs (base64 strings are decoded);
//   - lists are rejected: SQLite has no array type.
//
// Result columns get their [adapter.ColumnType] from the declared type of the
// column (DECIMAL → Numeric, FLOAT → Float, REAL/DOUBLE/NUMERIC → Double,
// INT/INTEGER/... → Int32, BIGINT/INT8 → Int64, DATETIME/TIMESTAMP → DateTime,
// DATE, TIME, TEXT/VARCHAR/... → Text, BLOB → Bytes, BOOLEAN → Boolean,
// JSONB → Json; an exact, case-insensitive match as in Prisma, so
// "VARCHAR(10)" is not declared but inferred). Columns without a declared type
// (expressions) take the type of their first non-null value (text → Text,
// integer → Int64, real → UnknownNumber, blob → Bytes), or Int32 when every
// value is null. Row values then follow Prisma's normalisation:
//   - integers are int64, reals float64, text string, blobs []byte;
//   - non-integral numbers in Int32/Int64 columns are truncated;
//   - numbers in DateTime columns are Unix milliseconds and come back as
//     JavaScript's toISOString text ("2024-01-02T03:04:05.678Z"); text in
//     DateTime columns comes back exactly as stored;
//   - numbers in Boolean columns come back as bool (true only for 1, as
//     Prisma's data mapper reads them).
//
// # Transactions
//
// Each transaction runs on its own connection of the pool. SQLite only has
// serializable transactions: Begin accepts LevelDefault and LevelSerializable
// and reports InvalidIsolationLevel for every other level. A read-write
// transaction starts with BEGIN IMMEDIATE, so that it takes the write lock up
// front and concurrent writers wait (up to the busy timeout) instead of
// failing with SQLITE_BUSY half-way through; a ReadOnly transaction starts
// with BEGIN. Prisma's better-sqlite3 adapter serialises transactions with a
// mutex on its single connection, so the observable behaviour is the same.
//
// The context passed to Begin bounds starting the transaction only; the
// transaction lives until Commit or Rollback. When a statement of a
// transaction is interrupted by its context, SQLite may roll the whole
// transaction back by itself: Commit then fails, and Rollback succeeds and
// returns the connection to the pool.
//
// # Errors
//
// Errors from SQLite are *adapter.Error values classified by SQLite's
// extended result code, with originalCode set to the code's name as
// better-sqlite3 spells it ("SQLITE_CONSTRAINT_UNIQUE", or
// "UNKNOWN_SQLITE_ERROR_<n>" for codes missing from its table). SQLite reports
// a missing table, a missing column and a syntax error with the same code
// (SQLITE_ERROR), so for those the message is the only detail available:
// "no such table: X" becomes TableDoesNotExist and "no such column: X" or
// "... has no column named X" ColumnNotFound, exactly as Prisma does. The
// driver's error (go-sqlite3's sqlite3.Error, modernc.org/sqlite's
// *sqlite.Error) stays reachable with errors.As. When a context ends a
// statement, the context's error is returned.
package sqliteadapter
