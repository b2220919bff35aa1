package libsqladapter_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/libsqladapter"
	"github.com/noengine/noengine/sqliteadapter"
)

// step is one statement of a comparison case.
type step struct {
	sql   string
	args  []any
	types []adapter.ArgType
	exec  bool // run with Exec (the count is compared) rather than Query
}

func (s step) query() *adapter.Query {
	types := s.types
	if types == nil {
		types = make([]adapter.ArgType, len(s.args))
	}
	return &adapter.Query{SQL: s.SQL(), Args: s.args, ArgTypes: types}
}

func (s step) SQL() string { return s.sql }

// outcome is what a step gave: a result set, a count or an error.
type outcome struct {
	RS    *adapter.ResultSet
	Count int64
	Err   string // the error's Prisma JSON
	Kind  string
}

func run(t *testing.T, q adapter.Queryable, s step) outcome {
	t.Helper()
	ctx := context.Background()
	var o outcome
	var err error
	if s.exec {
		o.Count, err = q.Exec(ctx, s.query())
	} else {
		o.RS, err = q.Query(ctx, s.query())
	}
	if err != nil {
		e, ok := adapter.AsError(err)
		if !ok {
			t.Fatalf("%s: %v is not an *adapter.Error", s.sql, err)
		}
		b, _ := json.Marshal(e)
		o.Err, o.Kind, o.RS = string(b), e.Kind.String(), nil
	}
	return o
}

var (
	dt = adapter.ArgType{Scalar: adapter.ScalarDateTime}
	bi = adapter.ArgType{Scalar: adapter.ScalarBigInt}
	in = adapter.ArgType{Scalar: adapter.ScalarInt}
)

const prismaTypesDDL = `CREATE TABLE "T" (
	"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	"i" INTEGER, "b" BIGINT, "f" REAL, "d" DECIMAL, "bo" BOOLEAN,
	"s" TEXT, "dt" DATETIME, "j" JSONB, "by" BLOB
)`

