package schema

import "fmt"

// The syntax tree produced by the parser. It mirrors the tree of Prisma's
// schema-ast crate closely enough that spans (and therefore diagnostic
// positions) are the ones Prisma reports.

// span is a half-open byte range [start, end) in the source.
type span struct{ start, end int }

type ident struct {
	name string
	span span
}

type topKind uint8

const (
	topModel topKind = iota
	topView
	topType // composite type
	topEnum
	topDatasource
	topGenerator
)

// astTop is one top-level block.
type astTop struct {
	kind topKind
	name ident
	span span

	// models, views, composite types
	fields []*astField
	// enums
	values []*astEnumValue
	// models, views, composite types, enums
	attrs []*astAttribute
	// datasources, generators
	props []*astProp

	doc    string
	hasDoc bool
}

// typeName is the word Prisma uses for the block in "already exists" messages.
func (t *astTop) typeName() string {
	switch t.kind {
	case topModel:
		return "model"
	case topView:
		return "view"
	case topType:
		return "composite type"
	case topEnum:
		return "enum"
	case topDatasource:
		return "source"
	default:
		return "generator"
	}
}

type arity uint8

const (
	required arity = iota
	optional
	list
)

type astField struct {
	name  ident
	arity arity
	// typ is the type name; for Unsupported("x") typ is "x" and unsupported is set.
	typ         string
	unsupported bool
	typSpan     span
	attrs       []*astAttribute
	doc         string
	hasDoc      bool
	span        span
}

type astEnumValue struct {
	name   ident
	attrs  []*astAttribute
	doc    string
	hasDoc bool
	span   span
}

type astAttribute struct {
	name ident // without the @ or @@
	args astArgs
	span span
}

type astArgs struct {
	args          []*astArg
	empty         []ident // `name:` without a value
	trailingComma *span
}

type astArg struct {
	name  *ident
	value *astExpr
	span  span
}

type exprKind uint8

const (
	exprNumber exprKind = iota
	exprString
	exprConst
	exprFunc
	exprArray
	exprObject
)

type astExpr struct {
	kind  exprKind
	str   string // number text, string value, constant, function name
	args  astArgs
	items []*astExpr
	// members of an object literal ({ key: value }), used by partial index
	// where clauses
	members []*astMember
	span    span
}

type astMember struct {
	key   ident
	value *astExpr
}

type astProp struct {
	name  ident
	value *astExpr // nil when the value is missing
	span  span
}

// describe names the expression kind as Prisma does in type mismatch errors.
func (e *astExpr) describe() string {
	switch e.kind {
	case exprNumber:
		return "numeric"
	case exprString:
		return "string"
	case exprConst:
		return "literal"
	case exprFunc:
		return "functional"
	case exprObject:
		return "object"
	default:
		return "array"
	}
}

// String renders the expression the way Prisma's Display impl does.
func (e *astExpr) String() string {
	switch e.kind {
	case exprString:
		return quoteString(e.str)
	case exprFunc:
		s := e.str + "("
		for i, a := range e.args.args {
			if i > 0 {
				s += ","
			}
			s += a.String()
		}
		return s + ")"
	case exprArray:
		s := "["
		for i, it := range e.items {
			if i > 0 {
				s += ","
			}
			s += it.String()
		}
		return s + "]"
	case exprObject:
		s := "{"
		for i, m := range e.members {
			if i > 0 {
				s += ","
			}
			s += " " + m.key.name + ": " + m.value.String()
		}
		return s + " }"
	default:
		return e.str
	}
}

func (a *astArg) String() string {
	if a.name != nil {
		return a.name.name + ": " + a.value.String()
	}
	return a.value.String()
}

// quoteString renders a string literal like Prisma's string_literal():
// quotes, backslashes and control characters escaped.
func quoteString(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			if r < 0x20 || r == 0x7f {
				b = append(b, fmt.Sprintf("\\u%04x", r)...)
			} else {
				b = append(b, string(r)...)
			}
		}
	}
	return string(append(b, '"'))
}

// arg returns the argument with the given name, or nil.
func (a *astArgs) arg(name string) *astArg {
	for _, x := range a.args {
		if x.name != nil && x.name.name == name {
			return x
		}
	}
	return nil
}
