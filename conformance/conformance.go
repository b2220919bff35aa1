package conformance

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
)

// Config describes the adapter under test.
type Config struct {
	// New returns a fresh adapter on an empty database. It is called once per
	// subtest; see the package documentation for what it must guarantee.
	New func(t testing.TB) adapter.Adapter
	// Provider selects the SQL the suite writes (DDL, placeholders, long
	// queries) and the column types it expects.
	Provider adapter.Provider
	// Capabilities is what the adapter claims.
	Capabilities Capabilities
	// Timeout bounds each subtest. Zero means 60s.
	Timeout time.Duration
}

// Capabilities is what an adapter claims. The package documentation explains
// each field and the subtests it enables.
type Capabilities struct {
	// IsolationLevels lists the levels Begin accepts besides LevelDefault.
	IsolationLevels []adapter.IsolationLevel
	// Savepoints: the Tx implements adapter.Savepointer.
	Savepoints bool
	// ScalarLists: list arguments and array columns (PostgreSQL).
	ScalarLists bool
	// JSON: the provider has a JSON column type reported as TypeJSON.
	JSON bool
	// NativeEnums: enum column types (PostgreSQL, MySQL).
	NativeEnums bool
	// Returning: INSERT ... RETURNING through Query.
	Returning bool
	// LastInsertID: ResultSet.LastInsertID after an INSERT (MySQL).
	LastInsertID bool
	// WriteConflicts: deadlocks and serialization failures are reported as
	// TransactionWriteConflict.
	WriteConflicts bool
	// ExactDecimals: decimals round-trip exactly as decimal text.
	ExactDecimals bool
	// LengthChecks: too-long values fail with LengthMismatch.
	LengthChecks bool
	// RangeChecks: out-of-range integers fail with ValueOutOfRange.
	RangeChecks bool
	// DateAndTime: DATE and TIME column types.
	DateAndTime bool
	// UUID: a native UUID column type reported as TypeUUID.
	UUID bool
	// TimestampFormat is the DateTime storage format a SQLite-family
	// adapter writes: "iso8601", "unixepoch-ms", or empty for other
	// providers.
	TimestampFormat string
}

// ConnectionCounter is implemented by adapters that can tell how many
// connections of their pool are checked out. When the adapter under test
// implements it, the suite checks that none are left after transactions end,
// statements are cancelled and goroutines finish.
type ConnectionCounter interface {
	ConnectionsInUse() int
}

