package main

import (
	"slices"
	"strconv"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// Write returns a random write request, or a batch of writes (and reads),
// with or without a transaction.
func (g *Gen) Write() e2e.Obj {
	if len(g.writable) == 0 {
		return g.Read()
	}
	for {
		m := pick(g, g.writable)
		actions := []string{"createOne", "upsertOne", "updateOne", "updateMany", "deleteOne", "deleteMany",
			"createMany", "createManyAndReturn", "updateManyAndReturn", "batch"}
		a := actions[g.weighted(18, 9, 24, 8, 8, 6, 6, 3, 3, 7)]
		if a == "batch" {
			return g.writeBatch()
		}
		if root := g.q.Root(m.Name, a); root != nil {
			return g.writeOne(m, root, a)
		}
	}
}

// WriteLines returns one write, or now and then an interactive transaction:
// begin, one to three writes, commit or rollback.
func (g *Gen) WriteLines() []e2e.Obj {
	if len(g.writable) == 0 || !g.chance(0.04) {
		return []e2e.Obj{g.Write()}
	}
	begin := e2e.Obj{{K: "$transaction", V: "begin"}}
	if iso := g.isolation(); iso != "" {
		begin = append(begin, e2e.Member{K: "isolationLevel", V: iso})
	}
	out := []e2e.Obj{begin}
	for range 1 + g.r.IntN(3) {
		out = append(out, g.Write())
	}
	end := "commit"
	if g.chance(0.3) {
		end = "rollback"
	}
	return append(out, e2e.Obj{{K: "$transaction", V: end}})
}

func (g *Gen) writeBatch() e2e.Obj {
	var items []any
	for len(items) < 2+g.r.IntN(2) {
		if g.chance(0.2) {
			m := pick(g, g.models)
			if root := g.q.Root(m.Name, "findMany"); root != nil {
				items = append(items, g.find(m, root, "findMany"))
			}
			continue
		}
		m := pick(g, g.writable)
		a := pick(g, []string{"createOne", "upsertOne", "updateOne", "updateMany", "deleteOne", "deleteMany", "createMany"})
		if root := g.q.Root(m.Name, a); root != nil {
			items = append(items, g.writeOne(m, root, a))
		}
	}
	return batch(items, g.chance(0.5), g.isolation())
}

// writeOne generates one write of a root field.
func (g *Gen) writeOne(m *schema.Model, root *queryschema.OutputField, action string) e2e.Obj {
	c := gctx{model: m}
	args := e2e.Obj{}
	for _, f := range root.Args {
		switch f.Name {
		case "where":
			t := objectType(f.Types)
			if t.Kind == queryschema.WhereUniqueInput {
				args = append(args, e2e.Member{K: "where", V: g.whereUnique(m, gctx{model: m, refs: true}, g.chance(0.2))})
			} else if g.chance(0.85) {
				// Prisma 7.10 writes SQL MySQL rejects for relation filters
				// of updateMany/deleteMany ("Unknown column 't0.id'").
				wc := gctx{model: m, refs: true, noRelations: g.prov == schema.MySQL}
				args = append(args, e2e.Member{K: "where", V: g.where(t, wc)})
			}
		case "data":
			if action == "createMany" || action == "createManyAndReturn" {
				var list []any
				t := objectType(f.Types)
				for range 1 + g.r.IntN(3) {
					list = append(list, g.create(t, c))
				}
				args = append(args, e2e.Member{K: "data", V: list})
				continue
			}
			args = append(args, e2e.Member{K: "data", V: g.dataObject(f, c)})
		case "create", "update":
			args = append(args, e2e.Member{K: f.Name, V: g.dataObject(f, c)})
		case "skipDuplicates":
			if g.chance(0.5) {
				args = append(args, e2e.Member{K: f.Name, V: g.chance(0.8)})
			}
		case "limit":
			if g.chance(0.12) {
				args = append(args, e2e.Member{K: f.Name, V: e2e.Num(strconv.Itoa(g.r.IntN(3)))})
			}
		}
	}
	var sel e2e.Obj
	if ot := root.Type.Object; ot != nil && ot.Model == nil && ot.Field("count") != nil {
		sel = e2e.Obj{{K: "count", V: true}}
	} else if ot != nil {
		sel = g.selection(ot, gctx{model: m}, 1)
	}
	return query(m.Name, action, args, sel)
}

// dataObject picks one of a data argument's input types (checked or
// unchecked) and generates it.
func (g *Gen) dataObject(f *queryschema.InputField, c gctx) e2e.Obj {
	var ts []*queryschema.InputObjectType
	for _, t := range f.Types {
		if t.Kind == queryschema.ObjectType && !t.List {
			ts = append(ts, t.Object)
		}
	}
	return g.object(pick(g, ts), c)
}

// ---- seed ----

// Seed returns the seed script: `rows` records per model created one by one
// with every scalar given (record i has the value i in its key fields and
// points to parent records that exist), then the links of implicit
// many-to-many relations and the foreign keys a cycle left for later.
func (g *Gen) Seed() []e2e.Obj {
	var out []e2e.Obj
	type later struct {
		m    *schema.Model
		i    int
		data e2e.Obj
	}
	var deferred []later
	done := map[*schema.Model]bool{}
	for _, m := range g.seedOrder() {
		t := g.seedInput(m)
		if t == nil {
			continue
		}
		for i := 1; i <= g.rows; i++ {
			rec := map[string]any{}
			g.seeded[m] = append(g.seeded[m], rec)
			data := e2e.Obj{}
			for _, f := range t.Fields {
				mf := f.ModelField
				if mf == nil || mf.Kind == schema.RelationField {
					continue
				}
				var v any
				switch {
				case mf.List:
					var l []any
					for j := range g.r.IntN(3) {
						l = append(l, g.typedValue(mf, mf.Scalar, i+j*3, false))
					}
					v = l
					if l == nil {
						v = []any{}
					}
				case g.keyLike(mf):
					v = g.keyValue(mf, i)
				case !mf.Required() && g.chance(0.15):
					v = nil
				default:
					v = g.typedValue(mf, mf.Scalar, g.r.IntN(64), false)
				}
				rec[mf.Name] = v
				data = append(data, e2e.Member{K: f.Name, V: v})
			}
			// Foreign keys: the referenced values of a parent record.
			for _, rf := range m.RelationFields() {
				rel := rf.Relation
				if rel == nil || !rel.Inline || len(rel.Fields) == 0 {
					continue
				}
				optional := true
				for _, x := range rel.Fields {
					if x.Required() {
						optional = false
					}
				}
				parent := rel.RelatedModel
				j := 1 + g.r.IntN(g.rows)
				switch {
				case g.uniqueFK(rel):
					j = i
				case parent == m:
					j = 1 + g.r.IntN(i)
				}
				nullIt := optional && g.chance(0.2)
				if !done[parent] && parent != m && optional {
					nullIt = true
					if !g.chance(0.2) {
						fk := e2e.Obj{}
						for k, x := range rel.Fields {
							fk = append(fk, e2e.Member{K: x.Name, V: g.keyValue(rel.References[k], j)})
						}
						deferred = append(deferred, later{m, i, fk})
					}
				}
				for k, x := range rel.Fields {
					var v any
					if !nullIt {
						if pv, ok := g.parentValue(parent, j, rel.References[k]); ok {
							v = pv
						} else {
							v = g.keyValue(rel.References[k], j)
						}
					}
					rec[x.Name] = v
					data = set(data, x.Name, v)
				}
			}
			root := g.q.Root(m.Name, "createOne")
			out = append(out, query(m.Name, "createOne", e2e.Obj{{K: "data", V: data}}, g.selection(root.Type.Object, gctx{model: m}, 2)))
		}
		done[m] = true
	}
	for _, d := range deferred {
		out = append(out, query(d.m.Name, "updateOne", e2e.Obj{
			{K: "where", V: g.recordWhere(d.m, d.i)},
			{K: "data", V: d.data},
		}, e2e.Obj{{K: "$scalars", V: true}}))
	}
	// Implicit many-to-many links, from one side of each relation.
	seen := map[string]bool{}
	for _, m := range g.writable {
		for _, rf := range m.RelationFields() {
			rel := rf.Relation
			if rel == nil || rel.Kind != schema.ManyToMany || rel.JoinTable == nil || seen[rel.JoinTable.Name] {
				continue
			}
			seen[rel.JoinTable.Name] = true
			other := rel.RelatedModel
			if len(g.seeded[other]) == 0 {
				continue
			}
			for i := 1; i <= len(g.seeded[m]); i++ {
				var links []any
				for j := 1; j <= len(g.seeded[other]); j++ {
					if g.chance(0.35) {
						links = append(links, g.recordWhere(other, j))
					}
				}
				if len(links) == 0 {
					continue
				}
				out = append(out, query(m.Name, "updateOne", e2e.Obj{
					{K: "where", V: g.recordWhere(m, i)},
					{K: "data", V: e2e.Obj{{K: rf.Name, V: e2e.Obj{{K: "connect", V: links}}}}},
				}, e2e.Obj{{K: "$scalars", V: true}}))
			}
		}
	}
	return out
}

// seedInput is the unchecked create input of m (foreign keys as scalars).
func (g *Gen) seedInput(m *schema.Model) *queryschema.InputObjectType {
	root := g.q.Root(m.Name, "createOne")
	if root == nil || root.Arg("data") == nil {
		return nil
	}
	var out *queryschema.InputObjectType
	for _, t := range root.Arg("data").Types {
		if t.Kind == queryschema.ObjectType {
			out = t.Object
			if t.Object.Kind == queryschema.UncheckedCreateInput {
				break
			}
		}
	}
	return out
}

// recordWhere identifies seed record i by the model's first unique criterion.
func (g *Gen) recordWhere(m *schema.Model, i int) e2e.Obj {
	crits := g.q.UniqueCriteria(m)
	if len(crits) == 0 {
		return e2e.Obj{}
	}
	crit := crits[0]
	val := func(f *schema.Field) any {
		if v, ok := g.seedValue(m, i, f); ok {
			return v
		}
		return g.keyValue(f, i)
	}
	if crit.Compound {
		inner := e2e.Obj{}
		for _, f := range crit.Fields {
			inner = append(inner, e2e.Member{K: f.Name, V: val(f)})
		}
		return e2e.Obj{{K: crit.Name, V: inner}}
	}
	return e2e.Obj{{K: crit.Name, V: val(crit.Fields[0])}}
}

// parentValue is the value seed record j of parent has in f.
func (g *Gen) parentValue(parent *schema.Model, j int, f *schema.Field) (any, bool) {
	recs := g.seeded[parent]
	if j <= len(recs) {
		if v, ok := recs[j-1][f.Name]; ok && v != nil {
			return v, true
		}
	}
	return nil, false
}

// uniqueFK reports a foreign key that must differ between records: unique
// (one-to-one) or part of the primary key.
func (g *Gen) uniqueFK(rel *schema.Relation) bool {
	if rel.Kind == schema.OneToOne {
		return true
	}
	for _, f := range rel.Fields {
		if f.IsID || f.IsUnique {
			return true
		}
	}
	return false
}

// seedOrder orders the writable models so that parents of required foreign
// keys come first (as far as cycles allow).
func (g *Gen) seedOrder() []*schema.Model {
	var out []*schema.Model
	state := map[*schema.Model]int{} // 1 visiting, 2 done
	var visit func(m *schema.Model)
	visit = func(m *schema.Model) {
		if state[m] != 0 {
			return
		}
		state[m] = 1
		for _, rf := range m.RelationFields() {
			rel := rf.Relation
			if rel == nil || !rel.Inline || rel.RelatedModel == m || !slices.Contains(g.writable, rel.RelatedModel) {
				continue
			}
			visit(rel.RelatedModel)
		}
		state[m] = 2
		out = append(out, m)
	}
	// Required parents first: visit models whose foreign keys are all
	// required before the others, so optional edges break cycles.
	for _, m := range g.writable {
		visit(m)
	}
	return out
}

// State returns the state requests: every model's records ordered by its
// identifier, and every implicit many-to-many join table.
func (g *Gen) State() []e2e.Obj {
	var out []e2e.Obj
	for _, m := range g.models {
		var order []any
		for _, f := range m.IDFields() {
			order = append(order, e2e.Obj{{K: f.Name, V: "asc"}})
		}
		out = append(out, query(m.Name, "findMany", e2e.Obj{{K: "orderBy", V: order}}, e2e.Obj{{K: "$scalars", V: true}}))
	}
	for _, jt := range g.joinTables() {
		sql := "SELECT " + ident(g.prov, "A") + ", " + ident(g.prov, "B") + " FROM " + ident(g.prov, jt.Name) + " ORDER BY 1, 2"
		out = append(out, e2e.Obj{
			{K: "action", V: "queryRaw"},
			{K: "query", V: e2e.Obj{{K: "arguments", V: e2e.Obj{{K: "query", V: sql}, {K: "parameters", V: "[]"}}}, {K: "selection", V: e2e.Obj{}}}},
		})
	}
	return out
}

// joinTables lists the implicit many-to-many join tables (not those whose
// ids are Bytes: the oracle prints raw Bytes as Node Buffers).
func (g *Gen) joinTables() []*schema.JoinTable {
	var out []*schema.JoinTable
	seen := map[string]bool{}
	for _, m := range g.models {
		for _, rf := range m.RelationFields() {
			rel := rf.Relation
			if rel == nil || rel.JoinTable == nil || seen[rel.JoinTable.Name] {
				continue
			}
			seen[rel.JoinTable.Name] = true
			bytesID := false
			for _, mm := range []*schema.Model{rel.JoinTable.AModel, rel.JoinTable.BModel} {
				for _, f := range mm.IDFields() {
					if f.Scalar == schema.Bytes {
						bytesID = true
					}
				}
			}
			if !bytesID {
				out = append(out, rel.JoinTable)
			}
		}
	}
	return out
}
