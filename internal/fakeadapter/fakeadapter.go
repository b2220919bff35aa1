// Package fakeadapter is a scriptable, in-memory [adapter.Adapter] for unit
// tests of the executor, in the spirit of database/sql's fakedb_test.go.
//
// A test registers what each statement returns, runs the code under test,
// then asserts on the recorded calls:
//
//	fa := fakeadapter.New(fakeadapter.Options{})
//	fa.OnQuery(`SELECT "id" FROM "User" WHERE "id" = ?`, fakeadapter.Rows([]string{"id"}, []any{int64(1)}))
//	fa.OnExec(`DELETE FROM "User" WHERE "id" = ?`, 1)
//	... run the executor on fa ...
//	got := fa.SQL() // every statement, in order
//
// Statements are matched by exact SQL text first, then by the matchers of
// [Adapter.Handle] in registration order. A statement nothing matches fails
// with an error naming it (or, with Options.Lenient, returns an empty result).
//
// Faults are injected with [Adapter.Inject]: an error on the Nth call, a
// delay (which honours the context), or a dropped connection after which
// every call fails with ConnectionClosed. Transactions are recorded (Begin,
// statements inside with their transaction id, savepoints, Commit/Rollback);
// they have no data semantics.
//
// The fake is safe for concurrent use.
package fakeadapter

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/noengine/noengine/adapter"
)

// Options configures an [Adapter].
type Options struct {
	// Info is what Info returns. A zero Provider means sqlite and a zero Name
	// "noengine/fakeadapter".
	Info adapter.Info
	// IsolationLevels lists the levels Begin accepts besides LevelDefault;
	// others fail with InvalidIsolationLevel. Nil accepts every level.
	IsolationLevels []adapter.IsolationLevel
	// NoSavepoints makes Begin return a Tx without the Savepointer methods.
	NoSavepoints bool
	// Lenient answers unmatched statements with an empty result (no columns,
	// no rows, 0 affected) instead of an error.
	Lenient bool
}

// Handler answers a statement: Result.Rows for a Query, Result.Affected for
// an Exec. call describes the statement (call.Tx is 0 outside transactions).
type Handler func(ctx context.Context, call Call) (Result, error)

// Result is a canned answer.
type Result struct {
	// Rows answers Query. Nil means an empty result set.
	Rows *adapter.ResultSet
	// Affected answers Exec.
	Affected int64
	// Err is returned instead of a result when set.
	Err error
}

// Rows builds a result set with the given columns and rows; the column types
// are inferred from the first row (int64 → Int64, float64 → Double,
// string → Text, bool → Boolean, []byte → Bytes, time.Time → DateTime,
// nil → Int32).
func Rows(columns []string, rows ...[]any) Result {
	rs := &adapter.ResultSet{Columns: columns, Types: make([]adapter.ColumnType, len(columns)), Rows: rows}
	if rs.Rows == nil {
		rs.Rows = [][]any{}
	}
	if len(rows) > 0 {
		for i, v := range rows[0] {
			if i < len(rs.Types) {
				rs.Types[i] = typeOf(v)
			}
		}
	}
	return Result{Rows: rs}
}

func typeOf(v any) adapter.ColumnType {
	switch v.(type) {
	case int64:
		return adapter.TypeInt64
	case float64:
		return adapter.TypeDouble
	case string:
		return adapter.TypeText
	case bool:
		return adapter.TypeBoolean
	case []byte:
		return adapter.TypeBytes
	case time.Time:
		return adapter.TypeDateTime
	}
	return adapter.TypeInt32
}

// Method names recorded in [Call].Method.
const (
	MethodQuery               = "Query"
	MethodExec                = "Exec"
	MethodBegin               = "Begin"
	MethodCommit              = "Commit"
	MethodRollback            = "Rollback"
	MethodCreateSavepoint     = "CreateSavepoint"
	MethodRollbackToSavepoint = "RollbackToSavepoint"
	MethodReleaseSavepoint    = "ReleaseSavepoint"
	MethodExecScript          = "ExecScript"
)

// Call is one recorded call.
type Call struct {
	Method string
	// SQL is the statement (Query, Exec, ExecScript) or the savepoint name.
	SQL      string
	Args     []any
	ArgTypes []adapter.ArgType
	// Tx is the transaction the call ran in (1, 2, ... in Begin order), or 0.
	Tx int
	// TxOptions is set for Begin.
	TxOptions adapter.TxOptions
	// Err is the error the call returned.
	Err error
}

