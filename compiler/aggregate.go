package compiler

import (
	"fmt"
	"strings"

	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// Aggregations, as Prisma 7.10 compiles them:
//
//   - aggregate: SELECT COUNT(*) AS "_count$_all", AVG("x") AS "_avg$x", …
//     FROM (SELECT <the columns aggregated> FROM t WHERE … ORDER BY … LIMIT/OFFSET) AS "sub".
//     Paging (cursor, skip, take, negative take) applies in the subquery,
//     before aggregating. count() reaches the engine as aggregate _count._all.
//   - groupBy: SELECT <by fields>, <aggregates> FROM t WHERE … GROUP BY …
//     HAVING … ORDER BY … LIMIT/OFFSET, with Prisma's checks of the
//     selection, orderBy and having against `by` (P2019).
//
// Results are one record (aggregate) or a list (groupBy) whose nested
// _count/_avg/_sum/_min/_max objects read columns of the same row.

// aggFuncs are the aggregate selections and their SQL functions.
var aggFuncs = map[string]string{"_count": "COUNT", "_avg": "AVG", "_sum": "SUM", "_min": "MIN", "_max": "MAX"}

// aggTypeSuffix names the output types in error messages.
var aggTypeSuffix = map[string]string{"_count": "Count", "_avg": "Avg", "_sum": "Sum", "_min": "Min", "_max": "Max"}

// aggField is one field of an aggregate selection: a model field or _all.
type aggField struct {
	name string
	fi   *fieldInfo // nil for _all
}

// aggSelector is one member of an aggregate or groupBy selection: an
// aggregate object (op set) or a plain by-field (groupBy).
type aggSelector struct {
	op     string // "_count", "_avg", …; "" for a plain field
	name   string
	fi     *fieldInfo // plain field
	fields []aggField
}

// compileAggregate compiles aggregate and groupBy.
func (x *cc) compileAggregate(r *protocol.Request) error {
	mi, err := x.c.model(r.ModelName)
	if err != nil {
		return err
	}
	if r.Action == "groupBy" {
		return x.compileGroupBy(mi, r)
	}
	return x.compileAggregateRecords(mi, r)
}

// aggInputError is Prisma's QueryGraphBuilderError::InputError (P2019).
func aggInputError(msg string) *Error {
	return &Error{
		Code:    "P2019",
		Message: "Input error. " + msg,
		Meta:    []byte(`{"details":` + string(protocol.AppendString(nil, msg)) + `}`),
	}
}

// checkSkip rejects a negative skip as Prisma does (an assertion error
// without a code).
func (x *cc) checkSkip(args protocol.Value) error {
	s := x.paramValue(args.Get("skip"))
	if n, ok := s.Int64(); ok && n < 0 {
		return &Error{Message: fmt.Sprintf("AssertionError(\"Invalid value for skip argument: Value can only be positive, found: %d\")", n)}
	}
	return nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// aggEligible reports whether field fi may appear under aggregate op
// (the fields of Prisma's <Model><Op>AggregateOutputType).
func aggEligible(op string, fi *fieldInfo) bool {
	f := fi.f
	if f.Ignored || f.Kind == schema.RelationField || f.Kind == schema.UnsupportedField {
		return false
	}
	switch op {
	case "_count":
		return true
	case "_avg", "_sum":
		if f.List || f.Kind != schema.ScalarField {
			return false
		}
		switch fi.typ {
		case types.Int, types.BigInt, types.Float, types.Decimal:
			return true
		}
		return false
	case "_min", "_max":
		return !f.List && fi.typ != types.JSON
	}
	return false
}

// aggResultType is the type of an aggregate of field fi.
func aggResultType(op string, fi *fieldInfo) types.Scalar {
	switch op {
	case "_count":
		return types.Int
	case "_avg":
		if fi.typ == types.Decimal {
			return types.Decimal
		}
		return types.Float
	}
	return fi.typ
}

// aggSelection parses the selection of an aggregate (plain fields allowed
// only for groupBy).
func (x *cc) aggSelection(mi *modelInfo, sel protocol.Value, groupBy bool) ([]aggSelector, error) {
	var out []aggSelector
	outer := "Aggregate" + capitalize(mi.m.Name)
	if groupBy {
		outer = capitalize(mi.m.Name) + "GroupByOutputType"
	}
	omitted := map[string]bool{}
	for i := range sel.Members {
		if m := sel.Members[i]; m.Value.Kind == protocol.Bool && !m.Value.Bool {
			omitted[m.Key] = true
		}
	}
	seen := map[string]bool{}
	addField := func(fi *fieldInfo) {
		if seen[fi.f.Name] {
			return
		}
		seen[fi.f.Name] = true
		out = append(out, aggSelector{name: fi.f.Name, fi: fi})
	}
	for i := range sel.Members {
		m := sel.Members[i]
		if m.Value.Kind == protocol.Bool && !m.Value.Bool {
			continue
		}
		if _, ok := aggFuncs[m.Key]; ok {
			s, err := x.aggObject(mi, m.Key, m.Value)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
			continue
		}
		switch m.Key {
		case "$composites":
			continue
		case "$scalars":
			if !groupBy {
				return nil, errorf("P2009", "Field '%s' not found in enclosing type '%s'", m.Key, outer)
			}
			if m.Value.Kind == protocol.Bool && m.Value.Bool {
				for _, fi := range mi.scalars {
					if !omitted[fi.f.Name] && aggEligible("_count", fi) {
						addField(fi)
					}
				}
			}
			continue
		}
		fi := mi.fields[m.Key]
		if !groupBy || fi == nil || !aggEligible("_count", fi) {
			return nil, errorf("P2009", "Field '%s' not found in enclosing type '%s'", m.Key, outer)
		}
		addField(fi)
	}
	if len(out) == 0 && !groupBy {
		return nil, errorf("P2009", "Expected a minimum of 1 field to be present, got 0")
	}
	return out, nil
}

// aggObject parses one aggregate object: `_sum: {selection: {x: true}}`,
// or `_sum: true` (every field of the output type, and _all for _count).
func (x *cc) aggObject(mi *modelInfo, op string, v protocol.Value) (aggSelector, error) {
	s := aggSelector{op: op, name: op}
	typeName := capitalize(mi.m.Name) + aggTypeSuffix[op] + "AggregateOutputType"
	added := map[string]bool{}
	addAll := func() {
		for _, fi := range mi.scalars {
			if aggEligible(op, fi) && !added[fi.f.Name] {
				added[fi.f.Name] = true
				s.fields = append(s.fields, aggField{name: fi.f.Name, fi: fi})
			}
		}
		if op == "_count" && !added["_all"] {
			added["_all"] = true
			s.fields = append(s.fields, aggField{name: "_all"})
		}
	}
	if v.Kind == protocol.Bool {
		addAll()
		return s, nil
	}
	nested := v.Get("selection")
	for i := range nested.Members {
		m := nested.Members[i]
		if m.Value.Kind == protocol.Bool && !m.Value.Bool {
			continue
		}
		switch {
		case m.Key == "$scalars":
			addAll()
			continue
		case m.Key == "$composites":
			continue
		case m.Key == "_all" && op == "_count":
			if !added["_all"] {
				added["_all"] = true
				s.fields = append(s.fields, aggField{name: "_all"})
			}
			continue
		}
		fi := mi.fields[m.Key]
		if fi == nil || !aggEligible(op, fi) {
			return s, errorf("P2009", "Field '%s' not found in enclosing type '%s'", m.Key, typeName)
		}
		if !added[m.Key] {
			added[m.Key] = true
			s.fields = append(s.fields, aggField{name: m.Key, fi: fi})
		}
	}
	if len(s.fields) == 0 {
		return s, errorf("P2009", "Expected a minimum of 1 field to be present, got 0")
	}
	return s, nil
}

// aggColumns is the select list of an aggregation and the shape reading it.
type aggColumns struct {
	x     *cc
	cols  []*sqlb
	shape *plan.Shape
}

func (ac *aggColumns) add(b *sqlb) int {
	ac.cols = append(ac.cols, b)
	return len(ac.cols) - 1
}

// build writes the aggregate expressions of the selectors (Prisma's column
// order: per _count the fields, then _all) and the result shape (selection
// order). col writes a field's column reference.
func (ac *aggColumns) build(sels []aggSelector, col func(b *sqlb, fi *fieldInfo)) {
	x := ac.x
	ac.shape = &plan.Shape{}
	for _, s := range sels {
		if s.op == "" {
			b := newSQL(x.d)
			col(b, s.fi)
			i := ac.add(b)
			ac.shape.Fields = append(ac.shape.Fields, plan.Field{
				Name: s.name, Kind: plan.Scalar, Col: i, Type: s.fi.typ, List: s.fi.f.List, Enum: s.fi.enumOut, Column: s.fi.col,
			})
			continue
		}
		idx := make([]int, len(s.fields))
		emit := func(j int) {
			f := s.fields[j]
			b := newSQL(x.d)
			if f.fi == nil {
				b.s("COUNT(*) AS ").ident(s.op + "$_all")
			} else {
				x.aggExpr(b, s.op, func(b *sqlb) { col(b, f.fi) })
				b.s(" AS ").ident(s.op + "$" + f.fi.col)
			}
			idx[j] = ac.add(b)
		}
		for j, f := range s.fields {
			if f.fi != nil {
				emit(j)
			}
		}
		for j, f := range s.fields {
			if f.fi == nil {
				emit(j)
			}
		}
		sub := &plan.Shape{}
		for j, f := range s.fields {
			pf := plan.Field{Name: f.name, Kind: plan.Scalar, Col: idx[j], Type: types.Int, Column: s.op + "$_all"}
			if f.fi != nil {
				pf.Column = s.op + "$" + f.fi.col
				pf.Type = aggResultType(s.op, f.fi)
				if pf.Type == types.Enum {
					pf.Enum = f.fi.enumOut
				}
			}
			sub.Fields = append(sub.Fields, pf)
		}
		ac.shape.Fields = append(ac.shape.Fields, plan.Field{Name: s.op, Kind: plan.Object, Shape: sub})
	}
}

// aggExpr writes aggregate op (_count, _avg, …) of the column col writes.
// The dialect may convert AVG's argument (SQL Server averages integers as
// integers).
func (x *cc) aggExpr(b *sqlb, op string, col func(b *sqlb)) {
	b.s(aggFuncs[op] + "(")
	if op == "_avg" && x.d.AvgCast != "" {
		b.s("CONVERT(" + x.d.AvgCast + ", ")
		col(b)
		b.s(")")
	} else {
		col(b)
	}
	b.s(")")
}

// compileAggregateRecords compiles aggregate (and count, which is aggregate
// with _count._all).
func (x *cc) compileAggregateRecords(mi *modelInfo, r *protocol.Request) error {
	if err := x.checkSkip(r.Arguments); err != nil {
		return err
	}
	ra, err := x.parseReadArgs(r.Arguments)
	if err != nil {
		return err
	}
	if len(ra.distinct) > 0 {
		return errorf("P2009", "Argument does not exist in enclosing type")
	}
	sels, err := x.aggSelection(mi, r.Selection, false)
	if err != nil {
		return err
	}

	// The subquery selects the aggregated columns (the primary identifier
	// for a _count without fields), once each.
	lv := x.newLevel(mi)
	for _, s := range sels {
		if s.op == "_count" {
			any := false
			for _, f := range s.fields {
				if f.fi != nil {
					lv.colOf(x, f.fi)
					any = true
				}
			}
			if !any {
				for _, f := range mi.ids {
					lv.colOf(x, f)
				}
			}
			continue
		}
		for _, f := range s.fields {
			lv.colOf(x, f.fi)
		}
	}
	if len(lv.cols) == 0 {
		for _, fi := range mi.scalars {
			if fi.typ != types.Unsupported && !fi.f.Ignored {
				lv.colOf(x, fi)
				break
			}
		}
	}

	where, joins, err := x.filterJoins(mi, lv.alias, ra.where, false)
	if err != nil {
		return err
	}
	orders, err := x.orderBy(lv, ra.orderBy)
	if err != nil {
		return err
	}
	paginated := ra.hasTake || ra.skip > 0 || ra.cursor.Exists()
	implicit := false
	if len(orders) == 0 && paginated {
		implicit = true
		for _, f := range mi.ids {
			orders = append(orders, orderItem{expr: colExpr(x, lv.alias, f.col)})
		}
	}
	reverse := ra.hasTake && ra.take < 0
	take := ra.take
	if reverse {
		take = -take
	}
	var cursorCond *sqlb
	if ra.cursor.Exists() {
		// Without an orderBy the cursor orders by the primary identifier,
		// which is not stable for a compound @@id.
		stable := implicitOrderStable(mi)
		if !implicit {
			stable = x.stableCursorOrder(mi, ra.orderBy)
		}
		if !stable {
			return aggInputError("Unable to process combination of query arguments for aggregation query. Please note that it is not possible at the moment to have a null-cursor, or a cursor and orderBy combination that not stable (unique).")
		}
		if cursorCond, err = x.cursorCondition(lv, ra.cursor, orders, reverse); err != nil {
			return err
		}
	}

	inner := newSQL(x.d)
	inner.s("SELECT ")
	for i, c := range lv.cols {
		if i > 0 {
			inner.s(", ")
		}
		inner.appendSQL(c)
	}
	inner.s(" FROM ")
	x.table(inner, mi)
	inner.s(" AS ").ident(lv.alias)
	for _, j := range joins {
		inner.appendSQL(j)
	}
	inner.s(" WHERE ")
	switch {
	case !where.empty() && cursorCond != nil:
		inner.s("(").appendSQL(where).s(" AND ").appendSQL(cursorCond).s(")")
	case !where.empty():
		inner.appendSQL(where)
	case cursorCond != nil:
		inner.appendSQL(cursorCond)
	default:
		inner.s("1=1")
	}
	// Ordering matters only for paging: without it the subquery is not
	// ordered (SQL Server rejects ORDER BY in a derived table without it).
	if paginated {
		if len(orders) > 0 {
			inner.s(" ORDER BY ")
			for i, o := range orders {
				if i > 0 {
					inner.s(", ")
				}
				x.writeOrder(inner, o, reverse)
			}
		}
		x.limitOffset(inner, ra.hasTake, take, ra.skip, len(orders) > 0)
	}

	ac := &aggColumns{x: x}
	ac.build(sels, func(b *sqlb, fi *fieldInfo) { b.ident(fi.col) })
	b := newSQL(x.d)
	b.s("SELECT ")
	for i, c := range ac.cols {
		if i > 0 {
			b.s(", ")
		}
		b.appendSQL(c)
	}
	b.s(" FROM (").appendSQL(inner).s(") AS ").ident("sub")
	x.plan.Root = &plan.Query{Stmt: b.stmt(false)}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecord, Shape: ac.shape}
	return nil
}

// orderField is a scalar orderBy term, for Prisma's cursor checks.
type orderField struct {
	fi *fieldInfo
	// hops are the relation fields walked to reach fi.
	hops []*schema.Field
}

// scalarOrderFields lists the scalar terms of an orderBy argument (not the
// aggregation and relevance ones).
func (x *cc) scalarOrderFields(mi *modelInfo, v protocol.Value) []orderField {
	var out []orderField
	var walk func(mi *modelInfo, obj protocol.Value, hops []*schema.Field)
	walk = func(mi *modelInfo, obj protocol.Value, hops []*schema.Field) {
		if obj.Kind != protocol.Object || len(obj.Members) == 0 {
			return
		}
		m := obj.Members[0]
		fi := mi.fields[m.Key]
		if fi == nil {
			return
		}
		if fi.f.Kind != schema.RelationField {
			out = append(out, orderField{fi: fi, hops: hops})
			return
		}
		if fi.f.List || fi.f.Relation == nil {
			return
		}
		cmi := x.c.models[fi.f.Relation.RelatedModel.Name]
		if cmi == nil {
			return
		}
		walk(cmi, m.Value, append(append([]*schema.Field(nil), hops...), fi.f))
	}
	v = x.paramValue(v)
	for _, obj := range listOf(v) {
		walk(mi, obj, nil)
	}
	return out
}

// stableCursorOrder is Prisma's check that a cursor can be used in SQL: the
// ordering is stable (a unique field or a whole unique index of the model
// among the terms, not a compound @@id; no optional relation hop) and no
// ordered field is optional (a null cursor).
func (x *cc) stableCursorOrder(mi *modelInfo, orderBy protocol.Value) bool {
	terms := x.scalarOrderFields(mi, orderBy)
	var onModel []*fieldInfo
	stable := false
	for _, t := range terms {
		if !t.fi.f.Required() {
			return false // null cursor
		}
		for _, h := range t.hops {
			if !h.Required() {
				return false // optional hop
			}
		}
		if len(t.hops) == 0 {
			onModel = append(onModel, t.fi)
			if isUniqueField(mi.m, t.fi.f) {
				stable = true
			}
		} else if isUniqueField(t.hops[len(t.hops)-1].Relation.RelatedModel, t.fi.f) && allOneToOne(t.hops) {
			stable = true
		}
	}
	if stable {
		return true
	}
	covered := func(fields []*schema.Field) bool {
		if len(fields) == 0 {
			return false
		}
		for _, f := range fields {
			ok := false
			for _, o := range onModel {
				if o.f == f {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	for _, u := range mi.m.Uniques {
		if covered(u.Fields) {
			return true
		}
	}
	return false
}

// allOneToOne reports relation hops that are all one-to-one.
func allOneToOne(hops []*schema.Field) bool {
	for _, h := range hops {
		if h.Relation == nil || h.Relation.Opposite == nil || h.List || h.Relation.Opposite.List {
			return false
		}
	}
	return true
}
