package compiler

import (
	"strings"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// compileGroupBy compiles groupBy.
func (x *cc) compileGroupBy(mi *modelInfo, r *protocol.Request) error {
	args := r.Arguments
	by, err := x.groupByFields(mi, args.Get("by"))
	if err != nil {
		return err
	}
	having := args.Get("having")
	if having.IsNull() {
		having = protocol.Value{}
	}
	if err := x.checkSkip(args); err != nil {
		return err
	}
	ra, err := x.parseReadArgs(args)
	if err != nil {
		return err
	}
	if ra.cursor.Exists() || len(ra.distinct) > 0 {
		return errorf("P2009", "Argument does not exist in enclosing type")
	}
	sels, err := x.aggSelection(mi, r.Selection, true)
	if err != nil {
		return err
	}
	alias := x.newAlias()
	orders, orderFields, err := x.groupByOrder(mi, alias, ra.orderBy)
	if err != nil {
		return err
	}
	if len(orders) == 0 && (ra.skip > 0 || ra.hasTake) {
		// Prisma's implicit ordering by the primary identifier, which then
		// has to be among the by fields.
		for _, f := range mi.ids {
			orders = append(orders, orderItem{expr: colExpr(x, alias, f.col)})
			orderFields = append(orderFields, f)
		}
	}

	inBy := func(fi *fieldInfo) bool {
		for _, b := range by {
			if b == fi {
				return true
			}
		}
		return false
	}
	// Prisma's checks, in its order: selection, orderBy, having.
	var missing []string
	for _, s := range sels {
		if s.op == "" && !inBy(s.fi) {
			missing = append(missing, s.fi.f.Name)
		}
	}
	if len(missing) > 0 {
		return aggInputError("Every selected scalar field that is not part of an aggregation must be included in the by-arguments of the query. Missing fields: " + strings.Join(missing, ", "))
	}
	for _, fi := range orderFields {
		if !inBy(fi) {
			missing = append(missing, fi.f.Name)
		}
	}
	if len(missing) > 0 {
		return aggInputError("Every field used for orderBy must be included in the by-arguments of the query. Missing fields: " + strings.Join(missing, ", "))
	}
	selected := map[*fieldInfo]bool{}
	for _, s := range sels {
		if s.op == "" {
			selected[s.fi] = true
		}
	}
	for _, fi := range x.havingFields(mi, having, false) {
		if !selected[fi] {
			missing = append(missing, fi.f.Name)
		}
	}
	if len(missing) > 0 {
		return aggInputError("Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: " + strings.Join(missing, ", "))
	}

	ac := &aggColumns{x: x}
	ac.build(sels, func(b *sqlb, fi *fieldInfo) { b.col(alias, fi.col) })
	for i, s := range sels {
		if s.op == "" && s.fi.typ == types.Enum && s.fi.f.List && x.d.Has(dialect.EnumCast) {
			// Enum arrays are read as text arrays, as Prisma selects them.
			ac.cols[ac.shape.Fields[i].Col].s("::text[]")
		}
	}
	if len(ac.cols) == 0 {
		// Everything selected was deselected: still one row per group.
		for _, fi := range by {
			ac.add(colExpr(x, alias, fi.col))
		}
	}
	where, joins, err := x.filterJoins(mi, alias, ra.where, false)
	if err != nil {
		return err
	}
	hav := newSQL(x.d)
	if err := x.filter(hav, mi, alias, having); err != nil {
		return err
	}

	b := newSQL(x.d)
	b.s("SELECT ")
	for i, c := range ac.cols {
		if i > 0 {
			b.s(", ")
		}
		b.appendSQL(c)
	}
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(alias)
	for _, j := range joins {
		b.appendSQL(j)
	}
	b.s(" WHERE ")
	if where.empty() {
		b.s("1=1")
	} else {
		b.appendSQL(where)
	}
	b.s(" GROUP BY ")
	for i, fi := range by {
		if i > 0 {
			b.s(", ")
		}
		b.col(alias, fi.col)
	}
	if !hav.empty() {
		b.s(" HAVING ").appendSQL(hav)
	}
	// A negative take reverses the ordering and takes from the end; Prisma
	// returns those groups in the reversed order.
	reverse := ra.hasTake && ra.take < 0
	take := ra.take
	if reverse {
		take = -take
	}
	if len(orders) > 0 {
		b.s(" ORDER BY ")
		for i, o := range orders {
			if i > 0 {
				b.s(", ")
			}
			x.writeOrder(b, o, reverse)
		}
	}
	if ra.hasTake || ra.skip > 0 {
		x.limitOffset(b, ra.hasTake, take, ra.skip, len(orders) > 0)
	}
	x.plan.Root = &plan.Query{Stmt: b.stmt(false)}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecords, Shape: ac.shape}
	return nil
}

