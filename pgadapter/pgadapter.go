// Package pgadapter is noengine's PostgreSQL adapter, built on
// github.com/jackc/pgx/v5. It answers as Prisma's @prisma/adapter-pg does:
// the same column types, the same values (exact decimals, UTC times, JSON as
// text) and the same error kinds.
//
// Construct it from what the application already has:
//
//   - [NewPool] wraps a *pgxpool.Pool (recommended);
//   - [NewConn] wraps a single *pgx.Conn, serialising its use;
//   - [NewDB] wraps a *sql.DB opened through github.com/jackc/pgx/v5/stdlib;
//   - [Open] opens a pool from a Prisma-style postgresql:// URL.
//
// Statements with arguments run on pgx's extended protocol with its statement
// cache, so a statement shape is parsed and planned once per connection.
// Every value is a bind parameter. Statements without arguments run on the
// simple protocol, as node-postgres runs them for Prisma (several statements
// may then be sent at once). Results are read as raw wire values and decoded per type OID
// (binary for the common types, text for the rest), without reflection. When
// a table changes under a cached statement, the server refuses the statement
// once (SQLSTATE 0A000); outside transactions the adapter runs it again, freshly
// prepared; inside one the error is returned, and the transaction is aborted.
//
// # Values
//
// Column types follow @prisma/adapter-pg's fieldToColumnType. Row values are:
// int2/int4/int8/oid → int64; float4/float8 → float64 (a float4 keeps its
// shortest decimal form, 1.1 stays 1.1); numeric → exact decimal text
// ("NaN", "Infinity" included); money → decimal text without currency symbol
// and grouping, two fraction digits; bool → bool; date → time.Time at UTC
// midnight; time and timetz → time.Time on 1970-01-01 UTC (a timetz offset is
// dropped, as Prisma does); timestamp and timestamptz → time.Time in UTC
// (±infinity as the strings "infinity"/"-infinity"); json/jsonb → JSON text;
// uuid → lowercase text; bytea → []byte; text, varchar, char(n), name, xml,
// inet, cidr, bit, varbit, enums and other user types → string; arrays → []any
// (nested for several dimensions). Any other built-in type fails the query
// with an UnsupportedNativeDataType error, as in Prisma.
//
// # Errors
//
// Errors are *adapter.Error values classified by SQLSTATE (for instance 23505
// is UniqueConstraintViolation, 40001 TransactionWriteConflict), with the
// details @prisma/adapter-pg 7.10 gives (a unique violation names the
// constraint, {index: "User_email_key"}, and only falls back to the columns
// of the error's detail when the server names no constraint), or by Go
// error type for connection failures (refused → DatabaseNotReachable, reset →
// ConnectionClosed, timeout → SocketTimeout, certificate errors →
// TlsConnectionError). A cancelled context is returned as an error matching
// ctx.Err().
package pgadapter

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/noengine/noengine/adapter"
)

// Name is the adapter's name in [adapter.Info].
const Name = "noengine/pgadapter"

// MaxBindValues is the bind-parameter limit of one PostgreSQL statement.
const MaxBindValues = 32766

// Options configures an adapter.
type Options struct {
	// Schema is the schema the compiler qualifies table names with
	// (Info.SchemaName), as PrismaPg's `schema` option. Empty means the
	// default ("public"). [Open] also sets it from the URL's ?schema=.
	Schema string
}

// Adapter is a PostgreSQL adapter. It implements [adapter.Adapter] and
// [adapter.ScriptExecer]; its transactions implement [adapter.Tx] and
// [adapter.Savepointer]. It is safe for concurrent use.
type Adapter struct {
	h     handle
	opts  Options
	owned *pgxpool.Pool // closed by Close (Open only)

	infoOnce sync.Once
	info     adapter.Info
}

// execer runs statements: *pgx.Conn, *pgxpool.Pool and *pgxpool.Conn.
type execer interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// handle gives access to a connection for one call of fn.
type handle interface {
	run(ctx context.Context, fn func(execer) error) error
	// begin reserves a connection for a transaction; release returns it.
	begin(ctx context.Context) (h handle, release func(), err error)
	// pgConn returns a connection's low-level handle for reading server
	// parameters.
	params(ctx context.Context) (func(string) string, error)
}

var (
	_ adapter.Adapter      = (*Adapter)(nil)
	_ adapter.ScriptExecer = (*Adapter)(nil)
	_ adapter.Tx           = (*Tx)(nil)
	_ adapter.Savepointer  = (*Tx)(nil)
)

