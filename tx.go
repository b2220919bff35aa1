package noengine

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/protocol"
)

// TxOptions configure an interactive transaction, as Prisma's
// $transaction(fn, {isolationLevel, maxWait, timeout}).
type TxOptions struct {
	// Isolation is the isolation level; LevelDefault keeps the database's.
	Isolation adapter.IsolationLevel
	// MaxWait bounds the time to start the transaction (default 2s).
	// Exceeding it fails with P2028.
	MaxWait time.Duration
	// Timeout bounds the transaction's lifetime from its start (default 5s).
	// When it passes, the transaction is rolled back and later use fails
	// with P2028.
	Timeout time.Duration
}

type txState uint8

const (
	txRunning txState = iota
	txCommitted
	txRolledBack
	txTimedOut
)

// Tx is an interactive transaction. Its methods are safe for concurrent
// use; statements are serialised.
type Tx struct {
	c      *Client
	tx     adapter.Tx
	root   *Tx // the outermost transaction (itself at the top)
	mu     sync.Mutex
	state  txState
	start  time.Time
	limit  time.Duration
	timer  *time.Timer
	done   chan struct{} // closed when the transaction times out
	depth  int           // savepoint depth of nested transactions
	closed bool          // a nested transaction that has ended
}

func (c *Client) txDefaults(o TxOptions) TxOptions {
	d := c.opts.DefaultTxOptions
	if o.MaxWait == 0 {
		o.MaxWait = d.MaxWait
	}
	if o.MaxWait == 0 {
		o.MaxWait = 2 * time.Second
	}
	if o.Timeout == 0 {
		o.Timeout = d.Timeout
	}
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Second
	}
	if o.Isolation == adapter.LevelDefault {
		o.Isolation = d.Isolation
	}
	return o
}

// Begin starts an interactive transaction. The caller must Commit or
// Rollback it; it is rolled back by itself when its Timeout passes.
func (c *Client) Begin(ctx context.Context, opts TxOptions) (*Tx, error) {
	opts = c.txDefaults(opts)
	if opts.Isolation == adapter.LevelSnapshot {
		return nil, txError("Invalid isolation level: SNAPSHOT", []byte(`{"isolationLevel":"SNAPSHOT"}`))
	}
	type result struct {
		tx  adapter.Tx
		err error
	}
	ch := make(chan result, 1)
	bctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	go func() {
		t, err := c.adapter.Begin(bctx, adapter.TxOptions{Isolation: opts.Isolation})
		ch <- result{t, err}
	}()
	timer := time.NewTimer(opts.MaxWait)
	defer timer.Stop()
	select {
	case r := <-ch:
		cancel()
		if r.err != nil {
			return nil, toError(r.err, false)
		}
		return c.newTx(r.tx, opts), nil
	case <-timer.C:
		cancel()
		go func() {
			if r := <-ch; r.err == nil {
				_ = r.tx.Rollback(context.Background())
			}
		}()
		return nil, txError("Unable to start a transaction in the given time.", nil)
	case <-ctx.Done():
		cancel()
		go func() {
			if r := <-ch; r.err == nil {
				_ = r.tx.Rollback(context.Background())
			}
		}()
		return nil, ctx.Err()
	}
}

func (c *Client) newTx(t adapter.Tx, opts TxOptions) *Tx {
	tx := &Tx{c: c, tx: t, start: time.Now(), limit: opts.Timeout, done: make(chan struct{})}
	tx.root = tx
	tx.timer = time.AfterFunc(opts.Timeout, tx.expire)
	return tx
}

// expire rolls back a transaction whose timeout passed.
func (t *Tx) expire() {
	close(t.done)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == txRunning {
		t.state = txTimedOut
		_ = t.tx.Rollback(context.Background())
	}
}

// stateError reports why a closed transaction cannot run an operation.
func (t *Tx) stateError(op string) error {
	switch t.state {
	case txCommitted:
		return txError(fmt.Sprintf("Transaction already closed: A %s cannot be executed on a committed transaction.", op), nil)
	case txRolledBack:
		return txError(fmt.Sprintf("Transaction already closed: A %s cannot be executed on a transaction that was rolled back.", op), nil)
	case txTimedOut:
		taken := time.Since(t.start).Milliseconds()
		msg := fmt.Sprintf("A %s cannot be executed on an expired transaction. The timeout for this transaction was %d ms, however %d ms passed since the start of the transaction. Consider increasing the interactive transaction timeout or doing less work in the transaction.", op, t.limit.Milliseconds(), taken)
		meta := `{"operation":` + string(protocol.AppendString(nil, op)) + `,"timeout":` + strconv.FormatInt(t.limit.Milliseconds(), 10) + `,"timeTaken":` + strconv.FormatInt(taken, 10) + `}`
		return txError(msg, []byte(meta))
	}
	return nil
}

