package noengine_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/ddl"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/sqliteadapter"
)

// TestE2E runs the end-to-end corpus (testdata/e2e) through the whole
// client on SQLite: every response must equal what Prisma 7.10 answered.
func TestE2E(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		e2e.Run(t, "sqlite", openSQLite)
	})
}

func openSQLite(t testing.TB, schemaSrc string) e2e.Executor {
	ctx := context.Background()
	s, err := schema.Parse("schema.prisma", []byte(schemaSrc))
	if err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	url := "file:" + filepath.Join(t.TempDir(), "e2e.db")
	a, err := sqliteadapter.Open(ctx, url, sqliteadapter.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	if err := ddl.Push(ctx, a, s, ddl.Options{}); err != nil {
		t.Fatalf("push: %v", err)
	}
	return newExecutor(t, s, a)
}

// newExecutor answers corpus lines through a client session on adapter a.
func newExecutor(t testing.TB, s *schema.Schema, a adapter.Adapter) e2e.Executor {
	client, err := noengine.NewWithSchema(s, a, nil)
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	sess := client.NewSession()
	t.Cleanup(func() {
		sess.Close()
		client.Close()
	})
	return e2e.ExecutorFunc(func(ctx context.Context, line []byte) ([]byte, error) {
		return sess.Do(ctx, line), nil
	})
}