// NewPool returns an adapter running statements on pool. Close does not close
// the pool.
func NewPool(pool *pgxpool.Pool, opts Options) *Adapter {
	return &Adapter{h: poolHandle{pool}, opts: opts}
}

// NewConn returns an adapter on a single connection. Calls are serialised: a
// call waits while another runs, and an open transaction holds the connection
// until it ends, so do not use the adapter from the goroutine that holds one
// of its transactions. Close does not close the connection.
//
// A cancelled context makes pgx close the connection unless its config
// installs pgconn.CancelRequestContextWatcherHandler; with a single
// connection, consider doing so.
func NewConn(conn *pgx.Conn, opts Options) *Adapter {
	return &Adapter{h: &connHandle{conn: conn, sem: make(chan struct{}, 1)}, opts: opts}
}

// NewDB returns an adapter on a *sql.DB opened through pgx's stdlib package
// (sql.Open("pgx", ...) or stdlib.OpenDB). Statements run on the underlying
// *pgx.Conn of a pooled connection. Close does not close db.
func NewDB(db *sql.DB, opts Options) *Adapter {
	return &Adapter{h: dbHandle{db}, opts: opts}
}

// Query runs a statement that returns rows.
func (a *Adapter) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	return query(ctx, a.h, q, true)
}

// Exec runs a statement and returns the number of affected rows.
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	return execQuery(ctx, a.h, q, true)
}

// ExecScript runs several semicolon-separated statements at once (on the
// simple protocol, in one implicit transaction unless the script has its own
// transaction control).
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	err := a.h.run(ctx, func(e execer) error {
		_, err := e.Exec(ctx, script, pgx.QueryExecModeSimpleProtocol)
		return err
	})
	return convertError(ctx, err)
}

// Begin starts a transaction on a reserved connection.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	stmt := "BEGIN"
	switch opts.Isolation {
	case adapter.LevelDefault:
	case adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSerializable:
		stmt += " ISOLATION LEVEL " + opts.Isolation.String()
	default:
		return nil, &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
	}
	if opts.ReadOnly {
		stmt += " READ ONLY"
	}
	h, release, err := a.h.begin(ctx)
	if err != nil {
		return nil, convertError(ctx, err)
	}
	err = h.run(ctx, func(e execer) error {
		_, err := e.Exec(ctx, stmt)
		return err
	})
	if err != nil {
		release()
		return nil, convertError(ctx, err)
	}
	return &Tx{h: h, release: release}, nil
}

// Info describes the adapter. The first call reads the server's version from
// a connection (waiting at most a few seconds); if that fails, ServerVersion
// and Flavor stay empty.
func (a *Adapter) Info() adapter.Info {
	a.infoOnce.Do(func() {
		a.info = adapter.Info{
			Provider:              adapter.ProviderPostgres,
			Name:                  Name,
			SchemaName:            a.opts.Schema,
			MaxBindValues:         MaxBindValues,
			SupportsRelationJoins: true,
		}
		ctx, cancel := context.WithTimeout(context.Background(), infoTimeout)
		defer cancel()
		if param, err := a.h.params(ctx); err == nil {
			a.info.ServerVersion = param("server_version")
			// CockroachDB reports itself in this parameter.
			if param("crdb_version") != "" {
				a.info.Flavor = "cockroachdb"
			}
		}
	})
	return a.info
}

// ConnectionsInUse reports how many connections are checked out: pool
// connections acquired (NewPool, Open), database/sql connections in use
// (NewDB), or 1 while NewConn's connection is busy.
func (a *Adapter) ConnectionsInUse() int {
	switch h := a.h.(type) {
	case poolHandle:
		return int(h.p.Stat().AcquiredConns())
	case dbHandle:
		return h.db.Stats().InUse
	case *connHandle:
		return len(h.sem)
	}
	return 0
}

// Close closes the pool if [Open] created it; otherwise it does nothing.
func (a *Adapter) Close() error {
	if a.owned != nil {
		a.owned.Close()
	}
	return nil
}

// Tx is an open transaction. It is used by one goroutine at a time.
type Tx struct {
	h          handle
	release    func()
	done       bool
	rolledBack bool
}

// Query runs a statement that returns rows inside the transaction.
func (t *Tx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	if t.done {
		return nil, errTxClosed
	}
	return query(ctx, t.h, q, false)
}

// Exec runs a statement inside the transaction.
func (t *Tx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	if t.done {
		return 0, errTxClosed
	}
	return execQuery(ctx, t.h, q, false)
}

var errTxClosed = &adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "Transaction already closed: the transaction was already committed or rolled back"}

