package compiler

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Json filters, as Prisma 7.10 extracts and renders them.
//
// Extraction (parseJSONFilter) follows Prisma's ScalarFilterParser for Json
// fields: `path` is taken out of the object first (swap-remove, which moves
// the last filter into its place: the order of the conditions follows),
// every other member is one condition, and `not` is always a value (a Json
// value, a null enum or a FieldRef), never a nested filter object: `not:
// {string_contains: "x"}` is "not equal to the Json object
// {"string_contains":"x"}". DbNull is SQL NULL, JsonNull and a plain null
// are the JSON value null, AnyNull is either (OR under equals, AND under not).
//
// Rendering (renderJSON) writes, per dialect, the value at the path as JSON
// (PostgreSQL `(col#>ARRAY[$1]::text[])::jsonb`, MySQL `JSON_EXTRACT(col,
// ?)`, SQLite `col->?`) or as text (`#>>`, `JSON_UNQUOTE(JSON_EXTRACT(…))`,
// `->>`), and for the string_*, array_* and ordering conditions adds a type
// check of the value at the path. Under an uppercase NOT (fctx.reverse) the
// check is reversed the way Prisma's filter visitor does it:
// `(cond AND type = t)` becomes `(cond OR type != t)`, so that NOT(...) keeps
// the rows whose value has another type. Path elements, type names and
// values are bind parameters, written again at each use, as Prisma does.
//
// MySQL spellings are the ones Prisma uses for MySQL (JSON_EXTRACT,
// JSON_UNQUOTE, JSON_CONTAINS, JSON_TYPE, JSON_LENGTH); they work unchanged on
// MariaDB 10.11, which has no `->`/`->>` operators. MariaDB's JSON is text:
// JSON_EXTRACT returns text (arrays and objects with spaces after `,` and
// `:`), so equality is JSON_CONTAINS both ways (a comparison of values, not
// of text) exactly as Prisma writes it, and ordering conditions compare what
// the server compares for Prisma's SQL.

// jsonNullKind reads DbNull / JsonNull / AnyNull tagged values.
func jsonNullKind(v protocol.Value) string {
	if t, inner := v.TaggedType(); t == "Enum" {
		return inner.Str
	}
	return ""
}

// parseJSONFilter parses a Json field's filter object (reverse is kept for
// the has/hasEvery/... of Json lists, which have no reversed forms).
func (x *cc) parseJSONFilter(fi *fieldInfo, obj protocol.Value, reverse bool) ([]*filt, error) {
	path := obj.Get("path")
	obj = swapRemove(obj, "path")
	var out []*filt
	mk := func(op cmpOp, v protocol.Value) {
		out = append(out, &filt{kind: fScalar, fi: fi, op: op, val: v, jsonPath: path})
	}
	for i := range obj.Members {
		m := obj.Members[i]
		v := m.Value
		switch m.Key {
		case "mode":
		case "not":
			mk(opJSONNotEquals, v)
		case "equals":
			mk(pick(reverse, opJSONNotEquals, opJSONEquals), v)
		case "lt":
			mk(pick(reverse, opJSONGte, opJSONLt), v)
		case "gt":
			mk(pick(reverse, opJSONLte, opJSONGt), v)
		case "lte":
			mk(pick(reverse, opJSONGt, opJSONLte), v)
		case "gte":
			mk(pick(reverse, opJSONLt, opJSONGte), v)
		case "string_contains":
			mk(pick(reverse, opJSONStringNotContains, opJSONStringContains), v)
		case "string_starts_with":
			mk(pick(reverse, opJSONStringNotStartsWith, opJSONStringStartsWith), v)
		case "string_ends_with":
			mk(pick(reverse, opJSONStringNotEndsWith, opJSONStringEndsWith), v)
		case "array_contains":
			mk(pick(reverse, opJSONArrayNotContains, opJSONArrayContains), v)
		case "array_starts_with":
			mk(pick(reverse, opJSONArrayNotStartsWith, opJSONArrayStartsWith), v)
		case "array_ends_with":
			mk(pick(reverse, opJSONArrayNotEndsWith, opJSONArrayEndsWith), v)
		case "has", "hasEvery", "hasSome", "isEmpty":
			op := map[string]cmpOp{"has": opHas, "hasEvery": opHasEvery, "hasSome": opHasSome, "isEmpty": opIsEmpty}[m.Key]
			mk(op, v)
		default:
			return nil, aggInputError(m.Key + " is not a valid scalar filter operation")
		}
	}
	if path.Exists() && len(out) == 0 {
		return nil, &Error{Code: "P2019", Message: "Input error. A JSON path cannot be set without a scalar filter.",
			Meta: []byte(`{"details":"A JSON path cannot be set without a scalar filter."}`)}
	}
	return out, nil
}

