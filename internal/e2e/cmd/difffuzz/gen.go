package main

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// Gen generates random JSON-protocol requests for one schema: a seed script,
// reads and writes. Everything it draws comes from its own random source, so a
// seed gives the same requests every time (for one schema and provider).
//
// The generator walks Prisma's query schema (package queryschema): the
// arguments of each root field and the input object types they reference,
// so every argument and nested write the schema offers can come up. Values
// come from the small domains of values.go. The few rules the types do not
// say (groupBy's by/orderBy/having, a total order for deterministic answers,
// ids given explicitly where a database would generate them) are applied
// here.
type Gen struct {
	s    *schema.Schema
	q    *queryschema.QuerySchema
	prov schema.Provider
	r    *rand.Rand
	seed uint64
	// rows is the number of records the seed creates per model.
	rows int
	keys map[*schema.Field]bool
	// models are the models that can be read, writable those that can be
	// created.
	models, writable []*schema.Model
	// seeded holds the values of every seed record, per model.
	seeded map[*schema.Model][]map[string]any
}

// NewGen parses a schema (written for provider) and returns a generator.
func NewGen(src []byte, seed uint64, rows int) (*Gen, error) {
	s, err := schema.Parse("schema.prisma", src)
	if err != nil {
		return nil, err
	}
	g := &Gen{
		s:      s,
		q:      queryschema.Build(s),
		prov:   s.Provider(),
		seed:   seed,
		rows:   rows,
		seeded: map[*schema.Model][]map[string]any{},
	}
	g.Phase(0)
	g.computeKeys()
	for _, m := range s.Models {
		if m.Ignored || g.q.Root(m.Name, "findMany") == nil || len(m.IDFields()) == 0 {
			continue
		}
		g.models = append(g.models, m)
		if !m.View && g.q.Root(m.Name, "createOne") != nil {
			g.writable = append(g.writable, m)
		}
	}
	if len(g.models) == 0 {
		return nil, fmt.Errorf("the schema has no model that can be read")
	}
	return g, nil
}

// Phase restarts the random source on stream n of the seed: the seed
// script, the reads and the writes each draw from their own stream, so the
// number of reads does not change the writes.
func (g *Gen) Phase(n uint64) {
	g.r = rand.New(rand.NewPCG(g.seed, n*0x9e3779b97f4a7c15+1))
}

// Schema returns the parsed schema.
func (g *Gen) Schema() *schema.Schema { return g.s }

// QuerySchema returns the query schema requests are generated from.
func (g *Gen) QuerySchema() *queryschema.QuerySchema { return g.q }

// ---- random helpers ----

func (g *Gen) chance(p float64) bool { return g.r.Float64() < p }

