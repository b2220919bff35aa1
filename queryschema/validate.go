package queryschema

import (
	"strconv"
	"sync"

	"github.com/noengine/noengine/protocol"
)

// Validate checks a JSON-protocol request against the query schema as
// Prisma 7.10 does (Prisma Client's parameterisation, the engine's JSON
// protocol adapter and its query document parser), and returns nil or the
// error Prisma reports: a P2009/P2012 validation error with Prisma's
// message and meta, a P2019 input error, or an error without P-code.
//
// Raw actions (executeRaw, queryRaw) are not validated here: Prisma Client
// handles them without the query compiler.
//
// Validate must see the request's values: its outcome depends on them (an
// enum value, a DateTime string, an integer that overflows). It allocates
// nothing for valid requests beyond small pooled scratch space.
func Validate(q *QuerySchema, r *protocol.Request) *Error {
	v := validatorPool.Get().(*validator)
	defer validatorPool.Put(v)
	v.reset(q, false)
	if r.Action == "executeRaw" || r.Action == "queryRaw" {
		return nil
	}
	if !knownActions[r.Action] {
		return engineError("panicked at query-compiler/schema/src/query_schema.rs:318:18:\nUnknown query tag: " + r.Action)
	}
	root := q.Root(r.ModelName, r.Action)
	var argsNode *paramNode
	var outNode *outParamNode
	if root != nil {
		argsNode, outNode = q.rootParams(root)
	}
	if r.Selection.Kind == protocol.Object && !canonicalSelection(r.Selection, outNode) {
		sel, e := clientSelection(r.Selection, outNode)
		if e != nil {
			return e
		}
		rr := *r
		rr.Selection = sel
		r = &rr
	}
	if !validBody(r) {
		return engineError("JSON Error: data did not match any variant of untagged enum JsonBody")
	}
	if root == nil {
		model := r.ModelName
		if model == "" {
			model = "None"
		}
		return engineError("Operation '" + r.Action + "' for model '" + model + "' does not match any query.")
	}
	if e := v.convertArgs(r.Arguments, argsNode); e != nil {
		return e
	}
	if e := v.convertSelection(r.Selection, root, outNode); e != nil {
		return e
	}
	if v.field(root, r.Arguments, r.Selection, true, argsNode, outNode) != nil {
		v.reset(q, true)
		return v.field(root, r.Arguments, r.Selection, true, argsNode, outNode).toError()
	}
	return v.semanticChecks(root, r)
}

var knownActions = map[string]bool{
	"findUnique": true, "findUniqueOrThrow": true, "findFirst": true, "findFirstOrThrow": true,
	"findMany": true, "createOne": true, "createMany": true, "createManyAndReturn": true,
	"updateOne": true, "updateMany": true, "updateManyAndReturn": true, "deleteOne": true,
	"deleteMany": true, "upsertOne": true, "aggregate": true, "groupBy": true,
	"executeRaw": true, "queryRaw": true, "findRaw": true, "aggregateRaw": true, "runCommandRaw": true,
}

var validatorPool = sync.Pool{New: func() any { return new(validator) }}

type validator struct {
	q        *QuerySchema
	detailed bool
	selPath  []string
	argPath  []string
	scratch  []selItem
	// objects counts input objects parsed; past a threshold, results are
	// memoised so that nested unions (create inputs are unions of checked
	// and unchecked types at every level) cannot take exponential time.
	objects int
	memo    map[memoKey]*verr
}

type memoKey struct {
	members *protocol.Member
	typ     *InputObjectType
}

// memoThreshold is the number of parsed objects past which results are
// memoised (a valid request rarely has that many).
const memoThreshold = 512

func (v *validator) reset(q *QuerySchema, detailed bool) {
	v.q = q
	v.detailed = detailed
	v.selPath = v.selPath[:0]
	v.argPath = v.argPath[:0]
	v.scratch = v.scratch[:0]
	v.objects = 0
	if v.memo != nil {
		clear(v.memo)
	}
}

func (v *validator) sel() []string { return append([]string{}, v.selPath...) }
func (v *validator) arg() []string { return append([]string{}, v.argPath...) }

