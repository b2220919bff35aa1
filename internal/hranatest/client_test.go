package hranatest

// End to end with the real libsql-client-go over loopback HTTP: the client
// libsqladapter is built on, against this server standing in for sqld
// (which cannot be had on this machine).

import (
	"context"
	"database/sql"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "github.com/tursodatabase/libsql-client-go/libsql"
)

func openClient(t *testing.T, s *testServer) *sql.DB {
	t.Helper()
	db, err := sql.Open("libsql", s.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestClientRoundTrip(t *testing.T) {
	s := newTestServer(t, Options{})
	db := openClient(t, s)
	ctx := context.Background()
	mustExec := func(q string, args ...any) sql.Result {
		t.Helper()
		res, err := db.ExecContext(ctx, q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return res
	}
	mustExec(`CREATE TABLE t (id INTEGER PRIMARY KEY, i BIGINT, f REAL, s TEXT, b BLOB, dt DATETIME, n TEXT)`)
	res := mustExec(`INSERT INTO t (i, f, s, b, dt, n) VALUES (?, ?, ?, ?, ?, ?)`,
		int64(math.MaxInt64), 2.5, "héllo", []byte{7}, "2024-05-06 07:08:09", nil)
	if id, _ := res.LastInsertId(); id != 1 {
		t.Errorf("LastInsertId = %d, want 1", id)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Errorf("RowsAffected = %d, want 1", n)
	}
	mustExec(`INSERT INTO t (i, f, b) VALUES (?, ?, ?)`, int64(math.MinInt64), -1e-300, []byte{})

	rows, err := db.QueryContext(ctx, `SELECT i, f, s, b, dt, n FROM t ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]any
	for rows.Next() {
		vals := make([]any, 6)
		ptrs := make([]any, 6)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		got = append(got, vals)
	}
	rows.Close()
	exp := [][]any{
		// The client parses text in a DATETIME column into a time.Time.
		{int64(math.MaxInt64), 2.5, "héllo", []byte{7}, time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), nil},
		{int64(math.MinInt64), -1e-300, nil, []byte{}, nil, nil},
	}
	if diff := cmp.Diff(exp, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}

	// Named arguments go without their prefix; the server binds them.
	var name string
	if err := db.QueryRowContext(ctx, `SELECT s FROM t WHERE id = :id AND i = @i`, sql.Named("id", 1), sql.Named("i", int64(math.MaxInt64))).Scan(&name); err != nil || name != "héllo" {
		t.Errorf("named args: %q, %v", name, err)
	}

	// Several statements in one Exec are one batch; RowsAffected is their sum.
	res = mustExec(`UPDATE t SET n = 'x'; UPDATE t SET n = 'y' WHERE id = 1; CREATE TABLE u (a)`)
	if n, _ := res.RowsAffected(); n != 3 {
		t.Errorf("batch RowsAffected = %d, want 3", n)
	}

	// RETURNING.
	var id int64
	if err := db.QueryRowContext(ctx, `INSERT INTO t (s) VALUES ('r') RETURNING id`).Scan(&id); err != nil || id != 3 {
		t.Errorf("RETURNING: %d, %v", id, err)
	}

	// Errors carry the server's message.
	_, err = db.ExecContext(ctx, `INSERT INTO t (id) VALUES (1)`)
	if err == nil || !strings.Contains(err.Error(), "SQLite error: UNIQUE constraint failed: t.id") {
		t.Errorf("duplicate key: %v", err)
	}
}

func TestClientTransactions(t *testing.T) {
	s := newTestServer(t, Options{})
	db := openClient(t, s)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE t (a INTEGER)`); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM t`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, commit := range []bool{true, false} {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO t VALUES (?)`, i); err != nil {
				t.Fatal(err)
			}
		}
		var inside int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM t`).Scan(&inside); err != nil {
			t.Fatal(err)
		}
		if commit {
			err = tx.Commit()
		} else {
			err = tx.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 3 {
			t.Errorf("commit=%v: %d rows after, %d inside, want 3", commit, n, inside)
		}
	}
	// Closing the pool closes its streams (libsql-client-go sends "close"
	// from goroutines of its own).
	db.Close()
	waitStreams(t, s.h, 0)
}
