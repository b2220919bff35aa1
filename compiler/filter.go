package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// The filter compiler mirrors Prisma's two steps: a WhereInput is first
// extracted into a filter tree with Prisma's rules (empty groups stripped,
// `not` objects parsed in reverse, one filter per operation), then the tree
// is rendered to SQL with Prisma's shapes (LEFT JOINs for to-one relations,
// EXISTS subqueries for to-many ones), so that NULLs behave identically.

type fkind uint8

const (
	fEmpty fkind = iota
	fAnd
	fOr
	fNot
	fScalar
	fRelation     // some / every / none / to-one related
	fRelationNull // one_relation_is_null
	fAggregate    // having: _count/_avg/... of a field
	fRawTrue      // 1=1
)

type relCond uint8

const (
	relSome relCond = iota
	relEvery
	relNone
	relToOne
)

type cmpOp uint8

const (
	opEquals cmpOp = iota
	opNotEquals
	opIn
	opNotIn
	opLt
	opLte
	opGt
	opGte
	opContains
	opNotContains
	opStartsWith
	opNotStartsWith
	opEndsWith
	opNotEndsWith
	opSearch
	opNotSearch
	opHas
	opHasEvery
	opHasSome
	opIsEmpty
	// Json-only operations.
	opJSONEquals
	opJSONNotEquals
	opJSONLt
	opJSONLte
	opJSONGt
	opJSONGte
	opJSONStringContains
	opJSONStringNotContains
	opJSONStringStartsWith
	opJSONStringNotStartsWith
	opJSONStringEndsWith
	opJSONStringNotEndsWith
	opJSONArrayContains
	opJSONArrayNotContains
	opJSONArrayStartsWith
	opJSONArrayNotStartsWith
	opJSONArrayEndsWith
	opJSONArrayNotEndsWith
)

// filt is a node of the filter tree.
type filt struct {
	kind fkind
	kids []*filt

	// fScalar, fAggregate
	fi          *fieldInfo
	op          cmpOp
	val         protocol.Value // the operand (value, null, list, FieldRef)
	insensitive bool
	jsonPath    protocol.Value
	agg         string // fAggregate: "_count", "_avg", ...
	// extra are the fields of the searches merged into this one (search.go).
	extra []*fieldInfo

	// fRelation, fRelationNull
	rf     *schema.Field
	rel    relCond
	nested *filt
}

func andOf(kids []*filt) *filt {
	return &filt{kind: fAnd, kids: kids}
}

// extractFilter converts a WhereInput into a filter tree (Prisma's
// extract_filter).
func (x *cc) extractFilter(mi *modelInfo, where protocol.Value, depth int) (*filt, error) {
	if where.Kind != protocol.Object {
		return &filt{kind: fEmpty}, nil
	}
	var filters []*filt
	for i := range where.Members {
		m := where.Members[i]
		var f *filt
		switch m.Key {
		case "AND", "OR", "NOT":
			var kids []*filt
			for _, v := range listOf(m.Value) {
				k, err := x.extractFilter(mi, v, depth+1)
				if err != nil {
					return nil, err
				}
				if k.kind != fEmpty {
					kids = append(kids, k)
				}
			}
			kind := map[string]fkind{"AND": fAnd, "OR": fOr, "NOT": fNot}[m.Key]
			switch len(kids) {
			case 0:
				if depth == 0 {
					f = &filt{kind: kind}
				} else {
					f = &filt{kind: fEmpty}
				}
			case 1:
				if kind == fNot {
					f = &filt{kind: fNot, kids: kids}
				} else {
					f = kids[0]
				}
			default:
				f = &filt{kind: kind, kids: kids}
			}
		default:
			fi := mi.fields[m.Key]
			var fs []*filt
			var err error
			switch {
			case fi == nil:
				if crit := compoundCriterion(mi.m, m.Key); crit != nil {
					for _, cf := range crit {
						fs = append(fs, &filt{kind: fScalar, fi: mi.fields[cf.Name], op: opEquals, val: m.Value.Get(cf.Name)})
					}
					f = andOf(fs)
					filters = append(filters, f)
					continue
				}
				return nil, errorf("P2009", "Unknown where field `%s` on `%s`", m.Key, mi.m.Name)
			case fi.f.Kind == schema.RelationField:
				fs, err = x.extractRelationFilters(fi.f, m.Value)
			default:
				fs, err = x.extractScalarFilters(fi, m.Value)
			}
			if err != nil {
				return nil, err
			}
			var kept []*filt
			for _, k := range fs {
				if k.kind != fEmpty {
					kept = append(kept, k)
				}
			}
			switch len(kept) {
			case 0:
				f = &filt{kind: fEmpty}
			case 1:
				f = kept[0]
			default:
				f = andOf(kept)
			}
		}
		if f.kind != fEmpty {
			filters = append(filters, f)
		}
	}
	switch len(filters) {
	case 0:
		return &filt{kind: fEmpty}, nil
	case 1:
		if depth == 0 {
			return x.mergeSearch(filters[0]), nil
		}
		return filters[0], nil
	}
	if depth == 0 {
		return x.mergeSearch(andOf(filters)), nil
	}
	return andOf(filters), nil
}

