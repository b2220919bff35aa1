package main

import (
	"slices"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// gctx is where an input value is generated.
type gctx struct {
	// model is the model of the object being generated; field the model
	// field whose values are drawn (inside a scalar filter or an update
	// operation).
	model *schema.Model
	field *schema.Field
	// rel is the relation field a nested write is generated for.
	rel *schema.Field
	// depth counts relation hops and logical nesting of filters; write
	// counts nested writes.
	depth, write int
	// refs allows field references (filters of find requests).
	refs bool
	// having lists groupBy's by-fields inside its having filter: plain
	// filters only on them, aggregate filters on any field.
	having []string
	// agg is set inside an aggregate filter (_count, _avg, ...).
	agg bool
	// noRelations leaves relation filters out.
	noRelations bool
	// filter is set inside a filter object (for nested not filters), op
	// is the filter operation being generated.
	filter int
	op     string
}

// Filter operations left out: JSON path filters, full-text search and
// scalar-list filters are being implemented elsewhere.
var skippedFilterOps = map[string]bool{
	"path": true, "string_contains": true, "string_starts_with": true, "string_ends_with": true,
	"array_contains": true, "array_starts_with": true, "array_ends_with": true, "search": true,
}

var aggregateKeys = map[string]bool{"_count": true, "_avg": true, "_sum": true, "_min": true, "_max": true}

// object generates a value of an input object type.
func (g *Gen) object(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	switch t.Kind {
	case queryschema.WhereInput, queryschema.ScalarWhereInput, queryschema.ScalarWhereAggInput:
		return g.where(t, c)
	case queryschema.WhereUniqueInput:
		return g.whereUnique(t.Model, c, g.chance(0.2))
	case queryschema.ScalarFilterInput:
		return g.filter(t, c)
	case queryschema.ToManyRelationFilter:
		f := pick(g, t.Fields)
		return e2e.Obj{{K: f.Name, V: g.object(objectType(f.Types), c)}}
	case queryschema.ToOneRelationFilter:
		f := pick(g, t.Fields)
		if t.Nullable && g.chance(0.2) {
			return e2e.Obj{{K: f.Name, V: nil}}
		}
		return e2e.Obj{{K: f.Name, V: g.object(objectType(f.Types), c)}}
	case queryschema.CreateInput, queryschema.UncheckedCreateInput, queryschema.CreateManyInput:
		return g.create(t, c)
	case queryschema.UpdateInput, queryschema.UncheckedUpdateInput, queryschema.UpdateManyInput, queryschema.UncheckedUpdateManyInput:
		return g.update(t, c)
	case queryschema.NestedCreateInput, queryschema.NestedUpdateInput:
		return g.nestedWrite(t, c)
	case queryschema.FieldUpdateOperationsInput:
		f := pick(g, t.Fields)
		return e2e.Obj{{K: f.Name, V: g.fieldOf(f, c)}}
	case queryschema.ScalarListUpdateInput:
		f := pick(g, t.Fields)
		return e2e.Obj{{K: f.Name, V: g.fieldOf(f, c)}}
	case queryschema.CreateManyEnvelope:
		o := e2e.Obj{}
		for _, f := range t.Fields {
			if f.Required || g.chance(0.4) {
				o = append(o, e2e.Member{K: f.Name, V: g.fieldOf(f, c)})
			}
		}
		return o
	case queryschema.OrderByInput:
		return g.orderItem(t, c, false)
	}
	// Envelopes (connectOrCreate, upsert, update with where, ...) and
	// anything else: the required fields, some optional ones.
	o := e2e.Obj{}
	for _, f := range t.Fields {
		if f.Name == "where" && !f.Required && upsertConnectsParent(t, c) {
			continue
		}
		if f.Required || g.chance(0.3) {
			o = append(o, e2e.Member{K: f.Name, V: g.fieldOf(f, c)})
		}
	}
	if t.Constraints.Min > 0 && len(o) == 0 && len(t.Fields) > 0 {
		f := pick(g, t.Fields)
		o = append(o, e2e.Member{K: f.Name, V: g.fieldOf(f, c)})
	}
	return o
}

// upsertConnectsParent reports a nested to-one upsert on a relation whose
// foreign key the parent holds: Prisma 7.10 connects a record it creates
// there with an UPDATE of the parent that renders the upsert's where on
// the related table (invalid SQL; testdata/e2e/difffuzz-nested-upsert-where-create),
// so the generator gives no where there.
func upsertConnectsParent(t *queryschema.InputObjectType, c gctx) bool {
	if c.rel == nil || c.rel.List || !c.rel.Relation.Inline {
		return false
	}
	return slices.ContainsFunc(t.Fields, func(f *queryschema.InputField) bool { return f.Name == "create" })
}

// fieldOf generates the value of one input field: it picks one of the
// field's types and generates it. The child context follows the field.
func (g *Gen) fieldOf(f *queryschema.InputField, c gctx) any {
	cc := c
	if f.ModelField != nil {
		cc.field = f.ModelField
		if f.ModelField.Kind == schema.RelationField {
			cc.model = f.ModelField.Relation.RelatedModel
			cc.field = nil
			cc.rel = f.ModelField
		}
	}
	t, ok := g.pickType(f, cc)
	if !ok {
		return nil
	}
	return g.value(t, cc)
}

// pickType chooses among the field's types: an object more often than a
// literal (filters, update operations), null now and then, a field
// reference rarely.
func (g *Gen) pickType(f *queryschema.InputField, c gctx) (queryschema.TypeRef, bool) {
	var objs, lits, refs []queryschema.TypeRef
	hasNull := false
	for _, t := range f.Types {
		switch {
		case t.IsNull():
			hasNull = true
		case t.Kind == queryschema.ObjectType && t.Object.Kind == queryschema.FieldRefInput:
			if g.refOK(c) {
				refs = append(refs, t)
			}
		case t.Kind == queryschema.ObjectType:
			if t.Object.Kind == queryschema.ScalarListFilterInput || t.Object.Kind == queryschema.OrderByRelevanceInput {
				continue
			}
			objs = append(objs, t)
		default:
			lits = append(lits, t)
		}
	}
	switch {
	case hasNull && g.chance(0.12):
		return queryschema.TypeRef{Kind: queryschema.ScalarType, Scalar: queryschema.Null}, true
	case len(refs) > 0 && g.chance(0.12):
		return pick(g, refs), true
	case len(objs) > 0 && (len(lits) == 0 || g.chance(0.6)):
		return pick(g, objs), true
	case len(lits) > 0:
		return pick(g, lits), true
	case hasNull:
		return queryschema.TypeRef{Kind: queryschema.ScalarType, Scalar: queryschema.Null}, true
	}
	return queryschema.TypeRef{}, false
}

// refOK reports whether a field reference can stand for the current field:
// only in find filters, never in aggregate filters or on lists.
func (g *Gen) refOK(c gctx) bool {
	return c.refs && !c.agg && c.having == nil && c.op != "in" && c.op != "notIn" && c.field != nil && !c.field.List && len(g.refTargets(c.field)) > 0
}

// refTargets lists the fields of f's model of the same type.
func (g *Gen) refTargets(f *schema.Field) []*schema.Field {
	var out []*schema.Field
	for _, x := range f.Model.Fields {
		if x.List || x.Kind != f.Kind || x.Kind == schema.RelationField || x.Kind == schema.UnsupportedField {
			continue
		}
		if x.Kind == schema.EnumField && x.Enum != f.Enum || x.Kind == schema.ScalarField && x.Scalar != f.Scalar {
			continue
		}
		out = append(out, x)
	}
	return out
}

// value generates a value of type t.
func (g *Gen) value(t queryschema.TypeRef, c gctx) any {
	if t.List {
		n := g.r.IntN(3)
		if t.Kind == queryschema.ObjectType {
			n = 1 + g.r.IntN(2)
		}
		e := t
		e.List = false
		out := []any{}
		for range n {
			out = append(out, g.value(e, c))
		}
		return out
	}
	switch t.Kind {
	case queryschema.ScalarType:
		if t.Scalar == queryschema.Null {
			return nil
		}
		if t.Scalar == queryschema.Boolean && c.field == nil {
			return g.chance(0.85) // disconnect: true, delete: true, skipDuplicates
		}
		if c.field == nil && t.Scalar == queryschema.Int {
			return e2e.Num(pick(g, []string{"0", "1", "2", "3"})) // _count filters, limits
		}
		return g.fieldValue(c.field, t.Scalar)
	case queryschema.EnumType:
		return g.enum(t.Enum, c)
	case queryschema.ObjectType:
		if t.Object.Kind == queryschema.FieldRefInput {
			rf := pick(g, g.refTargets(c.field))
			return e2e.Obj{{K: "$type", V: "FieldRef"}, {K: "value", V: e2e.Obj{{K: "_ref", V: rf.Name}, {K: "_container", V: rf.Model.Name}}}}
		}
		return g.object(t.Object, c)
	}
	return nil
}

func (g *Gen) enum(e *queryschema.Enum, c gctx) any {
	switch e.Kind {
	case queryschema.ModelEnum:
		return pick(g, e.Values)
	case queryschema.FieldEnum:
		return pick(g, e.Values)
	}
	switch e.Name {
	case "JsonNullValueFilter", "JsonNullValueInput", "NullableJsonNullValueInput":
		return e2e.Obj{{K: "$type", V: "Enum"}, {K: "value", V: pick(g, e.Values)}}
	}
	return pick(g, e.Values)
}

// where generates a filter of a WhereInput (or scalar where, or having):
// 0-3 conditions among scalar filters, relation filters and AND/OR/NOT.
func (g *Gen) where(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	return g.whereExcept(t, c, g.weighted(12, 50, 30, 8), nil)
}

func (g *Gen) whereExcept(t *queryschema.InputObjectType, c gctx, n int, except []string) e2e.Obj {
	o := e2e.Obj{}
	var logical, rels, scalars []*queryschema.InputField
	for _, f := range t.Fields {
		switch {
		case slices.Contains(except, f.Name):
		case f.Name == "AND" || f.Name == "OR" || f.Name == "NOT":
			logical = append(logical, f)
		case f.ModelField == nil:
		case f.ModelField.Kind == schema.RelationField:
			rels = append(rels, f)
		case f.ModelField.List || f.ModelField.Kind == schema.UnsupportedField:
		default:
			scalars = append(scalars, f)
		}
	}
	for range n {
		var f *queryschema.InputField
		switch g.weighted(15, 25, 60) {
		case 0:
			if c.depth < 2 && len(logical) > 0 {
				f = pick(g, logical)
			}
		case 1:
			if c.depth < 2 && len(rels) > 0 && !c.noRelations {
				f = pick(g, rels)
			}
		}
		if f == nil {
			if len(scalars) == 0 {
				continue
			}
			f = pick(g, scalars)
		}
		if has(o, f.Name) {
			continue
		}
		cc := c
		cc.depth++
		cc.filter = 0
		if c.having != nil && f.ModelField != nil && !slices.Contains(c.having, f.Name) {
			// A field that is not grouped by: aggregate filters only.
			// Prisma 7.10's input types offer them on Json fields but
			// refuse them (P2019 "_count is not a valid scalar filter
			// operation").
			ft := objectType(f.Types)
			if ft == nil || isJSON(f.ModelField) {
				continue
			}
			cc.field = f.ModelField
			o = append(o, e2e.Member{K: f.Name, V: g.aggregateFilter(ft, cc)})
			continue
		}
		if f.ModelField != nil && f.ModelField.Kind != schema.RelationField {
			cc.depth = c.depth // scalar filters do not nest deeper
		}
		o = append(o, e2e.Member{K: f.Name, V: g.fieldOf(f, cc)})
	}
	return o
}

// isJSON reports whether f is a Json field.
func isJSON(f *schema.Field) bool {
	return f != nil && f.Kind == schema.ScalarField && f.Scalar == schema.JSON
}

// aggregateFilter is {_count|_avg|...: filter} of a WithAggregatesFilter.
func (g *Gen) aggregateFilter(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	var aggs []*queryschema.InputField
	for _, f := range t.Fields {
		if aggregateKeys[f.Name] {
			aggs = append(aggs, f)
		}
	}
	if len(aggs) == 0 {
		return e2e.Obj{}
	}
	f := pick(g, aggs)
	cc := c
	cc.agg = true
	if f.Name == "_count" {
		cc.field = nil
	}
	return e2e.Obj{{K: f.Name, V: g.value(pick(g, f.Types), cc)}}
}

// filter generates a scalar filter object: 1-2 operations.
func (g *Gen) filter(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	var ops []*queryschema.InputField
	var mode *queryschema.InputField
	json := c.field != nil && c.field.Kind == schema.ScalarField && c.field.Scalar == schema.JSON
	for _, f := range t.Fields {
		switch {
		case skippedFilterOps[f.Name]:
		case json && f.Name != "equals" && f.Name != "not":
		case f.Name == "mode":
			mode = f
		case aggregateKeys[f.Name]:
			if c.having != nil && !json {
				ops = append(ops, f)
			}
		case f.Name == "not" && c.filter > 0:
			// one level of nested not is enough
		default:
			ops = append(ops, f)
		}
	}
	o := e2e.Obj{}
	if len(ops) == 0 {
		return o
	}
	for range 1 + g.weighted(70, 30) {
		f := pick(g, ops)
		if has(o, f.Name) {
			continue
		}
		cc := c
		cc.filter++
		cc.op = f.Name
		if aggregateKeys[f.Name] {
			cc.agg = true
			if f.Name == "_count" {
				cc.field = nil
			}
		}
		o = append(o, e2e.Member{K: f.Name, V: g.fieldOf(f, cc)})
	}
	if mode != nil && g.chance(0.3) {
		o = append(o, e2e.Member{K: "mode", V: g.fieldOf(mode, c)})
	}
	return o
}

// whereUnique identifies a record by one of the model's unique criteria
// (mostly the values of one seed record), sometimes with extra filters.
func (g *Gen) whereUnique(m *schema.Model, c gctx, extra bool) e2e.Obj {
	crits := g.q.UniqueCriteria(m)
	t := g.q.InputType(m.Name + "WhereUniqueInput")
	o := e2e.Obj{}
	if len(crits) == 0 || t == nil {
		return o
	}
	crit := pick(g, crits)
	i := g.record()
	val := func(f *schema.Field) any {
		if g.chance(0.85) {
			if v, ok := g.seedValue(m, i, f); ok {
				return v
			}
		}
		return g.fieldValue(f, scalarOfField(f))
	}
	if crit.Compound {
		inner := e2e.Obj{}
		for _, f := range crit.Fields {
			inner = append(inner, e2e.Member{K: f.Name, V: val(f)})
		}
		o = append(o, e2e.Member{K: crit.Name, V: inner})
	} else {
		o = append(o, e2e.Member{K: crit.Name, V: val(crit.Fields[0])})
	}
	if extra {
		except := []string{crit.Name}
		for _, cr := range crits {
			except = append(except, cr.Name)
		}
		cc := c
		cc.depth++
		o = append(o, g.whereExcept(t, cc, 1, except)...)
	}
	return o
}

// seedValue is the value record i of the seed has in f (or, past the seed,
// the key value i).
func (g *Gen) seedValue(m *schema.Model, i int, f *schema.Field) (any, bool) {
	recs := g.seeded[m]
	if i <= len(recs) {
		v, ok := recs[i-1][f.Name]
		if ok && v != nil {
			return v, true
		}
		return nil, false
	}
	if g.keyLike(f) {
		return g.keyValue(f, i), true
	}
	return nil, false
}

// scalarOfField is the query schema scalar of a scalar field.
func scalarOfField(f *schema.Field) queryschema.Scalar {
	switch f.Scalar {
	case schema.String:
		return queryschema.String
	case schema.Int:
		return queryschema.Int
	case schema.BigInt:
		return queryschema.BigInt
	case schema.Float:
		return queryschema.Float
	case schema.Decimal:
		return queryschema.Decimal
	case schema.Boolean:
		return queryschema.Boolean
	case schema.DateTime:
		return queryschema.DateTime
	case schema.JSON:
		return queryschema.JSON
	case schema.Bytes:
		return queryschema.Bytes
	}
	return queryschema.NoScalar
}

// ---- writes ----

// mustGive reports a field of a create input that must be given although
// optional: an identifier or unique field the database would generate
// differently in the two runs (uuid(), cuid(), autoincrement() off SQLite).
func (g *Gen) mustGive(f *schema.Field) bool {
	if f == nil || f.Default == nil || !g.keyLike(f) {
		return false
	}
	if f.Default.Kind == schema.DefaultAutoincrement && g.prov == schema.SQLite {
		return g.chance(0.7)
	}
	return isGeneratedDefault(f.Default)
}

// create generates the data of a create: required fields, some optional
// ones, nested writes on relations while the nesting budget lasts.
func (g *Gen) create(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	o := e2e.Obj{}
	for _, f := range t.Fields {
		mf := f.ModelField
		rel := mf != nil && mf.Kind == schema.RelationField
		switch {
		case f.Required || g.mustGive(mf):
		case rel:
			if c.write >= 2 || !g.chance([]float64{0.3, 0.15}[c.write]) {
				continue
			}
		case !g.chance(0.5):
			continue
		}
		if rel {
			cc := c
			cc.write++
			cc.model = mf.Relation.RelatedModel
			cc.field = nil
			t := objectType(f.Types)
			o = append(o, e2e.Member{K: f.Name, V: g.nestedWrite(t, cc)})
			continue
		}
		o = append(o, e2e.Member{K: f.Name, V: g.dataValue(f, c)})
	}
	return o
}

// dataValue is the value of a scalar data field: mostly its plain value,
// sometimes an operation ({increment: 1}) or null.
func (g *Gen) dataValue(f *queryschema.InputField, c gctx) any {
	cc := c
	cc.field = f.ModelField
	cc.refs = false
	var lits, objs []queryschema.TypeRef
	hasNull := false
	for _, t := range f.Types {
		switch {
		case t.IsNull():
			hasNull = true
		case t.Kind == queryschema.ObjectType:
			if (t.Object.Kind == queryschema.ScalarListCreateInput || t.Object.Kind == queryschema.ScalarListUpdateInput) &&
				f.ModelField != nil && f.ModelField.Kind == schema.ScalarField && f.ModelField.Scalar == schema.Bytes {
				// Prisma 7.10 stores the base64 text of Bytes in a set
				// envelope (difffuzz-bytes-list-set): the bare list only.
				continue
			}
			objs = append(objs, t)
		default:
			lits = append(lits, t)
		}
	}
	switch {
	case hasNull && g.chance(0.12):
		return nil
	case len(objs) > 0 && (len(lits) == 0 || g.chance(0.35)):
		return g.value(pick(g, objs), cc)
	case len(lits) > 0:
		t := pick(g, lits)
		if f.ModelField != nil && f.ModelField.List && t.List {
			return g.value(t, cc)
		}
		if t.Kind == queryschema.EnumType && t.Enum.Kind == queryschema.StringEnum {
			return g.enum(t.Enum, cc)
		}
		if g.keyLike(f.ModelField) && f.ModelField.Kind != schema.EnumField {
			return g.keyValue(f.ModelField, g.record())
		}
		return g.value(t, cc)
	}
	return nil
}

// update generates the data of an update: 1-3 fields, scalar ones set or
// changed by an operation, relations by nested writes.
func (g *Gen) update(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	o := e2e.Obj{}
	var scalars, rels []*queryschema.InputField
	for _, f := range t.Fields {
		if f.ModelField == nil {
			continue
		}
		if f.ModelField.Kind == schema.RelationField {
			if c.write < 2 {
				rels = append(rels, f)
			}
		} else if f.ModelField.Kind != schema.UnsupportedField {
			scalars = append(scalars, f)
		}
	}
	n := 1 + g.weighted(50, 35, 15)
	if g.chance(0.03) {
		n = 0 // an empty update now and then
	}
	for tries := 0; len(o) < n && tries < 10; tries++ {
		var f *queryschema.InputField
		if len(rels) > 0 && (len(scalars) == 0 || g.chance([]float64{0.45, 0.25}[c.write])) {
			f = pick(g, rels)
		} else if len(scalars) > 0 {
			f = pick(g, scalars)
			if f.ModelField.IsID && g.chance(0.8) {
				continue // changing an id now and then is enough
			}
		}
		if f == nil || has(o, f.Name) {
			continue
		}
		if f.ModelField.Kind == schema.RelationField {
			cc := c
			cc.write++
			cc.model = f.ModelField.Relation.RelatedModel
			cc.field = nil
			cc.rel = f.ModelField
			o = append(o, e2e.Member{K: f.Name, V: g.nestedWrite(objectType(f.Types), cc)})
			continue
		}
		o = append(o, e2e.Member{K: f.Name, V: g.dataValue(f, c)})
	}
	return o
}

// nestedWrite generates the operations of a nested create or update input:
// one or two of create, connect, connectOrCreate, createMany, set,
// disconnect, delete, update, updateMany, upsert and deleteMany. At the
// deepest level only connect is used where possible.
func (g *Gen) nestedWrite(t *queryschema.InputObjectType, c gctx) e2e.Obj {
	ops := t.Fields
	if c.write >= 2 {
		for _, f := range t.Fields {
			if f.Name == "connect" {
				ops = []*queryschema.InputField{f}
			}
		}
	}
	o := e2e.Obj{}
	for range 1 + g.weighted(75, 25) {
		f := pick(g, ops)
		if has(o, f.Name) {
			continue
		}
		o = append(o, e2e.Member{K: f.Name, V: g.nestedOp(f, c)})
	}
	return o
}

func (g *Gen) nestedOp(f *queryschema.InputField, c gctx) any {
	cc := c
	cc.refs = false
	cc.depth = 1 // filters inside nested writes stay shallow
	// Boolean|WhereInput (to-one disconnect/delete): mostly true.
	for _, t := range f.Types {
		if t.Kind == queryschema.ScalarType && t.Scalar == queryschema.Boolean && g.chance(0.7) {
			return true
		}
	}
	t, ok := g.pickType(f, cc)
	if !ok {
		return nil
	}
	if t.List && t.Kind == queryschema.ObjectType && t.Object.Kind == queryschema.WhereUniqueInput {
		// set: [] now and then
		n := g.weighted(15, 50, 35)
		if f.Name != "set" && n == 0 {
			n = 1
		}
		out := []any{}
		for range n {
			out = append(out, g.whereUnique(t.Object.Model, cc, false))
		}
		return out
	}
	if t.Kind == queryschema.ObjectType && t.Object.Kind == queryschema.WhereUniqueInput {
		return g.whereUnique(t.Object.Model, cc, g.chance(0.1))
	}
	return g.value(t, cc)
}