// Fault is an injected failure. Fields restrict which calls it hits; a call
// hit by a fault gets its Delay, then its Err (or ConnectionClosed when Drop
// is set).
type Fault struct {
	// Method restricts the fault to one method (MethodQuery, ...). Empty
	// means statements: Query and Exec.
	Method string
	// SQLContains restricts the fault to statements containing the text.
	SQLContains string
	// Nth hits only the nth matching call (1-based); 0 hits every one.
	Nth int
	// Delay is waited before answering; a done context ends the wait with
	// the context's error.
	Delay time.Duration
	// Err is returned.
	Err error
	// Drop makes the connection drop: this call and every later one fail
	// with an *adapter.Error of kind ConnectionClosed.
	Drop bool

	seen int
}

// Adapter is the fake adapter.
type Adapter struct {
	opts Options

	mu       sync.Mutex
	exact    map[string]Handler
	matchers []matcher
	faults   []*Fault
	calls    []Call
	dropped  bool
	closed   bool
	nextTx   int
	openTx   map[int]bool
}

type matcher struct {
	match func(sql string) bool
	h     Handler
}

var (
	_ adapter.Adapter      = (*Adapter)(nil)
	_ adapter.ScriptExecer = (*Adapter)(nil)
)

// New returns an empty fake.
func New(opts Options) *Adapter {
	if opts.Info.Provider == "" {
		opts.Info.Provider = adapter.ProviderSQLite
	}
	if opts.Info.Name == "" {
		opts.Info.Name = "noengine/fakeadapter"
	}
	return &Adapter{opts: opts, exact: map[string]Handler{}, openTx: map[int]bool{}}
}

// On registers the answer to a statement with exactly this SQL text.
func (a *Adapter) On(sql string, r Result) {
	a.OnFunc(sql, func(context.Context, Call) (Result, error) { return r, r.Err })
}

// OnQuery registers the rows a Query of sql returns.
func (a *Adapter) OnQuery(sql string, r Result) { a.On(sql, r) }

// OnExec registers the affected-row count an Exec of sql returns.
func (a *Adapter) OnExec(sql string, affected int64) { a.On(sql, Result{Affected: affected}) }

// OnError registers an error for the statement sql.
func (a *Adapter) OnError(sql string, err error) { a.On(sql, Result{Err: err}) }

// OnFunc registers a handler for the statement sql.
func (a *Adapter) OnFunc(sql string, h Handler) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.exact[sql] = h
}

// Handle registers a handler for every statement match accepts that has no
// exact registration; matchers are tried in registration order.
func (a *Adapter) Handle(match func(sql string) bool, h Handler) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.matchers = append(a.matchers, matcher{match, h})
}

// Inject adds a fault.
func (a *Adapter) Inject(f Fault) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.faults = append(a.faults, &f)
}

// Drop drops the connection now: every later call fails with
// ConnectionClosed.
func (a *Adapter) Drop() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.dropped = true
}

// Calls returns a copy of every recorded call, in order.
func (a *Adapter) Calls() []Call {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.calls)
}

// SQL returns the text of every recorded Query and Exec, in order.
func (a *Adapter) SQL() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for _, c := range a.calls {
		if c.Method == MethodQuery || c.Method == MethodExec {
			out = append(out, c.SQL)
		}
	}
	return out
}

// Reset forgets the recorded calls (registrations and faults stay).
func (a *Adapter) Reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls = nil
}

// OpenTransactions reports how many transactions are neither committed nor
// rolled back.
func (a *Adapter) OpenTransactions() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.openTx)
}

// ConnectionsInUse reports the open transactions: the fake has one
// connection per transaction and none for single statements.
func (a *Adapter) ConnectionsInUse() int { return a.OpenTransactions() }

// Info returns Options.Info.
func (a *Adapter) Info() adapter.Info { return a.opts.Info }

// Close marks the fake closed; later calls fail with ConnectionClosed.
func (a *Adapter) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	return nil
}

// Query answers a statement with rows.
func (a *Adapter) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	return a.query(ctx, q, 0)
}

// Exec answers a statement with an affected-row count.
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	return a.exec(ctx, q, 0)
}

