package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// filter writes the condition of a WhereInput of model mi under alias.
// It writes nothing for an absent or empty where.
func (x *cc) filter(b *sqlb, mi *modelInfo, alias string, where protocol.Value) error {
	if !where.Exists() || where.IsNull() || where.Kind != protocol.Object || len(where.Members) == 0 {
		return nil
	}
	conds, err := x.whereConds(mi, alias, where)
	if err != nil {
		return err
	}
	writeAnd(b, conds)
	return nil
}

// writeAnd writes conds joined by AND, parenthesised when several.
func writeAnd(b *sqlb, conds []*sqlb) {
	switch len(conds) {
	case 0:
		b.s("1=1")
	case 1:
		b.appendSQL(conds[0])
	default:
		b.s("(")
		for i, c := range conds {
			if i > 0 {
				b.s(" AND ")
			}
			b.appendSQL(c)
		}
		b.s(")")
	}
}

func writeOr(b *sqlb, conds []*sqlb) {
	switch len(conds) {
	case 0:
		b.s("1=0")
	case 1:
		b.appendSQL(conds[0])
	default:
		b.s("(")
		for i, c := range conds {
			if i > 0 {
				b.s(" OR ")
			}
			b.appendSQL(c)
		}
		b.s(")")
	}
}

// whereConds compiles each member of a WhereInput object into a condition.
func (x *cc) whereConds(mi *modelInfo, alias string, where protocol.Value) ([]*sqlb, error) {
	var conds []*sqlb
	for i := range where.Members {
		m := where.Members[i]
		switch m.Key {
		case "AND":
			for _, group := range listOf(m.Value) {
				sub, err := x.whereConds(mi, alias, group)
				if err != nil {
					return nil, err
				}
				conds = append(conds, sub...)
			}
			if m.Value.Kind == protocol.Array && len(m.Value.Members) == 0 {
				b := newSQL(x.d)
				b.s("1=1")
				conds = append(conds, b)
			}
			continue
		case "OR":
			var ors []*sqlb
			for _, group := range listOf(m.Value) {
				sub, err := x.whereConds(mi, alias, group)
				if err != nil {
					return nil, err
				}
				g := newSQL(x.d)
				writeAnd(g, sub)
				ors = append(ors, g)
			}
			b := newSQL(x.d)
			writeOr(b, ors)
			conds = append(conds, b)
			continue
		case "NOT":
			for _, group := range listOf(m.Value) {
				sub, err := x.whereConds(mi, alias, group)
				if err != nil {
					return nil, err
				}
				b := newSQL(x.d)
				b.s("(NOT ")
				writeAnd(b, sub)
				b.s(")")
				conds = append(conds, b)
			}
			continue
		}
		fi := mi.fields[m.Key]
		if fi == nil {
			if crit := compoundCriterion(mi.m, m.Key); crit != nil {
				for _, f := range crit {
					cfi := mi.fields[f.Name]
					c, err := x.scalarCond(mi, alias, cfi, m.Value.Get(f.Name))
					if err != nil {
						return nil, err
					}
					conds = append(conds, c...)
				}
				continue
			}
			return nil, errorf("P2009", "Unknown where field `%s` on `%s`", m.Key, mi.m.Name)
		}
		if fi.f.Kind == schema.RelationField {
			c, err := x.relationCond(mi, alias, fi.f, m.Value)
			if err != nil {
				return nil, err
			}
			conds = append(conds, c)
			continue
		}
		c, err := x.scalarCond(mi, alias, fi, m.Value)
		if err != nil {
			return nil, err
		}
		conds = append(conds, c...)
	}
	return conds, nil
}

// listOf returns a value as a list of objects (an object is a list of one).
func listOf(v protocol.Value) []protocol.Value {
	switch v.Kind {
	case protocol.Array:
		out := make([]protocol.Value, len(v.Members))
		for i := range v.Members {
			out[i] = v.Members[i].Value
		}
		return out
	case protocol.Object:
		return []protocol.Value{v}
	}
	return nil
}

// isFilterObject reports whether v is a filter object ({equals: ...}), as
// opposed to a value (a scalar, a tagged value, or a list for list fields).
func isFilterObject(v protocol.Value) bool {
	if v.Kind != protocol.Object {
		return false
	}
	t, _ := v.TaggedType()
	return t == ""
}

