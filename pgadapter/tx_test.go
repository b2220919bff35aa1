package pgadapter_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

func TestTransactions(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL)`)
	ctx := context.Background()
	count := func(t *testing.T, a adapter.Queryable) int64 {
		t.Helper()
		return mustQuery(t, a, q(`SELECT count(*) AS n FROM kv`)).Rows[0][0].(int64)
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, `TRUNCATE kv`)

			// Commit makes the rows visible; rollback discards them.
			tx, err := a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if n := mustExec(t, tx, q(`INSERT INTO kv VALUES ($1, $2), ($3, $4)`, "a", int64(1), "b", int64(2))); n != 2 {
				t.Errorf("affected %d, want 2", n)
			}
			if n := count(t, tx); n != 2 {
				t.Errorf("inside tx: %d rows", n)
			}
			if err := tx.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			if tx.(*pgadapter.Tx).RolledBack() {
				t.Error("RolledBack() after a commit")
			}
			if n := count(t, a); n != 2 {
				t.Errorf("after commit: %d rows, want 2", n)
			}
			tx, err = a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q(`DELETE FROM kv`))
			if err := tx.Rollback(ctx); err != nil {
				t.Fatal(err)
			}
			if n := count(t, a); n != 2 {
				t.Errorf("after rollback: %d rows, want 2", n)
			}

			// A finished transaction cannot be used again.
			want := &adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "Transaction already closed: the transaction was already committed or rolled back"}
			_, err = tx.Query(ctx, q(`SELECT 1`))
			if diff := cmp.Diff(want, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("query after rollback (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, adapterError(t, tx.Commit(ctx)), errorOpts); diff != "" {
				t.Errorf("commit after rollback (-want +got):\n%s", diff)
			}

			// Isolation levels are set on the transaction.
			for _, level := range []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSerializable} {
				tx, err := a.Begin(ctx, adapter.TxOptions{Isolation: level, ReadOnly: level == adapter.LevelSerializable})
				if err != nil {
					t.Fatal(err)
				}
				got := mustQuery(t, tx, q(`SELECT current_setting('transaction_isolation') AS iso, current_setting('transaction_read_only') AS ro`))
				ro := "off"
				if level == adapter.LevelSerializable {
					ro = "on"
				}
				wantLevel := map[adapter.IsolationLevel]string{adapter.LevelReadUncommitted: "read uncommitted", adapter.LevelReadCommitted: "read committed", adapter.LevelRepeatableRead: "repeatable read", adapter.LevelSerializable: "serializable"}[level]
				if diff := cmp.Diff([][]any{{wantLevel, ro}}, got.Rows); diff != "" {
					t.Errorf("%v (-want +got):\n%s", level, diff)
				}
				if err := tx.Rollback(ctx); err != nil {
					t.Fatal(err)
				}
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
			mustExec(t, tx, q(`INSERT INTO kv VALUES ('c', 3)`))
			if err := sp.CreateSavepoint(ctx, "prisma_sp_1"); err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q(`INSERT INTO kv VALUES ('d', 4)`))
			if err := sp.RollbackToSavepoint(ctx, "prisma_sp_1"); err != nil {
				t.Fatal(err)
			}
			if err := sp.CreateSavepoint(ctx, "Sp2"); err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q(`INSERT INTO kv VALUES ('e', 5)`))
			if err := sp.ReleaseSavepoint(ctx, "Sp2"); err != nil {
				t.Fatal(err)
			}
			// A failed statement is undone by rolling back to a savepoint.
			if err := sp.CreateSavepoint(ctx, "sp3"); err != nil {
				t.Fatal(err)
			}
			if _, err := tx.Exec(ctx, q(`INSERT INTO kv VALUES ('c', 0)`)); err == nil {
				t.Fatal("duplicate insert succeeded")
			}
			if err := sp.RollbackToSavepoint(ctx, "sp3"); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			got := mustQuery(t, a, q(`SELECT k FROM kv ORDER BY k`))
			if diff := cmp.Diff([][]any{{"a"}, {"b"}, {"c"}, {"e"}}, got.Rows); diff != "" {
				t.Errorf("after savepoints (-want +got):\n%s", diff)
			}
			if err := sp.CreateSavepoint(ctx, "late"); !errors.Is(err, &adapter.Error{Kind: adapter.TransactionAlreadyClosed}) {
				t.Errorf("savepoint after commit: %v", err)
			}

			// COMMIT of a transaction the database aborted succeeds, as in
			// Prisma, and the transaction reports the rollback.
			tx, err = a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q(`INSERT INTO kv VALUES ('z', 26)`))
			if _, err := tx.Exec(ctx, q(`SELECT 1/0`)); err == nil {
				t.Fatal("1/0 succeeded")
			}
			_, err = tx.Exec(ctx, q(`SELECT 1`))
			if diff := cmp.Diff(&adapter.Error{Kind: adapter.PostgresError, OriginalCode: "25P02",
				OriginalMessage: "current transaction is aborted, commands ignored until end of transaction block",
				Code:            "25P02", Severity: "ERROR", Message: "current transaction is aborted, commands ignored until end of transaction block"},
				adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("statement in aborted tx (-want +got):\n%s", diff)
			}
			if err := tx.Commit(ctx); err != nil {
				t.Errorf("commit of aborted tx: %v", err)
			}
			if !tx.(*pgadapter.Tx).RolledBack() {
				t.Error("RolledBack() = false after the database rolled back")
			}
			if n := count(t, a); n != 4 {
				t.Errorf("after aborted commit: %d rows, want 4", n)
			}
		})
	}
}

// TestWriteConflict provokes a real serialization failure between two
// transactions.
func TestWriteConflict(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TABLE acct (id int PRIMARY KEY, n int)`, `INSERT INTO acct VALUES (1, 0)`)
	a := d.open(t)
	ctx := context.Background()
	t1, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelRepeatableRead})
	if err != nil {
		t.Fatal(err)
	}
	defer t1.Rollback(ctx)
	t2, err := a.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelRepeatableRead})
	if err != nil {
		t.Fatal(err)
	}
	defer t2.Rollback(ctx)
	mustQuery(t, t1, q(`SELECT n FROM acct`))
	mustQuery(t, t2, q(`SELECT n FROM acct`))
	mustExec(t, t1, q(`UPDATE acct SET n = n + 1`))
	errc := make(chan error, 1)
	go func() {
		_, err := t2.Exec(ctx, q(`UPDATE acct SET n = n + 1`))
		errc <- err
	}()
	time.Sleep(100 * time.Millisecond)
	if err := t1.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	want := &adapter.Error{Kind: adapter.TransactionWriteConflict, OriginalCode: "40001", OriginalMessage: "could not serialize access due to concurrent update"}
	if diff := cmp.Diff(want, adapterError(t, <-errc), errorOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestConnSerialised: NewConn runs one call at a time, and a transaction
// holds the connection until it ends.
func TestConnSerialised(t *testing.T) {
	d := newTestDB(t)
	a := d.adapters(t)["NewConn"]
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := a.Query(ctx, q(`SELECT $1::int AS i`, int64(i)))
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff([][]any{{int64(i)}}, got.Rows); diff != "" {
				t.Error(diff)
			}
		}()
	}
	wg.Wait()

	tx, err := a.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := a.Query(short, q(`SELECT 1`)); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("query while a transaction holds the connection: %v, want a timeout", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := a.Query(ctx, q(`SELECT 1`))
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Errorf("query after commit: %v", err)
	}
}

// TestRollbackAfterCancel: Rollback with an ended context still rolls back,
// so that NewConn's single connection leaves the transaction.
func TestRollbackAfterCancel(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TABLE rb (i int)`)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			tx, err := a.Begin(ctx, adapter.TxOptions{})
			if err != nil {
				t.Fatal(err)
			}
			mustExec(t, tx, q(`INSERT INTO rb VALUES (1)`))
			cancel()
			if err := tx.Rollback(ctx); err != nil {
				t.Fatalf("rollback with an ended context: %v", err)
			}
			got := mustQuery(t, a, q(`SELECT count(*) AS n, now() = statement_timestamp() AS outside FROM rb`))
			if diff := cmp.Diff([][]any{{int64(0), true}}, got.Rows); diff != "" {
				t.Errorf("after rollback (-want +got):\n%s", diff)
			}
		})
	}
}
