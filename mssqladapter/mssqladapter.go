package mssqladapter

import (
	"context"
	"database/sql"
	"errors"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/noengine/noengine/adapter"
)

// Name is the adapter's name in [adapter.Info].
const Name = "noengine/mssqladapter"

// MaxBindValues is the bind-parameter limit of one statement, as
// @prisma/adapter-mssql reports it (SQL Server allows 2,100 parameters per
// request; sp_executesql takes two for itself).
const MaxBindValues = 2098

// DefaultConnectionLimit is the pool size [Open] uses when the URL has no
// connectionLimit: node-mssql's default pool size, which Prisma keeps.
const DefaultConnectionLimit = 10

// Options configures an adapter.
type Options struct {
	// Schema qualifies table names in generated SQL (Info.SchemaName), as
	// PrismaMssql's schema option. Empty means the URL's schema parameter
	// with [Open], else dbo.
	Schema string
	// DefaultIsolation is the isolation level of transactions begun with
	// LevelDefault. [Open] takes it from the URL's isolationLevel when this
	// is LevelDefault.
	DefaultIsolation adapter.IsolationLevel
	// StatementTimeout bounds every statement (the URL's socketTimeout with
	// [Open]); a statement that runs longer fails with SocketTimeout. Zero
	// means no bound besides the caller's context.
	StatementTimeout time.Duration
}

// Adapter is a SQL Server adapter on a *sql.DB opened with go-mssqldb. It
// implements [adapter.Adapter] and [adapter.ScriptExecer]; its transactions
// implement [adapter.Tx] and [adapter.Savepointer]. It is safe for
// concurrent use.
type Adapter struct {
	db    *sql.DB
	opts  Options
	owned bool

	infoOnce sync.Once
	info     adapter.Info
}

var (
	_ adapter.Adapter      = (*Adapter)(nil)
	_ adapter.ScriptExecer = (*Adapter)(nil)
	_ adapter.Tx           = (*Tx)(nil)
	_ adapter.Savepointer  = (*Tx)(nil)
)

// New returns an adapter on db, a *sql.DB opened with go-mssqldb (driver
// name "sqlserver", or sql.OpenDB of a go-mssqldb connector). Close does
// not close db.
//
// Prisma's driver encrypts connections and verifies the server's
// certificate by default; go-mssqldb does neither unless the DSN says so
// (encrypt=true&TrustServerCertificate=false). [Open] and [Config.DSN] set
// both as Prisma does.
func New(db *sql.DB, opts Options) *Adapter {
	return &Adapter{db: db, opts: opts}
}

// runner is a *sql.DB or a *sql.Tx.
type runner interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Query runs a statement (or a batch of statements) and returns the rows
// of its first result set, as @prisma/adapter-mssql does: the SQL Server
// dialect returns inserted rows with DECLARE @generated_keys ... INSERT ...
// OUTPUT ... INTO @generated_keys ... SELECT, whose only result set is the
// final SELECT. Later result sets are read and dropped, so that an error
// raised by a later statement is reported.
func (a *Adapter) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	return a.query(ctx, a.db, q)
}

// Exec runs a statement and returns the number of rows it affected (the sum
// over the statements of a batch).
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	return a.exec(ctx, a.db, q)
}

// withTimeout applies Options.StatementTimeout.
func (a *Adapter) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if a.opts.StatementTimeout > 0 {
		return context.WithTimeout(ctx, a.opts.StatementTimeout)
	}
	return ctx, func() {}
}

// statementError converts an error of a statement run under sctx, a child
// of ctx bounded by the statement timeout.
func (a *Adapter) statementError(ctx, sctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() == nil && sctx.Err() != nil {
		return &adapter.Error{Kind: adapter.SocketTimeout, Err: err}
	}
	return convertError(ctx, err)
}

