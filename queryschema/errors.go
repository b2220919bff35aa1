package queryschema

import (
	"strconv"
	"strings"

	"github.com/noengine/noengine/protocol"
)

// Error is a request error as Prisma 7.10 reports it.
//
// Validation errors are user-facing: Code is "P2009" (or "P2012" for
// RequiredArgumentMissing), Meta holds Prisma's metadata ({"kind":
// "UnknownInputField", "argumentPath": [...], ...}). Input errors found
// after validation are "P2019" with meta {"details": ...}. Errors Prisma
// does not turn into user-facing errors (an operation the schema does not
// have, a malformed request body, a tagged value that cannot be converted)
// have an empty Code and no Meta.
type Error struct {
	Code    string
	Message string
	// Meta is an object value, or the zero Value when there is none.
	Meta protocol.Value
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Kind returns meta.kind ("UnknownInputField", "Union", ...), or "".
func (e *Error) Kind() string {
	if k := e.Meta.Get("kind"); k.Kind == protocol.String {
		return k.Str
	}
	return ""
}

// UserFacing reports whether the error has a P-code.
func (e *Error) UserFacing() bool { return e.Code != "" }

// AppendJSON appends the error as one element of the engine's "errors"
// array: {"error": message, "user_facing_error": {"is_panic": false,
// "message": message, "meta": {...}, "error_code": "P2009"}}, or just
// {"error": message} when the error is not user-facing.
func (e *Error) AppendJSON(dst []byte) []byte {
	var w protocol.Writer
	w.Raw(`{"error":`)
	w.String(e.Message)
	if e.Code != "" {
		w.Raw(`,"user_facing_error":{"is_panic":false,"message":`)
		w.String(e.Message)
		if e.Meta.Exists() {
			w.Raw(`,"meta":`)
			w.Value(e.Meta)
		}
		w.Raw(`,"error_code":`)
		w.String(e.Code)
		w.Byte('}')
	}
	w.Byte('}')
	return append(dst, w.Bytes()...)
}

// Validation error kinds.
const (
	kindEmptySelection          = "EmptySelection"
	kindInvalidArgumentType     = "InvalidArgumentType"
	kindInvalidArgumentValue    = "InvalidArgumentValue"
	kindSomeFieldsMissing       = "SomeFieldsMissing"
	kindTooManyFieldsGiven      = "TooManyFieldsGiven"
	kindSelectionSetOnScalar    = "SelectionSetOnScalar"
	kindRequiredArgumentMissing = "RequiredArgumentMissing"
	kindUnion                   = "Union"
	kindUnknownArgument         = "UnknownArgument"
	kindUnknownInputField       = "UnknownInputField"
	kindUnknownSelectionField   = "UnknownSelectionField"
	kindValueTooLarge           = "ValueTooLarge"
)

// verr is a validation error under construction.
type verr struct {
	kind string
	msg  string
	meta []protocol.Member // after "kind"
	// leaves counts the leaf errors of a Union tree.
	leaves int
}

// failed is the error value of the validator's fast pass, which only
// decides validity; the detailed pass then builds the real error.
var failed = &verr{}

func (e *verr) metaValue() protocol.Value {
	ms := make([]protocol.Member, 0, len(e.meta)+1)
	ms = append(ms, protocol.Member{Key: "kind", Value: protocol.MakeString(e.kind)})
	ms = append(ms, e.meta...)
	return protocol.Value{Kind: protocol.Object, Members: ms}
}

func (e *verr) toError() *Error {
	code := "P2009"
	if e.kind == kindRequiredArgumentMissing {
		code = "P2012"
	}
	return &Error{Code: code, Message: e.msg, Meta: e.metaValue()}
}

// JSON value helpers.

func jstr(s string) protocol.Value { return protocol.MakeString(s) }
func jbool(b bool) protocol.Value  { return protocol.MakeBool(b) }
func jint(n int) protocol.Value    { return protocol.MakeNumber(strconv.Itoa(n)) }

func jstrs(ss []string) protocol.Value {
	v := protocol.Value{Kind: protocol.Array, Members: make([]protocol.Member, len(ss))}
	for i, s := range ss {
		v.Members[i].Value = jstr(s)
	}
	return v
}

func jarr(vs []protocol.Value) protocol.Value {
	v := protocol.Value{Kind: protocol.Array, Members: make([]protocol.Member, len(vs))}
	for i, x := range vs {
		v.Members[i].Value = x
	}
	return v
}

func jobj(kv ...any) protocol.Value {
	v := protocol.Value{Kind: protocol.Object}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Members = append(v.Members, protocol.Member{Key: kv[i].(string), Value: kv[i+1].(protocol.Value)})
	}
	return v
}

func member(k string, v protocol.Value) protocol.Member { return protocol.Member{Key: k, Value: v} }

// Type descriptions as the engine serialises them in error metadata.

