package queryschema

import (
	"strconv"
	"strings"

	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// Checks Prisma's query graph builder makes on requests that passed
// validation: they yield P2019 input errors (and, for a negative skip, an
// assertion error without P-code).

// semanticChecks reports the input errors of a valid request.
func (v *validator) semanticChecks(root *OutputField, r *protocol.Request) *Error {
	args := r.Arguments
	if v.q.noDBJoins && v.q.Provider == schema.MySQL {
		if rls := args.Get("relationLoadStrategy"); rls.Kind == protocol.String && rls.Str == "join" {
			return inputError("`relationLoadStrategy: join` is not available for MySQL < 8.0.14 and MariaDB.")
		}
	}
	if e := v.fieldRefErrors(root.Args, args); e != nil {
		return e
	}
	switch root.Action {
	case "findFirst", "findFirstOrThrow":
		if take := args.Get("take"); take.Kind == protocol.Number {
			if n, ok := floatToI64(take.Str); !ok || (n != 1 && n != -1) {
				return inputError("The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1")
			}
		}
	case "updateMany", "updateManyAndReturn", "deleteMany":
		if limit := args.Get("limit"); limit.Kind == protocol.Number {
			if n, ok := floatToI64(limit.Str); ok && n < 0 {
				return inputError("Provided limit (" + strconv.FormatInt(n, 10) + ") must be a positive integer.")
			}
		}
	case "groupBy":
		if e := groupByChecks(root.Model, args, r.Selection); e != nil {
			return e
		}
	}
	if e := skipCheck(args); e != nil {
		return e
	}
	if root.Type.Kind == ObjectType {
		return v.selectionChecks(r.Selection, root.Type.Object)
	}
	return nil
}

func skipCheck(args protocol.Value) *Error {
	if skip := args.Get("skip"); skip.Kind == protocol.Number {
		if n, ok := floatToI64(skip.Str); ok && n < 0 {
			return engineError(`AssertionError("Invalid value for skip argument: Value can only be positive, found: ` + strconv.FormatInt(n, 10) + `")`)
		}
	}
	return nil
}

// selectionChecks runs the checks on nested selections' arguments.
func (v *validator) selectionChecks(sel protocol.Value, t *OutputObjectType) *Error {
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Value.Kind != protocol.Object {
			continue
		}
		f := t.Field(m.Key)
		if f == nil {
			continue
		}
		args := m.Value.Get("arguments")
		if e := v.fieldRefErrors(f.Args, args); e != nil {
			return e
		}
		if f.Type.Kind == ObjectType {
			if e := skipCheck(args); e != nil {
				return e
			}
			if e := v.selectionChecks(m.Value.Get("selection"), f.Type.Object); e != nil {
				return e
			}
		}
	}
	return nil
}