func (v *validator) argWith(k string) []string {
	out := make([]string, 0, len(v.argPath)+1)
	return append(append(out, v.argPath...), k)
}

// validBody reports whether the request deserializes as the engine's
// JsonBody: a selection object whose values are booleans or nested
// {arguments?, selection} objects.
func validBody(r *protocol.Request) bool {
	if r.Selection.Kind != protocol.Object {
		return false
	}
	if r.Arguments.Exists() && r.Arguments.Kind != protocol.Object && r.Arguments.Kind != protocol.Null {
		return false
	}
	return validSelection(r.Selection)
}

func validSelection(s protocol.Value) bool {
	for i := range s.Members {
		x := s.Members[i].Value
		switch x.Kind {
		case protocol.Bool:
		case protocol.Object:
			a := x.Get("arguments")
			if a.Exists() && a.Kind != protocol.Object && a.Kind != protocol.Null {
				return false
			}
			sel := x.Get("selection")
			if sel.Kind != protocol.Object || !validSelection(sel) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// Prisma Client rewrites the selection while it parameterises a request:
// every nested selection it knows (one with an edge in its graph) becomes
// {selection, arguments?}, an absent selection becomes {}, falsy arguments
// are dropped, and arrays or strings given as selections or arguments turn
// into objects keyed by index. canonicalSelection reports a selection that
// this leaves unchanged (the common case); clientSelection applies it.

// truthy reports JavaScript truthiness of a JSON value.
func truthy(v protocol.Value) bool { return !falsy(v) }

// falsy reports a JavaScript falsy JSON value.
func falsy(v protocol.Value) bool {
	switch v.Kind {
	case protocol.Invalid, protocol.Null:
		return true
	case protocol.Bool:
		return !v.Bool
	case protocol.String:
		return v.Str == ""
	case protocol.Number:
		f, err := strconv.ParseFloat(v.Str, 64)
		return err == nil && f == 0
	}
	return false
}

func canonicalSelection(s protocol.Value, node *outParamNode) bool {
	for i := range s.Members {
		m := &s.Members[i]
		if m.Value.Kind == protocol.Bool || m.Key == "$scalars" || m.Key == "$composites" {
			continue
		}
		e := node.edge(m.Key)
		if e == nil {
			continue
		}
		if m.Value.Kind != protocol.Object {
			return false
		}
		if a := m.Value.Get("arguments"); a.Exists() && a.Kind != protocol.Object && a.Kind != protocol.Null {
			return false
		}
		sel := m.Value.Get("selection")
		if sel.Kind != protocol.Object || (e.out != nil && !canonicalSelection(sel, e.out)) {
			return false
		}
	}
	return true
}

// entries converts a value the way JavaScript's Object.entries sees it.
func entries(v protocol.Value) protocol.Value {
	out := protocol.Value{Kind: protocol.Object}
	switch v.Kind {
	case protocol.Object:
		return v
	case protocol.Array:
		for i := range v.Members {
			out.Members = append(out.Members, protocol.Member{Key: strconv.Itoa(i), Value: v.Members[i].Value})
		}
	case protocol.String:
		i := 0
		for _, r := range v.Str {
			out.Members = append(out.Members, protocol.Member{Key: strconv.Itoa(i), Value: protocol.MakeString(string(r))})
			i++
		}
	}
	return out
}

func clientSelection(s protocol.Value, node *outParamNode) (protocol.Value, *Error) {
	if node == nil {
		return s, nil
	}
	s = entries(s)
	out := protocol.Value{Kind: protocol.Object, Members: make([]protocol.Member, len(s.Members))}
	for i := range s.Members {
		m := s.Members[i]
		out.Members[i] = m
		if m.Value.Kind == protocol.Bool || m.Key == "$scalars" || m.Key == "$composites" {
			continue
		}
		e := node.edge(m.Key)
		if e == nil {
			continue
		}
		if m.Value.Kind == protocol.Null {
			return protocol.Value{}, engineError("Cannot read properties of null (reading 'selection')")
		}
		var sel, args protocol.Value
		if m.Value.Kind == protocol.Object {
			sel, args = m.Value.Get("selection"), m.Value.Get("arguments")
		}
		nested := protocol.Value{Kind: protocol.Object}
		if truthy(sel) {
			if e.out != nil {
				var err *Error
				if sel, err = clientSelection(sel, e.out); err != nil {
					return protocol.Value{}, err
				}
			}
		} else {
			sel = protocol.Value{Kind: protocol.Object}
		}
		nested.Members = append(nested.Members, protocol.Member{Key: "selection", Value: sel})
		if truthy(args) {
			if e.args != nil {
				args = entries(args)
			}
			nested.Members = append(nested.Members, protocol.Member{Key: "arguments", Value: args})
		}
		out.Members[i].Value = nested
	}
	return out, nil
}

// Conversion: the engine's JSON protocol adapter converts every argument
// value before parsing; tagged values it cannot convert abort the request.

func (v *validator) convertArgs(args protocol.Value, node *paramNode) *Error {
	for i := range args.Members {
		m := &args.Members[i]
		if e := v.convertValue(m.Value, node.edge(m.Key)); e != nil {
			return e
		}
	}
	return nil
}

func (v *validator) convertValue(x protocol.Value, e *paramEdge) *Error {
	ph, node := paramize(x, e)
	if ph.kind != phNone {
		return nil
	}
	return v.convertLiteral(x, node)
}

func (v *validator) convertLiteral(x protocol.Value, node *paramNode) *Error {
	switch x.Kind {
	case protocol.Array:
		for i := range x.Members {
			el := x.Members[i].Value
			var err *Error
			if node != nil && el.Kind == protocol.Object && !hasTypeKey(el) {
				err = v.convertLiteral(el, node)
			} else {
				err = v.convertValue(el, nil)
			}
			if err != nil {
				return err
			}
		}
	case protocol.Object:
		tag := tagOf(x)
		val := x.Get("value")
		bad := false
		switch tag {
		case "DateTime":
			bad = val.Kind != protocol.String || parseRFC3339(val.Str) != ""
		case "BigInt":
			bad = val.Kind != protocol.String || parseBigInt(val.Str) != ""
		case "Decimal":
			if val.Kind != protocol.String {
				bad = true
			} else {
				_, _, msg := parseDecimal(val.Str)
				bad = msg != ""
			}
		case "Bytes":
			bad = val.Kind != protocol.String || !decodeBase64(val.Str)
		case "Json", "Enum":
			bad = val.Kind != protocol.String
		case "Raw":
			bad = !val.Exists()
		case "Param":
			if !val.Exists() {
				bad = true
				break
			}
			if val.Kind != protocol.Object {
				return engineError("invalid type: " + serdeUnexpected(val) + ", expected struct Placeholder")
			}
			if name := val.Get("name"); name.Exists() && name.Kind != protocol.String {
				return engineError("invalid type: " + serdeUnexpected(name) + ", expected a string")
			}
			for _, k := range [...]string{"name", "type"} {
				if !val.Get(k).Exists() {
					return engineError("missing field `" + k + "`")
				}
			}
		case "FieldRef":
			if val.Kind != protocol.Object {
				bad = true
				break
			}
			for i := range val.Members {
				if err := v.convertValue(val.Members[i].Value, nil); err != nil {
					return err
				}
			}
		default:
			for i := range x.Members {
				m := &x.Members[i]
				if err := v.convertValue(m.Value, node.edge(m.Key)); err != nil {
					return err
				}
			}
		}
		if bad {
			return engineError("Could not convert argument value " + rustDebug(x) + " to ArgumentValue.")
		}
	}
	return nil
}

// serdeUnexpected describes a JSON value as serde's "invalid type" errors do.
func serdeUnexpected(v protocol.Value) string {
	switch v.Kind {
	case protocol.String:
		return "string " + strconv.Quote(v.Str)
	case protocol.Bool:
		return "boolean `" + strconv.FormatBool(v.Bool) + "`"
	case protocol.Number:
		if isI64(v.Str) {
			return "integer `" + v.Str + "`"
		}
		return "floating point `" + floatDisplay(v.Str) + "`"
	case protocol.Array:
		return "sequence"
	}
	return "null"
}

func (v *validator) convertSelection(sel protocol.Value, f *OutputField, node *outParamNode) *Error {
	if f.Type.Kind != ObjectType {
		return nil
	}
	t := f.Type.Object
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Value.Kind != protocol.Object {
			continue
		}
		nf := t.Field(m.Key)
		if nf == nil {
			continue
		}
		oe := node.edge(m.Key)
		var args *paramNode
		var out *outParamNode
		if oe != nil {
			args, out = oe.args, oe.out
		}
		if e := v.convertArgs(m.Value.Get("arguments"), args); e != nil {
			return e
		}
		if e := v.convertSelection(m.Value.Get("selection"), nf, out); e != nil {
			return e
		}
	}
	return nil
}

// Parsing: a port of the engine's QueryDocumentParser.

type selItem struct {
	name   string
	nested protocol.Value // the {arguments, selection} object, or Invalid
}

// field parses one selected field: its arguments, then its selection.
func (v *validator) field(f *OutputField, args, sel protocol.Value, hasSel bool, argsNode *paramNode, outNode *outParamNode) *verr {
	v.selPath = append(v.selPath, f.Name)
	defer func() { v.selPath = v.selPath[:len(v.selPath)-1] }()
	if e := v.arguments(f, args, argsNode); e != nil {
		return e
	}
	if !hasSel {
		return nil
	}
	if f.Type.Kind != ObjectType {
		if scalarHasNested(sel) {
			if !v.detailed {
				return failed
			}
			return errSelectionSetOnScalar(f.Name, v.sel())
		}
		return nil
	}
	return v.object(sel, f.Type.Object, outNode)
}

// scalarHasNested reports whether a selection under a scalar field yields
// nested selections (only `name: true` entries do).
func scalarHasNested(sel protocol.Value) bool {
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Value.Kind == protocol.Bool && m.Value.Bool && m.Key != "$scalars" && m.Key != "$composites" {
			if !excluded(sel, m.Key) {
				return true
			}
		}
	}
	return false
}

func excluded(sel protocol.Value, name string) bool {
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Key == name && m.Value.Kind == protocol.Bool && !m.Value.Bool {
			return true
		}
	}
	return false
}

