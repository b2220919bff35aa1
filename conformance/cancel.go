package conformance

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
)

func (s *suite) runCancel(t *testing.T) {
	t.Run("LongQuery", func(t *testing.T) { s.testCancelLong(t, "Query", false) })
	t.Run("LongExec", func(t *testing.T) { s.testCancelLong(t, "Exec", false) })
	t.Run("Deadline", func(t *testing.T) { s.testCancelLong(t, "Query", true) })
	t.Run("AlreadyCanceled", s.testAlreadyCanceled)
}

// cancelLong runs the provider's long statement on q under ctx and checks
// that it stops soon after ctx ends, with ctx's error.
func (e *env) cancelLong(q adapter.Queryable, method string, ctx context.Context, want error) {
	e.t.Helper()
	start := time.Now()
	var err error
	if method == "Exec" {
		_, err = q.Exec(ctx, query(e.s.longQuery()))
	} else {
		_, err = q.Query(ctx, query(e.s.longQuery()))
	}
	took := time.Since(start)
	if err == nil {
		e.t.Fatalf("the long statement finished without error after %v although its context ended", took)
	}
	if !errors.Is(err, want) {
		e.t.Errorf("error %v (%T), want one wrapping %v", err, err, want)
	}
	if took > 10*time.Second {
		e.t.Errorf("the statement took %v to stop", took)
	}
}

func (s *suite) testCancelLong(t *testing.T, method string, deadline bool) {
	e := s.newEnv(t)
	var ctx context.Context
	var cancel context.CancelFunc
	want := context.Canceled
	if deadline {
		ctx, cancel = context.WithTimeout(e.ctx, 200*time.Millisecond)
		want = context.DeadlineExceeded
	} else {
		ctx, cancel = context.WithCancel(e.ctx)
		time.AfterFunc(200*time.Millisecond, cancel)
	}
	defer cancel()
	e.cancelLong(e.a, method, ctx, want)
	e.checkUsable("after the cancelled statement")
	e.checkNoConnsInUse("after the cancelled statement")
}

func (s *suite) testAlreadyCanceled(t *testing.T) {
	e := s.newEnv(t)
	ctx, cancel := context.WithCancel(e.ctx)
	cancel()
	if _, err := e.a.Query(ctx, query("SELECT 1")); !errors.Is(err, context.Canceled) {
		t.Errorf("Query with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := e.a.Exec(ctx, query("SELECT 1")); !errors.Is(err, context.Canceled) {
		t.Errorf("Exec with a cancelled context: %v, want context.Canceled", err)
	}
	if tx, err := e.a.Begin(ctx, adapter.TxOptions{}); err == nil {
		tx.Rollback(e.ctx)
		t.Errorf("Begin with a cancelled context succeeded")
	}
	e.checkUsable("after the cancelled calls")
	e.checkNoConnsInUse("after the cancelled calls")
}

func (s *suite) runConcurrency(t *testing.T) {
	t.Run("32Goroutines", s.testConcurrency)
}

// testConcurrency: 32 goroutines issue mixed statements and transactions on
// one adapter. No call may fail, every result must be right, and afterwards
// no connection may be in use and no goroutine left behind.
func (s *suite) testConcurrency(t *testing.T) {
	const workers, rounds = 32, 6
	base := runtime.NumGoroutine()
	e := s.newEnv(t)
	e.createTable("conf_conc", "id INT PRIMARY KEY", "g INT NOT NULL", "name "+s.textColumn(50))
	insert := "INSERT INTO conf_conc (id, g, name) VALUES (" + s.phs(3) + ")"
	countG := "SELECT count(*) FROM conf_conc WHERE g = " + s.ph(1)
	errs := make(chan error, workers)
	worker := func(g int64) func() {
		return func() {
			errs <- e.work(g, rounds, insert, countG)
		}
	}
	fns := make([]func(), workers)
	for g := range fns {
		fns[g] = worker(int64(g))
	}
	gather(fns...)
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	rs := e.query(e.a, "SELECT count(*) FROM conf_conc")
	if n, _ := rs.Rows[0][0].(int64); n != workers*rounds*2 {
		t.Errorf("%d rows, want %d", n, workers*rounds*2)
	}
	e.checkNoConnsInUse("after the goroutines finished")
	e.dropTable("conf_conc")
	if err := e.a.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	waitGoroutines(t, base, "after Close")
}

// work is one goroutine's share of testConcurrency.
func (e *env) work(g int64, rounds int, insert, countG string) error {
	ctx := e.ctx
	for i := range int64(rounds) {
		id := g*1000 + i
		name := "n" + strconv.FormatInt(id, 10)
		if _, err := e.a.Exec(ctx, query(insert, bind(id, adapter.ScalarInt), bind(g, adapter.ScalarInt), bind(name, adapter.ScalarString))); err != nil {
			return fmt.Errorf("worker %d: insert: %w", g, err)
		}
		rs, err := e.a.Query(ctx, query("SELECT name FROM conf_conc WHERE id = "+e.s.ph(1), bind(id, adapter.ScalarInt)))
		if err != nil {
			return fmt.Errorf("worker %d: select: %w", g, err)
		}
		if len(rs.Rows) != 1 || rs.Rows[0][0] != name {
			return fmt.Errorf("worker %d: select %d returned %v", g, id, rs.Rows)
		}
		n, err := e.a.Exec(ctx, query("UPDATE conf_conc SET name = "+e.s.ph(1)+" WHERE id = "+e.s.ph(2), bind(name+"!", adapter.ScalarString), bind(id, adapter.ScalarInt)))
		if err != nil {
			return fmt.Errorf("worker %d: update: %w", g, err)
		}
		if n != 1 {
			return fmt.Errorf("worker %d: update affected %d rows, want 1", g, n)
		}
		// A committed transaction.
		tx, err := e.a.Begin(ctx, adapter.TxOptions{})
		if err != nil {
			return fmt.Errorf("worker %d: begin: %w", g, err)
		}
		if _, err := tx.Exec(ctx, query(insert, bind(id+500, adapter.ScalarInt), bind(g, adapter.ScalarInt), bind(name, adapter.ScalarString))); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("worker %d: insert in transaction: %w", g, err)
		}
		rs, err = tx.Query(ctx, query(countG, bind(g, adapter.ScalarInt)))
		if err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("worker %d: count in transaction: %w", g, err)
		}
		if got, want := rs.Rows[0][0], 2*(i+1); got != want {
			tx.Rollback(ctx)
			return fmt.Errorf("worker %d: count in transaction = %v, want %d", g, got, want)
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("worker %d: commit: %w", g, err)
		}
		// A rolled-back transaction.
		tx, err = e.a.Begin(ctx, adapter.TxOptions{})
		if err != nil {
			return fmt.Errorf("worker %d: begin: %w", g, err)
		}
		if _, err := tx.Exec(ctx, query(insert, bind(id+700, adapter.ScalarInt), bind(g, adapter.ScalarInt), bind(name, adapter.ScalarString))); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("worker %d: insert in transaction: %w", g, err)
		}
		if err := tx.Rollback(ctx); err != nil {
			return fmt.Errorf("worker %d: rollback: %w", g, err)
		}
		rs, err = e.a.Query(ctx, query(countG, bind(g, adapter.ScalarInt)))
		if err != nil {
			return fmt.Errorf("worker %d: count: %w", g, err)
		}
		if got, want := rs.Rows[0][0], 2*(i+1); got != want {
			return fmt.Errorf("worker %d: count = %v, want %d", g, got, want)
		}
	}
	return nil
}
