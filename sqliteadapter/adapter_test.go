package sqliteadapter

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
)

// openTemp opens an adapter on a new database file in a temporary directory.
func openTemp(t testing.TB, opts Options) *Adapter {
	t.Helper()
	a, err := Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "test.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func mustExec(t testing.TB, q adapter.Queryable, sql string, args ...any) int64 {
	t.Helper()
	n, err := q.Exec(context.Background(), &adapter.Query{SQL: sql, Args: args, ArgTypes: make([]adapter.ArgType, len(args))})
	if err != nil {
		t.Fatalf("Exec(%q): %v", sql, err)
	}
	return n
}

func mustQuery(t testing.TB, q adapter.Queryable, query *adapter.Query) *adapter.ResultSet {
	t.Helper()
	if query.ArgTypes == nil {
		query.ArgTypes = make([]adapter.ArgType, len(query.Args))
	}
	rs, err := q.Query(context.Background(), query)
	if err != nil {
		t.Fatalf("Query(%q): %v", query.SQL, err)
	}
	return rs
}

// Prisma's DDL for SQLite, with one column per scalar type.
const prismaTypesDDL = `CREATE TABLE "T" (
	"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	"i" INTEGER, "b" BIGINT, "f" REAL, "d" DECIMAL, "bo" BOOLEAN,
	"s" TEXT, "dt" DATETIME, "j" JSONB, "by" BLOB
)`

