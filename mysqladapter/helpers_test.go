package mysqladapter_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/mysqladapter"
)

// testDB is a private database on the test server, dropped when the test
// ends, so that tests (and other packages' tests) do not see each other's
// tables.
type testDB struct {
	url  string // TEST_MYSQL_URL with the private database
	base *url.URL
	name string
}

func newTestDB(t testing.TB) *testDB {
	t.Helper()
	base, err := url.Parse(testenv.MySQLURL(t))
	if err != nil {
		t.Fatal(err)
	}
	var rnd [6]byte
	rand.Read(rnd[:])
	name := "mysqladapter_" + hex.EncodeToString(rnd[:])
	root := dsn(base, "", nil)
	boot, err := sql.Open("mysql", root)
	if err != nil {
		t.Fatal(err)
	}
	defer boot.Close()
	if _, err := boot.Exec("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		t.Fatalf("create database on %s: %v", base.Redacted(), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("mysql", root)
		if err != nil {
			t.Error(err)
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE `" + name + "`"); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	u := *base
	u.Path = "/" + name
	return &testDB{url: u.String(), base: base, name: name}
}

// isMariaDB tells MariaDB (what CI runs) from MySQL 8, whose messages, JSON
// handling and RETURNING support differ; tests adjust their expectations.
func (d *testDB) isMariaDB(t testing.TB) bool {
	t.Helper()
	db := d.admin(t)
	defer db.Close()
	var v string
	if err := db.QueryRow("SELECT VERSION()").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return strings.Contains(strings.ToLower(v), "mariadb")
}

// seq is a query of the integers from..to as column n, on MariaDB and MySQL
// 8 alike (MariaDB's seq_1_to_n tables do not exist on MySQL).
func seq(from, to int) string {
	return fmt.Sprintf("WITH RECURSIVE s(n) AS (SELECT %d UNION ALL SELECT n + 1 FROM s WHERE n < %d) SELECT n FROM s", from, to)
}

// dsn builds a go-sql-driver DSN for the test server.
func dsn(base *url.URL, db string, params map[string]string) string {
	cfg := mysql.NewConfig()
	cfg.User = base.User.Username()
	cfg.Passwd, _ = base.User.Password()
	cfg.Net = "tcp"
	cfg.Addr = base.Host
	cfg.DBName = db
	s := cfg.FormatDSN()
	sep := "?"
	for k, v := range params {
		s += sep + k + "=" + v
		sep = "&"
	}
	return s
}

// exec runs setup statements on a *sql.DB of its own, closed before it
// returns (the conformance suite counts goroutines).
func (d *testDB) exec(t testing.TB, stmts ...string) {
	t.Helper()
	db := d.admin(t)
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// admin opens a plain *sql.DB on the test database; the caller closes it.
func (d *testDB) admin(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("mysql", dsn(d.base, d.name, map[string]string{"parseTime": "true"}))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func (d *testDB) open(t testing.TB, opts mysqladapter.Options) *mysqladapter.Adapter {
	t.Helper()
	a, err := mysqladapter.Open(context.Background(), d.url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func (d *testDB) sqlDB(t testing.TB, params map[string]string) *sql.DB {
	t.Helper()
	db, err := sql.Open("mysql", dsn(d.base, d.name, params))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// prismaDSN has the DSN settings New's documentation asks for.
var prismaDSN = map[string]string{"parseTime": "true", "loc": "UTC", "clientFoundRows": "true", "time_zone": "%27%2B00%3A00%27"}

// adapters returns one adapter per way of building one. "bare" uses a DSN
// without parseTime or clientFoundRows; "interpolate" sends every statement
// through the text protocol; "nocache" prepares each statement anew.
func (d *testDB) adapters(t testing.TB) map[string]*mysqladapter.Adapter {
	t.Helper()
	interp := map[string]string{"interpolateParams": "true"}
	for k, v := range prismaDSN {
		interp[k] = v
	}
	return map[string]*mysqladapter.Adapter{
		"Open":        d.open(t, mysqladapter.Options{}),
		"nocache":     d.open(t, mysqladapter.Options{StatementCacheSize: -1}),
		"tinycache":   d.open(t, mysqladapter.Options{StatementCacheSize: 1}),
		"New":         mysqladapter.New(d.sqlDB(t, prismaDSN), mysqladapter.Options{}),
		"bare":        mysqladapter.New(d.sqlDB(t, nil), mysqladapter.Options{}),
		"interpolate": mysqladapter.New(d.sqlDB(t, interp), mysqladapter.Options{}),
	}
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

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func ptr[T any](v T) *T { return &v }

var floatOpts = cmpopts.EquateNaNs()

var _ = math.NaN