func isScalarOutput(f *OutputField) bool { return f.Type.Kind == ScalarType || f.Type.Kind == EnumType }

// object parses a selection set against an output type.
func (v *validator) object(sel protocol.Value, t *OutputObjectType, node *outParamNode) *verr {
	base := len(v.scratch)
	defer func() { v.scratch = v.scratch[:base] }()
	push := func(it selItem) {
		for i := base; i < len(v.scratch); i++ {
			if v.scratch[i].name == it.name {
				v.scratch[i] = it
				return
			}
		}
		v.scratch = append(v.scratch, it)
	}
	for i := range sel.Members {
		m := &sel.Members[i]
		switch {
		case m.Value.Kind == protocol.Bool && m.Value.Bool && m.Key == "$scalars":
			for _, f := range t.Fields {
				if isScalarOutput(f) {
					push(selItem{name: f.Name})
				}
			}
		case m.Value.Kind == protocol.Bool && m.Value.Bool && m.Key == "$composites":
		case m.Value.Kind == protocol.Bool && m.Value.Bool:
			push(selItem{name: m.Key})
		case m.Value.Kind == protocol.Bool:
			// exclusion
		default:
			push(selItem{name: m.Key, nested: m.Value})
		}
	}
	// Remove excluded keys.
	n := base
	for i := base; i < len(v.scratch); i++ {
		if !excluded(sel, v.scratch[i].name) {
			v.scratch[n] = v.scratch[i]
			n++
		}
	}
	v.scratch = v.scratch[:n]
	if n == base {
		if !v.detailed {
			return failed
		}
		return errEmptySelection(v.sel(), t)
	}
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Value.Kind == protocol.Bool && !m.Value.Bool && t.Field(m.Key) == nil {
			if !v.detailed {
				return failed
			}
			return errUnknownSelectionField(append(v.sel(), m.Key), t)
		}
	}
	for i := base; i < len(v.scratch); i++ {
		it := v.scratch[i]
		f := t.Field(it.name)
		if f == nil {
			if !v.detailed {
				return failed
			}
			return errUnknownSelectionField(append(v.sel(), it.name), t)
		}
		if !it.nested.Exists() {
			// Shorthand or $scalars: all nested fields of the shorthand
			// selection exist and take no arguments.
			continue
		}
		oe := node.edge(it.name)
		var args *paramNode
		var out *outParamNode
		if oe != nil {
			args, out = oe.args, oe.out
		}
		if e := v.field(f, it.nested.Get("arguments"), it.nested.Get("selection"), true, args, out); e != nil {
			return e
		}
	}
	return nil
}

