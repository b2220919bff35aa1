package conformance

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
)

func (s *suite) runTx(t *testing.T) {
	t.Run("Commit", s.testCommit)
	t.Run("Rollback", s.testRollback)
	t.Run("ClosedAfterCommit", func(t *testing.T) { s.testClosed(t, true) })
	t.Run("ClosedAfterRollback", func(t *testing.T) { s.testClosed(t, false) })
	t.Run("Savepoints", s.testSavepoints)
	t.Run("RollbackOnCancel", s.testRollbackOnCancel)
	t.Run("BeginContext", s.testBeginContext)
	t.Run("Isolation", func(t *testing.T) {
		for _, l := range []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted,
			adapter.LevelRepeatableRead, adapter.LevelSnapshot, adapter.LevelSerializable} {
			t.Run(l.PrismaName(), func(t *testing.T) { s.testIsolation(t, l) })
		}
	})
}

// txTable creates conf_tx (id, v).
func (e *env) txTable() {
	e.t.Helper()
	e.createTable("conf_tx", "id INT PRIMARY KEY", "v INT")
}

func (e *env) insertTx(q adapter.Queryable, id int64) {
	e.t.Helper()
	e.exec(q, "INSERT INTO conf_tx (id, v) VALUES ("+e.s.phs(2)+")", bind(id, adapter.ScalarInt), bind(id*10, adapter.ScalarInt))
}

// ids returns the ids in conf_tx, in order.
func (e *env) ids(q adapter.Queryable) []int64 {
	e.t.Helper()
	rs := e.query(q, "SELECT id FROM conf_tx ORDER BY id")
	out := []int64{}
	for _, r := range rs.Rows {
		n, ok := r[0].(int64)
		if !ok {
			e.t.Fatalf("id %v is %T, want int64", r[0], r[0])
		}
		out = append(out, n)
	}
	return out
}

func (e *env) wantIDs(q adapter.Queryable, when string, want ...int64) {
	e.t.Helper()
	if want == nil {
		want = []int64{}
	}
	if diff := cmp.Diff(want, e.ids(q)); diff != "" {
		e.t.Errorf("%s: ids (-want +got):\n%s", when, diff)
	}
}

func (e *env) begin(ctx context.Context, opts adapter.TxOptions) adapter.Tx {
	e.t.Helper()
	tx, err := e.a.Begin(ctx, opts)
	if err != nil {
		e.t.Fatalf("Begin(%+v): %v", opts, err)
	}
	if tx == nil {
		e.t.Fatalf("Begin(%+v) returned a nil Tx and no error", opts)
	}
	return tx
}

func (s *suite) testCommit(t *testing.T) {
	e := s.newEnv(t)
	e.txTable()
	tx := e.begin(e.ctx, adapter.TxOptions{})
	e.insertTx(tx, 1)
	e.insertTx(tx, 2)
	e.wantIDs(tx, "inside the transaction", 1, 2)
	if err := tx.Commit(e.ctx); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	e.wantIDs(e.a, "after Commit", 1, 2)
	e.checkNoConnsInUse("after Commit")
}

func (s *suite) testRollback(t *testing.T) {
	e := s.newEnv(t)
	e.txTable()
	e.insertTx(e.a, 1)
	tx := e.begin(e.ctx, adapter.TxOptions{})
	e.insertTx(tx, 2)
	e.exec(tx, "DELETE FROM conf_tx WHERE id = "+s.ph(1), bind(int64(1), adapter.ScalarInt))
	e.wantIDs(tx, "inside the transaction", 2)
	if err := tx.Rollback(e.ctx); err != nil {
		t.Fatalf("Rollback: %v", err)
	}
	e.wantIDs(e.a, "after Rollback", 1)
	e.checkNoConnsInUse("after Rollback")
}

