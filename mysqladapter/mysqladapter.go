// Package mysqladapter is noengine's MySQL and MariaDB adapter, built on
// github.com/go-sql-driver/mysql. It answers as Prisma's
// @prisma/adapter-mariadb does (Prisma's adapter for both MySQL and
// MariaDB): the same column types, values and error kinds.
//
// Construct it with [New] from a *sql.DB opened with the "mysql" driver, or
// with [Open] from a Prisma-style mysql:// URL.
//
// Statements with arguments run as server-side prepared statements from a
// bounded per-adapter cache (database/sql re-prepares them per connection), so
// a statement shape is parsed once per connection and every value is a bind
// parameter. Statements without arguments use the text protocol.
//
// # INSERT through Query
//
// Prisma reads the keys of new rows through the insert id on MySQL, so Query
// also serves INSERT and REPLACE statements that return no rows: it runs them
// as an Exec and reports ResultSet.LastInsertID (the first generated id of
// the statement, or 0 when the table has no AUTO_INCREMENT column), with no
// columns. Statements with RETURNING (MariaDB only) return rows as usual.
//
// # Values
//
// Column types follow @prisma/adapter-mariadb's mapColumnType: TINYINT,
// SMALLINT, MEDIUMINT, INT and YEAR are Int32 (INT UNSIGNED is Int64), BIGINT
// is Int64, FLOAT Float, DOUBLE Double, DECIMAL Numeric, DATETIME and
// TIMESTAMP DateTime, DATE Date, TIME Time, JSON Json, binary strings, BIT
// and GEOMETRY Bytes, ENUM, SET and other strings Text, NULL Int32. Row
// values: integers are int64 (so booleans, TINYINT(1), are int64 0/1); a
// BIGINT UNSIGNED above 2^63-1 is its decimal text (string); FLOAT is the
// stored float32 widened to float64 (1.1 reads 1.100000023841858, as with
// Prisma); DECIMAL is exact decimal text with the column's scale; DATETIME
// and TIMESTAMP are text as Prisma's adapter gives them (milliseconds,
// "2024-01-02T03:04:05.100+00:00"); DATE is a time.Time in UTC; TIME is a time.Time on 1970-01-01
// UTC, or its text ("838:59:59", "-01:00:00") outside 00:00–24:00; JSON and
// other text is string; binary strings and BIT are []byte.
//
// # MySQL 8 and MariaDB
//
// The adapter is tested on MariaDB 10.11 and written for MySQL 8 as well.
// Differences that show through it:
//   - INSERT ... RETURNING exists on MariaDB only; on MySQL 8 new keys come
//     from LastInsertID.
//   - MariaDB's JSON is LONGTEXT with a JSON_VALID check. Prisma recognises it
//     from MariaDB's extended column metadata, which go-sql-driver does not
//     request, so a MariaDB JSON column reads as Text here (MySQL 8 reports
//     JSON as such). The compiler's data mapping is unaffected; only raw query
//     column types differ.
//   - MariaDB renders JSON with a space after ':' and ',' ({"a": 1}); MySQL 8
//     as well, but MySQL 8 normalises key order in stored JSON.
//   - MariaDB 10.11 has no -> and ->> JSON operators.
//   - Duplicate-key messages name the key as 'table.key' on MySQL 8 and
//     'key' on MariaDB, so UniqueConstraintViolation.Table is set on MySQL 8
//     only (as with Prisma).
//   - SupportsRelationJoins is true for MySQL >= 8.0.13 and never for
//     MariaDB, as Prisma 7.10 probes it.
//
// Where go-sql-driver differs from Prisma's Node driver (mariadb), raw
// queries show it (recorded in the e2e suite writes-raw-mysql):
//   - A bare parameter as a result column (SELECT ? AS a) takes the type it
//     is bound with: every integer is bound as BIGINT (Prisma's driver: INT
//     for small ones) and null as NULL, reported as Int32 (Prisma's driver
//     binds null as a binary string: Bytes).
//   - A statement run with too few arguments: Prisma's driver sends the
//     prepared statement and MariaDB answers 1835 (malformed packet);
//     go-sql-driver runs a statement without arguments as text, where the
//     placeholder is a syntax error (1064). Both are P2010.
//
// # Errors
//
// Errors are *adapter.Error values classified by MySQL error number as
// @prisma/adapter-mariadb does (1062 UniqueConstraintViolation, 1213
// TransactionWriteConflict, ...), with details parsed from the message where
// the server gives nothing better. Network failures are classified by Go
// error type. A cancelled context is returned as an error matching
// ctx.Err().
package mysqladapter

import (
	"container/list"
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/noengine/noengine/adapter"
)

// Name is the adapter's name in [adapter.Info].
const Name = "noengine/mysqladapter"

