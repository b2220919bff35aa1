package conformance_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/sqliteadapter"
)

// The suite must be able to fail. Each fault below breaks one promise of the
// SQLite adapter; TestSuiteCatchesFaults runs the suite on the broken
// adapter in a child process and checks that the subtest guarding that
// promise fails.
var faults = []struct {
	mode    string
	run     string // -test.run pattern inside TestFaultyAdapter
	failing string // the subtest that must fail
}{
	{"bigint-as-float", "Types/BigInt", "Types/BigInt/2^53+1"},
	{"int-column-type", "Types/Int", "Types/Int/zero"},
	{"bytes-stop-at-zero", "Types/Bytes", "Types/Bytes/zero_bytes_inside"},
	{"datetime-seconds", "TimestampFormat", "TimestampFormat/Written"},
	{"unique-as-generic", "Errors/UniqueViolation", "Errors/UniqueViolation/Exec"},
	{"accept-any-level", "Tx/Isolation", "Tx/Isolation/RepeatableRead"},
	{"savepoint-rollback-noop", "Tx/Savepoints", "Tx/Savepoints"},
	{"exec-after-commit", "Tx/ClosedAfterCommit", "Tx/ClosedAfterCommit"},
	{"rollback-noop", "Tx/RollbackOnCancel", "Tx/RollbackOnCancel"},
	{"begin-context-ends-tx", "Tx/BeginContext", "Tx/BeginContext"},
	{"cancel-plain-error", "Cancel/LongQuery", "Cancel/LongQuery"},
	{"leak-goroutine", "Concurrency", "Concurrency/32Goroutines"},
	{"rows-reversed", "EndToEnd/reads-basic", "EndToEnd/reads-basic"},
}

const faultEnv = "CONFORMANCE_FAULT"

func TestSuiteCatchesFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the suite in child processes")
	}
	if os.Getenv(faultEnv) != "" {
		t.Skip("inside a child process")
	}
	for _, f := range faults {
		t.Run(f.mode, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0], "-test.run=^TestFaultyAdapter$/"+f.run, "-test.v", "-test.count=1")
			cmd.Env = append(os.Environ(), faultEnv+"="+f.mode)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("the suite passed on an adapter with fault %q (err %v):\n%s", f.mode, err, out)
			}
			if want := "--- FAIL: TestFaultyAdapter/" + f.failing + " "; !strings.Contains(string(out), want) {
				t.Fatalf("fault %q: no %q in the output:\n%s", f.mode, want, out)
			}
		})
	}
}

func TestFaultyAdapter(t *testing.T) {
	mode := os.Getenv(faultEnv)
	if mode == "" {
		t.Skip("run by TestSuiteCatchesFaults in a child process")
	}
	format := sqliteadapter.TimestampISO8601
	if mode == "datetime-seconds" {
		format = sqliteadapter.TimestampUnixEpochMS
	}
	conformance.Run(t, conformance.Config{
		Provider: adapter.ProviderSQLite,
		New: func(t testing.TB) adapter.Adapter {
			a, err := sqliteadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "c.db"), sqliteadapter.Options{TimestampFormat: format})
			if err != nil {
				t.Fatal(err)
			}
			return &faulty{Adapter: a, mode: mode}
		},
		Capabilities: conformance.Capabilities{
			IsolationLevels: []adapter.IsolationLevel{adapter.LevelSerializable},
			Savepoints:      true,
			JSON:            true,
			Returning:       true,
			TimestampFormat: format.String(),
		},
	})
}

// faulty wraps an adapter and breaks one thing.
type faulty struct {
	adapter.Adapter
	mode string
}

func (f *faulty) Query(ctx context.Context, q *adapter.Query) (*adapter.ResultSet, error) {
	q = f.args(q)
	if f.mode == "leak-goroutine" {
		go func() { select {} }()
	}
	rs, err := f.Adapter.Query(ctx, q)
	return f.result(ctx, rs, err)
}

