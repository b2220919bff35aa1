package libsqladapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"sync/atomic"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// Name is the adapter name reported by [Adapter.Info].
const Name = "noengine/libsqladapter"

// maxBindValues is the bind-parameter cap Prisma assumes for SQLite.
const maxBindValues = 999

// TimestampFormat selects how DateTime arguments are written. Both formats are
// always read. It is the same type as sqliteadapter.TimestampFormat.
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
	// AuthToken is sent to a remote server as "Authorization: Bearer
	// <token>" (a Turso database token). An authToken parameter of the URL
	// takes precedence. Only [Open] uses it.
	AuthToken string
	// BusyTimeout is how long a statement on a local file: database waits
	// for a lock held by another connection (zero: 5s). Only [Open] uses
	// it; a remote server has its own.
	BusyTimeout time.Duration
}

// Adapter is a libSQL database (remote over Hrana/HTTP, or a local file)
// behind a database/sql pool. It is safe for concurrent use.
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

// New wraps db, a pool opened through libsql-client-go (sql.Open("libsql",
// url) or sql.OpenDB(libsql.NewConnector(url, ...))), or a pool of a local
// database opened with github.com/mattn/go-sqlite3 (cgo) or
// modernc.org/sqlite. [Adapter.Close] does not close db. Info's
// ServerVersion is left empty.
func New(db *sql.DB, opts Options) *Adapter {
	return newAdapter(db, false, opts, "")
}

func newAdapter(db *sql.DB, owned bool, opts Options, version string) *Adapter {
	return &Adapter{
		db:    db,
		owned: owned,
		opts:  opts,
		conv:  sqlitecore.ArgConverter{Prefix: "libsqladapter", Format: opts.TimestampFormat},
		info: adapter.Info{
			Provider:      adapter.ProviderSQLite,
			Name:          Name,
			Flavor:        "libsql",
			MaxBindValues: maxBindValues,
			ServerVersion: version,
		},
	}
}

// DB returns the pool the adapter runs on.
func (a *Adapter) DB() *sql.DB { return a.db }

// Options returns the options the adapter was created with.
func (a *Adapter) Options() Options { return a.opts }

// Info describes the adapter: provider sqlite, flavor "libsql", 999 bind
// values, no relation joins, and the server's SQLite version when [Open]
// could ask for it.
func (a *Adapter) Info() adapter.Info { return a.info }

// ConnectionsInUse reports how many connections of the pool are checked out
// (by running statements or open transactions). Tests use it to find leaks.
func (a *Adapter) ConnectionsInUse() int { return a.db.Stats().InUse }

// Close marks the adapter closed and, when [Open] created the pool, closes
// it. Statements and transactions started afterwards fail with a
// ConnectionClosed error. Close is idempotent.
//
// For a remote database, libsql-client-go closes each connection's stream
// by a request it sends from a goroutine of its own, through
// http.DefaultClient; those goroutines end with their request, and the
// keep-alive connections they leave belong to http.DefaultTransport.
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
	for attempt := 0; ; attempt++ {
		conn, err := a.conn(ctx)
		if err != nil {
			return nil, err
		}
		rs, err := a.query(ctx, conn, q)
		conn.Close()
		if retryable(ctx, err, attempt) {
			continue
		}
		return rs, err
	}
}

// Exec runs a statement and returns the number of rows it inserted, updated
// or deleted. Statements that change no rows by themselves (CREATE, SELECT,
// PRAGMA...) report 0.
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	for attempt := 0; ; attempt++ {
		conn, err := a.conn(ctx)
		if err != nil {
			return 0, err
		}
		n, err := a.exec(ctx, conn, q)
		conn.Close()
		if retryable(ctx, err, attempt) {
			continue
		}
		return n, err
	}
}

// retryable reports whether a statement outside a transaction failed before
// it was sent, on a pooled connection whose stream had been closed
// (libsql-client-go reports driver.ErrBadConn then); it is retried on
// another connection, as database/sql retries its own statements.
func retryable(ctx context.Context, err error, attempt int) bool {
	var d *discardedError
	return err != nil && attempt < 2 && ctx.Err() == nil && errors.Is(err, driver.ErrBadConn) && !errors.As(err, &d)
}

// ExecScript runs a script of semicolon-separated statements. On a remote
// database libsql-client-go sends it as one Hrana batch whose steps run
// while the previous one succeeded.
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	conn, err := a.conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		ex, ok := dc.(driver.ExecerContext)
		if !ok {
			return errNotSupported
		}
		_, err := ex.ExecContext(ctx, script, nil)
		return discardIfBroken(ctx, err)
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

var errNotSupported = errors.New("libsqladapter: the *sql.DB's driver connections implement neither driver.QueryerContext nor driver.ExecerContext; open it with libsql-client-go, go-sqlite3 or modernc.org/sqlite")

func errClosed() error {
	return &adapter.Error{Kind: adapter.ConnectionClosed, Message: "libsqladapter: adapter is closed"}
}

// query runs q on conn.
func (a *Adapter) query(ctx context.Context, conn *sql.Conn, q *adapter.Query) (*adapter.ResultSet, error) {
	args, err := a.conv.BindArgs(nil, q)
	if err != nil {
		return nil, err
	}
	var rs *adapter.ResultSet
	err = conn.Raw(func(dc any) error {
		qc, ok := dc.(driver.QueryerContext)
		if !ok {
			return errNotSupported
		}
		rows, err := qc.QueryContext(ctx, q.SQL, args)
		if err != nil {
			return discardIfBroken(ctx, sqlitecore.CheckParamCount(ctx, dc, q.SQL, len(args), err))
		}
		stop := sqlitecore.InterruptOnDone(ctx, dc) // modernc.org/sqlite (local files)
		rs, err = sqlitecore.ReadRows(rows, declTypes)
		if cerr := rows.Close(); err == nil && cerr != nil {
			err = cerr
		}
		stop()
		return discardIfBroken(ctx, err)
	})
	if err != nil {
		return nil, mapError(ctx, err)
	}
	return rs, nil
}

// exec runs q on conn.
func (a *Adapter) exec(ctx context.Context, conn *sql.Conn, q *adapter.Query) (int64, error) {
	args, err := a.conv.BindArgs(nil, q)
	if err != nil {
		return 0, err
	}
	var n int64
	err = conn.Raw(func(dc any) error {
		ex, ok := dc.(driver.ExecerContext)
		if !ok {
			return errNotSupported
		}
		res, err := ex.ExecContext(ctx, q.SQL, args)
		if err != nil {
			return discardIfBroken(ctx, sqlitecore.CheckParamCount(ctx, dc, q.SQL, len(args), err))
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, mapError(ctx, err)
	}
	if !sqlitecore.ChangesRows(q.SQL) {
		return 0, nil
	}
	return n, nil
}