func (a *Adapter) query(ctx context.Context, r runner, q *adapter.Query) (*adapter.ResultSet, error) {
	args, err := convertArgs(q)
	if err != nil {
		return nil, err
	}
	sctx, cancel := a.withTimeout(ctx)
	defer cancel()
	rows, err := r.QueryContext(sctx, q.SQL, args...)
	if err != nil {
		return nil, a.statementError(ctx, sctx, err)
	}
	rs, err := readRows(rows)
	if err != nil {
		return nil, a.statementError(ctx, sctx, err)
	}
	return rs, nil
}

func (a *Adapter) exec(ctx context.Context, r runner, q *adapter.Query) (int64, error) {
	args, err := convertArgs(q)
	if err != nil {
		return 0, err
	}
	sctx, cancel := a.withTimeout(ctx)
	defer cancel()
	res, err := r.ExecContext(sctx, q.SQL, args...)
	if err != nil {
		return 0, a.statementError(ctx, sctx, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, a.statementError(ctx, sctx, err)
	}
	return n, nil
}

// readRows reads the first result set and drains the others.
func readRows(rows *sql.Rows) (_ *adapter.ResultSet, err error) {
	defer func() {
		if cerr := rows.Close(); err == nil {
			err = cerr
		}
	}()
	cols, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	rs := &adapter.ResultSet{Columns: make([]string, len(cols)), Types: make([]adapter.ColumnType, len(cols)), Rows: [][]any{}}
	dbTypes := make([]string, len(cols))
	for i, c := range cols {
		rs.Columns[i] = c.Name()
		dbTypes[i] = c.DatabaseTypeName()
		t, ok := columnType(dbTypes[i])
		if !ok {
			return nil, unsupportedType(dbTypes[i])
		}
		rs.Types[i] = t
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := make([]any, len(cols))
		for i, v := range vals {
			if row[i], err = convertValue(v, dbTypes[i]); err != nil {
				return nil, err
			}
		}
		rs.Rows = append(rs.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for rows.NextResultSet() {
		for rows.Next() {
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return rs, rows.Err()
}

// ExecScript runs a script as one T-SQL batch, as Prisma's schema engine
// sends its migration scripts (the script Push writes wraps its statements
// in BEGIN TRY ... BEGIN TRAN ... COMMIT TRAN ... END TRY). A batch cannot
// hold the client-side GO separator.
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	_, err := a.db.ExecContext(ctx, script)
	return convertError(ctx, err)
}

// Begin starts a transaction on a reserved connection with the requested
// isolation level (READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ,
// SNAPSHOT or SERIALIZABLE; LevelDefault uses Options.DefaultIsolation,
// else the session's level). SNAPSHOT needs ALLOW_SNAPSHOT_ISOLATION ON in
// the database. ReadOnly is ignored: SQL Server has no read-only
// transactions. The transaction lives until Commit or Rollback,
// independent of ctx.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	level := opts.Isolation
	if level == adapter.LevelDefault {
		level = a.opts.DefaultIsolation
	}
	var sqlLevel sql.IsolationLevel
	switch level {
	case adapter.LevelDefault:
		sqlLevel = sql.LevelDefault
	case adapter.LevelReadUncommitted:
		sqlLevel = sql.LevelReadUncommitted
	case adapter.LevelReadCommitted:
		sqlLevel = sql.LevelReadCommitted
	case adapter.LevelRepeatableRead:
		sqlLevel = sql.LevelRepeatableRead
	case adapter.LevelSnapshot:
		sqlLevel = sql.LevelSnapshot
	case adapter.LevelSerializable:
		sqlLevel = sql.LevelSerializable
	default:
		return nil, &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
	}
	conn, err := a.db.Conn(ctx)
	if err != nil {
		return nil, convertError(ctx, err)
	}
	// database/sql rolls a transaction back when its context ends; this one
	// must survive the caller's ctx (an interactive transaction spans calls).
	// Starting it is still bounded by ctx.
	if err := ctx.Err(); err != nil {
		conn.Close()
		return nil, err
	}
	tx, err := conn.BeginTx(context.WithoutCancel(ctx), &sql.TxOptions{Isolation: sqlLevel})
	if err != nil {
		conn.Close()
		return nil, convertError(ctx, err)
	}
	return &Tx{a: a, conn: conn, tx: tx}, nil
}

// Info describes the adapter. The first call reads the server's version
// (SERVERPROPERTY('ProductVersion'), waiting at most a few seconds); if
// that fails, ServerVersion stays empty.
func (a *Adapter) Info() adapter.Info {
	a.infoOnce.Do(func() {
		a.info = adapter.Info{
			Provider:      adapter.ProviderSQLServer,
			Name:          Name,
			SchemaName:    a.opts.Schema,
			MaxBindValues: MaxBindValues,
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var version string
		if err := a.db.QueryRowContext(ctx, "SELECT CAST(SERVERPROPERTY('ProductVersion') AS NVARCHAR(128))").Scan(&version); err == nil {
			a.info.ServerVersion = version
		}
	})
	return a.info
}

// ConnectionsInUse reports how many connections of the *sql.DB are in use.
func (a *Adapter) ConnectionsInUse() int {
	return a.db.Stats().InUse
}

// Close closes the *sql.DB if [Open] created it.
func (a *Adapter) Close() error {
	if a.owned {
		return a.db.Close()
	}
	return nil
}

// Tx is an open transaction. It is used by one goroutine at a time.
type Tx struct {
	a    *Adapter
	conn *sql.Conn
	tx   *sql.Tx
	done bool
}

var errTxClosed = &adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "Transaction already closed: the transaction was already committed or rolled back"}

// Query runs a statement inside the transaction (see [Adapter.Query]).
func (t *Tx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	if t.done {
		return nil, errTxClosed
	}
	return t.a.query(ctx, t.tx, q)
}

// Exec runs a statement inside the transaction.
func (t *Tx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	if t.done {
		return 0, errTxClosed
	}
	return t.a.exec(ctx, t.tx, q)
}

// Commit commits and releases the connection.
func (t *Tx) Commit(ctx context.Context) error {
	return t.end(ctx, (*sql.Tx).Commit)
}

// Rollback rolls back and releases the connection. A transaction the server
// already rolled back (a deadlock victim, XACT_ABORT) rolls back without
// error, as Prisma ignores node-mssql's EABORT.
func (t *Tx) Rollback(ctx context.Context) error {
	return t.end(ctx, (*sql.Tx).Rollback)
}

func (t *Tx) end(ctx context.Context, f func(*sql.Tx) error) error {
	if t.done {
		return errTxClosed
	}
	t.done = true
	err := f(t.tx)
	t.conn.Close()
	if errors.Is(err, sql.ErrTxDone) {
		return errTxClosed
	}
	return convertError(ctx, err)
}

// CreateSavepoint runs SAVE TRANSACTION name.
func (t *Tx) CreateSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "SAVE TRANSACTION ", name)
}

// RollbackToSavepoint runs ROLLBACK TRANSACTION name.
func (t *Tx) RollbackToSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "ROLLBACK TRANSACTION ", name)
}

// ReleaseSavepoint does nothing: SQL Server has no RELEASE SAVEPOINT (a
// savepoint lives until its transaction ends), and Prisma's adapter does not
// release either.
func (t *Tx) ReleaseSavepoint(ctx context.Context, name string) error {
	if t.done {
		return errTxClosed
	}
	return nil
}

var plainIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (t *Tx) savepoint(ctx context.Context, verb, name string) error {
	if t.done {
		return errTxClosed
	}
	_, err := t.tx.ExecContext(ctx, verb+savepointName(name))
	return convertError(ctx, err)
}

// savepointName writes a savepoint name as Prisma does (as is) when it is a
// plain identifier, else bracket-quoted.
func savepointName(name string) string {
	if plainIdent.MatchString(name) {
		return name
	}
	return "[" + strings.ReplaceAll(name, "]", "]]") + "]"
}