func (f *faulty) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	n, err := f.Adapter.Exec(ctx, f.args(q))
	_, err = f.result(ctx, nil, err)
	return n, err
}

func (f *faulty) args(q *adapter.Query) *adapter.Query {
	if f.mode != "datetime-seconds" {
		return q
	}
	c := *q
	c.Args = append([]any(nil), q.Args...)
	for i, v := range c.Args {
		if tm, ok := v.(time.Time); ok {
			c.Args[i] = tm.Unix()
		}
	}
	return &c
}

func (f *faulty) result(ctx context.Context, rs *adapter.ResultSet, err error) (*adapter.ResultSet, error) {
	switch f.mode {
	case "unique-as-generic":
		if e, ok := adapter.AsError(err); ok && e.Kind == adapter.UniqueConstraintViolation {
			e.Kind = adapter.SQLiteError
		}
	case "cancel-plain-error":
		if ctx.Err() != nil && err != nil {
			err = errors.New("interrupted")
		}
	}
	if rs == nil {
		return rs, err
	}
	for _, row := range rs.Rows {
		for i, v := range row {
			switch f.mode {
			case "bigint-as-float":
				if n, ok := v.(int64); ok {
					row[i] = float64(n)
				}
			case "bytes-stop-at-zero":
				if b, ok := v.([]byte); ok {
					if k := strings.IndexByte(string(b), 0); k >= 0 {
						row[i] = b[:k]
					}
				}
			}
		}
	}
	if f.mode == "rows-reversed" {
		slices.Reverse(rs.Rows)
	}
	if f.mode == "int-column-type" {
		for i, t := range rs.Types {
			if t == adapter.TypeInt32 {
				rs.Types[i] = adapter.TypeInt64
			}
		}
	}
	return rs, err
}

func (f *faulty) Begin(ctx context.Context, opts adapter.TxOptions) (adapter.Tx, error) {
	if f.mode == "accept-any-level" {
		opts.Isolation = adapter.LevelDefault
	}
	tx, err := f.Adapter.Begin(ctx, opts)
	if err != nil {
		return nil, err
	}
	ft := &faultyTx{Tx: tx, f: f}
	if f.mode == "begin-context-ends-tx" {
		context.AfterFunc(ctx, func() { ft.mu.Lock(); defer ft.mu.Unlock(); tx.Rollback(context.Background()) })
	}
	return ft, nil
}

type faultyTx struct {
	adapter.Tx
	f    *faulty
	mu   sync.Mutex
	done bool
}

func (t *faultyTx) Rollback(ctx context.Context) error {
	if t.f.mode == "rollback-noop" {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.Tx.Rollback(ctx)
}

func (t *faultyTx) Exec(ctx context.Context, q *adapter.Query) (int64, error) {
	if t.done && t.f.mode == "exec-after-commit" {
		return t.f.Exec(ctx, q)
	}
	return t.Tx.Exec(ctx, q)
}

func (t *faultyTx) Commit(ctx context.Context) error {
	t.done = true
	return t.Tx.Commit(ctx)
}

func (t *faultyTx) CreateSavepoint(ctx context.Context, name string) error {
	return t.Tx.(adapter.Savepointer).CreateSavepoint(ctx, name)
}

func (t *faultyTx) RollbackToSavepoint(ctx context.Context, name string) error {
	if t.f.mode == "savepoint-rollback-noop" {
		return nil
	}
	return t.Tx.(adapter.Savepointer).RollbackToSavepoint(ctx, name)
}

func (t *faultyTx) ReleaseSavepoint(ctx context.Context, name string) error {
	return t.Tx.(adapter.Savepointer).ReleaseSavepoint(ctx, name)
}

// ConnectionsInUse forwards the leak counter of the SQLite adapter.
func (f *faulty) ConnectionsInUse() int {
	return f.Adapter.(conformance.ConnectionCounter).ConnectionsInUse()
}