// use runs fn on the transaction's connection, serialised, aborting it if
// the transaction times out meanwhile.
func (t *Tx) use(ctx context.Context, op string, fn func(context.Context, adapter.Queryable) error) error {
	r := t.root
	r.mu.Lock()
	defer r.mu.Unlock()
	if t.closed {
		return txError("Transaction already closed: A "+op+" cannot be executed on a closed nested transaction.", nil)
	}
	if err := r.stateError(op); err != nil {
		return err
	}
	qctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(contextOf(r.done), cancel)
	defer stop()
	err := fn(qctx, r.tx)
	if err != nil && isTimedOut(r.done) {
		r.state = txTimedOut
		return r.stateError(op)
	}
	return err
}

func isTimedOut(done chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// doneCtx is a context canceled when a channel closes.
type doneCtx struct {
	context.Context
	done chan struct{}
}

func (d doneCtx) Done() <-chan struct{} { return d.done }
func (d doneCtx) Err() error {
	if isTimedOut(d.done) {
		return context.DeadlineExceeded
	}
	return nil
}

func contextOf(done chan struct{}) context.Context {
	return doneCtx{Context: context.Background(), done: done}
}

// Request answers one JSON-protocol line inside the transaction.
func (t *Tx) Request(ctx context.Context, line []byte) []byte {
	return t.AppendRequest(ctx, nil, line)
}

// AppendRequest is [Tx.Request] appending the response to dst, as
// [Client.AppendRequest].
func (t *Tx) AppendRequest(ctx context.Context, dst, line []byte) []byte {
	var w protocol.Writer
	w.SetBuffer(dst)
	t.c.request(ctx, t, line, &w)
	return w.Bytes()
}

// Query runs one request inside the transaction and returns its result value.
func (t *Tx) Query(ctx context.Context, r *protocol.Request) ([]byte, error) {
	var w protocol.Writer
	if err := t.c.run(ctx, t, r, &w); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}

// Commit commits the transaction (a nested one releases its savepoint).
func (t *Tx) Commit(ctx context.Context) error {
	r := t.root
	if t != r {
		return t.endNested(ctx, true)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.stateError("commit"); err != nil {
		return err
	}
	r.timer.Stop()
	err := r.tx.Commit(ctx)
	if err != nil {
		r.state = txRolledBack
		_ = r.tx.Rollback(context.WithoutCancel(ctx))
		return toError(err, false)
	}
	r.state = txCommitted
	return nil
}

// Rollback rolls the transaction back (a nested one rolls back to its savepoint).
func (t *Tx) Rollback(ctx context.Context) error {
	r := t.root
	if t != r {
		return t.endNested(ctx, false)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.stateError("rollback"); err != nil {
		return err
	}
	r.timer.Stop()
	r.state = txRolledBack
	if err := r.tx.Rollback(context.WithoutCancel(ctx)); err != nil {
		return toError(err, false)
	}
	return nil
}

// savepointName is the name of the savepoint at depth n.
func savepointName(n int) string { return "prisma_sp_" + strconv.Itoa(n) }

// begin nested: create a savepoint.
func (t *Tx) beginNested(ctx context.Context) (*Tx, error) {
	r := t.root
	var child *Tx
	err := t.use(ctx, "query", func(ctx context.Context, q adapter.Queryable) error {
		sp, ok := r.tx.(adapter.Savepointer)
		if !ok {
			return txError("Nested transactions are not supported by adapter", nil)
		}
		depth := t.depth + 1
		if err := sp.CreateSavepoint(ctx, savepointName(depth)); err != nil {
			return err
		}
		child = &Tx{c: t.c, tx: r.tx, root: r, depth: depth}
		return nil
	})
	return child, err
}

func (t *Tx) endNested(ctx context.Context, commit bool) error {
	op := "rollback"
	if commit {
		op = "commit"
	}
	err := t.use(ctx, op, func(ctx context.Context, q adapter.Queryable) error {
		sp := t.root.tx.(adapter.Savepointer)
		name := savepointName(t.depth)
		if !commit {
			if err := sp.RollbackToSavepoint(ctx, name); err != nil {
				return err
			}
		}
		return sp.ReleaseSavepoint(ctx, name)
	})
	t.closed = true
	if err != nil {
		return toError(err, false)
	}
	return nil
}

// Transaction runs fn in a nested transaction (a savepoint): fn's changes
// are kept when it returns nil and undone when it returns an error or panics.
func (t *Tx) Transaction(ctx context.Context, fn func(tx *Tx) error) error {
	child, err := t.beginNested(ctx)
	if err != nil {
		return err
	}
	return runTx(ctx, child, fn)
}

// Transaction runs fn in an interactive transaction: committed when fn
// returns nil, rolled back when it returns an error, panics, or ctx is
// canceled. opts may be nil for the defaults.
func (c *Client) Transaction(ctx context.Context, opts *TxOptions, fn func(tx *Tx) error) error {
	var o TxOptions
	if opts != nil {
		o = *opts
	}
	t, err := c.Begin(ctx, o)
	if err != nil {
		return err
	}
	return runTx(ctx, t, fn)
}

func runTx(ctx context.Context, t *Tx, fn func(tx *Tx) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			_ = t.Rollback(context.WithoutCancel(ctx))
			panic(p)
		}
	}()
	if err := fn(t); err != nil {
		_ = t.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := ctx.Err(); err != nil {
		_ = t.Rollback(context.WithoutCancel(ctx))
		return err
	}
	return t.Commit(ctx)
}