// MaxBindValues is the bind-parameter limit of one MySQL statement.
const MaxBindValues = 65535

// DefaultStatementCacheSize is the number of prepared statements an adapter
// keeps when Options.StatementCacheSize is 0.
const DefaultStatementCacheSize = 100

// Options configures an adapter.
type Options struct {
	// Database qualifies table names in generated SQL (Info.SchemaName), as
	// PrismaMariaDb's `database` option. Empty means the connection's
	// default database, which is what Prisma does for a URL.
	Database string
	// StatementCacheSize bounds the prepared statements the adapter keeps.
	// Each is prepared on every pooled connection that runs it, and the
	// server caps prepared statements (max_prepared_stmt_count, 16382 by
	// default) across all connections. 0 means DefaultStatementCacheSize; a
	// negative value disables the cache (every statement with arguments is
	// prepared, run and closed).
	StatementCacheSize int
}

// Adapter is a MySQL/MariaDB adapter. It implements [adapter.Adapter] and
// [adapter.ScriptExecer]; its transactions implement [adapter.Tx] and
// [adapter.Savepointer]. It is safe for concurrent use.
type Adapter struct {
	db    *sql.DB
	opts  Options
	owned bool
	cache *stmtCache

	infoOnce sync.Once
	info     adapter.Info
}

var (
	_ adapter.Adapter      = (*Adapter)(nil)
	_ adapter.ScriptExecer = (*Adapter)(nil)
	_ adapter.Tx           = (*Tx)(nil)
	_ adapter.Savepointer  = (*Tx)(nil)
)

// New returns an adapter on db, a *sql.DB opened with go-sql-driver/mysql.
// Close does not close db.
//
// For Prisma's results the DSN needs parseTime=true (otherwise DATETIME
// values are parsed here, as UTC) and clientFoundRows=true: Prisma counts the
// rows an UPDATE matched, while MySQL by default reports only those it
// changed. Times are read as UTC: use loc=UTC and a session time_zone of
// '+00:00' (time_zone=%27%2B00%3A00%27 in the DSN) unless the server's is.
// [Open] sets all of these.
func New(db *sql.DB, opts Options) *Adapter {
	a := &Adapter{db: db, opts: opts}
	size := opts.StatementCacheSize
	if size == 0 {
		size = DefaultStatementCacheSize
	}
	if size > 0 {
		a.cache = newStmtCache(size)
	}
	return a
}

// runner is a *sql.DB or a *sql.Tx.
type runner interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Query runs a statement that returns rows, or an INSERT whose new id is
// reported in LastInsertID.
func (a *Adapter) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	return a.query(ctx, nil, q)
}

// Exec runs a statement and returns the number of affected rows (rows
// matched, with clientFoundRows).
func (a *Adapter) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	res, err := a.exec(ctx, nil, q)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return n, convertError(ctx, err)
}

func (a *Adapter) query(ctx context.Context, t *Tx, q *adapter.Query) (*adapter.ResultSet, error) {
	if isWriteWithoutResult(q.SQL) {
		res, err := a.exec(ctx, t, q)
		if err != nil {
			return nil, err
		}
		rs := &adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}
		if isInsert(q.SQL) {
			id, err := res.LastInsertId()
			if err != nil {
				return nil, convertError(ctx, err)
			}
			rs.LastInsertID = &id
		}
		return rs, nil
	}
	args, err := convertArgs(q)
	if err != nil {
		return nil, err
	}
	var rows *sql.Rows
	stmt, release, err := a.stmtFor(ctx, t, q.SQL, len(args))
	switch {
	case err != nil:
	case stmt != nil:
		defer release()
		rows, err = stmt.QueryContext(ctx, args...)
	default:
		rows, err = a.runner(t).QueryContext(ctx, q.SQL, args...)
	}
	if err != nil {
		return nil, convertError(ctx, err)
	}
	rs, err := readRows(rows)
	if err != nil {
		return nil, convertError(ctx, err)
	}
	return rs, nil
}

func (a *Adapter) exec(ctx context.Context, t *Tx, q *adapter.Query) (sql.Result, error) {
	args, err := convertArgs(q)
	if err != nil {
		return nil, err
	}
	var res sql.Result
	stmt, release, err := a.stmtFor(ctx, t, q.SQL, len(args))
	switch {
	case err != nil:
	case stmt != nil:
		defer release()
		res, err = stmt.ExecContext(ctx, args...)
	default:
		res, err = a.runner(t).ExecContext(ctx, q.SQL, args...)
	}
	if err != nil {
		return nil, convertError(ctx, err)
	}
	return res, nil
}

