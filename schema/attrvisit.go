package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// attrVisitor is the attribute validation state machine of
// psl/parser-database/src/context.rs: every attribute of a container must be
// visited, arguments must be consumed, and whatever is left over is reported
// ("Attribute not known", "No such argument.").
type attrVisitor struct {
	d     *db
	attrs []*astAttribute
	used  []bool

	cur  *astAttribute
	args map[string]int // argument name ("" for unnamed) -> index in cur.args.args
}

const unnamedArg = ""

func (d *db) visitAttrs(attrs []*astAttribute) *attrVisitor {
	return &attrVisitor{d: d, attrs: attrs, used: make([]bool, len(attrs))}
}

// single visits an optional attribute that may occur at most once. It
// reports whether the attribute is present and usable.
func (v *attrVisitor) single(name string) bool {
	var idx []int
	for i, a := range v.attrs {
		if a.name.name == name {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return false
	}
	if len(idx) > 1 {
		for _, i := range idx {
			v.d.errorf(v.attrs[i].span, "Attribute \"@%s\" can only be defined once.", v.attrs[i].name.name)
			v.used[i] = true
		}
		return false
	}
	v.used[idx[0]] = true
	return v.set(v.attrs[idx[0]])
}

// repeated visits the next unused attribute with the given name. It returns
// false when there is none left.
func (v *attrVisitor) repeated(name string) bool {
	for i, a := range v.attrs {
		if a.name.name != name || v.used[i] {
			continue
		}
		v.used[i] = true
		if v.set(a) {
			return true
		}
	}
	return false
}

// scoped visits the datasource-scoped attribute (a native type such as
// @db.VarChar(255)), if any.
func (v *attrVisitor) scoped() *astAttribute {
	var found *astAttribute
	for i, a := range v.attrs {
		ds, _, ok := strings.Cut(a.name.name, ".")
		if !ok {
			continue
		}
		v.used[i] = true
		if found != nil {
			v.d.errorf(a.span, "Attribute \"@%s\" can only be defined once.", ds)
		}
		found = a
	}
	return found
}

// set starts validating the arguments of a.
func (v *attrVisitor) set(a *astAttribute) bool {
	valid := true
	lists := []*astArgs{&a.args}
	for _, arg := range a.args.args {
		if arg.value.kind == exprFunc {
			lists = append(lists, &arg.value.args)
		}
	}
	for _, args := range lists {
		for _, e := range args.empty {
			v.d.errorf(e.span, "Error parsing attribute \"@%s\": The `%s` argument is missing a value.", a.name.name, e.name)
			valid = false
		}
		for _, arg := range args.args {
			if arg.value.kind != exprArray {
				continue
			}
			for _, it := range arg.value.items {
				if it.kind != exprFunc {
					continue
				}
				for _, e := range it.args.empty {
					v.d.errorf(e.span, "Error parsing attribute \"@@%s\": The `%s` argument is missing a value.", a.name.name, e.name)
				}
			}
		}
		if args.trailingComma != nil {
			v.d.errorf(*args.trailingComma, "Error parsing attribute \"@%s\": Trailing commas are not valid in attribute arguments, please remove the comma.", a.name.name)
		}
	}
	if !valid {
		return false
	}
	v.cur = a
	v.args = map[string]int{}
	var unnamed []string
	for i, arg := range a.args.args {
		key := unnamedArg
		if arg.name != nil {
			key = arg.name.name
		}
		if prev, ok := v.args[key]; ok {
			if arg.name == nil {
				if len(unnamed) == 0 {
					unnamed = append(unnamed, a.args.args[prev].value.String())
				}
				unnamed = append(unnamed, arg.value.String())
			} else {
				v.d.errorf(arg.span, "Argument %q is already specified.", arg.name.name)
			}
		}
		v.args[key] = i
	}
	if len(unnamed) > 0 {
		v.attrErr(fmt.Sprintf("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[%s]`?", strings.Join(unnamed, ", ")))
	}
	return true
}

// attrErr reports an attribute validation error on the current attribute.
func (v *attrVisitor) attrErr(msg string) {
	v.d.errorf(v.cur.span, "Error parsing attribute \"@%s\": %s", v.cur.name.name, msg)
}

// defaultArg returns the argument with the given name, or else the unnamed one.
func (v *attrVisitor) defaultArg(name string) (*astExpr, bool) {
	named, hasNamed := v.args[name]
	unnamed, hasUnnamed := v.args[unnamedArg]
	delete(v.args, name)
	delete(v.args, unnamedArg)
	switch {
	case hasNamed && hasUnnamed:
		v.d.errorf(v.cur.args.args[named].span, "Argument %q is already specified as unnamed argument.", name)
		return nil, false
	case hasNamed:
		return v.cur.args.args[named].value, true
	case hasUnnamed:
		return v.cur.args.args[unnamed].value, true
	}
	v.d.errorf(v.cur.span, "Argument %q is missing.", name)
	return nil, false
}

func (v *attrVisitor) optionalArg(name string) *astExpr {
	i, ok := v.args[name]
	if !ok {
		return nil
	}
	delete(v.args, name)
	return v.cur.args.args[i].value
}

// validateArgs reports the arguments nobody consumed.
func (v *attrVisitor) validateArgs() {
	for i, arg := range v.cur.args.args {
		key := unnamedArg
		if arg.name != nil {
			key = arg.name.name
		}
		if j, ok := v.args[key]; ok && j == i {
			v.d.errorf(arg.span, "No such argument.")
		}
	}
	v.discardArgs()
}

func (v *attrVisitor) discardArgs() {
	v.cur = nil
	v.args = nil
}

// finish reports the attributes nobody visited.
func (v *attrVisitor) finish() {
	for i, a := range v.attrs {
		if !v.used[i] {
			v.d.errorf(a.span, "Attribute not known: \"@%s\".", a.name.name)
		}
	}
}

// ---- coercions (psl/parser-database/src/coerce_expression.rs) ----

func (d *db) mismatch(expected string, e *astExpr) {
	d.errorf(e.span, "Expected a %s value, but received %s value `%s`.", expected, e.describe(), e.String())
}

func (d *db) coerceString(e *astExpr) (string, bool) {
	if e.kind == exprString {
		return e.str, true
	}
	d.mismatch("string", e)
	return "", false
}

func (d *db) coerceConstant(e *astExpr) (string, bool) {
	if e.kind == exprConst {
		return e.str, true
	}
	d.mismatch("constant", e)
	return "", false
}

func (d *db) coerceBool(e *astExpr) (bool, bool) {
	if e.kind == exprConst {
		switch e.str {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	d.mismatch("boolean", e)
	return false, false
}

func (d *db) coerceInt(e *astExpr) (int64, bool) {
	if e.kind == exprNumber {
		if n, err := strconv.ParseInt(e.str, 10, 64); err == nil {
			return n, true
		}
	}
	d.mismatch("numeric", e)
	return 0, false
}

// coerceArray applies fn to each element of an array, or to a single
// non-array expression. It fails when any element fails.
func coerceArray[T any](e *astExpr, fn func(*astExpr) (T, bool)) ([]T, bool) {
	if e.kind != exprArray {
		v, ok := fn(e)
		if !ok {
			return nil, false
		}
		return []T{v}, true
	}
	out := make([]T, 0, len(e.items))
	valid := true
	for _, it := range e.items {
		v, ok := fn(it)
		if ok {
			out = append(out, v)
		} else {
			valid = false
		}
	}
	return out, valid
}