// arguments parses the arguments of an output field.
func (v *validator) arguments(f *OutputField, args protocol.Value, node *paramNode) *verr {
	if args.Kind == protocol.Object {
		for i := range args.Members {
			if f.Arg(args.Members[i].Key) == nil {
				if !v.detailed {
					return failed
				}
				return errUnknownArgument(v.sel(), []string{args.Members[i].Key}, f.Args)
			}
		}
	}
	for _, a := range f.Args {
		var given protocol.Value
		if args.Kind == protocol.Object {
			given = args.Get(a.Name)
		}
		v.argPath = append(v.argPath, a.Name)
		var e *verr
		switch {
		case given.Exists():
			e = v.value(classify(given, node.edge(a.Name)), a)
		case a.Default != nil && a.Default.EmptyObject:
			e = v.value(argVal{kind: avObject, v: protocol.Value{Kind: protocol.Object}}, a)
		case a.Default != nil:
		case a.Required:
			if !v.detailed {
				e = failed
			} else {
				e = errRequiredArgumentMissing(v.sel(), v.arg(), a.Types)
			}
		}
		v.argPath = v.argPath[:len(v.argPath)-1]
		if e != nil {
			return e
		}
	}
	return nil
}

// value parses a value against an input field's types.
func (v *validator) value(a argVal, f *InputField) *verr {
	return v.valueTypes(a, f.Types, f.Parameterizable)
}