func TestRoundTripDeclaredColumns(t *testing.T) {
	a := openTemp(t, Options{})
	mustExec(t, a, prismaTypesDDL)
	when := time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.FixedZone("X", 5*3600+1800))
	q := &adapter.Query{
		SQL: `INSERT INTO "T" ("i","b","f","d","bo","s","dt","j","by") VALUES (?,?,?,?,?,?,?,?,?) RETURNING *`,
		Args: []any{int64(-2147483648), int64(math.MinInt64), 0.1, "12.345", true, "héllo 👩‍👩‍👧",
			when, `{"a":[1,{"b":"ü"}]}`, []byte{0, 1, 0, 255, 0}},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarFloat},
			{Scalar: adapter.ScalarDecimal}, {Scalar: adapter.ScalarBoolean}, {Scalar: adapter.ScalarString},
			{Scalar: adapter.ScalarDateTime}, {Scalar: adapter.ScalarJSON}, {Scalar: adapter.ScalarBytes}},
	}
	got := mustQuery(t, a, q)
	want := &adapter.ResultSet{
		Columns: []string{"id", "i", "b", "f", "d", "bo", "s", "dt", "j", "by"},
		Types: []adapter.ColumnType{adapter.TypeInt32, adapter.TypeInt32, adapter.TypeInt64, adapter.TypeDouble, adapter.TypeNumeric,
			adapter.TypeBoolean, adapter.TypeText, adapter.TypeDateTime, adapter.TypeJSON, adapter.TypeBytes},
		Rows: [][]any{{int64(1), int64(-2147483648), int64(math.MinInt64), 0.1, 12.345, true, "héllo 👩‍👩‍👧",
			"2024-05-06T01:38:09.123+00:00", `{"a":[1,{"b":"ü"}]}`, []byte{0, 1, 0, 255, 0}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("INSERT ... RETURNING (-want +got):\n%s", diff)
	}

	// What is stored, as the sqlite3 CLI would show it.
	got = mustQuery(t, a, &adapter.Query{SQL: `SELECT typeof(i), typeof(b), typeof(f), typeof(d), typeof(bo), typeof(dt), typeof(by), hex(by) FROM "T"`})
	wantTypes := []any{"integer", "integer", "real", "real", "integer", "text", "blob", "000100FF00"}
	if diff := cmp.Diff(wantTypes, got.Rows[0]); diff != "" {
		t.Errorf("stored types (-want +got):\n%s", diff)
	}
}

func TestArgumentBinding(t *testing.T) {
	iso := openTemp(t, Options{})
	ms := openTemp(t, Options{TimestampFormat: TimestampUnixEpochMS})
	when := time.Date(1969, 7, 20, 20, 17, 40, 500_000_000, time.UTC)
	type tc struct {
		name     string
		a        *Adapter
		arg      any
		typ      adapter.ArgType
		wantType string // SQLite typeof()
		want     any
	}
	tests := []tc{
		{"int number is bound as a double, as Prisma does", iso, int64(7), adapter.ArgType{Scalar: adapter.ScalarInt}, "real", 7.0},
		{"int string", iso, "42", adapter.ArgType{Scalar: adapter.ScalarInt}, "real", 42.0},
		{"int beyond 2^53 stays exact", iso, int64(1<<53 + 1), adapter.ArgType{Scalar: adapter.ScalarInt}, "integer", int64(1<<53 + 1)},
		{"bigint max", iso, int64(math.MaxInt64), adapter.ArgType{Scalar: adapter.ScalarBigInt}, "integer", int64(math.MaxInt64)},
		{"bigint string min", iso, "-9223372036854775808", adapter.ArgType{Scalar: adapter.ScalarBigInt}, "integer", int64(math.MinInt64)},
		{"bigint string 2^53+1", iso, "9007199254740993", adapter.ArgType{Scalar: adapter.ScalarBigInt}, "integer", int64(9007199254740993)},
		{"float string", iso, "2.5", adapter.ArgType{Scalar: adapter.ScalarFloat}, "real", 2.5},
		{"decimal string is a REAL", iso, "12.345", adapter.ArgType{Scalar: adapter.ScalarDecimal}, "real", 12.345},
		{"decimal with 30 digits of scale loses precision, as in Prisma", iso, "0.123456789012345678901234567890", adapter.ArgType{Scalar: adapter.ScalarDecimal}, "real", 0.12345678901234568},
		// As prisma-ref shows: typeof(?) is 'real' for true and false.
		{"true", iso, true, adapter.ArgType{Scalar: adapter.ScalarBoolean}, "real", 1.0},
		{"false", iso, false, adapter.ArgType{Scalar: adapter.ScalarBoolean}, "real", 0.0},
		{"datetime iso8601", iso, when, adapter.ArgType{Scalar: adapter.ScalarDateTime}, "text", "1969-07-20T20:17:40.500+00:00"},
		{"datetime iso8601 from a zone", iso, time.Date(2024, 1, 1, 1, 0, 0, 0, time.FixedZone("", 2*3600)), adapter.ArgType{Scalar: adapter.ScalarDateTime}, "text", "2023-12-31T23:00:00.000+00:00"},
		{"datetime string", iso, "2024-05-06T07:08:09.123Z", adapter.ArgType{Scalar: adapter.ScalarDateTime}, "text", "2024-05-06T07:08:09.123+00:00"},
		{"datetime DATE dbType is ignored", iso, when, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, "text", "1969-07-20T20:17:40.500+00:00"},
		{"datetime unixepoch-ms", ms, when, adapter.ArgType{Scalar: adapter.ScalarDateTime}, "integer", int64(-14182939500)},
		{"datetime unixepoch-ms from a string", ms, "1970-01-01T00:00:01.001Z", adapter.ArgType{Scalar: adapter.ScalarDateTime}, "integer", int64(1001)},
		{"bytes with zero bytes", iso, []byte{0, 0, 1, 0}, adapter.ArgType{Scalar: adapter.ScalarBytes}, "blob", []byte{0, 0, 1, 0}},
		{"empty bytes are not NULL", iso, []byte{}, adapter.ArgType{Scalar: adapter.ScalarBytes}, "blob", []byte{}},
		{"base64 bytes", iso, "AQIDBA==", adapter.ArgType{Scalar: adapter.ScalarBytes}, "blob", []byte{1, 2, 3, 4}},
		{"json", iso, `{"a":1}`, adapter.ArgType{Scalar: adapter.ScalarJSON}, "text", `{"a":1}`},
		{"string", iso, "x\x00y", adapter.ArgType{Scalar: adapter.ScalarString}, "text", "x\x00y"},
		{"null", iso, nil, adapter.ArgType{Scalar: adapter.ScalarBigInt}, "null", nil},
		{"untyped int", iso, 3, adapter.ArgType{}, "real", 3.0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := mustQuery(t, tt.a, &adapter.Query{SQL: "SELECT typeof(?1), ?1", Args: []any{tt.arg}, ArgTypes: []adapter.ArgType{tt.typ}})
			if diff := cmp.Diff([]any{tt.wantType, tt.want}, rs.Rows[0]); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestArgumentErrors(t *testing.T) {
	a := openTemp(t, Options{})
	tests := []struct {
		name string
		arg  any
		typ  adapter.ArgType
		kind adapter.Kind
	}{
		{"list", []any{int64(1)}, adapter.ArgType{Scalar: adapter.ScalarInt, List: true}, adapter.InvalidInputValue},
		{"list without the flag", []any{int64(1)}, adapter.ArgType{Scalar: adapter.ScalarInt}, adapter.InvalidInputValue},
		{"bigint out of range", "9223372036854775808", adapter.ArgType{Scalar: adapter.ScalarBigInt}, adapter.ValueOutOfRange},
		{"bigint garbage", "x", adapter.ArgType{Scalar: adapter.ScalarBigInt}, adapter.InvalidInputValue},
		{"datetime garbage", "yesterday", adapter.ArgType{Scalar: adapter.ScalarDateTime}, adapter.InvalidInputValue},
		{"unsupported Go type", struct{}{}, adapter.ArgType{}, adapter.InvalidInputValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Query(context.Background(), &adapter.Query{SQL: "SELECT ?", Args: []any{tt.arg}, ArgTypes: []adapter.ArgType{tt.typ}})
			if e, ok := adapter.AsError(err); !ok || e.Kind != tt.kind {
				t.Fatalf("err = %v, want an *adapter.Error of kind %v", err, tt.kind)
			}
		})
	}
}

func TestStoredValuesAreReadAsPrismaDoes(t *testing.T) {
	a := openTemp(t, Options{})
	mustExec(t, a, `CREATE TABLE t (n INTEGER, dt DATETIME, bo BOOLEAN, d DATE, v VARCHAR(10), x)`)
	// Values written by hand, by Prisma's Rust engine (Unix ms) and by odd
	// clients; each row shows one rule.
	mustExec(t, a, `INSERT INTO t VALUES
		(1, '2024-01-02 03:04:05', 1, 5, 'a', 1),
		(2, 631152000123, 2, '2024-01-02', 3, 2.5),
		(3, 631152000123.7, 0, NULL, NULL, 'x'),
		(2.7, -1000, 1.0, NULL, NULL, x'00'),
		(-2.7, '2024-05-06T07:08:09.123+00:00', 'true', NULL, NULL, NULL)`)
	got := mustQuery(t, a, &adapter.Query{SQL: `SELECT * FROM t ORDER BY rowid`})
	want := &adapter.ResultSet{
		Columns: []string{"n", "dt", "bo", "d", "v", "x"},
		// v: "VARCHAR(10)" is not an exact match, its type is inferred from
		// the first value; x has no declared type at all.
		Types: []adapter.ColumnType{adapter.TypeInt32, adapter.TypeDateTime, adapter.TypeBoolean, adapter.TypeDate, adapter.TypeText, adapter.TypeInt64},
		Rows: [][]any{
			{int64(1), "2024-01-02 03:04:05", true, int64(5), "a", int64(1)},
			// 3 is stored as '3' (VARCHAR has TEXT affinity); 2.5 in x,
			// inferred Int64 from its first value, is truncated.
			{int64(2), "1990-01-01T00:00:00.123Z", false, "2024-01-02", "3", int64(2)},
			{int64(3), "1990-01-01T00:00:00.123Z", false, nil, nil, "x"},
			{int64(2), "1969-12-31T23:59:59.000Z", true, nil, nil, []byte{0}},
			{int64(-2), "2024-05-06T07:08:09.123+00:00", "true", nil, nil, nil},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestInferredColumnTypes(t *testing.T) {
	a := openTemp(t, Options{})
	got := mustQuery(t, a, &adapter.Query{SQL: `SELECT 1 AS i, 1.5 AS r, 'x' AS s, x'0102' AS b, NULL AS n, ? AS p, ? AS big`,
		Args: []any{int64(5), int64(1 << 60)}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarBigInt}}})
	want := &adapter.ResultSet{
		Columns: []string{"i", "r", "s", "b", "n", "p", "big"},
		Types: []adapter.ColumnType{adapter.TypeInt64, adapter.TypeUnknownNumber, adapter.TypeText, adapter.TypeBytes,
			adapter.TypeInt32, adapter.TypeUnknownNumber, adapter.TypeInt64},
		Rows: [][]any{{int64(1), 1.5, "x", []byte{1, 2}, nil, 5.0, int64(1 << 60)}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A column whose first non-null value is an integer is Int64, and later
	// reals in it are truncated, as in Prisma.
	got = mustQuery(t, a, &adapter.Query{SQL: `SELECT column1 AS v FROM (VALUES (NULL), (3), (2.9), (-2.9))`})
	if diff := cmp.Diff([][]any{{nil}, {int64(3)}, {int64(2)}, {int64(-2)}}, got.Rows); diff != "" || got.Types[0] != adapter.TypeInt64 {
		t.Errorf("types %v, rows (-want +got):\n%s", got.Types, diff)
	}
}

func TestEmptyResults(t *testing.T) {
	a := openTemp(t, Options{})
	mustExec(t, a, `CREATE TABLE t (a INTEGER)`)
	got := mustQuery(t, a, &adapter.Query{SQL: `INSERT INTO t VALUES (1)`})
	want := &adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("INSERT via Query (-want +got):\n%s", diff)
	}
	got = mustQuery(t, a, &adapter.Query{SQL: `SELECT a FROM t WHERE a > 5`})
	want = &adapter.ResultSet{Columns: []string{"a"}, Types: []adapter.ColumnType{adapter.TypeInt32}, Rows: [][]any{}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("no rows (-want +got):\n%s", diff)
	}
}

func TestExecCounts(t *testing.T) {
	a := openTemp(t, Options{})
	steps := []struct {
		sql  string
		want int64
	}{
		{`CREATE TABLE t (a INTEGER)`, 0},
		{`INSERT INTO t VALUES (1), (2), (3)`, 3},
		{`UPDATE t SET a = a + 1`, 3},
		// better-sqlite3 reports 0 for statements that change nothing
		// themselves; sqlite3_changes() would still say 3.
		{`CREATE TABLE u (a INTEGER)`, 0},
		{`SELECT 1`, 0},
		{`  /* c */ -- c` + "\n" + `delete FROM t WHERE a = 2`, 1},
		{`WITH x AS (SELECT 3 AS v) DELETE FROM t WHERE a IN (SELECT v FROM x)`, 1},
		{`REPLACE INTO t VALUES (9)`, 1},
	}
	for _, s := range steps {
		if got := mustExec(t, a, s.sql); got != s.want {
			t.Errorf("Exec(%q) = %d, want %d", s.sql, got, s.want)
		}
	}
}

// errorCase is a statement and the `cause` Prisma 7.10 (better-sqlite3)
// reports for it, copied from prisma-ref's meta.driverAdapterError.cause.
type errorCase struct {
	name  string
	sql   string
	cause string
	kind  adapter.Kind
}

func TestErrorsMatchPrisma(t *testing.T) {
	a := openTemp(t, Options{})
	for _, s := range []string{
		`CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL)`,
		`CREATE UNIQUE INDEX "User_email_key" ON "User"("email")`,
		`CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL,
			CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE)`,
		`CREATE TABLE c (a INT CHECK (a > 0))`,
		`CREATE TABLE m (a INT, b INT, UNIQUE(a,b))`,
		`CREATE TABLE r (a INTEGER PRIMARY KEY, b TEXT) STRICT`,
		`INSERT INTO "User" (email) VALUES ('alice@example.com')`,
		`INSERT INTO "Post" (title, authorId) VALUES ('p', 1)`,
	} {
		mustExec(t, a, s)
	}
	cases := []errorCase{
		{"unique", `INSERT INTO "User" (email) VALUES ('alice@example.com')`,
			`{"originalCode":"SQLITE_CONSTRAINT_UNIQUE","originalMessage":"UNIQUE constraint failed: User.email","kind":"UniqueConstraintViolation","constraint":{"fields":["email"]},"table":"User"}`,
			adapter.UniqueConstraintViolation},
		{"compound unique", `INSERT INTO m VALUES (1,1),(1,1)`,
			`{"originalCode":"SQLITE_CONSTRAINT_UNIQUE","originalMessage":"UNIQUE constraint failed: m.a, m.b","kind":"UniqueConstraintViolation","constraint":{"fields":["a","b"]},"table":"m"}`,
			adapter.UniqueConstraintViolation},
		{"primary key", `INSERT INTO "Post" (id, title, authorId) VALUES (1, 'x', 1)`,
			`{"originalCode":"SQLITE_CONSTRAINT_PRIMARYKEY","originalMessage":"UNIQUE constraint failed: Post.id","kind":"UniqueConstraintViolation","constraint":{"fields":["id"]},"table":"Post"}`,
			adapter.UniqueConstraintViolation},
		{"foreign key", `INSERT INTO "Post" (title, authorId) VALUES ('orphan', 777)`,
			`{"originalCode":"SQLITE_CONSTRAINT_FOREIGNKEY","originalMessage":"FOREIGN KEY constraint failed","kind":"ForeignKeyConstraintViolation","constraint":{"foreignKey":{}}}`,
			adapter.ForeignKeyConstraintViolation},
		{"restrict", `DELETE FROM "User"`,
			`{"originalCode":"SQLITE_CONSTRAINT_TRIGGER","originalMessage":"FOREIGN KEY constraint failed","kind":"ForeignKeyConstraintViolation","constraint":{"foreignKey":{}}}`,
			adapter.ForeignKeyConstraintViolation},
		{"not null", `INSERT INTO "Post" (title, authorId) VALUES (NULL, 1)`,
			`{"originalCode":"SQLITE_CONSTRAINT_NOTNULL","originalMessage":"NOT NULL constraint failed: Post.title","kind":"NullConstraintViolation","constraint":{"fields":["title"]}}`,
			adapter.NullConstraintViolation},
		{"no such table", `INSERT INTO nope (a) VALUES (1)`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"no such table: nope","kind":"TableDoesNotExist","table":"nope"}`,
			adapter.TableDoesNotExist},
		{"no such table with schema", `SELECT * FROM nope.tbl`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"no such table: nope.tbl","kind":"TableDoesNotExist","table":"nope.tbl"}`,
			adapter.TableDoesNotExist},
		{"has no column named", `INSERT INTO "Post" (nope) VALUES (1)`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"table Post has no column named nope","kind":"ColumnNotFound","column":"nope"}`,
			adapter.ColumnNotFound},
		{"no such column", `SELECT nope FROM "Post"`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"no such column: nope","kind":"ColumnNotFound","column":"nope"}`,
			adapter.ColumnNotFound},
		{"check", `INSERT INTO c VALUES (-1)`,
			`{"originalCode":"SQLITE_CONSTRAINT_CHECK","originalMessage":"CHECK constraint failed: a > 0","kind":"sqlite","extendedCode":1,"message":"CHECK constraint failed: a > 0"}`,
			adapter.SQLiteError},
		{"syntax", `SELEC 1`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"near \"SELEC\": syntax error","kind":"sqlite","extendedCode":1,"message":"near \"SELEC\": syntax error"}`,
			adapter.SQLiteError},
		{"datatype mismatch", `INSERT INTO r VALUES ('x', 'a')`,
			`{"originalCode":"SQLITE_MISMATCH","originalMessage":"datatype mismatch","kind":"sqlite","extendedCode":1,"message":"datatype mismatch"}`,
			adapter.SQLiteError},
		{"integer overflow", `SELECT abs(-9223372036854775808)`,
			`{"originalCode":"SQLITE_ERROR","originalMessage":"integer overflow","kind":"sqlite","extendedCode":1,"message":"integer overflow"}`,
			adapter.SQLiteError},
	}
	for _, tc := range cases {
		for _, via := range []string{"Query", "Exec"} {
			t.Run(tc.name+"/"+via, func(t *testing.T) {
				var err error
				q := &adapter.Query{SQL: tc.sql}
				if via == "Query" {
					_, err = a.Query(context.Background(), q)
				} else {
					_, err = a.Exec(context.Background(), q)
				}
				checkCause(t, err, tc.kind, tc.cause)
			})
		}
	}
}

func checkCause(t *testing.T, err error, kind adapter.Kind, cause string) {
	t.Helper()
	e, ok := adapter.AsError(err)
	if !ok {
		t.Fatalf("err = %v (%T), want an *adapter.Error", err, err)
	}
	if e.Kind != kind {
		t.Errorf("Kind = %v, want %v", e.Kind, kind)
	}
	got, _ := json.Marshal(e)
	var gotV, wantV any
	json.Unmarshal(got, &gotV)
	if err := json.Unmarshal([]byte(cause), &wantV); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantV, gotV); diff != "" {
		t.Errorf("cause (-prisma +noengine):\n%s\ngot %s", diff, got)
	}
	// encoding/json escapes <, > and & where JSON.stringify does not
	// (adapter.Error.MarshalJSON); compare the key order without that.
	if unescapeHTML(string(got)) != cause {
		t.Errorf("cause JSON = %s\nwant (key order too) %s", got, cause)
	}
	if e.OriginalCode != "" && !driverErrorReachable(err) {
		t.Errorf("the driver's error is not reachable with errors.As")
	}
}

func unescapeHTML(s string) string {
	return strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(s)
}

func TestErrorConversionTable(t *testing.T) {
	// Codes that are hard to provoke: checked on synthetic driver errors.
	tests := []struct {
		code  int
		msg   string
		cause string
	}{
		{(5), "database is locked",
			`{"originalCode":"SQLITE_BUSY","originalMessage":"database is locked","kind":"SocketTimeout"}`},
		{(5 | 2<<8), "database is locked",
			`{"originalCode":"SQLITE_BUSY_SNAPSHOT","originalMessage":"database is locked","kind":"SocketTimeout"}`},
		{(5 | 3<<8), "database is locked",
			`{"originalCode":"UNKNOWN_SQLITE_ERROR_773","originalMessage":"database is locked","kind":"SocketTimeout"}`},
		{(10 | 35<<8), "disk I/O error",
			`{"originalCode":"UNKNOWN_SQLITE_ERROR_8970","originalMessage":"disk I/O error","kind":"sqlite","extendedCode":8970,"message":"disk I/O error"}`},
		{(19 | 7<<8), "FOREIGN KEY constraint failed",
			`{"originalCode":"SQLITE_CONSTRAINT_TRIGGER","originalMessage":"FOREIGN KEY constraint failed","kind":"ForeignKeyConstraintViolation","constraint":{"foreignKey":{}}}`},
		{(19 | 8<<8), "UNIQUE constraint failed: index 'idx'",
			`{"originalCode":"SQLITE_CONSTRAINT_UNIQUE","originalMessage":"UNIQUE constraint failed: index 'idx'","kind":"UniqueConstraintViolation","constraint":{"fields":["index 'idx'"]}}`},
		{(19 | 8<<8), "UNIQUE constraint failed",
			`{"originalCode":"SQLITE_CONSTRAINT_UNIQUE","originalMessage":"UNIQUE constraint failed","kind":"UniqueConstraintViolation"}`},
	}
	for _, tt := range tests {
		t.Run(tt.cause, func(t *testing.T) {
			got, _ := json.Marshal(classify(tt.code, tt.msg, nil))
			if string(got) != tt.cause {
				t.Errorf("cause = %s\nwant    %s", got, tt.cause)
			}
		})
	}
}

func TestInvalidIsolationLevel(t *testing.T) {
	a := openTemp(t, Options{})
	for _, l := range []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSnapshot} {
		_, err := a.Begin(context.Background(), adapter.TxOptions{Isolation: l})
		// As prisma-ref prints it for a ReadCommitted batch on SQLite.
		want := `{"kind":"InvalidIsolationLevel","level":"` + l.String() + `"}`
		e, ok := adapter.AsError(err)
		if !ok {
			t.Fatalf("Begin(%v) = %v, want an InvalidIsolationLevel error", l, err)
		}
		if got, _ := json.Marshal(e); string(got) != want {
			t.Errorf("Begin(%v): cause %s, want %s", l, got, want)
		}
	}
	if a.ConnectionsInUse() != 0 {
		t.Errorf("%d connections in use after refused Begins", a.ConnectionsInUse())
	}
}

func TestTransactionLifecycle(t *testing.T) {
	a := openTemp(t, Options{})
	ctx := context.Background()
	mustExec(t, a, `CREATE TABLE t (a INTEGER)`)
	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSerializable})
	if err != nil {
		t.Fatal(err)
	}
	mustExec(t, tx, `INSERT INTO t VALUES (1)`)
	sp := tx.(adapter.Savepointer)
	if err := sp.CreateSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	mustExec(t, tx, `INSERT INTO t VALUES (2)`)
	if err := sp.RollbackToSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	if err := sp.ReleaseSavepoint(ctx, "prisma_sp_1"); err != nil {
		t.Fatal(err)
	}
	if err := sp.CreateSavepoint(ctx, `x"; DROP TABLE t; --`); err == nil {
		t.Error("a savepoint name that is not an identifier was accepted")
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	got := mustQuery(t, a, &adapter.Query{SQL: `SELECT a FROM t`})
	if diff := cmp.Diff([][]any{{int64(1)}}, got.Rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	want := `{"kind":"TransactionAlreadyClosed","cause":"Transaction already closed: A commit cannot be executed on a committed transaction."}`
	err = tx.Commit(ctx)
	if e, ok := adapter.AsError(err); !ok {
		t.Errorf("second Commit = %v", err)
	} else if got, _ := json.Marshal(e); string(got) != want {
		t.Errorf("second Commit: %s, want %s", got, want)
	}
	if _, err := tx.Query(ctx, &adapter.Query{SQL: "SELECT 1"}); err == nil {
		t.Error("Query after Commit succeeded")
	}
	if a.ConnectionsInUse() != 0 {
		t.Errorf("%d connections in use", a.ConnectionsInUse())
	}
}

// A write interrupted by ctx inside a transaction makes SQLite roll the
// whole transaction back: Commit must then fail, never report success.
func TestCommitAfterSQLiteRolledBack(t *testing.T) {
	a := openTemp(t, Options{})
	ctx := context.Background()
	mustExec(t, a, `CREATE TABLE t (a INTEGER)`)
	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mustExec(t, tx, `INSERT INTO t VALUES (1)`)
	qctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = tx.Exec(qctx, &adapter.Query{SQL: `INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 100000000) SELECT x FROM c`})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("long insert: err = %v, want context.DeadlineExceeded", err)
	}
	if err := tx.Commit(ctx); err == nil {
		got := mustQuery(t, a, &adapter.Query{SQL: `SELECT count(*) FROM t`})
		t.Fatalf("Commit succeeded after SQLite rolled the transaction back; rows: %v", got.Rows)
	}
	if a.ConnectionsInUse() != 0 {
		t.Errorf("%d connections in use", a.ConnectionsInUse())
	}
}

func TestNewDoesNotCloseTheCallersPool(t *testing.T) {
	db, err := sql.Open(DriverName, "file:"+filepath.Join(t.TempDir(), "x.db")+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := New(db, Options{})
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Ping(); err != nil {
		t.Errorf("the caller's pool was closed: %v", err)
	}
	_, err = a.Query(context.Background(), &adapter.Query{SQL: "SELECT 1"})
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.ConnectionClosed {
		t.Errorf("Query after Close: %v, want ConnectionClosed", err)
	}
}

func TestOpenClosesWhatItOpened(t *testing.T) {
	a, err := Open(context.Background(), ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := a.DB().Ping(); err == nil {
		t.Error("the pool Open created is still open after Close")
	}
	if err := a.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestOpenURLs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	ctx := context.Background()
	for _, u := range []string{"file:./rel.db", "file:plain.db", "file:" + filepath.Join(dir, "abs.db"), "bare.db", "file:./q.db?connection_limit=2&socket_timeout=1.5"} {
		a, err := Open(ctx, u, Options{})
		if err != nil {
			t.Fatalf("Open(%q): %v", u, err)
		}
		mustExec(t, a, `CREATE TABLE t (a INTEGER)`)
		// Foreign keys are on, as in Prisma.
		rs := mustQuery(t, a, &adapter.Query{SQL: `PRAGMA foreign_keys`})
		if diff := cmp.Diff([][]any{{int64(1)}}, rs.Rows); diff != "" {
			t.Errorf("%s: foreign_keys (-want +got):\n%s", u, diff)
		}
		a.Close()
	}
	for _, f := range []string{"rel.db", "plain.db", "abs.db", "bare.db", "q.db"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s was not created in the current directory: %v", f, err)
		}
	}
	if _, err := Open(ctx, "file:./x.db?bogus=1", Options{}); err == nil {
		t.Error("an unknown URL parameter was accepted")
	}
	if _, err := Open(ctx, "file:"+filepath.Join(dir, "missing-dir", "x.db"), Options{}); err == nil {
		t.Error("Open in a missing directory succeeded")
	} else if e, ok := adapter.AsError(err); !ok || e.OriginalCode != "SQLITE_CANTOPEN" {
		t.Errorf("Open in a missing directory: %v, want SQLITE_CANTOPEN", err)
	}
}

func TestBuildDSN(t *testing.T) {
	// go-sqlite3 (cgo) gets a statement cache; modernc.org/sqlite has none,
	// and gets synchronous=NORMAL with WAL, which go-sqlite3 sets by itself.
	tests := []struct {
		url, mattn, modernc string
		memory              bool
		limit               int
	}{
		{":memory:", "file::memory:?_busy_timeout=5000&_foreign_keys=on&_stmt_cache_size=128",
			"file::memory:?_busy_timeout=5000&_foreign_keys=on", true, 0},
		{"file::memory:", "file::memory:?_busy_timeout=5000&_foreign_keys=on&_stmt_cache_size=128",
			"file::memory:?_busy_timeout=5000&_foreign_keys=on", true, 0},
		{"file:/a/b c#%.db", "file:/a/b c%23%25.db?_busy_timeout=5000&_foreign_keys=on&_stmt_cache_size=128",
			"file:/a/b c%23%25.db?_busy_timeout=5000&_foreign_keys=on", false, 0},
		{"file:/x.db?socket_timeout=2&connection_limit=3&_journal_mode=WAL",
			"file:/x.db?_busy_timeout=2000&_foreign_keys=on&_journal_mode=WAL&_stmt_cache_size=128",
			"file:/x.db?_busy_timeout=2000&_foreign_keys=on&_journal_mode=WAL&_synchronous=NORMAL", false, 3},
		{"file:/x.db?_foreign_keys=off", "file:/x.db?_busy_timeout=5000&_foreign_keys=off&_stmt_cache_size=128",
			"file:/x.db?_busy_timeout=5000&_foreign_keys=off", false, 0},
		{"file:/x.db?_locking_mode=exclusive&_rt=on&_cache_size=-4000&_stmt_cache_size=16",
			"file:/x.db?_busy_timeout=5000&_cache_size=-4000&_foreign_keys=on&_locking_mode=exclusive&_rt=on&_stmt_cache_size=16",
			"file:/x.db?_busy_timeout=5000&_foreign_keys=on&_pragma=locking_mode%28EXCLUSIVE%29&_pragma=recursive_triggers%281%29&_pragma=cache_size%28-4000%29", false, 0},
	}
	for _, tt := range tests {
		want := tt.mattn
		if DriverName == "sqlite" {
			want = tt.modernc
		}
		opts := Options{}
		got, memory, limit, err := buildDSN(tt.url, &opts)
		if err != nil {
			t.Errorf("buildDSN(%q): %v", tt.url, err)
			continue
		}
		if got != want || memory != tt.memory || limit != tt.limit {
			t.Errorf("buildDSN(%q) = %q, %v, %d; want %q, %v, %d", tt.url, got, memory, limit, want, tt.memory, tt.limit)
		}
	}
}

func TestAppendISO8601(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2024, 5, 6, 7, 8, 9, 123999999, time.UTC), "2024-05-06T07:08:09.123+00:00"},
		{time.Date(1969, 12, 31, 23, 59, 59, 999_000_000, time.UTC), "1969-12-31T23:59:59.999+00:00"},
		{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), "0001-01-01T00:00:00.000+00:00"},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "+010000-01-01T00:00:00.000+00:00"},
		{time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), "-000001-01-01T00:00:00.000+00:00"},
	}
	for _, tt := range tests {
		if got := string(AppendISO8601(nil, tt.t)); got != tt.want {
			t.Errorf("AppendISO8601(%v) = %s, want %s", tt.t, got, tt.want)
		}
	}
}

