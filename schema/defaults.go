package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// knownDefaultFunctions are the @default functions parser-database knows
// (psl/parser-database/src/attributes/default.rs); other functions are left
// to the connector (CockroachDB's sequence()).
var knownDefaultFunctions = map[string]bool{
	"autoincrement": true, "ulid": true, "cuid": true, "dbgenerated": true,
	"nanoid": true, "now": true, "uuid": true, "auto": true,
}

// modelDefault validates @default on a model field.
func (d *db) modelDefault(v *attrVisitor, f *field) {
	attr := v.cur
	value, ok := v.defaultArg("value")
	if !ok {
		return
	}
	mapped := d.mapNameArg(v)
	accept := func() { f.def = &defaultAttr{attr: attr, value: value, mapped: mapped} }

	if value.kind == exprFunc && value.str == "dbgenerated" {
		d.dbgeneratedArgs(v, value.args.args, accept)
		return
	}
	switch f.kind {
	case fkComposite:
		d.errorf(attr.span, "Error validating field `%s` in composite type `%s`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.", f.name(), f.ctypeRef.ast.name.name)
	case fkEnum:
		if f.isList() {
			d.enumListDefault(v, value, f.enum, accept)
		} else {
			d.enumDefault(v, value, f.enum, accept)
		}
	case fkScalar:
		d.builtinDefault(v, f, value, mapped != nil, accept, false)
	case fkUnsupported:
		v.attrErr("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.")
	}
}

// compositeDefault validates @default on a composite type field.
func (d *db) compositeDefault(v *attrVisitor, f *field) {
	attr := v.cur
	value, ok := v.defaultArg("value")
	if !ok {
		return
	}
	if v.optionalArg("map") != nil {
		v.attrErr("The `map` argument is not allowed on a composite type field.")
	}
	accept := func() { f.def = &defaultAttr{attr: attr, value: value} }
	if value.kind == exprFunc && value.str == "dbgenerated" {
		v.attrErr("Fields of composite types cannot have `dbgenerated()` as default.")
		return
	}
	switch f.kind {
	case fkComposite:
		d.errorf(attr.span, "Error validating field `%s` in composite type `%s`: Defaults on fields of type composite are not supported. Please remove the `@default` attribute.", f.name(), f.ctypeRef.ast.name.name)
	case fkEnum:
		if f.isList() {
			d.enumListDefault(v, value, f.enum, accept)
		} else {
			d.enumDefault(v, value, f.enum, accept)
		}
	case fkScalar:
		d.builtinDefault(v, f, value, false, accept, true)
	case fkUnsupported:
		v.attrErr("Composite field of type `Unsupported` cannot have default values.")
	}
}

func (d *db) builtinDefault(v *attrVisitor, f *field, value *astExpr, named bool, accept func(), composite bool) {
	st := f.scalar
	if value.kind == exprFunc {
		fn, args := value.str, value.args.args
		switch {
		case composite && (fn == "autoincrement" || fn == "auto"):
			v.attrErr(fmt.Sprintf("The function `%s()` is not supported on composite fields.", fn))
		case !composite && fn == "autoincrement" && named:
			v.attrErr("Naming an autoincrement default value is not allowed.")
		case !composite && fn == "autoincrement" && (st == Int || st == BigInt):
			d.emptyFuncArgs(v, fn, args, accept)
		case st == String && fn == "ulid":
			d.emptyFuncArgs(v, fn, args, accept)
		case st == String && fn == "cuid":
			d.uidIntArgs(v, fn, args, []int{1, 2}, accept)
		case st == String && fn == "uuid":
			d.uidIntArgs(v, fn, args, []int{4, 7}, accept)
		case !composite && st == String && fn == "nanoid":
			d.nanoidArgs(v, args, accept)
		case st == DateTime && fn == "now":
			d.emptyFuncArgs(v, "now", args, accept)
		case !composite && fn == "auto":
			if len(args) > 0 {
				v.attrErr("`auto()` takes no arguments")
			} else {
				accept()
			}
		case !knownDefaultFunctions[fn]:
			if composite {
				d.errorf(value.span, "Unknown function in @default(): `%s` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", fn)
			} else {
				accept()
				f.def.unknownFunc = true
			}
		default:
			v.attrErr(fmt.Sprintf("The function `%s()` cannot be used on fields of type `%s`.", fn, st))
		}
		return
	}
	if f.isList() {
		if value.kind != exprArray {
			v.attrErr("The default value of a list field must be a list.")
			return
		}
		for _, it := range value.items {
			ok := false
			d.scalarLiteral(v, st, it, func() { ok = true })
			if !ok {
				return
			}
		}
		accept()
		return
	}
	if value.kind == exprArray {
		v.attrErr("The default value of a non-list field cannot be a list.")
		return
	}
	d.scalarLiteral(v, st, value, accept)
}

