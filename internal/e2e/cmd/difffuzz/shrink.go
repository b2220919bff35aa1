package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
)

// Minimisation keeps the mismatch's signature (which side fails, with which
// codes, whether the state differs) while it drops earlier writes and seed
// lines (each try on fresh databases) and members and elements of the
// request itself (a read on one seeded pair, a write on fresh databases).

// shrink minimises m in place.
func (e *env) shrink(g *Gen, w *workload, m *mismatch, runs int) {
	sig := m.out.signature()
	budget := runs
	test := func(setup []string, line string) (outcome, bool) {
		if budget <= 0 {
			return outcome{}, false
		}
		budget--
		o, err := e.replay(append(append([]string{}, setup...), line), w.state)
		if err != nil {
			fmt.Fprintln(os.Stderr, "difffuzz: shrink:", err)
			return o, false
		}
		return o, o.signature() == sig
	}
	fmt.Fprintf(os.Stderr, "difffuzz: minimising the %s mismatch %d (%s)\n", m.phase, m.index, sig)
	shrinkSetup := func() {
		idx := make([]int, len(m.setup))
		for i := range idx {
			idx[i] = i
		}
		keep := ddmin(idx, func(sub []int) bool {
			o, ok := test(pickLines(m.setup, sub), m.line)
			if ok {
				m.out = o
			}
			return ok
		}, &budget)
		m.setup = pickLines(m.setup, keep)
	}
	if m.phase == "read" {
		// The request on one seeded pair, then the seed.
		e.shrinkReadLive(g, m, sig)
		shrinkSetup()
	} else {
		// The earlier lines, then the request (each try on fresh databases).
		shrinkSetup()
		m.line = shrinkValue(g, m.line, func(line string) bool {
			o, ok := test(m.setup, line)
			if ok {
				m.out = o
			}
			return ok
		})
	}
	m.shrunk = true
	fmt.Fprintf(os.Stderr, "difffuzz: minimised to %d setup lines (%d runs left)\n", len(m.setup), budget)
}

func pickLines(lines []string, idx []int) []string {
	out := make([]string, 0, len(idx))
	for _, i := range idx {
		out = append(out, lines[i])
	}
	return out
}

// shrinkReadLive shrinks a read on one seeded pair: reads do not change the
// databases, so every candidate runs on the same ones.
func (e *env) shrinkReadLive(g *Gen, m *mismatch, sig string) {
	p, err := e.newPair()
	if err != nil {
		fmt.Fprintln(os.Stderr, "difffuzz: shrink:", err)
		return
	}
	defer p.close()
	for _, l := range m.setup {
		if _, _, err := p.do(l); err != nil {
			fmt.Fprintln(os.Stderr, "difffuzz: shrink:", err)
			return
		}
	}
	tries := 400
	m.line = shrinkValue(g, m.line, func(line string) bool {
		if tries <= 0 {
			return false
		}
		tries--
		o, err := p.exchange(line, nil)
		if err != nil || o.signature() != sig {
			return false
		}
		m.out = o
		return true
	})
}

// ddmin is Zeller's delta debugging: the smallest subset of items (in
// order) for which test holds, as far as the budget allows. test(items)
// is assumed to hold.
func ddmin(items []int, test func([]int) bool, budget *int) []int {
	if *budget > 0 && test(nil) {
		return nil
	}
	n := 2
	for len(items) >= 2 && *budget > 0 {
		chunk := (len(items) + n - 1) / n
		reduced := false
		for start := 0; start < len(items) && *budget > 0; start += chunk {
			end := min(start+chunk, len(items))
			comp := append(append([]int{}, items[:start]...), items[end:]...)
			if test(comp) {
				items = comp
				n = max(n-1, 2)
				reduced = true
				break
			}
		}
		if !reduced {
			if n >= len(items) {
				break
			}
			n = min(len(items), 2*n)
		}
	}
	if len(items) == 1 && *budget > 0 && test(nil) {
		return nil
	}
	return items
}

