package sqliteadapter

import (
	"context"
	"database/sql"
	"sync"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// Tx is an open transaction on a dedicated connection.
type Tx struct {
	a    *Adapter
	conn *sql.Conn

	mu    sync.Mutex // serialises calls: a Rollback from a timer may race a statement
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
// read-write transaction starts with BEGIN IMMEDIATE, a ReadOnly one with
// BEGIN.
//
// ctx bounds starting the transaction (waiting for a connection and for the
// write lock), not its life: the transaction stays usable after ctx ends,
// until Commit or Rollback, as with pgx's BeginTx. noengine's client bounds a
// transaction's life with its own timeout.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	switch opts.Isolation {
	case adapter.LevelDefault, adapter.LevelSerializable:
	default:
		return nil, &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
	}
	conn, err := a.conn(ctx)
	if err != nil {
		return nil, err
	}
	begin := "BEGIN IMMEDIATE"
	if opts.ReadOnly {
		begin = "BEGIN"
	}
	if _, err := a.exec(ctx, conn, &adapter.Query{SQL: begin}); err != nil {
		conn.Close()
		return nil, err
	}
	return &Tx{a: a, conn: conn}, nil
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
// COMMIT fails (for instance SQLITE_BUSY because readers hold the database
// past the busy timeout), the transaction is rolled back and the error
// returned.
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
		tx.rollbackIfActive(context.WithoutCancel(ctx))
	}
	tx.conn.Close()
	return err
}

// Rollback rolls the transaction back and returns its connection to the
// pool. It succeeds when SQLite already rolled the transaction back by
// itself (after an interrupted write, for instance).
func (tx *Tx) Rollback(ctx context.Context) error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if err := tx.checkOpen("rollback"); err != nil {
		return err
	}
	tx.state = txRolledBack
	err := tx.rollbackIfActive(ctx)
	tx.conn.Close()
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
		return &adapter.Error{Kind: adapter.InvalidInputValue, Message: "sqliteadapter: invalid savepoint name " + quote(name)}
	}
	_, err := tx.Exec(ctx, &adapter.Query{SQL: stmt + name})
	return err
}

func quote(s string) string { return "\"" + s + "\"" }

// rollbackIfActive sends ROLLBACK unless SQLite already ended the
// transaction.
func (tx *Tx) rollbackIfActive(ctx context.Context) error {
	active, known := true, false
	tx.conn.Raw(func(dc any) error {
		var ac bool
		if ac, known = sqlitecore.AutoCommit(dc); known {
			active = !ac
		}
		return nil
	})
	if !active {
		return nil
	}
	_, err := tx.a.exec(ctx, tx.conn, &adapter.Query{SQL: "ROLLBACK"})
	if err != nil && !known {
		// The driver does not tell whether a transaction is open (a
		// modernc.org/sqlite pool in a build with cgo). ROLLBACK outside
		// one fails with SQLITE_ERROR ("cannot rollback - no transaction
		// is active"), which is then no failure.
		if e, ok := adapter.AsError(err); ok && e.Kind == adapter.SQLiteError && e.Code == "1" && e.OriginalCode == "SQLITE_ERROR" {
			return nil
		}
	}
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
