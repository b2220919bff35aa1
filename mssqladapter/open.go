package mssqladapter

import (
	"context"
	"database/sql"
	"fmt"

	mssql "github.com/microsoft/go-mssqldb"
	"github.com/microsoft/go-mssqldb/msdsn"

	"github.com/noengine/noengine/adapter"
)

// Open opens a connection pool for a Prisma SQL Server connection string,
// the JDBC-style URL a Prisma schema's datasource uses:
//
//	sqlserver://localhost:1433;database=shop;user=sa;password={p@ss;word};encrypt=true;trustServerCertificate=true;schema=app
//
// and returns an adapter that owns the pool (Close closes it). The string
// is read with @prisma/adapter-mssql's rules (see [Config] and
// [ParseURL]); the go-mssqldb DSN is [Config.DSN]. Beyond the DSN:
//
//   - connectionLimit caps open connections (default
//     DefaultConnectionLimit, node-mssql's pool size);
//   - schema becomes Info.SchemaName unless opts.Schema is set;
//   - isolationLevel becomes the level of transactions begun with
//     LevelDefault, and of every session (SET TRANSACTION ISOLATION LEVEL
//     when a connection is opened or reused), unless opts.DefaultIsolation
//     is set;
//   - socketTimeout (seconds) bounds every statement unless
//     opts.StatementTimeout is set;
//   - host\instance names a named instance (an extension: Prisma's parser
//     keeps it in the host name);
//   - poolTimeout is accepted but not applied (database/sql has no bound on
//     the wait for a connection; bound it with the statement's context);
//   - authentication (Azure Active Directory) is not supported: Open fails.
//
// Open does not connect; the first statement does.
func Open(ctx context.Context, url string, opts Options) (*Adapter, error) {
	cfg, err := ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("mssqladapter: %w", err)
	}
	if cfg.Authentication != "" {
		return nil, fmt.Errorf("mssqladapter: authentication=%s is not supported; use SQL Server authentication (user and password)", cfg.Authentication)
	}
	params, err := msdsn.Parse(cfg.DSN())
	if err != nil {
		return nil, fmt.Errorf("mssqladapter: %w", err)
	}
	connector := mssql.NewConnectorConfig(params)
	if opts.DefaultIsolation == adapter.LevelDefault {
		opts.DefaultIsolation = cfg.IsolationLevel
	}
	if cfg.IsolationLevel != adapter.LevelDefault {
		connector.SessionInitSQL = "SET TRANSACTION ISOLATION LEVEL " + cfg.IsolationLevel.String()
	}
	if opts.Schema == "" {
		opts.Schema = cfg.Schema
	}
	if opts.StatementTimeout == 0 {
		opts.StatementTimeout = cfg.SocketTimeout
	}
	db := sql.OpenDB(connector)
	limit := cfg.ConnectionLimit
	if limit <= 0 {
		limit = DefaultConnectionLimit
	}
	db.SetMaxOpenConns(limit)
	db.SetMaxIdleConns(limit)
	a := New(db, opts)
	a.owned = true
	return a, nil
}
