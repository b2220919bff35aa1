package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/schema"
)

// TestGeneratedRequestsAreValid generates the seed, reads, writes and state
// requests for every corpus schema and provider, for several seeds: every
// request must pass noengine's validation against the schema.
func TestGeneratedRequestsAreValid(t *testing.T) {
	suites, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	n := 60
	if testing.Short() {
		n = 15
	}
	seen := map[string]bool{}
	for _, s := range suites {
		for _, p := range s.Meta.Providers {
			src, err := s.Schema(p)
			if err != nil {
				t.Fatal(err)
			}
			if seen[src] {
				continue
			}
			seen[src] = true
			t.Run(s.Name+"/"+p, func(t *testing.T) {
				for seed := uint64(1); seed <= 4; seed++ {
					g, err := NewGen([]byte(src), seed, 4)
					if err != nil {
						t.Fatal(err)
					}
					var lines []string
					for _, r := range g.Seed() {
						lines = append(lines, e2e.Render(r))
					}
					for _, r := range g.State() {
						lines = append(lines, e2e.Render(r))
					}
					for range n {
						lines = append(lines, e2e.Render(g.Read()))
						for _, w := range g.WriteLines() {
							lines = append(lines, e2e.Render(w))
						}
					}
					bad := 0
					for _, l := range lines {
						if err := validateLine(g.QuerySchema(), l); err != nil {
							bad++
							if bad <= 5 {
								t.Errorf("seed %d: invalid request: %v\n%s", seed, err, l)
							}
						}
					}
				}
			})
		}
	}
}