func (v *validator) valueTypes(a argVal, types []TypeRef, param bool) *verr {
	if len(types) == 1 {
		return v.tryType(a, types[0], param)
	}
	var errs []*verr
	for _, t := range types {
		e := v.tryType(a, t, param)
		if e == nil {
			return nil
		}
		if v.detailed {
			errs = append(errs, e)
		}
	}
	if !v.detailed {
		return failed
	}
	if len(errs) == 1 {
		return errs[0]
	}
	return errUnion(errs)
}

func (v *validator) typeError(t TypeRef, a argVal) *verr {
	if !v.detailed {
		return failed
	}
	return errInvalidArgumentType(v.sel(), v.arg(), t, a.inferredType())
}

func (v *validator) valueError(value, expected, underlying string) *verr {
	if !v.detailed {
		return failed
	}
	return errInvalidArgumentValue(v.sel(), v.arg(), value, expected, underlying)
}

func (v *validator) unexpectedPlaceholder(a argVal, expected string) *verr {
	return v.valueError("Placeholder<"+a.ph.String()+">", expected, "The query was incorrectly parameterized by Prisma Client. This is a bug")
}

func isScalarLike(k avKind) bool {
	switch k {
	case avList, avObject, avFieldRef, avRaw:
		return false
	}
	return true
}