// swapRemove removes the member key from obj as IndexMap::swap_remove
// does: the last member takes its place (Prisma takes `mode`, then `path`,
// out of a filter object this way, which orders the remaining conditions).
func swapRemove(obj protocol.Value, key string) protocol.Value {
	at := -1
	for i := range obj.Members {
		if obj.Members[i].Key == key {
			at = i
			break
		}
	}
	if at < 0 {
		return obj
	}
	last := len(obj.Members) - 1
	ms := append([]protocol.Member(nil), obj.Members[:last]...)
	if at < last {
		ms[at] = obj.Members[last]
	}
	return protocol.Value{Kind: obj.Kind, Members: ms}
}

// jsonTarget is the Json value a filter looks at: a column, or the value at
// a path in it.
type jsonTarget struct {
	x    *cc
	col  *sqlb
	path protocol.Value // absent, a list of keys (PostgreSQL) or "$.a.b"
}

func (t *jsonTarget) hasPath() bool { return t.path.Exists() }

// pathKeys writes a path of keys as bind parameters.
func (t *jsonTarget) pathKeys(b *sqlb) {
	for i := range t.path.Members {
		if i > 0 {
			b.s(", ")
		}
		b.arg(strArg(t.path.Members[i].Value.Str))
	}
}

// json writes the target as JSON (Prisma's json_extract without
// extract_as_string).
func (t *jsonTarget) json(b *sqlb) {
	if !t.hasPath() {
		b.appendSQL(t.col)
		return
	}
	t.x.d.JSONAtPath(b, func() { b.appendSQL(t.col) }, func() { t.pathArgs(b) })
}

// text writes the target as text (a JSON string unquoted).
func (t *jsonTarget) text(b *sqlb) {
	if !t.hasPath() {
		b.appendSQL(t.col)
		return
	}
	t.x.d.JSONTextAtPath(b, func() { b.appendSQL(t.col) }, func() { t.pathArgs(b) })
}

// pathArgs writes the path as bind parameters: one per key, or the one
// JSON path.
func (t *jsonTarget) pathArgs(b *sqlb) {
	if t.x.d.Has(dialect.JSONPathArray) {
		t.pathKeys(b)
		return
	}
	b.arg(strArg(t.path.Str))
}

// element writes the first (last: from the end) element of the target
// array, as JSON.
func (t *jsonTarget) element(b *sqlb, last bool) {
	t.x.d.JSONArrayElement(b, func() { t.json(b) }, b.bindStr, last)
}

func strArg(s string) plan.Arg {
	return constArg(s, adapter.ArgType{Scalar: adapter.ScalarString})
}

// typeCheck writes "the target's JSON type is (not) typ", or the type of a
// referenced column's value (PostgreSQL).
func (t *jsonTarget) typeCheck(b *sqlb, typ dialect.JSONType, ref *sqlb, not bool) {
	var refFn func()
	if ref != nil {
		refFn = func() { b.appendSQL(ref) }
	}
	t.x.d.JSONTypeCheck(b, func() { t.json(b) }, refFn, b.bindStr, typ, not)
}

