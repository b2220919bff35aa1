package mssqladapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/noengine/noengine/adapter"
)

// failing is a connector whose connections cannot be opened.
type failing struct{}

func (failing) Connect(context.Context) (driver.Conn, error) { return nil, errors.New("no server") }
func (failing) Driver() driver.Driver                        { return nil }

func TestInfo(t *testing.T) {
	db := sql.OpenDB(failing{})
	defer db.Close()
	a := New(db, Options{Schema: "app"})
	want := adapter.Info{Provider: adapter.ProviderSQLServer, Name: "noengine/mssqladapter", SchemaName: "app", MaxBindValues: 2098}
	if got := a.Info(); got != want {
		t.Errorf("Info() = %+v, want %+v", got, want)
	}
	if err := a.Close(); err != nil {
		t.Errorf("Close of an adapter on a caller's *sql.DB: %v", err)
	}
	if err := db.Ping(); err == nil || err.Error() == "sql: database is closed" {
		t.Errorf("Close closed the caller's *sql.DB")
	}
}

func TestOpenOptions(t *testing.T) {
	ctx := context.Background()
	a, err := Open(ctx, "sqlserver://127.0.0.1:1;database=shop;user=sa;password=x;schema=app;isolationLevel=SNAPSHOT;socketTimeout=5;connectionLimit=3", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if a.opts.Schema != "app" || a.opts.DefaultIsolation != adapter.LevelSnapshot || a.opts.StatementTimeout != 5*time.Second {
		t.Errorf("options from the URL: %+v", a.opts)
	}
	if n := a.db.Stats().MaxOpenConnections; n != 3 {
		t.Errorf("MaxOpenConnections = %d, want 3", n)
	}
	if !a.owned {
		t.Error("Open's adapter does not own its pool")
	}

	b, err := Open(ctx, "sqlserver://127.0.0.1:1;schema=app;isolationLevel=SNAPSHOT", Options{Schema: "other", DefaultIsolation: adapter.LevelSerializable, StatementTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.opts.Schema != "other" || b.opts.DefaultIsolation != adapter.LevelSerializable || b.opts.StatementTimeout != time.Second {
		t.Errorf("explicit options must win over the URL: %+v", b.opts)
	}
	if n := b.db.Stats().MaxOpenConnections; n != DefaultConnectionLimit {
		t.Errorf("default MaxOpenConnections = %d, want %d", n, DefaultConnectionLimit)
	}

	for _, bad := range []string{"sqlserver://", "sqlserver://h;connectionLimit=x", "sqlserver://h;authentication=DefaultAzureCredential"} {
		if _, err := Open(ctx, bad, Options{}); err == nil || !strings.HasPrefix(err.Error(), "mssqladapter: ") {
			t.Errorf("Open(%q) = %v, want an mssqladapter error", bad, err)
		}
	}
}

// TestClosedTx checks the calls on a finished transaction without a
// server: the Tx refuses them before reaching the driver.
func TestClosedTx(t *testing.T) {
	tx := &Tx{done: true}
	ctx := context.Background()
	checks := map[string]error{}
	_, checks["Query"] = tx.Query(ctx, &adapter.Query{SQL: "SELECT 1"})
	_, checks["Exec"] = tx.Exec(ctx, &adapter.Query{SQL: "SELECT 1"})
	checks["Commit"] = tx.Commit(ctx)
	checks["Rollback"] = tx.Rollback(ctx)
	checks["CreateSavepoint"] = tx.CreateSavepoint(ctx, "s")
	checks["RollbackToSavepoint"] = tx.RollbackToSavepoint(ctx, "s")
	checks["ReleaseSavepoint"] = tx.ReleaseSavepoint(ctx, "s")
	for name, err := range checks {
		if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.TransactionAlreadyClosed {
			t.Errorf("%s on a finished transaction: %v, want TransactionAlreadyClosed", name, err)
		}
	}
}

func TestBeginRefusesUnknownLevel(t *testing.T) {
	db := sql.OpenDB(failing{})
	defer db.Close()
	_, err := New(db, Options{}).Begin(context.Background(), adapter.TxOptions{Isolation: adapter.IsolationLevel(42)})
	if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.InvalidIsolationLevel {
		t.Errorf("Begin with an unknown level: %v", err)
	}
}

func TestSavepointName(t *testing.T) {
	for name, want := range map[string]string{"s1": "s1", "_x": "_x", "a b": "[a b]", "x]y": "[x]]y]", "1a": "[1a]"} {
		if got := savepointName(name); got != want {
			t.Errorf("savepointName(%q) = %q, want %q", name, got, want)
		}
	}
}