func (d *db) scalarLiteral(v *attrVisitor, st ScalarType, e *astExpr, accept func()) {
	switch {
	case e.kind == exprString && (st == String || st == JSON || st == Bytes || st == DateTime || st == Decimal),
		e.kind == exprNumber && (st == Int || st == BigInt || st == Float || st == Decimal):
		accept()
	case e.kind == exprConst && st == Boolean:
		if e.str == "true" || e.str == "false" {
			accept()
		} else {
			d.errorf(e.span, "Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.")
		}
	default:
		v.attrErr(fmt.Sprintf("Expected a %s value, but found `%s`.", st, e.String()))
	}
}

func (d *db) enumDefault(v *attrVisitor, e *astExpr, en *enumInfo, accept func()) {
	if e.kind != exprConst {
		v.attrErr(fmt.Sprintf("Expected an enum value, but found `%s`.", e.String()))
		return
	}
	for _, val := range en.ast.values {
		if val.name.name == e.str {
			accept()
			return
		}
	}
	v.attrErr(fmt.Sprintf("The defined default value `%s` is not a valid value of the enum specified for the field.", e.str))
}

func (d *db) enumListDefault(v *attrVisitor, e *astExpr, en *enumInfo, accept func()) {
	if e.kind != exprArray {
		v.attrErr(fmt.Sprintf("Expected an enum value, but found `%s`.", e.String()))
		return
	}
	for _, it := range e.items {
		ok := false
		d.enumDefault(v, it, en, func() { ok = true })
		if !ok {
			return
		}
	}
	accept()
}

func (d *db) emptyFuncArgs(v *attrVisitor, fn string, args []*astArg, accept func()) {
	if len(args) == 0 {
		accept()
		return
	}
	v.attrErr(fmt.Sprintf("The `%s` function does not take any argument. Consider changing this default to `%s()`.", fn, fn))
}

func (d *db) dbgeneratedArgs(v *attrVisitor, args []*astArg, accept func()) {
	if len(args) > 1 {
		v.attrErr("`dbgenerated()` takes a single String argument")
	}
	if len(args) == 0 {
		accept()
		return
	}
	switch e := args[0].value; {
	case e.kind == exprString && e.str == "":
		v.attrErr("dbgenerated() takes either no argument, or a single nonempty string argument.")
	case e.kind == exprString:
		accept()
	default:
		v.attrErr("`dbgenerated()` takes a single String argument")
	}
}

func (d *db) uidIntArgs(v *attrVisitor, fn string, args []*astArg, valid []int, accept func()) {
	if len(args) > 1 {
		v.attrErr(fmt.Sprintf("`%s()` takes a single Int argument.", fn))
	}
	if len(args) == 0 {
		accept()
		return
	}
	e := args[0].value
	if e.kind != exprNumber {
		v.attrErr(fmt.Sprintf("`%s()` takes a single Int argument.", fn))
		return
	}
	if n, err := strconv.ParseUint(e.str, 10, 8); err == nil {
		for _, ok := range valid {
			if int(n) == ok {
				accept()
				return
			}
		}
	}
	v.attrErr(fmt.Sprintf("`%s()` takes either no argument, or a single integer argument which is either %d or %d.", fn, valid[0], valid[1]))
}

func (d *db) nanoidArgs(v *attrVisitor, args []*astArg, accept func()) {
	if len(args) > 1 {
		v.attrErr("`nanoid()` takes a single Int argument.")
	}
	if len(args) == 0 {
		accept()
		return
	}
	e := args[0].value
	if e.kind != exprNumber {
		v.attrErr("`nanoid()` takes a single Int argument.")
		return
	}
	if n, err := strconv.ParseUint(e.str, 10, 8); err == nil && n >= 2 {
		accept()
		return
	}
	v.attrErr("`nanoid()` takes either no argument, or a single integer argument between 2 and 255.")
}