// fieldRef returns the field a FieldRef value points at.
func fieldRef(mi *modelInfo, v protocol.Value) (*fieldInfo, bool) {
	t, inner := v.TaggedType()
	if t != "FieldRef" {
		return nil, false
	}
	fi := mi.fields[inner.Get("_ref").Str]
	return fi, fi != nil
}

// scalarCond compiles the filter of one scalar field.
func (x *cc) scalarCond(mi *modelInfo, alias string, fi *fieldInfo, v protocol.Value) ([]*sqlb, error) {
	col := colExpr(x, alias, fi.col)
	if !isFilterObject(v) {
		c, err := x.compare(mi, alias, fi, col, "=", v, false)
		if err != nil {
			return nil, err
		}
		return []*sqlb{c}, nil
	}
	insensitive := v.Get("mode").Str == "insensitive" && x.d.Has(dialect.ILike)
	if fi.typ == types.JSON {
		return x.jsonConds(mi, alias, fi, v)
	}
	var conds []*sqlb
	for i := range v.Members {
		m := v.Members[i]
		var c *sqlb
		var err error
		switch m.Key {
		case "mode":
			continue
		case "equals":
			c, err = x.compare(mi, alias, fi, col, "=", m.Value, insensitive)
		case "not":
			if isFilterObject(m.Value) {
				sub, err := x.scalarCond(mi, alias, fi, withMode(m.Value, v.Get("mode")))
				if err != nil {
					return nil, err
				}
				c = newSQL(x.d)
				c.s("(NOT ")
				writeAnd(c, sub)
				c.s(")")
			} else {
				c, err = x.compare(mi, alias, fi, col, "<>", m.Value, insensitive)
			}
		case "lt":
			c, err = x.compare(mi, alias, fi, col, "<", m.Value, insensitive)
		case "lte":
			c, err = x.compare(mi, alias, fi, col, "<=", m.Value, insensitive)
		case "gt":
			c, err = x.compare(mi, alias, fi, col, ">", m.Value, insensitive)
		case "gte":
			c, err = x.compare(mi, alias, fi, col, ">=", m.Value, insensitive)
		case "in", "notIn":
			c, err = x.inCond(mi, alias, fi, col, m.Value, m.Key == "notIn", insensitive)
		case "contains", "startsWith", "endsWith":
			c, err = x.likeCond(mi, alias, fi, col, m.Key, m.Value, insensitive)
		case "search":
			c, err = x.searchCond(mi, alias, fi, m.Value)
		case "has", "hasEvery", "hasSome", "isEmpty":
			c, err = x.listCond(fi, col, m.Key, m.Value)
		default:
			return nil, errorf("P2009", "Unknown filter `%s` on field `%s`", m.Key, fi.f.Name)
		}
		if err != nil {
			return nil, err
		}
		if c != nil {
			conds = append(conds, c)
		}
	}
	return conds, nil
}

// withMode copies a parent filter's mode into a nested `not` filter.
func withMode(v, mode protocol.Value) protocol.Value {
	if !mode.Exists() || v.Get("mode").Exists() {
		return v
	}
	out := protocol.Value{Kind: protocol.Object, Members: append(append([]protocol.Member(nil), v.Members...), protocol.Member{Key: "mode", Value: mode})}
	return out
}

// compare writes col <op> value, handling null and field references.
func (x *cc) compare(mi *modelInfo, alias string, fi *fieldInfo, col *sqlb, op string, v protocol.Value, insensitive bool) (*sqlb, error) {
	b := newSQL(x.d)
	if v.IsNull() || !v.Exists() {
		switch op {
		case "=":
			b.appendSQL(col).s(" IS NULL")
			return b, nil
		case "<>":
			b.appendSQL(col).s(" IS NOT NULL")
			return b, nil
		}
		// Comparisons with null match nothing.
		b.s("1=0")
		return b, nil
	}
	if ref, ok := fieldRef(mi, v); ok {
		x.wrapLower(b, col, insensitive)
		b.s(" " + op + " ")
		x.wrapLower(b, colExpr(x, alias, ref.col), insensitive)
		return b, nil
	}
	a, err := x.valueArg(v, fi, fi.f.List)
	if err != nil {
		return nil, err
	}
	x.wrapLower(b, col, insensitive)
	b.s(" " + op + " ")
	if insensitive {
		b.s("LOWER(").arg(a).s(")")
	} else {
		b.arg(a)
	}
	return b, nil
}

