package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Name bookkeeping for validations (validations/names.rs and
// constraint_namespace.rs).

type relKey struct {
	model, related *model
	name           string
}

type modelName struct {
	m    *model
	name string
}

type constraintKind uint8

const (
	cnIndex constraintKind = iota
	cnRelation
	cnDefault
	cnPrimaryKey
)

// possibleScopes lists the scopes a constraint name is checked against.
func possibleScopes(k constraintKind) []constraintScope {
	switch k {
	case cnIndex:
		return []constraintScope{scopeGlobalKeyIndex, scopeGlobalPrimaryKeyKeyIndex, scopeModelKeyIndex, scopeModelPrimaryKeyKeyIndex}
	case cnRelation:
		return []constraintScope{scopeGlobalForeignKey, scopeGlobalPrimaryKeyForeignKeyDefault, scopeModelPrimaryKeyKeyIndexForeignKey}
	case cnDefault:
		return []constraintScope{scopeGlobalPrimaryKeyForeignKeyDefault}
	}
	return []constraintScope{scopeGlobalPrimaryKeyForeignKeyDefault, scopeGlobalPrimaryKeyKeyIndex, scopeModelPrimaryKeyKeyIndex, scopeModelPrimaryKeyKeyIndexForeignKey}
}

func (s constraintScope) global() bool {
	return s <= scopeGlobalPrimaryKeyForeignKeyDefault
}

func (s constraintScope) description(model string) string {
	switch s {
	case scopeGlobalKeyIndex:
		return "global for indexes and unique constraints"
	case scopeGlobalForeignKey:
		return "global for foreign keys"
	case scopeGlobalPrimaryKeyKeyIndex:
		return "global for primary key, indexes and unique constraints"
	case scopeGlobalPrimaryKeyForeignKeyDefault:
		return "global for primary keys, foreign keys and default constraints"
	case scopeModelKeyIndex:
		return fmt.Sprintf("on model `%s` for indexes and unique constraints", model)
	case scopeModelPrimaryKeyKeyIndex:
		return fmt.Sprintf("on model `%s` for primary key, indexes and unique constraints", model)
	}
	return fmt.Sprintf("on model `%s` for primary key, indexes, unique constraints and foreign keys", model)
}

type globalKey struct {
	scope  constraintScope
	schema string
	name   string
}

type localKey struct {
	m     *model
	scope constraintScope
	name  string
}

type namesInfo struct {
	relationNames map[relKey][]*field
	uniqueNames   map[modelName]bool
	customNames   map[modelName]int
	global        map[globalKey]int
	local         map[localKey]int
	scopes        []constraintScope
}

func (d *db) pkConstraintName(m *model) string {
	if m.pk == nil || !d.conn.has(capNamedPrimaryKeys) {
		return ""
	}
	if m.pk.mapped != nil {
		return *m.pk.mapped
	}
	return truncateName(m.dbName(), "_pkey", d.conn.maxIdent)
}

func (d *db) indexConstraintName(m *model, ix *indexAttr) string {
	if ix.mapped != nil {
		return *ix.mapped
	}
	cols := make([]string, 0, len(ix.fields))
	for _, f := range ix.fields {
		parts := []string{f.f.dbName()}
		for _, p := range f.path {
			parts = append(parts, p.dbName())
		}
		cols = append(cols, strings.Join(parts, "."))
	}
	suffix := "_idx"
	if ix.kind == UniqueIndex {
		suffix = "_key"
	}
	return truncateName(m.dbName()+"_"+strings.Join(cols, "_"), suffix, d.conn.maxIdent)
}

func (d *db) fkConstraintName(r *relation) string {
	fwd := r.forward()
	if fwd != nil && fwd.fkMap != nil {
		return *fwd.fkMap
	}
	var cols []string
	if fwd != nil {
		for _, f := range fwd.fieldsArg {
			cols = append(cols, f.dbName())
		}
	}
	return truncateName(r.modelA.dbName()+"_"+strings.Join(cols, "_"), "_fkey", d.conn.maxIdent)
}

func (d *db) newNames() *namesInfo {
	n := &namesInfo{
		relationNames: map[relKey][]*field{},
		uniqueNames:   map[modelName]bool{},
		customNames:   map[modelName]int{},
		global:        map[globalKey]int{},
		local:         map[localKey]int{},
		scopes:        d.conn.scopes,
	}
	for _, m := range d.models {
		for _, f := range m.fields {
			if f.kind == fkRelation {
				k := relKey{m, f.related, f.relationName()}
				n.relationNames[k] = append(n.relationNames[k], f)
			}
		}
		for _, ix := range m.indexes {
			if ix.name != nil && ix.kind == UniqueIndex {
				n.uniqueNames[modelName{m, *ix.name}] = true
			}
		}
	}
	schemaOf := func(m *model) string { return deref2(m.schema) }
	addGlobalIndexes := func(s constraintScope) {
		for _, m := range d.models {
			for _, ix := range m.indexes {
				n.global[globalKey{s, schemaOf(m), d.indexConstraintName(m, ix)}]++
			}
		}
	}
	addGlobalRelations := func(s constraintScope) {
		for _, r := range d.relations {
			if r.isInline() {
				n.global[globalKey{s, schemaOf(r.modelA), d.fkConstraintName(r)}]++
			}
		}
	}
	addGlobalPKs := func(s constraintScope) {
		for _, m := range d.models {
			if name := d.pkConstraintName(m); name != "" {
				n.global[globalKey{s, schemaOf(m), name}]++
			}
		}
	}
	addGlobalDefaults := func(s constraintScope) {
		for _, m := range d.models {
			for _, f := range m.fields {
				if f.def != nil && f.kind != fkRelation {
					n.global[globalKey{s, schemaOf(m), d.defaultConstraintName(m, f)}]++
				}
			}
		}
	}
	addLocalIndexes := func(s constraintScope) {
		for _, m := range d.models {
			for _, ix := range m.indexes {
				n.local[localKey{m, s, d.indexConstraintName(m, ix)}]++
			}
		}
	}
	addLocalPKs := func(s constraintScope) {
		for _, m := range d.models {
			if name := d.pkConstraintName(m); name != "" {
				n.local[localKey{m, s, name}]++
			}
		}
	}
	addLocalRelations := func(s constraintScope) {
		for _, r := range d.relations {
			// Prisma indexes a relation under the model whose field created
			// it: model A, except for back-only relations.
			m := r.modelA
			if r.fieldA == nil {
				m = r.modelB
			}
			if r.isInline() && !m.view {
				n.local[localKey{m, s, d.fkConstraintName(r)}]++
			}
		}
	}
	for _, s := range d.conn.scopes {
		switch s {
		case scopeGlobalKeyIndex:
			addGlobalIndexes(s)
		case scopeGlobalForeignKey:
			addGlobalRelations(s)
		case scopeGlobalPrimaryKeyKeyIndex:
			addGlobalPKs(s)
			addGlobalIndexes(s)
		case scopeGlobalPrimaryKeyForeignKeyDefault:
			addGlobalPKs(s)
			addGlobalRelations(s)
			addGlobalDefaults(s)
		case scopeModelKeyIndex:
			addLocalIndexes(s)
		case scopeModelPrimaryKeyKeyIndex:
			addLocalPKs(s)
			addLocalIndexes(s)
		case scopeModelPrimaryKeyKeyIndexForeignKey:
			addLocalPKs(s)
			addLocalIndexes(s)
			addLocalRelations(s)
		}
	}
	for _, m := range d.models {
		if m.pk != nil && m.pk.name != nil {
			n.customNames[modelName{m, *m.pk.name}]++
		}
		for _, ix := range m.indexes {
			if ix.name != nil {
				n.customNames[modelName{m, *ix.name}]++
			}
		}
	}
	return n
}

func (n *namesInfo) scopesOf(k constraintKind) []constraintScope {
	var out []constraintScope
	for _, s := range possibleScopes(k) {
		for _, t := range n.scopes {
			if s == t {
				out = append(out, s)
			}
		}
	}
	return out
}

// violations lists the scopes in which name is used more than once: first
// the global ones, then those of the model.
func (n *namesInfo) violations(d *db, m *model, name string, k constraintKind) []constraintScope {
	var out []constraintScope
	for _, s := range possibleScopes(k) {
		if s.global() && n.global[globalKey{s, deref2(m.schema), name}] > 1 {
			out = append(out, s)
		}
	}
	for _, s := range possibleScopes(k) {
		if !s.global() && n.local[localKey{m, s, name}] > 1 {
			out = append(out, s)
		}
	}
	return out
}

// ---- cascading referential actions (relations.rs cycles and
// multiple_cascading_paths) ----

func triggersModification(a ReferentialAction) bool { return a != NoAction && a != Restrict }

func (d *db) relTriggers(r *relation) bool {
	return triggersModification(d.effectiveOnDelete(r.fieldA)) || triggersModification(d.effectiveOnUpdate(r.fieldA))
}

// completeInlineFrom lists the complete 1:1 and 1:n relations whose
// referencing model is m, ordered like Prisma's relation index.
func (d *db) completeInlineFrom(m *model) []*relation {
	idx := map[*model]int{}
	for i, x := range d.models {
		idx[x] = i
	}
	var out []*relation
	order := map[*relation]int{}
	for i, r := range d.relations {
		order[r] = i
		if r.isInline() && r.modelA == m && r.fieldA != nil && r.fieldB != nil {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := idx[out[i].modelB], idx[out[j].modelB]
		if a != b {
			return a < b
		}
		return order[out[i]] < order[out[j]]
	})
	return out
}

func pathString(path []*relation) string {
	parts := make([]string, len(path))
	for i, r := range path {
		parts[i] = r.modelA.name() + "." + r.fieldA.name()
	}
	return strings.Join(parts, " → ")
}

func (d *db) cascadeError(r *relation, msg string) {
	fwd := r.fieldA
	var onDelete, onUpdate string
	if fwd.onDelete == nil && triggersModification(d.effectiveOnDelete(fwd)) {
		onDelete = d.effectiveOnDelete(fwd).String()
	}
	if fwd.onUpdate == nil && triggersModification(d.effectiveOnUpdate(fwd)) {
		onUpdate = d.effectiveOnUpdate(fwd).String()
	}
	switch {
	case onDelete != "" && onUpdate != "":
		msg += fmt.Sprintf(" (Implicit default `onDelete`: `%s`, and `onUpdate`: `%s`)", onDelete, onUpdate)
	case onDelete != "":
		msg += fmt.Sprintf(" (Implicit default `onDelete`: `%s`)", onDelete)
	case onUpdate != "":
		msg += fmt.Sprintf(" (Implicit default `onUpdate`: `%s`)", onUpdate)
	}
	msg += " Read more at https://pris.ly/d/cyclic-referential-actions"
	d.errorf(fwd.ast.span, "Error validating: %s", msg)
}

func (d *db) relationCycles(r *relation) {
	if !d.conn.has(capReferenceCycleDetection) && (d.datasource == nil || d.relMode == "foreignKeys") {
		return
	}
	visited := map[*field]bool{}
	type item struct {
		r    *relation
		path []*relation
	}
	stack := []item{{r, []*relation{r}}}
	parent := r.modelA
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visited[it.r.fieldA] = true
		related := it.r.modelB
		if !d.relTriggers(it.r) {
			continue
		}
		if it.r.modelA == related {
			d.cascadeError(r, "A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes.")
			return
		}
		if related == parent {
			d.cascadeError(r, fmt.Sprintf("Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: %s.", pathString(it.path)))
			return
		}
		for _, next := range d.completeInlineFrom(related) {
			if visited[next.fieldA] {
				continue
			}
			p := append(append([]*relation(nil), it.path...), next)
			stack = append(stack, item{next, p})
		}
	}
}

