package schema

import (
	"fmt"
	"strings"
	"unicode"
)

// db holds everything known about a schema while it is being resolved. The
// phases follow prisma-engines' ParserDatabase::new (psl/parser-database/src/lib.rs)
// and psl-core's validate(): parse, names, types, attributes, relations, then
// the configuration blocks; the validation pipeline only runs when all of
// those produced no error.
type db struct {
	src   string
	lines *lineIndex
	tops  []*astTop
	diags []Diagnostic
	warns []Diagnostic

	models []*model // models and views, declaration order
	ctypes []*ctype
	enums  []*enumInfo

	topNames   map[string]*astTop // models, views, enums, composite types (last one wins)
	modelByAst map[*astTop]*model
	enumByAst  map[*astTop]*enumInfo
	ctypeByAst map[*astTop]*ctype

	relations []*relation

	// configuration
	datasource *datasourceInfo
	generators []*Generator
	preview    map[string]bool // lower-cased preview feature names
	conn       *connector
	relMode    string // "foreignKeys" or "prisma"
}

type model struct {
	ast     *astTop
	out     *Model
	fields  []*field
	byName  map[string]*field
	pk      *pkAttr
	shard   *shardKeyAttr
	indexes []*indexAttr // @unique (field order), then @@index, @@unique, @@fulltext
	mapped  *string
	schema  *string
	schemaS span
	ignored bool
	view    bool
}

type ctype struct {
	ast    *astTop
	out    *CompositeType
	fields []*field
	byName map[string]*field
}

type enumInfo struct {
	ast     *astTop
	out     *Enum
	mapped  *string
	schema  *string
	schemaS span
}

type fieldKind uint8

const (
	fkUnresolved fieldKind = iota
	fkScalar
	fkEnum
	fkComposite
	fkUnsupported
	fkRelation
)

type field struct {
	ast   *astField
	out   *Field
	model *model // nil for composite type fields
	ct    *ctype // owner composite type, for composite type fields
	kind  fieldKind

	scalar    ScalarType
	enum      *enumInfo
	ctypeRef  *ctype
	mapped    *string
	ignored   bool
	updatedAt bool
	def       *defaultAttr
	native    *nativeAttr

	// relation fields
	related   *model
	relAttr   *astAttribute
	relName   *string
	fieldsArg []*field // nil: argument absent
	refsArg   []*field
	hasFields bool
	hasRefs   bool
	onDelete  *actionArg
	onUpdate  *actionArg
	fkMap     *string
	rel       *relation
}

func (f *field) name() string { return f.ast.name.name }

func (f *field) isOptional() bool { return f.ast.arity == optional }
func (f *field) isList() bool     { return f.ast.arity == list }
func (f *field) isRequired() bool { return f.ast.arity == required }

// dbName is the column name: @map or the field name.
func (f *field) dbName() string {
	if f.mapped != nil {
		return *f.mapped
	}
	return f.name()
}

type actionArg struct {
	action ReferentialAction
	span   span
}

type defaultAttr struct {
	attr        *astAttribute
	value       *astExpr
	mapped      *string
	unknownFunc bool
}

type nativeAttr struct {
	scope string
	name  string
	args  []string
	span  span
	attr  *astAttribute
}

type indexField struct {
	f      *field
	path   []*field // composite type fields after f, for dotted paths
	sort   string   // "Asc", "Desc" or ""
	length *int
	ops    string
}

type indexAttr struct {
	kind        IndexKind
	fields      []indexField
	sourceField *field // field-level @unique
	name        *string
	mapped      *string
	algorithm   string
	clustered   *bool
	attr        *astAttribute
	whereClause *IndexWhere
}

type shardKeyAttr struct {
	fields      []*field
	sourceField *field
	attr        *astAttribute
}

type pkAttr struct {
	fields      []indexField
	sourceField *field
	attr        *astAttribute
	name        *string
	mapped      *string
	clustered   *bool
}

func (m *model) name() string { return m.ast.name.name }

func (m *model) dbName() string {
	if m.mapped != nil {
		return *m.mapped
	}
	return m.name()
}

func (m *model) container() string {
	if m.view {
		return "view"
	}
	return "model"
}

func (d *db) errorf(sp span, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	d.diags = append(d.diags, d.lines.diag(sp, msg))
}

func (d *db) warnf(sp span, msg string) {
	d.warns = append(d.warns, d.lines.diag(sp, msg))
}

// ---- names ----

func isScalarTypeName(s string) bool {
	_, ok := ParseScalarType(s)
	return ok
}