func pick[T any](g *Gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// weighted returns an index drawn with the given weights.
func (g *Gen) weighted(ws ...int) int {
	total := 0
	for _, w := range ws {
		total += w
	}
	n := g.r.IntN(total)
	for i, w := range ws {
		if n < w {
			return i
		}
		n -= w
	}
	return len(ws) - 1
}

// record draws a record number: mostly a seeded one, sometimes one past
// the seed (a miss, or a record a create may have added).
func (g *Gen) record() int { return g.r.IntN(g.rows+4) + 1 }

// ---- requests ----

func query(model, action string, args, sel e2e.Obj) e2e.Obj {
	return e2e.Obj{
		{K: "modelName", V: model},
		{K: "action", V: action},
		{K: "query", V: e2e.Obj{{K: "arguments", V: args}, {K: "selection", V: sel}}},
	}
}

// set sets key in o (appending it when absent).
func set(o e2e.Obj, k string, v any) e2e.Obj {
	for i := range o {
		if o[i].K == k {
			o[i].V = v
			return o
		}
	}
	return append(o, e2e.Member{K: k, V: v})
}

func has(o e2e.Obj, k string) bool {
	_, ok := o.Get(k)
	return ok
}

// Read returns a random read request: a find, an aggregation or a batch of
// finds.
func (g *Gen) Read() e2e.Obj {
	for {
		m := pick(g, g.models)
		actions := []string{"findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "aggregate", "groupBy", "batch"}
		action := actions[g.weighted(40, 8, 3, 10, 3, 10, 12, 4)]
		if action == "batch" {
			return g.readBatch(m)
		}
		root := g.q.Root(m.Name, action)
		if root == nil {
			continue
		}
		switch action {
		case "aggregate":
			return g.aggregate(m, root)
		case "groupBy":
			if q := g.groupBy(m, root); q != nil {
				return q
			}
			continue
		}
		return g.find(m, root, action)
	}
}

// readBatch is a batch of findUnique on one model (Prisma compacts those
// into one query) or of mixed finds, with or without a transaction.
func (g *Gen) readBatch(m *schema.Model) e2e.Obj {
	n := 2 + g.r.IntN(3)
	tx := g.chance(0.3)
	var items []any
	if g.chance(0.6) {
		root := g.q.Root(m.Name, "findUnique")
		sel := g.selection(root.Type.Object, gctx{model: m}, 1)
		for range n {
			items = append(items, query(m.Name, "findUnique", e2e.Obj{{K: "where", V: g.whereUnique(m, gctx{model: m}, false)}}, sel))
		}
	} else {
		for range n {
			mm := pick(g, g.models)
			action := pick(g, []string{"findMany", "findFirst", "findUnique", "aggregate"})
			root := g.q.Root(mm.Name, action)
			if root == nil {
				continue
			}
			if action == "aggregate" {
				items = append(items, g.aggregate(mm, root))
			} else {
				items = append(items, g.find(mm, root, action))
			}
		}
	}
	return batch(items, tx, g.isolation())
}

func batch(items []any, tx bool, iso string) e2e.Obj {
	b := e2e.Obj{{K: "batch", V: items}}
	if tx {
		t := e2e.Obj{}
		if iso != "" {
			t = append(t, e2e.Member{K: "isolationLevel", V: iso})
		}
		b = append(b, e2e.Member{K: "transaction", V: t})
	}
	return b
}

func (g *Gen) isolation() string {
	if !g.chance(0.3) {
		return ""
	}
	if g.prov == schema.SQLite {
		return "Serializable"
	}
	return pick(g, []string{"ReadCommitted", "RepeatableRead", "Serializable"})
}

// find is findMany/findFirst(OrThrow)/findUnique(OrThrow).
func (g *Gen) find(m *schema.Model, root *queryschema.OutputField, action string) e2e.Obj {
	c := gctx{model: m, refs: true}
	var args e2e.Obj
	if action == "findUnique" || action == "findUniqueOrThrow" {
		args = e2e.Obj{{K: "where", V: g.whereUnique(m, c, g.chance(0.3))}}
	} else {
		args = g.listArgs(m, root.Args, c, action == "findFirst" || action == "findFirstOrThrow")
	}
	return query(m.Name, action, args, g.selection(root.Type.Object, gctx{model: m, refs: true}, 0))
}

// listArgs generates where/orderBy/cursor/take/skip/distinct for a list read
// (a root find or a to-many relation selection). The order always ends with
// the model's identifier, so that answers are deterministic.
func (g *Gen) listArgs(m *schema.Model, fields []*queryschema.InputField, c gctx, first bool) e2e.Obj {
	args := e2e.Obj{}
	for _, f := range fields {
		switch f.Name {
		case "where":
			if g.chance(0.75) {
				args = append(args, e2e.Member{K: "where", V: g.object(f.Types[0].Object, c)})
			}
		case "orderBy":
			args = append(args, e2e.Member{K: "orderBy", V: g.orderBy(m, f, c)})
		case "cursor":
			if g.chance(0.12) {
				args = append(args, e2e.Member{K: "cursor", V: g.whereUnique(m, c, false)})
			}
		case "take":
			if first {
				if g.chance(0.3) {
					args = append(args, e2e.Member{K: "take", V: e2e.Num(pick(g, []string{"1", "-1"}))})
				}
			} else if g.chance(0.35) {
				args = append(args, e2e.Member{K: "take", V: e2e.Num(pick(g, []string{"1", "2", "3", "-1", "-2"}))})
			}
		case "skip":
			if g.chance(0.25) {
				args = append(args, e2e.Member{K: "skip", V: e2e.Num(pick(g, []string{"0", "1", "2"}))})
			}
		case "distinct":
			if g.chance(0.12) {
				if d := g.fieldEnumList(f, m, 1+g.r.IntN(2)); len(d) > 0 {
					args = append(args, e2e.Member{K: "distinct", V: d})
				}
			}
		}
	}
	return args
}

// fieldEnumList picks n distinct field names of the <Model>ScalarFieldEnum of
// f (no Json or list fields: they have no equality everywhere).
func (g *Gen) fieldEnumList(f *queryschema.InputField, m *schema.Model, n int) []any {
	var names []string
	for _, t := range f.Types {
		if t.Kind == queryschema.EnumType && t.Enum.Kind == queryschema.FieldEnum {
			for _, v := range t.Enum.Values {
				if mf := m.Field(v); mf != nil && groupable(mf) {
					names = append(names, v)
				}
			}
			break
		}
	}
	if len(names) == 0 {
		return nil
	}
	g.r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	var out []any
	for _, s := range names[:min(n, len(names))] {
		out = append(out, s)
	}
	return out
}

func groupable(f *schema.Field) bool {
	return f.IsScalar() && f.Kind != schema.UnsupportedField && !f.List && !(f.Kind == schema.ScalarField && f.Scalar == schema.JSON)
}

// orderBy is a list of 0-2 random orderings followed by the identifier.
func (g *Gen) orderBy(m *schema.Model, f *queryschema.InputField, c gctx) []any {
	t := objectType(f.Types)
	var out []any
	used := map[string]bool{}
	for range g.weighted(35, 45, 20) {
		if o := g.orderItem(t, c, false); len(o) > 0 {
			if _, isScalar := o[0].V.(string); isScalar || isSortOrderInput(o[0].V) {
				if used[o[0].K] {
					continue
				}
				used[o[0].K] = true
			}
			out = append(out, o)
		}
	}
	for _, idf := range m.IDFields() {
		if !used[idf.Name] {
			out = append(out, e2e.Obj{{K: idf.Name, V: pick(g, []string{"asc", "desc"})}})
		}
	}
	return out
}

func isSortOrderInput(v any) bool {
	o, ok := v.(e2e.Obj)
	return ok && has(o, "sort")
}

// objectType returns the first input object type (list or not) of types.
func objectType(types []queryschema.TypeRef) *queryschema.InputObjectType {
	for _, t := range types {
		if t.Kind == queryschema.ObjectType {
			return t.Object
		}
	}
	return nil
}

// orderItem is one ordering object: a scalar, a to-one relation's field (up
// to two hops), a to-many relation's _count; with aggregates, an aggregate
// of a field (groupBy).
func (g *Gen) orderItem(t *queryschema.InputObjectType, c gctx, aggregates bool) e2e.Obj {
	if t == nil {
		return nil
	}
	var cands []*queryschema.InputField
	for _, f := range t.Fields {
		switch {
		case f.Name == "_relevance":
		case f.Name[0] == '_':
			if aggregates {
				cands = append(cands, f)
			}
		case f.ModelField != nil && f.ModelField.Kind == schema.RelationField:
			if c.depth < 2 {
				cands = append(cands, f)
			}
		default:
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	f := pick(g, cands)
	if f.Name[0] == '_' {
		inner := objectType(f.Types)
		if inner == nil || len(inner.Fields) == 0 {
			return nil
		}
		af := pick(g, inner.Fields)
		return e2e.Obj{{K: f.Name, V: e2e.Obj{{K: af.Name, V: g.sortOrder()}}}}
	}
	if f.ModelField != nil && f.ModelField.Kind == schema.RelationField {
		inner := objectType(f.Types)
		if inner.Kind == queryschema.OrderByRelationAggregateInput {
			return e2e.Obj{{K: f.Name, V: e2e.Obj{{K: "_count", V: g.sortOrder()}}}}
		}
		sub := g.orderItem(inner, gctx{model: f.ModelField.Relation.RelatedModel, depth: c.depth + 1}, false)
		if len(sub) == 0 {
			return nil
		}
		return e2e.Obj{{K: f.Name, V: sub}}
	}
	if so := objectType(f.Types); so != nil && so.Kind == queryschema.SortOrderInput && g.chance(0.35) {
		v := e2e.Obj{{K: "sort", V: g.sortOrder()}}
		if g.chance(0.8) {
			v = append(v, e2e.Member{K: "nulls", V: pick(g, []string{"first", "last"})})
		}
		return e2e.Obj{{K: f.Name, V: v}}
	}
	return e2e.Obj{{K: f.Name, V: g.sortOrder()}}
}

func (g *Gen) sortOrder() string { return pick(g, []string{"asc", "desc"}) }

// aggregate is an aggregate request with a random subset of _count, _avg,
// _sum, _min and _max.
func (g *Gen) aggregate(m *schema.Model, root *queryschema.OutputField) e2e.Obj {
	c := gctx{model: m, refs: true}
	args := g.listArgs(m, root.Args, c, false)
	if !has(args, "take") && !has(args, "skip") && !has(args, "cursor") && g.chance(0.7) {
		args = args.Without("orderBy")
	}
	sel := g.aggregateSelection(root.Type.Object, nil)
	return query(m.Name, "aggregate", args, sel)
}

// aggregateSelection selects some of the aggregates of an AggregateX or
// XGroupByOutputType object (all fields of each, or a subset).
func (g *Gen) aggregateSelection(t *queryschema.OutputObjectType, base e2e.Obj) e2e.Obj {
	sel := base
	for _, f := range t.Fields {
		if f.Name[0] != '_' || f.Type.Kind != queryschema.ObjectType {
			continue
		}
		if !g.chance(0.55) && !(f.Name == "_count" && len(sel) == len(base)) {
			continue
		}
		inner := e2e.Obj{}
		for _, af := range f.Type.Object.Fields {
			if f.Name != "_count" && af.ModelField != nil && af.ModelField.List {
				// sum(integer[]): Prisma 7.10 passes it to the database
				continue
			}
			if g.prov == schema.SQLite && (f.Name == "_min" || f.Name == "_max") && af.ModelField != nil &&
				af.ModelField.Kind == schema.ScalarField && af.ModelField.Scalar == schema.Bytes {
				// Prisma 7.10 fails on SQLite (the adapter leaves a Buffer to
				// the data mapper): a Prisma bug, see agg2-bytes.
				continue
			}
			if af.Name == "_all" || g.chance(0.5) {
				inner = append(inner, e2e.Member{K: af.Name, V: true})
			}
		}
		if len(inner) == 0 {
			continue
		}
		if len(inner) > 0 {
			sel = append(sel, e2e.Member{K: f.Name, V: e2e.Obj{{K: "selection", V: inner}}})
		}
	}
	return sel
}

// groupBy groups by 1-2 fields, selects them with aggregates, and orders by
// every by-field (after an optional aggregate ordering), so groups come in a
// deterministic order.
func (g *Gen) groupBy(m *schema.Model, root *queryschema.OutputField) e2e.Obj {
	var byArg, orderArg, havingArg, whereArg *queryschema.InputField
	for _, f := range root.Args {
		switch f.Name {
		case "by":
			byArg = f
		case "orderBy":
			orderArg = f
		case "having":
			havingArg = f
		case "where":
			whereArg = f
		}
	}
	if byArg == nil || orderArg == nil {
		return nil
	}
	by := g.fieldEnumList(byArg, m, 1+g.weighted(70, 30))
	if len(by) == 0 {
		return nil
	}
	byNames := make([]string, len(by))
	for i, b := range by {
		byNames[i] = b.(string)
	}
	c := gctx{model: m, refs: true}
	args := e2e.Obj{{K: "by", V: by}}
	if whereArg != nil && g.chance(0.5) {
		args = append(args, e2e.Member{K: "where", V: g.object(objectType(whereArg.Types), c)})
	}
	var order []any
	ot := objectType(orderArg.Types)
	if g.chance(0.35) {
		if o := g.aggregateOrder(ot); o != nil {
			order = append(order, o)
		}
	}
	for _, b := range byNames {
		f := m.Field(b)
		if !f.Required() && g.chance(0.3) {
			order = append(order, e2e.Obj{{K: b, V: e2e.Obj{{K: "sort", V: g.sortOrder()}, {K: "nulls", V: pick(g, []string{"first", "last"})}}}})
		} else {
			order = append(order, e2e.Obj{{K: b, V: g.sortOrder()}})
		}
	}
	args = append(args, e2e.Member{K: "orderBy", V: order})
	if havingArg != nil && g.chance(0.35) {
		// never empty: Prisma 7.10 panics on `having: {}` (group_by.rs:136)
		hc := gctx{model: m, having: byNames}
		if h := g.whereExcept(objectType(havingArg.Types), hc, 1+g.weighted(70, 30), nil); len(h) > 0 {
			args = append(args, e2e.Member{K: "having", V: h})
		}
	}
	if g.chance(0.25) {
		args = append(args, e2e.Member{K: "take", V: e2e.Num(pick(g, []string{"1", "2", "3", "-1"}))})
	}
	if g.chance(0.2) {
		args = append(args, e2e.Member{K: "skip", V: e2e.Num(pick(g, []string{"0", "1", "2"}))})
	}
	sel := e2e.Obj{}
	for _, b := range byNames {
		sel = append(sel, e2e.Member{K: b, V: true})
	}
	sel = g.aggregateSelection(root.Type.Object, sel)
	return query(m.Name, "groupBy", args, sel)
}

// aggregateOrder is {_agg: {field: sort}} from an OrderByWithAggregationInput.
func (g *Gen) aggregateOrder(t *queryschema.InputObjectType) e2e.Obj {
	var aggs []*queryschema.InputField
	for _, f := range t.Fields {
		if f.Name[0] == '_' && f.Name != "_relevance" {
			aggs = append(aggs, f)
		}
	}
	if len(aggs) == 0 {
		return nil
	}
	f := pick(g, aggs)
	inner := objectType(f.Types)
	if inner == nil {
		return nil
	}
	// Not scalar lists except under _count: Prisma 7.10 passes their
	// _sum/_avg/_min/_max to the database (an error there).
	var fields []*queryschema.InputField
	for _, x := range inner.Fields {
		if f.Name == "_count" || x.ModelField == nil || !x.ModelField.List {
			fields = append(fields, x)
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return e2e.Obj{{K: f.Name, V: e2e.Obj{{K: pick(g, fields).Name, V: g.sortOrder()}}}}
}

// selection selects from a model output type: $scalars or some scalars,
// relations (to-many ones with their own arguments) up to two levels deep,
// and _count of to-many relations, with filters.
func (g *Gen) selection(t *queryschema.OutputObjectType, c gctx, depth int) e2e.Obj {
	sel := e2e.Obj{}
	var scalars, rels []*queryschema.OutputField
	var count *queryschema.OutputField
	for _, f := range t.Fields {
		switch {
		case f.Name == "_count":
			count = f
		case f.ModelField != nil && f.ModelField.Kind == schema.RelationField:
			rels = append(rels, f)
		case f.Type.Kind != queryschema.ObjectType:
			scalars = append(scalars, f)
		}
	}
	if len(scalars) == 0 || g.chance(0.5) {
		sel = append(sel, e2e.Member{K: "$scalars", V: true})
	} else {
		idx := g.r.Perm(len(scalars))[:1+g.r.IntN(min(3, len(scalars)))]
		slices.Sort(idx)
		for _, i := range idx {
			sel = append(sel, e2e.Member{K: scalars[i].Name, V: true})
		}
	}
	p := []float64{0.3, 0.15, 0}[min(depth, 2)]
	for _, f := range rels {
		if !g.chance(p) {
			continue
		}
		rm := f.ModelField.Relation.RelatedModel
		rc := gctx{model: rm, refs: c.refs, depth: c.depth + 1}
		if f.Type.List {
			sel = append(sel, e2e.Member{K: f.Name, V: e2e.Obj{
				{K: "arguments", V: g.listArgs(rm, f.Args, rc, false)},
				{K: "selection", V: g.selection(f.Type.Object, rc, depth+1)},
			}})
		} else if g.chance(0.15) {
			sel = append(sel, e2e.Member{K: f.Name, V: true})
		} else {
			sel = append(sel, e2e.Member{K: f.Name, V: e2e.Obj{
				{K: "arguments", V: e2e.Obj{}},
				{K: "selection", V: g.selection(f.Type.Object, rc, depth+1)},
			}})
		}
	}
	if count != nil && count.Type.Kind == queryschema.ObjectType && g.chance([]float64{0.25, 0.1, 0.05}[min(depth, 2)]) {
		inner := e2e.Obj{}
		for _, cf := range count.Type.Object.Fields {
			if !g.chance(0.6) {
				continue
			}
			var where *queryschema.InputField
			for _, a := range cf.Args {
				if a.Name == "where" {
					where = a
				}
			}
			if where != nil && g.chance(0.5) && cf.ModelField != nil {
				rm := cf.ModelField.Relation.RelatedModel
				inner = append(inner, e2e.Member{K: cf.Name, V: e2e.Obj{{K: "arguments", V: e2e.Obj{
					{K: "where", V: g.object(objectType(where.Types), gctx{model: rm, refs: c.refs, depth: c.depth + 1})},
				}}}})
			} else {
				inner = append(inner, e2e.Member{K: cf.Name, V: true})
			}
		}
		if len(inner) > 0 {
			sel = append(sel, e2e.Member{K: "_count", V: e2e.Obj{{K: "selection", V: inner}}})
		}
	}
	return sel
}
