package libsqladapter_test

import (
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/libsqladapter"
)

// TestConformance runs the adapter suite over both transports and both
// timestamp formats: "hrana" is libsql-client-go over loopback HTTP against
// internal/hranatest (a stand-in for sqld, which cannot be had here; see
// helpers_test.go), "file" a local database.
func TestConformance(t *testing.T) {
	for _, transport := range []string{"hrana", "file"} {
		for _, f := range []libsqladapter.TimestampFormat{libsqladapter.TimestampISO8601, libsqladapter.TimestampUnixEpochMS} {
			t.Run(transport+"/"+f.String(), func(t *testing.T) {
				opts := libsqladapter.Options{TimestampFormat: f}
				conformance.Run(t, conformance.Config{
					Provider: adapter.ProviderSQLite,
					New: func(t testing.TB) adapter.Adapter {
						if transport == "file" {
							return openFile(t, opts)
						}
						r := startRemote(t, hranatest.Options{})
						return &serverAdapter{Adapter: openRemote(t, r, opts), r: r}
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
}
