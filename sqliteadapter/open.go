package sqliteadapter

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"github.com/noengine/noengine/adapter"
)

// DefaultBusyTimeout is how long [Open]'s connections wait for a lock, the
// default of better-sqlite3.
const DefaultBusyTimeout = 5 * time.Second

// stmtCacheSize is the number of prepared statements go-sqlite3 keeps per
// connection of a pool opened by [Open].
const stmtCacheSize = 128

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
// else is an error.
func Open(ctx context.Context, rawURL string, opts Options) (*Adapter, error) {
	dsn, memory, limit, err := buildDSN(rawURL, &opts)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn)
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

// buildDSN turns a Prisma URL into a go-sqlite3 DSN.
func buildDSN(rawURL string, opts *Options) (dsn string, memory bool, limit int, err error) {
	path, query, _ := strings.Cut(strings.TrimPrefix(rawURL, "file:"), "?")
	params, err := url.ParseQuery(query)
	if err != nil {
		return "", false, 0, urlError(rawURL, err.Error())
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	pass := url.Values{}
	for k, vs := range params {
		v := vs[len(vs)-1]
		switch {
		case k == "connection_limit":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return "", false, 0, urlError(rawURL, "connection_limit must be a positive integer")
			}
			limit = n
		case k == "socket_timeout":
			s, err := strconv.ParseFloat(v, 64)
			if err != nil || s < 0 {
				return "", false, 0, urlError(rawURL, "socket_timeout must be a number of seconds")
			}
			busy = time.Duration(s * float64(time.Second))
		case k == "mode" || k == "cache" || k == "immutable" || k == "vfs" || k == "nolock" || k == "psow" || strings.HasPrefix(k, "_"):
			pass[k] = vs
		default:
			return "", false, 0, urlError(rawURL, "unknown parameter "+strconv.Quote(k))
		}
	}
	memory = path == ":memory:" || path == "" || params.Get("mode") == "memory"
	if !memory {
		if path, err = filepath.Abs(path); err != nil {
			return "", false, 0, urlError(rawURL, err.Error())
		}
	}
	opts.BusyTimeout = busy
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	q.Set("_stmt_cache_size", strconv.Itoa(stmtCacheSize))
	for k, vs := range pass {
		q[k] = vs // the URL's own settings win
	}
	var b strings.Builder
	b.WriteString("file:")
	if path == "" || path == ":memory:" {
		b.WriteString(":memory:")
	} else {
		b.WriteString(escapePath(filepath.ToSlash(path)))
	}
	b.WriteByte('?')
	b.WriteString(q.Encode())
	return b.String(), memory, limit, nil
}

// escapePath escapes what SQLite's URI parser would take for the start of
// the query or fragment, or for an escape.
func escapePath(p string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

func urlError(rawURL, msg string) error {
	return &adapter.Error{Kind: adapter.InvalidInputValue, Message: "sqliteadapter: invalid URL " + strconv.Quote(rawURL) + ": " + msg,
		Err: errors.New(msg)}
}
