package noengine_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/internal/sqlitecore"
	"github.com/noengine/noengine/internal/testenv"
	"github.com/noengine/noengine/libsqladapter"
	"github.com/noengine/noengine/mysqladapter"
	"github.com/noengine/noengine/pgadapter"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

// TestE2E runs the end-to-end corpus (testdata/e2e) through the whole
// client on SQLite: every response must equal what Prisma 7.10 answered.
func TestE2E(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		e2e.Run(t, "sqlite", openSQLite)
	})
	// DateTime stored as Unix milliseconds, against answers recorded from
	// Prisma with the same adapter option (testdata/e2e-unixepoch-ms).
	t.Run("sqlite-unixepoch-ms", func(t *testing.T) {
		e2e.RunDir(t, filepath.Join("testdata", "e2e-unixepoch-ms"), "sqlite", func(t testing.TB, src string) e2e.Executor {
			return openSQLiteAdapter(t, src, sqliteadapter.Options{TimestampFormat: sqliteadapter.TimestampUnixEpochMS}, nil)
		})
	})
	// The sqlite corpus through libsqladapter, with libsql-client-go talking
	// Hrana over loopback HTTP to internal/hranatest, the in-test stand-in
	// for a libSQL server (no sqld can be had on this machine). The answers
	// are Prisma's with better-sqlite3, but for the SQLite codes in errors:
	// Prisma's libsql adapter reports the extended code in decimal, and over
	// HTTP the adapter recovers it from SQLite's message (a PRIMARY KEY
	// violation reads as UNIQUE, 2067; a FOREIGN KEY failure as 787), and
	// for the adapter's name in its own messages (noengine's recorded
	// divergences). The corpus is compared whole, with these substituted
	// in a copy of the expected files; a code missing from the table fails
	// the test.
	t.Run("libsql", func(t *testing.T) {
		libsqlCodes := map[string]string{
			"SQLITE_ERROR":                 "1",
			"SQLITE_CONSTRAINT_UNIQUE":     "2067",
			"SQLITE_CONSTRAINT_PRIMARYKEY": "2067",
			"SQLITE_CONSTRAINT_NOTNULL":    "1299",
			"SQLITE_CONSTRAINT_FOREIGNKEY": "787",
			"SQLITE_CONSTRAINT_TRIGGER":    "787",
		}
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(e2e.CorpusDir())); err != nil {
			t.Fatal(err)
		}
		expected, err := filepath.Glob(filepath.Join(dir, "*", "expected.sqlite.jsonl"))
		if err != nil || len(expected) == 0 {
			t.Fatalf("no expected.sqlite.jsonl files in the corpus copy (%v)", err)
		}
		divergences, _ := filepath.Glob(filepath.Join(dir, "*", "suite.json")) // noengine's own answers
		expected = append(expected, divergences...)
		code := regexp.MustCompile("[\"`]SQLITE_[A-Z_]+[\"`]") // a JSON string, or `code` in a message
		for _, path := range expected {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b = code.ReplaceAllFunc(b, func(q []byte) []byte {
				name := q[1 : len(q)-1]
				n, ok := libsqlCodes[string(name)]
				if !ok {
					t.Fatalf("%s: no libsql code for %s", path, name)
				}
				return append(append([]byte{q[0]}, n...), q[len(q)-1])
			})
			b = bytes.ReplaceAll(b, []byte("sqliteadapter: "), []byte("libsqladapter: "))
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		e2e.RunDir(t, dir, "sqlite", func(t testing.TB, schemaSrc string) e2e.Executor {
			ctx := context.Background()
			s, err := schema.Parse("schema.prisma", []byte(schemaSrc))
			if err != nil {
				t.Fatalf("parse schema: %v", err)
			}
			backend, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(t.TempDir(), "hrana.db")+"?_foreign_keys=on&_busy_timeout=5000")
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(hranatest.New(backend))
			t.Cleanup(func() { srv.Close(); backend.Close() })
			a, err := libsqladapter.Open(ctx, srv.URL, libsqladapter.Options{})
			if err != nil {
				t.Fatalf("open %s: %v", srv.URL, err)
			}
			t.Cleanup(func() { a.Close() })
			if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
				t.Fatalf("push: %v", err)
			}
			return newExecutor(t, s, a, nil)
		})
	})
	t.Run("sqlite-join", func(t *testing.T) {
		e2e.Run(t, "sqlite", func(t testing.TB, src string) e2e.Executor {
			return openSQLiteOpts(t, src, &noengine.Options{RelationJoins: true})
		})
	})
	t.Run("postgresql", func(t *testing.T) {
		base := testenv.PostgresURL(t)
		e2e.Run(t, "postgresql", func(t testing.TB, schemaSrc string) e2e.Executor {
			return openPostgres(t, base, schemaSrc, nil)
		})
	})
	t.Run("mysql", func(t *testing.T) {
		base := testenv.MySQLURL(t)
		e2e.Run(t, "mysql", func(t testing.TB, schemaSrc string) e2e.Executor {
			return openMySQL(t, base, schemaSrc)
		})
	})
	// SQL Server: the adapter suite and smoke requests (e2e_mssql_test.go);
	// the corpus's answers are not SQL Server's, its SQL is pinned by
	// internal/mssqlgolden. Needs TEST_MSSQL_URL.
	t.Run("sqlserver", testSQLServer)
	// The same corpus with relations loaded in one statement (JSON
	// aggregation): the answers must not change.
	t.Run("postgresql-join", func(t *testing.T) {
		base := testenv.PostgresURL(t)
		e2e.Run(t, "postgresql", func(t testing.TB, schemaSrc string) e2e.Executor {
			return openPostgres(t, base, schemaSrc, &noengine.Options{RelationJoins: true})
		})
	})
}