// resolveNames follows psl/parser-database/src/names.rs.
func (d *db) resolveNames() {
	d.topNames = map[string]*astTop{}
	datasources := map[string]*astTop{}
	generators := map[string]*astTop{}
	for _, t := range d.tops {
		if isScalarTypeName(t.name.name) {
			d.errorf(t.name.span, "%q is a reserved scalar type name and cannot be used.", t.name.name)
		}
		ns := d.topNames
		switch t.kind {
		case topEnum:
			d.validateIdentifier(t.name, "Enum")
			if isReservedName(t.name.name) {
				d.errorf(t.span, "Error validating enum `%s`: The enum name `%s` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums", t.name.name, t.name.name)
			}
			d.validateAttributeIdentifiers(t.attrs)
			seen := map[string]bool{}
			for _, v := range t.values {
				d.validateIdentifier(v.name, "Enum Value")
				d.validateAttributeIdentifiers(v.attrs)
				if seen[v.name.name] {
					d.errorf(v.span, "Value %q is already defined on enum %q.", v.name.name, t.name.name)
				}
				seen[v.name.name] = true
			}
		case topModel, topView:
			item, fieldItem, container := "Model", "Field", "model"
			if t.kind == topView {
				item, fieldItem, container = "view", "field", "view"
			}
			d.validateIdentifier(t.name, item)
			if isReservedName(t.name.name) {
				d.errorf(t.span, "Error validating model %q: The %s name `%s` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models", t.name.name, container, t.name.name)
			}
			d.validateAttributeIdentifiers(t.attrs)
			seen := map[string]bool{}
			for _, f := range t.fields {
				d.validateIdentifier(f.name, fieldItem)
				d.validateAttributeIdentifiers(f.attrs)
				if seen[f.name.name] {
					d.errorf(f.name.span, "Field %q is already defined on %s %q.", f.name.name, container, t.name.name)
				}
				seen[f.name.name] = true
			}
		case topType:
			d.validateIdentifier(t.name, "Composite type")
			seen := map[string]bool{}
			for _, f := range t.fields {
				if seen[f.name.name] {
					d.errorf(f.name.span, "Field %q is already defined on composite type %q.", f.name.name, t.name.name)
				}
				seen[f.name.name] = true
			}
		case topDatasource, topGenerator:
			ns = datasources
			if t.kind == topGenerator {
				ns = generators
			}
			seen := map[string]bool{}
			for _, p := range t.props {
				if seen[p.name.name] {
					d.errorf(p.name.span, "Key %q is already defined in %s %q.", p.name.name, t.typeName(), t.name.name)
				}
				seen[p.name.name] = true
			}
		}
		if existing, ok := ns[t.name.name]; ok {
			d.errorf(t.name.span, "The %s %q cannot be defined because a %s with that name already exists.", t.typeName(), t.name.name, existing.typeName())
		}
		ns[t.name.name] = t
	}
}

func (d *db) validateIdentifier(id ident, item string) {
	switch {
	case id.name == "":
		d.errorf(id.span, "Error validating: The name of a %s must not be empty.", item)
	case unicode.IsDigit(rune(id.name[0])):
		d.errorf(id.span, "Error validating: The name of a %s must not start with a number.", item)
	case strings.Contains(id.name, "-"):
		d.errorf(id.span, "Error validating: The character `-` is not allowed in %s names.", item)
	}
}

func (d *db) validateAttributeIdentifiers(attrs []*astAttribute) {
	for _, a := range attrs {
		d.validateIdentifier(a.name, "Attribute")
	}
}

// reservedNames are the names Prisma Client reserves
// (psl/parser-database/src/names/reserved_model_names.rs).
var reservedNames = map[string]bool{
	"PrismaClient": true, "break": true, "case": true, "catch": true, "class": true,
	"const": true, "continue": true, "debugger": true, "default": true, "delete": true,
	"do": true, "else": true, "enum": true, "export": true, "extends": true, "false": true,
	"finally": true, "for": true, "function": true, "if": true, "implements": true,
	"import": true, "in": true, "instanceof": true, "interface": true, "let": true,
	"new": true, "null": true, "package": true, "private": true, "protected": true,
	"public": true, "return": true, "super": true, "switch": true, "this": true,
	"throw": true, "true": true, "try": true, "typeof": true, "var": true, "void": true,
	"while": true, "with": true, "yield": true,
}

func isReservedName(s string) bool { return reservedNames[s] }

// ---- types ----