// shrinkValue removes object members and array elements of a request line
// (outermost first) while the request stays valid and keep(line) holds.
func shrinkValue(g *Gen, line string, keep func(string) bool) string {
	ids := map[string]bool{}
	for _, m := range g.Schema().Models {
		for _, f := range m.IDFields() {
			ids[f.Name] = true
		}
	}
	identifier := func(name string) bool { return ids[name] }
	q := g.QuerySchema()
	for {
		v, err := e2e.ParseJSON([]byte(line))
		if err != nil {
			return line
		}
		improved := false
		for _, cand := range reductions(v, 0, identifier) {
			cl := e2e.Render(cand)
			if len(cl) >= len(line) || validateLine(q, cl) != nil {
				continue
			}
			if keep(cl) {
				line = cl
				improved = true
				break
			}
		}
		if !improved {
			return line
		}
	}
}

// reductions lists the values one removal smaller than v, removals of
// bigger parts first (outer levels before inner ones, and on one level the
// biggest member first). The ordering that makes answers deterministic
// stays: orderBy is never removed, nor an ordering by an identifier field
// (of any model: the generator appends the model's identifier), nor any of
// groupBy's orderings (its by-fields).
func reductions(v any, depth int, identifier func(string) bool) []any {
	keep := identifier
	if o, ok := v.(e2e.Obj); ok {
		if a, _ := o.Get("action"); a == "groupBy" {
			keep = func(string) bool { return true }
		}
	}
	return reduce(v, depth, false, keep)
}

func reduce(v any, depth int, orderList bool, keepOrder func(string) bool) []any {
	var out []any
	switch t := v.(type) {
	case e2e.Obj:
		var removable []int
		for i, m := range t {
			switch m.K {
			case "modelName", "action", "query", "arguments", "selection":
				if depth <= 2 {
					continue
				}
			case "$type", "value", "orderBy":
				continue
			}
			removable = append(removable, i)
		}
		size := func(i int) int { return len(t[i].K) + len(e2e.Render(t[i].V)) }
		slices.SortStableFunc(removable, func(a, b int) int { return size(b) - size(a) })
		for _, i := range removable {
			out = append(out, append(append(e2e.Obj{}, t[:i]...), t[i+1:]...))
		}
		for i, m := range t {
			for _, r := range reduce(m.V, depth+1, m.K == "orderBy", keepOrder) {
				c := append(e2e.Obj{}, t...)
				c[i] = e2e.Member{K: m.K, V: r}
				out = append(out, c)
			}
		}
	case []any:
		for i, x := range t {
			if orderList {
				if k, ok := plainOrdering(x); ok && keepOrder(k) {
					continue
				}
			}
			out = append(out, append(append([]any{}, t[:i]...), t[i+1:]...))
		}
		if orderList {
			break
		}
		for i, x := range t {
			for _, r := range reduce(x, depth+1, false, keepOrder) {
				c := append([]any{}, t...)
				c[i] = r
				out = append(out, c)
			}
		}
	}
	return out
}

// plainOrdering reports {field: "asc"} or {field: {sort, nulls}}, and the
// field.
func plainOrdering(v any) (string, bool) {
	o, ok := v.(e2e.Obj)
	if !ok || len(o) != 1 {
		return "", false
	}
	switch x := o[0].V.(type) {
	case string:
		return o[0].K, true
	case e2e.Obj:
		return o[0].K, has(x, "sort")
	}
	return "", false
}

// validateLine checks a request line (or each request of a batch) with
// noengine's validation.
func validateLine(q *queryschema.QuerySchema, line string) error {
	l, err := protocol.DecodeLine([]byte(line))
	if err != nil {
		return err
	}
	if l.Control != nil {
		return nil
	}
	var reqs []protocol.Request
	switch {
	case l.Request != nil:
		reqs = append(reqs, *l.Request)
	case l.Batch != nil:
		reqs = l.Batch.Requests
		if len(reqs) == 0 {
			return fmt.Errorf("empty batch")
		}
	}
	for i := range reqs {
		if reqs[i].Action == "queryRaw" || reqs[i].Action == "executeRaw" {
			continue
		}
		if e := queryschema.Validate(q, &reqs[i]); e != nil {
			return fmt.Errorf("%s: %s", e.Code, e.Message)
		}
	}
	return nil
}

// shrinkAll minimises the picked mismatch.
func (e *env) shrinkAll(g *Gen, w *workload, res *result, pickIdx, runs int) {
	if pickIdx >= len(res.mismatches) {
		return
	}
	m := res.mismatches[pickIdx]
	e.shrink(g, w, m, runs)
	fmt.Println("---- MINIMISED ----")
	for _, l := range m.setup {
		fmt.Println("setup:", l)
	}
	fmt.Println(m.report())
}