// tryType parses a value against one input type.
func (v *validator) tryType(a argVal, t TypeRef, param bool) *verr {
	if t.Kind == ScalarType && !t.List && t.Scalar == JSON && a.shouldBeJSON() {
		return nil
	}
	if t.Kind == ScalarType && !t.List && t.Scalar == JSONList && a.kind == avList {
		return nil
	}
	switch {
	case isScalarLike(a.kind):
		if a.kind == avNull {
			if t.IsNull() {
				return nil
			}
			if !v.detailed {
				return failed
			}
			return errRequiredArgumentMissing(v.sel(), v.arg(), []TypeRef{t})
		}
		if a.wildcard {
			return nil
		}
		switch {
		case t.Kind == ScalarType && !t.List:
			return v.scalar(a, t, param)
		case t.Kind == EnumType && !t.List && (a.kind == avString || a.kind == avBool || a.kind == avEnumTag):
			return v.enum(a, t.Enum)
		case t.Kind == EnumType && !t.List && a.kind == avPlaceholder:
			if !param {
				return v.unexpectedPlaceholder(a, t.Enum.Name)
			}
			if a.ph.kind == phEnum {
				return nil
			}
			return v.typeError(t, a)
		case t.List && a.kind == avPlaceholder:
			return v.placeholderList(a, t, param)
		}
		return v.typeError(t, a)
	case a.kind == avList:
		if !t.List {
			return v.typeError(t, a)
		}
		elem := t
		elem.List = false
		for i := range a.v.Members {
			if e := v.valueTypes(a.element(i), []TypeRef{elem}, param); e != nil {
				return e
			}
		}
		return nil
	case a.kind == avObject || a.kind == avFieldRef:
		if t.Kind != ObjectType || t.List {
			return v.typeError(t, a)
		}
		return v.inputObjectMemo(a, t.Object)
	}
	return v.typeError(t, a)
}

func phMatchesScalar(k phKind, s Scalar) bool {
	switch k {
	case phString:
		return s == String || s == UUID
	case phBoolean:
		return s == Boolean
	case phEnum:
		return s == String
	case phInt:
		return s == Int || s == BigInt || s == Float
	case phUUID:
		return s == UUID || s == String
	case phJSON, phObject:
		return s == JSON
	case phDateTime:
		return s == DateTime
	case phFloat, phDecimal:
		return s == Float || s == Decimal
	case phBigInt:
		return s == BigInt
	case phBytes:
		return s == Bytes
	case phAny:
		return true
	}
	return false
}

func (v *validator) placeholderList(a argVal, t TypeRef, param bool) *verr {
	if !param {
		return v.unexpectedPlaceholder(a, "List")
	}
	elem := t
	elem.List = false
	if a.ph.kind == phJSON && elem.Kind == ScalarType && elem.Scalar == JSON {
		return nil
	}
	if a.ph.kind != phList {
		return v.typeError(t, a)
	}
	ok := false
	switch elem.Kind {
	case ScalarType:
		ok = phMatchesScalar(a.ph.inner, elem.Scalar)
	case EnumType:
		ok = a.ph.inner == phEnum
	}
	if ok {
		return nil
	}
	return v.typeError(t, a)
}

// scalar parses a scalar value against a scalar type (parse_scalar).
func (v *validator) scalar(a argVal, t TypeRef, param bool) *verr {
	st := t.Scalar
	switch a.kind {
	case avString:
		s := a.v.Str
		switch st {
		case String:
			return nil
		case Bytes:
			if !decodeBase64(s) {
				return v.valueError(s, "base64 String", base64Error)
			}
			return nil
		case Decimal:
			if _, _, msg := parseDecimal(s); msg != "" {
				return v.valueError(s, "decimal String", msg)
			}
			return nil
		case BigInt:
			if msg := parseBigInt(s); msg != "" {
				return v.valueError(s, "big integer String", msg)
			}
			return nil
		case DateTime:
			if msg := parseRFC3339(s); msg != "" {
				return v.valueError(s, "ISO-8601 DateTime", msg)
			}
			return nil
		case JSON, JSONList:
			return nil
		}
	case avBool:
		if st == Boolean {
			return nil
		}
	case avJSONTag:
		if st == JSON {
			return nil
		}
	case avBytes:
		if st == Bytes {
			return nil
		}
	case avBigInt:
		if st == BigInt {
			return nil
		}
	case avDateTime:
		if st == DateTime {
			return nil
		}
	case avInt:
		switch st {
		case Int, Float, Decimal, BigInt:
			return nil
		}
	case avFloat, avDecimal:
		switch st {
		case Float, Decimal:
			return nil
		case Int:
			text := a.v.Str
			if _, ok := floatToI64(text); !ok {
				if !v.detailed {
					return failed
				}
				display := decimalDisplay(text)
				if a.kind == avFloat {
					display = floatDisplay(text)
				}
				return errValueTooLarge(v.sel(), v.arg(), display)
			}
			return nil
		}
	case avPlaceholder:
		if phMatchesScalar(a.ph.kind, st) {
			if !param {
				return v.unexpectedPlaceholder(a, st.String())
			}
			return nil
		}
	}
	return v.typeError(t, a)
}

