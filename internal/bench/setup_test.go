package bench

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/mysqladapter"
	"github.com/noengine/noengine/pgadapter"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

// A fixture is one seeded database: the adapter noengine runs on and the
// driver handle the hand-written baseline runs on (the same pool).
type fixture struct {
	db      string // "sqlite", "postgresql", "mysql"
	d       *dialect.Dialect
	schema  *schema.Schema
	adapter adapter.Adapter
	sqlDB   *sql.DB       // sqlite, mysql
	pool    *pgxpool.Pool // postgresql
	seq     int64         // unique suffixes for creates
}

var (
	fixturesMu sync.Mutex
	fixtures   = map[string]*fixture{}
	cleanups   []func()
	tmpDir     string
)

func TestMain(m *testing.M) {
	var err error
	tmpDir, err = os.MkdirTemp("", "noengine-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	os.RemoveAll(tmpDir)
	os.Exit(code)
}

// dataset is a schema and the rows seeded into it.
type dataset struct {
	name   string
	schema string
	seed   func(ctx context.Context, f *fixture) error
}

// benchURL returns the server URL of db, or skips: benchmarks never fail
// for a missing server.
func benchURL(tb testing.TB, db string) string {
	switch db {
	case "postgresql":
		if u := os.Getenv(testenv.PostgresVar); u != "" {
			return u
		}
		tb.Skipf("%s is not set", testenv.PostgresVar)
	case "mysql":
		if u := os.Getenv(testenv.MySQLVar); u != "" {
			return u
		}
		tb.Skipf("%s is not set", testenv.MySQLVar)
	}
	return ""
}

// open returns the fixture of ds on db, creating and seeding it once per
// process.
func open(tb testing.TB, db string, ds *dataset) *fixture {
	tb.Helper()
	key := db + "/" + ds.name
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	if f := fixtures[key]; f != nil {
		return f
	}
	base := benchURL(tb, db)
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(schemaFor(ds.schema, db)))
	if err != nil {
		tb.Fatalf("schema: %v", err)
	}
	f := &fixture{db: db, schema: s}
	f.d, _ = dialect.ForProvider(db)
	name := fmt.Sprintf("bench_%s_%d", strings.ReplaceAll(ds.name, "-", "_"), time.Now().UnixNano()%1e9)
	switch db {
	case "sqlite":
		a, err := sqliteadapter.Open(ctx, "file:"+filepath.Join(tmpDir, name+".db"), sqliteadapter.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		f.adapter, f.sqlDB = a, a.DB()
		cleanups = append(cleanups, func() { a.Close() })
	case "postgresql":
		admin, err := pgxpool.New(ctx, base)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := admin.Exec(ctx, `CREATE SCHEMA "`+name+`"`); err != nil {
			tb.Fatal(err)
		}
		cfg, err := pgxpool.ParseConfig(base)
		if err != nil {
			tb.Fatal(err)
		}
		cfg.ConnConfig.RuntimeParams["search_path"] = `"` + name + `"`
		pool, err := pgxpool.NewWithConfig(ctx, cfg)
		if err != nil {
			tb.Fatal(err)
		}
		f.pool = pool
		f.adapter = pgadapter.NewPool(pool, pgadapter.Options{Schema: name})
		cleanups = append(cleanups, func() {
			pool.Close()
			_, _ = admin.Exec(context.Background(), `DROP SCHEMA "`+name+`" CASCADE`)
			admin.Close()
		})
	case "mysql":
		u, err := url.Parse(base)
		if err != nil {
			tb.Fatal(err)
		}
		cfg := mysql.NewConfig()
		cfg.User = u.User.Username()
		cfg.Passwd, _ = u.User.Password()
		cfg.Net, cfg.Addr = "tcp", u.Host
		cfg.ParseTime, cfg.Loc, cfg.ClientFoundRows = true, time.UTC, true
		cfg.Params = map[string]string{"time_zone": "'+00:00'"}
		admin, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := admin.Exec("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
			tb.Fatal(err)
		}
		cfg.DBName = name
		db, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			tb.Fatal(err)
		}
		db.SetMaxIdleConns(10)
		f.sqlDB = db
		f.adapter = mysqladapter.New(db, mysqladapter.Options{})
		cleanups = append(cleanups, func() {
			db.Close()
			_, _ = admin.Exec("DROP DATABASE `" + name + "`")
			admin.Close()
		})
	}
	if err := ddl.Push(ctx, f.adapter, s, ddl.Options{Schema: pgSchema(db, name)}); err != nil {
		tb.Fatalf("push: %v", err)
	}
	start := time.Now()
	if err := ds.seed(ctx, f); err != nil {
		tb.Fatalf("seed %s on %s: %v", ds.name, db, err)
	}
	if db != "sqlite" {
		// Fresh statistics for the planner.
		analyze := "ANALYZE"
		if db == "mysql" {
			analyze = "" // InnoDB samples statistics itself
		}
		if analyze != "" {
			if _, err := f.adapter.Exec(ctx, &adapter.Query{SQL: analyze}); err != nil {
				tb.Fatal(err)
			}
		}
	} else if _, err := f.adapter.Exec(ctx, &adapter.Query{SQL: "ANALYZE"}); err != nil {
		tb.Fatal(err)
	}
	if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "bench: seeded %s on %s in %v\n", ds.name, db, time.Since(start).Round(time.Millisecond))
	}
	fixtures[key] = f
	return f
}

func pgSchema(db, name string) string {
	if db == "postgresql" {
		return name
	}
	return ""
}

// client returns a noengine client on the fixture.
func (f *fixture) client(tb testing.TB, opts *noengine.Options) *noengine.Client {
	tb.Helper()
	c, err := noengine.NewWithSchema(f.schema, f.adapter, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// insert writes rows into table in multi-row INSERTs inside one
// transaction.
func (f *fixture) insert(ctx context.Context, table string, cols []string, types []adapter.ScalarType, rows [][]any) error {
	tx, err := f.adapter.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		return err
	}
	per := 900 / len(cols)
	for start := 0; start < len(rows); start += per {
		end := min(start+per, len(rows))
		b := []byte("INSERT INTO ")
		b = f.d.AppendIdent(b, table)
		b = append(b, " ("...)
		for i, c := range cols {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = f.d.AppendIdent(b, c)
		}
		b = append(b, ") VALUES "...)
		q := &adapter.Query{}
		n := 0
		for r := start; r < end; r++ {
			if r > start {
				b = append(b, ", "...)
			}
			b = append(b, '(')
			for i := range cols {
				if i > 0 {
					b = append(b, ", "...)
				}
				n++
				b = f.d.AppendPlaceholder(b, n)
				q.Args = append(q.Args, rows[r][i])
				q.ArgTypes = append(q.ArgTypes, adapter.ArgType{Scalar: types[i]})
			}
			b = append(b, ')')
		}
		q.SQL = string(b)
		if _, err := tx.Exec(ctx, q); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return tx.Commit(ctx)
}