// Raw queries as prisma-ref (Prisma 7.10, better-sqlite3) typed them, on the
// smoke schema: the "types" of its $queryRaw answers.
func TestRawColumnTypesMatchPrisma(t *testing.T) {
	a := openTemp(t, Options{})
	for _, s := range []string{
		`CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT,
			"createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "big" BIGINT, "dec" DECIMAL, "data" JSONB, "bytes" BLOB)`,
		`CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "published" BOOLEAN NOT NULL DEFAULT false, "authorId" INTEGER NOT NULL)`,
		`INSERT INTO "User" ("email","createdAt","big","dec","data","bytes") VALUES ('a', '2024-01-02T03:04:05.678+00:00', 9007199254740993, 12.345, '{"n":1}', x'01020304')`,
		`INSERT INTO "Post" ("title","published","authorId") VALUES ('Hello', 1, 1)`,
	} {
		mustExec(t, a, s)
	}
	rawNames := func(rs *adapter.ResultSet) []string {
		var out []string
		for _, t := range rs.Types {
			out = append(out, t.RawName())
		}
		return out
	}
	rs := mustQuery(t, a, &adapter.Query{SQL: `SELECT id, createdAt, typeof(createdAt) AS tc, big, dec, data, bytes, (SELECT published FROM Post LIMIT 1) AS pub FROM User LIMIT 1`})
	if diff := cmp.Diff([]string{"int", "datetime", "string", "bigint", "decimal", "json", "bytes", "bool"}, rawNames(rs)); diff != "" {
		t.Errorf("types (-prisma +noengine):\n%s", diff)
	}
	want := []any{int64(1), "2024-01-02T03:04:05.678+00:00", "text", int64(9007199254740993), 12.345, `{"n":1}`, []byte{1, 2, 3, 4}, true}
	if diff := cmp.Diff(want, rs.Rows[0]); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}

	// Parameters: Prisma binds numbers (and booleans) as doubles, BigInts as
	// integers.
	rs = mustQuery(t, a, &adapter.Query{
		SQL:  `SELECT ? AS a, ? AS b, ? AS c, typeof(?) AS t, 1 AS d, 1.5 AS e, ? AS f, typeof(?) AS tf`,
		Args: []any{int64(5), 2.5, "x", int64(7), int64(9007199254740993), int64(5)},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarFloat}, {Scalar: adapter.ScalarString},
			{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarBigInt}},
	})
	if diff := cmp.Diff([]string{"unknown", "unknown", "string", "string", "bigint", "unknown", "bigint", "string"}, rawNames(rs)); diff != "" {
		t.Errorf("parameter types (-prisma +noengine):\n%s", diff)
	}
	want = []any{5.0, 2.5, "x", "real", int64(1), 1.5, int64(9007199254740993), "integer"}
	if diff := cmp.Diff(want, rs.Rows[0]); diff != "" {
		t.Errorf("parameter values (-want +got):\n%s", diff)
	}
}

