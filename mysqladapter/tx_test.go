package mysqladapter_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/mysqladapter"
)

func TestTransactions(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, "CREATE TABLE kv (k VARCHAR(10) PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB")
	count := func(t *testing.T, a adapter.Queryable) int64 {
		t.Helper()
		return mustQuery(t, a, q("SELECT COUNT(*) AS n FROM kv")).Rows[0][0].(int64)
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, "DELETE FROM kv")
			// The transaction outlives the context it was begun with.
			beginCtx, cancel := context.WithCancel(context.Background())
			tx, err := a.Begin(beginCtx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			cancel()
			ctx := context.Background()
			if n := mustExec(t, tx, q("INSERT INTO kv VALUES (?, ?), (?, ?)", "a", int64(1), "b", int64(2))); n != 2 {
				t.Errorf("affected %d, want 2", n)
			}
			rs := mustQuery(t, tx, q("INSERT INTO kv VALUES (?, ?)", "c", int64(3)))
			if diff := cmp.Diff(&adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}, LastInsertID: ptr(int64(0))}, rs); diff != "" {
				t.Errorf("insert without auto-increment (-want +got):\n%s", diff)
			}
			if n := count(t, tx); n != 3 {
				t.Errorf("inside tx: %d rows", n)
			}
			if n := count(t, a); n != 0 {
				t.Errorf("outside tx before commit: %d rows", n)
			}
			if err := tx.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			if n := count(t, a); n != 3 {
				t.Errorf("after commit: %d rows, want 3", n)
			}
			tx, err = a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q("DELETE FROM kv"))
			if err := tx.Rollback(ctx); err != nil {
				t.Fatal(err)
			}
			if n := count(t, a); n != 3 {
				t.Errorf("after rollback: %d rows, want 3", n)
			}
			want := &adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "Transaction already closed: the transaction was already committed or rolled back"}
			_, err = tx.Exec(ctx, q("SELECT 1"))
			if diff := cmp.Diff(want, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("exec after rollback (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, adapterError(t, tx.Rollback(ctx)), errorOpts); diff != "" {
				t.Errorf("rollback after rollback (-want +got):\n%s", diff)
			}

			// Isolation levels and read-only transactions.
			levels := map[adapter.IsolationLevel]bool{adapter.LevelReadUncommitted: true, adapter.LevelReadCommitted: true,
				adapter.LevelRepeatableRead: true, adapter.LevelSerializable: true}
			for level := range levels {
				if got := observedLevel(t, d, a, level); got != level {
					t.Errorf("asked for %v, the transaction behaves as %v", level, got)
				}
			}
			tx, err = a.Begin(ctx, adapter.TxOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			_, err = tx.Exec(ctx, q("INSERT INTO kv VALUES ('ro', 0)"))
			if diff := cmp.Diff(&adapter.Error{Kind: adapter.MySQLError, OriginalCode: "1792",
				OriginalMessage: "Cannot execute statement in a READ ONLY transaction", Code: "1792",
				Message: "Cannot execute statement in a READ ONLY transaction", State: "25006"}, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("read-only (-want +got):\n%s", diff)
			}
			if err := tx.Rollback(ctx); err != nil {
				t.Fatal(err)
			}
			_, err = a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSnapshot})
			if diff := cmp.Diff(&adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: "SNAPSHOT"}, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("snapshot (-want +got):\n%s", diff)
			}

			// Savepoints.
			tx, err = a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sp := tx.(adapter.Savepointer)
			mustExec(t, tx, q("INSERT INTO kv VALUES ('d', 4)"))
			if err := sp.CreateSavepoint(ctx, "prisma_sp_1"); err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q("INSERT INTO kv VALUES (?, ?)", "e", int64(5)))
			if err := sp.RollbackToSavepoint(ctx, "prisma_sp_1"); err != nil {
				t.Fatal(err)
			}
			if err := sp.CreateSavepoint(ctx, "sp2"); err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q("INSERT INTO kv VALUES (?, ?)", "f", int64(6)))
			if err := sp.ReleaseSavepoint(ctx, "sp2"); err != nil {
				t.Fatal(err)
			}
			if err := sp.RollbackToSavepoint(ctx, "sp2"); err == nil {
				t.Error("rollback to a released savepoint succeeded")
			} else if e := adapterError(t, err); e.OriginalCode != "1305" {
				t.Errorf("rollback to a released savepoint: %v", err)
			}
			if err := tx.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			got := mustQuery(t, a, q("SELECT k FROM kv ORDER BY k"))
			if diff := cmp.Diff([][]any{{"a"}, {"b"}, {"c"}, {"d"}, {"f"}}, got.Rows); diff != "" {
				t.Errorf("after savepoints (-want +got):\n%s", diff)
			}
			if err := sp.CreateSavepoint(ctx, "late"); !errors.Is(err, &adapter.Error{Kind: adapter.TransactionAlreadyClosed}) {
				t.Errorf("savepoint after commit: %v", err)
			}
		})
	}
}

