package bench

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
)

// TestShowSQL prints the statements of every shape (BENCH_SHOWSQL=1).
func TestShowSQL(t *testing.T) {
	if os.Getenv("BENCH_SHOWSQL") == "" {
		t.Skip("set BENCH_SHOWSQL=1")
	}
	for _, db := range []string{"sqlite", "postgresql", "mysql"} {
		for _, sh := range append(shapes, prismaShapes...) {
			for _, st := range []string{"query", "join"} {
				if st == "join" && !sh.relations {
					continue
				}
				f := open(t, db, sh.ds)
				c := f.client(t, &noengine.Options{OnQuery: func(q *adapter.Query, d time.Duration, err error) {
					t.Logf("  %s %v %v", q.SQL, q.Args, err)
				}})
				t.Logf("%s %s %s:", db, sh.name, st)
				out := c.Request(context.Background(), sh.line(1, st))
				if len(out) > 300 {
					out = out[:300]
				}
				t.Logf("  => %s", out)
			}
		}
	}
}
