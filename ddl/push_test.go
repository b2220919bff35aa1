package ddl

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/mattn/go-sqlite3"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/testenv"
)

var recordPrisma = flag.Bool("prisma", false,
	"record the sqlite/postgresql catalog golden files from what `prisma db push` (the Prisma oracle) creates")

// dbAdapter is a test-only adapter.Adapter over database/sql: the real
// adapters are written elsewhere, and Push needs only Exec and Begin.
type dbAdapter struct {
	db       *sql.DB
	provider adapter.Provider
	execs    int
}

func (a *dbAdapter) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return nil, errors.New("dbAdapter: Query is not used by Push")
}

func (a *dbAdapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	a.execs++
	res, err := a.db.ExecContext(ctx, q.SQL, q.Args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (a *dbAdapter) Begin(ctx context.Context, _ adapter.TxOptions) (adapter.Tx, error) {
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &dbTx{tx: tx, a: a}, nil
}

func (a *dbAdapter) Info() adapter.Info { return adapter.Info{Provider: a.provider, Name: "ddl-test"} }
func (a *dbAdapter) Close() error       { return nil }

type dbTx struct {
	tx *sql.Tx
	a  *dbAdapter
}

func (t *dbTx) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return nil, errors.New("dbTx: Query is not used by Push")
}

func (t *dbTx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	t.a.execs++
	res, err := t.tx.ExecContext(ctx, q.SQL, q.Args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (t *dbTx) Commit(context.Context) error   { return t.tx.Commit() }
func (t *dbTx) Rollback(context.Context) error { return t.tx.Rollback() }

// scriptAdapter also offers ExecScript, on itself and on its transactions.
type scriptAdapter struct {
	dbAdapter
	scripts int
}

func (a *scriptAdapter) ExecScript(ctx context.Context, script string) error {
	a.scripts++
	_, err := a.db.ExecContext(ctx, script)
	return err
}

func (a *scriptAdapter) Begin(ctx context.Context, _ adapter.TxOptions) (adapter.Tx, error) {
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &scriptTx{dbTx{tx: tx, a: &a.dbAdapter}, a}, nil
}

type scriptTx struct {
	dbTx
	sa *scriptAdapter
}

func (t *scriptTx) ExecScript(ctx context.Context, script string) error {
	t.sa.scripts++
	_, err := t.tx.ExecContext(ctx, script)
	return err
}

// newAdapter returns a plain or a script-capable adapter.
func newAdapter(db *sql.DB, p adapter.Provider, script bool) (adapter.Adapter, func() (execs, scripts int)) {
	if script {
		a := &scriptAdapter{dbAdapter: dbAdapter{db: db, provider: p}}
		return a, func() (int, int) { return a.execs, a.scripts }
	}
	a := &dbAdapter{db: db, provider: p}
	return a, func() (int, int) { return a.execs, 0 }
}

type pushMode struct {
	name   string
	script bool
}

// pushModes names the two ways Push runs statements.
var pushModes = []pushMode{{"exec", false}, {"script", true}}

// serverModes are the push modes tried against a server for a schema:
// statement by statement always, as a script for a few schemas (each mode
// costs a fresh database).
func serverModes(name string) []pushMode {
	switch name {
	case "basic", "m2m", "multischema", "native-pg", "native-mysql", "enums", "edge":
		return pushModes
	}
	return pushModes[:1]
}

// prismaPush runs `prisma db push` through the Prisma oracle (Node).
func prismaPush(t *testing.T, ts testSchema, provider, dbURL string) {
	t.Helper()
	dbMJS := os.Getenv("DB_MJS")
	if dbMJS == "" {
		home, _ := os.UserHomeDir()
		dbMJS = filepath.Join(home, ".cache", "prisma-oracle", "db.mjs")
	}
	if _, err := os.Stat(dbMJS); err != nil {
		t.Skipf("-prisma needs the Prisma oracle (%v)", err)
	}
	f := filepath.Join(t.TempDir(), ts.name+".prisma")
	if err := os.WriteFile(f, []byte(withProvider(ts.src, provider)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", dbMJS, "push", "--schema", f, "--url", dbURL).CombinedOutput()
	if err != nil {
		t.Fatalf("prisma db push: %v\n%s", err, out)
	}
}

// checkCatalog compares a catalog dump with testdata/<name>.<provider>.catalog,
// recording it under -update (ours) or -prisma (Prisma's).
func checkCatalog(t *testing.T, file, got string, fromPrisma bool) {
	t.Helper()
	if fromPrisma {
		if err := os.WriteFile(filepath.Join("testdata", file), []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	checkGolden(t, file, got)
}

// ---------------------------------------------------------------- SQLite

func sqliteCatalog(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT type, name, tbl_name, sql FROM sqlite_master
		WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var typ, name, tbl string
		var def sql.NullString
		if err := rows.Scan(&typ, &name, &tbl, &def); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "-- %s %s (%s)\n%s;\n\n", typ, name, tbl, def.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func openSQLite(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPushSQLite pushes every test schema into an empty SQLite database and
// compares sqlite_master with what Prisma's `db push` creates.
func TestPushSQLite(t *testing.T) {
	ctx := context.Background()
	for _, ts := range loadSchemas(t) {
		if !hasProvider(ts, SQLite) || ts.noPush[SQLite] {
			continue
		}
		t.Run(ts.name, func(t *testing.T) {
			file := ts.name + ".sqlite.catalog"
			if *recordPrisma {
				path := filepath.Join(t.TempDir(), "prisma.db")
				prismaPush(t, ts, SQLite, "file:"+path)
				checkCatalog(t, file, sqliteCatalog(t, openSQLite(t, path)), true)
				return
			}
			s := parseFor(t, ts, SQLite)
			for _, mode := range pushModes {
				db := openSQLite(t, filepath.Join(t.TempDir(), mode.name+".db"))
				a, counts := newAdapter(db, adapter.ProviderSQLite, mode.script)
				if err := Push(ctx, a, s, Options{}); err != nil {
					t.Fatalf("%s: %v", mode.name, err)
				}
				if execs, scripts := counts(); mode.script && ts.name != "empty" && (scripts != 1 || execs != 0) {
					t.Errorf("%s: %d scripts, %d execs; want one script", mode.name, scripts, execs)
				}
				checkCatalog(t, file, sqliteCatalog(t, db), false)
			}
		})
	}
}

// TestPushSQLiteRollback checks that a failing push leaves nothing behind.
func TestPushSQLiteRollback(t *testing.T) {
	ctx := context.Background()
	src := "datasource db {\n  provider = \"sqlite\"\n}\nmodel A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n}\n"
	s := parseFor(t, testSchema{name: "rollback", src: src}, SQLite)
	for _, mode := range pushModes {
		db := openSQLite(t, filepath.Join(t.TempDir(), "r.db"))
		if _, err := db.Exec(`CREATE TABLE "B" (x INTEGER)`); err != nil {
			t.Fatal(err)
		}
		a, _ := newAdapter(db, adapter.ProviderSQLite, mode.script)
		if err := Push(ctx, a, s, Options{}); err == nil {
			t.Fatalf("%s: push into a database with table B: no error", mode.name)
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'A'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s: table A survived the failed push", mode.name)
		}
	}
}

func TestPushProviderMismatch(t *testing.T) {
	src := "datasource db {\n  provider = \"postgresql\"\n}\nmodel A {\n  id Int @id\n}\n"
	s := parseFor(t, testSchema{name: "mismatch", src: src}, PostgreSQL)
	db := openSQLite(t, filepath.Join(t.TempDir(), "m.db"))
	a, _ := newAdapter(db, adapter.ProviderSQLite, false)
	err := Push(context.Background(), a, s, Options{})
	if err == nil || !strings.Contains(err.Error(), "adapter speaks") {
		t.Errorf("err = %v, want a provider mismatch", err)
	}
}

func hasProvider(ts testSchema, p string) bool {
	for _, x := range ts.providers {
		if x == p {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ PostgreSQL

// pgDatabase (re)creates an empty database and returns its URL.
func pgDatabase(t *testing.T, base, name string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	for _, q := range []string{
		fmt.Sprintf(`DROP DATABASE IF EXISTS %q WITH (FORCE)`, name),
		fmt.Sprintf(`CREATE DATABASE %q`, name),
	} {
		if _, err := admin.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err == nil {
			admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %q WITH (FORCE)`, name))
			admin.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func pgCatalog(t *testing.T, db *sql.DB) string {
	t.Helper()
	sections := []struct{ title, query string }{
		{"schemas", `SELECT nspname FROM pg_namespace
			WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' ORDER BY 1`},
		{"extensions", `SELECT extname FROM pg_extension ORDER BY 1`},
		{"enums", `SELECT n.nspname, t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
			FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
			GROUP BY 1, 2 ORDER BY 1, 2`},
		{"columns", `SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
				CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END,
				coalesce('DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
			FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
			WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
			  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
			ORDER BY 1, 2, a.attnum`},
		{"constraints", `SELECT n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid)
			FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
			ORDER BY 1, 2, 3`},
		{"indexes", `SELECT schemaname, tablename, indexdef FROM pg_indexes
			WHERE schemaname NOT LIKE 'pg\_%' AND schemaname <> 'information_schema'
			ORDER BY 1, 2, indexname`},
		{"sequences", `SELECT schemaname, sequencename, data_type::text FROM pg_sequences ORDER BY 1, 2`},
	}
	var b strings.Builder
	for _, sec := range sections {
		fmt.Fprintf(&b, "-- %s\n", sec.title)
		b.WriteString(queryLines(t, db, sec.query))
		b.WriteString("\n")
	}
	return b.String()
}

// queryLines prints each row as its columns joined with " | ".
func queryLines(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = v.String
		}
		b.WriteString(strings.Join(parts, " | "))
		b.WriteString("\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func openDB(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(2)
	t.Cleanup(func() { db.Close() })
	return db
}

func dbName(prefix, name string) string {
	return prefix + strings.ReplaceAll(name, "-", "_")
}

// TestPushPostgres pushes every test schema into an empty PostgreSQL
// database and compares the catalog (columns, constraints, indexes, enums,
// sequences, schemas) with what Prisma's `db push` creates.
func TestPushPostgres(t *testing.T) {
	base := testenv.PostgresURL(t)
	ctx := context.Background()
	for _, ts := range loadSchemas(t) {
		if !hasProvider(ts, PostgreSQL) || ts.noPush[PostgreSQL] {
			continue
		}
		t.Run(ts.name, func(t *testing.T) {
			t.Parallel()
			file := ts.name + ".postgresql.catalog"
			if *recordPrisma {
				u := pgDatabase(t, base, dbName("ddlprisma_", ts.name))
				prismaPush(t, ts, PostgreSQL, u)
				checkCatalog(t, file, pgCatalog(t, openDB(t, "pgx", u)), true)
				return
			}
			s := parseFor(t, ts, PostgreSQL)
			for _, mode := range serverModes(ts.name) {
				u := pgDatabase(t, base, dbName("ddl_", ts.name))
				db := openDB(t, "pgx", u)
				a, _ := newAdapter(db, adapter.ProviderPostgres, mode.script)
				if err := Push(ctx, a, s, Options{}); err != nil {
					t.Fatalf("%s: %v", mode.name, err)
				}
				checkCatalog(t, file, pgCatalog(t, db), false)
			}
		})
	}
}

// TestPushPostgresSchema pushes into a non-default schema (as with
// ?schema=tenant in the URL): Prisma's unqualified statements land there.
func TestPushPostgresSchema(t *testing.T) {
	base := testenv.PostgresURL(t)
	src := "datasource db {\n  provider = \"postgresql\"\n}\nenum E {\n  X\n}\nmodel A {\n  id Int @id @default(autoincrement())\n  e E\n  bs B[]\n}\nmodel B {\n  id Int @id\n  a A @relation(fields: [aId], references: [id])\n  aId Int @unique\n}\n"
	s := parseFor(t, testSchema{name: "pgschema", src: src}, PostgreSQL)
	for _, mode := range pushModes {
		u := pgDatabase(t, base, "ddl_pgschema")
		db := openDB(t, "pgx", u)
		a, _ := newAdapter(db, adapter.ProviderPostgres, mode.script)
		if err := Push(context.Background(), a, s, Options{Schema: "tenant"}); err != nil {
			t.Fatalf("%s: %v", mode.name, err)
		}
		got := queryLines(t, db, `SELECT n.nspname, c.relname, c.relkind FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname IN ('public', 'tenant') ORDER BY 1, 2`) +
			queryLines(t, db, `SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
			WHERE t.typtype = 'e'`)
		want := "tenant | A | r\ntenant | A_id_seq | S\ntenant | A_pkey | i\ntenant | B | r\ntenant | B_aId_key | i\ntenant | B_pkey | i\ntenant | E\n"
		if got != want {
			t.Errorf("%s: objects:\n%s\nwant:\n%s", mode.name, got, want)
		}
	}
}

// ----------------------------------------------------------------- MySQL

// mysqlDSN turns mysql://user:pw@host:port/db into a go-sql-driver DSN.
func mysqlDSN(t *testing.T, raw, dbname string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "mysql" && u.Scheme != "mariadb" {
		return raw // already a DSN
	}
	pw, _ := u.User.Password()
	if dbname == "" {
		dbname = strings.TrimPrefix(u.Path, "/")
	}
	return fmt.Sprintf("%s:%s@tcp(%s)/%s?multiStatements=true", u.User.Username(), pw, u.Host, dbname)
}

func mysqlDatabase(t *testing.T, raw, name string) *sql.DB {
	t.Helper()
	admin := openDB(t, "mysql", mysqlDSN(t, raw, ""))
	for _, q := range []string{
		"DROP DATABASE IF EXISTS `" + name + "`",
		"CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
	} {
		if _, err := admin.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS `" + name + "`") })
	return openDB(t, "mysql", mysqlDSN(t, raw, name))
}

func mysqlCatalog(t *testing.T, db *sql.DB) string {
	t.Helper()
	var tables []string
	rows, err := db.Query("SHOW TABLES")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tbl := range tables {
		var name, create string
		if err := db.QueryRow("SHOW CREATE TABLE `"+tbl+"`").Scan(&name, &create); err != nil {
			t.Fatal(err)
		}
		b.WriteString(create)
		b.WriteString(";\n\n")
	}
	return b.String()
}

// TestPushMySQL pushes every test schema into an empty MySQL/MariaDB
// database and records SHOW CREATE TABLE (Prisma's offline schema engine
// cannot create MySQL tables, so the golden files are ours).
func TestPushMySQL(t *testing.T) {
	raw := testenv.MySQLURL(t)
	ctx := context.Background()
	for _, ts := range loadSchemas(t) {
		if !hasProvider(ts, MySQL) || ts.noPush[MySQL] {
			continue
		}
		t.Run(ts.name, func(t *testing.T) {
			t.Parallel()
			s := parseFor(t, ts, MySQL)
			for _, mode := range serverModes(ts.name) {
				db := mysqlDatabase(t, raw, dbName("ddl_", ts.name))
				a, counts := newAdapter(db, adapter.ProviderMySQL, mode.script)
				start := time.Now()
				if err := Push(ctx, a, s, Options{}); err != nil {
					t.Fatalf("%s: %v", mode.name, err)
				}
				if execs, scripts := counts(); mode.script && ts.name != "empty" && scripts != 1 {
					t.Errorf("%s: %d scripts, %d execs; want one script", mode.name, scripts, execs)
				}
				t.Logf("%s: pushed in %v", mode.name, time.Since(start).Round(time.Millisecond))
				checkCatalog(t, ts.name+".mysql.catalog", mysqlCatalog(t, db), false)
			}
		})
	}
}

// recorder is a fake adapter that records what Push asks of it.
type recorder struct {
	provider adapter.Provider
	flavor   string
	script   bool
	log      []string
}

type recordingTx struct{ r *recorder }

func (r *recorder) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return nil, errors.New("recorder: no queries")
}
func (r *recorder) Exec(_ context.Context, q *adapter.Query) (int64, error) {
	r.log = append(r.log, "exec "+firstLine(q.SQL))
	return 0, nil
}
func (r *recorder) Begin(context.Context, adapter.TxOptions) (adapter.Tx, error) {
	r.log = append(r.log, "begin")
	return &recordingTx{r}, nil
}
func (r *recorder) Info() adapter.Info {
	return adapter.Info{Provider: r.provider, Flavor: r.flavor, SchemaName: ""}
}
func (r *recorder) Close() error { return nil }
func (t *recordingTx) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return nil, errors.New("recorder: no queries")
}
func (t *recordingTx) Exec(_ context.Context, q *adapter.Query) (int64, error) {
	t.r.log = append(t.r.log, "tx exec "+firstLine(q.SQL))
	return 0, nil
}
func (t *recordingTx) Commit(context.Context) error { t.r.log = append(t.r.log, "commit"); return nil }
func (t *recordingTx) Rollback(context.Context) error {
	t.r.log = append(t.r.log, "rollback")
	return nil
}

type scriptRecorder struct{ recorder }

func (r *scriptRecorder) ExecScript(_ context.Context, script string) error {
	r.log = append(r.log, "script "+firstLine(script))
	return nil
}

// TestPushPaths checks how Push runs the statements for each provider.
func TestPushPaths(t *testing.T) {
	src := "datasource db {\n  provider = \"postgresql\"\n}\nmodel A {\n  id Int @id\n}\n"
	tests := []struct {
		provider string
		adapter  adapter.Provider
		flavor   string
		script   bool
		opts     Options
		want     []string
	}{
		{SQLite, adapter.ProviderSQLite, "", false, Options{}, []string{"begin", `tx exec CREATE TABLE "A" ( ...`, "commit"}},
		{PostgreSQL, adapter.ProviderPostgres, "", false, Options{Schema: "t1"}, []string{
			"begin", `tx exec SET LOCAL search_path TO "t1"`, `tx exec CREATE SCHEMA IF NOT EXISTS "t1"`, `tx exec CREATE TABLE "A" ( ...`, "commit"}},
		{CockroachDB, adapter.ProviderPostgres, "cockroachdb", false, Options{}, []string{
			`exec CREATE SCHEMA IF NOT EXISTS "public"`, `exec CREATE TABLE "A" ( ...`}},
		{MySQL, adapter.ProviderMySQL, "", false, Options{}, []string{"exec CREATE TABLE `A` ( ..."}},
		{MySQL, adapter.ProviderMySQL, "", true, Options{}, []string{"script CREATE TABLE `A` ( ..."}},
		{SQLServer, adapter.ProviderSQLServer, "", false, Options{}, []string{"begin", "tx exec CREATE TABLE [dbo].[A] ( ...", "commit"}},
		{SQLServer, adapter.ProviderSQLServer, "", true, Options{}, []string{"script BEGIN TRY ..."}},
	}
	for _, tt := range tests {
		s := parseFor(t, testSchema{name: "paths", src: src}, tt.provider)
		var a adapter.Adapter
		var log *[]string
		if tt.script {
			r := &scriptRecorder{recorder{provider: tt.adapter, flavor: tt.flavor}}
			a, log = r, &r.log
		} else {
			r := &recorder{provider: tt.adapter, flavor: tt.flavor}
			a, log = r, &r.log
		}
		if err := Push(context.Background(), a, s, tt.opts); err != nil {
			t.Fatalf("%s: %v", tt.provider, err)
		}
		if diff := cmp.Diff(tt.want, *log); diff != "" {
			t.Errorf("%s (script %v) (-want +got):\n%s", tt.provider, tt.script, diff)
		}
	}
}
