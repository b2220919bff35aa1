package pgadapter

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/jackc/pgx/v5/pgxpool"
)

const infoTimeout = 5 * time.Second

// Open opens a pool for a Prisma-style connection URL
// (postgresql://user:password@host:port/database?params; postgres:// works
// too) and returns an adapter that owns it: Close closes the pool.
//
// Prisma's own parameters are understood and removed before pgx sees the
// URL:
//
//   - schema=name sets Info.SchemaName (unless opts.Schema is set) and the
//     connection's search_path, as Prisma does;
//   - connection_limit=n caps the pool (pgx's pool_max_conns);
//   - pgbouncer=true and statement_cache_size=0 switch to unnamed prepared
//     statements (QueryExecModeCacheDescribe), which work behind PgBouncer in
//     transaction mode; a positive statement_cache_size sets the cache size;
//   - pool_timeout, socket_timeout, sslaccept, sslidentity and sslpassword are
//     accepted and ignored (TLS options go through pgx's libpq-style
//     sslmode, sslrootcert, sslcert and sslkey, which pass through).
//
// Every other parameter is pgx's (sslmode, connect_timeout, application_name,
// pool_max_conns, ...). A cancelled context sends a cancel request to the
// server and keeps the connection.
//
// Open does not connect; the first statement does.
func Open(ctx context.Context, rawURL string, opts Options) (*Adapter, error) {
	cfg, schema, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if opts.Schema == "" {
		opts.Schema = schema
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("pgadapter: %w", err)
	}
	a := NewPool(pool, opts)
	a.owned = pool
	return a, nil
}

// parseURL turns a Prisma URL into a pgx pool configuration.
func parseURL(rawURL string) (*pgxpool.Config, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", fmt.Errorf("pgadapter: invalid database URL: %w", redact(err))
	}
	switch u.Scheme {
	case "postgresql", "postgres":
	default:
		return nil, "", fmt.Errorf("pgadapter: unsupported URL scheme %q (want postgresql:// or postgres://)", u.Scheme)
	}
	q := u.Query()
	pop := func(k string) string {
		v := q.Get(k)
		q.Del(k)
		return v
	}
	schema := pop("schema")
	connLimit := pop("connection_limit")
	poolTimeout := pop("pool_timeout")
	pgbouncer := pop("pgbouncer")
	cacheSize := pop("statement_cache_size")
	for _, k := range []string{"socket_timeout", "sslaccept", "sslidentity", "sslpassword", "max_connection_lifetime", "max_idle_connection_lifetime"} {
		q.Del(k)
	}
	if connLimit != "" && !q.Has("pool_max_conns") {
		q.Set("pool_max_conns", connLimit)
	}
	u.RawQuery = q.Encode()

	cfg, err := pgxpool.ParseConfig(u.String())
	if err != nil {
		return nil, "", fmt.Errorf("pgadapter: invalid database URL: %w", redact(err))
	}
	cc := cfg.ConnConfig
	if schema != "" {
		if cc.RuntimeParams == nil {
			cc.RuntimeParams = map[string]string{}
		}
		cc.RuntimeParams["search_path"] = quoteIdent(schema)
	}
	if pgbouncer == "true" || cacheSize == "0" {
		cc.DefaultQueryExecMode = pgx.QueryExecModeCacheDescribe
	} else if n, err := strconv.Atoi(cacheSize); err == nil && n > 0 {
		cc.StatementCacheCapacity = n
	}
	if poolTimeout != "" {
		if _, err := strconv.ParseFloat(poolTimeout, 64); err != nil {
			return nil, "", fmt.Errorf("pgadapter: invalid pool_timeout %q", poolTimeout)
		}
	}
	// Cancel a running statement with a cancel request rather than by closing
	// the connection.
	cc.BuildContextWatcherHandler = func(pc *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: pc, CancelRequestDelay: 0, DeadlineDelay: time.Second}
	}
	return cfg, schema, nil
}

// redact drops the URL (and its password) from a URL parse error.
func redact(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}