// extractUniqueFilter converts a WhereUniqueInput: the unique fields and
// compound criteria as equalities, ANDed with the other filters.
func (x *cc) extractUniqueFilter(mi *modelInfo, where protocol.Value) (*filt, error) {
	var unique []*filt
	rest := protocol.Value{Kind: protocol.Object}
	for i := range where.Members {
		m := where.Members[i]
		if fi := mi.fields[m.Key]; fi != nil && fi.f.Kind != schema.RelationField && isUniqueField(mi.m, fi.f) {
			unique = append(unique, &filt{kind: fScalar, fi: fi, op: opEquals, val: m.Value})
			continue
		}
		if crit := compoundCriterion(mi.m, m.Key); crit != nil && mi.fields[m.Key] == nil {
			var eqs []*filt
			for _, cf := range crit {
				eqs = append(eqs, &filt{kind: fScalar, fi: mi.fields[cf.Name], op: opEquals, val: m.Value.Get(cf.Name)})
			}
			unique = append(unique, andOf(eqs))
			continue
		}
		rest.Members = append(rest.Members, m)
	}
	r, err := x.extractFilter(mi, rest, 0)
	if err != nil {
		return nil, err
	}
	return andOf([]*filt{andOf(unique), r}), nil
}

// isUniqueField reports a field that is unique on its own (@id or @unique).
func isUniqueField(m *schema.Model, f *schema.Field) bool {
	if f.IsUnique {
		return true
	}
	if m.PrimaryKey != nil && len(m.PrimaryKey.Fields) == 1 && m.PrimaryKey.Fields[0] == f {
		return true
	}
	for _, u := range m.Uniques {
		if len(u.Fields) == 1 && u.Fields[0] == f {
			return true
		}
	}
	return false
}

// extractScalarFilters converts the filter of one scalar field.
func (x *cc) extractScalarFilters(fi *fieldInfo, v protocol.Value) ([]*filt, error) {
	if !isFilterObject(v) {
		return []*filt{{kind: fScalar, fi: fi, op: opEquals, val: v}}, nil
	}
	insensitive := v.Get("mode").Str == "insensitive"
	v = swapRemove(v, "mode") // Prisma's order of the remaining conditions
	fs, err := x.parseScalarFilter(fi, v, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		setMode(f, insensitive)
	}
	return fs, nil
}

func setMode(f *filt, insensitive bool) {
	if f.kind == fScalar {
		f.insensitive = insensitive
	}
	for _, k := range f.kids {
		setMode(k, insensitive)
	}
}

