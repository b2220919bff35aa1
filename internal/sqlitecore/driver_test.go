package sqlitecore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// openDriver opens a database on a new file with the driver of the build.
func openDriver(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open(DriverName, "file:"+filepath.Join(t.TempDir(), "d.db")+"?_foreign_keys=on&_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The errors of the linked driver give the extended code and
// sqlite3_errmsg() alone, the same with both drivers.
func TestDriverError(t *testing.T) {
	db := openDriver(t)
	ctx := context.Background()
	for _, s := range []string{
		`CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE)`,
		`CREATE TABLE p (id INTEGER PRIMARY KEY, u INTEGER NOT NULL REFERENCES u(id))`,
		`INSERT INTO u VALUES (1, 'a')`,
	} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	type result struct {
		Ext int
		Msg string
	}
	tests := []struct {
		sql  string
		want result
	}{
		{`INSERT INTO u VALUES (2, 'a')`, result{2067, "UNIQUE constraint failed: u.email"}},
		{`INSERT INTO u VALUES (1, 'b')`, result{1555, "UNIQUE constraint failed: u.id"}},
		{`INSERT INTO u (email) VALUES (NULL)`, result{1299, "NOT NULL constraint failed: u.email"}},
		{`INSERT INTO p VALUES (1, 7)`, result{787, "FOREIGN KEY constraint failed"}},
		{`SELEC 1`, result{1, `near "SELEC": syntax error`}},
		{`SELECT nope FROM u`, result{1, "no such column: nope"}},
		{`SELECT abs(-9223372036854775808)`, result{1, "integer overflow"}},
		{`ROLLBACK`, result{1, "cannot rollback - no transaction is active"}},
	}
	for _, tt := range tests {
		_, err := db.ExecContext(ctx, tt.sql)
		ext, msg, ok := DriverError(err)
		if !ok {
			t.Errorf("%s: DriverError(%v (%T)) found no driver error", tt.sql, err, err)
			continue
		}
		if diff := cmp.Diff(tt.want, result{ext, msg}); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tt.sql, diff)
		}
	}

	// SQLITE_BUSY: a second connection cannot write while the first holds
	// the write lock (busy timeout 0).
	c1, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	if _, err := c1.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer c1.ExecContext(ctx, "ROLLBACK")
	c2, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	_, err = c2.ExecContext(ctx, "BEGIN IMMEDIATE")
	ext, msg, ok := DriverError(err)
	if diff := cmp.Diff(result{5, "database is locked"}, result{ext, msg}); !ok || diff != "" {
		t.Errorf("busy: %v: (-want +got):\n%s", err, diff)
	}
	if IsInterrupt(err) {
		t.Errorf("IsInterrupt(%v) = true", err)
	}
}

func TestAutoCommit(t *testing.T) {
	db := openDriver(t)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	state := func() []bool {
		var got []bool
		conn.Raw(func(dc any) error {
			ac, ok := AutoCommit(dc)
			got = []bool{ac, ok}
			return nil
		})
		return got
	}
	var got [][]bool
	got = append(got, state())
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		t.Fatal(err)
	}
	got = append(got, state())
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	got = append(got, state())
	if diff := cmp.Diff([][]bool{{true, true}, {false, true}, {true, true}}, got); diff != "" {
		t.Errorf("autocommit, known before BEGIN, after it, after ROLLBACK (-want +got):\n%s", diff)
	}
	if _, ok := AutoCommit(struct{}{}); ok {
		t.Error("AutoCommit knows the state of a connection of no driver")
	}
}

// Reading a DATETIME column through DeclTypes gives the stored text and
// integer, the declared types in lower case.
func TestDeclTypesRawValues(t *testing.T) {
	db := openDriver(t)
	ctx := context.Background()
	for _, s := range []string{
		`CREATE TABLE t (a DATETIME, b DATETIME, c DATE, d TIMESTAMP, e BOOLEAN, f VARCHAR(3))`,
		`INSERT INTO t VALUES ('2024-01-02 03:04:05', 1700000000000, '2024-01-02', '2024-01-02T03:04:05Z', 1, 'x')`,
	} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var decl []string
	var row []driver.Value
	err = conn.Raw(func(dc any) error {
		rows, err := dc.(driver.QueryerContext).QueryContext(ctx, "SELECT a, b, c, d, e, f, 1 FROM t", nil)
		if err != nil {
			return err
		}
		defer rows.Close()
		decl = DeclTypes(rows, 7)
		row = make([]driver.Value, 7)
		return rows.Next(row)
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"datetime", "datetime", "date", "timestamp", "boolean", "varchar(3)", ""}, decl); diff != "" {
		t.Errorf("declared types (-want +got):\n%s", diff)
	}
	want := []driver.Value{"2024-01-02 03:04:05", int64(1700000000000), "2024-01-02", "2024-01-02T03:04:05Z", int64(1), "x", int64(1)}
	if diff := cmp.Diff(want, row); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}