// equal writes "lhs equals rhs" for JSON values: lhs writes the left side;
// rhs is a JSON value argument, or ref a column.
func (x *cc) jsonEqual(b *sqlb, lhs func(*sqlb), a *plan.Arg, ref *sqlb, not bool) {
	rhs := func() {
		if ref != nil {
			b.appendSQL(ref)
		} else {
			b.arg(*a)
		}
	}
	x.d.JSONEqual(b, func() { lhs(b) }, rhs, ref == nil, not)
}

// jsonValueArg is a Json filter operand as JSON text (a plain null is the
// JSON value null).
func (x *cc) jsonValueArg(v protocol.Value, fi *fieldInfo) (plan.Arg, error) {
	at := fi.argType
	at.List = false
	if v.IsNull() || !v.Exists() {
		return constArg("null", at), nil
	}
	return x.typedArg(v, types.JSON, at, fi, false)
}

// renderJSON writes a Json field filter.
func (x *cc) renderJSON(b *sqlb, f *filt, ctx fctx, col *sqlb) error {
	t := &jsonTarget{x: x, col: col}
	if p := f.jsonPath; p.Exists() && !p.IsNull() {
		keys := x.d.Has(dialect.JSONPathArray)
		switch {
		case keys && p.Kind == protocol.Array:
			for i := range p.Members {
				if p.Members[i].Value.Kind != protocol.String {
					return errorf("P2009", "Json filtering array path elements must all be of type string")
				}
			}
		case !keys && p.Kind == protocol.String:
		default:
			return errorf("P2009", "Invalid argument type. `path` should be of any of the following types: `%s`", map[bool]string{true: "String[]", false: "String"}[keys])
		}
		t.path = p
	}
	v := f.val
	ref, isRef := fieldRef(ctx.mi, v)
	var refCol *sqlb
	if isRef {
		refCol = colExpr(x, ctx.alias, ref.col)
	}
	reverse := ctx.reverse

	// withType writes (cond AND type = typ), reversed (cond OR type != typ).
	withType := func(cond func(), typ dialect.JSONType, typeRef *sqlb) {
		b.s("(")
		cond()
		if reverse {
			b.s(" OR ")
		} else {
			b.s(" AND ")
		}
		t.typeCheck(b, typ, typeRef, reverse)
		b.s(")")
	}

	switch f.op {
	case opJSONEquals, opJSONNotEquals:
		not := f.op == opJSONNotEquals
		if f.fi.f.List {
			return x.jsonListEquals(b, f, col, refCol, not)
		}
		if f.insensitive {
			return x.jsonInsensitiveEquals(b, t, v, refCol, not)
		}
		if isRef {
			if !t.hasPath() {
				// Two whole Json columns: plain equality on every
				// dialect (no JSON_CONTAINS on MySQL), as Prisma writes it.
				b.appendSQL(col)
				b.s(map[bool]string{true: " <> ", false: " = "}[not]).appendSQL(refCol)
				return nil
			}
			x.jsonEqual(b, t.json, nil, refCol, not)
			return nil
		}
		null := constArg("null", adapter.ArgType{Scalar: adapter.ScalarJSON, DBType: f.fi.argType.DBType})
		switch jsonNullKind(v) {
		case "DbNull":
			t.json(b)
			b.s(map[bool]string{true: " IS NOT NULL", false: " IS NULL"}[not])
			return nil
		case "JsonNull":
			x.jsonEqual(b, t.json, &null, nil, not)
			return nil
		case "AnyNull":
			b.s("(")
			x.jsonEqual(b, t.json, &null, nil, not)
			if not {
				b.s(" AND ")
				t.json(b)
				b.s(" IS NOT NULL)")
			} else {
				b.s(" OR ")
				t.json(b)
				b.s(" IS NULL)")
			}
			return nil
		}
		a, err := x.jsonValueArg(v, f.fi)
		if err != nil {
			return err
		}
		x.jsonEqual(b, t.json, &a, nil, not)
		return nil

	case opJSONLt, opJSONLte, opJSONGt, opJSONGte:
		op := map[cmpOp]string{opJSONLt: " < ", opJSONLte: " <= ", opJSONGt: " > ", opJSONGte: " >= "}[f.op]
		if isRef {
			withType(func() { t.json(b); b.s(op).appendSQL(refCol) }, 0, refCol)
			return nil
		}
		pv := x.paramValue(v)
		var typ dialect.JSONType
		switch {
		case pv.Kind == protocol.String:
			typ = dialect.JSONString
		case pv.Kind == protocol.Number:
			typ = dialect.JSONNumber
		default:
			// Prisma panics here ("JSON target types only accept strings or
			// numbers"); a Json-tagged value panics as well.
			return errorf("P2009", "Json filter `%s` accepts only a string or a number, found: %s", jsonOpName(f.op), pv.String())
		}
		var a plan.Arg
		var err error
		switch {
		case x.d.Has(dialect.JSONBOperands):
			a, err = x.jsonValueArg(v, f.fi)
		case typ == dialect.JSONString:
			a, err = x.typedArg(v, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, f.fi, false)
		case pv.IsInteger():
			a, err = x.typedArg(v, types.BigInt, adapter.ArgType{Scalar: adapter.ScalarBigInt}, f.fi, false)
		default:
			a, err = x.typedArg(v, types.Float, adapter.ArgType{Scalar: adapter.ScalarFloat}, f.fi, false)
		}
		if err != nil {
			return err
		}
		withType(func() { t.json(b); b.s(op).arg(a) }, typ, nil)
		return nil

	case opJSONStringContains, opJSONStringStartsWith, opJSONStringEndsWith:
		var val *sqlb
		if isRef {
			val = refCol
		} else {
			if v.IsNull() || !v.Exists() {
				return errorf("P2009", "A value is required for `%s`", jsonOpName(f.op))
			}
			a, err := x.typedArg(v, types.String, adapter.ArgType{Scalar: adapter.ScalarString}, f.fi, false)
			if err != nil {
				return err
			}
			val = newSQL(x.d)
			val.arg(a)
		}
		pre := f.op != opJSONStringStartsWith
		post := f.op != opJSONStringEndsWith
		withType(func() {
			if f.insensitive {
				b.s("LOWER(")
				t.text(b)
				b.s(") LIKE LOWER(")
				x.concatLike(b, val, pre, post)
				b.s(")")
				return
			}
			t.text(b)
			if !t.hasPath() {
				b.s(x.d.LikeCast)
			}
			b.s(" LIKE ")
			x.concatLike(b, val, pre, post)
		}, dialect.JSONString, nil)
		return nil

	case opJSONArrayContains:
		if !x.d.Has(dialect.JSONArrayContains) {
			// The query schema offers array_contains on PostgreSQL and MySQL only.
			return errorf("P2009", "array_contains is not supported on %s", x.d.Name)
		}
		var a plan.Arg
		if !isRef {
			var err error
			if a, err = x.jsonValueArg(v, f.fi); err != nil {
				return err
			}
		}
		rhs := func() {
			if isRef {
				b.appendSQL(refCol)
			} else {
				b.arg(a)
			}
		}
		withType(func() {
			x.d.JSONArrayContains(b, func() { t.json(b) }, rhs)
		}, dialect.JSONArray, nil)
		return nil

	case opJSONArrayStartsWith, opJSONArrayEndsWith:
		last := f.op == opJSONArrayEndsWith
		var a *plan.Arg
		if !isRef {
			arg, err := x.jsonValueArg(v, f.fi)
			if err != nil {
				return err
			}
			a = &arg
		}
		withType(func() {
			x.jsonEqual(b, func(b *sqlb) { t.element(b, last) }, a, refCol, false)
		}, dialect.JSONArray, nil)
		return nil

	case opJSONStringNotContains, opJSONStringNotStartsWith, opJSONStringNotEndsWith,
		opJSONArrayNotContains, opJSONArrayNotStartsWith, opJSONArrayNotEndsWith:
		// Unreachable in Prisma: Json filters have no nested `not` object.
		return errorf("P2009", "This Json filter cannot be reversed")
	}
	return errorf("P2009", "This Json filter is not supported on %s", x.d.Name)
}