// Commit commits the transaction and releases its connection.
//
// When a statement of the transaction failed, PostgreSQL has aborted it and
// answers COMMIT with ROLLBACK. Commit then returns nil, as Prisma 7.10 does
// (its TransactionManager sends COMMIT and sees no error); the earlier
// statement's error is what reported the failure. [Tx.RolledBack] tells the
// two outcomes apart.
func (t *Tx) Commit(ctx context.Context) error {
	return t.end(ctx, "COMMIT")
}

// Rollback rolls the transaction back and releases its connection.
func (t *Tx) Rollback(ctx context.Context) error {
	return t.end(ctx, "ROLLBACK")
}

func (t *Tx) end(ctx context.Context, stmt string) error {
	if t.done {
		return errTxClosed
	}
	t.done = true
	defer t.release()
	if stmt == "ROLLBACK" {
		// Roll back even when ctx has ended (a request abandoned the
		// transaction): a single connection (NewConn) must not stay in it.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), rollbackTimeout)
		defer cancel()
	}
	var tag pgconn.CommandTag
	err := t.h.run(ctx, func(e execer) error {
		var err error
		tag, err = e.Exec(ctx, stmt)
		return err
	})
	if err != nil {
		if stmt == "COMMIT" {
			// The connection may still be in the transaction; leave it
			// clean (a pool discards a broken connection anyway).
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), rollbackTimeout)
			_ = t.h.run(rctx, func(e execer) error {
				_, err := e.Exec(rctx, "ROLLBACK")
				return err
			})
			cancel()
		}
		return convertError(ctx, err)
	}
	t.rolledBack = stmt == "ROLLBACK" || tag.String() == "ROLLBACK"
	return nil
}

// rollbackTimeout bounds a ROLLBACK sent after the caller's context ended.
const rollbackTimeout = 5 * time.Second

// RolledBack reports whether the transaction ended rolled back: by Rollback,
// or by a Commit the database turned into a rollback because a statement of
// the transaction had failed.
func (t *Tx) RolledBack() bool { return t.rolledBack }

// CreateSavepoint runs SAVEPOINT name.
func (t *Tx) CreateSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "SAVEPOINT ", name)
}

// RollbackToSavepoint runs ROLLBACK TO SAVEPOINT name.
func (t *Tx) RollbackToSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "ROLLBACK TO SAVEPOINT ", name)
}

// ReleaseSavepoint runs RELEASE SAVEPOINT name.
func (t *Tx) ReleaseSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "RELEASE SAVEPOINT ", name)
}

func (t *Tx) savepoint(ctx context.Context, verb, name string) error {
	if t.done {
		return errTxClosed
	}
	stmt := verb + pgx.Identifier{name}.Sanitize()
	err := t.h.run(ctx, func(e execer) error {
		_, err := e.Exec(ctx, stmt)
		return err
	})
	return convertError(ctx, err)
}

// staleStatement reports whether err is the server refusing a cached
// prepared statement (SQLSTATE 0A000, as "cached plan must not change result
// type" after the table changed). pgx drops a statement that failed from its
// cache, so running it again prepares it anew.
func staleStatement(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "0A000"
}

// query runs a statement that returns rows. retry allows running it a second
// time after a stale cached statement; only outside transactions, where the
// failed attempt had no effect on anything else.
func query(ctx context.Context, h handle, q *adapter.Query, retry bool) (*adapter.ResultSet, error) {
	if len(q.Args) == 0 {
		rs, _, err := simpleQuery(ctx, h, q.SQL)
		return rs, err
	}
	args, err := queryArgs(q)
	if err != nil {
		return nil, err
	}
	var rs *adapter.ResultSet
	run := func(e execer) error {
		rows, err := e.Query(ctx, q.SQL, args...)
		if err != nil {
			return err
		}
		rs, err = readRows(rows)
		return err
	}
	err = h.run(ctx, run)
	if err != nil && retry && staleStatement(err) {
		err = h.run(ctx, run)
	}
	if err != nil {
		return nil, convertError(ctx, err)
	}
	return rs, nil
}

// execQuery runs a statement and returns the affected rows; retry as for
// query.
func execQuery(ctx context.Context, h handle, q *adapter.Query, retry bool) (int64, error) {
	if len(q.Args) == 0 {
		_, n, err := simpleQuery(ctx, h, q.SQL)
		return n, err
	}
	args, err := queryArgs(q)
	if err != nil {
		return 0, err
	}
	var n int64
	run := func(e execer) error {
		tag, err := e.Exec(ctx, q.SQL, args[1:]...) // Exec takes no result formats
		n = tag.RowsAffected()
		return err
	}
	err = h.run(ctx, run)
	if err != nil && retry && staleStatement(err) {
		err = h.run(ctx, run)
	}
	if err != nil {
		return 0, convertError(ctx, err)
	}
	return n, nil
}

