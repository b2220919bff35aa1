package mysqladapter_test

import (
	"database/sql"
	"testing"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/conformance"
	"github.com/noengine/noengine/mysqladapter"
)

// TestConformance runs the adapter suite, each subtest in a fresh database.
// The capabilities are MariaDB 10.11's (Returning is MariaDB only).
func TestConformance(t *testing.T) {
	for _, name := range []string{"Open", "New"} {
		t.Run(name, func(t *testing.T) {
			conformance.Run(t, conformance.Config{
				Provider: adapter.ProviderMySQL,
				Capabilities: conformance.Capabilities{
					IsolationLevels: []adapter.IsolationLevel{adapter.LevelReadUncommitted, adapter.LevelReadCommitted, adapter.LevelRepeatableRead, adapter.LevelSerializable},
					Savepoints:      true,
					// MariaDB's JSON is LONGTEXT; Prisma tells it apart by
					// MariaDB's extended column metadata, which go-sql-driver
					// does not request, so JSON columns read as text here.
					// (True on MySQL 8.)
					JSON:           false,
					NativeEnums:    true,
					Returning:      true,
					LastInsertID:   true,
					WriteConflicts: true,
					ExactDecimals:  true,
					LengthChecks:   true,
					RangeChecks:    true,
					DateAndTime:    true,
				},
				New: func(t testing.TB) adapter.Adapter {
					d := newTestDB(t)
					if name == "Open" {
						return d.open(t, mysqladapter.Options{})
					}
					// The suite checks that Close leaves no goroutine behind;
					// New leaves the caller's *sql.DB open, so the test closes
					// it with the adapter.
					db, err := sql.Open("mysql", dsn(d.base, d.name, prismaDSN))
					if err != nil {
						t.Fatal(err)
					}
					return closing{mysqladapter.New(db, mysqladapter.Options{}), db}
				},
			})
		})
	}
}

// closing is an adapter that also closes the *sql.DB the test opened for it.
type closing struct {
	*mysqladapter.Adapter
	db *sql.DB
}

func (c closing) Close() error {
	err := c.Adapter.Close()
	c.db.Close()
	return err
}