// parseScalarFilter is Prisma's ScalarFilterParser: each member one filter;
// `not: {…}` parses the inner object with reverse flipped.
func (x *cc) parseScalarFilter(fi *fieldInfo, obj protocol.Value, reverse bool) ([]*filt, error) {
	if fi.typ == types.JSON {
		return x.parseJSONFilter(fi, obj, reverse)
	}
	var out []*filt
	mk := func(op cmpOp, v protocol.Value) {
		out = append(out, &filt{kind: fScalar, fi: fi, op: op, val: v})
	}
	for i := range obj.Members {
		m := obj.Members[i]
		v := m.Value
		switch m.Key {
		case "mode":
		case "not":
			if isFilterObject(v) {
				inner, err := x.parseScalarFilter(fi, v, !reverse)
				if err != nil {
					return nil, err
				}
				out = append(out, inner...)
			} else {
				mk(opNotEquals, v)
			}
		case "in":
			if reverse {
				if v.IsNull() {
					mk(opNotEquals, v)
				} else {
					mk(opNotIn, v)
				}
			} else if v.IsNull() {
				mk(opEquals, v)
			} else {
				mk(opIn, v)
			}
		case "notIn":
			if reverse {
				if v.IsNull() {
					mk(opEquals, v)
				} else {
					mk(opIn, v)
				}
			} else if v.IsNull() {
				mk(opNotEquals, v)
			} else {
				mk(opNotIn, v)
			}
		case "equals":
			mk(pick(reverse, opNotEquals, opEquals), v)
		case "contains":
			mk(pick(reverse, opNotContains, opContains), v)
		case "startsWith":
			mk(pick(reverse, opNotStartsWith, opStartsWith), v)
		case "endsWith":
			mk(pick(reverse, opNotEndsWith, opEndsWith), v)
		case "lt":
			mk(pick(reverse, opGte, opLt), v)
		case "gt":
			mk(pick(reverse, opLte, opGt), v)
		case "lte":
			mk(pick(reverse, opGt, opLte), v)
		case "gte":
			mk(pick(reverse, opLt, opGte), v)
		case "search":
			mk(pick(reverse, opNotSearch, opSearch), v)
		case "has":
			mk(opHas, v)
		case "hasEvery":
			mk(opHasEvery, v)
		case "hasSome":
			mk(opHasSome, v)
		case "isEmpty":
			mk(opIsEmpty, v)
		case "isSet":
			// MongoDB only.
		case "_count", "_avg", "_sum", "_min", "_max":
			inner, err := x.parseScalarFilter(aggFieldInfo(fi, m.Key), v, reverse)
			if err != nil {
				return nil, err
			}
			for _, f := range inner {
				wrapAggregate(f, m.Key)
			}
			out = append(out, inner...)
		default:
			return nil, errorf("P2009", "%s is not a valid scalar filter operation", m.Key)
		}
	}
	return out, nil
}

// aggFieldInfo is the field seen through an aggregate: _count is an Int,
// _avg a Float (Decimal stays Decimal), the others keep the field's type.
func aggFieldInfo(fi *fieldInfo, agg string) *fieldInfo {
	c := *fi
	switch agg {
	case "_count":
		c.typ = types.Int
		c.argType = adapter.ArgType{Scalar: adapter.ScalarInt}
	case "_avg":
		if fi.typ != types.Decimal {
			c.typ = types.Float
			c.argType = adapter.ArgType{Scalar: adapter.ScalarFloat}
		}
	}
	return &c
}

func wrapAggregate(f *filt, agg string) {
	if f.kind == fScalar {
		f.kind = fAggregate
		f.agg = agg
	}
	for _, k := range f.kids {
		wrapAggregate(k, agg)
	}
}

func pick(reverse bool, a, b cmpOp) cmpOp {
	if reverse {
		return a
	}
	return b
}

// extractRelationFilters converts the filter of one relation field.
func (x *cc) extractRelationFilters(rf *schema.Field, v protocol.Value) ([]*filt, error) {
	cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
	if err != nil {
		return nil, err
	}
	if v.IsNull() {
		return []*filt{{kind: fRelationNull, rf: rf}}, nil
	}
	if v.Kind != protocol.Object {
		return nil, errorf("P2009", "Invalid relation filter on `%s`", rf.Name)
	}
	if isRelationEnvelope(v) {
		var out []*filt
		for i := range v.Members {
			m := v.Members[i]
			switch m.Key {
			case "some", "every", "none":
				nested, err := x.extractFilter(cmi, m.Value, 0)
				if err != nil {
					return nil, err
				}
				cond := map[string]relCond{"some": relSome, "every": relEvery, "none": relNone}[m.Key]
				out = append(out, &filt{kind: fRelation, rf: rf, rel: cond, nested: nested})
			case "is":
				if m.Value.IsNull() {
					out = append(out, &filt{kind: fRelationNull, rf: rf})
					continue
				}
				nested, err := x.extractFilter(cmi, m.Value, 0)
				if err != nil {
					return nil, err
				}
				out = append(out, &filt{kind: fRelation, rf: rf, rel: relToOne, nested: nested})
			case "isNot":
				if m.Value.IsNull() {
					out = append(out, &filt{kind: fNot, kids: []*filt{{kind: fRelationNull, rf: rf}}})
					continue
				}
				nested, err := x.extractFilter(cmi, m.Value, 0)
				if err != nil {
					return nil, err
				}
				out = append(out, &filt{kind: fNot, kids: []*filt{{kind: fRelation, rf: rf, rel: relToOne, nested: nested}}})
			}
		}
		return out, nil
	}
	nested, err := x.extractFilter(cmi, v, 0)
	if err != nil {
		return nil, err
	}
	return []*filt{{kind: fRelation, rf: rf, rel: relToOne, nested: nested}}, nil
}