func jsonOpName(op cmpOp) string {
	switch op {
	case opJSONLt:
		return "lt"
	case opJSONLte:
		return "lte"
	case opJSONGt:
		return "gt"
	case opJSONGte:
		return "gte"
	case opJSONStringContains:
		return "string_contains"
	case opJSONStringStartsWith:
		return "string_starts_with"
	case opJSONStringEndsWith:
		return "string_ends_with"
	}
	return "filter"
}

// jsonInsensitiveEquals writes equals/not under mode: insensitive as Prisma
// does: the JSON text compared with ILIKE (PostgreSQL `expr::text`, MySQL
// `CAST(expr AS CHAR)`, which MySQL and MariaDB reject: ILIKE is
// PostgreSQL's). The value is its JSON text, bound as a string.
func (x *cc) jsonInsensitiveEquals(b *sqlb, t *jsonTarget, v protocol.Value, refCol *sqlb, not bool) error {
	open, close, ok := x.d.JSONAsText()
	if !ok {
		// Prisma panics here.
		return errorf("P2009", "Json equality has no insensitive mode on %s", x.d.Name)
	}
	lhs := func() {
		b.s(open)
		t.json(b)
		b.s(close)
	}
	op := map[bool]string{true: " NOT ILIKE ", false: " ILIKE "}[not]
	str := adapter.ArgType{Scalar: adapter.ScalarString}
	null := constArg("null", str)
	switch jsonNullKind(v) {
	case "DbNull":
		lhs()
		b.s(map[bool]string{true: " IS NOT NULL", false: " IS NULL"}[not])
		return nil
	case "JsonNull":
		lhs()
		b.s(op).arg(null)
		return nil
	case "AnyNull":
		b.s("(")
		lhs()
		b.s(op).arg(null)
		if not {
			b.s(" AND ")
			lhs()
			b.s(" IS NOT NULL)")
		} else {
			b.s(" OR ")
			lhs()
			b.s(" IS NULL)")
		}
		return nil
	}
	lhs()
	b.s(op)
	if refCol != nil {
		b.appendSQL(refCol)
		return nil
	}
	if v.IsNull() || !v.Exists() {
		b.arg(null)
		return nil
	}
	a, err := x.typedArg(v, types.JSON, str, nil, false)
	if err != nil {
		return err
	}
	b.arg(a)
	return nil
}

// jsonListEquals writes equals on a Json list (PostgreSQL jsonb[]). Prisma
// writes TO_JSONB(col) = $1 with the list as one JSON array; noengine binds
// the list as a jsonb[] array instead (col = $1), which compares the same
// elements with the same jsonb equality: the parameters are converted
// element by element at run time, and a list of Json values is no JSON text.
func (x *cc) jsonListEquals(b *sqlb, f *filt, col, refCol *sqlb, not bool) error {
	v := f.val
	b.appendSQL(col)
	switch {
	case v.IsNull() || !v.Exists():
		b.s(map[bool]string{true: " IS NOT NULL", false: " IS NULL"}[not])
		return nil
	case not:
		b.s(" <> ")
	default:
		b.s(" = ")
	}
	if refCol != nil {
		b.appendSQL(refCol)
		return nil
	}
	a, err := x.valueArg(v, f.fi, true)
	if err != nil {
		return err
	}
	b.arg(a)
	return nil
}