// ExecScript records the script and answers it like an Exec.
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	_, err := a.statement(ctx, Call{Method: MethodExecScript, SQL: script})
	return err
}

func (a *Adapter) query(ctx context.Context, q *adapter.Query, tx int) (*adapter.ResultSet, error) {
	r, err := a.statement(ctx, Call{Method: MethodQuery, SQL: q.SQL, Args: slices.Clone(q.Args), ArgTypes: slices.Clone(q.ArgTypes), Tx: tx})
	if err != nil {
		return nil, err
	}
	if r.Rows == nil {
		return &adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}, nil
	}
	return cloneResultSet(r.Rows), nil
}

func (a *Adapter) exec(ctx context.Context, q *adapter.Query, tx int) (int64, error) {
	r, err := a.statement(ctx, Call{Method: MethodExec, SQL: q.SQL, Args: slices.Clone(q.Args), ArgTypes: slices.Clone(q.ArgTypes), Tx: tx})
	return r.Affected, err
}

// statement records and answers a Query, Exec or ExecScript.
func (a *Adapter) statement(ctx context.Context, c Call) (Result, error) {
	if err := a.enter(ctx, &c); err != nil {
		return Result{}, err
	}
	a.mu.Lock()
	h := a.exact[c.SQL]
	if h == nil {
		for _, m := range a.matchers {
			if m.match(c.SQL) {
				h = m.h
				break
			}
		}
	}
	a.mu.Unlock()
	var r Result
	var err error
	switch {
	case h != nil:
		r, err = h(ctx, c)
		if err == nil {
			err = r.Err
		}
	case a.opts.Lenient:
	default:
		err = fmt.Errorf("fakeadapter: no answer registered for %s %q", c.Method, c.SQL)
	}
	a.record(c, err)
	return r, err
}

// enter applies closure, drops and faults to a call. An error it returns has
// been recorded.
func (a *Adapter) enter(ctx context.Context, c *Call) error {
	a.mu.Lock()
	var hit []*Fault
	err := a.stateErr()
	if err == nil {
		for _, f := range a.faults {
			if !f.matches(c) {
				continue
			}
			f.seen++
			if f.Nth == 0 || f.Nth == f.seen {
				hit = append(hit, f)
			}
		}
	}
	a.mu.Unlock()
	if err == nil {
		err = ctx.Err()
	}
	for _, f := range hit {
		if err != nil {
			break
		}
		if f.Delay > 0 {
			t := time.NewTimer(f.Delay)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				err = ctx.Err()
			}
		}
		if err == nil && f.Drop {
			a.mu.Lock()
			a.dropped = true
			err = a.stateErr()
			a.mu.Unlock()
		}
		if err == nil && f.Err != nil {
			err = f.Err
		}
	}
	if err != nil {
		a.record(*c, err)
	}
	return err
}

// stateErr is the error of a closed adapter or a dropped connection. a.mu
// is held.
func (a *Adapter) stateErr() error {
	switch {
	case a.closed:
		return &adapter.Error{Kind: adapter.ConnectionClosed, Message: "fakeadapter: adapter is closed"}
	case a.dropped:
		return &adapter.Error{Kind: adapter.ConnectionClosed, Message: "fakeadapter: connection dropped"}
	}
	return nil
}

func (f *Fault) matches(c *Call) bool {
	switch {
	case f.Method == "" && c.Method != MethodQuery && c.Method != MethodExec:
		return false
	case f.Method != "" && f.Method != c.Method:
		return false
	case f.SQLContains != "" && !strings.Contains(c.SQL, f.SQLContains):
		return false
	}
	return true
}

func (a *Adapter) record(c Call, err error) {
	c.Err = err
	a.mu.Lock()
	a.calls = append(a.calls, c)
	a.mu.Unlock()
}

// Begin starts a recorded transaction.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	c := Call{Method: MethodBegin, TxOptions: opts}
	if opts.Isolation != adapter.LevelDefault && a.opts.IsolationLevels != nil && !slices.Contains(a.opts.IsolationLevels, opts.Isolation) {
		err := &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
		a.record(c, err)
		return nil, err
	}
	if err := a.enter(ctx, &c); err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.nextTx++
	id := a.nextTx
	a.openTx[id] = true
	a.mu.Unlock()
	c.Tx = id
	a.record(c, nil)
	tx := &Tx{a: a, id: id}
	if a.opts.NoSavepoints {
		return &plainTx{tx}, nil
	}
	return tx, nil
}

