// Package adapter defines the contract between noengine's executor and a
// database driver: a small, ctx-first interface for running SQL, starting
// transactions and reporting errors in a closed set of kinds that mirror
// Prisma's driver adapter errors.
//
// An adapter knows nothing of Prisma schemas, JSON protocol or the compiler.
// It receives finished SQL text with bind arguments ([Query]) and returns
// rows ([ResultSet]) or an affected-row count.
//
// # Required interfaces
//
// Every adapter implements [Adapter] ([Queryable] plus Begin, Info and Close).
// A transaction returned by Begin implements [Tx].
//
// # Optional interfaces
//
// Abilities beyond the core are separate interfaces, discovered by type
// assertion as in database/sql/driver:
//
//   - [Savepointer] on a [Tx]: nested transactions through savepoints. The
//     executor reports P2028 "Nested transactions are not supported" without it.
//   - [ScriptExecer] on an [Adapter]: running a multi-statement script (used by
//     `noengine push`). Without it, push runs statements one by one.
//
// # Values
//
// Bind arguments in [Query.Args] are one of: nil, string, int64, float64,
// bool, []byte, time.Time, or []any (for ArgType.List). [ArgType] says what the
// value means: a Decimal or Json arrives as a string, a DateTime as a
// time.Time (DBType may ask for a DATE or TIME rendering), a Bytes value as
// []byte. Adapters convert arguments to what their driver needs.
//
// Row values in [ResultSet.Rows] are one of: nil, int64, float64, string,
// bool, []byte, time.Time or []any (array columns). Conventions:
//   - integers of any width are int64 (exact beyond 2^53);
//   - NUMERIC/DECIMAL values are decimal text (string), or float64 where the
//     database stores binary floats (SQLite REAL);
//   - JSON is JSON text (string);
//   - date and time values are time.Time, or text in the ISO-8601 shape
//     "YYYY-MM-DDTHH:MM:SS[.fff][+00:00|Z]" (dates "YYYY-MM-DD", times
//     "HH:MM:SS[.fff]") when the database stores text that must be returned as
//     stored (SQLite);
//   - booleans are bool, or int64 0/1 where the column has no boolean type.
//
// [ResultSet.Types] reports one [ColumnType] per column; it drives the type
// names of raw query results.
package adapter

import (
	"context"
)

// Provider names the SQL family an adapter speaks. It selects the dialect.
type Provider string

// The providers noengine knows. CockroachDB speaks the postgres provider.
const (
	ProviderSQLite    Provider = "sqlite"
	ProviderPostgres  Provider = "postgres"
	ProviderMySQL     Provider = "mysql"
	ProviderSQLServer Provider = "sqlserver"
)

// Queryable runs statements. Implementations must be safe for concurrent use
// when they are an [Adapter]; a [Tx] is used by one goroutine at a time.
type Queryable interface {
	// Query runs a statement that returns rows. On MySQL it is also used for
	// INSERT, reporting the new auto-increment key in ResultSet.LastInsertID.
	Query(ctx context.Context, q *Query) (*ResultSet, error)
	// Exec runs a statement and returns the number of affected rows.
	Exec(ctx context.Context, q *Query) (int64, error)
}

// Adapter is a connection pool (or a single connection) to one database.
type Adapter interface {
	Queryable
	// Begin starts a transaction with the given options. An isolation level the
	// adapter does not support must fail with an *Error of kind
	// InvalidIsolationLevel, never be silently downgraded.
	Begin(ctx context.Context, opts TxOptions) (Tx, error)
	// Info describes the adapter and the database it talks to.
	Info() Info
	// Close releases what the adapter owns. An adapter wrapping a pool the
	// caller passed in does not close that pool.
	Close() error
}

// Tx is an open transaction. After Commit or Rollback it must not be used.
type Tx interface {
	Queryable
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
}

// Savepointer is implemented by a [Tx] that supports savepoints.
type Savepointer interface {
	CreateSavepoint(ctx context.Context, name string) error
	RollbackToSavepoint(ctx context.Context, name string) error
	// ReleaseSavepoint may be a no-op where the database has no RELEASE (SQL Server).
	ReleaseSavepoint(ctx context.Context, name string) error
}

// ScriptExecer is implemented by an [Adapter] that can run a script of several
// semicolon-separated statements at once.
type ScriptExecer interface {
	ExecScript(ctx context.Context, script string) error
}

// Info describes an adapter.
type Info struct {
	// Provider selects the SQL dialect.
	Provider Provider
	// Name identifies the adapter, e.g. "noengine/sqliteadapter".
	Name string
	// SchemaName qualifies table names when set (PostgreSQL search path,
	// SQL Server schema). Empty means the dialect's default.
	SchemaName string
	// MaxBindValues caps the bind parameters of one statement. Zero means the
	// provider's default (SQLite 999, PostgreSQL 32766, MySQL 65535, SQL Server 2098).
	MaxBindValues int
	// SupportsRelationJoins reports that the database can load relations in one
	// statement with JSON aggregation (PostgreSQL, MySQL >= 8.0.14).
	SupportsRelationJoins bool
	// ServerVersion is the database's version string, when known.
	ServerVersion string
	// Flavor refines the provider: "mariadb", "cockroachdb", "libsql", or empty.
	Flavor string
}

// IsolationLevel is a transaction isolation level, as Prisma names them.
type IsolationLevel int

// Isolation levels. LevelDefault leaves the database's default in place.
const (
	LevelDefault IsolationLevel = iota
	LevelReadUncommitted
	LevelReadCommitted
	LevelRepeatableRead
	LevelSnapshot
	LevelSerializable
)

var levelNames = [...]string{"", "READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SNAPSHOT", "SERIALIZABLE"}

// String returns the SQL spelling ("READ COMMITTED"), or "" for LevelDefault.
func (l IsolationLevel) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return "UNKNOWN"
	}
	return levelNames[l]
}

// PrismaName returns the JSON-protocol spelling ("ReadCommitted").
func (l IsolationLevel) PrismaName() string {
	switch l {
	case LevelReadUncommitted:
		return "ReadUncommitted"
	case LevelReadCommitted:
		return "ReadCommitted"
	case LevelRepeatableRead:
		return "RepeatableRead"
	case LevelSnapshot:
		return "Snapshot"
	case LevelSerializable:
		return "Serializable"
	}
	return ""
}

// ParseIsolationLevel parses the JSON-protocol spelling ("Serializable").
func ParseIsolationLevel(s string) (IsolationLevel, bool) {
	switch s {
	case "ReadUncommitted":
		return LevelReadUncommitted, true
	case "ReadCommitted":
		return LevelReadCommitted, true
	case "RepeatableRead":
		return LevelRepeatableRead, true
	case "Snapshot":
		return LevelSnapshot, true
	case "Serializable":
		return LevelSerializable, true
	}
	return LevelDefault, false
}

// TxOptions configures [Adapter.Begin].
type TxOptions struct {
	Isolation IsolationLevel
	ReadOnly  bool
}

// Context rules, as in database/sql and pgx:
//   - Begin's ctx bounds starting the transaction only; the transaction lives
//     until Commit or Rollback.
//   - A statement ended by its ctx returns an error wrapping ctx.Err().
