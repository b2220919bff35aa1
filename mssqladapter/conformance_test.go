package mssqladapter_test

import (
	"database/sql"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/mssqladapter"
)

// TestConformance runs the adapter suite on SQL Server (TEST_MSSQL_URL),
// each subtest in a fresh database, through Open and through New.
//
// LengthChecks needs SQL Server 2019 or later: older servers report a
// truncation as error 8152, which Prisma does not classify (2628 names the
// column). Snapshot is claimed when the test could set
// ALLOW_SNAPSHOT_ISOLATION ON.
func TestConformance(t *testing.T) {
	caps := conformance.Capabilities{
		IsolationLevels: []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSnapshot, adapter.LevelSerializable},
		Savepoints:      true,
		// Json is NVARCHAR(MAX) text on SQL Server.
		JSON:           false,
		WriteConflicts: true,
		ExactDecimals:  true,
		LengthChecks:   true,
		RangeChecks:    true,
		DateAndTime:    true,
		UUID:           true,
	}
	for _, name := range []string{"Open", "New"} {
		t.Run(name, func(t *testing.T) {
			conformance.Run(t, conformance.Config{
				Provider:     adapter.ProviderSQLServer,
				Capabilities: caps,
				New: func(t testing.TB) adapter.Adapter {
					d := newTestDB(t)
					if !d.snapshot {
						t.Fatalf("could not set ALLOW_SNAPSHOT_ISOLATION ON in %s; the suite claims Snapshot", d.name)
					}
					if name == "Open" {
						a, err := mssqladapter.Open(t.Context(), d.url, mssqladapter.Options{})
						if err != nil {
							t.Fatal(err)
						}
						return a
					}
					// New leaves the caller's *sql.DB open; the suite checks
					// that Close leaves no goroutine behind, so the test
					// closes it with the adapter.
					c, err := mssqladapter.ParseURL(d.url)
					if err != nil {
						t.Fatal(err)
					}
					db, err := sql.Open("sqlserver", c.DSN())
					if err != nil {
						t.Fatal(err)
					}
					return closing{mssqladapter.New(db, mssqladapter.Options{}), db}
				},
			})
		})
	}
}

// closing is an adapter that also closes the *sql.DB the test opened for it.
type closing struct {
	*mssqladapter.Adapter
	db *sql.DB
}

func (c closing) Close() error {
	err := c.Adapter.Close()
	c.db.Close()
	return err
}
