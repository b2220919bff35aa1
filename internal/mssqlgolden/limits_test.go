package mssqlgolden

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/internal/fakeadapter"
)

const limitsSchema = `
datasource db {
  provider = "sqlserver"
}

model Row {
  id   Int   @id
  v    Int
  tags Tag[]
}

model Tag {
  id   Int   @id
  rows Row[]
}
`

// TestBindLimits runs large requests through the client on a fake adapter
// that reports SQL Server's limits (Info.MaxBindValues 2098, as
// mssqladapter does) and checks the statements the adapter receives: no
// statement has more than 2,098 parameters, no INSERT ... VALUES more than
// 1,000 rows, placeholders are @P1...@Pn in each statement, and the chunks
// of one write run in one transaction.
func TestBindLimits(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{
		Info:    adapter.Info{Provider: adapter.ProviderSQLServer, Name: "fake-mssql", MaxBindValues: 2098},
		Lenient: true,
	})
	client, err := noengine.New(limitsSchema, fa, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ids := func(from, n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, from+i)
		}
		return b.String()
	}
	rows := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id":%d,"v":%d}`, i, i)
		}
		return b.String()
	}
	tests := []struct {
		name string
		req  string
		// want lists, per statement the adapter gets, a regexp of its SQL
		// and its number of parameters.
		want []stmtWant
		tx   bool
		// err is the error code of a request Prisma refuses (P2029: a
		// statement that cannot be split has more parameters than the
		// limit); no statement reaches the adapter then.
		err string
	}{
		{"createMany 2500 rows: 1000-row INSERTs", `{"modelName":"Row","action":"createMany","query":{"arguments":{"data":[` + rows(2500) + `]},"selection":{"count":true}}}`,
			[]stmtWant{{`^INSERT INTO \[dbo\]\.\[Row\] \(\[id\], \[v\]\) VALUES \(@P1, @P2\), `, 2000}, {`^INSERT INTO`, 2000}, {`^INSERT INTO`, 1000}}, true, ""},
		{"findMany with 3000 ids: chunked at 2098", `{"modelName":"Row","action":"findMany","query":{"arguments":{"where":{"id":{"in":[` + ids(0, 3000) + `]}}},"selection":{"id":true}}}`,
			[]stmtWant{{`^SELECT \[t0\]\.\[id\] FROM \[dbo\]\.\[Row\] AS \[t0\] WHERE \[t0\]\.\[id\] IN \(@P1,@P2,`, 2098}, {`IN \(@P1,`, 902}}, false, ""},
		{"findMany with 3000 ids and an order: not split, so P2029, as Prisma", `{"modelName":"Row","action":"findMany","query":{"arguments":{"where":{"id":{"in":[` + ids(0, 3000) + `]}},"orderBy":{"id":"asc"}},"selection":{"id":true}}}`,
			nil, false, "P2029"},
		{"updateMany with 3000 ids: the UPDATE is split", `{"modelName":"Row","action":"updateMany","query":{"arguments":{"where":{"id":{"in":[` + ids(0, 3000) + `]}},"data":{"v":1}},"selection":{"count":true}}}`,
			[]stmtWant{{`^UPDATE \[dbo\]\.\[Row\] SET \[v\] = @P1 WHERE \[Row\]\.\[id\] IN \(@P2,`, 2098}, {`IN \(@P2,`, 904}}, false, ""},
		{"notIn is never split, so P2029", `{"modelName":"Row","action":"findMany","query":{"arguments":{"where":{"id":{"notIn":[` + ids(0, 3000) + `]}}},"selection":{"id":true}}}`,
			nil, false, "P2029"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fa.Reset()
			resp := client.Request(context.Background(), []byte(tt.req))
			if tt.err != "" {
				if !strings.Contains(string(resp), `"error_code":"`+tt.err+`"`) {
					t.Fatalf("response: %.300s, want %s", resp, tt.err)
				}
			} else if strings.Contains(string(resp), `"errors"`) {
				t.Fatalf("response: %.300s", resp)
			}
			var stmts []fakeadapter.Call
			began := false
			for _, c := range fa.Calls() {
				switch c.Method {
				case "Query", "Exec":
					stmts = append(stmts, c)
				case "Begin":
					began = true
				}
			}
			if len(stmts) != len(tt.want) {
				t.Fatalf("%d statements, want %d:\n%s", len(stmts), len(tt.want), strings.Join(fa.SQL(), "\n"))
			}
			for i, c := range stmts {
				w := tt.want[i]
				if !regexp.MustCompile(w.re).MatchString(c.SQL) {
					t.Errorf("statement %d = %.200s..., want it to match %s", i, c.SQL, w.re)
				}
				if len(c.Args) != w.params {
					t.Errorf("statement %d has %d parameters, want %d", i, len(c.Args), w.params)
				}
				if len(c.Args) > 2098 && !strings.Contains(c.SQL, "ORDER BY") && !strings.Contains(c.SQL, "NOT IN") {
					t.Errorf("statement %d has %d parameters, more than SQL Server's 2098", i, len(c.Args))
				}
				if n := len(c.Args); n > 0 && !strings.Contains(c.SQL, fmt.Sprintf("@P%d", n)) || strings.Contains(c.SQL, fmt.Sprintf("@P%d", len(c.Args)+1)) {
					t.Errorf("statement %d: placeholders do not run @P1...@P%d", i, len(c.Args))
				}
			}
			if began != tt.tx {
				t.Errorf("transaction: %v, want %v", began, tt.tx)
			}
		})
	}
}

type stmtWant struct {
	re     string
	params int
}
