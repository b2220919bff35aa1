package libsqladapter

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/internal/hranatest"
	"github.com/noengine/noengine/internal/sqlitecore"
)

// The declared types libsql-client-go receives are reachable in its rows,
// for single statements and batches. If this fails, a new client version
// changed its internals: DATETIME text would come back parsed and column
// types inferred; update rows.go.
func TestHranaDeclTypesReachable(t *testing.T) {
	backend, err := sql.Open(sqlitecore.DriverName, "file:"+filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer backend.Close()
	srv := httptest.NewServer(hranatest.New(backend))
	defer srv.Close()
	db, err := sql.Open("libsql", srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE t (a DATETIME, b INTEGER, c); INSERT INTO t VALUES ('2024-05-06 07:08:09', 1, 2)`); err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range []string{`SELECT a, b, c FROM t`, `SELECT a, b, c FROM t; SELECT 1`} {
		err = conn.Raw(func(dc any) error {
			rows, err := dc.(driver.QueryerContext).QueryContext(ctx, q, nil)
			if err != nil {
				return err
			}
			defer rows.Close()
			decl, ok := hranaDeclTypes(rows, 3)
			if !ok {
				t.Fatalf("%s: the declared types of libsql-client-go's rows (%T) are out of reach", q, rows)
			}
			if diff := cmp.Diff([]string{"datetime", "integer", ""}, decl); diff != "" {
				t.Errorf("%s: declared types (-want +got):\n%s", q, diff)
			}
			vals := make([]driver.Value, 3)
			if err := rows.Next(vals); err != nil {
				return err
			}
			// Cleared: the client no longer parses the DATETIME text.
			if diff := cmp.Diff([]driver.Value{"2024-05-06 07:08:09", int64(1), int64(2)}, vals); diff != "" {
				t.Errorf("%s: values (-want +got):\n%s", q, diff)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