func (x *cc) wrapLower(b, col *sqlb, insensitive bool) {
	if insensitive {
		b.s("LOWER(").appendSQL(col).s(")")
	} else {
		b.appendSQL(col)
	}
}

// inCond writes col IN (...) / col NOT IN (...).
func (x *cc) inCond(mi *modelInfo, alias string, fi *fieldInfo, col *sqlb, v protocol.Value, not, insensitive bool) (*sqlb, error) {
	b := newSQL(x.d)
	if ref, ok := fieldRef(mi, v); ok {
		// in: FieldRef to a scalar list (PostgreSQL): col = ANY(ref).
		if not {
			b.s("NOT ")
		}
		b.appendSQL(col).s(" = ANY(").appendSQL(colExpr(x, alias, ref.col)).s(")")
		return b, nil
	}
	if v.IsNull() {
		b.s("1=0")
		return b, nil
	}
	if v.Kind == protocol.Array && len(v.Members) == 0 {
		if not {
			b.s("1=1")
		} else {
			b.s("1=0")
		}
		return b, nil
	}
	// Nulls in the list: Prisma compares non-null values with IN and adds
	// IS NULL for the null.
	hasNull := false
	if v.Kind == protocol.Array {
		var rest []protocol.Member
		for _, e := range v.Members {
			if e.Value.IsNull() {
				hasNull = true
			} else {
				rest = append(rest, e)
			}
		}
		if hasNull {
			v = protocol.Value{Kind: protocol.Array, Members: rest}
		}
	}
	a, err := x.valueArg(v, fi, true)
	if err != nil {
		return nil, err
	}
	if hasNull {
		b.s("(")
	}
	x.wrapLower(b, col, insensitive)
	if not {
		b.s(" NOT IN ")
	} else {
		b.s(" IN ")
	}
	if insensitive {
		b.tupleWrapped(a, "LOWER(", ")")
	} else {
		b.tuple(a)
	}
	if hasNull {
		if not {
			b.s(" AND ").appendSQL(col).s(" IS NOT NULL)")
		} else {
			b.s(" OR ").appendSQL(col).s(" IS NULL)")
		}
	}
	return b, nil
}

// likeCond writes contains/startsWith/endsWith.
func (x *cc) likeCond(mi *modelInfo, alias string, fi *fieldInfo, col *sqlb, op string, v protocol.Value, insensitive bool) (*sqlb, error) {
	b := newSQL(x.d)
	if v.IsNull() {
		b.s("1=0")
		return b, nil
	}
	var val *sqlb
	if ref, ok := fieldRef(mi, v); ok {
		val = colExpr(x, alias, ref.col)
	} else {
		a, err := x.typedArg(v, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, fi, false)
		if err != nil {
			return nil, err
		}
		val = newSQL(x.d)
		val.arg(a)
	}
	b.appendSQL(col)
	if x.d.Family == dialect.Postgres {
		b.s("::text")
	}
	if insensitive {
		b.s(" ILIKE ")
	} else {
		b.s(" LIKE ")
	}
	pre, post := op != "startsWith", op != "endsWith"
	x.concatLike(b, val, pre, post)
	return b, nil
}

// concatLike writes '%' || v || '%' in the dialect's spelling.
func (x *cc) concatLike(b *sqlb, v *sqlb, pre, post bool) {
	switch x.d.Family {
	case dialect.MySQL:
		b.s("CONCAT(")
		if pre {
			b.s("'%', ")
		}
		b.appendSQL(v)
		if post {
			b.s(", '%'")
		}
		b.s(")")
	case dialect.SQLServer:
		b.s("(")
		if pre {
			b.s("'%' + ")
		}
		b.appendSQL(v)
		if post {
			b.s(" + '%'")
		}
		b.s(")")
	default:
		b.s("(")
		if pre {
			b.s("'%' || ")
		}
		b.appendSQL(v)
		if post {
			b.s(" || '%'")
		}
		b.s(")")
	}
}

