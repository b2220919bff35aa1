package e2e

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestOracleReplaysItself runs the harness against real Prisma (prisma-ref
// exec) on SQLite, as a check of the harness plumbing end to end: answers
// and state read through a child process, control lines, batches. It needs
// Node and is opt-in: E2E_ORACLE=1 go test ./internal/e2e -run TestOracle
func TestOracleReplaysItself(t *testing.T) {
	if os.Getenv("E2E_ORACLE") == "" {
		t.Skip("set E2E_ORACLE=1 to run the corpus against prisma-ref (needs Node)")
	}
	ref := os.Getenv("PRISMA_REF")
	if ref == "" {
		ref = filepath.Join(CorpusDir(), "..", "..", "..", "shared", "oracle", "prisma-ref")
	}
	Run(t, "sqlite", func(t testing.TB, schemaSrc string) Executor {
		dir := t.TempDir()
		schema := filepath.Join(dir, "schema.prisma")
		if err := os.WriteFile(schema, []byte(schemaSrc), 0o644); err != nil {
			t.Fatal(err)
		}
		url := "file:" + filepath.Join(dir, "dev.db")
		if out, err := exec.Command(ref, "push", "--schema", schema, "--url", url).CombinedOutput(); err != nil {
			t.Fatalf("push: %v\n%s", err, out)
		}
		p, err := StartLineProcess(exec.Command(ref, "exec", "--schema", schema, "--url", url))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		// The oracle spells control lines {"$oracle":…}.
		return ExecutorFunc(func(ctx context.Context, line []byte) ([]byte, error) {
			line = bytes.Replace(line, []byte(`"$transaction"`), []byte(`"$oracle"`), 1)
			return p.Do(ctx, line)
		})
	})
}