// comparisonCases are statements whose answers must be the same over
// Hrana, on a local file, and (but for errors' codes) from sqliteadapter.
var comparisonCases = []struct {
	name  string
	steps []step
}{
	{"every scalar type", []step{
		{sql: prismaTypesDDL, exec: true},
		{sql: `INSERT INTO "T" ("i","b","f","d","bo","s","dt","j","by") VALUES (?,?,?,?,?,?,?,?,?)`, exec: true,
			args: []any{int64(7), int64(1<<53 + 1), 2.5, "12.345", true, "héllo\x00", time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.FixedZone("", 3600)), `{"a":1}`, []byte{0, 1, 0}},
			types: []adapter.ArgType{in, bi, {Scalar: adapter.ScalarFloat}, {Scalar: adapter.ScalarDecimal}, {Scalar: adapter.ScalarBoolean},
				{Scalar: adapter.ScalarString}, dt, {Scalar: adapter.ScalarJSON}, {Scalar: adapter.ScalarBytes}}},
		{sql: `INSERT INTO "T" ("i","b","bo","dt","by") VALUES (?,?,?,?,?)`, exec: true,
			args:  []any{"42", "-9223372036854775808", false, "1969-07-20T20:17:40.5Z", "AQID"},
			types: []adapter.ArgType{in, bi, {Scalar: adapter.ScalarBoolean}, dt, {Scalar: adapter.ScalarBytes}}},
		{sql: `INSERT INTO "T" ("by") VALUES (?)`, exec: true, args: []any{[]byte{}}, types: []adapter.ArgType{{Scalar: adapter.ScalarBytes}}},
		{sql: `SELECT * FROM "T" ORDER BY "id"`},
		{sql: `SELECT typeof("by"), length("by") FROM "T" ORDER BY "id"`},
	}},
	{"stored values are read as Prisma does", []step{
		{sql: `CREATE TABLE t (n INTEGER, dt DATETIME, bo BOOLEAN, d DATE, v VARCHAR(10), x, ts TIMESTAMP)`, exec: true},
		{sql: `INSERT INTO t VALUES
			(1, '2024-01-02 03:04:05', 1, 5, 'a', 1, '2024-01-02T03:04:05'),
			(2, 631152000123, 2, '2024-01-02', 3, 2.5, '2024-01-02 03:04:05.678+02:00'),
			(3, 631152000123.7, 0, NULL, NULL, 'x', 'not a date'),
			(2.7, -1000, 1.0, NULL, NULL, x'00', 0),
			(-2.7, '2024-05-06T07:08:09.123+00:00', 'true', NULL, NULL, NULL, '2024-05-06')`, exec: true},
		{sql: `SELECT * FROM t ORDER BY rowid`},
	}},
	{"expressions and parameters", []step{
		{sql: `SELECT 1 AS i, 1.5 AS r, 'x' AS s, x'0102' AS b, NULL AS n, ? AS p, ? AS big, ? AS f, typeof(?) AS tp, count(*) AS c, ? AS bo`,
			args:  []any{int64(5), int64(1 << 60), 2.5, int64(9007199254740993), true},
			types: []adapter.ArgType{in, bi, {Scalar: adapter.ScalarFloat}, in, {Scalar: adapter.ScalarBoolean}}},
		{sql: `SELECT column1 AS v FROM (VALUES (NULL), (3), (2.9), (-2.9))`},
		{sql: `SELECT 9223372036854775807 AS max, -9223372036854775808 AS min, 9007199254740993 AS above53, 1e308 * 10 > 0 AS big, -0.0 AS negzero`},
		{sql: `SELECT json_object('a', 1, 'b', json_array(1, 2)) AS j, zeroblob(3) AS z, x'' AS empty`},
	}},
	{"empty results and counts", []step{
		{sql: `CREATE TABLE t (a INTEGER)`, exec: true},
		{sql: `INSERT INTO t VALUES (1)`},
		{sql: `SELECT a FROM t WHERE a > 5`},
		{sql: `INSERT INTO t VALUES (2), (3), (4)`, exec: true},
		{sql: `UPDATE t SET a = a + 1 WHERE a > 2`, exec: true},
		{sql: `SELECT * FROM t`, exec: true},
		{sql: `CREATE INDEX ti ON t (a)`, exec: true},
		{sql: `WITH d AS (SELECT 1) DELETE FROM t WHERE a < 3`, exec: true},
		{sql: `INSERT INTO t VALUES (9) RETURNING a, a * 2 AS twice`},
	}},
	{"datetime comparisons in the iso8601 format", []step{
		{sql: `CREATE TABLE t (id INTEGER PRIMARY KEY, at DATETIME)`, exec: true},
		{sql: `INSERT INTO t (at) VALUES (?), (?), (?)`, exec: true,
			args:  []any{time.Date(1969, 12, 31, 23, 59, 59, 999_000_000, time.UTC), time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.UTC), "2024-05-06T12:00:00+09:00"},
			types: []adapter.ArgType{dt, dt, dt}},
		{sql: `SELECT id, at FROM t WHERE at > ? ORDER BY at`, args: []any{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)}, types: []adapter.ArgType{dt}},
	}},
	{"errors", []step{
		{sql: `CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, n INTEGER CHECK (n > 0))`, exec: true},
		{sql: `CREATE TABLE p (id INTEGER PRIMARY KEY, uid INTEGER NOT NULL REFERENCES u (id))`, exec: true},
		{sql: `INSERT INTO u (id, email) VALUES (1, 'a')`, exec: true},
		{sql: `INSERT INTO u (id, email) VALUES (2, 'a')`, exec: true},
		{sql: `INSERT INTO u (id, email) VALUES (3, 'a')`},
		{sql: `INSERT INTO u (id, email) VALUES (4, NULL)`, exec: true},
		{sql: `INSERT INTO p (id, uid) VALUES (1, 77)`, exec: true},
		{sql: `INSERT INTO u (id, email, n) VALUES (5, 'c', -1)`, exec: true},
		{sql: `SELECT * FROM nope`},
		{sql: `SELECT nope FROM u`},
		{sql: `INSERT INTO u (id, email, nope) VALUES (6, 'd', 1)`, exec: true},
		{sql: `SELEC 1`},
		{sql: `SELECT ?`, args: []any{[]any{int64(1)}}, types: []adapter.ArgType{{Scalar: adapter.ScalarInt, List: true}}},
		{sql: `SELECT ?`, args: []any{"9223372036854775808"}, types: []adapter.ArgType{bi}},
	}},
}

