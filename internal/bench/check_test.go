package bench

import (
	"context"
	"testing"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/protocol"
)

// engineChecksum counts the objects with a numeric "id" in a response and
// sums their ids.
func engineChecksum(t testing.TB, resp []byte) checksum {
	t.Helper()
	v, err := protocol.Parse(resp)
	if err != nil {
		t.Fatalf("response: %v", err)
	}
	if e := v.Get("errors"); e.Exists() {
		t.Fatalf("error response: %s", resp)
	}
	var c checksum
	var walk func(v protocol.Value)
	walk = func(v protocol.Value) {
		switch v.Kind {
		case protocol.Object:
			if id := v.Get("id"); id.Kind == protocol.Number {
				n, _ := id.Int64()
				c.add(n)
			}
			for _, m := range v.Members {
				walk(m.Value)
			}
		case protocol.Array:
			for _, m := range v.Members {
				walk(m.Value)
			}
		}
	}
	walk(v)
	return c
}

// TestRawMatchesEngine checks that every hand-written baseline reads what
// noengine answers (the same records, the same ids), in both relation load
// strategies, so that the benchmarks compare the same work.
func TestRawMatchesEngine(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds databases")
	}
	ctx := context.Background()
	for _, db := range []string{"sqlite", "postgresql", "mysql"} {
		t.Run(db, func(t *testing.T) {
			for _, sh := range append(append([]*shape{}, shapes...), prismaShapes...) {
				f := open(t, db, sh.ds)
				r := newRaw(f)
				for _, st := range strategies(sh) {
					joins, lst := strategy(db, st)
					if sh.include {
						joins, lst = st == "join", ""
					}
					c := f.client(t, &noengine.Options{RelationJoins: joins})
					for i := range 3 {
						i := i*37 + 5
						got := engineChecksum(t, c.Request(ctx, sh.line(i, lst)))
						want, err := rawShapes[sh.name](ctx, r, i)
						if err != nil {
							t.Fatalf("%s raw: %v", sh.name, err)
						}
						if sh.name == "createNested" {
							got.ids, want.ids = 0, 0 // different new rows
						}
						if got != want || got.records == 0 {
							t.Errorf("%s %s i=%d: noengine read %+v, raw %+v", sh.name, st, i, got, want)
						}
					}
				}
			}
		})
	}
}

// strategies are the relation load strategies measured for a shape.
func strategies(sh *shape) []string {
	if sh.relations || sh.include {
		return []string{"query", "join"}
	}
	return []string{""}
}