// isRelationEnvelope reports an object made only of relation filter keys.
// An empty object is one too (vacuously): it yields no filter, as in Prisma.
func isRelationEnvelope(v protocol.Value) bool {
	for i := range v.Members {
		switch v.Members[i].Key {
		case "some", "every", "none", "is", "isNot":
		default:
			return false
		}
	}
	return true
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

// checkFieldRefs reports a FieldRef to a field the model does not have, as
// Prisma does (P2019).
func checkFieldRef(mi *modelInfo, v protocol.Value) error {
	t, inner := v.TaggedType()
	if t != "FieldRef" {
		return nil
	}
	name := inner.Get("_ref").Str
	if fi := mi.fields[name]; fi != nil && fi.f.Kind != schema.RelationField {
		return nil
	}
	details := "The referenced scalar field " + mi.m.Name + "." + name + " does not exist."
	return &Error{Code: "P2019", Message: "Input error. " + details, Meta: []byte(`{"details":` + string(protocol.AppendString(nil, details)) + `}`)}
}

// fctx is where a filter is rendered: a model under an alias, and the
// LEFT JOINs of to-one relation filters (nil where joins are impossible;
// a correlated subquery with the same three-valued result is used then).
type fctx struct {
	mi    *modelInfo
	alias string
	joins *[]*sqlb
	// reverse is set under an odd number of NOTs: Json filters then reverse
	// their type checks, as Prisma's filter visitor does (see json.go).
	reverse bool
	// writeWhere: the top level of the WHERE of an UPDATE or DELETE, where
	// Prisma renders filters without top-level joins: a to-one relation
	// filter is EXISTS(related record matching), two-valued (isNot of a
	// related record whose condition is NULL holds), unlike the LEFT JOIN
	// of a read, under which that NULL makes the record not match.
	writeWhere bool
}

// filter writes the condition of a WhereInput of model mi under alias,
// without joins. It writes nothing for an absent or empty where.
func (x *cc) filter(b *sqlb, mi *modelInfo, alias string, where protocol.Value) error {
	f, err := x.extractFilter(mi, where, 0)
	if err != nil {
		return err
	}
	if f.kind == fEmpty {
		return nil
	}
	return x.render(b, f, fctx{mi: mi, alias: alias, writeWhere: x.writeWhere})
}

// filterJoins compiles a WhereInput into a condition and the LEFT JOINs it
// needs (to be written after the FROM of alias).
func (x *cc) filterJoins(mi *modelInfo, alias string, where protocol.Value, unique bool) (cond *sqlb, joins []*sqlb, err error) {
	var f *filt
	if unique {
		f, err = x.extractUniqueFilter(mi, where)
	} else {
		f, err = x.extractFilter(mi, where, 0)
	}
	if err != nil {
		return nil, nil, err
	}
	cond = newSQL(x.d)
	if f.kind == fEmpty {
		return cond, nil, nil
	}
	err = x.render(cond, f, fctx{mi: mi, alias: alias, joins: &joins})
	return cond, joins, err
}

// render writes a filter tree.
func (x *cc) render(b *sqlb, f *filt, ctx fctx) error {
	switch f.kind {
	case fEmpty, fRawTrue:
		b.s("1=1")
	case fAnd, fOr:
		if len(f.kids) == 0 {
			if f.kind == fAnd {
				b.s("1=1")
			} else {
				b.s("1=0")
			}
			return nil
		}
		if len(f.kids) == 1 {
			return x.render(b, f.kids[0], ctx)
		}
		sep := " AND "
		if f.kind == fOr {
			sep = " OR "
		}
		b.s("(")
		for i, k := range f.kids {
			if i > 0 {
				b.s(sep)
			}
			if err := x.render(b, k, ctx); err != nil {
				return err
			}
		}
		b.s(")")
	case fNot:
		if len(f.kids) == 0 {
			b.s("1=1")
			return nil
		}
		if len(f.kids) > 1 {
			b.s("(")
		}
		nctx := ctx
		nctx.reverse = !ctx.reverse
		for i, k := range f.kids {
			if i > 0 {
				b.s(" AND ")
			}
			b.s("(NOT ")
			if err := x.render(b, k, nctx); err != nil {
				return err
			}
			b.s(")")
		}
		if len(f.kids) > 1 {
			b.s(")")
		}
	case fScalar:
		return x.renderScalar(b, f, ctx, colExpr(x, ctx.alias, f.fi.col))
	case fAggregate:
		col := newSQL(x.d)
		x.aggExpr(col, f.agg, func(c *sqlb) { c.col(ctx.alias, f.fi.col) })
		return x.renderScalar(b, f, ctx, col)
	case fRelationNull:
		return x.renderRelationNull(b, f.rf, ctx)
	case fRelation:
		return x.renderRelation(b, f, ctx)
	}
	return nil
}

// renderScalar writes one scalar condition on col.
func (x *cc) renderScalar(b *sqlb, f *filt, ctx fctx, col *sqlb) error {
	fi := f.fi
	v := f.val
	if err := checkFieldRef(ctx.mi, v); err != nil {
		return err
	}
	ins := f.insensitive && x.d.Has(dialect.ILike)
	lhs := func() {
		if ins && (f.kind != fAggregate || f.op == opNotIn) {
			b.s("LOWER(").appendSQL(col).s(")")
		} else {
			b.appendSQL(col)
		}
	}
	rhsArg := func(list bool) error {
		if ref, ok := fieldRef(ctx.mi, v); ok {
			rc := colExpr(x, ctx.alias, ref.col)
			if ins {
				b.s("LOWER(").appendSQL(rc).s(")")
			} else {
				b.appendSQL(rc)
			}
			return nil
		}
		a, err := x.valueArg(v, fi, list)
		if err != nil {
			return err
		}
		if ins {
			b.s("LOWER(")
			x.writeValue(b, fi, a)
			b.s(")")
		} else {
			x.writeValue(b, fi, a)
		}
		return nil
	}
	cmp := func(op string) error {
		if v.IsNull() || !v.Exists() {
			// lt/gt/... null: never true.
			b.s("1=0")
			return nil
		}
		lhs()
		b.s(" " + op + " ")
		return rhsArg(fi.f.List)
	}
	switch f.op {
	case opEquals:
		if v.IsNull() || !v.Exists() {
			b.appendSQL(col).s(" IS NULL")
			return nil
		}
		if ins {
			return x.insensitiveEquals(b, ctx, col, v, false)
		}
		return cmp("=")
	case opNotEquals:
		if v.IsNull() || !v.Exists() {
			b.appendSQL(col).s(" IS NOT NULL")
			return nil
		}
		if ins {
			return x.insensitiveEquals(b, ctx, col, v, true)
		}
		return cmp("<>")
	case opLt:
		return cmp("<")
	case opLte:
		return cmp("<=")
	case opGt:
		return cmp(">")
	case opGte:
		return cmp(">=")
	case opIn, opNotIn:
		not := f.op == opNotIn
		if ref, ok := fieldRef(ctx.mi, v); ok {
			if ins {
				// Prisma: col ILIKE ANY(list), col NOT ILIKE ALL(list).
				if not {
					b.appendSQL(col).s(" NOT ILIKE ALL(").appendSQL(colExpr(x, ctx.alias, ref.col)).s(")")
				} else {
					b.appendSQL(col).s(" ILIKE ANY(").appendSQL(colExpr(x, ctx.alias, ref.col)).s(")")
				}
				return nil
			}
			if not {
				b.s("NOT ")
			}
			b.appendSQL(col).s(" = ANY(").appendSQL(colExpr(x, ctx.alias, ref.col)).s(")")
			return nil
		}
		if v.Kind == protocol.Array && len(v.Members) == 0 {
			if not {
				b.s("1=1")
			} else {
				b.s("1=0")
			}
			return nil
		}
		a, err := x.valueArg(v, fi, true)
		if err != nil {
			return err
		}
		lhs()
		if not {
			b.s(" NOT IN ")
		} else {
			b.s(" IN ")
		}
		if ins {
			b.tupleWrapped(a, "LOWER(", ")")
		} else {
			b.tuple(a)
		}
		return nil
	case opContains, opNotContains, opStartsWith, opNotStartsWith, opEndsWith, opNotEndsWith:
		if v.IsNull() {
			b.s("1=0")
			return nil
		}
		var val *sqlb
		ref, isRef := fieldRef(ctx.mi, v)
		if isRef {
			val = colExpr(x, ctx.alias, ref.col)
		} else {
			a, err := x.typedArg(v, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, fi, false)
			if err != nil {
				return err
			}
			val = newSQL(x.d)
			val.arg(a)
		}
		b.appendSQL(col)
		if !ins {
			b.s(x.d.LikeCast)
		}
		not := f.op == opNotContains || f.op == opNotStartsWith || f.op == opNotEndsWith
		switch {
		case ins && not:
			b.s(" NOT ILIKE ")
		case ins:
			b.s(" ILIKE ")
		case not:
			b.s(" NOT LIKE ")
		default:
			b.s(" LIKE ")
		}
		pre := f.op != opStartsWith && f.op != opNotStartsWith
		post := f.op != opEndsWith && f.op != opNotEndsWith
		if ins && isRef {
			x.insensitiveRefPattern(b, val, pre, post)
			return nil
		}
		x.concatLike(b, val, pre, post)
		return nil
	case opHas, opHasEvery, opHasSome, opIsEmpty:
		return x.scalarListCond(b, fi, col, f.op, v, ctx) // search_list.go
	case opSearch, opNotSearch:
		return x.searchCond(b, f, ctx)
	}
	if f.op >= opJSONEquals {
		return x.renderJSON(b, f, ctx, col)
	}
	return errorf("P2009", "unsupported filter")
}

// concatLike writes '%' || v || '%' in the dialect's spelling.
func (x *cc) concatLike(b *sqlb, v *sqlb, pre, post bool) {
	open, close := x.d.LikePattern(pre, post)
	b.s(open).appendSQL(v).s(close)
}

// relatedID returns the first identifier column of a model.
func relatedID(mi *modelInfo) string {
	if len(mi.ids) > 0 {
		return mi.ids[0].col
	}
	return mi.scalars[0].col
}

// addJoin adds LEFT JOIN related AS alias ON link and returns the alias.
func (x *cc) addJoin(ctx fctx, rf *schema.Field, cmi *modelInfo) string {
	ja := x.newJoinAlias()
	j := newSQL(x.d)
	j.s(" LEFT JOIN ")
	x.table(j, cmi)
	j.s(" AS ").ident(ja).s(" ON ")
	x.linkCond(j, ctx.mi, ctx.alias, rf, cmi, ja)
	*ctx.joins = append(*ctx.joins, j)
	return ja
}

// linkCond writes (child.cols) = (parent.cols) for relation rf of mi.
func (x *cc) linkCond(b *sqlb, mi *modelInfo, alias string, rf *schema.Field, cmi *modelInfo, calias string) {
	pf, cf := relationFields(rf)
	b.s("(")
	for i := range cf {
		if i > 0 {
			b.s(", ")
		}
		b.col(calias, cmi.fields[cf[i].Name].col)
	}
	b.s(") = (")
	for i := range pf {
		if i > 0 {
			b.s(", ")
		}
		b.col(alias, mi.fields[pf[i].Name].col)
	}
	b.s(")")
}

// renderRelationNull writes "the related record does not exist".
func (x *cc) renderRelationNull(b *sqlb, rf *schema.Field, ctx fctx) error {
	cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
	if err != nil {
		return err
	}
	if rf.Relation.Inline {
		pf, _ := relationFields(rf)
		b.s("(")
		for i, f := range pf {
			if i > 0 {
				b.s(" AND ")
			}
			b.col(ctx.alias, ctx.mi.fields[f.Name].col).s(" IS NULL")
		}
		b.s(")")
		return nil
	}
	_, cf := relationFields(rf)
	if ctx.joins != nil {
		ja := x.addJoin(ctx, rf, cmi)
		b.s("(").col(ja, cmi.fields[cf[0].Name].col).s(" IS NULL)")
		return nil
	}
	ca := x.newAlias()
	b.s("NOT EXISTS(SELECT 1 FROM ")
	x.table(b, cmi)
	b.s(" AS ").ident(ca).s(" WHERE ")
	x.linkCond(b, ctx.mi, ctx.alias, rf, cmi, ca)
	b.s(")")
	return nil
}

// renderRelation writes some/every/none (EXISTS subqueries) and to-one
// relation filters (a LEFT JOIN).
func (x *cc) renderRelation(b *sqlb, f *filt, ctx fctx) error {
	rf := f.rf
	cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
	if err != nil {
		return err
	}
	if f.rel == relToOne {
		if ctx.joins != nil {
			ja := x.addJoin(ctx, rf, cmi)
			b.s("(")
			if err := x.render(b, f.nested, fctx{mi: cmi, alias: ja, joins: ctx.joins, reverse: ctx.reverse}); err != nil {
				return err
			}
			b.s(" AND (").col(ja, relatedID(cmi)).s(" IS NOT NULL))")
			return nil
		}
		if ctx.writeWhere {
			return x.renderRelationExists(b, f, cmi, ctx)
		}
		// Without joins: the same three-valued result from a correlated subquery:
		// 1 (true), 0 (false or no related record), NULL (unknown).
		ca := x.newAlias()
		inner := newSQL(x.d)
		var joins []*sqlb
		if err := x.render(inner, f.nested, fctx{mi: cmi, alias: ca, joins: &joins, reverse: ctx.reverse}); err != nil {
			return err
		}
		b.s("NULLIF(COALESCE((SELECT CASE WHEN ").appendSQL(inner).s(" THEN 1 WHEN NOT ").appendSQL(inner).s(" THEN 0 ELSE 2 END FROM ")
		x.table(b, cmi)
		b.s(" AS ").ident(ca)
		for _, j := range joins {
			b.appendSQL(j)
		}
		b.s(" WHERE ")
		x.linkCond(b, ctx.mi, ctx.alias, rf, cmi, ca)
		b.s("), 0), 2) = 1")
		return nil
	}
	return x.renderRelationExists(b, f, cmi, ctx)
}

// renderRelationExists writes some/every/none, and is in the WHERE of a
// write: [NOT] EXISTS (SELECT ... WHERE cond AND link).
func (x *cc) renderRelationExists(b *sqlb, f *filt, cmi *modelInfo, ctx fctx) error {
	rf := f.rf
	if f.rel == relNone || f.rel == relEvery {
		b.s("NOT ")
	}
	ca := x.newAlias()
	var joins []*sqlb
	cond := newSQL(x.d)
	var err2 error
	if rf.Relation.Kind == schema.ManyToMany {
		ja := x.newJoinAlias()
		err2 = x.renderNested(cond, f, fctx{mi: cmi, alias: ja, joins: &joins, reverse: ctx.reverse})
		table, pcol, ccol := joinColumns(rf)
		b.s("EXISTS(SELECT ").col(ca, pcol).s(" FROM ")
		x.tableName(b, table)
		b.s(" AS ").ident(ca).s(" INNER JOIN ")
		x.table(b, cmi)
		b.s(" AS ").ident(ja).s(" ON (").col(ja, relatedID(cmi)).s(") = (").col(ca, ccol).s(")")
		for _, j := range joins {
			b.appendSQL(j)
		}
		b.s(" WHERE (").appendSQL(cond).s(" AND (").col(ctx.alias, relatedID(ctx.mi)).s(") = (").col(ca, pcol).s(") AND ").col(ca, pcol).s(" IS NOT NULL))")
		return err2
	}
	err2 = x.renderNested(cond, f, fctx{mi: cmi, alias: ca, joins: &joins, reverse: ctx.reverse})
	_, cf := relationFields(rf)
	b.s("EXISTS(SELECT ").col(ca, cmi.fields[cf[0].Name].col).s(" FROM ")
	x.table(b, cmi)
	b.s(" AS ").ident(ca)
	for _, j := range joins {
		b.appendSQL(j)
	}
	b.s(" WHERE (").appendSQL(cond).s(" AND ")
	x.linkCond(b, ctx.mi, ctx.alias, rf, cmi, ca)
	for _, c := range cf {
		b.s(" AND ").col(ca, cmi.fields[c.Name].col).s(" IS NOT NULL")
	}
	b.s(")")
	b.s(")")
	return err2
}

// renderNested writes the nested condition of some/every/none (every: negated).
func (x *cc) renderNested(b *sqlb, f *filt, ctx fctx) error {
	if f.rel == relEvery {
		b.s("(NOT ")
		if err := x.render(b, f.nested, ctx); err != nil {
			return err
		}
		b.s(")")
		return nil
	}
	return x.render(b, f.nested, ctx)
}