// simpleQuery runs a statement without arguments on the simple protocol, as
// node-postgres runs such statements for Prisma: the SQL goes to the server
// as written (a "SELECT $1" without values fails there with 42P02, several
// statements separated by semicolons run in one implicit transaction).
// Results arrive in text format. With several statements, the last one's
// result and affected-row count are returned.
func simpleQuery(ctx context.Context, h handle, sql string) (*adapter.ResultSet, int64, error) {
	var rs *adapter.ResultSet
	var n int64
	err := h.run(ctx, func(e execer) error {
		return withPgConn(ctx, e, func(pc *pgconn.PgConn) error {
			mrr := pc.Exec(ctx, sql)
			var err error
			for mrr.NextResult() {
				var tag pgconn.CommandTag
				rs, tag, err = readResult(mrr.ResultReader())
				if err != nil {
					mrr.Close()
					return err
				}
				n = tag.RowsAffected()
			}
			return mrr.Close()
		})
	})
	if err != nil {
		return nil, 0, convertError(ctx, err)
	}
	if rs == nil { // an empty statement
		rs = &adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}
	}
	return rs, n, nil
}

// withPgConn runs fn on the low-level connection under e, acquiring one from
// a pool.
func withPgConn(ctx context.Context, e execer, fn func(*pgconn.PgConn) error) error {
	switch c := e.(type) {
	case *pgx.Conn:
		return fn(c.PgConn())
	case *pgxpool.Conn:
		return fn(c.Conn().PgConn())
	case *pgxpool.Pool:
		pc, err := c.Acquire(ctx)
		if err != nil {
			return err
		}
		defer pc.Release()
		return fn(pc.Conn().PgConn())
	}
	return fmt.Errorf("pgadapter: unexpected connection type %T", e)
}

// readResult reads one result of the simple protocol.
func readResult(rr *pgconn.ResultReader) (*adapter.ResultSet, pgconn.CommandTag, error) {
	fds := rr.FieldDescriptions()
	rs, err := newResultSet(fds)
	if err != nil {
		rr.Close()
		return nil, pgconn.CommandTag{}, err
	}
	for rr.NextRow() {
		row, err := decodeRow(fds, rr.Values(), make([]any, len(fds)))
		if err != nil {
			rr.Close()
			return nil, pgconn.CommandTag{}, err
		}
		rs.Rows = append(rs.Rows, row)
	}
	tag, err := rr.Close()
	return rs, tag, err
}

func newResultSet(fds []pgconn.FieldDescription) (*adapter.ResultSet, error) {
	rs := &adapter.ResultSet{
		Columns: make([]string, len(fds)),
		Types:   make([]adapter.ColumnType, len(fds)),
		Rows:    [][]any{},
	}
	for i, fd := range fds {
		rs.Columns[i] = fd.Name
		t, err := columnType(fd.DataTypeOID)
		if err != nil {
			return nil, err
		}
		rs.Types[i] = t
	}
	return rs, nil
}

// decodeRow decodes one row into row, which has a slot per column.
func decodeRow(fds []pgconn.FieldDescription, raw [][]byte, row []any) ([]any, error) {
	for i, b := range raw {
		if b == nil {
			continue
		}
		v, err := decodeValue(fds[i].DataTypeOID, fds[i].Format, b)
		if err != nil {
			return nil, fmt.Errorf("pgadapter: column %q: %w", fds[i].Name, err)
		}
		row[i] = v
	}
	return row, nil
}

// maxSlabRows bounds the rows of one slab in readRows.
const maxSlabRows = 256