// groupByChecks ports the group-by verifications of the query graph builder.
func groupByChecks(m *schema.Model, args, sel protocol.Value) *Error {
	by := args.Get("by")
	var byFields []string
	switch by.Kind {
	case protocol.String:
		byFields = []string{by.Str}
	case protocol.Array:
		if len(by.Members) == 0 {
			return inputError("At least one selection is required for the `by` argument.")
		}
		for i := range by.Members {
			byFields = append(byFields, by.Members[i].Value.Str)
		}
	}
	// The having filter is extracted next: a Json field's filter has no
	// aggregate operations (the query schema's JsonWithAggregatesFilter
	// lists _count, _min and _max; Prisma's filter parser rejects them).
	if e := jsonHavingAggregates(m, args.Get("having")); e != nil {
		return e
	}
	inBy := func(name string) bool {
		for _, b := range byFields {
			if b == name {
				return true
			}
		}
		return false
	}
	// Selected plain scalar fields (in selection order).
	var selected []string
	for i := range sel.Members {
		mm := &sel.Members[i]
		if mm.Key == "$scalars" && mm.Value.Kind == protocol.Bool && mm.Value.Bool {
			for _, f := range scalarFields(m) {
				selected = appendUnique(selected, f.Name)
			}
			continue
		}
		if strings.HasPrefix(mm.Key, "_") || (mm.Value.Kind == protocol.Bool && !mm.Value.Bool) {
			continue
		}
		selected = appendUnique(selected, mm.Key)
	}
	var excludedKeys []string
	for i := range sel.Members {
		if mm := &sel.Members[i]; mm.Value.Kind == protocol.Bool && !mm.Value.Bool {
			excludedKeys = append(excludedKeys, mm.Key)
		}
	}
	selected = removeAll(selected, excludedKeys)

	var missing []string
	for _, s := range selected {
		if !inBy(s) {
			missing = append(missing, s)
		}
	}
	if len(missing) > 0 {
		return inputError("Every selected scalar field that is not part of an aggregation must be included in the by-arguments of the query. Missing fields: " + strings.Join(missing, ", "))
	}
	// Orderings: scalar orderings must be grouped by. Without an explicit
	// ordering, take/skip/cursor order by the primary identifier.
	missing = missing[:0]
	orderBy := args.Get("orderBy")
	var orders []protocol.Value
	switch orderBy.Kind {
	case protocol.Object:
		orders = []protocol.Value{orderBy}
	case protocol.Array:
		for i := range orderBy.Members {
			orders = append(orders, orderBy.Members[i].Value)
		}
	}
	hasOrder := false
	for _, o := range orders {
		for i := range o.Members {
			hasOrder = true
			k := o.Members[i].Key
			if strings.HasPrefix(k, "_") {
				continue
			}
			if !inBy(k) {
				missing = append(missing, k)
			}
		}
	}
	if !hasOrder && (args.Get("take").Exists() || skipsRows(args.Get("skip")) || args.Get("cursor").Exists()) {
		for _, f := range primaryIdentifier(m) {
			if !inBy(f.Name) {
				missing = append(missing, f.Name)
			}
		}
	}
	if len(missing) > 0 {
		return inputError("Every field used for orderBy must be included in the by-arguments of the query. Missing fields: " + strings.Join(missing, ", "))
	}
	// Having: plain scalar filters must be on selected fields.
	missing = missing[:0]
	collectHaving(args.Get("having"), &missing)
	var notSelected []string
	for _, f := range missing {
		found := false
		for _, s := range selected {
			if s == f {
				found = true
			}
		}
		if !found {
			notSelected = append(notSelected, f)
		}
	}
	if len(notSelected) > 0 {
		return inputError("Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: " + strings.Join(notSelected, ", "))
	}
	return nil
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func removeAll(ss, drop []string) []string {
	out := ss[:0]
	for _, s := range ss {
		keep := true
		for _, d := range drop {
			if s == d {
				keep = false
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

// primaryIdentifier returns the primary key fields, or the fields of the
// first unique criterion.
func primaryIdentifier(m *schema.Model) []*schema.Field {
	if m.PrimaryKey != nil && len(m.PrimaryKey.Fields) > 0 {
		return m.PrimaryKey.Fields
	}
	for _, u := range uniqueCriteria(m) {
		return u.Fields
	}
	return nil
}

var aggregateKeys = map[string]bool{"_count": true, "_avg": true, "_sum": true, "_min": true, "_max": true}

// collectHaving lists the scalar fields a having filter uses outside
// aggregations, with the fields aggregations reference.
func collectHaving(h protocol.Value, out *[]string) {
	eachHavingFilter(h, func(m *protocol.Member) *Error {
		collectFieldFilter(m.Key, m.Value, out)
		return nil
	})
}

// eachHavingFilter calls f with each field filter of a having filter, in
// document order through AND, OR and NOT, and returns f's first non-nil
// result (nil when there is none).
func eachHavingFilter(h protocol.Value, f func(m *protocol.Member) *Error) *Error {
	if h.Kind != protocol.Object {
		return nil
	}
	for i := range h.Members {
		m := &h.Members[i]
		switch m.Key {
		case "AND", "OR", "NOT":
			if m.Value.Kind == protocol.Array {
				for j := range m.Value.Members {
					if e := eachHavingFilter(m.Value.Members[j].Value, f); e != nil {
						return e
					}
				}
			} else if e := eachHavingFilter(m.Value, f); e != nil {
				return e
			}
			continue
		}
		if e := f(m); e != nil {
			return e
		}
	}
	return nil
}

// jsonHavingAggregates reports, as Prisma's filter parser does while
// extracting a having filter (in document order), the first aggregate
// operation (_count, _min, _max) on a Json field: Json filters have no
// aggregate forms, "<op> is not a valid scalar filter operation".
func jsonHavingAggregates(m *schema.Model, h protocol.Value) *Error {
	return eachHavingFilter(h, func(mm *protocol.Member) *Error {
		f := m.Field(mm.Key)
		if f == nil || f.Kind != schema.ScalarField || f.Scalar != schema.JSON || f.List {
			return nil
		}
		v := mm.Value
		if v.Kind != protocol.Object || hasTypeKey(v) {
			return nil
		}
		// Prisma takes `path` out first (swap-remove: the last operation
		// moves into its place), then walks the operations in order.
		for _, op := range swapRemoveKeys(v, "path") {
			if aggregateKeys[op] {
				return inputError(op + " is not a valid scalar filter operation")
			}
		}
		return nil
	})
}

// swapRemoveKeys returns obj's keys without key, removed as
// IndexMap::swap_remove does (the last key takes its place).
func swapRemoveKeys(obj protocol.Value, key string) []string {
	keys := make([]string, 0, len(obj.Members))
	at := -1
	for i := range obj.Members {
		if obj.Members[i].Key == key && at < 0 {
			at = i
		}
		keys = append(keys, obj.Members[i].Key)
	}
	if at < 0 {
		return keys
	}
	keys[at] = keys[len(keys)-1]
	return keys[:len(keys)-1]
}

// skipsRows reports a skip that skips rows (Prisma adds its implicit
// ordering only for skip > 0).
func skipsRows(skip protocol.Value) bool {
	if !skip.Exists() || skip.IsNull() {
		return false
	}
	if n, ok := skip.Int64(); ok {
		return n > 0
	}
	return true
}

// appendRef appends the field a FieldRef value points at.
func appendRef(v protocol.Value, out *[]string) {
	if tagOf(v) == "FieldRef" {
		if r := v.Get("value").Get("_ref"); r.Kind == protocol.String {
			*out = append(*out, r.Str)
		}
	}
}

func collectFieldFilter(field string, v protocol.Value, out *[]string) {
	if v.Kind != protocol.Object || hasTypeKey(v) {
		*out = append(*out, field)
		appendRef(v, out)
		return
	}
	for i := range v.Members {
		m := &v.Members[i]
		switch {
		case aggregateKeys[m.Key]:
			collectAggregateRefs(m.Value, out)
		case m.Key == "mode":
		case m.Key == "not" && m.Value.Kind == protocol.Object && !hasTypeKey(m.Value):
			collectFieldFilter(field, m.Value, out)
		default:
			*out = append(*out, field)
			appendRef(m.Value, out)
		}
	}
}

func collectAggregateRefs(v protocol.Value, out *[]string) {
	if v.Kind != protocol.Object {
		return
	}
	for i := range v.Members {
		x := v.Members[i].Value
		if tagOf(x) == "FieldRef" {
			if r := x.Get("value").Get("_ref"); r.Kind == protocol.String {
				*out = append(*out, r.Str)
			}
			continue
		}
		if x.Kind == protocol.Object && !hasTypeKey(x) {
			collectAggregateRefs(x, out)
		}
	}
}

// Field references.

// fieldRefCtx is where a FieldRef appears: the filtered model field and
// the filter operation.
type fieldRefCtx struct {
	field *schema.Field
	op    string
	agg   bool // inside an aggregate filter (_count, _avg, ...)
	count bool // inside a _count filter: references must be Int
}

// fieldRefErrors walks arguments (already validated) and checks the field
// references in them as the query graph builder does.
func (v *validator) fieldRefErrors(args []*InputField, given protocol.Value) *Error {
	if given.Kind != protocol.Object || !needsFilterWalk(given) {
		return nil
	}
	for i := range given.Members {
		m := &given.Members[i]
		for _, a := range args {
			if a.Name == m.Key {
				if e := v.walkRefs(classify(m.Value, nil), a.Types, a.Parameterizable, fieldRefCtx{}); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// needsFilterWalk reports values holding field references or JSON paths,
// which the filter checks look at.
func needsFilterWalk(v protocol.Value) bool {
	switch v.Kind {
	case protocol.Object:
		if tagOf(v) == "FieldRef" {
			return true
		}
		for i := range v.Members {
			if v.Members[i].Key == "path" || needsFilterWalk(v.Members[i].Value) {
				return true
			}
		}
	case protocol.Array:
		for i := range v.Members {
			if needsFilterWalk(v.Members[i].Value) {
				return true
			}
		}
	}
	return false
}

// matchType returns the first of types a value validates against.
func (v *validator) matchType(a argVal, types []TypeRef, param bool) (TypeRef, bool) {
	saved := v.detailed
	v.detailed = false
	defer func() { v.detailed = saved }()
	for _, t := range types {
		if v.tryType(a, t, param) == nil {
			return t, true
		}
	}
	return TypeRef{}, false
}

func (v *validator) walkRefs(a argVal, types []TypeRef, param bool, ctx fieldRefCtx) *Error {
	if a.kind != avObject && a.kind != avList && a.kind != avFieldRef {
		return nil
	}
	t, ok := v.matchType(a, types, param)
	if !ok || t.Kind != ObjectType {
		return nil
	}
	if t.List {
		elem := t
		elem.List = false
		for i := range a.v.Members {
			if e := v.walkRefs(a.element(i), []TypeRef{elem}, param, ctx); e != nil {
				return e
			}
		}
		return nil
	}
	o := t.Object
	if o.Kind == FieldRefInput {
		return checkFieldRef(v.q, a.v, ctx)
	}
	for i := range a.v.Members {
		m := &a.v.Members[i]
		f := o.Field(m.Key)
		if f == nil {
			continue
		}
		c := ctx
		switch o.Kind {
		case WhereInput, WhereUniqueInput, ScalarWhereInput, ScalarWhereAggInput:
			c = fieldRefCtx{field: f.ModelField}
		case ScalarFilterInput, ScalarListFilterInput:
			if aggregateKeys[m.Key] {
				c.agg = true
				c.count = c.count || m.Key == "_count"
			} else if m.Key != "not" {
				c.op = m.Key
			}
		default:
			c = fieldRefCtx{field: f.ModelField}
		}
		if e := v.walkRefs(classify(m.Value, nil), f.Types, f.Parameterizable, c); e != nil {
			return e
		}
	}
	if o.Kind == ScalarFilterInput && ctx.field != nil && isJSON(ctx.field) && hasMember(a.v.Members, "path") {
		filters := false
		for i := range a.v.Members {
			if k := a.v.Members[i].Key; k != "path" && k != "mode" {
				filters = true
			}
		}
		if !filters {
			return inputError("A JSON path cannot be set without a scalar filter.")
		}
	}
	return nil
}

func checkFieldRef(q *QuerySchema, ref protocol.Value, ctx fieldRefCtx) *Error {
	f := ctx.field
	if f == nil {
		return nil
	}
	name := ref.Get("_ref").Str
	container := ref.Get("_container").Str
	if container != f.Model.Name {
		return inputError("Expected a referenced scalar field of model " + f.Model.Name + ", but found a field of model " + container + ".")
	}
	rf := findModelField(f.Model, name)
	if rf == nil || !isQueryField(rf) {
		return inputError("The referenced scalar field " + f.Model.Name + "." + name + " does not exist.")
	}
	if isRelation(rf) {
		return inputError("Expected a referenced scalar field " + f.Model.Name + "." + name + " but found a relation field.")
	}
	expectList := false
	expected := typeIdentifierDebug(q, f)
	if ctx.count {
		// A count compares with integers, whatever the counted field.
		expected = "Int"
	}
	switch ctx.op {
	case "in", "notIn", "hasEvery", "hasSome":
		expectList = true
	case "string_contains", "string_starts_with", "string_ends_with":
		expected = "String"
	case "array_starts_with", "array_ends_with", "array_contains":
		expected = "Json"
	}
	found := typeIdentifierDebug(q, rf)
	if rf.List == expectList && found == expected {
		return nil
	}
	suffix := func(l bool) string {
		if l {
			return "[]"
		}
		return ""
	}
	return inputError("Expected a referenced scalar field of type " + expected + suffix(f.List) + " but found " +
		rf.Model.Name + "." + rf.Name + " of type " + found + suffix(rf.List) + ".")
}

// typeIdentifierDebug renders a field's type like the Rust Debug of
// Prisma's TypeIdentifier ("Int", "Enum((FileId(0), EnumId(2)))").
func typeIdentifierDebug(q *QuerySchema, f *schema.Field) string {
	if f.Kind == schema.EnumField {
		return "Enum((FileId(0), EnumId(" + strconv.Itoa(topLevelIndex(q.Schema, f.Enum.Pos)) + ")))"
	}
	return f.Scalar.String()
}

// topLevelIndex is the index of the block at pos among the schema's
// top-level blocks (Prisma's ids count generators and datasources too).
func topLevelIndex(s *schema.Schema, pos schema.Pos) int {
	before := func(p schema.Pos) bool {
		return p.Line < pos.Line || p.Line == pos.Line && p.Col < pos.Col
	}
	n := 0
	if s.Datasource != nil && before(s.Datasource.Pos) {
		n++
	}
	for _, g := range s.Generators {
		if before(g.Pos) {
			n++
		}
	}
	for _, m := range s.Models {
		if before(m.Pos) {
			n++
		}
	}
	for _, e := range s.Enums {
		if before(e.Pos) {
			n++
		}
	}
	return n
}