func inputTypeDescription(t TypeRef) protocol.Value {
	if t.List {
		inner := t
		inner.List = false
		return jobj("kind", jstr("list"), "elementType", inputTypeDescription(inner))
	}
	switch t.Kind {
	case ScalarType:
		return jobj("kind", jstr("scalar"), "name", jstr(t.Scalar.String()))
	case EnumType:
		return jobj("kind", jstr("enum"), "name", jstr(t.Enum.Name))
	}
	return inputObjectDescription(t.Object)
}

func inputTypeDescriptions(ts []TypeRef) protocol.Value {
	vs := make([]protocol.Value, len(ts))
	for i, t := range ts {
		vs[i] = inputTypeDescription(t)
	}
	return jarr(vs)
}

func typeNames(ts []TypeRef) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Name()
	}
	return out
}

func inputObjectDescription(o *InputObjectType) protocol.Value {
	fields := make([]protocol.Value, len(o.Fields))
	for i, f := range o.Fields {
		fields[i] = jobj("name", jstr(f.Name), "typeNames", jstrs(typeNames(f.Types)), "required", jbool(f.Required))
	}
	return jobj("kind", jstr("object"), "name", jstr(o.Name), "fields", jarr(fields))
}

func outputTypeDescription(o *OutputObjectType) protocol.Value {
	fields := make([]protocol.Value, len(o.Fields))
	for i, f := range o.Fields {
		fields[i] = jobj("name", jstr(f.Name), "typeName", jstr(f.Type.Name()), "isRelation", jbool(f.IsRelation()))
	}
	return jobj("name", jstr(o.Name), "fields", jarr(fields))
}

func argumentDescription(name string, types []string) protocol.Value {
	return jobj("name", jstr(name), "typeNames", jstrs(types))
}

func lastOf(path []string) string {
	if len(path) == 0 {
		return ""
	}
	return path[len(path)-1]
}

// Error constructors (the detailed pass only).

func errEmptySelection(sel []string, out *OutputObjectType) *verr {
	return &verr{kind: kindEmptySelection, msg: "Expected a minimum of 1 field to be present, got 0",
		meta: []protocol.Member{member("outputType", outputTypeDescription(out)), member("selectionPath", jstrs(sel))}}
}

func errUnknownSelectionField(sel []string, out *OutputObjectType) *verr {
	return &verr{kind: kindUnknownSelectionField,
		msg:  "Field '" + lastOf(sel) + "' not found in enclosing type '" + out.Name + "'",
		meta: []protocol.Member{member("outputType", outputTypeDescription(out)), member("selectionPath", jstrs(sel))}}
}

func errSelectionSetOnScalar(name string, sel []string) *verr {
	return &verr{kind: kindSelectionSetOnScalar, msg: "Cannot select over scalar field '" + name + "'",
		meta: []protocol.Member{member("fieldName", jstr(name)), member("selectionPath", jstrs(sel))}}
}

func errUnknownArgument(sel, arg []string, args []*InputField) *verr {
	descs := make([]protocol.Value, len(args))
	for i, a := range args {
		descs[i] = argumentDescription(a.Name, typeNames(a.Types))
	}
	return &verr{kind: kindUnknownArgument, msg: "Argument does not exist in enclosing type",
		meta: []protocol.Member{member("argumentPath", jstrs(arg)), member("arguments", jarr(descs)), member("selectionPath", jstrs(sel))}}
}

func errUnknownInputField(sel, arg []string, o *InputObjectType) *verr {
	return &verr{kind: kindUnknownInputField,
		msg:  "`" + strings.Join(sel, ".") + "." + strings.Join(arg, ".") + "`: Field does not exist in enclosing type.",
		meta: []protocol.Member{member("inputType", inputObjectDescription(o)), member("argumentPath", jstrs(arg)), member("selectionPath", jstrs(sel))}}
}

func errRequiredArgumentMissing(sel, arg []string, types []TypeRef) *verr {
	return &verr{kind: kindRequiredArgumentMissing, msg: "`" + strings.Join(arg, ".") + "`: A value is required but not set",
		meta: []protocol.Member{member("inputTypes", inputTypeDescriptions(types)), member("argumentPath", jstrs(arg)), member("selectionPath", jstrs(sel))}}
}

func errInvalidArgumentType(sel, arg []string, t TypeRef, inferred string) *verr {
	name := lastOf(arg)
	tn := t.Name()
	return &verr{kind: kindInvalidArgumentType,
		msg: "Invalid argument type. `" + name + "` should be of any of the following types: `" + tn + "`",
		meta: []protocol.Member{member("argumentPath", jstrs(arg)), member("argument", argumentDescription(name, []string{tn})),
			member("selectionPath", jstrs(sel)), member("inferredType", jstr(inferred))}}
}

