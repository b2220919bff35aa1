package libsqladapter

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// Tx is an open transaction on a dedicated connection: for a remote
// database, one Hrana stream, whose baton libsql-client-go carries from
// request to request.
type Tx struct {
	a    *Adapter
	conn *sql.Conn

	mu    sync.Mutex // serialises calls
	state txState
}

type txState uint8

const (
	txOpen txState = iota
	txCommitted
	txRolledBack
)

var (
	_ adapter.Tx          = (*Tx)(nil)
	_ adapter.Savepointer = (*Tx)(nil)
)

// Begin starts a transaction on a connection of its own. SQLite transactions
// are serializable: LevelDefault and LevelSerializable are accepted, every
// other level fails with an InvalidIsolationLevel error whose Level is the
// level's SQL spelling ("READ COMMITTED"), as Prisma reports it. A
// read-write transaction starts with BEGIN IMMEDIATE, so that concurrent
// writers wait for each other up front (up to the server's busy timeout)
// instead of failing half-way; a ReadOnly one with BEGIN.
//
// ctx bounds starting the transaction, not its life: the transaction stays
// usable after ctx ends, until Commit or Rollback. Note that a remote server
// expires a stream left idle (sqld: after 10s), which ends the transaction.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	switch opts.Isolation {
	case adapter.LevelDefault, adapter.LevelSerializable:
	default:
		return nil, &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
	}
	begin := &adapter.Query{SQL: "BEGIN IMMEDIATE"}
	if opts.ReadOnly {
		begin.SQL = "BEGIN"
	}
	for attempt := 0; ; attempt++ {
		conn, err := a.conn(ctx)
		if err != nil {
			return nil, err
		}
		if _, err := a.exec(ctx, conn, begin); err != nil {
			conn.Close()
			if retryable(ctx, err, attempt) {
				continue
			}
			return nil, err
		}
		return &Tx{a: a, conn: conn}, nil
	}
}

// Query runs a statement that returns rows inside the transaction.
func (tx *Tx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if err := tx.checkOpen("query"); err != nil {
		return nil, err
	}
	return tx.a.query(ctx, tx.conn, q)
}

// Exec runs a statement inside the transaction and returns the number of
// affected rows.
func (tx *Tx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if err := tx.checkOpen("query"); err != nil {
		return 0, err
	}
	return tx.a.exec(ctx, tx.conn, q)
}

// Commit commits the transaction and returns its connection to the pool. If
// COMMIT fails, the transaction is rolled back and the error returned.
func (tx *Tx) Commit(ctx context.Context) error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if err := tx.checkOpen("commit"); err != nil {
		return err
	}
	tx.state = txCommitted
	_, err := tx.a.exec(ctx, tx.conn, &adapter.Query{SQL: "COMMIT"})
	if err != nil {
		tx.state = txRolledBack
		tx.rollback(context.WithoutCancel(ctx))
	}
	tx.conn.Close()
	return err
}

// Rollback rolls the transaction back and returns its connection to the
// pool. It succeeds when the transaction already ended by itself: SQLite
// rolled it back (after an interrupted write), or its connection was
// discarded after a failed request (the server rolls back the stream it
// closes).
func (tx *Tx) Rollback(ctx context.Context) error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if err := tx.checkOpen("rollback"); err != nil {
		return err
	}
	tx.state = txRolledBack
	err := tx.rollback(ctx)
	tx.conn.Close()
	return err
}

// rollback sends ROLLBACK unless the transaction is known to be over.
func (tx *Tx) rollback(ctx context.Context) error {
	active := true
	if err := tx.conn.Raw(func(dc any) error {
		// The SQLite drivers of local files report whether a transaction
		// is open; libsql-client-go's connection does not.
		if ac, ok := sqlitecore.AutoCommit(dc); ok {
			active = !ac
		}
		return nil
	}); errors.Is(err, sql.ErrConnDone) {
		return nil // discarded after a failed request
	}
	if !active {
		return nil
	}
	_, err := tx.a.exec(ctx, tx.conn, &adapter.Query{SQL: "ROLLBACK"})
	if e, ok := adapter.AsError(err); ok && e.Kind == adapter.SQLiteError && e.Message == "cannot rollback - no transaction is active" {
		// SQLite ended the transaction by itself (remote).
		return nil
	}
	if errors.Is(err, sql.ErrConnDone) {
		return nil
	}
	return err
}

// CreateSavepoint runs SAVEPOINT name.
func (tx *Tx) CreateSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, "SAVEPOINT ", name)
}

// RollbackToSavepoint runs ROLLBACK TO name.
func (tx *Tx) RollbackToSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, "ROLLBACK TO ", name)
}

// ReleaseSavepoint runs RELEASE SAVEPOINT name.
func (tx *Tx) ReleaseSavepoint(ctx context.Context, name string) error {
	return tx.savepoint(ctx, "RELEASE SAVEPOINT ", name)
}

func (tx *Tx) savepoint(ctx context.Context, stmt, name string) error {
	if !sqlitecore.ValidSavepointName(name) {
		return &adapter.Error{Kind: adapter.InvalidInputValue, Message: "libsqladapter: invalid savepoint name \"" + name + "\""}
	}
	_, err := tx.Exec(ctx, &adapter.Query{SQL: stmt + name})
	return err
}

func (tx *Tx) checkOpen(op string) error {
	switch tx.state {
	case txCommitted:
		return &adapter.Error{Kind: adapter.TransactionAlreadyClosed,
			Cause: "Transaction already closed: A " + op + " cannot be executed on a committed transaction."}
	case txRolledBack:
		return &adapter.Error{Kind: adapter.TransactionAlreadyClosed,
			Cause: "Transaction already closed: A " + op + " cannot be executed on a transaction that was rolled back."}
	}
	return nil
}
