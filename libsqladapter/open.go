package libsqladapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/tursodatabase/libsql-client-go/libsql"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// Open opens the libSQL database named by url and returns an adapter that
// owns the pool ([Adapter.Close] closes it).
//
// Remote databases are reached with Hrana over HTTP through
// libsql-client-go:
//
//	libsql://db-org.turso.io?authToken=TOKEN   TLS (https://db-org.turso.io)
//	libsql://localhost:8080?tls=0               plain HTTP; needs a port
//	https://db-org.turso.io                     token in Options.AuthToken
//	http://127.0.0.1:8080                       (or ?authToken=)
//
// The token (authToken, auth_token or jwt in the URL, else
// Options.AuthToken) is sent as "Authorization: Bearer <token>". ws:// and
// wss:// (Hrana over WebSocket) are refused: use the https:// form of the
// same database.
//
// Local databases are SQLite files, opened as sqliteadapter.Open opens them
// (foreign keys on, busy timeout, the same URL forms and parameters:
// "file:./dev.db", "file:/abs/dev.db", ":memory:") and with the same driver:
// github.com/mattn/go-sqlite3 in builds with cgo, modernc.org/sqlite (pure
// Go) without. libsql-client-go delegates file: URLs to a registered
// "sqlite3" driver; Open uses the driver directly, because libsql-client-go's
// file connector opens a *sql.DB of its own for every call and never closes
// it.
//
// Open checks the connection by asking for sqlite_version(), which
// [Adapter.Info] then reports.
func Open(ctx context.Context, rawURL string, opts Options) (*Adapter, error) {
	db, err := openDB(rawURL, &opts)
	if err != nil {
		return nil, err
	}
	a := newAdapter(db, true, opts, "")
	rs, err := a.Query(ctx, &adapter.Query{SQL: "SELECT sqlite_version()"})
	if err != nil {
		db.Close()
		return nil, err
	}
	if len(rs.Rows) == 1 {
		if v, ok := rs.Rows[0][0].(string); ok {
			a.info.ServerVersion = v
		}
	}
	return a, nil
}

// openDB opens the pool for url.
func openDB(rawURL string, opts *Options) (*sql.DB, error) {
	scheme, _, _ := strings.Cut(rawURL, "://")
	switch strings.ToLower(scheme) {
	case "libsql", "https", "http":
		c, err := remoteConnector(rawURL, opts)
		if err != nil {
			return nil, err
		}
		db := sql.OpenDB(c)
		db.SetMaxIdleConns(8)
		return db, nil
	case "ws", "wss":
		return nil, urlError(rawURL, "Hrana over WebSocket is not supported; use the https:// (or http://) URL of the database")
	}
	if strings.Contains(rawURL, "://") && !strings.HasPrefix(rawURL, "file:") {
		return nil, urlError(rawURL, "unsupported scheme "+strconv.Quote(scheme)+"; use libsql://, https://, http:// or file:")
	}
	d, err := sqlitecore.ParseFileURL(rawURL, opts.BusyTimeout, "libsqladapter")
	if err != nil {
		return nil, err
	}
	opts.BusyTimeout = d.BusyTimeout
	db, err := sql.Open(sqlitecore.DriverName, d.DSN)
	if err != nil {
		return nil, err
	}
	switch {
	case d.Memory:
		// Each connection to ":memory:" is a database of its own: keep
		// exactly one, forever.
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	case d.Limit > 0:
		db.SetMaxOpenConns(d.Limit)
		db.SetMaxIdleConns(d.Limit)
	default:
		db.SetMaxIdleConns(8)
	}
	return db, nil
}

// remoteConnector builds libsql-client-go's connector for a remote URL,
// moving the token and the tls switch out of the URL (the connector refuses
// them there) into its options.
func remoteConnector(rawURL string, opts *Options) (driver.Connector, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, urlError(rawURL, err.Error())
	}
	if u.Host == "" {
		return nil, urlError(rawURL, "no host")
	}
	q := u.Query()
	token := opts.AuthToken
	for _, k := range []string{"authToken", "auth_token", "jwt"} {
		if v := q.Get(k); v != "" {
			token = v
		}
		q.Del(k)
	}
	var copts []libsql.Option
	if token != "" {
		copts = append(copts, libsql.WithAuthToken(token))
	}
	if tls := q.Get("tls"); q.Has("tls") {
		q.Del("tls")
		switch {
		case strings.EqualFold(u.Scheme, "libsql") && (tls == "0" || tls == "1"):
			if tls == "0" && u.Port() == "" {
				return nil, urlError(rawURL, "libsql:// without TLS (tls=0) needs an explicit port")
			}
			copts = append(copts, libsql.WithTls(tls == "1"))
		case strings.EqualFold(u.Scheme, "libsql"):
			return nil, urlError(rawURL, "tls must be 0 or 1")
		default:
			return nil, urlError(rawURL, "tls applies to libsql:// URLs only; "+u.Scheme+":// fixes it")
		}
	}
	for k := range q {
		return nil, urlError(rawURL, "unknown parameter "+strconv.Quote(k))
	}
	u.RawQuery = ""
	c, err := libsql.NewConnector(u.String(), copts...)
	if err != nil {
		return nil, urlError(rawURL, err.Error())
	}
	return c, nil
}

func urlError(rawURL, msg string) error {
	return &adapter.Error{Kind: adapter.InvalidInputValue, Message: "libsqladapter: invalid URL " + strconv.Quote(redact(rawURL)) + ": " + msg,
		Err: errors.New(msg)}
}

// redact hides the token in a URL quoted in an error.
func redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.RawQuery == "" {
		return rawURL
	}
	q := u.Query()
	for _, k := range []string{"authToken", "auth_token", "jwt"} {
		if q.Has(k) {
			q.Set(k, "REDACTED")
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