// Run runs the suite. Subtests are named Group/Test (Types/BigInt,
// Tx/Isolation/Serializable, ...), so that -run can select them.
func Run(t *testing.T, cfg Config) {
	t.Helper()
	if cfg.New == nil {
		t.Fatal("conformance: Config.New is nil")
	}
	switch cfg.Provider {
	case adapter.ProviderSQLite, adapter.ProviderPostgres, adapter.ProviderMySQL, adapter.ProviderSQLServer:
	default:
		t.Fatalf("conformance: unknown provider %q", cfg.Provider)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	s := &suite{cfg: cfg, caps: cfg.Capabilities, p: cfg.Provider}
	t.Run("Types", s.runTypes)
	t.Run("TimestampFormat", s.runTimestampFormats)
	t.Run("Errors", s.runErrors)
	t.Run("Tx", s.runTx)
	t.Run("Cancel", s.runCancel)
	t.Run("Concurrency", s.runConcurrency)
	t.Run("EndToEnd", s.runEndToEnd)
}

type suite struct {
	cfg  Config
	caps Capabilities
	p    adapter.Provider
}

// env is what one subtest works with.
type env struct {
	t   *testing.T
	s   *suite
	a   adapter.Adapter
	ctx context.Context // the subtest's deadline
}

// newEnv creates a fresh adapter for the subtest and closes it at the end.
func (s *suite) newEnv(t *testing.T) *env {
	t.Helper()
	a := s.cfg.New(t)
	if a == nil {
		t.Fatal("conformance: Config.New returned nil")
	}
	if info := a.Info(); info.Provider != s.p {
		t.Fatalf("Info().Provider = %q, but Config.Provider is %q", info.Provider, s.p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
	// Like nettest's timeout wrapper: a call that ignores its context must
	// not stall the test binary until go test's own timeout.
	name := t.Name()
	watchdog := time.AfterFunc(s.cfg.Timeout+30*time.Second, func() {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		panic("conformance: " + name + " is still running 30s after its deadline; an adapter call ignores its context\n" + string(buf))
	})
	t.Cleanup(func() {
		watchdog.Stop()
		cancel()
		if err := a.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return &env{t: t, s: s, a: a, ctx: ctx}
}

// exec runs a statement that must succeed.
func (e *env) exec(q adapter.Queryable, sql string, args ...arg) int64 {
	e.t.Helper()
	n, err := q.Exec(e.ctx, query(sql, args...))
	if err != nil {
		e.t.Fatalf("Exec(%q): %v", sql, err)
	}
	return n
}

// query runs a statement that must succeed.
func (e *env) query(q adapter.Queryable, sql string, args ...arg) *adapter.ResultSet {
	e.t.Helper()
	rs, err := q.Query(e.ctx, query(sql, args...))
	if err != nil {
		e.t.Fatalf("Query(%q): %v", sql, err)
	}
	checkShape(e.t, sql, rs)
	return rs
}

// checkShape checks the invariants of a ResultSet.
func checkShape(t *testing.T, sql string, rs *adapter.ResultSet) {
	t.Helper()
	if rs == nil {
		t.Fatalf("Query(%q) returned a nil ResultSet and no error", sql)
	}
	if len(rs.Types) != len(rs.Columns) {
		t.Fatalf("Query(%q): %d columns but %d types", sql, len(rs.Columns), len(rs.Types))
	}
	for i, row := range rs.Rows {
		if len(row) != len(rs.Columns) {
			t.Fatalf("Query(%q): row %d has %d values for %d columns", sql, i, len(row), len(rs.Columns))
		}
	}
}

// arg is a bind argument with its type.
type arg struct {
	v any
	t adapter.ArgType
}

func bind(v any, s adapter.ScalarType) arg { return arg{v, adapter.ArgType{Scalar: s}} }

func query(sql string, args ...arg) *adapter.Query {
	q := &adapter.Query{SQL: sql, Args: make([]any, len(args)), ArgTypes: make([]adapter.ArgType, len(args))}
	for i, x := range args {
		q.Args[i], q.ArgTypes[i] = x.v, x.t
	}
	return q
}

// ph returns the i-th (1-based) placeholder of the provider.
func (s *suite) ph(i int) string {
	switch s.p {
	case adapter.ProviderPostgres:
		return "$" + strconv.Itoa(i)
	case adapter.ProviderSQLServer:
		return "@P" + strconv.Itoa(i)
	}
	return "?"
}

// phs returns n placeholders separated by commas.
func (s *suite) phs(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		b.WriteString(s.ph(i))
	}
	return b.String()
}

// createTable drops and creates a table, and drops it when the test ends.
func (e *env) createTable(name string, cols ...string) {
	e.t.Helper()
	e.dropTable(name)
	sql := "CREATE TABLE " + name + " (" + strings.Join(cols, ", ") + ")"
	if e.s.p == adapter.ProviderMySQL {
		sql += " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"
	}
	e.exec(e.a, sql)
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		e.a.Exec(ctx, query(e.s.dropTableSQL(name)))
	})
}

func (e *env) dropTable(name string) {
	e.t.Helper()
	if _, err := e.a.Exec(e.ctx, query(e.s.dropTableSQL(name))); err != nil {
		e.t.Fatalf("dropping %s: %v", name, err)
	}
}

func (s *suite) dropTableSQL(name string) string {
	if s.p == adapter.ProviderPostgres {
		return "DROP TABLE IF EXISTS " + name + " CASCADE"
	}
	return "DROP TABLE IF EXISTS " + name
}

// longQuery is a statement that runs for far longer than any test waits.
func (s *suite) longQuery() string {
	switch s.p {
	case adapter.ProviderPostgres:
		return "SELECT pg_sleep(60)"
	case adapter.ProviderMySQL:
		return "SELECT SLEEP(60)"
	case adapter.ProviderSQLServer:
		return "WAITFOR DELAY '00:01:00'"
	}
	return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) SELECT max(x) FROM c"
}

// claims reports whether the adapter claims level.
func (s *suite) claims(level adapter.IsolationLevel) bool {
	return slices.Contains(s.caps.IsolationLevels, level)
}

// expectKind fails unless err is an *adapter.Error of the given kind.
func expectKind(t *testing.T, what string, err error, kind adapter.Kind) *adapter.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want an *adapter.Error of kind %v", what, kind)
	}
	e, ok := adapter.AsError(err)
	if !ok {
		t.Fatalf("%s: error %v (%T) is not an *adapter.Error; want kind %v", what, err, err, kind)
	}
	if e.Kind != kind {
		t.Fatalf("%s: error kind %v (%v), want %v", what, e.Kind, e, kind)
	}
	return e
}

// checkNoConnsInUse checks, for adapters that count connections, that none
// is checked out, allowing a moment for asynchronous releases.
func (e *env) checkNoConnsInUse(when string) {
	e.t.Helper()
	cc, ok := e.a.(ConnectionCounter)
	if !ok {
		return
	}
	deadline := time.Now().Add(3 * time.Second)
	for {
		n := cc.ConnectionsInUse()
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			e.t.Errorf("%s: %d connections still in use", when, n)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// checkUsable runs a trivial statement, which must succeed quickly.
func (e *env) checkUsable(when string) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer cancel()
	rs, err := e.a.Query(ctx, query("SELECT 1 AS one"))
	if err != nil {
		e.t.Fatalf("%s: the adapter is no longer usable: %v", when, err)
	}
	if len(rs.Rows) != 1 || len(rs.Rows[0]) != 1 || !isOne(rs.Rows[0][0]) {
		e.t.Fatalf("%s: SELECT 1 returned %v", when, rs.Rows)
	}
}

func isOne(v any) bool {
	switch v := v.(type) {
	case int64:
		return v == 1
	case float64:
		return v == 1
	case bool:
		return v
	}
	return false
}

// waitGoroutines waits until the number of goroutines is back to at most
// base, and reports the excess otherwise.
func waitGoroutines(t *testing.T, base int, what string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= base {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			buf = buf[:runtime.Stack(buf, true)]
			t.Errorf("%s: %d goroutines, %d before: goroutines leaked\n%s", what, n, base, buf)
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// isCtxErr reports whether err wraps a context error.
func isCtxErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// gather runs fns concurrently and waits for all of them.
func gather(fns ...func()) {
	var wg sync.WaitGroup
	for _, f := range fns {
		wg.Go(f)
	}
	wg.Wait()
}
