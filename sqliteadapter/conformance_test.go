package sqliteadapter_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/sqliteadapter"
)

func TestConformance(t *testing.T) {
	for _, f := range []sqliteadapter.TimestampFormat{sqliteadapter.TimestampISO8601, sqliteadapter.TimestampUnixEpochMS} {
		t.Run(f.String(), func(t *testing.T) {
			conformance.Run(t, conformance.Config{
				Provider: adapter.ProviderSQLite,
				New: func(t testing.TB) adapter.Adapter {
					a, err := sqliteadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "conformance.db"), sqliteadapter.Options{TimestampFormat: f})
					if err != nil {
						t.Fatal(err)
					}
					return a
				},
				Capabilities: conformance.Capabilities{
					IsolationLevels: []adapter.IsolationLevel{adapter.LevelSerializable},
					Savepoints:      true,
					JSON:            true,
					Returning:       true,
					TimestampFormat: f.String(),
				},
			})
		})
	}
}