// resolveTypes follows psl/parser-database/src/types.rs: it classifies
// every field as scalar, enum, composite, unsupported or relation.
func (d *db) resolveTypes() {
	d.modelByAst = map[*astTop]*model{}
	d.enumByAst = map[*astTop]*enumInfo{}
	d.ctypeByAst = map[*astTop]*ctype{}
	for _, t := range d.tops {
		switch t.kind {
		case topModel, topView:
			m := &model{ast: t, view: t.kind == topView, byName: map[string]*field{}}
			m.out = &Model{Name: t.name.name, DBName: t.name.name, Doc: t.doc, Pos: d.lines.pos(t.span.start), View: m.view}
			d.models = append(d.models, m)
			d.modelByAst[t] = m
		case topEnum:
			e := &enumInfo{ast: t}
			e.out = &Enum{Name: t.name.name, DBName: t.name.name, Doc: t.doc, Pos: d.lines.pos(t.span.start)}
			for _, v := range t.values {
				e.out.Values = append(e.out.Values, &EnumValue{Name: v.name.name, DBName: v.name.name, Doc: v.doc, Pos: d.lines.pos(v.span.start)})
			}
			d.enums = append(d.enums, e)
			d.enumByAst[t] = e
		case topType:
			c := &ctype{ast: t, byName: map[string]*field{}}
			c.out = &CompositeType{Name: t.name.name, Doc: t.doc, Pos: d.lines.pos(t.span.start)}
			d.ctypes = append(d.ctypes, c)
			d.ctypeByAst[t] = c
		}
	}
	for _, m := range d.models {
		for _, af := range m.ast.fields {
			f := d.newField(af)
			f.model = m
			f.out.Model = m.out
			m.fields = append(m.fields, f)
			m.byName[af.name.name] = f
			m.out.Fields = append(m.out.Fields, f.out)
			d.resolveFieldType(f, false)
		}
	}
	for _, c := range d.ctypes {
		for _, af := range c.ast.fields {
			f := d.newField(af)
			f.ct = c
			c.fields = append(c.fields, f)
			c.byName[af.name.name] = f
			c.out.Fields = append(c.out.Fields, f.out)
			d.resolveFieldType(f, true)
		}
	}
	for _, e := range d.enums {
		if len(e.ast.values) == 0 {
			d.errorf(e.ast.span, "Error validating: An enum must have at least one value.")
		}
	}
}

func (d *db) newField(af *astField) *field {
	f := &field{ast: af}
	f.out = &Field{
		Name:     af.name.name,
		DBName:   af.name.name,
		TypeName: af.typ,
		Optional: af.arity == optional,
		List:     af.arity == list,
		Doc:      af.doc,
		Pos:      d.lines.pos(af.span.start),
	}
	if af.unsupported {
		f.out.TypeName = "Unsupported"
	}
	return f
}

func (d *db) resolveFieldType(f *field, inComposite bool) {
	af := f.ast
	if af.unsupported {
		f.kind = fkUnsupported
		f.out.Kind = UnsupportedField
		f.out.Unsupported = af.typ
		return
	}
	if st, ok := ParseScalarType(af.typ); ok {
		f.kind = fkScalar
		f.scalar = st
		f.out.Kind = ScalarField
		f.out.Scalar = st
		return
	}
	t, ok := d.topNames[af.typ]
	if ok {
		switch t.kind {
		case topModel, topView:
			if inComposite {
				d.errorf(af.typSpan, "Error validating composite type %q: %s refers to a model, making this a relation field. Relation fields inside composite types are not supported.", f.ct.ast.name.name, t.name.name)
				return
			}
			f.kind = fkRelation
			f.related = d.modelByAst[t]
			f.out.Kind = RelationField
			return
		case topEnum:
			f.kind = fkEnum
			f.enum = d.enumByAst[t]
			f.out.Kind = EnumField
			f.out.Enum = f.enum.out
			return
		case topType:
			f.kind = fkComposite
			f.ctypeRef = d.ctypeByAst[t]
			f.out.Kind = CompositeField
			f.out.Composite = f.ctypeRef.out
			return
		}
	}
	msg := fmt.Sprintf("Type %q is neither a built-in type, nor refers to another model, composite type, or enum.", af.typ)
	if s := d.typeSuggestion(af.typ); s != "" {
		msg += fmt.Sprintf(" Did you mean %q?", s)
	}
	d.errorf(af.typSpan, "%s", msg)
}

// typeSuggestion proposes a type differing only in case: a scalar type
// (case-insensitively), or a block whose name is the type with its first
// letter upper-cased.
func (d *db) typeSuggestion(name string) string {
	for _, n := range scalarTypeNames[1:] {
		if strings.EqualFold(n, name) {
			return n
		}
	}
	if name == "" {
		return ""
	}
	up := strings.ToUpper(name[:1]) + name[1:]
	if up != name {
		if t, ok := d.topNames[up]; ok && t.kind != topDatasource && t.kind != topGenerator {
			return up
		}
	}
	return ""
}