// buildDefault turns a validated @default into the public Default.
func (d *db) buildDefault(f *field) *Default {
	da := f.def
	if da == nil {
		return nil
	}
	out := &Default{Raw: d.src[da.value.span.start:da.value.span.end]}
	if da.mapped != nil {
		out.Map = *da.mapped
	}
	e := da.value
	if e.kind == exprFunc {
		var firstInt int
		if len(e.args.args) > 0 && e.args.args[0].value.kind == exprNumber {
			n, _ := strconv.Atoi(e.args.args[0].value.str)
			firstInt = n
		}
		switch e.str {
		case "autoincrement":
			out.Kind = DefaultAutoincrement
		case "now":
			out.Kind = DefaultNow
		case "uuid":
			out.Kind, out.Version = DefaultUUID, 4
			if firstInt != 0 {
				out.Version = firstInt
			}
		case "cuid":
			out.Kind, out.Version = DefaultCUID, 1
			if firstInt != 0 {
				out.Version = firstInt
			}
		case "ulid":
			out.Kind = DefaultULID
		case "nanoid":
			out.Kind, out.Length = DefaultNanoID, firstInt
		case "dbgenerated":
			out.Kind = DefaultDBGenerated
			if len(e.args.args) > 0 {
				out.Expr = e.args.args[0].value.str
			}
		case "auto":
			out.Kind = DefaultAuto
		case "sequence":
			out.Kind = DefaultSequence
		default:
			out.Kind = DefaultDBGenerated
		}
		return out
	}
	out.Kind = DefaultLiteral
	out.Value = literalValue(f, e)
	return out
}

func literalValue(f *field, e *astExpr) any {
	switch e.kind {
	case exprArray:
		vals := make([]any, len(e.items))
		for i, it := range e.items {
			vals[i] = literalValue(f, it)
		}
		return vals
	case exprString:
		return e.str
	case exprConst:
		if f.kind == fkEnum {
			return EnumValueRef(e.str)
		}
		return e.str == "true"
	case exprNumber:
		switch f.scalar {
		case Int, BigInt:
			n, _ := strconv.ParseInt(e.str, 10, 64)
			return n
		default:
			x, _ := strconv.ParseFloat(e.str, 64)
			return x
		}
	}
	return nil
}

// validateDefaultLiteral runs the checks of
// psl-core/src/validate/validation_pipeline/validations/default_value.rs.
func (d *db) validateDefaultLiteral(f *field) {
	if f.def == nil || f.kind != fkScalar {
		return
	}
	d.checkDefaultValue(f.scalar, f.def.value)
}

func (d *db) checkDefaultValue(st ScalarType, e *astExpr) {
	if e.kind == exprArray {
		for _, it := range e.items {
			d.checkDefaultValue(st, it)
		}
		return
	}
	switch {
	case st == JSON && e.kind == exprString:
		if err := checkJSON(e.str); err != "" {
			d.errorf(e.span, "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid JSON string. (%s)", e.str, err)
		}
	case st == Bytes && e.kind == exprString:
		if err := checkBase64(e.str); err != "" {
			d.errorf(e.span, "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid base64 string. (%s)", e.str, err)
		}
	case st == DateTime && e.kind == exprString:
		if err := checkRFC3339(e.str); err != "" {
			d.errorf(e.span, "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid rfc3339 datetime string. (%s)", e.str, err)
		}
	case (st == Int || st == BigInt) && e.kind == exprNumber:
		if _, err := strconv.ParseInt(e.str, 10, 64); err != nil {
			detail := "invalid digit found in string"
			if strings.IndexFunc(strings.TrimPrefix(e.str, "-"), func(r rune) bool { return r < '0' || r > '9' }) < 0 {
				if strings.HasPrefix(e.str, "-") {
					detail = "number too small to fit in target type"
				} else {
					detail = "number too large to fit in target type"
				}
			}
			d.errorf(e.span, "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid integer. (%s)", e.str, detail)
		}
	case st == Decimal && e.kind == exprString:
		if err := decimalError(e.str); err != "" {
			d.errorf(e.span, "Error parsing attribute \"default\": Parse error: \"%s\" is not a valid decimal. (%s)", e.str, err)
		}
	}
}