// stmtFor returns the cached prepared statement to run query with and the
// function that releases it, or a nil statement when the query is to run
// unprepared (no arguments, no cache, or a transaction's cache miss).
//
// Outside transactions a missing statement is prepared on the pool. A
// transaction only uses statements already cached (database/sql prepares them
// on the transaction's connection when needed): preparing on the pool while
// holding a connection could wait forever for a connection when every one is
// held by a transaction doing the same. Its misses run unprepared and are
// prepared into the cache once the transaction has released its connection.
func (a *Adapter) stmtFor(ctx context.Context, t *Tx, query string, nargs int) (*sql.Stmt, func(), error) {
	if nargs == 0 || a.cache == nil {
		return nil, nil, nil
	}
	if t == nil {
		e, err := a.cache.get(ctx, a.db, query)
		if err != nil {
			return nil, nil, err
		}
		return e.stmt, func() { a.cache.release(e) }, nil
	}
	e := a.cache.lookup(query)
	if e == nil {
		if len(t.missed) < maxWarmUp {
			t.missed = append(t.missed, query)
		}
		return nil, nil, nil
	}
	stmt := t.tx.StmtContext(ctx, e.stmt)
	return stmt, func() {
		stmt.Close()
		a.cache.release(e)
	}, nil
}

// maxWarmUp bounds the statements one transaction prepares into the cache
// when it ends.
const maxWarmUp = 16

func (a *Adapter) runner(t *Tx) runner {
	if t != nil {
		return t.tx
	}
	return a.db
}

// ExecScript runs a script of semicolon-separated statements one by one on
// one connection (so the DSN needs no multiStatements). Semicolons inside
// quotes and comments do not split; compound statements with BEGIN ... END
// bodies are not supported.
func (a *Adapter) ExecScript(ctx context.Context, script string) error {
	conn, err := a.db.Conn(ctx)
	if err != nil {
		return convertError(ctx, err)
	}
	defer conn.Close()
	for _, stmt := range splitScript(script) {
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return convertError(ctx, err)
		}
	}
	return nil
}

// Begin starts a transaction on a reserved connection: SET TRANSACTION
// ISOLATION LEVEL (when a level is given), then START TRANSACTION, as
// @prisma/adapter-mariadb does. The transaction lives until Commit or
// Rollback, independent of ctx.
func (a *Adapter) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	var level sql.IsolationLevel
	switch opts.Isolation {
	case adapter.LevelDefault:
		level = sql.LevelDefault
	case adapter.LevelReadUncommitted:
		level = sql.LevelReadUncommitted
	case adapter.LevelReadCommitted:
		level = sql.LevelReadCommitted
	case adapter.LevelRepeatableRead:
		level = sql.LevelRepeatableRead
	case adapter.LevelSerializable:
		level = sql.LevelSerializable
	default:
		return nil, &adapter.Error{Kind: adapter.InvalidIsolationLevel, Level: opts.Isolation.String()}
	}
	conn, err := a.db.Conn(ctx)
	if err != nil {
		return nil, convertError(ctx, err)
	}
	// database/sql rolls a transaction back when its context ends; this one
	// must survive the caller's ctx (an interactive transaction spans calls).
	tx, err := conn.BeginTx(context.WithoutCancel(ctx), &sql.TxOptions{Isolation: level, ReadOnly: opts.ReadOnly})
	if err != nil {
		conn.Close()
		return nil, convertError(ctx, err)
	}
	return &Tx{a: a, conn: conn, tx: tx}, nil
}

// Info describes the adapter. The first call runs SELECT VERSION() (waiting
// at most a few seconds) to tell MySQL from MariaDB; if that fails,
// ServerVersion and Flavor stay empty and relation joins are off, as with
// Prisma.
func (a *Adapter) Info() adapter.Info {
	a.infoOnce.Do(func() {
		a.info = adapter.Info{
			Provider:      adapter.ProviderMySQL,
			Name:          Name,
			SchemaName:    a.opts.Database,
			MaxBindValues: MaxBindValues,
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var version string
		if err := a.db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&version); err == nil {
			a.info.ServerVersion = version
			a.info.SupportsRelationJoins, a.info.Flavor = capabilities(version)
		}
	})
	return a.info
}

// capabilities reads a VERSION() string the way Prisma 7.10 does: relation
// joins need MySQL 8.0.13 or later and are never used on MariaDB.
func capabilities(version string) (relationJoins bool, flavor string) {
	num, suffix, _ := strings.Cut(version, "-")
	if strings.Contains(strings.ToLower(suffix), "mariadb") {
		return false, "mariadb"
	}
	parts := strings.Split(num, ".")
	v := [3]int{}
	for i := 0; i < len(parts) && i < 3; i++ {
		v[i], _ = strconv.Atoi(parts[i])
	}
	return v[0] > 8 || v[0] == 8 && (v[1] > 0 || v[2] >= 13), ""
}

