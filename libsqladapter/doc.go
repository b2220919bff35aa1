// Package libsqladapter is noengine's libSQL (Turso) adapter, built on
// github.com/tursodatabase/libsql-client-go. It implements
// [adapter.Adapter], [adapter.Tx], [adapter.Savepointer] and
// [adapter.ScriptExecer] and behaves like Prisma 7.10's @prisma/adapter-libsql:
// the SQLite dialect, the same value conversions and column types as
// sqliteadapter, errors by SQLite extended result code.
//
// # Opening
//
// [Open] takes a remote URL, reached with Hrana over HTTP through
// libsql-client-go ("libsql://db-org.turso.io?authToken=...", TLS;
// "https://..."; "http://host:port" with [Options].AuthToken), or a local
// SQLite file ("file:./dev.db", ":memory:"), opened as sqliteadapter opens
// it: with github.com/mattn/go-sqlite3 in builds with cgo (the driver
// libsql-client-go itself delegates file: URLs to), with
// modernc.org/sqlite (pure Go) without. [New] wraps a *sql.DB the caller
// opened through libsql-client-go (or either SQLite driver); the adapter
// never closes it.
//
// [Adapter.Info] reports provider sqlite, flavor "libsql", name
// "noengine/libsqladapter" and 999 bind values.
//
// # Values
//
// Arguments are converted exactly as sqliteadapter converts them (see its
// documentation): Int and Float as doubles (exact int64 beyond 2^53),
// BigInt as int64, Decimal as a double, booleans as the doubles 1 and 0,
// DateTime in the configured [TimestampFormat] (ISO-8601 text, the default,
// or Unix milliseconds), Bytes as BLOBs (base64 strings decoded), lists
// rejected. (@libsql/client binds a boolean as an integer, but returns
// integers as JavaScript numbers by default, so that Prisma's answers for
// "SELECT ?" with a boolean are those of better-sqlite3; with noengine's
// exact int64 rows, binding doubles gives those answers.)
//
// Rows are read and typed as on SQLite: column types from the declared
// types (exact, case-insensitive matches as in Prisma), inferred from the
// values for expressions; integers are int64 all the way (Hrana carries
// them as decimal strings, never as floats); text in DateTime columns
// comes back exactly as stored and numbers there as Unix milliseconds;
// Bytes keep their zero bytes, and an empty BLOB is []byte{}, not NULL.
// One value cannot cross HTTP: JSON has no infinities, so a REAL that is
// ±Inf comes back as NULL from a remote database (sqld writes null).
//
// libsql-client-go does not expose the declared types it receives, and
// parses the text of TIMESTAMP and DATETIME columns into time.Time, which
// loses the stored text. The adapter therefore reads the declared types
// from the client's rows by reflection and clears them before the values
// are read; every step of that path is checked, and a client version that
// changes it makes the package's tests fail (column types would then be
// inferred from the values).
//
// # Transactions
//
// Each transaction runs on its own connection of the pool; on a remote
// database that is one Hrana stream, whose baton libsql-client-go passes
// from request to request. SQLite only has serializable transactions:
// Begin accepts LevelDefault and LevelSerializable and reports
// InvalidIsolationLevel for every other level. A read-write transaction
// starts with BEGIN IMMEDIATE, a ReadOnly one with BEGIN. The context given
// to Begin bounds starting the transaction, not its life. A remote server
// ends a stream left idle too long (sqld: 10s), and its transaction with
// it; the next statement then fails with ConnectionClosed.
//
// When a statement's context ends while it runs on a remote database,
// libsql-client-go abandons the HTTP request and the server closes the
// stream, rolling back its transaction: the adapter returns the context's
// error and discards the connection, and a later Rollback succeeds.
//
// # Errors
//
// Errors are *adapter.Error values classified as Prisma's libsql adapter
// classifies them, by SQLite extended result code, with OriginalCode set to
// the code in decimal ("2067") and the database-specific kind carrying the
// code. On a local file the code comes from the SQLite driver. Over HTTP,
// libsql-client-go keeps only the message of a Hrana error and drops its
// code (which sqld sends as the primary code's name, "SQLITE_CONSTRAINT",
// and other servers as an extended name or a number); the adapter strips
// sqld's "SQLite error: " prefix and recovers the extended code from
// SQLite's fixed messages: "UNIQUE constraint failed: ..." (2067; a PRIMARY
// KEY violation, 1555 on a local file, reads the same), "NOT NULL ...",
// "FOREIGN KEY ...", "CHECK ...", "database is locked", and SQLITE_ERROR
// for the rest, which Prisma tells apart by message anyway ("no such
// table", "no such column"). A code that does reach the adapter in the text
// of an HTTP error is parsed as a name or a number. Prisma's own adapter
// gets no code over HTTP either and reports every remote error as a generic
// sqlite error; the adapter reports them as on a local file instead.
// HTTP failures become AuthenticationFailed (401, 403),
// DatabaseNotReachable, TlsConnectionError, SocketTimeout or
// ConnectionClosed (an expired or refused stream).
//
// # Testing
//
// No libSQL server (sqld) can be run where noengine is built. The remote
// path is tested with the real libsql-client-go over loopback HTTP against
// an in-test Hrana server (internal/hranatest) that follows sqld's sources;
// the conformance suite and the end-to-end corpus run over it and over
// file:. Behaviour of a real sqld or of Turso beyond what that server
// reproduces (replication, Protobuf, WebSocket, server-side limits) is not
// verified here.
package libsqladapter