// Every case gives the same answers over Hrana and on a local file, and
// the same as sqliteadapter, but for the error codes, which follow Prisma's
// libsql adapter (decimal extended codes) rather than better-sqlite3
// (names).
func TestSameAnswersAsSQLite(t *testing.T) {
	for _, c := range comparisonCases {
		t.Run(c.name, func(t *testing.T) {
			r := startRemote(t, hranatest.Options{})
			hrana := openRemote(t, r, libsqladapter.Options{})
			file := openFile(t, libsqladapter.Options{})
			sq, err := sqliteadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "s.db"), sqliteadapter.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer sq.Close()
			for i, s := range c.steps {
				h, f, q := run(t, hrana, s), run(t, file, s), run(t, sq, s)
				if diff := cmp.Diff(f, h); diff != "" {
					t.Errorf("step %d %q: over Hrana (-file +hrana):\n%s", i, s.sql, diff)
				}
				if q.Err != "" || f.Err != "" {
					if q.Kind != f.Kind {
						t.Errorf("step %d %q: error kind %s, sqliteadapter's %s", i, s.sql, f.Kind, q.Kind)
					}
					continue
				}
				if diff := cmp.Diff(q, f); diff != "" {
					t.Errorf("step %d %q: (-sqliteadapter +libsqladapter):\n%s", i, s.sql, diff)
				}
			}
		})
	}
}

// The comparison is not vacuous: the errors case gives the errors Prisma's
// libsql adapter gives.
func TestErrorsMatchPrismaLibSQL(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	for _, a := range []*libsqladapter.Adapter{openRemote(t, r, libsqladapter.Options{}), openFile(t, libsqladapter.Options{})} {
		var got []string
		for _, s := range comparisonCases[len(comparisonCases)-1].steps {
			if o := run(t, a, s); o.Err != "" {
				got = append(got, o.Err)
			}
		}
		want := []string{
			`{"originalCode":"2067","originalMessage":"UNIQUE constraint failed: u.email","kind":"UniqueConstraintViolation","constraint":{"fields":["email"]},"table":"u"}`,
			`{"originalCode":"2067","originalMessage":"UNIQUE constraint failed: u.email","kind":"UniqueConstraintViolation","constraint":{"fields":["email"]},"table":"u"}`,
			`{"originalCode":"1299","originalMessage":"NOT NULL constraint failed: u.email","kind":"NullConstraintViolation","constraint":{"fields":["email"]}}`,
			`{"originalCode":"787","originalMessage":"FOREIGN KEY constraint failed","kind":"ForeignKeyConstraintViolation","constraint":{"foreignKey":{}}}`,
			`{"originalCode":"275","originalMessage":"CHECK constraint failed: n \u003e 0","kind":"sqlite","extendedCode":275,"message":"CHECK constraint failed: n \u003e 0"}`,
			`{"originalCode":"1","originalMessage":"no such table: nope","kind":"TableDoesNotExist","table":"nope"}`,
			`{"originalCode":"1","originalMessage":"no such column: nope","kind":"ColumnNotFound","column":"nope"}`,
			`{"originalCode":"1","originalMessage":"table u has no column named nope","kind":"ColumnNotFound","column":"nope"}`,
			`{"originalCode":"1","originalMessage":"near \"SELEC\": syntax error","kind":"sqlite","extendedCode":1,"message":"near \"SELEC\": syntax error"}`,
			`{"kind":"InvalidInputValue","message":"libsqladapter: SQLite has no list (array) values; a list argument cannot be bound"}`,
			`{"kind":"ValueOutOfRange","cause":"value 9223372036854775808 does not fit SQLite's 64-bit INTEGER"}`,
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", a.DB().Driver(), diff)
		}
	}
}

// Where SQLite reports a code its message does not show, Hrana cannot tell
// it: a PRIMARY KEY violation is 1555 on a local file and 2067 over HTTP
// (libsql-client-go drops the code). Both are UniqueConstraintViolation.
func TestPrimaryKeyViolation(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	for _, c := range []struct {
		a    *libsqladapter.Adapter
		code string
	}{{openFile(t, libsqladapter.Options{}), "1555"}, {openRemote(t, r, libsqladapter.Options{}), "2067"}} {
		run(t, c.a, step{sql: `CREATE TABLE k (id INTEGER PRIMARY KEY)`, exec: true})
		run(t, c.a, step{sql: `INSERT INTO k VALUES (1)`, exec: true})
		o := run(t, c.a, step{sql: `INSERT INTO k VALUES (1)`, exec: true})
		want := `{"originalCode":"` + c.code + `","originalMessage":"UNIQUE constraint failed: k.id","kind":"UniqueConstraintViolation","constraint":{"fields":["id"]},"table":"k"}`
		if o.Err != want {
			t.Errorf("got  %s\nwant %s", o.Err, want)
		}
	}
}

