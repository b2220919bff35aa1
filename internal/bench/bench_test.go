package bench

import (
	"context"
	"encoding/json"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// BenchmarkE2E runs every shape through Client.Request, beside the same
// statements written by hand on the same driver (impl=raw). Shapes that load
// relations run in both strategies (impl=noengine-query, noengine-join).
func BenchmarkE2E(b *testing.B) {
	for _, db := range []string{"sqlite", "postgresql", "mysql"} {
		b.Run("db="+db, func(b *testing.B) {
			for _, sh := range shapes {
				b.Run("shape="+sh.name, func(b *testing.B) {
					f := open(b, db, sh.ds)
					for _, st := range strategies(sh) {
						name := "impl=noengine"
						if st != "" {
							name += "-" + st
						}
						joins, lst := strategy(db, st)
						b.Run(name, func(b *testing.B) {
							benchEngine(b, f.client(b, &noengine.Options{RelationJoins: joins}), sh, lst)
						})
					}
					b.Run("impl=raw", func(b *testing.B) { benchRaw(b, f, sh) })
				})
			}
		})
	}
}

// BenchmarkPrisma is the workload of ../shared/oracle/bench.mjs on SQLite:
// the same schema, rows and requests as Prisma 7.10's timing anchor, end to
// end (impl=noengine: the default strategy, as Prisma's; noengine-join:
// Options.RelationJoins; noengine-nocache: plan cache disabled, compiling
// every request; raw: the statements by hand), and compile-only
// (impl=compile: decode, validate, compile, convert inputs, no cache).
func BenchmarkPrisma(b *testing.B) {
	f := open(b, "sqlite", prismaData)
	for _, sh := range prismaShapes {
		b.Run("shape="+sh.name, func(b *testing.B) {
			b.Run("impl=noengine", func(b *testing.B) { benchEngine(b, f.client(b, nil), sh, "") })
			if sh.include {
				b.Run("impl=noengine-join", func(b *testing.B) {
					benchEngine(b, f.client(b, &noengine.Options{RelationJoins: true}), sh, "")
				})
			}
			b.Run("impl=noengine-nocache", func(b *testing.B) {
				benchEngine(b, f.client(b, &noengine.Options{PlanCacheSize: -1}), sh, "")
			})
			b.Run("impl=raw", func(b *testing.B) { benchRaw(b, f, sh) })
			b.Run("impl=compile", func(b *testing.B) {
				benchPrepare(b, f.client(b, &noengine.Options{PlanCacheSize: -1}), sh, "")
			})
		})
	}
}

// BenchmarkNoFKIndex is BenchmarkPrisma's B10 (10 users and their 100
// posts) on SQLite without an index on Post.authorId, as Prisma's schema
// engine leaves a relation on SQLite: the join strategy runs a correlated
// subquery per parent, each a scan of Post.
func BenchmarkNoFKIndex(b *testing.B) {
	f := open(b, "sqlite", prismaNoIndexData)
	sh := prismaShapes[2]
	b.Run("shape="+sh.name, func(b *testing.B) {
		b.Run("impl=noengine-query", func(b *testing.B) { benchEngine(b, f.client(b, nil), sh, "") })
		b.Run("impl=noengine-join", func(b *testing.B) {
			benchEngine(b, f.client(b, &noengine.Options{RelationJoins: true}), sh, "")
		})
		b.Run("impl=raw", func(b *testing.B) { benchRaw(b, f, sh) })
	})
}

// lines returns n request lines of a shape (a ring for reads; one per
// iteration for writes, whose values must be new).
func lines(sh *shape, st string, n int) [][]byte {
	if !sh.write {
		n = min(n, 1024)
	}
	out := make([][]byte, n)
	for i := range out {
		out[i] = sh.line(i, st)
	}
	return out
}

func benchEngine(b *testing.B, c *noengine.Client, sh *shape, st string) {
	ctx := context.Background()
	if resp := c.Request(ctx, sh.line(0, st)); strings.HasPrefix(string(resp), `{"errors"`) {
		b.Fatalf("%s", resp)
	}
	ls := lines(sh, st, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuClock()
	var resp []byte // one response buffer, reused as a server reuses it
	for i := 0; i < b.N; i++ {
		resp = c.AppendRequest(ctx, resp[:0], ls[i%len(ls)])
		if resp[2] != 'd' { // {"data":...
			b.Fatalf("%s", resp)
		}
	}
	reportCPU(b, cpu)
}

func benchRaw(b *testing.B, f *fixture, sh *shape) {
	ctx := context.Background()
	r := newRaw(f)
	fn := rawShapes[sh.name]
	if _, err := fn(ctx, r, 0); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuClock()
	for i := 0; i < b.N; i++ {
		if _, err := fn(ctx, r, i%1024); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// benchPrepare measures decoding a request line and Client.Prepare.
func benchPrepare(b *testing.B, c *noengine.Client, sh *shape, st string) {
	ls := lines(sh, st, 1024)
	if _, _, err := prepareLine(c, ls[0]); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuClock()
	for i := 0; i < b.N; i++ {
		if _, _, err := prepareLine(c, ls[i%len(ls)]); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

func prepareLine(c *noengine.Client, line []byte) (any, []any, error) {
	l, err := protocol.DecodeLine(line)
	if err != nil {
		return nil, nil, err
	}
	return c.Prepare(l.Request)
}

// benchLookup measures Client.Prepare of decoded requests on a warm plan
// cache: the key, the lookup and the input conversion.
func benchLookup(b *testing.B, c *noengine.Client, sh *shape, st string) {
	ls := lines(sh, st, 1024)
	reqs := make([]*protocol.Request, len(ls))
	for i, l := range ls {
		d, err := protocol.DecodeLine(l)
		if err != nil {
			b.Fatal(err)
		}
		reqs[i] = d.Request
	}
	if _, _, err := c.Prepare(reqs[0]); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuClock()
	for i := 0; i < b.N; i++ {
		if _, _, err := c.Prepare(reqs[i%len(reqs)]); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkCalibrate is encoding/json decoding the findUnique request line
// into a map: a yardstick of the machine's speed at the time of a run, to
// set the other numbers against (about 1.5 µs on a 2024 laptop core).
func BenchmarkCalibrate(b *testing.B) {
	l := shapes[0].line(1, "")
	b.ReportAllocs()
	cpu := cpuClock()
	for i := 0; i < b.N; i++ {
		var v map[string]any
		if err := json.Unmarshal(l, &v); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkCompile measures what a request costs before it reaches the
// database, per dialect (no database: a stub adapter): decoding the line
// (phase=decode), decoding plus Client.Prepare on a plan-cache miss
// (phase=miss: key, validation, compilation, input conversion) and on a
// hit (phase=hit: key, lookup, input conversion), and Client.Prepare of a
// decoded request on a hit (phase=lookup).
func BenchmarkCompile(b *testing.B) {
	for _, db := range []string{"sqlite", "postgresql", "mysql", "sqlserver"} {
		b.Run("dialect="+db, func(b *testing.B) {
			for _, sh := range append(append([]*shape{}, shapes...), prismaShapes...) {
				sts := []string{""}
				if sh.relations {
					sts = strategies(sh)
				}
				for _, st := range sts {
					name := "shape=" + sh.name
					if st != "" {
						name += "-" + st
					}
					joins, st := strategy(db, st)
					b.Run(name, func(b *testing.B) {
						s := compileSchema(b, sh.ds, db)
						b.Run("phase=decode", func(b *testing.B) {
							ls := lines(sh, st, 1024)
							b.ReportAllocs()
							b.ResetTimer()
							cpu := cpuClock()
							for i := 0; i < b.N; i++ {
								if _, err := protocol.DecodeLine(ls[i%len(ls)]); err != nil {
									b.Fatal(err)
								}
							}
							reportCPU(b, cpu)
						})
						b.Run("phase=miss", func(b *testing.B) {
							benchPrepare(b, stubClient(b, s, db, -1, joins), sh, st)
						})
						b.Run("phase=hit", func(b *testing.B) {
							benchPrepare(b, stubClient(b, s, db, 0, joins), sh, st)
						})
						b.Run("phase=lookup", func(b *testing.B) {
							benchLookup(b, stubClient(b, s, db, 0, joins), sh, st)
						})
					})
				}
			}
		})
	}
}

// compileSchema parses a dataset's schema for a provider (SQL Server has
// no Json type: the column is a String there).
func compileSchema(tb testing.TB, ds *dataset, db string) *schema.Schema {
	src := schemaFor(ds.schema, db)
	if db == "sqlserver" {
		src = strings.ReplaceAll(src, "Json?", "String?")
	}
	s, err := schema.Parse("schema.prisma", []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// stubAdapter is an adapter that only describes itself.
type stubAdapter struct{ info adapter.Info }

func (a stubAdapter) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return &adapter.ResultSet{}, nil
}
func (a stubAdapter) Exec(context.Context, *adapter.Query) (int64, error) { return 0, nil }
func (a stubAdapter) Begin(context.Context, adapter.TxOptions) (adapter.Tx, error) {
	return nil, context.Canceled
}
func (a stubAdapter) Info() adapter.Info { return a.info }
func (a stubAdapter) Close() error       { return nil }

func stubClient(tb testing.TB, s *schema.Schema, db string, cacheSize int, joins bool) *noengine.Client {
	prov := map[string]adapter.Provider{
		"sqlite": adapter.ProviderSQLite, "postgresql": adapter.ProviderPostgres,
		"mysql": adapter.ProviderMySQL, "sqlserver": adapter.ProviderSQLServer,
	}[db]
	c, err := noengine.NewWithSchema(s, stubAdapter{adapter.Info{Provider: prov}}, &noengine.Options{PlanCacheSize: cacheSize, RelationJoins: joins})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// cpuClock reads the process's CPU time (user + system, all threads).
func cpuClock() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per op since start (cpu-ns/op): on a
// machine shared with other work, wall time includes waiting for a CPU and
// CPU time does not. The database server's CPU is not counted.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuClock()-start)/float64(b.N), "cpu-ns/op")
}
