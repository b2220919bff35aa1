package noengine_test

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

const txSchema = `datasource db {
  provider = "sqlite"
}

model Item {
  id   Int    @id
  name String @unique
}
`

// newTxClient returns a client on a fresh SQLite file with the Item table.
func newTxClient(t *testing.T, opts *noengine.Options) *noengine.Client {
	t.Helper()
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(txSchema))
	if err != nil {
		t.Fatal(err)
	}
	a, err := sqliteadapter.Open(ctx, "file:"+filepath.Join(t.TempDir(), "tx.db"), sqliteadapter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		t.Fatal(err)
	}
	c, err := noengine.NewWithSchema(s, a, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func req(t *testing.T, line string) *protocol.Request {
	t.Helper()
	l, err := protocol.DecodeLine([]byte(line))
	if err != nil || l.Request == nil {
		t.Fatalf("bad request %s: %v", line, err)
	}
	return l.Request
}

func create(t *testing.T, id int, name string) *protocol.Request {
	return req(t, `{"modelName":"Item","action":"createOne","query":{"arguments":{"data":{"id":`+itoa(id)+`,"name":"`+name+`"}},"selection":{"id":true}}}`)
}

func itoa(n int) string { return strconv.Itoa(n) }

// names returns the names of all items, in id order.
func names(t *testing.T, c *noengine.Client) string {
	t.Helper()
	out, err := c.Query(context.Background(), req(t, `{"modelName":"Item","action":"findMany","query":{"arguments":{"orderBy":[{"id":"asc"}]},"selection":{"name":true}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestTransactionCommitAndRollback(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	err := c.Transaction(ctx, nil, func(tx *noengine.Tx) error {
		if _, err := tx.Query(ctx, create(t, 1, "a")); err != nil {
			return err
		}
		_, err := tx.Query(ctx, create(t, 2, "b"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err = c.Transaction(ctx, nil, func(tx *noengine.Tx) error {
		if _, err := tx.Query(ctx, create(t, 3, "c")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Transaction returned %v, want the callback's error", err)
	}
	if d := cmp.Diff(`[{"name":"a"},{"name":"b"}]`, names(t, c)); d != "" {
		t.Fatalf("state (-want +got):\n%s", d)
	}
}

func TestTransactionRollsBackOnPanic(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("panic was swallowed")
			}
		}()
		_ = c.Transaction(ctx, nil, func(tx *noengine.Tx) error {
			if _, err := tx.Query(ctx, create(t, 1, "a")); err != nil {
				return err
			}
			panic("boom")
		})
	}()
	if d := cmp.Diff(`[]`, names(t, c)); d != "" {
		t.Fatalf("state after panic (-want +got):\n%s", d)
	}
	// The connection is usable again.
	if _, err := c.Query(ctx, create(t, 2, "b")); err != nil {
		t.Fatal(err)
	}
}

func TestTransactionRollsBackOnCancel(t *testing.T) {
	c := newTxClient(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	err := c.Transaction(ctx, nil, func(tx *noengine.Tx) error {
		if _, err := tx.Query(ctx, create(t, 1, "a")); err != nil {
			return err
		}
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Transaction returned %v, want context.Canceled", err)
	}
	if d := cmp.Diff(`[]`, names(t, c)); d != "" {
		t.Fatalf("state after cancel (-want +got):\n%s", d)
	}
}

func TestNestedTransactionUsesSavepoints(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	err := c.Transaction(ctx, nil, func(tx *noengine.Tx) error {
		if _, err := tx.Query(ctx, create(t, 1, "a")); err != nil {
			return err
		}
		inner := tx.Transaction(ctx, func(tx *noengine.Tx) error {
			if _, err := tx.Query(ctx, create(t, 2, "b")); err != nil {
				return err
			}
			return errors.New("undo b")
		})
		if inner == nil {
			t.Error("inner transaction did not report its error")
		}
		return tx.Transaction(ctx, func(tx *noengine.Tx) error {
			_, err := tx.Query(ctx, create(t, 3, "c"))
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(`[{"name":"a"},{"name":"c"}]`, names(t, c)); d != "" {
		t.Fatalf("state (-want +got):\n%s", d)
	}
}

func TestTransactionTimeout(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	tx, err := c.Begin(ctx, noengine.TxOptions{Timeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Query(ctx, create(t, 1, "a")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(120 * time.Millisecond)
	_, err = tx.Query(ctx, create(t, 2, "b"))
	var e noengine.Error
	if !errors.As(err, &e) || e.Code != "P2028" || !strings.Contains(e.Message, "A query cannot be executed on an expired transaction. The timeout for this transaction was 50 ms") {
		t.Fatalf("query after timeout: %v, want P2028 expired transaction", err)
	}
	if err := tx.Commit(ctx); noengine.Code(err) != "P2028" {
		t.Fatalf("commit after timeout: %v, want P2028", err)
	}
	if d := cmp.Diff(`[]`, names(t, c)); d != "" {
		t.Fatalf("state after timeout (-want +got):\n%s", d)
	}
	if _, err := c.Query(ctx, create(t, 3, "c")); err != nil {
		t.Fatalf("connection not usable after timeout: %v", err)
	}
}

func TestTransactionClosedErrors(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	tx, err := c.Begin(ctx, noengine.TxOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	_, err = tx.Query(ctx, create(t, 1, "a"))
	want := noengine.Error{Code: "P2028", Message: "Transaction API error: Transaction already closed: A query cannot be executed on a committed transaction."}
	var got noengine.Error
	if !errors.As(err, &got) || got.Code != want.Code || got.Message != want.Message {
		t.Fatalf("query after commit: %v, want %v", err, want)
	}
	tx2, _ := c.Begin(ctx, noengine.TxOptions{})
	_ = tx2.Rollback(ctx)
	if err := tx2.Rollback(ctx); !strings.Contains(err.Error(), "A rollback cannot be executed on a transaction that was rolled back.") {
		t.Fatalf("second rollback: %v", err)
	}
}

func TestTransactionIsolationLevels(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	if err := c.Transaction(ctx, &noengine.TxOptions{Isolation: adapter.LevelSerializable}, func(*noengine.Tx) error { return nil }); err != nil {
		t.Fatalf("Serializable on SQLite: %v", err)
	}
	err := c.Transaction(ctx, &noengine.TxOptions{Isolation: adapter.LevelReadCommitted}, func(*noengine.Tx) error { return nil })
	if noengine.Code(err) != "P2023" {
		t.Fatalf("ReadCommitted on SQLite: %v, want P2023 (invalid isolation level)", err)
	}
	err = c.Transaction(ctx, &noengine.TxOptions{Isolation: adapter.LevelSnapshot}, func(*noengine.Tx) error { return nil })
	if noengine.Code(err) != "P2028" {
		t.Fatalf("Snapshot: %v, want P2028", err)
	}
}

func TestSessionControlLines(t *testing.T) {
	ctx := context.Background()
	c := newTxClient(t, nil)
	s := c.NewSession()
	defer s.Close()
	steps := []struct{ in, want string }{
		{`{"$transaction":"begin","isolationLevel":"Serializable"}`, `{"$transaction":"begin","ok":true}`},
		{`{"modelName":"Item","action":"createOne","query":{"arguments":{"data":{"id":1,"name":"a"}},"selection":{"id":true}}}`, `{"data":{"createOne":{"id":1}}}`},
		{`{"$transaction":"rollback"}`, `{"$transaction":"rollback","ok":true}`},
		{`{"modelName":"Item","action":"findMany","query":{"selection":{"id":true}}}`, `{"data":{"findMany":[]}}`},
		{`{"$transaction":"commit"}`, `{"errors":[{"error":"no open transaction to commit"}]}`},
	}
	for _, st := range steps {
		if d := cmp.Diff(st.want, string(s.Do(ctx, []byte(st.in)))); d != "" {
			t.Errorf("%s (-want +got):\n%s", st.in, d)
		}
	}
}
