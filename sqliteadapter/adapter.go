package sqliteadapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// Name is the adapter name reported by [Adapter.Info].
const Name = "noengine/sqliteadapter"

// maxBindValues is the bind-parameter cap Prisma assumes for SQLite.
const maxBindValues = 999

// TimestampFormat selects how DateTime arguments are written. Both formats are
// always read. It is the same type as libsqladapter.TimestampFormat.
type TimestampFormat = sqlitecore.TimestampFormat

const (
	// TimestampISO8601 writes TEXT such as "2024-05-06T07:08:09.123+00:00":
	// UTC, three fraction digits, as JavaScript's
	// date.toISOString().replace('Z', '+00:00'). This is Prisma 7's default.
	TimestampISO8601 = sqlitecore.TimestampISO8601
	// TimestampUnixEpochMS writes an INTEGER of milliseconds since the Unix
	// epoch, the format of Prisma's Rust query engine.
	TimestampUnixEpochMS = sqlitecore.TimestampUnixEpochMS
)

// Options configures an [Adapter].
type Options struct {
	// TimestampFormat is the format DateTime arguments are written in.
	// The zero value is TimestampISO8601.
	TimestampFormat TimestampFormat
	// BusyTimeout is how long a statement waits for a lock held by another
	// connection before failing with SQLITE_BUSY (a SocketTimeout error).
	// Only [Open] uses it; zero means 5s, the default of better-sqlite3.
	// A URL parameter socket_timeout (seconds) overrides it.
	BusyTimeout time.Duration
}

// Adapter is a SQLite database behind a database/sql pool. It is safe for
// concurrent use.
type Adapter struct {
	db     *sql.DB
	owned  bool // Open opened db; Close closes it
	opts   Options
	conv   sqlitecore.ArgConverter
	info   adapter.Info
	closed atomic.Bool
}

var (
	_ adapter.Adapter      = (*Adapter)(nil)
	_ adapter.ScriptExecer = (*Adapter)(nil)
)

// New wraps db, a pool opened with either SQLite driver:
//
//   - github.com/mattn/go-sqlite3 ("sqlite3"), which needs cgo;
//   - modernc.org/sqlite ("sqlite"), pure Go, in builds with or without
//     cgo.
//
// [DriverName] is the one the build links (and [Open] uses): sql.Open(
// sqliteadapter.DriverName, dsn) works either way. The adapter does not
// change the connections' settings: to enforce foreign keys and wait for
// locks as Prisma does, open db with "_foreign_keys=on&_busy_timeout=5000"
// in its DSN (as [Open] does; both drivers read these parameters). With
// go-sqlite3, adding "_stmt_cache_size=128" lets the driver reuse prepared
// statements. [Adapter.Close] does not close db.
//
// A modernc.org/sqlite pool in a build with cgo (which does not link that
// driver) works with two differences: the end of a context interrupts only
// the first step of a statement (the driver's own watch), not the reading
// of its further rows, and Info's ServerVersion is empty.
func New(db *sql.DB, opts Options) *Adapter {
	return newAdapter(db, false, opts)
}

func newAdapter(db *sql.DB, owned bool, opts Options) *Adapter {
	version := sqlitecore.Version(db.Driver())
	return &Adapter{
		db:    db,
		owned: owned,
		opts:  opts,
		conv:  sqlitecore.ArgConverter{Prefix: "sqliteadapter", Format: opts.TimestampFormat},
		info: adapter.Info{
			Provider:      adapter.ProviderSQLite,
			Name:          Name,
			MaxBindValues: maxBindValues,
			ServerVersion: version,
		},
	}
}

// DB returns the pool the adapter runs on.
func (a *Adapter) DB() *sql.DB { return a.db }

// Options returns the options the adapter was created with.
func (a *Adapter) Options() Options { return a.opts }

// Info describes the adapter: provider sqlite, 999 bind values, no relation
// joins, and the SQLite library version.
func (a *Adapter) Info() adapter.Info { return a.info }

// ConnectionsInUse reports how many connections of the pool are checked out
// (by running statements or open transactions). Tests use it to find leaks.
func (a *Adapter) ConnectionsInUse() int { return a.db.Stats().InUse }

// Close marks the adapter closed and, when [Open] created the pool, closes
// it. Statements and transactions started afterwards fail with a
// ConnectionClosed error. Close is idempotent.
func (a *Adapter) Close() error {
	if a.closed.Swap(true) {
		return nil
	}
	if a.owned {
		return a.db.Close()
	}
	return nil
}

// Query runs a statement and returns its rows. A statement that returns no
// rows (an INSERT without RETURNING) gives an empty result set.
func (a *Adapter) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	conn, err := a.conn(ctx)
	if err != nil {
		return nil, err
	}
	rs, err := a.query(ctx, conn, q)
	conn.Close()
	return rs, err
}