func (d *db) multipleCascadingPaths(r *relation) {
	if !d.conn.has(capReferenceCycleDetection) || d.relMode == "prisma" {
		return
	}
	if !d.relTriggers(r) {
		return
	}
	parent := r.modelA
	type item struct {
		r    *relation
		path []*relation
		cur  map[*field]bool
	}
	var stack []item
	for _, x := range d.completeInlineFrom(parent) {
		if d.relTriggers(x) {
			stack = append(stack, item{x, []*relation{x}, map[*field]bool{}})
		}
	}
	var paths [][]*relation
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		it.cur[it.r.fieldA] = true
		if it.r.modelA == it.r.modelB || it.r.modelB == parent {
			continue
		}
		var next []item
		for _, x := range d.completeInlineFrom(it.r.modelB) {
			if !d.relTriggers(x) || it.cur[x.fieldA] {
				continue
			}
			cur := make(map[*field]bool, len(it.cur))
			for k := range it.cur {
				cur[k] = true
			}
			next = append(next, item{x, append(append([]*relation(nil), it.path...), x), cur})
		}
		if len(next) == 0 {
			paths = append(paths, it.path)
			continue
		}
		stack = append(stack, next...)
	}
	seen := map[string]map[string]bool{}
	for _, p := range paths {
		key := p[0].fieldA.name()
		if seen[key] == nil {
			seen[key] = map[string]bool{}
		}
		for _, x := range p {
			seen[key][x.modelB.name()] = true
		}
	}
	fromParent, ok := seen[r.fieldA.name()]
	if !ok {
		return
	}
	delete(seen, r.fieldA.name())
	reachable := map[string]bool{}
	for _, other := range seen {
		for m := range fromParent {
			if other[m] {
				reachable[m] = true
			}
		}
	}
	if len(reachable) == 0 {
		return
	}
	var models []string
	for m := range reachable {
		models = append(models, "`"+m+"`")
	}
	sort.Strings(models)
	if len(models) == 1 {
		d.cascadeError(r, fmt.Sprintf("When any of the records in model %s is updated or deleted, the referential actions on the relations cascade to model `%s` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.", models[0], parent.name()))
	} else {
		d.cascadeError(r, fmt.Sprintf("When any of the records in models %s are updated or deleted, the referential actions on the relations cascade to model `%s` through multiple paths. Please break one of these paths by setting the `onUpdate` and `onDelete` to `NoAction`.", strings.Join(models, ", "), parent.name()))
	}
}
