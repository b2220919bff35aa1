package pgadapter_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSchemaChange: a statement cached before the table it reads was
// replaced with other column types still runs (the server's "cached plan
// must not change result type" is retried once outside transactions).
func TestSchemaChange(t *testing.T) {
	d := newTestDB(t)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, `DROP TABLE IF EXISTS sc`, `CREATE TABLE sc (a int)`, `INSERT INTO sc VALUES (1)`)
			got := mustQuery(t, a, q(`SELECT * FROM sc WHERE $1::int > 0`, int64(1)))
			if diff := cmp.Diff([][]any{{int64(1)}}, got.Rows); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if n := mustExec(t, a, q(`UPDATE sc SET a = a WHERE $1::int > 0 RETURNING a`, int64(1))); n != 1 {
				t.Errorf("update: %d rows", n)
			}
			d.exec(t, `ALTER TABLE sc ALTER COLUMN a TYPE text`)
			if n := mustExec(t, a, q(`UPDATE sc SET a = a WHERE $1::int > 0 RETURNING a`, int64(1))); n != 1 {
				t.Errorf("update after ALTER: %d rows", n)
			}
			got = mustQuery(t, a, q(`SELECT * FROM sc WHERE $1::int > 0`, int64(1)))
			if diff := cmp.Diff([][]any{{"1"}}, got.Rows); diff != "" {
				t.Errorf("after ALTER (-want +got):\n%s", diff)
			}
		})
	}
}
