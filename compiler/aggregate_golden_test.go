package compiler

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// The -update flag rewrites golden files. Another test file of the package
// may declare it too, so it is registered once, before the tests run.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

// aggGoldenSchema has no enums and no Json, so that it is valid for every
// dialect (SQL Server has neither).
const aggGoldenSchema = `
datasource db {
  provider = "sqlite"
}

model Sale {
  id         Int       @id
  code       String    @unique
  region     String
  city       String?
  units      Int
  price      Float
  amount     Decimal
  big        BigInt
  at         DateTime
  promo      Boolean
  note       String?   @map("the note")
  customerId Int?
  customer   Customer? @relation(fields: [customerId], references: [id])

  @@map("sales")
}

model Customer {
  id    Int    @id
  name  String
  sales Sale[]
}

model Pair {
  a Int
  b String
  v Int

  @@id([a, b])
}
`

// aggGoldenRequests are representative aggregate and groupBy requests.
var aggGoldenRequests = []struct{ name, req string }{
	{"aggregate every op", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true,"city":true,"note":true}},"_avg":{"selection":{"units":true,"amount":true,"big":true}},"_sum":{"selection":{"units":true,"price":true,"amount":true,"big":true}},"_min":{"selection":{"at":true,"region":true}},"_max":{"selection":{"promo":true,"note":true}}}}}`},
	{"count", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"where":{"region":"EU"}},"selection":{"_count":{"arguments":{},"selection":{"_all":true}}}}}`},
	{"count compound id", `{"modelName":"Pair","action":"aggregate","query":{"arguments":{},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"count true", `{"modelName":"Pair","action":"aggregate","query":{"arguments":{},"selection":{"_count":true}}}`},
	{"aggregate take skip", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"where":{"units":{"gt":0}},"orderBy":[{"price":"desc"}],"skip":1,"take":2},"selection":{"_sum":{"selection":{"units":true}}}}}`},
	{"aggregate implicit order", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"take":3},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"aggregate negative take", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"orderBy":{"id":"asc"},"take":-2},"selection":{"_avg":{"selection":{"price":true}}}}}`},
	{"aggregate skip only", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"skip":2},"selection":{"_max":{"selection":{"code":true}}}}}`},
	{"aggregate cursor", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"cursor":{"id":3},"orderBy":[{"id":"asc"}],"take":2,"skip":1},"selection":{"_count":{"selection":{"_all":true}},"_sum":{"selection":{"units":true}}}}}`},
	{"aggregate cursor negative take", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"cursor":{"code":"c"},"orderBy":[{"code":"desc"}],"take":-2},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"aggregate unstable cursor", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"cursor":{"id":3},"orderBy":[{"region":"asc"}]},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"aggregate null cursor", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"cursor":{"id":3},"orderBy":[{"city":"asc"},{"id":"asc"}]},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"aggregate relation filter", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"where":{"customer":{"is":{"name":"x"}}}},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"aggregate negative skip", `{"modelName":"Sale","action":"aggregate","query":{"arguments":{"skip":-1},"selection":{"_count":{"selection":{"_all":true}}}}}`},
	{"groupBy", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"]},"selection":{"region":true,"_count":{"selection":{"_all":true,"city":true}},"_sum":{"selection":{"units":true}}}}}`},
	{"groupBy several by", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region","city"],"where":{"promo":false},"orderBy":[{"region":"asc"},{"city":{"sort":"desc","nulls":"last"}}]},"selection":{"region":true,"city":true,"_avg":{"selection":{"price":true}}}}}`},
	{"groupBy having", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"having":{"OR":[{"units":{"_sum":{"gt":10}}},{"region":"ASIA"}],"NOT":{"city":{"_count":{"lt":2}}},"amount":{"_avg":{"gte":{"$type":"Decimal","value":"1.5"}}}}},"selection":{"region":true}}}`},
	{"groupBy having min max", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"having":{"at":{"_min":{"gte":{"$type":"DateTime","value":"2024-01-01T00:00:00.000Z"}}},"region":{"_max":{"startsWith":"E"}}}},"selection":{"region":true}}}`},
	{"groupBy order by aggregates", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"orderBy":[{"_count":{"city":"desc"}},{"_sum":{"units":"asc"}},{"region":"asc"}],"skip":1,"take":2},"selection":{"region":true,"_max":{"selection":{"note":true}}}}}`},
	{"groupBy negative take", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"orderBy":{"region":"asc"},"take":-2},"selection":{"region":true}}}`},
	{"groupBy compound id take", `{"modelName":"Pair","action":"groupBy","query":{"arguments":{"by":["a","b"],"take":1},"selection":{"a":true,"b":true}}}`},
	{"groupBy take without orderBy", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"take":1},"selection":{"region":true}}}`},
	{"groupBy orderBy not in by", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"orderBy":[{"city":"asc"},{"note":"desc"}]},"selection":{"region":true}}}`},
	{"groupBy selection not in by", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"]},"selection":{"region":true,"city":true,"note":true}}}`},
	{"groupBy having not selected", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region","units"],"having":{"units":{"gt":1,"lt":9}}},"selection":{"region":true}}}`},
	{"groupBy having FieldRef not selected", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region","units","customerId"],"having":{"units":{"lt":{"$type":"FieldRef","value":{"_ref":"customerId","_container":"Sale"}}}}},"selection":{"region":true,"units":true}}}`},
	{"groupBy having FieldRef in aggregate", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region","customerId"],"having":{"units":{"_sum":{"gt":{"$type":"FieldRef","value":{"_ref":"customerId","_container":"Sale"}}}}}},"selection":{"region":true,"customerId":true}}}`},
	{"groupBy skip 0 without orderBy", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":["region"],"skip":0},"selection":{"region":true}}}`},
	{"groupBy empty by", `{"modelName":"Sale","action":"groupBy","query":{"arguments":{"by":[]},"selection":{"region":true}}}`},
}

// TestAggregateGolden pins the SQL and result shapes of aggregations per
// dialect (testdata/golden/aggregate.<dialect>.txt; -update rewrites).
func TestAggregateGolden(t *testing.T) {
	s, err := schema.Parse("schema.prisma", []byte(aggGoldenSchema))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sqlite", "postgresql", "mysql", "sqlserver"} {
		t.Run(name, func(t *testing.T) {
			d, _ := dialect.ForProvider(name)
			c := New(s, d, Options{})
			var out strings.Builder
			for _, tc := range aggGoldenRequests {
				fmt.Fprintf(&out, "== %s\n%s\n", tc.name, tc.req)
				out.WriteString(describeAggregate(t, c, d, tc.req))
				out.WriteString("\n")
			}
			path := filepath.Join("testdata", "golden", "aggregate."+name+".txt")
			if updateGolden() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), out.String()); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
		})
	}
}

// describeAggregate compiles a request and describes its statements,
// arguments and result shape (or its error).
func describeAggregate(t *testing.T, c *Compiler, d *dialect.Dialect, line string) string {
	v, err := protocol.ParseString(line)
	if err != nil {
		t.Fatalf("parse %s: %v", line, err)
	}
	r, err := protocol.DecodeRequest(v)
	if err != nil {
		t.Fatalf("decode %s: %v", line, err)
	}
	p, _, err := c.Compile(&r)
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			return fmt.Sprintf("error: %v\n", err)
		}
		s := fmt.Sprintf("error: %s %s\n", e.Code, e.Message)
		if len(e.Meta) > 0 {
			s += "meta: " + string(e.Meta) + "\n"
		}
		return s
	}
	var b strings.Builder
	for _, st := range plan.Statements(p, d) {
		b.WriteString("sql: " + st + "\n")
	}
	var args []string
	var walk func(n plan.Node)
	walk = func(n plan.Node) {
		if q, ok := n.(*plan.Query); ok {
			for _, a := range q.Stmt.Args {
				args = append(args, describeArg(p, a))
			}
		}
	}
	walk(p.Root)
	if len(args) > 0 {
		b.WriteString("args: " + strings.Join(args, ", ") + "\n")
	}
	kind := map[plan.ResultKind]string{plan.ResultRecord: "record", plan.ResultRecords: "records"}[p.Result.Kind]
	b.WriteString("result: " + kind + " " + describeShape(p.Result.Shape) + "\n")
	return b.String()
}

func describeArg(p *plan.Plan, a plan.Arg) string {
	switch a.Kind {
	case plan.ArgConst:
		return fmt.Sprintf("%v", a.Value)
	case plan.ArgInput:
		in := p.Inputs[a.Index]
		return fmt.Sprintf("$%d:%s", in.Param, in.Type)
	}
	return fmt.Sprintf("arg(kind %d)", a.Kind)
}

func describeShape(s *plan.Shape) string {
	var parts []string
	for _, f := range s.Fields {
		switch f.Kind {
		case plan.Object:
			parts = append(parts, f.Name+describeShape(f.Shape))
		default:
			parts = append(parts, fmt.Sprintf("%s:%s@%d", f.Name, f.Type, f.Col))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}
