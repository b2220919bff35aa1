package pgadapter_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/pgadapter"
)

func TestInfo(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		got := a.Info()
		version := mustQuery(t, a, q(`SHOW server_version`)).Rows[0][0]
		if got.ServerVersion != version {
			t.Errorf("%s: ServerVersion %q, want %q", name, got.ServerVersion, version)
		}
		want := adapter.Info{
			Provider: adapter.ProviderPostgres, Name: "noengine/pgadapter", SchemaName: d.schema,
			MaxBindValues: 32766, SupportsRelationJoins: true,
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(adapter.Info{}, "ServerVersion")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	// Without a server the probe fails quietly.
	a, err := pgadapter.Open(context.Background(), "postgresql://u@127.0.0.1:1/x?sslmode=disable", pgadapter.Options{Schema: "s"})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	want := adapter.Info{Provider: adapter.ProviderPostgres, Name: "noengine/pgadapter", SchemaName: "s", MaxBindValues: 32766, SupportsRelationJoins: true}
	if diff := cmp.Diff(want, a.Info()); diff != "" {
		t.Errorf("unreachable (-want +got):\n%s", diff)
	}
}

// TestSchemaParam: ?schema= qualifies nothing by itself but sets the search
// path, so unqualified names resolve in that schema, as with Prisma.
func TestSchemaParam(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TABLE here (x int)`, `INSERT INTO here VALUES (42)`)
	a := d.open(t)
	got := mustQuery(t, a, q(`SELECT x, current_schema() AS s FROM here`))
	if diff := cmp.Diff([][]any{{int64(42), d.schema}}, got.Rows); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := a.Info().SchemaName; got != d.schema {
		t.Errorf("SchemaName %q, want %q", got, d.schema)
	}
}

func TestExecScript(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			tbl := strings.ToLower(name) + "_script"
			err := a.ExecScript(context.Background(), `CREATE TABLE `+tbl+` (id int);
				INSERT INTO `+tbl+` VALUES (1); INSERT INTO `+tbl+` VALUES (2);
				-- a comment; with a semicolon
				CREATE INDEX ON `+tbl+` (id);`)
			if err != nil {
				t.Fatal(err)
			}
			got := mustQuery(t, a, q(`SELECT sum(id) AS s FROM `+tbl))
			if diff := cmp.Diff([][]any{{int64(3)}}, got.Rows); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// A failing script reports the error and leaves nothing behind
			// (one implicit transaction).
			err = a.ExecScript(context.Background(), `INSERT INTO `+tbl+` VALUES (3); SELECT * FROM nope;`)
			want := &adapter.Error{Kind: adapter.TableDoesNotExist, OriginalCode: "42P01", OriginalMessage: `relation "nope" does not exist`, Table: "nope"}
			if diff := cmp.Diff(want, adapterError(t, err), errorOpts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			got = mustQuery(t, a, q(`SELECT count(*) AS n FROM `+tbl))
			if diff := cmp.Diff([][]any{{int64(2)}}, got.Rows); diff != "" {
				t.Errorf("after failed script (-want +got):\n%s", diff)
			}
		})
	}
}

// TestQueryShapes covers statements without rows and many rows.
func TestQueryShapes(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TABLE n (i int)`)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, `TRUNCATE n`)
			// INSERT without RETURNING through Query: no columns, no rows.
			got := mustQuery(t, a, q(`INSERT INTO n SELECT generate_series(1, $1::int)`, int64(1000)))
			if diff := cmp.Diff(&adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}, got); diff != "" {
				t.Errorf("insert (-want +got):\n%s", diff)
			}
			got = mustQuery(t, a, q(`SELECT i FROM n ORDER BY i`))
			if len(got.Rows) != 1000 || got.Rows[999][0] != int64(1000) {
				t.Errorf("got %d rows, last %v", len(got.Rows), got.Rows[len(got.Rows)-1])
			}
			// Empty result: columns and types, no rows.
			got = mustQuery(t, a, q(`SELECT i, 'x'::text AS t FROM n WHERE false`))
			want := &adapter.ResultSet{Columns: []string{"i", "t"}, Types: []adapter.ColumnType{adapter.TypeInt32, adapter.TypeText}, Rows: [][]any{}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("empty (-want +got):\n%s", diff)
			}
			if n := mustExec(t, a, q(`UPDATE n SET i = i WHERE i <= $1`, int64(10))); n != 10 {
				t.Errorf("update affected %d, want 10", n)
			}
			// Statements without arguments run on the simple protocol, as
			// with node-postgres: several at once, the last one's result.
			if n := mustExec(t, a, q(`UPDATE n SET i = i WHERE i <= 5; UPDATE n SET i = i WHERE i <= 3`)); n != 3 {
				t.Errorf("two updates: last affected %d, want 3", n)
			}
			got = mustQuery(t, a, q(`SELECT 1 AS a; SELECT 'x'::text AS b, 2.50::numeric AS c`))
			want = &adapter.ResultSet{Columns: []string{"b", "c"}, Types: []adapter.ColumnType{adapter.TypeText, adapter.TypeNumeric}, Rows: [][]any{{"x", "2.50"}}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("two selects (-want +got):\n%s", diff)
			}
			got = mustQuery(t, a, q(``))
			if diff := cmp.Diff(&adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}}, got); diff != "" {
				t.Errorf("empty statement (-want +got):\n%s", diff)
			}
			// The statement cache serves the same shape with other values.
			for i := int64(1); i <= 3; i++ {
				got := mustQuery(t, a, q(`SELECT count(*) AS c FROM n WHERE i <= $1`, i))
				if diff := cmp.Diff([][]any{{i}}, got.Rows); diff != "" {
					t.Errorf("cached statement (-want +got):\n%s", diff)
				}
			}
		})
	}
}