// corpusSchema is the schema of a corpus suite for a provider.
func corpusSchema(t *testing.T, suite, provider string) string {
	t.Helper()
	s, err := e2e.LoadSuite(filepath.Join(e2e.CorpusDir(), suite))
	if err != nil {
		t.Fatal(err)
	}
	src, err := s.Schema(provider)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func newGen(t *testing.T, src string, seed uint64) *Gen {
	t.Helper()
	g, err := NewGen([]byte(src), seed, 4)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestValidateLineRejects: the validity check above can fail. Requests
// Prisma rejects (an unknown field, a missing required argument, a value of
// the wrong type, an unknown model) are rejected by validateLine.
func TestValidateLineRejects(t *testing.T) {
	g := newGen(t, corpusSchema(t, "writes-nested", "sqlite"), 1)
	q := g.QuerySchema()
	ok := `{"modelName":"Author","action":"findMany","query":{"arguments":{"where":{"id":1}},"selection":{"$scalars":true}}}`
	if err := validateLine(q, ok); err != nil {
		t.Fatalf("valid request rejected: %v", err)
	}
	for _, bad := range []string{
		`{"modelName":"Author","action":"findMany","query":{"arguments":{"where":{"nope":1}},"selection":{"$scalars":true}}}`,
		`{"modelName":"Author","action":"findMany","query":{"arguments":{"where":{"id":"x"}},"selection":{"$scalars":true}}}`,
		`{"modelName":"Author","action":"findUnique","query":{"arguments":{},"selection":{"$scalars":true}}}`,
		`{"modelName":"Author","action":"createOne","query":{"arguments":{"data":{}},"selection":{"$scalars":true}}}`,
		`{"modelName":"Nope","action":"findMany","query":{"arguments":{},"selection":{"$scalars":true}}}`,
		`{"batch":[]}`,
		`{"batch":[` + ok + `,{"modelName":"Author","action":"findMany","query":{"arguments":{"take":"1"},"selection":{"$scalars":true}}}]}`,
	} {
		if err := validateLine(q, bad); err == nil {
			t.Errorf("invalid request accepted:\n%s", bad)
		}
	}
}

// TestDeterministic: a seed gives the same requests, another seed others.
func TestDeterministic(t *testing.T) {
	src := corpusSchema(t, "writes-nested", "sqlite")
	gen := func(seed uint64) []string {
		w := newWorkload(newGen(t, src, seed), 30, 30)
		if len(w.seed) == 0 || len(w.reads) != 30 || len(w.writes) < 30 || len(w.state) == 0 {
			t.Fatalf("workload: %d seed lines, %d reads, %d writes, %d state requests", len(w.seed), len(w.reads), len(w.writes), len(w.state))
		}
		return w.all()
	}
	a, b := gen(7), gen(7)
	if !slices.Equal(a, b) {
		for i := range a {
			if i >= len(b) || a[i] != b[i] {
				t.Fatalf("seed 7, line %d differs:\n%s\n%v", i, a[i], b[min(i, len(b)-1)])
			}
		}
		t.Fatalf("seed 7: %d lines, then %d", len(a), len(b))
	}
	if c := gen(8); slices.Equal(a, c) {
		t.Error("seeds 7 and 8 give the same requests")
	}
}

// TestStreams: the number of reads does not change the seed or the writes.
func TestStreams(t *testing.T) {
	src := corpusSchema(t, "writes-nested", "sqlite")
	w1 := newWorkload(newGen(t, src, 3), 5, 40)
	w2 := newWorkload(newGen(t, src, 3), 50, 40)
	if !slices.Equal(w1.seed, w2.seed) || !slices.Equal(w1.writes, w2.writes) || !slices.Equal(w1.state, w2.state) {
		t.Error("-reads changed the seed, the state requests or the writes")
	}
	if slices.Equal(w1.reads, w2.reads[:5]) == false {
		t.Error("the first reads depend on the number of reads")
	}
}

// TestOrderingsAreTotal: every list read (root findMany/findFirst and the
// to-many relations selected in any request) orders by the identifier of its
// model, so answers do not depend on the database's order.
func TestOrderingsAreTotal(t *testing.T) {
	for _, suite := range []string{"writes-nested", "compound-keys", "kit-filters-relations", "writes-rel-many-to-many"} {
		src := corpusSchema(t, suite, "sqlite")
		g := newGen(t, src, 5)
		w := newWorkload(g, 300, 150)
		checked := 0
		var checkSel func(m *schema.Model, sel e2e.Obj, where string)
		checkArgs := func(m *schema.Model, args e2e.Obj, where string) {
			checked++
			ob, _ := args.Get("orderBy")
			list, _ := ob.([]any)
			for _, idf := range m.IDFields() {
				found := false
				for _, o := range list {
					if oo, ok := o.(e2e.Obj); ok && has(oo, idf.Name) {
						if _, plain := oo[0].V.(string); plain {
							found = true
						}
					}
				}
				if !found {
					t.Errorf("%s: %s: the ordering of %s misses %s: %s", suite, where, m.Name, idf.Name, e2e.Render(args))
				}
			}
		}
		checkSel = func(m *schema.Model, sel e2e.Obj, where string) {
			for _, mb := range sel {
				f := m.Field(mb.K)
				if f == nil || f.Kind != schema.RelationField {
					continue
				}
				o, ok := mb.V.(e2e.Obj)
				if !ok {
					continue
				}
				args, _ := o.Get("arguments")
				inner, _ := o.Get("selection")
				rm := f.Relation.RelatedModel
				if f.List {
					a, _ := args.(e2e.Obj)
					checkArgs(rm, a, where+"."+mb.K)
				}
				is, _ := inner.(e2e.Obj)
				checkSel(rm, is, where+"."+mb.K)
			}
		}
		var checkQuery func(v any)
		checkQuery = func(v any) {
			o := v.(e2e.Obj)
			if items, ok := o.Get("batch"); ok {
				for _, it := range items.([]any) {
					checkQuery(it)
				}
				return
			}
			mn, ok := o.Get("modelName")
			if !ok {
				return
			}
			m := g.Schema().Model(mn.(string))
			action, _ := o.Get("action")
			qv, _ := o.Get("query")
			args, _ := qv.(e2e.Obj).Get("arguments")
			sel, _ := qv.(e2e.Obj).Get("selection")
			switch action {
			case "findMany", "findFirst", "findFirstOrThrow":
				checkArgs(m, args.(e2e.Obj), action.(string))
			}
			checkSel(m, sel.(e2e.Obj), action.(string))
		}
		for _, l := range append(w.reads, w.writes...) {
			v, err := e2e.ParseJSON([]byte(l))
			if err != nil {
				t.Fatal(err)
			}
			checkQuery(v)
		}
		if checked < 100 {
			t.Errorf("%s: only %d list reads checked", suite, checked)
		}
	}
}

// TestDdmin: delta debugging finds the smallest subset that keeps the
// property, within its budget.
func TestDdmin(t *testing.T) {
	items := make([]int, 40)
	for i := range items {
		items[i] = i
	}
	needs := func(want ...int) func([]int) bool {
		return func(sub []int) bool {
			for _, w := range want {
				if !slices.Contains(sub, w) {
					return false
				}
			}
			return true
		}
	}
	budget := 1000
	if got := ddmin(items, needs(3, 17, 39), &budget); !slices.Equal(got, []int{3, 17, 39}) {
		t.Errorf("ddmin = %v, want [3 17 39]", got)
	}
	budget = 1000
	if got := ddmin(items, needs(), &budget); len(got) != 0 {
		t.Errorf("ddmin = %v, want []", got)
	}
	budget = 3
	if got := ddmin(items, needs(5), &budget); !slices.Contains(got, 5) || budget < 0 {
		t.Errorf("ddmin with a budget of 3 = %v (budget left %d): lost the needed item or overspent", got, budget)
	}
}

// TestShrinkValue: minimising a request removes what the property does not
// need, keeps the request valid and keeps the identifier ordering.
func TestShrinkValue(t *testing.T) {
	g := newGen(t, corpusSchema(t, "writes-nested", "sqlite"), 1)
	line := `{"modelName":"Author","action":"findMany","query":{"arguments":{"where":{"AND":[{"id":{"gt":1}},{"name":{"contains":"a"}}],"mentorId":3},` +
		`"orderBy":[{"mentorId":"desc"},{"id":"asc"}],"take":2,"skip":1},"selection":{"id":true,"mentorId":true,"books":{"arguments":{"orderBy":[{"id":"asc"}],"take":1},"selection":{"$scalars":true}}}}}`
	if err := validateLine(g.QuerySchema(), line); err != nil {
		t.Fatal(err)
	}
	tries := 0
	got := shrinkValue(g, line, func(l string) bool {
		tries++
		if err := validateLine(g.QuerySchema(), l); err != nil {
			t.Errorf("invalid candidate %s: %v", l, err)
		}
		return strings.Contains(l, `"contains":"a"`) && strings.Contains(l, `"take":2`)
	})
	want := `{"modelName":"Author","action":"findMany","query":{"arguments":{"where":{"AND":[{"name":{"contains":"a"}}]},"orderBy":[{"id":"asc"}],"take":2},"selection":{"id":true}}}`
	// (the identifier ordering stays, the other goes; of the selection the
	// smallest member stays.)
	if got != want {
		t.Errorf("shrinkValue (%d tries):\n got %s\nwant %s", tries, got, want)
	}
}

// TestSignature: the signature tells which side fails with which code and
// whether the state differs, so that minimisation keeps the same mismatch.
func TestSignature(t *testing.T) {
	data := []byte(`{"data":{"findMany":[]}}`)
	p2019 := []byte(`{"errors":[{"error":"x","user_facing_error":{"is_panic":false,"message":"x","meta":{},"error_code":"P2019"}}]}`)
	noCode := []byte(`{"errors":[{"error":"x"}]}`)
	for _, c := range []struct {
		o    outcome
		want string
	}{
		{outcome{want: p2019, got: data, diff: "d"}, "errorP2019/data"},
		{outcome{want: data, got: noCode, diff: "d"}, "data/error"},
		{outcome{want: data, got: data, diff: "d", stateDiff: "s"}, "data/data+state"},
		{outcome{want: data, got: data, stateDiff: "s"}, "+state"},
		{outcome{want: []byte(`{"batchResult":[]}`), got: p2019, diff: "d"}, "batch/errorP2019"},
		{outcome{want: data, got: data}, ""},
	} {
		if got := c.o.signature(); got != c.want {
			t.Errorf("signature of %s / %s = %q, want %q", c.o.want, c.o.got, got, c.want)
		}
	}
}

// TestWrites: state is read after the lines the harness reads it after.
func TestWrites(t *testing.T) {
	for line, want := range map[string]bool{
		`{"modelName":"User","action":"findMany","query":{"arguments":{},"selection":{"$scalars":true}}}`:                false,
		`{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":1}},"selection":{"id":true}}}`:      true,
		`{"modelName":"User","action":"updateManyAndReturn","query":{"arguments":{"data":{}},"selection":{"id":true}}}`:  true,
		`{"modelName":"User","action":"findMany","query":{"arguments":{"where":{"action":"createOne"}},"selection":{}}}`: false,
		`{"action":"executeRaw","query":{"arguments":{"query":"DELETE FROM x","parameters":"[]"},"selection":{}}}`:       true,
		`{"action":"queryRaw","query":{"arguments":{"query":"SELECT 1","parameters":"[]"},"selection":{}}}`:              false,
		`{"batch":[]}`:              true,
		`{"$transaction":"commit"}`: true,
	} {
		if got := writes(line); got != want {
			t.Errorf("writes(%s) = %v, want %v", line, got, want)
		}
	}
}

// TestEmit: an emitted suite loads as the harness loads it, with the
// requests in order, the state requests and volatile keys of the schema.
func TestEmit(t *testing.T) {
	src := corpusSchema(t, "writes-nested", "sqlite")
	g := newGen(t, src, 2)
	w := newWorkload(g, 10, 10)
	read := &mismatch{phase: "read", index: 4, line: w.reads[4], setup: w.seed,
		out: outcome{want: []byte(`{"data":{}}`), got: []byte(`{"data":{}}`), diff: "d"}}
	write := &mismatch{phase: "write", index: 6, line: w.writes[6], setup: append(append([]string{}, w.seed...), w.writes[:6]...),
		out: outcome{want: []byte(`{"data":{}}`), got: []byte(`{"data":{}}`), stateDiff: "s"}}
	res := &result{mismatches: []*mismatch{read, write}}

	load := func(c *config) *e2e.Suite {
		t.Helper()
		if err := emit(c, g, src, "testdata/e2e/writes-nested", w, res); err != nil {
			t.Fatal(err)
		}
		s, err := e2e.LoadSuite(c.emit)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(s.Meta.Providers, []string{c.provider}) || len(s.Meta.State) != len(w.state) {
			t.Errorf("suite.json: providers %v, %d state requests (want %d)", s.Meta.Providers, len(s.Meta.State), len(w.state))
		}
		if _, err := s.Schema(c.provider); err != nil {
			t.Error(err)
		}
		return s
	}
	lines := func(s *e2e.Suite) []string {
		var out []string
		for _, r := range s.Requests {
			out = append(out, string(r.Raw))
		}
		return out
	}

	// Every mismatch: the seed, the reads, the writes up to the first
	// differing one.
	s := load(&config{emit: t.TempDir(), provider: "sqlite", seed: 2})
	want := append(append(append([]string{}, w.seed...), read.line), w.writes[:7]...)
	if got := lines(s); !slices.Equal(got, want) {
		t.Errorf("requests: %d lines, want %d", len(got), len(want))
	}
	if s.Meta.Issue != 3 {
		t.Errorf("issue %d, want 3 (a write differs)", s.Meta.Issue)
	}
	if last := s.Requests[len(s.Requests)-1]; !strings.Contains(last.Comment, "write 6") {
		t.Errorf("the comment of the write says %q", last.Comment)
	}

	// One picked mismatch: its setup and the request.
	s = load(&config{emit: t.TempDir(), provider: "sqlite", seed: 2, single: true, pick: 0})
	if got := lines(s); !slices.Equal(got, append(append([]string{}, w.seed...), read.line)) {
		t.Errorf("picked: %d lines, want %d", len(got), len(w.seed)+1)
	}

	// A schema only PostgreSQL has is written as schema.postgresql.prisma.
	pg := corpusSchema(t, "kit-postgresql", "postgresql")
	gp := newGen(t, pg, 1)
	wp := newWorkload(gp, 3, 0)
	dir := t.TempDir()
	c := &config{emit: dir, provider: "postgresql", seed: 1, single: true}
	resp := &result{mismatches: []*mismatch{{phase: "read", line: wp.reads[0], setup: wp.seed[:1], out: outcome{diff: "d"}}}}
	if err := emit(c, gp, pg, "x", wp, resp); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "schema.postgresql.prisma")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "schema.prisma")); err == nil {
		t.Error("schema.prisma written for a PostgreSQL-only schema")
	}
	if _, err := e2e.LoadSuite(dir); err != nil {
		t.Error(err)
	}
}
