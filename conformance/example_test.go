package conformance_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/sqliteadapter"
)

// An adapter's test hands Run a factory for fresh adapters on empty
// databases and the capabilities it claims. This is the whole test a
// third-party adapter needs (here on sqliteadapter).
func ExampleRun() {
	testConformance := func(t *testing.T) {
		conformance.Run(t, conformance.Config{
			Provider: adapter.ProviderSQLite,
			New: func(t testing.TB) adapter.Adapter {
				a, err := sqliteadapter.Open(context.Background(), "file:"+filepath.Join(t.TempDir(), "c.db"), sqliteadapter.Options{})
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
				TimestampFormat: conformance.FormatISO8601,
			},
		})
	}
	_ = testConformance // in a _test.go file: func TestConformance(t *testing.T) { ... }
}
