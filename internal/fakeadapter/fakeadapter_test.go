package fakeadapter

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/noengine/noengine/adapter"
)

var ctx = context.Background()

func q(sql string, args ...any) *adapter.Query {
	return &adapter.Query{SQL: sql, Args: args, ArgTypes: make([]adapter.ArgType, len(args))}
}

func TestScriptedAnswersAndRecording(t *testing.T) {
	fa := New(Options{})
	fa.OnQuery(`SELECT "id" FROM "User" WHERE "id" = ?`, Rows([]string{"id"}, []any{int64(1)}))
	fa.OnExec(`DELETE FROM "User"`, 3)
	fa.Handle(func(sql string) bool { return strings.HasPrefix(sql, "INSERT") }, func(_ context.Context, c Call) (Result, error) {
		return Rows([]string{"n"}, []any{int64(len(c.Args))}), nil
	})

	rs, err := fa.Query(ctx, q(`SELECT "id" FROM "User" WHERE "id" = ?`, int64(1)))
	if err != nil {
		t.Fatal(err)
	}
	want := &adapter.ResultSet{Columns: []string{"id"}, Types: []adapter.ColumnType{adapter.TypeInt64}, Rows: [][]any{{int64(1)}}}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("Query (-want +got):\n%s", diff)
	}
	rs.Rows[0][0] = "mutated" // answers are copies
	rs, _ = fa.Query(ctx, q(`SELECT "id" FROM "User" WHERE "id" = ?`, int64(1)))
	if rs.Rows[0][0] != int64(1) {
		t.Errorf("a caller's mutation leaked into the canned answer: %v", rs.Rows)
	}
	if n, err := fa.Exec(ctx, q(`DELETE FROM "User"`)); err != nil || n != 3 {
		t.Errorf("Exec = %d, %v; want 3", n, err)
	}
	rs, err = fa.Query(ctx, q(`INSERT INTO x VALUES (?, ?)`, 1, 2))
	if err != nil || rs.Rows[0][0] != int64(2) {
		t.Errorf("matcher: %v, %v", rs, err)
	}
	if _, err := fa.Query(ctx, q(`SELECT nothing`)); err == nil || !strings.Contains(err.Error(), "SELECT nothing") {
		t.Errorf("unregistered statement: %v, want an error naming it", err)
	}
	wantSQL := []string{`SELECT "id" FROM "User" WHERE "id" = ?`, `SELECT "id" FROM "User" WHERE "id" = ?`, `DELETE FROM "User"`, `INSERT INTO x VALUES (?, ?)`, `SELECT nothing`}
	if diff := cmp.Diff(wantSQL, fa.SQL()); diff != "" {
		t.Errorf("SQL (-want +got):\n%s", diff)
	}
	calls := fa.Calls()
	if calls[0].Args[0] != int64(1) || calls[4].Err == nil {
		t.Errorf("calls: %+v", calls)
	}
	fa.Reset()
	if len(fa.Calls()) != 0 {
		t.Error("Reset kept calls")
	}
}

func TestLenient(t *testing.T) {
	fa := New(Options{Lenient: true})
	rs, err := fa.Query(ctx, q("SELECT 1"))
	if err != nil || len(rs.Rows) != 0 || rs.Columns == nil {
		t.Errorf("lenient Query = %+v, %v", rs, err)
	}
	if n, err := fa.Exec(ctx, q("UPDATE x")); err != nil || n != 0 {
		t.Errorf("lenient Exec = %d, %v", n, err)
	}
}

func TestFaultOnNthCall(t *testing.T) {
	fa := New(Options{Lenient: true})
	boom := errors.New("boom")
	fa.Inject(Fault{Nth: 3, Err: boom})
	fa.Inject(Fault{Method: MethodExec, SQLContains: "DELETE", Err: ErrInjected})
	var errs []error
	for _, s := range []string{"SELECT 1", "SELECT 2", "SELECT 3", "SELECT 4"} {
		_, err := fa.Query(ctx, q(s))
		errs = append(errs, err)
	}
	if diff := cmp.Diff([]error{nil, nil, boom, nil}, errs, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if _, err := fa.Exec(ctx, q("DELETE FROM x")); !errors.Is(err, ErrInjected) {
		t.Errorf("DELETE: %v", err)
	}
	if _, err := fa.Exec(ctx, q("UPDATE x")); err != nil {
		t.Errorf("UPDATE: %v", err)
	}
}

func TestDelayHonoursContext(t *testing.T) {
	fa := New(Options{Lenient: true})
	fa.Inject(Fault{Delay: time.Hour})
	c, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := fa.Query(c, q("SELECT 1"))
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Fatalf("delayed Query: %v after %v", err, time.Since(start))
	}
	fa2 := New(Options{Lenient: true})
	fa2.Inject(Fault{Delay: 10 * time.Millisecond})
	start = time.Now()
	if _, err := fa2.Query(ctx, q("SELECT 1")); err != nil || time.Since(start) < 10*time.Millisecond {
		t.Errorf("Query: %v after %v", err, time.Since(start))
	}
}