// listCond compiles scalar-list filters (PostgreSQL).
func (x *cc) listCond(fi *fieldInfo, col *sqlb, op string, v protocol.Value) (*sqlb, error) {
	b := newSQL(x.d)
	switch op {
	case "isEmpty":
		empty := v.Kind == protocol.Bool && v.Bool
		if empty {
			b.s("COALESCE(array_length(").appendSQL(col).s(", 1), 0) = 0")
		} else {
			b.s("COALESCE(array_length(").appendSQL(col).s(", 1), 0) > 0")
		}
		return b, nil
	case "has":
		if v.IsNull() {
			b.s("1=0")
			return b, nil
		}
		a, err := x.valueArg(v, fi, false)
		if err != nil {
			return nil, err
		}
		b.arg(a).s(" = ANY(").appendSQL(col).s(")")
		return b, nil
	case "hasEvery", "hasSome":
		a, err := x.valueArg(v, fi, true)
		if err != nil {
			return nil, err
		}
		b.appendSQL(col)
		if op == "hasEvery" {
			b.s(" @> ")
		} else {
			b.s(" && ")
		}
		b.arg(a)
		return b, nil
	}
	return nil, errorf("P2009", "Unknown list filter `%s`", op)
}

// relationCond compiles a relation filter.
func (x *cc) relationCond(mi *modelInfo, alias string, rf *schema.Field, v protocol.Value) (*sqlb, error) {
	cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
	if err != nil {
		return nil, err
	}
	b := newSQL(x.d)
	if rf.List {
		for i := range v.Members {
			m := v.Members[i]
			if i > 0 {
				b.s(" AND ")
			}
			switch m.Key {
			case "some":
				if err := x.existsRel(b, mi, alias, rf, cmi, m.Value, false, false); err != nil {
					return nil, err
				}
			case "none":
				if err := x.existsRel(b, mi, alias, rf, cmi, m.Value, true, false); err != nil {
					return nil, err
				}
			case "every":
				if err := x.existsRel(b, mi, alias, rf, cmi, m.Value, true, true); err != nil {
					return nil, err
				}
			default:
				return nil, errorf("P2009", "Unknown relation filter `%s`", m.Key)
			}
		}
		if len(v.Members) == 0 {
			b.s("1=1")
		}
		if len(v.Members) > 1 {
			wrapped := newSQL(x.d)
			wrapped.s("(").appendSQL(b).s(")")
			return wrapped, nil
		}
		return b, nil
	}
	// To-one.
	if v.IsNull() {
		err := x.existsRel(b, mi, alias, rf, cmi, protocol.Value{}, true, false)
		return b, err
	}
	is, isNot := v.Get("is"), v.Get("isNot")
	if !is.Exists() && !isNot.Exists() {
		err := x.existsRel(b, mi, alias, rf, cmi, v, false, false)
		return b, err
	}
	n := 0
	if is.Exists() {
		if is.IsNull() {
			err = x.existsRel(b, mi, alias, rf, cmi, protocol.Value{}, true, false)
		} else {
			err = x.existsRel(b, mi, alias, rf, cmi, is, false, false)
		}
		if err != nil {
			return nil, err
		}
		n++
	}
	if isNot.Exists() {
		if n > 0 {
			b.s(" AND ")
		}
		if isNot.IsNull() {
			err = x.existsRel(b, mi, alias, rf, cmi, protocol.Value{}, false, false)
		} else {
			// Prisma: (NOT W on the related row) OR no related row, with
			// SQL's three-valued NOT.
			b.s("(")
			if err = x.existsRel(b, mi, alias, rf, cmi, protocol.Value{}, true, false); err == nil {
				b.s(" OR ")
				err = x.existsRel(b, mi, alias, rf, cmi, isNot, false, true)
			}
			b.s(")")
		}
		if err != nil {
			return nil, err
		}
		n++
	}
	if n > 1 {
		wrapped := newSQL(x.d)
		wrapped.s("(").appendSQL(b).s(")")
		return wrapped, nil
	}
	return b, nil
}