// enum parses an enum value (parse_enum).
func (v *validator) enum(a argVal, e *Enum) *verr {
	var raw string
	switch a.kind {
	case avBool:
		raw = "false"
		if a.v.Bool {
			raw = "true"
		}
	default:
		raw = a.v.Str
	}
	if e.Has(raw) {
		return nil
	}
	return v.valueError(raw, e.Name, "")
}

// members returns the members of an object or FieldRef value.
func (a argVal) members() []protocol.Member {
	if a.v.Kind != protocol.Object {
		return nil
	}
	return a.v.Members
}

func hasMember(ms []protocol.Member, k string) bool {
	for i := range ms {
		if ms[i].Key == k {
			return true
		}
	}
	return false
}

func (v *validator) inputObjectMemo(a argVal, o *InputObjectType) *verr {
	v.objects++
	ms := a.members()
	if v.objects < memoThreshold || len(ms) == 0 {
		return v.inputObject(a, o)
	}
	if v.memo == nil {
		v.memo = map[memoKey]*verr{}
	}
	k := memoKey{&ms[0], o}
	if e, ok := v.memo[k]; ok {
		return e
	}
	e := v.inputObject(a, o)
	v.memo[k] = e
	return e
}

// inputObject parses an object value against an input object type
// (parse_input_object).
func (v *validator) inputObject(a argVal, o *InputObjectType) *verr {
	ms := a.members()
	defaults := 0
	for _, f := range o.Fields {
		if hasMember(ms, f.Name) {
			continue
		}
		if f.Default != nil {
			if f.Default.Enum != "" || f.Default.EmptyObject {
				defaults++
			}
			continue
		}
		if f.Required {
			if !v.detailed {
				return failed
			}
			return errRequiredArgumentMissing(v.sel(), v.argWith(f.Name), f.Types)
		}
	}
	for i := range ms {
		m := &ms[i]
		f := o.Field(m.Key)
		if f == nil {
			if !v.detailed {
				return failed
			}
			return errUnknownInputField(v.sel(), v.argWith(m.Key), o)
		}
		v.argPath = append(v.argPath, m.Key)
		var edge *paramEdge
		if a.kind == avObject {
			edge = a.node.edge(m.Key)
		}
		e := v.value(classify(m.Value, edge), f)
		v.argPath = v.argPath[:len(v.argPath)-1]
		if e != nil {
			return e
		}
	}
	c := o.Constraints
	if c.Min < 0 && c.Max < 0 {
		return nil
	}
	n := 0
	if c.Fields != nil {
		for _, name := range c.Fields {
			if hasMember(ms, name) {
				n++
			}
		}
	} else {
		n = len(ms) + defaults
	}
	switch {
	case c.Max >= 0 && n > c.Max:
		if !v.detailed {
			return failed
		}
		return errConstraint(kindTooManyFieldsGiven, v.sel(), v.arg(), o, n)
	case c.Min >= 0 && n < c.Min:
		if !v.detailed {
			return failed
		}
		return errConstraint(kindSomeFieldsMissing, v.sel(), v.arg(), o, n)
	}
	return nil
}

// Match returns the first of types that value v matches, as Prisma's
// parser picks a union member: for example, for a where field of type
// [IntFilter, Int], {"gt": 1} matches IntFilter and 5 matches Int. Values
// are checked as literals (no parameterisation). It reports false when no
// type matches.
func (q *QuerySchema) Match(types []TypeRef, v protocol.Value) (TypeRef, bool) {
	va := validatorPool.Get().(*validator)
	defer validatorPool.Put(va)
	va.reset(q, false)
	return va.matchType(classify(v, nil), types, true)
}
