package pgadapter_test

import (
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/pgadapter"
)

var pgCapabilities = conformance.Capabilities{
	IsolationLevels: []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSerializable},
	Savepoints:      true,
	ScalarLists:     true,
	JSON:            true,
	NativeEnums:     true,
	Returning:       true,
	WriteConflicts:  true,
	ExactDecimals:   true,
	LengthChecks:    true,
	RangeChecks:     true,
	DateAndTime:     true,
	UUID:            true,
}

// TestConformance runs the adapter suite on every constructor, each subtest
// in a fresh schema.
func TestConformance(t *testing.T) {
	for _, name := range []string{"Open", "NewPool", "NewDB"} {
		t.Run(name, func(t *testing.T) {
			conformance.Run(t, conformance.Config{
				Provider:     adapter.ProviderPostgres,
				Capabilities: pgCapabilities,
				New: func(t testing.TB) adapter.Adapter {
					d := newTestDB(t)
					if name == "Open" {
						return d.open(t)
					}
					// The suite checks that Close leaves no goroutine behind;
					// NewPool and NewDB leave the caller's pool open, so the
					// test closes it with the adapter.
					var closers []func()
					a := d.adapterWith(t, name, func(f func()) { closers = append(closers, f) })
					return closing{a, closers}
				},
			})
		})
	}
}

// closing is an adapter that also closes what the test opened for it.
type closing struct {
	*pgadapter.Adapter
	closers []func()
}

func (c closing) Close() error {
	err := c.Adapter.Close()
	for _, f := range c.closers {
		f()
	}
	return err
}
