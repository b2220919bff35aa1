package sqliteadapter

import (
	"context"
	"database/sql"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// DefaultBusyTimeout is how long [Open]'s connections wait for a lock, the
// default of better-sqlite3.
const DefaultBusyTimeout = sqlitecore.DefaultBusyTimeout

// Open opens the SQLite database named by a Prisma-style URL and returns an
// adapter that owns the pool ([Adapter.Close] closes it).
//
// Accepted forms:
//
//	file:./dev.db        relative path
//	file:dev.db          relative path
//	file:/abs/path.db    absolute path
//	./dev.db, /abs.db    the same without "file:"
//	:memory:             a private in-memory database (also file::memory:)
//
// A relative path is resolved against the process's current directory when
// Open is called. That is what Prisma 7's driver adapters do (the URL goes to
// the driver as is); the Prisma CLI and Prisma 6's Rust engine resolved it
// against the directory of schema.prisma instead, so pass an absolute path,
// or call Open from that directory, to address the same file.
//
// Every connection has foreign keys enforced (PRAGMA foreign_keys = ON, as
// Prisma's SQLite connector sets) and waits up to the busy timeout for locks
// (opts.BusyTimeout, default 5s). An in-memory database lives in one
// connection, so its pool is limited to that connection: a transaction then
// holds the whole database until it ends.
//
// Query parameters: connection_limit=N caps the pool (as in Prisma's URLs),
// socket_timeout=S sets the busy timeout in seconds, SQLite's URI parameters
// (mode, cache, immutable, vfs, nolock, psow) and go-sqlite3's "_"-prefixed
// parameters (such as _journal_mode=WAL) are passed to the driver; anything
// else is an error. Built without cgo, Open uses modernc.org/sqlite, and
// translates go-sqlite3's parameters for it (see the package
// documentation).
func Open(ctx context.Context, rawURL string, opts Options) (*Adapter, error) {
	dsn, memory, limit, err := buildDSN(rawURL, &opts)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open(DriverName, dsn)
	if err != nil {
		return nil, err
	}
	switch {
	case memory:
		// Each connection to ":memory:" is a database of its own: keep
		// exactly one, forever.
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	case limit > 0:
		db.SetMaxOpenConns(limit)
		db.SetMaxIdleConns(limit)
	default:
		db.SetMaxIdleConns(8)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, mapError(ctx, err)
	}
	return newAdapter(db, true, opts), nil
}

// buildDSN turns a Prisma URL into a DSN of [DriverName] and sets
// opts.BusyTimeout to the busy timeout in effect.
func buildDSN(rawURL string, opts *Options) (dsn string, memory bool, limit int, err error) {
	d, err := sqlitecore.ParseFileURL(rawURL, opts.BusyTimeout, "sqliteadapter")
	if err != nil {
		return "", false, 0, err
	}
	opts.BusyTimeout = d.BusyTimeout
	return d.DSN, d.Memory, d.Limit, nil
}