// Tx is a recorded transaction. It implements adapter.Savepointer unless the
// fake was created with Options.NoSavepoints.
type Tx struct {
	a  *Adapter
	id int

	mu   sync.Mutex
	done bool
}

var (
	_ adapter.Tx          = (*Tx)(nil)
	_ adapter.Savepointer = (*Tx)(nil)
)

// ID is the transaction's number in Begin order, as recorded in Call.Tx.
func (tx *Tx) ID() int { return tx.id }

// Query answers a statement inside the transaction.
func (tx *Tx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	if err := tx.check(MethodQuery, q.SQL); err != nil {
		return nil, err
	}
	return tx.a.query(ctx, q, tx.id)
}

// Exec answers a statement inside the transaction.
func (tx *Tx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	if err := tx.check(MethodExec, q.SQL); err != nil {
		return 0, err
	}
	return tx.a.exec(ctx, q, tx.id)
}

// Commit ends the transaction.
func (tx *Tx) Commit(ctx context.Context) error { return tx.end(ctx, MethodCommit) }

// Rollback ends the transaction.
func (tx *Tx) Rollback(ctx context.Context) error { return tx.end(ctx, MethodRollback) }

// CreateSavepoint records a savepoint.
func (tx *Tx) CreateSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, MethodCreateSavepoint, name)
}

// RollbackToSavepoint records a rollback to a savepoint.
func (tx *Tx) RollbackToSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, MethodRollbackToSavepoint, name)
}

// ReleaseSavepoint records a savepoint release.
func (tx *Tx) ReleaseSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, MethodReleaseSavepoint, name)
}

func (tx *Tx) savepoint(ctx context.Context, method, name string) error {
	if err := tx.check(method, name); err != nil {
		return err
	}
	c := Call{Method: method, SQL: name, Tx: tx.id}
	if err := tx.a.enter(ctx, &c); err != nil {
		return err
	}
	tx.a.record(c, nil)
	return nil
}

func (tx *Tx) end(ctx context.Context, method string) error {
	if err := tx.check(method, ""); err != nil {
		return err
	}
	tx.mu.Lock()
	tx.done = true
	tx.mu.Unlock()
	tx.a.mu.Lock()
	delete(tx.a.openTx, tx.id)
	tx.a.mu.Unlock()
	c := Call{Method: method, Tx: tx.id}
	if err := tx.a.enter(ctx, &c); err != nil {
		return err
	}
	tx.a.record(c, nil)
	return nil
}

// check fails calls on a finished transaction.
func (tx *Tx) check(method, sql string) error {
	tx.mu.Lock()
	done := tx.done
	tx.mu.Unlock()
	if !done {
		return nil
	}
	err := &adapter.Error{Kind: adapter.TransactionAlreadyClosed,
		Cause: "Transaction already closed: A " + strings.ToLower(method) + " cannot be executed on a finished transaction."}
	tx.a.record(Call{Method: method, SQL: sql, Tx: tx.id}, err)
	return err
}

// plainTx hides the savepoint methods.
type plainTx struct{ tx *Tx }

func (p *plainTx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	return p.tx.Query(ctx, q)
}
func (p *plainTx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	return p.tx.Exec(ctx, q)
}
func (p *plainTx) Commit(ctx context.Context) error   { return p.tx.Commit(ctx) }
func (p *plainTx) Rollback(ctx context.Context) error { return p.tx.Rollback(ctx) }

func cloneResultSet(rs *adapter.ResultSet) *adapter.ResultSet {
	c := &adapter.ResultSet{
		Columns:      slices.Clone(rs.Columns),
		Types:        slices.Clone(rs.Types),
		Rows:         make([][]any, len(rs.Rows)),
		LastInsertID: rs.LastInsertID,
	}
	if c.Columns == nil {
		c.Columns = []string{}
	}
	if c.Types == nil {
		c.Types = []adapter.ColumnType{}
	}
	for i, r := range rs.Rows {
		c.Rows[i] = slices.Clone(r)
	}
	return c
}

// ErrInjected is a ready-made error for Fault.Err.
var ErrInjected = errors.New("fakeadapter: injected fault")