// testClosed: a finished transaction must refuse statements; above all, a
// statement must not run outside any transaction on the released connection.
func (s *suite) testClosed(t *testing.T, commit bool) {
	e := s.newEnv(t)
	e.txTable()
	tx := e.begin(e.ctx, adapter.TxOptions{})
	e.insertTx(tx, 1)
	var err error
	if commit {
		err = tx.Commit(e.ctx)
	} else {
		err = tx.Rollback(e.ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(e.ctx, query("INSERT INTO conf_tx (id, v) VALUES (2, 20)")); err == nil {
		t.Error("Exec on a finished transaction succeeded")
	}
	if _, err := tx.Query(e.ctx, query("SELECT id FROM conf_tx")); err == nil {
		t.Error("Query on a finished transaction succeeded")
	}
	if err := tx.Commit(e.ctx); err == nil {
		t.Error("Commit on a finished transaction succeeded")
	}
	if commit {
		e.wantIDs(e.a, "after the refused statements", 1)
	} else {
		e.wantIDs(e.a, "after the refused statements")
	}
	e.checkNoConnsInUse("after the transaction")
}

func (s *suite) testSavepoints(t *testing.T) {
	if !s.caps.Savepoints {
		t.Skip("the adapter does not claim Savepoints")
	}
	e := s.newEnv(t)
	e.txTable()
	tx := e.begin(e.ctx, adapter.TxOptions{})
	defer tx.Rollback(e.ctx)
	sp, ok := tx.(adapter.Savepointer)
	if !ok {
		t.Fatalf("the adapter claims Savepoints but its Tx (%T) does not implement adapter.Savepointer", tx)
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	e.insertTx(tx, 1)
	must("CreateSavepoint(conf_sp1)", sp.CreateSavepoint(e.ctx, "conf_sp1"))
	e.insertTx(tx, 2)
	must("CreateSavepoint(conf_sp2)", sp.CreateSavepoint(e.ctx, "conf_sp2"))
	e.insertTx(tx, 3)
	must("RollbackToSavepoint(conf_sp2)", sp.RollbackToSavepoint(e.ctx, "conf_sp2"))
	e.wantIDs(tx, "after ROLLBACK TO conf_sp2", 1, 2)
	e.insertTx(tx, 4)
	must("ReleaseSavepoint(conf_sp2)", sp.ReleaseSavepoint(e.ctx, "conf_sp2"))
	e.wantIDs(tx, "after RELEASE conf_sp2", 1, 2, 4)
	must("RollbackToSavepoint(conf_sp1)", sp.RollbackToSavepoint(e.ctx, "conf_sp1"))
	e.wantIDs(tx, "after ROLLBACK TO conf_sp1", 1)
	e.insertTx(tx, 5)
	must("ReleaseSavepoint(conf_sp1)", sp.ReleaseSavepoint(e.ctx, "conf_sp1"))
	must("Commit", tx.Commit(e.ctx))
	e.wantIDs(e.a, "after Commit", 1, 5)
	e.checkNoConnsInUse("after Commit")
}

// testRollbackOnCancel: a transaction abandoned because a statement's
// context ended (a request cancelled mid-transaction) is rolled back by the
// caller; its write must be gone, its locks and connection released, even
// when the cancellation left the connection in a state the driver had to
// clean up (SQLite rolls an interrupted transaction back by itself, pgx
// closes the connection).
func (s *suite) testRollbackOnCancel(t *testing.T) {
	e := s.newEnv(t)
	e.txTable()
	tx := e.begin(e.ctx, adapter.TxOptions{})
	e.insertTx(tx, 1)
	ctx, cancel := context.WithCancel(e.ctx)
	time.AfterFunc(200*time.Millisecond, cancel)
	defer cancel()
	e.cancelLong(tx, "Query", ctx, context.Canceled)
	if err := tx.Rollback(e.ctx); err != nil {
		t.Logf("Rollback after the cancelled statement: %v (allowed: the database may have ended the transaction)", err)
	}

	// The transaction's locks must be gone and its row must never appear:
	// another transaction inserts the same key (it would block on the
	// abandoned transaction's lock, or hit a unique violation had the row
	// been committed).
	wctx, wcancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer wcancel()
	tx2, err := e.a.Begin(wctx, adapter.TxOptions{})
	if err != nil {
		t.Fatalf("Begin after the abandoned transaction: %v", err)
	}
	if _, err := tx2.Exec(wctx, query("INSERT INTO conf_tx (id, v) VALUES (1, 111)")); err != nil {
		tx2.Rollback(context.WithoutCancel(wctx))
		t.Fatalf("inserting the abandoned transaction's key: %v", err)
	}
	if err := tx2.Commit(wctx); err != nil {
		t.Fatalf("Commit after the abandoned transaction: %v", err)
	}
	rs := e.query(e.a, "SELECT id, v FROM conf_tx")
	if diff := cmp.Diff([][]any{{int64(1), int64(111)}}, rs.Rows); diff != "" {
		t.Errorf("rows after the abandoned transaction (-want +got):\n%s", diff)
	}
	if err := tx.Commit(e.ctx); err == nil {
		t.Error("Commit of the rolled-back transaction succeeded")
	}
	e.checkNoConnsInUse("after the abandoned transaction")
	e.checkUsable("after the abandoned transaction")
}

// testBeginContext: the context given to Begin bounds starting the
// transaction, not its life. noengine's client cancels it as soon as Begin
// returns (it bounds the wait with Prisma's maxWait) and ends transactions
// with its own timeout.
func (s *suite) testBeginContext(t *testing.T) {
	e := s.newEnv(t)
	e.txTable()
	ctx, cancel := context.WithCancel(e.ctx)
	tx := e.begin(ctx, adapter.TxOptions{})
	cancel()
	time.Sleep(50 * time.Millisecond) // let an adapter that watches ctx react
	e.insertTx(tx, 1)
	if err := tx.Commit(e.ctx); err != nil {
		t.Fatalf("Commit after Begin's context ended: %v", err)
	}
	e.wantIDs(e.a, "after Commit", 1)
	e.checkNoConnsInUse("after Commit")
}

func (s *suite) testIsolation(t *testing.T, level adapter.IsolationLevel) {
	e := s.newEnv(t)
	if !s.claims(level) {
		_, err := e.a.Begin(e.ctx, adapter.TxOptions{Isolation: level})
		ae := expectKind(t, "Begin with an unclaimed level", err, adapter.InvalidIsolationLevel)
		if ae.Level != level.String() {
			t.Errorf("Level = %q, want %q (Prisma prints the SQL spelling)", ae.Level, level.String())
		}
		e.checkNoConnsInUse("after the refused Begin")
		t.Skipf("the adapter does not claim %s (and refuses it correctly)", level.PrismaName())
	}
	e.createTable("conf_iso", "id INT PRIMARY KEY", "v INT")
	e.exec(e.a, "INSERT INTO conf_iso (id, v) VALUES (1, 0)")
	switch level {
	case adapter.LevelReadUncommitted:
		e.checkNonRepeatableRead(level, true)
	case adapter.LevelReadCommitted:
		e.checkNoDirtyRead(level)
		e.checkNonRepeatableRead(level, true)
	case adapter.LevelRepeatableRead, adapter.LevelSnapshot:
		e.checkNonRepeatableRead(level, false)
	case adapter.LevelSerializable:
		e.checkNoWriteSkew(level)
	}
	e.checkNoConnsInUse("after the isolation test")
}

func (e *env) readV(q adapter.Queryable) int64 {
	e.t.Helper()
	rs := e.query(q, "SELECT v FROM conf_iso WHERE id = 1")
	if len(rs.Rows) != 1 {
		e.t.Fatalf("conf_iso has %d rows with id 1", len(rs.Rows))
	}
	n, ok := rs.Rows[0][0].(int64)
	if !ok {
		e.t.Fatalf("v is %T, want int64", rs.Rows[0][0])
	}
	return n
}

// outside runs a statement outside the transaction in a goroutine; the
// returned channel delivers its error.
func (e *env) outside(sql string) <-chan error {
	done := make(chan error, 1)
	go func() {
		_, err := e.a.Exec(e.ctx, query(sql))
		done <- err
	}()
	return done
}

// checkNonRepeatableRead reads v twice in a transaction of the level, with
// a committed update in between. allowed says whether the level must show
// the new value (ReadUncommitted, ReadCommitted) or the old one.
func (e *env) checkNonRepeatableRead(level adapter.IsolationLevel, allowed bool) {
	t := e.t
	before := e.readV(e.a)
	tx := e.begin(e.ctx, adapter.TxOptions{Isolation: level})
	defer tx.Rollback(context.WithoutCancel(e.ctx))
	if got := e.readV(tx); got != before {
		t.Fatalf("first read in the transaction: v = %d, want %d", got, before)
	}
	done := e.outside("UPDATE conf_iso SET v = v + 1 WHERE id = 1")
	if allowed {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("update outside the transaction: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("under %s an update outside the transaction is blocked by a reader", level.PrismaName())
		}
		if got := e.readV(tx); got != before+1 {
			t.Errorf("under %s the second read saw v = %d, want the committed %d: the level does not take effect", level.PrismaName(), got, before+1)
		}
		if err := tx.Commit(e.ctx); err != nil {
			t.Fatal(err)
		}
		return
	}
	// The update may be blocked by the reader's locks (SQL Server, MySQL
	// SERIALIZABLE): give it a moment, then read again.
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("update outside the transaction: %v", err)
		}
		done = nil
	case <-time.After(300 * time.Millisecond):
	}
	if got := e.readV(tx); got != before {
		t.Errorf("under %s the second read saw v = %d, want %d: a non-repeatable read", level.PrismaName(), got, before)
	}
	if err := tx.Commit(e.ctx); err != nil {
		t.Fatal(err)
	}
	if done != nil {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("update outside the transaction: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the update outside the transaction is still blocked after Commit")
		}
	}
	if got := e.readV(e.a); got != before+1 {
		t.Errorf("after both: v = %d, want %d", got, before+1)
	}
}