func TestDroppedConnection(t *testing.T) {
	fa := New(Options{Lenient: true})
	fa.Inject(Fault{Nth: 2, Drop: true})
	if _, err := fa.Query(ctx, q("SELECT 1")); err != nil {
		t.Fatal(err)
	}
	for i, call := range []func() error{
		func() error { _, err := fa.Query(ctx, q("SELECT 2")); return err },
		func() error { _, err := fa.Exec(ctx, q("SELECT 3")); return err },
		func() error { _, err := fa.Begin(ctx, adapter.TxOptions{}); return err },
	} {
		err := call()
		if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.ConnectionClosed {
			t.Errorf("call %d after the drop: %v, want ConnectionClosed", i, err)
		}
	}
}

func TestTransactions(t *testing.T) {
	fa := New(Options{Lenient: true, IsolationLevels: []adapter.IsolationLevel{adapter.LevelSerializable}})
	tx, err := fa.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelSerializable})
	if err != nil {
		t.Fatal(err)
	}
	if fa.OpenTransactions() != 1 {
		t.Errorf("OpenTransactions = %d", fa.OpenTransactions())
	}
	tx.Exec(ctx, q("INSERT 1"))
	sp := tx.(adapter.Savepointer)
	sp.CreateSavepoint(ctx, "s1")
	sp.RollbackToSavepoint(ctx, "s1")
	sp.ReleaseSavepoint(ctx, "s1")
	fa.Exec(ctx, q("OUTSIDE"))
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	err = tx.Commit(ctx)
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.TransactionAlreadyClosed {
		t.Errorf("second Commit: %v", err)
	}
	_, err = fa.Begin(ctx, adapter.TxOptions{Isolation: adapter.LevelReadCommitted})
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.InvalidIsolationLevel || e.Level != "READ COMMITTED" {
		t.Errorf("Begin(ReadCommitted): %v", err)
	}
	type rec struct {
		Method, SQL string
		Tx          int
		Failed      bool
	}
	var got []rec
	for _, c := range fa.Calls() {
		got = append(got, rec{c.Method, c.SQL, c.Tx, c.Err != nil})
	}
	want := []rec{
		{MethodBegin, "", 1, false}, {MethodExec, "INSERT 1", 1, false},
		{MethodCreateSavepoint, "s1", 1, false}, {MethodRollbackToSavepoint, "s1", 1, false}, {MethodReleaseSavepoint, "s1", 1, false},
		{MethodExec, "OUTSIDE", 0, false}, {MethodCommit, "", 1, false}, {MethodCommit, "", 1, true},
		{MethodBegin, "", 0, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
	if fa.OpenTransactions() != 0 {
		t.Errorf("OpenTransactions = %d after Commit", fa.OpenTransactions())
	}
}

func TestNoSavepoints(t *testing.T) {
	fa := New(Options{NoSavepoints: true})
	tx, err := fa.Begin(ctx, adapter.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tx.(adapter.Savepointer); ok {
		t.Error("Tx implements Savepointer despite NoSavepoints")
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestClose(t *testing.T) {
	fa := New(Options{Lenient: true})
	fa.Close()
	if _, err := fa.Query(ctx, q("SELECT 1")); err == nil {
		t.Error("Query after Close succeeded")
	}
	if fa.Info().Provider != adapter.ProviderSQLite || fa.Info().Name != "noengine/fakeadapter" {
		t.Errorf("Info = %+v", fa.Info())
	}
}

func TestConcurrentUse(t *testing.T) {
	fa := New(Options{Lenient: true})
	fa.Inject(Fault{Method: MethodQuery, Nth: 50, Err: ErrInjected})
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for range 16 {
		wg.Go(func() {
			for range 10 {
				if _, err := fa.Query(ctx, q("SELECT 1")); err != nil {
					mu.Lock()
					failures++
					mu.Unlock()
				}
				tx, err := fa.Begin(ctx, adapter.TxOptions{})
				if err == nil {
					tx.Exec(ctx, q("X"))
					tx.Rollback(ctx)
				}
			}
		})
	}
	wg.Wait()
	if failures != 1 || len(fa.SQL()) != 320 || fa.OpenTransactions() != 0 {
		t.Errorf("failures %d, statements %d, open %d", failures, len(fa.SQL()), fa.OpenTransactions())
	}
}
