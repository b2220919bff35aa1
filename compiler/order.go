package compiler

import (
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// orderItem is one ORDER BY term.
type orderItem struct {
	expr     *sqlb
	desc     bool
	nulls    string // "first", "last" or ""
	nullable bool   // the ordered scalar field is optional
	// hopped is set for an ordering reached through a to-one relation;
	// fks are then the optional foreign keys of its last hop, as values in
	// the query's scope (Prisma's cursor condition also keeps rows where
	// one is NULL).
	hopped bool
	fks    []*sqlb
	// enum is set for an enum field of the ordered model itself.
	enum bool
	// cmpExpr, when set, replaces expr in the cursor condition: the
	// enum's text where expr sorts on its ordinal (EnumOrdinalSort), since
	// Prisma's cursor compares the text there.
	cmpExpr *sqlb
	// count is set for the _count of a to-many relation.
	count bool
}

// cursorExpr is what the cursor condition compares.
func (o orderItem) cursorExpr() *sqlb {
	if o.cmpExpr != nil {
		return o.cmpExpr
	}
	return o.expr
}

// orderBy compiles an orderBy argument (an object or a list of objects).
func (x *cc) orderBy(lv *level, v protocol.Value) ([]orderItem, error) {
	v = x.paramValue(v)
	if !v.Exists() || v.IsNull() {
		return nil, nil
	}
	var out []orderItem
	add := func(obj protocol.Value) error {
		items, err := x.orderObject(lv.mi, lv.alias, obj)
		if err != nil {
			return err
		}
		for i := range items {
			if it := &items[i]; it.count && it.hopped {
				// A relation count reached through a to-one relation is
				// NULL where that relation is: Prisma counts it as 0
				// (COALESCE of the count, 0 bound).
				b := newSQL(x.d)
				b.s("COALESCE(").appendSQL(it.expr).s(", ").arg(intArg(0)).s(")")
				it.expr = b
			}
		}
		out = append(out, items...)
		return nil
	}
	if v.Kind == protocol.Array {
		for i := range v.Members {
			if err := add(v.Members[i].Value); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if err := add(v); err != nil {
		return nil, err
	}
	return out, nil
}

// orderObject compiles one orderBy object of model mi under alias.
func (x *cc) orderObject(mi *modelInfo, alias string, obj protocol.Value) ([]orderItem, error) {
	var out []orderItem
	for i := range obj.Members {
		m := obj.Members[i]
		if m.Key == "_relevance" {
			it, err := x.relevanceOrder(mi, alias, m.Value)
			if err != nil {
				return nil, err
			}
			out = append(out, it)
			continue
		}
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, errorf("P2009", "Unknown orderBy field `%s`", m.Key)
		}
		if fi.f.Kind != schema.RelationField {
			desc, nulls, err := sortOf(m.Value)
			if err != nil {
				return nil, err
			}
			out = append(out, orderItem{expr: colExpr(x, alias, fi.col), desc: desc, nulls: nulls, nullable: !fi.f.Required(), enum: fi.f.Kind == schema.EnumField})
			continue
		}
		rf := fi.f
		cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
		if err != nil {
			return nil, err
		}
		if rf.List {
			// {posts: {_count: "desc"}}
			cnt := m.Value.Get("_count")
			if !cnt.Exists() {
				return nil, errorf("P2009", "Invalid orderBy on relation `%s`", m.Key)
			}
			desc, nulls, err := sortOf(cnt)
			if err != nil {
				return nil, err
			}
			b, err := x.relationCountExpr(mi, alias, rf, protocol.Value{})
			if err != nil {
				return nil, err
			}
			out = append(out, orderItem{expr: b, desc: desc, nulls: nulls, count: true})
			continue
		}
		// To-one: order by the related record's fields through a scalar subquery.
		ra := x.newAlias()
		sub, err := x.orderObject(cmi, ra, m.Value)
		if err != nil {
			return nil, err
		}
		through := func(e *sqlb) *sqlb {
			b := newSQL(x.d)
			b.s("(SELECT ").appendSQL(e).s(" FROM ")
			x.table(b, cmi)
			b.s(" AS ").ident(ra).s(" WHERE ")
			x.relationJoinCond(b, mi, alias, rf, cmi, ra)
			b.s(")")
			return b
		}
		for _, it := range sub {
			var fks []*sqlb
			switch {
			case it.count:
				// A relation count through to-one relations: Prisma's
				// cursor condition keeps no rows for NULL foreign keys
				// there (the count is 0, not NULL).
			case it.hopped:
				for _, fk := range it.fks {
					fks = append(fks, through(fk))
				}
			case rf.Relation.Inline:
				for _, f := range rf.Relation.Fields {
					if !f.Required() {
						fks = append(fks, colExpr(x, alias, mi.fields[f.Name].col))
					}
				}
			}
			o := orderItem{expr: through(it.expr), desc: it.desc, nulls: it.nulls, nullable: it.nullable, hopped: true, fks: fks, count: it.count}
			if it.cmpExpr != nil {
				o.cmpExpr = through(it.cmpExpr)
			}
			if it.enum && x.d.Has(dialect.EnumOrdinalSort) {
				// The subquery would return the enum's text; sort on its
				// ordinal, as a join on the column would.
				o.cmpExpr = o.expr
				o.expr = through(newSQL(x.d).s("(").appendSQL(it.expr).s(" + 0)"))
			}
			out = append(out, o)
		}
	}
	return out, nil
}

// relationJoinCond writes the condition linking parent alias (model mi)
// with child alias (model cmi) across to-one or to-many relation rf.
func (x *cc) relationJoinCond(b *sqlb, mi *modelInfo, alias string, rf *schema.Field, cmi *modelInfo, calias string) {
	pf, cf := relationFields(rf)
	for i := range pf {
		if i > 0 {
			b.s(" AND ")
		}
		b.col(calias, cmi.fields[cf[i].Name].col).s(" = ").col(alias, mi.fields[pf[i].Name].col)
	}
}

// sortOf reads "asc", "desc" or {sort, nulls}.
func sortOf(v protocol.Value) (desc bool, nulls string, err error) {
	switch v.Kind {
	case protocol.String:
		return v.Str == "desc", "", nil
	case protocol.Object:
		s := v.Get("sort")
		n := v.Get("nulls")
		if n.Kind == protocol.String {
			nulls = n.Str
		}
		return s.Str == "desc", nulls, nil
	}
	return false, "", errorf("P2009", "Invalid sort order")
}

// writeOrder writes one ORDER BY term, reversed for negative take.
func (x *cc) writeOrder(b *sqlb, o orderItem, reverse bool) {
	desc := o.desc != reverse
	nulls := o.nulls
	if reverse {
		switch nulls {
		case "first":
			nulls = "last"
		case "last":
			nulls = "first"
		}
	}
	if nulls != "" && !x.d.Has(dialect.NullsFirstLast) {
		// No NULLS FIRST/LAST (MySQL, SQL Server): sort on a key that
		// puts the NULLs first or last, then on the expression.
		x.d.NullsSortKey(b, func() { b.appendSQL(o.expr) }, nulls == "first")
		nulls = ""
	}
	b.appendSQL(o.expr)
	if desc {
		b.s(" DESC")
	} else {
		b.s(" ASC")
	}
	switch nulls {
	case "first":
		b.s(" NULLS FIRST")
	case "last":
		b.s(" NULLS LAST")
	}
}

// cursorCondition builds the SQL condition that keeps rows from the cursor
// onwards in the given order (Prisma's cursor_condition).
func (x *cc) cursorCondition(lv *level, cursor protocol.Value, orders []orderItem, reverse bool) (*sqlb, error) {
	// The cursor row's equality, for the comparison subqueries.
	eq := newSQL(x.d)
	n := 0
	err := x.uniqueFields(lv.mi, cursor, func(fi *fieldInfo, v protocol.Value) error {
		a, err := x.valueArg(v, fi, false)
		if err != nil {
			return err
		}
		if n > 0 {
			eq.s(" AND ")
		}
		eq.col(lv.alias, fi.col).s(" = ").arg(a)
		n++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errorf("P2009", "Invalid cursor")
	}
	cmp := func(o orderItem) *sqlb {
		b := newSQL(x.d)
		b.s("(SELECT ").appendSQL(o.cursorExpr()).s(" FROM ")
		x.table(b, lv.mi)
		b.s(" AS ").ident(lv.alias).s(" WHERE ").appendSQL(eq).s(")")
		return b
	}
	orderCond := func(o orderItem, includeEq bool) *sqlb {
		b := newSQL(x.d)
		desc := o.desc != reverse
		op := " > "
		switch {
		case desc && includeEq:
			op = " <= "
		case desc:
			op = " < "
		case includeEq:
			op = " >= "
		}
		if o.nullable || len(o.fks) > 0 {
			b.s("(")
		}
		b.appendSQL(o.cursorExpr()).s(op).appendSQL(cmp(o))
		if o.nullable {
			b.s(" OR ").appendSQL(o.cursorExpr()).s(" IS NULL OR ").appendSQL(cmp(o)).s(" IS NULL")
		}
		for _, fk := range o.fks {
			b.s(" OR ").appendSQL(fk).s(" IS NULL")
		}
		if o.nullable || len(o.fks) > 0 {
			b.s(")")
		}
		return b
	}
	eqCond := func(o orderItem) *sqlb {
		b := newSQL(x.d)
		if o.nullable {
			b.s("(")
		}
		b.appendSQL(o.cursorExpr()).s(" = ").appendSQL(cmp(o))
		if o.nullable {
			b.s(" OR ").appendSQL(cmp(o)).s(" IS NULL OR ").appendSQL(o.cursorExpr()).s(" IS NULL)")
		}
		return b
	}
	if len(orders) == 0 {
		return nil, nil
	}
	if len(orders) == 1 {
		return orderCond(orders[0], true), nil
	}
	out := newSQL(x.d)
	out.s("(")
	l := len(orders)
	for k := 0; k < l; k++ {
		head := orders[:l-k-1]
		tail := orders[l-k-1]
		if k > 0 {
			out.s(" OR ")
		}
		out.s("(")
		for i, h := range head {
			if i > 0 {
				out.s(" AND ")
			}
			out.appendSQL(eqCond(h))
		}
		if len(head) > 0 {
			out.s(" AND ")
		}
		out.appendSQL(orderCond(tail, len(head) == l-1))
		out.s(")")
	}
	out.s(")")
	return out, nil
}

// relevanceOrder compiles orderBy {_relevance: {fields, search, sort}}.
func (x *cc) relevanceOrder(mi *modelInfo, alias string, v protocol.Value) (orderItem, error) {
	return x.relevanceExpr(mi, alias, v) // search.go
}

// orderScalar is one scalar ordering: a field, reached through hops.
type orderScalar struct {
	fi   *fieldInfo
	hops []*schema.Field // relation fields crossed, from the source model
}

// orderScalars lists the scalar orderings of an orderBy argument
// (aggregations and relevance are not scalar orderings).
func (x *cc) orderScalars(mi *modelInfo, v protocol.Value) []orderScalar {
	var out []orderScalar
	var walk func(mi *modelInfo, obj protocol.Value, hops []*schema.Field)
	walk = func(mi *modelInfo, obj protocol.Value, hops []*schema.Field) {
		for i := range obj.Members {
			m := obj.Members[i]
			fi := mi.fields[m.Key]
			if fi == nil {
				continue
			}
			if fi.f.Kind != schema.RelationField {
				out = append(out, orderScalar{fi: fi, hops: hops})
				continue
			}
			if fi.f.List {
				continue
			}
			if rmi := x.c.models[fi.f.Relation.RelatedModel.Name]; rmi != nil {
				walk(rmi, m.Value, append(append([]*schema.Field(nil), hops...), fi.f))
			}
		}
	}
	for _, obj := range listOf(x.paramValue(v)) {
		walk(mi, obj, nil)
	}
	return out
}

// stableOrdering reports whether the ordering of a read with a cursor
// orders records uniquely, as Prisma's is_stable_ordering decides: a unique
// field of the model, all fields of a unique index (@unique, @@unique; not
// a compound @@id, which is no index), or a unique field reached over
// one-to-one relations only (any optional hop makes it unstable). Without
// an orderBy, a cursor orders by the primary identifier (Prisma's implicit
// ordering), which is unstable for a compound @@id.
func (x *cc) stableOrdering(mi *modelInfo, v protocol.Value) bool {
	v = x.paramValue(v)
	if !v.Exists() || v.IsNull() || (v.Kind == protocol.Array && len(v.Members) == 0) {
		return implicitOrderStable(mi)
	}
	items := x.orderScalars(mi, v)
	var onModel []*fieldInfo
	for _, it := range items {
		for _, h := range it.hops {
			if h.Optional {
				return false
			}
		}
		if len(it.hops) == 0 {
			onModel = append(onModel, it.fi)
		}
	}
	for _, fi := range onModel {
		if isUniqueField(mi.m, fi.f) {
			return true
		}
	}
	hasAll := func(fields []*schema.Field) bool {
		for _, f := range fields {
			found := false
			for _, fi := range onModel {
				if fi.f == f {
					found = true
				}
			}
			if !found {
				return false
			}
		}
		return len(fields) > 0
	}
	for _, u := range mi.m.Uniques {
		if hasAll(u.Fields) {
			return true
		}
	}
	for _, it := range items {
		if len(it.hops) == 0 || !isUniqueField(it.fi.f.Model, it.fi.f) {
			continue
		}
		oneToOne := true
		for _, h := range it.hops {
			if h.Relation == nil || h.Relation.Kind != schema.OneToOne {
				oneToOne = false
			}
		}
		if oneToOne {
			return true
		}
	}
	return false
}

// implicitOrderStable reports whether Prisma's implicit ordering of a
// paginated read, the primary identifier's fields, is stable: a single
// unique field, or fields that are a unique index (a compound @@id alone is
// not one).
func implicitOrderStable(mi *modelInfo) bool {
	if len(mi.ids) == 1 {
		return isUniqueField(mi.m, mi.ids[0].f)
	}
	for _, u := range mi.m.Uniques {
		covered := len(u.Fields) > 0
		for _, f := range u.Fields {
			in := false
			for _, id := range mi.ids {
				if id.f == f {
					in = true
				}
			}
			covered = covered && in
		}
		if covered {
			return true
		}
	}
	return false
}

// nullableOrdering reports an ordering on an optional field (a cursor over
// it needs in-memory processing).
func (x *cc) nullableOrdering(mi *modelInfo, v protocol.Value) bool {
	for _, it := range x.orderScalars(mi, v) {
		if !it.fi.f.Required() {
			return true
		}
	}
	return false
}