// checkNoDirtyRead: a transaction of the level must not see another
// transaction's uncommitted write.
func (e *env) checkNoDirtyRead(level adapter.IsolationLevel) {
	t := e.t
	before := e.readV(e.a)
	w := e.begin(e.ctx, adapter.TxOptions{})
	e.exec(w, "UPDATE conf_iso SET v = 999 WHERE id = 1")
	tx := e.begin(e.ctx, adapter.TxOptions{Isolation: level})
	read := make(chan int64, 1)
	go func() {
		rs, err := tx.Query(e.ctx, query("SELECT v FROM conf_iso WHERE id = 1"))
		if err != nil || len(rs.Rows) != 1 {
			t.Errorf("read under %s: %v", level.PrismaName(), err)
			read <- -1
			return
		}
		n, _ := rs.Rows[0][0].(int64)
		read <- n
	}()
	var got int64
	select {
	case got = <-read:
		w.Rollback(e.ctx)
	case <-time.After(300 * time.Millisecond):
		// Blocked by the writer's lock (SQL Server): end the writer.
		w.Rollback(e.ctx)
		got = <-read
	}
	if got == 999 {
		t.Errorf("under %s a transaction read another transaction's uncommitted write (a dirty read)", level.PrismaName())
	} else if got != before && got != -1 {
		t.Errorf("under %s: v = %d, want %d", level.PrismaName(), got, before)
	}
	if err := tx.Commit(e.ctx); err != nil {
		t.Fatal(err)
	}
}