func TestInfo(t *testing.T) {
	d := newTestDB(t)
	a := d.open(t, mysqladapter.Options{Database: "app"})
	version := mustQuery(t, a, q("SELECT VERSION() AS v")).Rows[0][0].(string)
	want := adapter.Info{
		Provider: adapter.ProviderMySQL, Name: "noengine/mysqladapter", SchemaName: "app",
		MaxBindValues: 65535, ServerVersion: version,
	}
	if strings.Contains(strings.ToLower(version), "mariadb") {
		want.Flavor = "mariadb"
	} else {
		want.SupportsRelationJoins = true // MySQL 8.0.13+
	}
	if diff := cmp.Diff(want, a.Info()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Without a server the probe fails quietly.
	b, err := mysqladapter.Open(context.Background(), "mysql://u@127.0.0.1:1/x", mysqladapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if diff := cmp.Diff(adapter.Info{Provider: adapter.ProviderMySQL, Name: "noengine/mysqladapter", MaxBindValues: 65535}, b.Info()); diff != "" {
		t.Errorf("unreachable (-want +got):\n%s", diff)
	}
}

func TestExecScript(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			tbl := name + "_script"
			err := a.ExecScript(context.Background(), "CREATE TABLE `"+tbl+"` (id INT, s TEXT);\n"+
				"INSERT INTO `"+tbl+"` VALUES (1, 'a;b'); -- comment; here\n"+
				"INSERT INTO `"+tbl+"` VALUES (2, 'it''s');\n")
			if err != nil {
				t.Fatal(err)
			}
			got := mustQuery(t, a, q("SELECT id, s FROM `"+tbl+"` ORDER BY id"))
			if diff := cmp.Diff([][]any{{int64(1), "a;b"}, {int64(2), "it's"}}, got.Rows); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			err = a.ExecScript(context.Background(), "INSERT INTO `"+tbl+"` VALUES (3, 'x'); SELECT * FROM nope;")
			want := &adapter.Error{Kind: adapter.TableDoesNotExist, OriginalCode: "1146", OriginalMessage: "Table '" + d.name + ".nope' doesn't exist", Table: "nope"}
			if diff := cmp.Diff(want, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestQueryShapes covers statements without rows, many rows, RETURNING
// (MariaDB), matched-row counts and concurrent use of the statement cache.
func TestQueryShapes(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, "CREATE TABLE n (id INT PRIMARY KEY AUTO_INCREMENT, i INT, s VARCHAR(20))")
	mariaDB := d.isMariaDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, "TRUNCATE n")
			rs := mustQuery(t, a, q("INSERT INTO n (i) VALUES (?), (?), (?)", int64(1), int64(2), int64(3)))
			// The id of the first row of a multi-row insert.
			if diff := cmp.Diff(ptr(int64(1)), rs.LastInsertID); diff != "" {
				t.Errorf("LastInsertID (-want +got):\n%s", diff)
			}
			if mariaDB { // MySQL 8 has no RETURNING
				rs = mustQuery(t, a, q("INSERT INTO n (i) VALUES (?) RETURNING id, i", int64(4)))
				want := &adapter.ResultSet{Columns: []string{"id", "i"}, Types: []adapter.ColumnType{adapter.TypeInt32, adapter.TypeInt32}, Rows: [][]any{{int64(4), int64(4)}}}
				if diff := cmp.Diff(want, rs); diff != "" {
					t.Errorf("RETURNING (-want +got):\n%s", diff)
				}
			} else {
				mustExec(t, a, q("INSERT INTO n (i) VALUES (?)", int64(4)))
			}
			mustExec(t, a, q("INSERT INTO n (i) SELECT n FROM ("+seq(5, 1000)+") AS s"))
			got := mustQuery(t, a, q("SELECT i FROM n ORDER BY id"))
			if len(got.Rows) != 1000 || got.Rows[999][0] != int64(1000) {
				t.Errorf("got %d rows", len(got.Rows))
			}
			got = mustQuery(t, a, q("SELECT i, s FROM n WHERE i < ?", int64(0)))
			want := &adapter.ResultSet{Columns: []string{"i", "s"}, Types: []adapter.ColumnType{adapter.TypeInt32, adapter.TypeText}, Rows: [][]any{}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("empty (-want +got):\n%s", diff)
			}
			// UPDATE counts the rows it matched, changed or not, as Prisma
			// (a DSN without clientFoundRows counts changed rows).
			wantN := int64(10)
			if name == "bare" {
				wantN = 0
			}
			if n := mustExec(t, a, q("UPDATE n SET i = i WHERE i <= ?", int64(10))); n != wantN {
				t.Errorf("update affected %d, want %d", n, wantN)
			}

			// Many goroutines, more statement shapes than a small cache
			// holds.
			var wg sync.WaitGroup
			errs := make(chan error, 64)
			for g := range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range 20 {
						shape := fmt.Sprintf("SELECT i + %d AS x FROM n WHERE i = ?", (g+i)%5)
						rs, err := a.Query(context.Background(), q(shape, int64(i+1)))
						if err != nil {
							errs <- err
							return
						}
						if len(rs.Rows) != 1 || rs.Rows[0][0] != int64(i+1+(g+i)%5) {
							errs <- fmt.Errorf("%s [%d]: %v", shape, i+1, rs.Rows)
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}

// observedLevel begins a transaction at level and tells the isolation level
// from its behaviour: whether it sees another session's uncommitted row
// (READ UNCOMMITTED), a row committed after its first read (READ COMMITTED),
// or blocks another session's write to a row it read (SERIALIZABLE).
func observedLevel(t *testing.T, d *testDB, a *mysqladapter.Adapter, level adapter.IsolationLevel) adapter.IsolationLevel {
	t.Helper()
	ctx := context.Background()
	d.exec(t, "CREATE TABLE IF NOT EXISTS iso (k INT PRIMARY KEY) ENGINE=InnoDB", "DELETE FROM iso", "INSERT INTO iso VALUES (1)")
	admin := d.admin(t)
	defer admin.Close()
	other, err := admin.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.ExecContext(ctx, "SET SESSION innodb_lock_wait_timeout = 1"); err != nil {
		t.Fatal(err)
	}
	tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: level})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	count := func() int64 { return mustQuery(t, tx, q("SELECT COUNT(*) AS n FROM iso")).Rows[0][0].(int64) }
	count()
	// A write to the row read: blocked under SERIALIZABLE (shared locks).
	if _, err := other.ExecContext(ctx, "UPDATE iso SET k = 1 WHERE k = 1"); err != nil {
		return adapter.LevelSerializable
	}
	otx, err := other.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := otx.Exec("INSERT INTO iso VALUES (2)"); err != nil {
		t.Fatal(err)
	}
	dirty := count() == 2
	if err := otx.Commit(); err != nil {
		t.Fatal(err)
	}
	switch {
	case dirty:
		return adapter.LevelReadUncommitted
	case count() == 2:
		return adapter.LevelReadCommitted
	}
	return adapter.LevelRepeatableRead
}