// readRows reads all rows, decoding each raw value by its column's OID and
// wire format.
func readRows(rows pgx.Rows) (*adapter.ResultSet, error) {
	defer rows.Close()
	fds := rows.FieldDescriptions()
	rs, err := newResultSet(fds)
	if err != nil {
		return nil, err
	}
	// Rows are cut from slabs of values that double in size (up to
	// maxSlabRows rows), rather than allocated one by one.
	var slab []any
	slabRows := 4
	n := len(fds)
	for rows.Next() {
		if len(slab) < n {
			slab = make([]any, n*slabRows)
			slabRows = min(2*slabRows, maxSlabRows)
		}
		row, err := decodeRow(fds, rows.RawValues(), slab[:n:n])
		if err != nil {
			return nil, err
		}
		slab = slab[n:]
		rs.Rows = append(rs.Rows, row)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return rs, nil
}

// poolHandle runs statements on a pgx pool.
type poolHandle struct{ p *pgxpool.Pool }

func (h poolHandle) run(ctx context.Context, fn func(execer) error) error { return fn(h.p) }

func (h poolHandle) begin(ctx context.Context) (handle, func(), error) {
	c, err := h.p.Acquire(ctx)
	if err != nil {
		return nil, nil, err
	}
	return fixedHandle{c}, c.Release, nil
}

func (h poolHandle) params(ctx context.Context) (func(string) string, error) {
	c, err := h.p.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Release()
	pc := c.Conn().PgConn()
	vals := map[string]string{"server_version": pc.ParameterStatus("server_version"), "crdb_version": pc.ParameterStatus("crdb_version")}
	return func(k string) string { return vals[k] }, nil
}

// fixedHandle runs statements on one reserved connection (a transaction's).
type fixedHandle struct{ e execer }

func (h fixedHandle) run(ctx context.Context, fn func(execer) error) error { return fn(h.e) }

func (h fixedHandle) begin(ctx context.Context) (handle, func(), error) {
	return nil, nil, errors.New("pgadapter: nested Begin")
}

func (h fixedHandle) params(ctx context.Context) (func(string) string, error) {
	return nil, errors.New("pgadapter: no parameters")
}

// connHandle serialises the use of one connection. sem is a one-slot
// semaphore, so waiting for it respects ctx.
type connHandle struct {
	conn *pgx.Conn
	sem  chan struct{}
}

func (h *connHandle) lock(ctx context.Context) error {
	select {
	case h.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *connHandle) unlock() { <-h.sem }

func (h *connHandle) run(ctx context.Context, fn func(execer) error) error {
	if err := h.lock(ctx); err != nil {
		return err
	}
	defer h.unlock()
	return fn(h.conn)
}

func (h *connHandle) begin(ctx context.Context) (handle, func(), error) {
	if err := h.lock(ctx); err != nil {
		return nil, nil, err
	}
	var once sync.Once
	return fixedHandle{h.conn}, func() { once.Do(h.unlock) }, nil
}

func (h *connHandle) params(ctx context.Context) (func(string) string, error) {
	if err := h.lock(ctx); err != nil {
		return nil, err
	}
	defer h.unlock()
	pc := h.conn.PgConn()
	vals := map[string]string{"server_version": pc.ParameterStatus("server_version"), "crdb_version": pc.ParameterStatus("crdb_version")}
	return func(k string) string { return vals[k] }, nil
}

// dbHandle runs statements on the *pgx.Conn under a database/sql connection.
type dbHandle struct{ db *sql.DB }

func (h dbHandle) run(ctx context.Context, fn func(execer) error) error {
	c, err := h.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return rawRun(c, fn)
}

func rawRun(c *sql.Conn, fn func(execer) error) error {
	return c.Raw(func(dc any) error {
		pc, ok := dc.(interface{ Conn() *pgx.Conn })
		if !ok {
			return fmt.Errorf("pgadapter: NewDB needs a *sql.DB opened through github.com/jackc/pgx/v5/stdlib, not %T", dc)
		}
		return fn(pc.Conn())
	})
}

func (h dbHandle) begin(ctx context.Context) (handle, func(), error) {
	c, err := h.db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	return sqlConnHandle{c}, func() { c.Close() }, nil
}

func (h dbHandle) params(ctx context.Context) (func(string) string, error) {
	vals := map[string]string{}
	err := h.run(ctx, func(e execer) error {
		pc := e.(*pgx.Conn).PgConn()
		vals["server_version"] = pc.ParameterStatus("server_version")
		vals["crdb_version"] = pc.ParameterStatus("crdb_version")
		return nil
	})
	if err != nil {
		return nil, err
	}
	return func(k string) string { return vals[k] }, nil
}

// sqlConnHandle is a database/sql connection reserved for a transaction.
type sqlConnHandle struct{ c *sql.Conn }

func (h sqlConnHandle) run(ctx context.Context, fn func(execer) error) error { return rawRun(h.c, fn) }

func (h sqlConnHandle) begin(ctx context.Context) (handle, func(), error) {
	return nil, nil, errors.New("pgadapter: nested Begin")
}

func (h sqlConnHandle) params(ctx context.Context) (func(string) string, error) {
	return nil, errors.New("pgadapter: no parameters")
}

// quoteIdent quotes an identifier for a search_path value.
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