// checkNoWriteSkew: two transactions each read that two rows are "on call"
// and take one off. Serializable execution must keep at least one on call,
// either by ordering the transactions or by failing one of them with
// TransactionWriteConflict.
func (e *env) checkNoWriteSkew(level adapter.IsolationLevel) {
	t := e.t
	e.createTable("conf_oncall", "id INT PRIMARY KEY", "on_call INT")
	e.exec(e.a, "INSERT INTO conf_oncall (id, on_call) VALUES (1, 1), (2, 1)")
	var reads atomic.Int32
	errs := make([]error, 2)
	committed := make([]bool, 2)
	run := func(i int, id int64) func() {
		return func() {
			tx, err := e.a.Begin(e.ctx, adapter.TxOptions{Isolation: level})
			if err != nil {
				errs[i] = err
				return
			}
			defer tx.Rollback(context.WithoutCancel(e.ctx))
			rs, err := tx.Query(e.ctx, query("SELECT count(*) FROM conf_oncall WHERE on_call = 1"))
			if err != nil {
				errs[i] = err
				return
			}
			n, _ := rs.Rows[0][0].(int64)
			// Let the other transaction read too, unless the database makes it
			// wait for this one (SQLite's BEGIN IMMEDIATE, lock-based
			// engines).
			reads.Add(1)
			for deadline := time.Now().Add(500 * time.Millisecond); reads.Load() < 2 && time.Now().Before(deadline); {
				time.Sleep(5 * time.Millisecond)
			}
			if n >= 2 {
				if _, err := tx.Exec(e.ctx, query("UPDATE conf_oncall SET on_call = 0 WHERE id = "+e.s.ph(1), bind(id, adapter.ScalarInt))); err != nil {
					errs[i] = err
					return
				}
			}
			if errs[i] = tx.Commit(e.ctx); errs[i] == nil {
				committed[i] = true
			}
		}
	}
	gather(run(0, 1), run(1, 2))
	for i, err := range errs {
		if err == nil {
			continue
		}
		var ae *adapter.Error
		if !errors.As(err, &ae) || ae.Kind != adapter.TransactionWriteConflict {
			t.Errorf("transaction %d: %v, want nil or TransactionWriteConflict", i+1, err)
		}
	}
	if !committed[0] && !committed[1] {
		t.Errorf("neither transaction committed: %v", errs)
	}
	rs := e.query(e.a, "SELECT count(*) FROM conf_oncall WHERE on_call = 1")
	if n, _ := rs.Rows[0][0].(int64); n < 1 {
		t.Errorf("under %s both transactions took a row off call (write skew): %d rows on call", level.PrismaName(), n)
	}
}