// existsRel writes [NOT] EXISTS (SELECT 1 FROM related WHERE link AND [NOT] (where)).
func (x *cc) existsRel(b *sqlb, mi *modelInfo, alias string, rf *schema.Field, cmi *modelInfo, where protocol.Value, not, negateWhere bool) error {
	ca := x.newAlias()
	inner := newSQL(x.d)
	if err := x.filter(inner, cmi, ca, where); err != nil {
		return err
	}
	if negateWhere && inner.empty() {
		// NOT of an empty (true) condition never holds: every {} holds for
		// every record, and isNot {} only where there is no related record.
		if not {
			b.s("1=1")
		} else {
			b.s("1=0")
		}
		return nil
	}
	if not {
		b.s("NOT ")
	}
	b.s("EXISTS(SELECT 1 FROM ")
	if rf.Relation.Kind == schema.ManyToMany {
		table, pcol, ccol := joinColumns(rf)
		ja := x.newAlias()
		x.tableName(b, table)
		b.s(" AS ").ident(ja).s(" INNER JOIN ")
		x.table(b, cmi)
		b.s(" AS ").ident(ca).s(" ON ").col(ja, ccol).s(" = ").col(ca, cmi.ids[0].col)
		b.s(" WHERE ").col(ja, pcol).s(" = ").col(alias, mi.ids[0].col)
	} else {
		x.table(b, cmi)
		b.s(" AS ").ident(ca).s(" WHERE ")
		x.relationJoinCond(b, mi, alias, rf, cmi, ca)
	}
	if !inner.empty() {
		b.s(" AND ")
		if negateWhere {
			b.s("(NOT ").appendSQL(inner).s(")")
		} else {
			b.appendSQL(inner)
		}
	}
	b.s(")")
	return nil
}

// jsonConds compiles Json field filters.
func (x *cc) jsonConds(mi *modelInfo, alias string, fi *fieldInfo, v protocol.Value) ([]*sqlb, error) {
	col := colExpr(x, alias, fi.col)
	var conds []*sqlb
	for i := range v.Members {
		m := v.Members[i]
		switch m.Key {
		case "equals", "not":
			b := newSQL(x.d)
			t, inner := m.Value.TaggedType()
			if t == "Enum" {
				// DbNull, JsonNull, AnyNull.
				switch inner.Str {
				case "DbNull":
					b.appendSQL(col)
					if m.Key == "equals" {
						b.s(" IS NULL")
					} else {
						b.s(" IS NOT NULL")
					}
				case "JsonNull":
					if m.Key == "not" {
						b.s("(").appendSQL(col).s(" IS NULL OR ")
					}
					x.jsonText(b, col)
					if m.Key == "equals" {
						b.s(" = 'null'")
					} else {
						b.s(" <> 'null')")
					}
				case "AnyNull":
					if m.Key == "equals" {
						b.s("(").appendSQL(col).s(" IS NULL OR ")
						x.jsonText(b, col)
						b.s(" = 'null')")
					} else {
						b.s("(").appendSQL(col).s(" IS NOT NULL AND ")
						x.jsonText(b, col)
						b.s(" <> 'null')")
					}
				default:
					return nil, errorf("P2009", "Invalid Json null value `%s`", inner.Str)
				}
				conds = append(conds, b)
				continue
			}
			a, err := x.valueArg(m.Value, fi, false)
			if err != nil {
				return nil, err
			}
			x.jsonEquals(b, col, a, m.Key == "not")
			conds = append(conds, b)
		case "mode":
		default:
			return nil, errorf("P2009", "Json filter `%s` is not supported yet", m.Key)
		}
	}
	return conds, nil
}

// jsonText writes the column's JSON as comparable text.
func (x *cc) jsonText(b *sqlb, col *sqlb) {
	switch x.d.Family {
	case dialect.Postgres:
		b.appendSQL(col).s("::jsonb::text")
	case dialect.MySQL:
		b.s("CAST(").appendSQL(col).s(" AS JSON)")
	default:
		b.s("json(").appendSQL(col).s(")")
	}
}

// jsonEquals writes a JSON equality (or inequality) with a bound JSON text.
func (x *cc) jsonEquals(b *sqlb, col *sqlb, a plan.Arg, not bool) {
	op := " = "
	if not {
		op = " <> "
	}
	switch x.d.Family {
	case dialect.Postgres:
		b.appendSQL(col).s("::jsonb" + op).arg(a).s("::jsonb")
	case dialect.MySQL:
		b.appendSQL(col).s(op).s("CAST(").arg(a).s(" AS JSON)")
	default:
		b.s("json(").appendSQL(col).s(")" + op + "json(").arg(a).s(")")
	}
}

// searchCond compiles full-text search.
func (x *cc) searchCond(mi *modelInfo, alias string, fi *fieldInfo, v protocol.Value) (*sqlb, error) {
	return nil, errorf("P2009", "Full-text search is not supported by %s", x.d.Name)
}