// groupByFields reads `by`: one field name or a list of them.
func (x *cc) groupByFields(mi *modelInfo, v protocol.Value) ([]*fieldInfo, error) {
	v = x.paramValue(v)
	var names []string
	switch v.Kind {
	case protocol.String:
		names = []string{v.Str}
	case protocol.Array:
		if len(v.Members) == 0 {
			return nil, aggInputError("At least one selection is required for the `by` argument.")
		}
		for i := range v.Members {
			e := x.paramValue(v.Members[i].Value)
			if e.Kind != protocol.String {
				return nil, errorf("P2009", "Invalid argument type. `by` should be of any of the following types: `%sScalarFieldEnum`", capitalize(mi.m.Name))
			}
			names = append(names, e.Str)
		}
	default:
		return nil, errorf("P2012", "`by`: A value is required but not set")
	}
	var out []*fieldInfo
	for _, n := range names {
		fi := mi.fields[n]
		if fi == nil || !aggEligible("_count", fi) {
			return nil, errorf("P2009", "Invalid argument value. `%s` is not a valid `%sScalarFieldEnum`", n, capitalize(mi.m.Name))
		}
		out = append(out, fi)
	}
	return out, nil
}

// groupByOrder compiles the orderBy of a groupBy: by-fields and aggregates
// ({"_count": {"x": "desc"}}). It also returns the plain fields ordered by,
// which must be among the by fields.
func (x *cc) groupByOrder(mi *modelInfo, alias string, v protocol.Value) ([]orderItem, []*fieldInfo, error) {
	v = x.paramValue(v)
	if !v.Exists() || v.IsNull() {
		return nil, nil, nil
	}
	var items []orderItem
	var fields []*fieldInfo
	for _, obj := range listOf(v) {
		// Prisma reads the first member of each object (the query schema
		// allows one).
		if len(obj.Members) == 0 {
			continue
		}
		m := obj.Members[0]
		if _, ok := aggFuncs[m.Key]; ok {
			if m.Value.Kind != protocol.Object || len(m.Value.Members) == 0 {
				continue
			}
			am := m.Value.Members[0]
			fi := mi.fields[am.Key]
			if fi == nil || !aggEligible(m.Key, fi) {
				return nil, nil, errorf("P2009", "Unknown orderBy field `%s.%s`", m.Key, am.Key)
			}
			desc, nulls, err := sortOf(am.Value)
			if err != nil {
				return nil, nil, err
			}
			b := newSQL(x.d)
			x.aggExpr(b, m.Key, func(b *sqlb) { b.col(alias, fi.col) })
			items = append(items, orderItem{expr: b, desc: desc, nulls: nulls, nullable: true})
			continue
		}
		fi := mi.fields[m.Key]
		if fi == nil || fi.f.Kind == schema.RelationField {
			return nil, nil, errorf("P2009", "Unknown orderBy field `%s`", m.Key)
		}
		desc, nulls, err := sortOf(m.Value)
		if err != nil {
			return nil, nil, err
		}
		items = append(items, orderItem{expr: colExpr(x, alias, fi.col), desc: desc, nulls: nulls, nullable: !fi.f.Required()})
		fields = append(fields, fi)
	}
	return items, fields, nil
}

// havingFields lists the fields a having filter uses outside aggregates
// (the filtered fields and their FieldRefs), and the FieldRefs inside
// aggregate filters, as Prisma's verify_having collects them: once per
// filter operation, duplicates kept.
func (x *cc) havingFields(mi *modelInfo, v protocol.Value, inAgg bool) []*fieldInfo {
	var out []*fieldInfo
	for _, w := range listOf(v) {
		for i := range w.Members {
			m := w.Members[i]
			switch m.Key {
			case "AND", "OR", "NOT":
				out = append(out, x.havingFields(mi, m.Value, inAgg)...)
				continue
			}
			fi := mi.fields[m.Key]
			if fi == nil {
				continue
			}
			out = append(out, x.filterFields(mi, fi, m.Value, inAgg)...)
		}
	}
	return out
}

// filterFields lists the fields of one field's filter for havingFields.
func (x *cc) filterFields(mi *modelInfo, fi *fieldInfo, v protocol.Value, inAgg bool) []*fieldInfo {
	ref := func(v protocol.Value) []*fieldInfo {
		if r, ok := fieldRef(mi, v); ok {
			return []*fieldInfo{r}
		}
		return nil
	}
	one := func(v protocol.Value) []*fieldInfo {
		var out []*fieldInfo
		if !inAgg {
			out = append(out, fi)
		}
		return append(out, ref(v)...)
	}
	if !isFilterObject(v) {
		return one(v)
	}
	var out []*fieldInfo
	for i := range v.Members {
		m := v.Members[i]
		switch m.Key {
		case "mode":
		case "not":
			if isFilterObject(m.Value) {
				out = append(out, x.filterFields(mi, fi, m.Value, inAgg)...)
			} else {
				out = append(out, one(m.Value)...)
			}
		case "_count", "_avg", "_sum", "_min", "_max":
			out = append(out, x.filterFields(mi, fi, m.Value, true)...)
		default:
			out = append(out, one(m.Value)...)
		}
	}
	return out
}