// ConnectionsInUse reports how many connections of the *sql.DB are in use.
func (a *Adapter) ConnectionsInUse() int {
	return a.db.Stats().InUse
}

// Close closes the cached statements, and the *sql.DB if [Open] created it.
func (a *Adapter) Close() error {
	if a.cache != nil {
		a.cache.close()
	}
	if a.owned {
		return a.db.Close()
	}
	return nil
}

// Tx is an open transaction. It is used by one goroutine at a time.
type Tx struct {
	a      *Adapter
	conn   *sql.Conn
	tx     *sql.Tx
	done   bool
	missed []string // statements to prepare into the cache at the end
}

var errTxClosed = &adapter.Error{Kind: adapter.TransactionAlreadyClosed, Cause: "Transaction already closed: the transaction was already committed or rolled back"}

// Query runs a statement inside the transaction (see [Adapter.Query]).
func (t *Tx) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	if t.done {
		return nil, errTxClosed
	}
	return t.a.query(ctx, t, q)
}

// Exec runs a statement inside the transaction.
func (t *Tx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	if t.done {
		return 0, errTxClosed
	}
	res, err := t.a.exec(ctx, t, q)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return n, convertError(ctx, err)
}

// Commit commits and releases the connection.
func (t *Tx) Commit(ctx context.Context) error {
	return t.end(ctx, (*sql.Tx).Commit)
}

// Rollback rolls back and releases the connection.
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
	if err == nil && t.a.cache != nil {
		for _, query := range t.missed {
			if e, err := t.a.cache.get(ctx, t.a.db, query); err == nil {
				t.a.cache.release(e)
			}
		}
	}
	t.missed = nil
	return convertError(ctx, err)
}

// CreateSavepoint runs SAVEPOINT name.
func (t *Tx) CreateSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "SAVEPOINT ", name)
}

// RollbackToSavepoint runs ROLLBACK TO name.
func (t *Tx) RollbackToSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "ROLLBACK TO ", name)
}

// ReleaseSavepoint runs RELEASE SAVEPOINT name.
func (t *Tx) ReleaseSavepoint(ctx context.Context, name string) error {
	return t.savepoint(ctx, "RELEASE SAVEPOINT ", name)
}

func (t *Tx) savepoint(ctx context.Context, verb, name string) error {
	if t.done {
		return errTxClosed
	}
	_, err := t.tx.ExecContext(ctx, verb+quoteIdent(name))
	return convertError(ctx, err)
}

func quoteIdent(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

// stmtCache is a bounded LRU of prepared statements keyed by SQL text. A
// statement evicted while in use is closed when its last user releases it.
type stmtCache struct {
	mu    sync.Mutex
	size  int
	order *list.List // of *cacheEntry, most recent first
	byKey map[string]*list.Element
}

type cacheEntry struct {
	sql     string
	stmt    *sql.Stmt
	refs    int
	evicted bool
}

func newStmtCache(size int) *stmtCache {
	return &stmtCache{size: size, order: list.New(), byKey: map[string]*list.Element{}}
}

// get returns the prepared statement for query, preparing it when needed.
// The caller must release it.
func (c *stmtCache) get(ctx context.Context, db *sql.DB, query string) (*cacheEntry, error) {
	c.mu.Lock()
	if el, ok := c.byKey[query]; ok {
		c.order.MoveToFront(el)
		e := el.Value.(*cacheEntry)
		e.refs++
		c.mu.Unlock()
		return e, nil
	}
	c.mu.Unlock()
	stmt, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[query]; ok { // prepared concurrently
		stmt.Close()
		c.order.MoveToFront(el)
		e := el.Value.(*cacheEntry)
		e.refs++
		return e, nil
	}
	e := &cacheEntry{sql: query, stmt: stmt, refs: 1}
	c.byKey[query] = c.order.PushFront(e)
	for c.order.Len() > c.size {
		old := c.order.Remove(c.order.Back()).(*cacheEntry)
		delete(c.byKey, old.sql)
		old.evicted = true
		if old.refs == 0 {
			old.stmt.Close()
		}
	}
	return e, nil
}

// lookup returns the cached statement for query, or nil. The caller must
// release a statement it gets.
func (c *stmtCache) lookup(query string) *cacheEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[query]
	if !ok {
		return nil
	}
	c.order.MoveToFront(el)
	e := el.Value.(*cacheEntry)
	e.refs++
	return e
}

func (c *stmtCache) release(e *cacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e.refs--
	if e.evicted && e.refs == 0 {
		e.stmt.Close()
	}
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for el := c.order.Front(); el != nil; el = el.Next() {
		e := el.Value.(*cacheEntry)
		e.evicted = true
		if e.refs == 0 {
			e.stmt.Close()
		}
	}
	c.order.Init()
	c.byKey = map[string]*list.Element{}
}
