package mysqladapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"net"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Open opens a connection pool for a Prisma-style URL
// (mysql://user:password@host:port/database?params) and returns an adapter
// that owns it: Close closes the pool. mariadb:// is accepted too.
//
// Prisma's parameters are understood and removed:
//
//   - connection_limit=n caps open connections (default: 2 × CPUs + 1, as
//     Prisma);
//   - connect_timeout=seconds bounds connecting (default 5; 0 = none);
//   - socket_timeout=seconds bounds every read and write;
//   - socket=/path connects through a Unix socket;
//   - sslaccept=strict verifies the server certificate, sslaccept=
//     accept_invalid_certs uses TLS without verifying it, and ssl=true
//     (or sslmode=require) asks for TLS; without them TLS is not used, as
//     with @prisma/adapter-mariadb;
//   - pool_timeout, max_connection_lifetime (seconds, sets the pool's
//     connection lifetime), max_idle_connection_lifetime (seconds),
//     sslcert, sslidentity and sslpassword are accepted; the TLS file
//     options are ignored (register a TLS config with the driver for client
//     certificates).
//
// Other parameters go to go-sql-driver's DSN (tls, charset, collation,
// allowCleartextPasswords, ...). Open always sets parseTime=true, loc=UTC,
// clientFoundRows=true (UPDATE counts matched rows, as Prisma) and, unless the
// URL sets time_zone, the session time zone '+00:00'.
//
// Open does not connect; the first statement does.
func Open(ctx context.Context, rawURL string, opts Options) (*Adapter, error) {
	cfg, pool, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	connector, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("mysqladapter: %w", err)
	}
	// The driver's Timeout bounds only the dial; Prisma's connect_timeout
	// bounds the whole connection set-up, handshake included.
	db := sql.OpenDB(timeoutConnector{connector, cfg.Timeout})
	db.SetMaxOpenConns(pool.maxOpen)
	db.SetMaxIdleConns(pool.maxOpen)
	db.SetConnMaxLifetime(pool.lifetime)
	db.SetConnMaxIdleTime(pool.idleTime)
	a := New(db, opts)
	a.owned = true
	return a, nil
}

// timeoutConnector bounds Connect, handshake and authentication included.
type timeoutConnector struct {
	driver.Connector
	timeout time.Duration
}

func (c timeoutConnector) Connect(ctx context.Context) (driver.Conn, error) {
	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	return c.Connector.Connect(ctx)
}

type poolSettings struct {
	maxOpen            int
	lifetime, idleTime time.Duration
}

// parseURL turns a Prisma URL into a driver configuration.
func parseURL(rawURL string) (*mysql.Config, poolSettings, error) {
	var pool poolSettings
	u, err := url.Parse(rawURL)
	if err != nil {
		if ue, ok := err.(*url.Error); ok {
			err = ue.Err // without the URL and its password
		}
		return nil, pool, fmt.Errorf("mysqladapter: invalid database URL: %w", err)
	}
	switch u.Scheme {
	case "mysql", "mariadb":
	default:
		return nil, pool, fmt.Errorf("mysqladapter: unsupported URL scheme %q (want mysql://)", u.Scheme)
	}
	q := u.Query()
	pop := func(k string) string {
		v := q.Get(k)
		q.Del(k)
		return v
	}
	seconds := func(k, v string) (time.Duration, error) {
		if v == "" {
			return 0, nil
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 0 {
			return 0, fmt.Errorf("mysqladapter: invalid %s %q", k, v)
		}
		return time.Duration(f * float64(time.Second)), nil
	}

	connLimit := pop("connection_limit")
	connectTimeout := pop("connect_timeout")
	socketTimeout := pop("socket_timeout")
	socket := pop("socket")
	sslaccept := pop("sslaccept")
	ssl := pop("ssl")
	sslmode := pop("sslmode")
	maxLifetime := pop("max_connection_lifetime")
	maxIdle := pop("max_idle_connection_lifetime")
	for _, k := range []string{"pool_timeout", "sslcert", "sslidentity", "sslpassword", "schema"} {
		q.Del(k)
	}

	// The remaining parameters are the driver's own.
	cfg, err := mysql.ParseDSN("/?" + q.Encode())
	if err != nil {
		return nil, pool, fmt.Errorf("mysqladapter: invalid database URL parameter: %w", err)
	}
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	if socket != "" {
		cfg.Net, cfg.Addr = "unix", socket
	} else {
		host, port := u.Hostname(), u.Port()
		if host == "" {
			host = "localhost"
		}
		if port == "" {
			port = "3306"
		}
		cfg.Net, cfg.Addr = "tcp", net.JoinHostPort(host, port)
	}
	if cfg.TLSConfig == "" || cfg.TLSConfig == "false" {
		switch {
		case sslaccept == "accept_invalid_certs":
			cfg.TLSConfig = "skip-verify"
		case sslaccept == "strict", ssl == "true", sslmode == "require", sslmode == "verify-full":
			cfg.TLSConfig = "true"
		}
	}
	// ParseDSN derived TLS from the placeholder address; NewConnector derives
	// it again from TLSConfig and the real address.
	cfg.TLS = nil
	if cfg.Timeout, err = seconds("connect_timeout", connectTimeout); err != nil {
		return nil, pool, err
	}
	if connectTimeout == "" {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.ReadTimeout, err = seconds("socket_timeout", socketTimeout); err != nil {
		return nil, pool, err
	}
	cfg.WriteTimeout = cfg.ReadTimeout

	cfg.ParseTime = true
	cfg.Loc = time.UTC
	cfg.ClientFoundRows = true
	if cfg.Params == nil {
		cfg.Params = map[string]string{}
	}
	if _, ok := cfg.Params["time_zone"]; !ok {
		cfg.Params["time_zone"] = "'+00:00'"
	}

	pool.maxOpen = runtime.NumCPU()*2 + 1
	if connLimit != "" {
		n, err := strconv.Atoi(connLimit)
		if err != nil || n < 1 {
			return nil, pool, fmt.Errorf("mysqladapter: invalid connection_limit %q", connLimit)
		}
		pool.maxOpen = n
	}
	if pool.lifetime, err = seconds("max_connection_lifetime", maxLifetime); err != nil {
		return nil, pool, err
	}
	if pool.idleTime, err = seconds("max_idle_connection_lifetime", maxIdle); err != nil {
		return nil, pool, err
	}
	return cfg, pool, nil
}
