package noengine_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine"
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
)

// stubAdapter describes a database and runs nothing.
type stubAdapter struct{ provider adapter.Provider }

func (a stubAdapter) Query(context.Context, *adapter.Query) (*adapter.ResultSet, error) {
	return &adapter.ResultSet{}, nil
}
func (a stubAdapter) Exec(context.Context, *adapter.Query) (int64, error) { return 0, nil }
func (a stubAdapter) Begin(context.Context, adapter.TxOptions) (adapter.Tx, error) {
	return nil, fmt.Errorf("no transactions")
}
func (a stubAdapter) Info() adapter.Info { return adapter.Info{Provider: a.provider} }
func (a stubAdapter) Close() error       { return nil }

const cacheSchema = `
datasource db {
  provider = "sqlite"
}

model User {
  id    Int      @id @default(autoincrement())
  email String   @unique
  name  String?
  big   BigInt?
  bytes Bytes?
  when  DateTime?
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`

func cacheClient(t testing.TB, size int) *noengine.Client {
	t.Helper()
	c, err := noengine.New(cacheSchema, stubAdapter{adapter.ProviderSQLite}, &noengine.Options{PlanCacheSize: size})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func request(t testing.TB, line string) *protocol.Request {
	t.Helper()
	l, err := protocol.DecodeLine([]byte(line))
	if err != nil || l.Request == nil {
		t.Fatalf("%s: %v", line, err)
	}
	return l.Request
}

// sqlOf renders the statements of a plan (what the driver's statement cache
// is keyed by).
func sqlOf(p *plan.Plan) []string { return plan.Statements(p, dialect.SQLiteDialect) }

// TestPlanCacheReuse: requests of one shape share one plan, with their
// values bound as inputs, and the same SQL text.
func TestPlanCacheReuse(t *testing.T) {
	c := cacheClient(t, 0)
	var first *plan.Plan
	var inputs [][]any
	for i, email := range []string{"a@x.io", "b@x.io", "c'; DROP TABLE x; --"} {
		p, in, err := c.Prepare(request(t, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"email":"`+email+`","id":{"gt":`+strconv.Itoa(i)+`}},"take":5},"selection":{"$scalars":true}}}`))
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = p
		} else if p != first {
			t.Fatalf("request %d compiled again; want the cached plan", i)
		}
		inputs = append(inputs, in)
	}
	want := [][]any{{"a@x.io", int64(0)}, {"b@x.io", int64(1)}, {"c'; DROP TABLE x; --", int64(2)}}
	if d := cmp.Diff(want, inputs); d != "" {
		t.Errorf("inputs (-want +got):\n%s", d)
	}
	for _, s := range sqlOf(first) {
		if strings.Contains(s, "@x.io") || strings.Contains(s, "DROP") {
			t.Errorf("a value is in the SQL text: %s", s)
		}
	}
	if d := cmp.Diff(noengine.CacheStats{Hits: 2, Misses: 1, Size: 1}, c.PlanCache().Stats()); d != "" {
		t.Errorf("stats (-want +got):\n%s", d)
	}
	// take shapes the SQL: another take is another plan.
	p, _, err := c.Prepare(request(t, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"email":"a","id":{"gt":1}},"take":6},"selection":{"$scalars":true}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if p == first {
		t.Error("take 6 reused the plan of take 5")
	}
}

// TestPlanCacheShapes: values that change the plan make another key: null
// against a value, value types, list element types and lengths, tagged
// against plain values.
func TestPlanCacheShapes(t *testing.T) {
	c := cacheClient(t, 0)
	groups := [][]string{
		{`{"name":"a"}`, `{"name":"b"}`},
		{`{"name":null}`},
		{`{"big":{"$type":"BigInt","value":"1"}}`, `{"big":{"$type":"BigInt","value":"9007199254740993"}}`},
		{`{"big":1}`, `{"big":2}`},
		{`{"id":{"in":[1,2]}}`, `{"id":{"in":[3,4]}}`},
		{`{"id":{"in":[1,2,3]}}`},
		{`{"id":{"in":[]}}`},
		{`{"when":{"$type":"DateTime","value":"2024-01-01T00:00:00.000Z"}}`, `{"when":{"$type":"DateTime","value":"2025-01-01T00:00:00.000Z"}}`},
		{`{"when":"2024-01-01T00:00:00.000Z"}`},
		{`{"bytes":{"$type":"Bytes","value":"AAE="}}`, `{"bytes":{"$type":"Bytes","value":"AQI="}}`},
		{`{"OR":[{"name":"a"},{"name":"b"}]}`, `{"OR":[{"name":"c"},{"name":"d"}]}`},
		{`{"OR":[{"name":"a"},{"name":"b"},{"name":"c"}]}`},
	}
	plans := map[*plan.Plan]int{}
	for g, wheres := range groups {
		var gp *plan.Plan
		for _, w := range wheres {
			p, _, err := c.Prepare(request(t, `{"modelName":"User","action":"findMany","query":{"arguments":{"where":`+w+`},"selection":{"id":true}}}`))
			if err != nil {
				t.Fatalf("%s: %v", w, err)
			}
			if gp == nil {
				gp = p
			} else if p != gp {
				t.Errorf("%s: compiled again, want the plan of %s", w, wheres[0])
			}
			if other, ok := plans[p]; ok && other != g {
				t.Errorf("%s: shares the plan of %s", w, groups[other][0])
			}
			plans[p] = g
		}
	}
}

// TestPlanCacheHitValidatesValues: a value of the right shape that Prisma's
// validation rejects (data of a create: not strict base64, no BigInt, not
// RFC 3339) fails on a cache hit as on a miss, and one that it accepts (a
// filter value, which Prisma parameterizes) gets the same inputs.
func TestPlanCacheHitValidatesValues(t *testing.T) {
	const lists = `
datasource db {
  provider = "postgresql"
}

model Bag {
  id    Int        @id
  bins  Bytes[]
  bigs  BigInt[]
  decs  Decimal[]
  dts   DateTime[]
}
`
	client := func(size int) *noengine.Client {
		c, err := noengine.New(lists, stubAdapter{adapter.ProviderPostgres}, &noengine.Options{PlanCacheSize: size})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	create := `{"modelName":"Bag","action":"createOne","query":{"arguments":{"data":{"id":1,"bins":[{"$type":"Bytes","value":"AAE="}],"bigs":[{"$type":"BigInt","value":"1"}],"decs":[{"$type":"Decimal","value":"1.5"}],"dts":[{"$type":"DateTime","value":"2024-01-01T00:00:00.000Z"}]}},"selection":{"id":true}}}`
	filter := `{"modelName":"Bag","action":"findMany","query":{"arguments":{"where":{"bins":{"has":{"$type":"Bytes","value":"AAE="}}}},"selection":{"id":true}}}`
	for _, c := range []struct {
		ok, other string
		fails     bool
	}{
		{create, strings.Replace(create, `"AAE="`, `"AAE=x"`, 1), true},
		{create, strings.Replace(create, `"value":"1"`, `"value":""`, 1), true},
		{create, strings.Replace(create, `"2024-01-01T00:00:00.000Z"`, `"2024-01-01"`, 1), true},
		{create, strings.Replace(create, `"1.5"`, `"x"`, 1), true},
		{filter, strings.Replace(filter, `"AAE="`, `"AAE=x"`, 1), false},
	} {
		_, wantIn, wantErr := client(-1).Prepare(request(t, c.other))
		if (wantErr != nil) != c.fails {
			t.Fatalf("%s: without the cache: %v", c.other, wantErr)
		}
		cached := client(0)
		if _, _, err := cached.Prepare(request(t, c.ok)); err != nil {
			t.Fatal(err)
		}
		_, in, err := cached.Prepare(request(t, c.other))
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Errorf("%s: with the plan cached: %v; want %v", c.other, err, wantErr)
		}
		if d := cmp.Diff(wantIn, in); d != "" {
			t.Errorf("%s: inputs with the plan cached (-without +with):\n%s", c.other, d)
		}
	}
}

// TestPlanCacheLRU: the cache holds at most its size, evicting the least
// recently used plan.
func TestPlanCacheLRU(t *testing.T) {
	pc := noengine.NewPlanCache(2)
	a, b, c := &plan.Plan{Action: "a"}, &plan.Plan{Action: "b"}, &plan.Plan{Action: "c"}
	pc.Put("a", a)
	pc.Put("b", b)
	if p, ok := pc.Get("a"); !ok || p != a { // a is now the most recent
		t.Fatal("a missing")
	}
	pc.Put("c", c) // evicts b
	got := map[string]bool{}
	for _, k := range []string{"a", "b", "c"} {
		_, got[k] = pc.Get(k)
	}
	if d := cmp.Diff(map[string]bool{"a": true, "b": false, "c": true}, got); d != "" {
		t.Errorf("present after eviction (-want +got):\n%s", d)
	}
	if d := cmp.Diff(noengine.CacheStats{Hits: 3, Misses: 1, Size: 2}, pc.Stats()); d != "" {
		t.Errorf("stats (-want +got):\n%s", d)
	}
	off := noengine.NewPlanCache(-1)
	off.Put("a", a)
	if _, ok := off.Get("a"); ok {
		t.Error("a disabled cache returned a plan")
	}
}

// TestPlanCacheConcurrent: concurrent requests of many shapes through a
// small cache (run with -race); every answer is the right plan.
func TestPlanCacheConcurrent(t *testing.T) {
	c := cacheClient(t, 8)
	ref := cacheClient(t, -1)
	const shapes = 20
	want := make([][]string, shapes)
	line := func(s, v int) string {
		return `{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"id":{"gt":` + strconv.Itoa(v) + `}},"take":` + strconv.Itoa(s+1) + `},"selection":{"id":true}}}`
	}
	for s := range shapes {
		p, _, err := ref.Prepare(request(t, line(s, 0)))
		if err != nil {
			t.Fatal(err)
		}
		want[s] = sqlOf(p)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				s := (g*7 + i) % shapes
				p, in, err := c.Prepare(request(t, line(s, i)))
				if err != nil {
					t.Error(err)
					return
				}
				if d := cmp.Diff(want[s], sqlOf(p)); d != "" || len(in) != 1 || in[0] != int64(i) {
					t.Errorf("shape %d value %d: %v %s", s, i, in, d)
					return
				}
				if i%50 == 0 {
					c.Request(context.Background(), []byte(line(s, i)))
				}
			}
		}()
	}
	wg.Wait()
	st := c.PlanCache().Stats()
	if st.Size > 8 || st.Hits+st.Misses < 8*500 {
		t.Errorf("stats %+v", st)
	}
}

// TestShapeKeyDeterminesPlan is the plan cache's soundness property: the
// cache never changes an answer. It takes requests of the end-to-end corpus
// (every one with NOENGINE_KEYCHECK=all; otherwise the first three and
// every 25th of each suite) and derives
// variants by changing values (null for a value and back, another string,
// an integer for a float, a string for a number, an untagged value for a
// tagged one, invalid tagged text, lists of other lengths and element
// types) and siblings changing every value but no shape. All go through one
// client per suite; wherever Client.Prepare answers from the cache, the
// plan must equal a fresh compilation of the request, and a request that
// fails validation must fail with the cache as without.
func TestShapeKeyDeterminesPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles tens of thousands of requests")
	}
	suites, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	every := 25
	if keyCheckAll {
		every = 1
	}
	for _, provider := range []string{"sqlite", "postgresql", "mysql"} {
		d, _ := dialect.ForProvider(provider)
		prov := map[string]adapter.Provider{"sqlite": adapter.ProviderSQLite, "postgresql": adapter.ProviderPostgres, "mysql": adapter.ProviderMySQL}[provider]
		t.Run(provider, func(t *testing.T) {
			hits := 0
			for _, s := range suites {
				if !s.HasProvider(provider) {
					continue
				}
				sch, err := s.ParsedSchema(provider)
				if err != nil {
					t.Error(err)
					continue
				}
				client, err := noengine.NewWithSchema(sch, stubAdapter{prov}, &noengine.Options{PlanCacheSize: 100000})
				if err != nil {
					t.Fatal(err)
				}
				fresh := compiler.New(sch, d, compiler.Options{})
				qs := queryschema.Build(sch)
				for i, r := range s.Requests {
					if i%every != 0 && i >= 3 {
						continue
					}
					l, err := protocol.DecodeLine(r.Raw)
					if err != nil || l.Request == nil || !cacheable(l.Request.Action) {
						continue
					}
					hits += checkCached(t, client, fresh, qs, fmt.Sprintf("%s line %d", s.Name, r.Line), l.Request)
				}
			}
			if hits == 0 {
				t.Fatal("no request was answered from the plan cache: nothing was checked")
			}
			t.Logf("%d cache hits checked", hits)
		})
	}
}

func cacheable(action string) bool {
	switch action {
	case "createMany", "createManyAndReturn", "queryRaw", "executeRaw":
		return false
	}
	return true
}

// checkCached prepares r, its variants and their siblings through client
// and checks every answer the cache gave. It returns the number of hits.
func checkCached(t *testing.T, client *noengine.Client, fresh *compiler.Compiler, qs *queryschema.QuerySchema, where string, r *protocol.Request) int {
	t.Helper()
	var all []*protocol.Request
	for _, v := range append([]*protocol.Request{r}, variants(r)...) {
		sib := *v
		sib.Arguments, sib.Selection = bump(v.Arguments), bump(v.Selection)
		all = append(all, v, &sib)
	}
	// Only requests whose key was seen before can hit.
	seen := map[string]bool{}
	hits := 0
	for _, v := range all {
		key := compiler.Parameterize(v, false).Key
		if !seen[key] {
			seen[key] = true
			client.Prepare(v) // a miss: compiled and cached when valid
			continue
		}
		before := client.PlanCache().Stats().Hits
		p, _, err := client.Prepare(v)
		hit := client.PlanCache().Stats().Hits > before
		valid := queryschema.Validate(qs, v) == nil
		if !valid {
			if err == nil {
				t.Errorf("%s: a request that fails validation was answered from the plan cache:\n  %s\nkey %s", where, v.Arguments, key)
			}
			continue
		}
		if !hit || err != nil {
			continue
		}
		hits++
		want, _, werr := fresh.Compile(v)
		if werr != nil {
			t.Errorf("%s: the plan cache answered a request that does not compile (%v):\n  %s", where, werr, v.Arguments)
			continue
		}
		if d := cmp.Diff(want, p); d != "" {
			t.Errorf("%s: the cached plan differs from the request's own:\n  %s\nkey %s\n(-own +cached)\n%s", where, v.Arguments, key, d)
		}
	}
	return hits
}

// variants returns copies of r with one value changed each.
func variants(r *protocol.Request) []*protocol.Request {
	var out []*protocol.Request
	for _, sel := range []bool{false, true} {
		root := r.Arguments
		if sel {
			root = r.Selection
		}
		var paths [][]int
		collect(root, nil, &paths)
		for _, p := range paths {
			for _, nv := range alternatives(get(root, p)) {
				v := *r
				if sel {
					v.Selection = set(root, p, nv)
				} else {
					v.Arguments = set(root, p, nv)
				}
				out = append(out, &v)
			}
		}
	}
	return out
}

// collect lists the paths (member indexes) of the values worth changing:
// scalars, tagged values and arrays.
func collect(v protocol.Value, path []int, out *[][]int) {
	switch v.Kind {
	case protocol.Object:
		if t, _ := v.TaggedType(); t != "" {
			*out = append(*out, append([]int(nil), path...))
			return
		}
		for i := range v.Members {
			collect(v.Members[i].Value, append(path, i), out)
		}
	case protocol.Array:
		*out = append(*out, append([]int(nil), path...))
		for i := range v.Members {
			collect(v.Members[i].Value, append(path, i), out)
		}
	case protocol.String, protocol.Number, protocol.Null:
		*out = append(*out, append([]int(nil), path...))
	}
}

func get(v protocol.Value, path []int) protocol.Value {
	for _, i := range path {
		v = v.Members[i].Value
	}
	return v
}

// set returns a copy of v with the value at path replaced.
func set(v protocol.Value, path []int, nv protocol.Value) protocol.Value {
	if len(path) == 0 {
		return nv
	}
	out := v
	out.Members = append([]protocol.Member(nil), v.Members...)
	out.Members[path[0]].Value = set(v.Members[path[0]].Value, path[1:], nv)
	return out
}

func pstr(s string) protocol.Value { return protocol.MakeString(s) }
func pnum(s string) protocol.Value { return protocol.MakeNumber(s) }

func parr(vs ...protocol.Value) protocol.Value {
	a := protocol.Value{Kind: protocol.Array}
	for _, v := range vs {
		a.Members = append(a.Members, protocol.Member{Value: v})
	}
	return a
}

func ptag(t string, v protocol.Value) protocol.Value {
	return protocol.Value{Kind: protocol.Object, Members: []protocol.Member{{Key: "$type", Value: pstr(t)}, {Key: "value", Value: v}}}
}

// alternatives are values to put in place of v.
func alternatives(v protocol.Value) []protocol.Value {
	switch v.Kind {
	case protocol.String:
		return []protocol.Value{pstr(v.Str + "~x"), pstr(""), pstr("2024-01-02T03:04:05Z"), pstr("2024-01-02"), pnum("7"), protocol.NullValue, ptag("Json", pstr(strconv.Quote(v.Str)))}
	case protocol.Number:
		out := []protocol.Value{pnum("12345"), pnum("2.5"), pstr(v.Str), protocol.NullValue, ptag("BigInt", pstr(v.Str))}
		if n, ok := v.Int64(); ok {
			out = append(out, pnum(strconv.FormatInt(n+1, 10)), pnum(strconv.FormatInt(-n, 10)), pnum("0"))
		}
		return out
	case protocol.Null:
		return []protocol.Value{pstr("x"), pnum("1"), ptag("DateTime", pstr("2024-01-02T03:04:05.000Z"))}
	case protocol.Array:
		out := []protocol.Value{{Kind: protocol.Array}}
		if len(v.Members) > 0 {
			first := v.Members[0].Value
			out = append(out, parr(first), parr(first, first, first), parr(first, protocol.NullValue),
				parr(first, pstr("x")), parr(first, pnum("1.5")), parr(first, pnum("3")))
		}
		return out
	case protocol.Object:
		if t, inner := v.TaggedType(); t != "" {
			out := []protocol.Value{inner, ptag(t, pstr("0")), ptag(t, pstr("x")), ptag(t, pstr("")), protocol.NullValue}
			if inner.Kind == protocol.String {
				out = append(out, ptag(t, pstr(inner.Str+"1")))
			}
			return out
		}
	}
	return nil
}

// bump returns v with every value changed without changing its shape:
// strings get a suffix, integers are incremented, decimal fractions and
// BigInt and Decimal text get a digit.
func bump(v protocol.Value) protocol.Value {
	switch v.Kind {
	case protocol.String:
		return pstr(v.Str + "~")
	case protocol.Number:
		if n, err := strconv.ParseInt(v.Str, 10, 64); err == nil && n >= 0 {
			return pnum(strconv.FormatInt(n+1, 10))
		}
		if strings.Contains(v.Str, ".") && !strings.ContainsAny(v.Str, "eE") {
			return pnum(v.Str + "3")
		}
		return v
	case protocol.Object:
		if t, inner := v.TaggedType(); t != "" {
			if (t == "BigInt" || t == "Decimal") && inner.Kind == protocol.String && inner.Str != "" {
				return ptag(t, pstr(inner.Str+"1"))
			}
			return v
		}
		fallthrough
	case protocol.Array:
		out := v
		out.Members = make([]protocol.Member, len(v.Members))
		for i, m := range v.Members {
			out.Members[i] = protocol.Member{Key: m.Key, Value: bump(m.Value)}
		}
		return out
	}
	return v
}

var keyCheckAll = os.Getenv("NOENGINE_KEYCHECK") == "all"