// Exec runs a statement and returns the number of rows it inserted, updated
// or deleted. As with better-sqlite3, statements that change no rows by
// themselves (CREATE, SELECT, PRAGMA...) report 0.
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	conn, err := a.conn(ctx)
	if err != nil {
		return 0, err
	}
	n, err := a.exec(ctx, conn, q)
	conn.Close()
	return n, err
}

// ExecScript runs a script of semicolon-separated statements, as
// better-sqlite3's db.exec does.
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	conn, err := a.conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		ex, ok := dc.(driver.ExecerContext)
		if !ok {
			return errNotSQLite
		}
		_, err := ex.ExecContext(ctx, script, nil)
		return err
	})
	return mapError(ctx, err)
}

// conn takes a connection from the pool.
func (a *Adapter) conn(ctx context.Context) (*sql.Conn, error) {
	if a.closed.Load() {
		return nil, errClosed()
	}
	conn, err := a.db.Conn(ctx)
	if err != nil {
		return nil, mapError(ctx, err)
	}
	return conn, nil
}

var errNotSQLite = errors.New("sqliteadapter: the *sql.DB's driver connections implement neither driver.QueryerContext nor driver.ExecerContext; use github.com/mattn/go-sqlite3 or modernc.org/sqlite")

func errClosed() error {
	return &adapter.Error{Kind: adapter.ConnectionClosed, Message: "sqliteadapter: adapter is closed"}
}

// query runs q on conn.
func (a *Adapter) query(ctx context.Context, conn *sql.Conn, q *adapter.Query) (*adapter.ResultSet, error) {
	r := queryRuns.Get().(*queryRun)
	args, err := a.conv.BindArgs(r.args, q)
	r.ctx, r.sql, r.args = ctx, q.SQL, args
	if err == nil {
		err = conn.Raw(r.fn)
	}
	rs := r.rs
	*r = queryRun{fn: r.fn, args: sqlitecore.RecycleArgs(args)}
	queryRuns.Put(r)
	if err != nil {
		return nil, mapError(ctx, err)
	}
	return rs, nil
}

// queryRun carries one Query through sql.Conn.Raw. They are pooled with
// their bound method value, so that a statement allocates neither.
type queryRun struct {
	ctx  context.Context
	sql  string
	args []driver.NamedValue // owned buffer, reused
	rs   *adapter.ResultSet
	fn   func(any) error // r.run
}

var queryRuns = sync.Pool{New: func() any {
	r := &queryRun{}
	r.fn = r.run
	return r
}}

func (r *queryRun) run(dc any) error {
	qc, ok := dc.(driver.QueryerContext)
	if !ok {
		return errNotSQLite
	}
	rows, err := qc.QueryContext(r.ctx, r.sql, r.args)
	if err != nil {
		return sqlitecore.CheckParamCount(r.ctx, dc, r.sql, len(r.args), err)
	}
	stop := sqlitecore.InterruptOnDone(r.ctx, dc)
	rs, err := sqlitecore.ReadRows(rows, sqlitecore.DeclTypes)
	if cerr := rows.Close(); err == nil && cerr != nil {
		err = cerr
	}
	stop()
	if err != nil {
		return err
	}
	r.rs = rs
	return nil
}

// exec runs q on conn.
func (a *Adapter) exec(ctx context.Context, conn *sql.Conn, q *adapter.Query) (int64, error) {
	r := execRuns.Get().(*execRun)
	args, err := a.conv.BindArgs(r.args, q)
	r.ctx, r.sql, r.args = ctx, q.SQL, args
	if err == nil {
		err = conn.Raw(r.fn)
	}
	n := r.n
	*r = execRun{fn: r.fn, args: sqlitecore.RecycleArgs(args)}
	execRuns.Put(r)
	if err != nil {
		return 0, mapError(ctx, err)
	}
	if !sqlitecore.ChangesRows(q.SQL) {
		return 0, nil
	}
	return n, nil
}

// execRun carries one Exec through sql.Conn.Raw, pooled like queryRun.
type execRun struct {
	ctx  context.Context
	sql  string
	args []driver.NamedValue // owned buffer, reused
	n    int64
	fn   func(any) error // r.run
}

var execRuns = sync.Pool{New: func() any {
	r := &execRun{}
	r.fn = r.run
	return r
}}

func (r *execRun) run(dc any) error {
	ex, ok := dc.(driver.ExecerContext)
	if !ok {
		return errNotSQLite
	}
	res, err := ex.ExecContext(r.ctx, r.sql, r.args)
	if err != nil {
		return sqlitecore.CheckParamCount(r.ctx, dc, r.sql, len(r.args), err)
	}
	r.n, err = res.RowsAffected()
	return err
}
