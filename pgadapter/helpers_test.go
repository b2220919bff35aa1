package pgadapter_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"math"
	"net/url"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/pgadapter"
)

// testDB is a private schema on the test server, dropped when the test ends,
// so that tests (and other packages' tests) do not see each other's tables.
type testDB struct {
	url    string // TEST_POSTGRES_URL with ?schema=<schema>
	base   string // TEST_POSTGRES_URL as given
	schema string
}

func newTestDB(t testing.TB) *testDB {
	t.Helper()
	base := testenv.PostgresURL(t)
	var rnd [6]byte
	rand.Read(rnd[:])
	schema := "pgadapter_" + hex.EncodeToString(rnd[:])
	ctx := context.Background()
	boot, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer boot.Close(ctx)
	if _, err := boot.Exec(ctx, `CREATE SCHEMA "`+schema+`"`); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("cleanup: %v", err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), `DROP SCHEMA "`+schema+`" CASCADE`); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("schema", schema)
	u.RawQuery = q.Encode()
	return &testDB{url: u.String(), base: base, schema: schema}
}

// exec runs setup statements directly on pgx, on a connection of its own
// (so that no pool outlives the call: the conformance suite counts
// goroutines).
func (d *testDB) exec(t testing.TB, stmts ...string) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.ConnectConfig(ctx, d.connConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	for _, s := range stmts {
		if _, err := c.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// connConfig returns a pgx config whose search_path is the test schema.
func (d *testDB) connConfig(t testing.TB) *pgx.ConnConfig {
	cfg, err := pgx.ParseConfig(d.base)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["search_path"] = d.schema
	return cfg
}

// adapterNames are the ways of building an adapter that tests cover. The
// "simple" adapter runs pgx's simple protocol, which returns every result in
// text format: it checks the text decoders against the binary ones.
var adapterNames = []string{"Open", "NewPool", "NewConn", "NewDB", "simple"}

// adapters returns one adapter per constructor, all on the test schema.
func (d *testDB) adapters(t testing.TB) map[string]*pgadapter.Adapter {
	t.Helper()
	m := map[string]*pgadapter.Adapter{}
	for _, name := range adapterNames {
		m[name] = d.adapter(t, name)
	}
	return m
}

// adapter builds the named adapter on the test schema; what it opens is
// closed when the test ends.
func (d *testDB) adapter(t testing.TB, name string) *pgadapter.Adapter {
	t.Helper()
	return d.adapterWith(t, name, t.Cleanup)
}

// adapterWith builds the named adapter and hands the closing of what it
// opened to cleanup.
func (d *testDB) adapterWith(t testing.TB, name string, cleanup func(func())) *pgadapter.Adapter {
	t.Helper()
	ctx := context.Background()
	opts := pgadapter.Options{Schema: d.schema}
	switch name {
	case "Open":
		return d.open(t)
	case "NewPool":
		cfg, err := pgxpool.ParseConfig(d.base)
		if err != nil {
			t.Fatal(err)
		}
		cfg.ConnConfig = d.connConfig(t)
		pool, err := pgxpool.NewWithConfig(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		cleanup(pool.Close)
		return pgadapter.NewPool(pool, opts)
	case "NewConn", "simple":
		cfg := d.connConfig(t)
		if name == "simple" {
			cfg.DefaultQueryExecMode = pgx.QueryExecModeSimpleProtocol
		}
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		cleanup(func() { conn.Close(context.Background()) })
		return pgadapter.NewConn(conn, opts)
	case "NewDB":
		db := stdlib.OpenDB(*d.connConfig(t))
		cleanup(func() { db.Close() })
		return pgadapter.NewDB(db, opts)
	}
	t.Fatalf("unknown adapter %q", name)
	return nil
}

func (d *testDB) open(t testing.TB) *pgadapter.Adapter {
	t.Helper()
	a, err := pgadapter.Open(context.Background(), d.url, pgadapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// stdlibDB opens a *sql.DB for the test schema.
func (d *testDB) stdlibDB(t testing.TB) *sql.DB {
	db := stdlib.OpenDB(*d.connConfig(t))
	t.Cleanup(func() { db.Close() })
	return db
}

func q(sql string, args ...any) *adapter.Query {
	types := make([]adapter.ArgType, len(args))
	for i, a := range args {
		switch a.(type) {
		case int64:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarBigInt}
		case float64:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarFloat}
		case bool:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarBoolean}
		case time.Time:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarDateTime}
		case []byte:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarBytes}
		default:
			types[i] = adapter.ArgType{Scalar: adapter.ScalarString}
		}
	}
	return &adapter.Query{SQL: sql, Args: args, ArgTypes: types}
}

// typed builds a query with explicit argument types.
func typed(sql string, args []any, types []adapter.ArgType) *adapter.Query {
	return &adapter.Query{SQL: sql, Args: args, ArgTypes: types}
}

func mustQuery(t testing.TB, a adapter.Queryable, query *adapter.Query) *adapter.ResultSet {
	t.Helper()
	rs, err := a.Query(context.Background(), query)
	if err != nil {
		t.Fatalf("%s: %v", query.SQL, err)
	}
	return rs
}

func mustExec(t testing.TB, a adapter.Queryable, query *adapter.Query) int64 {
	t.Helper()
	n, err := a.Exec(context.Background(), query)
	if err != nil {
		t.Fatalf("%s: %v", query.SQL, err)
	}
	return n
}

// errorOpts compares *adapter.Error values field by field, except the
// driver's error.
var errorOpts = cmp.Options{cmpopts.IgnoreFields(adapter.Error{}, "Err")}

func adapterError(t testing.TB, err error) *adapter.Error {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	e, ok := adapter.AsError(err)
	if !ok {
		t.Fatalf("error %T %v is not an *adapter.Error", err, err)
	}
	return e
}

var (
	nanValue  = math.NaN()
	infValue  = math.Inf(1)
	floatOpts = cmpopts.EquateNaNs()
)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}