func errInvalidArgumentValue(sel, arg []string, value, expected, underlying string) *verr {
	msg := "Invalid argument value. `" + value + "` is not a valid `" + expected + "`"
	meta := []protocol.Member{member("argumentPath", jstrs(arg)), member("argument", argumentDescription(lastOf(arg), []string{expected})),
		member("selectionPath", jstrs(sel))}
	if underlying != "" {
		msg += ". Underlying error: " + underlying
		meta = append(meta, member("underlyingError", jstr(underlying)))
	}
	return &verr{kind: kindInvalidArgumentValue, msg: msg, meta: meta}
}

func errValueTooLarge(sel, arg []string, value string) *verr {
	name := lastOf(arg)
	return &verr{kind: kindValueTooLarge,
		msg: "Unable to fit float value (or large JS integer serialized in exponent notation) '" + value +
			"' into a 64 Bit signed integer for field '" + name + "'. If you're trying to store large integers, consider using `BigInt`",
		meta: []protocol.Member{member("argumentPath", jstrs(arg)), member("argument", argumentDescription(name, []string{"BigInt"})),
			member("selectionPath", jstrs(sel))}}
}

func constraintsText(c Constraints, got int) string {
	n := strconv.Itoa(got)
	if c.Fields == nil {
		switch {
		case c.Min == 1 && c.Max == 1:
			return "Expected exactly one field to be present, got " + n + "."
		case c.Min >= 0 && c.Max >= 0:
			return "Expected a minimum of " + strconv.Itoa(c.Min) + " and at most " + strconv.Itoa(c.Max) + " fields to be present, got " + n + "."
		case c.Min >= 0:
			return "Expected a minimum of " + strconv.Itoa(c.Min) + " fields to be present, got " + n + "."
		case c.Max >= 0:
			return "Expected at most " + strconv.Itoa(c.Max) + " fields to be present, got " + n + "."
		}
		return "Expected any selection of fields, got " + n + "."
	}
	fs := strings.Join(c.Fields, ", ")
	switch {
	case c.Min == 1 && c.Max == 1:
		return "Expected exactly one field of (" + fs + ") to be present, got " + n + "."
	case c.Min >= 0 && c.Max >= 0:
		return "Expected a minimum of " + strconv.Itoa(c.Min) + " and at most " + strconv.Itoa(c.Max) + " fields of (" + fs + ") to be present, got " + n + "."
	case c.Min >= 0:
		return "Expected a minimum of " + strconv.Itoa(c.Min) + " fields of (" + fs + ") to be present, got " + n + "."
	case c.Max >= 0:
		return "Expected at most " + strconv.Itoa(c.Max) + " fields of (" + fs + ") to be present, got " + n + "."
	}
	return "Expected any selection of fields, got " + n + "."
}

func errConstraint(kind string, sel, arg []string, o *InputObjectType, got int) *verr {
	c := o.Constraints
	var cm []protocol.Member
	if c.Min >= 0 {
		cm = append(cm, member("minFieldCount", jint(c.Min)))
	}
	if c.Max >= 0 {
		cm = append(cm, member("maxFieldCount", jint(c.Max)))
	}
	if c.Fields != nil {
		cm = append(cm, member("requiredFields", jstrs(c.Fields)))
	}
	prefix := "Some fields are missing: "
	if kind == kindTooManyFieldsGiven {
		prefix = "Too many fields given: "
	}
	return &verr{kind: kind, msg: prefix + constraintsText(c, got),
		meta: []protocol.Member{member("inputType", inputObjectDescription(o)), member("argumentPath", jstrs(arg)),
			member("selectionPath", jstrs(sel)), member("constraints", protocol.Value{Kind: protocol.Object, Members: cm})}}
}

// maxUnionLeaves bounds the size of a Union error. Nested unions (a
// nested create offers a checked and an unchecked input at every level)
// can otherwise grow exponentially with the request's depth; past the
// bound, the remaining alternatives are left out of the error.
const maxUnionLeaves = 1000

func errUnion(errs []*verr) *verr {
	msgs := make([]string, 0, len(errs))
	metas := make([]protocol.Value, 0, len(errs))
	leaves := 0
	for _, e := range errs {
		n := e.leaves
		if n == 0 {
			n = 1
		}
		if leaves > 0 && leaves+n > maxUnionLeaves {
			msgs = append(msgs, "...")
			break
		}
		leaves += n
		msgs = append(msgs, e.msg)
		metas = append(metas, e.metaValue())
	}
	return &verr{kind: kindUnion, leaves: leaves,
		msg:  "Unable to match input value to any allowed input type for the field. Parse errors: [" + strings.Join(msgs, ", ") + "]",
		meta: []protocol.Member{member("errors", jarr(metas))}}
}

// inputError is Prisma's P2019 "Input error".
func inputError(details string) *Error {
	return &Error{Code: "P2019", Message: "Input error. " + details, Meta: jobj("details", jstr(details))}
}

// engineError is an error Prisma reports without a P-code.
func engineError(msg string) *Error { return &Error{Message: msg} }