// The end of a context interrupts a statement while its rows are read, not
// only while it computes its first row: go-sqlite3 watches the context
// until the rows are closed, modernc.org/sqlite only during the first step
// (the adapter watches the rest, sqlitecore.InterruptOnDone).
func TestCancelWhileReadingRows(t *testing.T) {
	a := openTemp(t, Options{})
	ctx := context.Background()
	// 200 rows, each taking some 50ms to compute.
	const slowRows = `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200)
		SELECT x, (WITH RECURSIVE d(y) AS (SELECT x UNION ALL SELECT y + 1 FROM d WHERE y < x + 200000) SELECT max(y) FROM d) FROM c`
	qctx, cancel := context.WithCancel(ctx)
	defer cancel()
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := a.Query(qctx, &adapter.Query{SQL: slowRows})
	took := time.Since(start)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Query: %v after %v; want context.Canceled", err, took)
	}
	if took > 5*time.Second {
		t.Errorf("the statement took %v to stop", took)
	}
	got := mustQuery(t, a, &adapter.Query{SQL: `SELECT 1`})
	if diff := cmp.Diff([][]any{{int64(1)}}, got.Rows); diff != "" {
		t.Errorf("after the interrupted statement (-want +got):\n%s", diff)
	}
	if n := a.ConnectionsInUse(); n != 0 {
		t.Errorf("%d connections in use", n)
	}
}
