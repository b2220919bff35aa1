package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/libsqladapter"
	"github.com/noengine/noengine/mssqladapter"
	"github.com/noengine/noengine/mysqladapter"
	"github.com/noengine/noengine/pgadapter"
	"github.com/noengine/noengine/sqliteadapter"
)

// openAdapter opens the adapter for a Prisma-style URL.
func openAdapter(ctx context.Context, url string) (adapter.Adapter, error) {
	switch providerOfURL(url) {
	case "sqlite":
		if strings.HasPrefix(url, "libsql://") || strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
			// A token goes in the URL: libsql://db-org.turso.io?authToken=...
			return libsqladapter.Open(ctx, url, libsqladapter.Options{})
		}
		return sqliteadapter.Open(ctx, url, sqliteadapter.Options{})
	case "postgresql":
		return pgadapter.Open(ctx, url, pgadapter.Options{})
	case "mysql":
		return mysqladapter.Open(ctx, url, mysqladapter.Options{})
	case "sqlserver":
		return mssqladapter.Open(ctx, url, mssqladapter.Options{})
	}
	if url == "" {
		return nil, fmt.Errorf("--url is required (file:, postgresql://, mysql://, sqlserver://, libsql://)")
	}
	return nil, fmt.Errorf("no adapter for URL %q: it must start with file:, postgresql://, mysql://, sqlserver:// or libsql://", url)
}