var schemaSeq atomic.Int64

// openPostgres pushes the schema into a fresh PostgreSQL schema (dropped at
// the end of the test) and returns an executor on it.
func openPostgres(t testing.TB, base, schemaSrc string, opts *noengine.Options) e2e.Executor {
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(schemaSrc))
	if err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	name := fmt.Sprintf("e2e_%d_%d", time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("schema", name)
	u.RawQuery = q.Encode()
	a, err := pgadapter.Open(ctx, u.String(), pgadapter.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{Schema: name}); err != nil {
		t.Fatalf("push: %v", err)
	}
	t.Cleanup(func() {
		_, _ = a.Exec(context.Background(), &adapter.Query{SQL: `DROP SCHEMA "` + name + `" CASCADE`})
	})
	return newExecutor(t, s, a, opts)
}

func openSQLite(t testing.TB, schemaSrc string) e2e.Executor {
	return openSQLiteOpts(t, schemaSrc, nil)
}

func openSQLiteOpts(t testing.TB, schemaSrc string, opts *noengine.Options) e2e.Executor {
	return openSQLiteAdapter(t, schemaSrc, sqliteadapter.Options{}, opts)
}

func openSQLiteAdapter(t testing.TB, schemaSrc string, aopts sqliteadapter.Options, opts *noengine.Options) e2e.Executor {
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(schemaSrc))
	if err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	url := "file:" + filepath.Join(t.TempDir(), "e2e.db")
	a, err := sqliteadapter.Open(ctx, url, aopts)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		t.Fatalf("push: %v", err)
	}
	return newExecutor(t, s, a, opts)
}

// openMySQL pushes the schema into a fresh MySQL database (dropped at the
// end of the test) and returns an executor on it.
func openMySQL(t testing.TB, base, schemaSrc string) e2e.Executor {
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(schemaSrc))
	if err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	admin, err := mysqladapter.Open(ctx, base, mysqladapter.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer admin.Close()
	name := fmt.Sprintf("e2e_%d_%d", time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	if _, err := admin.Exec(ctx, &adapter.Query{SQL: "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"}); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if a, err := mysqladapter.Open(context.Background(), base, mysqladapter.Options{}); err == nil {
			_, _ = a.Exec(context.Background(), &adapter.Query{SQL: "DROP DATABASE `" + name + "`"})
			a.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	a, err := mysqladapter.Open(ctx, u.String(), mysqladapter.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		t.Fatalf("push: %v", err)
	}
	return newExecutor(t, s, a, nil)
}

// newExecutor answers corpus lines through a client session on adapter a.
func newExecutor(t testing.TB, s *schema.Schema, a adapter.Adapter, opts *noengine.Options) e2e.Executor {
	client, err := noengine.NewWithSchema(s, a, opts)
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	sess := client.NewSession()
	t.Cleanup(func() {
		sess.Close()
		client.Close()
	})
	return e2e.ExecutorFunc(func(ctx context.Context, line []byte) ([]byte, error) {
		return sess.Do(ctx, line), nil
	})
}
