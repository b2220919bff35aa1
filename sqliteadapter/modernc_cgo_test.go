//go:build cgo

package sqliteadapter_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "modernc.org/sqlite" // a pool of the pure-Go driver in a cgo build

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/sqliteadapter"
)

// New accepts a modernc.org/sqlite pool in a build with cgo too, where
// Open uses go-sqlite3: the suite, the recorded corpus included, on such a
// pool. (Without cgo, TestConformance itself runs on modernc.org/sqlite.)
func TestConformanceModerncPool(t *testing.T) {
	if testing.Short() {
		t.Skip("the suite on a second driver")
	}
	if raceEnabled {
		// Its 32 goroutines would wait past the busy timeout; without cgo,
		// TestConformance runs on modernc.org/sqlite (not under -race,
		// which needs cgo).
		t.Skip("modernc.org/sqlite under the race detector is too slow for the suite's timings")
	}
	conformance.Run(t, conformance.Config{
		Provider: adapter.ProviderSQLite,
		New: func(t testing.TB) adapter.Adapter {
			db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "conformance.db")+"?_foreign_keys=on&_busy_timeout=5000")
			if err != nil {
				t.Fatal(err)
			}
			db.SetMaxIdleConns(8)
			t.Cleanup(func() { db.Close() })
			if err := db.PingContext(context.Background()); err != nil {
				t.Fatal(err)
			}
			return ownedPool{sqliteadapter.New(db, sqliteadapter.Options{})}
		},
		Capabilities: conformance.Capabilities{
			IsolationLevels: []adapter.IsolationLevel{adapter.LevelSerializable},
			Savepoints:      true,
			JSON:            true,
			Returning:       true,
			TimestampFormat: "iso8601",
		},
	})
}

// ownedPool closes the pool New wrapped when the adapter is closed, as
// Open's adapters do (the suite checks that Close leaves no goroutine).
type ownedPool struct{ *sqliteadapter.Adapter }

func (a ownedPool) Close() error {
	err := a.Adapter.Close()
	if cerr := a.DB().Close(); err == nil {
		err = cerr
	}
	return err
}

// A build with cgo cannot ask modernc.org/sqlite whether a transaction is
// open: after SQLite rolled an interrupted transaction back by itself,
// Rollback still succeeds (its ROLLBACK fails with SQLITE_ERROR, which
// then means no transaction was open) and Commit still fails.
func TestModerncPoolAfterSQLiteRolledBack(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db")+"?_foreign_keys=on&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := sqliteadapter.New(db, sqliteadapter.Options{})
	ctx := context.Background()
	if _, err := a.Exec(ctx, &adapter.Query{SQL: `CREATE TABLE t (a INTEGER)`}); err != nil {
		t.Fatal(err)
	}
	const long = `INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 100000000) SELECT x FROM c`
	for _, end := range []string{"Commit", "Rollback"} {
		tx, err := a.Begin(ctx, adapter.TxOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(ctx, &adapter.Query{SQL: `INSERT INTO t VALUES (1)`}); err != nil {
			t.Fatal(err)
		}
		qctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		_, err = tx.Exec(qctx, &adapter.Query{SQL: long})
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("long insert: err = %v, want context.DeadlineExceeded", err)
		}
		if end == "Commit" {
			if err := tx.Commit(ctx); err == nil {
				t.Error("Commit succeeded after SQLite rolled the transaction back")
			}
		} else if err := tx.Rollback(ctx); err != nil {
			t.Errorf("Rollback after SQLite rolled the transaction back: %v", err)
		}
		rs, err := a.Query(ctx, &adapter.Query{SQL: `SELECT count(*) FROM t`})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([][]any{{int64(0)}}, rs.Rows); diff != "" {
			t.Errorf("%s: rows (-want +got):\n%s", end, diff)
		}
		if n := a.ConnectionsInUse(); n != 0 {
			t.Errorf("%s: %d connections in use", end, n)
		}
	}
}