// Booleans are bound as doubles and Ints as doubles but beyond 2^53, where
// they stay exact, over Hrana as on a file.
func TestArgumentBinding(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	for _, a := range []*libsqladapter.Adapter{openRemote(t, r, libsqladapter.Options{}), openFile(t, libsqladapter.Options{})} {
		o := run(t, a, step{sql: `SELECT typeof(?1), ?1, typeof(?2), ?2, typeof(?3), ?3, typeof(?4), ?4`,
			args:  []any{true, false, int64(1<<53 + 1), "9007199254740993"},
			types: []adapter.ArgType{{Scalar: adapter.ScalarBoolean}, {Scalar: adapter.ScalarBoolean}, in, in}})
		want := []any{"real", 1.0, "real", 0.0, "integer", int64(1<<53 + 1), "integer", int64(9007199254740993)}
		if o.RS == nil {
			t.Fatalf("%v", o.Err)
		}
		if diff := cmp.Diff(want, o.RS.Rows[0]); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}

func TestInfo(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	for _, a := range []*libsqladapter.Adapter{openRemote(t, r, libsqladapter.Options{}), openFile(t, libsqladapter.Options{})} {
		info := a.Info()
		if info.ServerVersion == "" || !strings.HasPrefix(info.ServerVersion, "3.") {
			t.Errorf("ServerVersion %q", info.ServerVersion)
		}
		info.ServerVersion = ""
		want := adapter.Info{Provider: adapter.ProviderSQLite, Name: "noengine/libsqladapter", Flavor: "libsql", MaxBindValues: 999}
		if diff := cmp.Diff(want, info); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}

// The unixepoch-ms format writes integers, over Hrana as on a file, and
// they are read back as sqliteadapter reads them.
func TestUnixEpochMS(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	sq, err := sqliteadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "s.db"), sqliteadapter.Options{TimestampFormat: sqliteadapter.TimestampUnixEpochMS})
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	opts := libsqladapter.Options{TimestampFormat: libsqladapter.TimestampUnixEpochMS}
	var answers [][]any
	for _, a := range []adapter.Queryable{openRemote(t, r, opts), openFile(t, opts), sq} {
		run(t, a, step{sql: `CREATE TABLE t (at DATETIME)`, exec: true})
		run(t, a, step{sql: `INSERT INTO t VALUES (?)`, args: []any{time.UnixMilli(-14182939500)}, types: []adapter.ArgType{dt}, exec: true})
		o := run(t, a, step{sql: `SELECT typeof(at), CASE WHEN 1 THEN at END, at FROM t`})
		if o.RS == nil {
			t.Fatal(o.Err)
		}
		answers = append(answers, o.RS.Rows[0])
	}
	if diff := cmp.Diff([]any{"integer", int64(-14182939500)}, answers[0][:2]); diff != "" {
		t.Errorf("stored (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(answers[2], answers[0]); diff != "" {
		t.Errorf("over Hrana (-sqliteadapter +libsqladapter):\n%s", diff)
	}
	if diff := cmp.Diff(answers[2], answers[1]); diff != "" {
		t.Errorf("on a file (-sqliteadapter +libsqladapter):\n%s", diff)
	}
}

// A transaction spans several HTTP requests on one stream, and other
// connections do not see it until it commits.
func TestRemoteTransactionIsolation(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	a := openRemote(t, r, libsqladapter.Options{})
	ctx := context.Background()
	run(t, a, step{sql: `CREATE TABLE t (a INTEGER)`, exec: true})
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		run(t, tx, step{sql: `INSERT INTO t VALUES (?)`, args: []any{int64(i)}, types: []adapter.ArgType{in}, exec: true})
	}
	count := func(q adapter.Queryable) int64 {
		return run(t, q, step{sql: `SELECT count(*) FROM t`}).RS.Rows[0][0].(int64)
	}
	if n := count(tx); n != 3 {
		t.Errorf("inside: %d", n)
	}
	if n := count(a); n != 0 {
		t.Errorf("outside before commit: %d", n)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(a); n != 3 {
		t.Errorf("after commit: %d", n)
	}
	if n := a.ConnectionsInUse(); n != 0 {
		t.Errorf("%d connections in use", n)
	}
}

// A stream the server expired ends its transaction: the next statement
// fails with ConnectionClosed, Rollback succeeds, the write is gone and the
// adapter works on.
func TestExpiredStream(t *testing.T) {
	r := startRemote(t, hranatest.Options{StreamExpiry: 100 * time.Millisecond})
	a := openRemote(t, r, libsqladapter.Options{})
	ctx := context.Background()
	run(t, a, step{sql: `CREATE TABLE t (a INTEGER)`, exec: true})
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	run(t, tx, step{sql: `INSERT INTO t VALUES (1)`, exec: true})
	time.Sleep(400 * time.Millisecond)
	_, err = tx.Exec(ctx, &adapter.Query{SQL: `INSERT INTO t VALUES (2)`})
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.ConnectionClosed {
		t.Errorf("statement on an expired stream: %v, want ConnectionClosed", err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Errorf("Rollback: %v", err)
	}
	if o := run(t, a, step{sql: `SELECT count(*) FROM t`}); o.RS == nil || o.RS.Rows[0][0] != int64(0) {
		t.Errorf("after the expired transaction: %+v", o)
	}
	if n := a.ConnectionsInUse(); n != 0 {
		t.Errorf("%d connections in use", n)
	}
}

func TestExecScript(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	for _, a := range []*libsqladapter.Adapter{openRemote(t, r, libsqladapter.Options{}), openFile(t, libsqladapter.Options{})} {
		ctx := context.Background()
		err := a.ExecScript(ctx, `CREATE TABLE s (a INTEGER UNIQUE);
			CREATE TRIGGER st AFTER INSERT ON s BEGIN UPDATE s SET a = a * 10 WHERE a = new.a AND a < 5; END;
			INSERT INTO s VALUES (1);`)
		if err != nil {
			t.Fatal(err)
		}
		err = a.ExecScript(ctx, `INSERT INTO s VALUES (7); INSERT INTO s VALUES (7); INSERT INTO s VALUES (8)`)
		if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.UniqueConstraintViolation {
			t.Errorf("failing script: %v", err)
		}
		// The trigger ran; the script stopped at its failing statement, the
		// one before it stays (no transaction around a script).
		o := run(t, a, step{sql: `SELECT a FROM s ORDER BY a`})
		if diff := cmp.Diff([][]any{{int64(7)}, {int64(10)}}, o.RS.Rows); diff != "" {
			t.Errorf("after the scripts (-want +got):\n%s", diff)
		}
	}
}

func TestClosed(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	a := openRemote(t, r, libsqladapter.Options{})
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := a.Query(context.Background(), &adapter.Query{SQL: "SELECT 1"})
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.ConnectionClosed {
		t.Errorf("Query after Close: %v", err)
	}
	if err := a.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for r.Hrana.OpenStreams() != 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := r.Hrana.OpenStreams(); n != 0 {
		t.Errorf("%d streams left open after Close", n)
	}
}

func TestLargeValues(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	a := openRemote(t, r, libsqladapter.Options{})
	blob := make([]byte, 1<<16)
	for i := range blob {
		blob[i] = byte(i * 7)
	}
	text := strings.Repeat("漢字 ✓ ", 20000)
	run(t, a, step{sql: `CREATE TABLE t (b BLOB, s TEXT, f REAL)`, exec: true})
	run(t, a, step{sql: `INSERT INTO t VALUES (?, ?, ?)`, args: []any{blob, text, math.MaxFloat64}, exec: true})
	o := run(t, a, step{sql: `SELECT b, s, f FROM t`})
	if diff := cmp.Diff([]any{blob, text, math.MaxFloat64}, o.RS.Rows[0]); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// JSON has no infinities: a Hrana server writes an infinite REAL as a float
// of value null (serde_json does so in sqld), which the client reads as
// NULL. A local file returns ±Inf.
func TestInfinityOverHrana(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	o := run(t, openRemote(t, r, libsqladapter.Options{}), step{sql: `SELECT 1e999 AS inf`})
	if diff := cmp.Diff([][]any{{nil}}, o.RS.Rows); diff != "" {
		t.Errorf("over Hrana (-want +got):\n%s", diff)
	}
	o = run(t, openFile(t, libsqladapter.Options{}), step{sql: `SELECT 1e999 AS inf`})
	if diff := cmp.Diff([][]any{{math.Inf(1)}}, o.RS.Rows); diff != "" {
		t.Errorf("on a file (-want +got):\n%s", diff)
	}
}

func TestContextErrors(t *testing.T) {
	r := startRemote(t, hranatest.Options{})
	a := openRemote(t, r, libsqladapter.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Query(ctx, &adapter.Query{SQL: "SELECT 1"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
