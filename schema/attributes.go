package schema

import (
	"fmt"
	"strings"
)

// resolveAttributes follows psl/parser-database/src/attributes.rs: relation
// field attributes first, then, block by block, scalar field attributes and
// block attributes.
func (d *db) resolveAttributes() {
	for _, m := range d.models {
		for _, f := range m.fields {
			if f.kind == fkRelation {
				d.relationFieldAttributes(f)
			}
		}
	}
	for _, t := range d.tops {
		switch t.kind {
		case topModel, topView:
			d.modelAttributes(d.modelByAst[t])
		case topEnum:
			d.enumAttributes(d.enumByAst[t])
		case topType:
			d.compositeAttributes(d.ctypeByAst[t])
		}
	}
}

// ---- enums ----

func (d *db) enumAttributes(e *enumInfo) {
	for i, val := range e.ast.values {
		v := d.visitAttrs(val.attrs)
		if v.single("map") {
			if name, ok := d.mapArg(v); ok {
				e.out.Values[i].DBName = name
			}
			v.validateArgs()
		}
		v.finish()
	}
	v := d.visitAttrs(e.ast.attrs)
	if v.single("map") {
		if name, ok := d.mapArg(v); ok {
			e.mapped = &name
			e.out.DBName = name
		}
		v.validateArgs()
	}
	if v.single("schema") {
		if name, sp, ok := d.schemaArg(v); ok {
			e.schema, e.schemaS = &name, sp
			e.out.Schema = name
		}
		v.validateArgs()
	}
	v.finish()
}

// mapArg reads the name of @map / @@map (visit_map_attribute).
func (d *db) mapArg(v *attrVisitor) (string, bool) {
	e, ok := v.defaultArg("name")
	if !ok {
		return "", false
	}
	return d.coerceString(e)
}

func (d *db) schemaArg(v *attrVisitor) (string, span, bool) {
	e, ok := v.defaultArg("map")
	if !ok {
		return "", span{}, false
	}
	s, ok := d.coerceString(e)
	return s, e.span, ok
}

// ---- composite types ----

func (d *db) compositeAttributes(c *ctype) {
	mapped := map[string]bool{}
	for _, f := range c.fields {
		if f.kind == fkUnresolved || f.kind == fkRelation {
			continue
		}
		v := d.visitAttrs(f.ast.attrs)
		if f.kind == fkScalar {
			if a := v.scoped(); a != nil {
				d.setNative(f, a)
			}
		}
		if v.single("map") {
			if name, ok := d.mapArg(v); ok {
				f.mapped = &name
				f.out.DBName = name
				if mapped[name] {
					d.errorf(f.ast.span, "Field %q is already defined on composite type %q.", name, c.ast.name.name)
				}
				mapped[name] = true
				if other, ok := c.byName[name]; ok && other.mapped == nil && other != f {
					d.errorf(f.ast.span, "Field %q is already defined on composite type %q.", f.name(), c.ast.name.name)
				}
			}
			v.validateArgs()
		}
		if v.single("default") {
			d.compositeDefault(v, f)
			v.validateArgs()
		}
		v.finish()
	}
}

// ---- models ----

func (d *db) modelAttributes(m *model) {
	mappedFields := map[string]*field{}
	for _, f := range m.fields {
		switch f.kind {
		case fkScalar, fkEnum, fkComposite, fkUnsupported:
			d.scalarFieldAttributes(m, f, mappedFields)
		}
	}

	v := d.visitAttrs(m.ast.attrs)
	if v.single("ignore") {
		for _, f := range m.fields {
			if f.ignored && f.kind != fkRelation {
				d.errorf(f.ast.span, "Error parsing attribute \"@ignore\": Fields on an already ignored Model do not need an `@ignore` annotation.")
			}
		}
		m.ignored = true
		m.out.Ignored = true
		v.validateArgs()
	}
	if v.single("id") {
		d.modelID(v, m)
		v.validateArgs()
	}
	if v.single("map") {
		if name, ok := d.mapArg(v); ok {
			m.mapped = &name
			m.out.DBName = name
		}
		v.validateArgs()
	}
	if v.single("schema") {
		if name, sp, ok := d.schemaArg(v); ok {
			m.schema, m.schemaS = &name, sp
			m.out.Schema = name
		}
		v.validateArgs()
	}
	for v.repeated("index") {
		d.modelIndex(v, m, NormalIndex)
		v.validateArgs()
	}
	for v.repeated("unique") {
		d.modelIndex(v, m, UniqueIndex)
		v.validateArgs()
	}
	for v.repeated("fulltext") {
		d.modelIndex(v, m, FulltextIndex)
		v.validateArgs()
	}
	if v.single("shardKey") {
		d.modelShardKey(v, m)
		v.validateArgs()
	}
	// validate_id_field_arities
	if !m.ignored && m.pk != nil && m.pk.sourceField != nil && !m.pk.sourceField.isRequired() {
		d.errorf(m.pk.attr.span, "Error parsing attribute \"@id\": Fields that are marked as id must be required.")
	}
	if !m.ignored && m.shard != nil && m.shard.sourceField != nil && !m.shard.sourceField.isRequired() {
		d.errorf(m.shard.attr.span, "Error parsing attribute \"@shardKey\": Fields that are marked as shard keys must be required.")
	}
	v.finish()
}

func (d *db) scalarFieldAttributes(m *model, f *field, mappedFields map[string]*field) {
	v := d.visitAttrs(f.ast.attrs)
	if v.single("map") {
		if name, ok := d.mapArg(v); ok {
			f.mapped = &name
			f.out.DBName = name
			if _, dup := mappedFields[name]; dup {
				d.errorf(f.ast.span, "Field %q is already defined on %s %q.", f.name(), m.container(), m.name())
			}
			mappedFields[name] = f
			if other, ok := m.byName[name]; ok && other != f {
				switch other.kind {
				case fkScalar, fkEnum, fkComposite, fkUnsupported:
					if other.mapped == nil || *other.mapped == name {
						d.errorf(f.ast.span, "Field %q is already defined on %s %q.", f.name(), m.container(), m.name())
					}
				}
			}
		}
		v.validateArgs()
	}
	if v.single("ignore") {
		if f.kind == fkUnsupported {
			v.attrErr("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.")
		} else {
			f.ignored = true
			f.out.Ignored = true
		}
		v.validateArgs()
	}
	if v.single("relation") {
		v.attrErr("Invalid field type, not a relation.")
		v.validateArgs()
	}
	if v.single("id") {
		d.fieldID(v, m, f)
		v.validateArgs()
	}
	if v.single("updatedAt") {
		if f.kind != fkScalar || f.scalar != DateTime {
			v.attrErr("Fields that are marked with @updatedAt must be of type DateTime.")
		}
		if f.isList() {
			v.attrErr("Fields that are marked with @updatedAt cannot be lists.")
		}
		f.updatedAt = true
		f.out.UpdatedAt = true
		v.validateArgs()
	}
	if v.single("default") {
		d.modelDefault(v, f)
		v.validateArgs()
	}
	if f.kind == fkScalar {
		if a := v.scoped(); a != nil {
			d.setNative(f, a)
		}
	}
	if v.single("unique") {
		d.fieldUnique(v, m, f)
		v.validateArgs()
	}
	if v.single("shardKey") {
		if m.shard != nil {
			d.errorf(m.ast.span, "Error validating model %q: At most one field must be marked as the shard key with the `@shardKey` attribute.", m.name())
		} else {
			m.shard = &shardKeyAttr{fields: []*field{f}, sourceField: f, attr: v.cur}
		}
		v.validateArgs()
	}
	v.finish()
}

// modelShardKey handles @@shardKey (psl/parser-database/src/attributes/shard_key.rs).
func (d *db) modelShardKey(v *attrVisitor, m *model) {
	attr := v.cur
	fieldsExpr, ok := v.defaultArg("fields")
	if !ok {
		return
	}
	fields, unknown, relations, ok := d.resolveFieldsWithoutArgs(fieldsExpr, attr.span, m)
	if !ok {
		return
	}
	if len(unknown) > 0 || len(relations) > 0 {
		if len(unknown) > 0 {
			d.errorf(fieldsExpr.span, "Error validating model %q: The multi field shard key declaration refers to the unknown %s.", m.name(), fieldsWithLeadingWord(unknown))
		}
		if len(relations) > 0 {
			d.errorf(attr.span, "Error validating model %q: The shard key definition refers to the relation %s. Shard key definitions must reference only scalar fields.", m.name(), fieldsWithLeadingWord(fieldNames(relations)))
		}
		return
	}
	var notRequired []string
	for _, f := range fields {
		if !f.isRequired() {
			notRequired = append(notRequired, f.name())
		}
	}
	if len(notRequired) > 0 && !m.ignored {
		d.errorf(attr.span, "Error validating model %q: The shard key definition refers to the optional %s. Shard key definitions must reference only required fields.", m.name(), fieldsWithLeadingWord(notRequired))
	}
	if m.shard != nil {
		d.errorf(m.ast.span, "Error validating model %q: Each model must have at most one shard key. You can't have `@shardKey` and `@@shardKey` at the same time.", m.name())
	}
	m.shard = &shardKeyAttr{fields: fields, attr: attr}
}

func (d *db) setNative(f *field, a *astAttribute) {
	scope, name, _ := strings.Cut(a.name.name, ".")
	n := &nativeAttr{scope: scope, name: name, span: a.span, attr: a}
	for _, arg := range a.args.args {
		n.args = append(n.args, arg.value.String())
	}
	f.native = n
	f.out.Native = &NativeType{Name: name, Args: n.args}
}

// optionalString reads an optional string argument; the empty string is
// reported with the given message.
func (d *db) optionalString(v *attrVisitor, arg, emptyMsg string) *string {
	e := v.optionalArg(arg)
	if e == nil {
		return nil
	}
	s, ok := d.coerceString(e)
	if !ok {
		return nil
	}
	if s == "" {
		v.attrErr(emptyMsg)
		return nil
	}
	return &s
}

func (d *db) mapNameArg(v *attrVisitor) *string {
	return d.optionalString(v, "map", "The `map` argument cannot be an empty string.")
}

func (d *db) nameArg(v *attrVisitor) *string {
	return d.optionalString(v, "name", "The `name` argument cannot be an empty string.")
}

func (d *db) sortArg(v *attrVisitor) string {
	e := v.optionalArg("sort")
	if e == nil {
		return ""
	}
	s, ok := d.coerceConstant(e)
	if !ok {
		return ""
	}
	switch s {
	case "Asc", "Desc":
		return s
	}
	v.attrErr(fmt.Sprintf("The `sort` argument can only be `Asc` or `Desc` you provided: %s.", s))
	return ""
}

func (d *db) lengthArg(v *attrVisitor) *int {
	e := v.optionalArg("length")
	if e == nil {
		return nil
	}
	n, ok := d.coerceInt(e)
	if !ok {
		return nil
	}
	l := int(uint32(n))
	return &l
}

func (d *db) clusteredArg(v *attrVisitor) *bool {
	e := v.optionalArg("clustered")
	if e == nil {
		return nil
	}
	b, ok := d.coerceBool(e)
	if !ok {
		return nil
	}
	return &b
}

func (d *db) fieldUnique(v *attrVisitor, m *model, f *field) {
	ix := &indexAttr{kind: UniqueIndex, sourceField: f, attr: v.cur}
	ix.mapped = d.mapNameArg(v)
	l := d.lengthArg(v)
	s := d.sortArg(v)
	ix.clustered = d.clusteredArg(v)
	ix.fields = []indexField{{f: f, sort: s, length: l}}
	m.indexes = append(m.indexes, ix)
	f.out.IsUnique = true
}

// fieldID handles @id (psl/parser-database/src/attributes/id.rs).
func (d *db) fieldID(v *attrVisitor, m *model, f *field) {
	if m.pk != nil {
		d.errorf(m.ast.span, "Error validating model %q: At most one field must be marked as the id field with the `@id` attribute.", m.name())
		return
	}
	pk := &pkAttr{sourceField: f, attr: v.cur}
	pk.mapped = d.mapNameArg(v)
	l := d.lengthArg(v)
	s := d.sortArg(v)
	pk.clustered = d.clusteredArg(v)
	pk.fields = []indexField{{f: f, sort: s, length: l}}
	m.pk = pk
}

// modelID handles @@id.
func (d *db) modelID(v *attrVisitor, m *model) {
	attr := v.cur
	fieldsExpr, ok := v.defaultArg("fields")
	if !ok {
		return
	}
	fields, unknown, relations, ok := d.resolveFieldsWithArgs(fieldsExpr, attr.span, m, false)
	if !ok {
		return
	}
	if len(unknown) > 0 || len(relations) > 0 {
		if len(unknown) > 0 {
			d.errorf(fieldsExpr.span, "Error validating model %q: The multi field id declaration refers to the unknown %s.", m.name(), fieldsWithLeadingWord(unknown))
		}
		if len(relations) > 0 {
			d.errorf(attr.span, "Error validating model %q: The id definition refers to the relation %s. ID definitions must reference only scalar fields.", m.name(), fieldsWithLeadingWord(fieldNames(relations)))
		}
		return
	}
	var notRequired []string
	for _, f := range fields {
		leaf := f.f
		if len(f.path) > 0 {
			leaf = f.path[len(f.path)-1]
		}
		if !leaf.isRequired() {
			notRequired = append(notRequired, leaf.name())
		}
	}
	if len(notRequired) > 0 && !m.ignored {
		d.errorf(attr.span, "Error validating model %q: The id definition refers to the optional %s. ID definitions must reference only required fields.", m.name(), fieldsWithLeadingWord(notRequired))
	}
	if m.pk != nil {
		d.errorf(m.ast.span, "Error validating model %q: Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.", m.name())
	}
	pk := &pkAttr{attr: attr}
	pk.mapped = d.mapNameArg(v)
	pk.name = d.nameArg(v)
	if pk.name != nil {
		d.validateIdentName(attr.span, m.name(), *pk.name, "@@id")
	}
	pk.clustered = d.clusteredArg(v)
	for _, f := range fields {
		pk.fields = append(pk.fields, f)
	}
	m.pk = pk
}

func fieldNames(fs []*field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.name()
	}
	return out
}

// fieldsWithLeadingWord renders "field `a`" or "fields `a`, `b`".
func fieldsWithLeadingWord(names []string) string {
	s := "field"
	if len(names) > 1 {
		s += "s"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	return s + " " + strings.Join(q, ", ")
}

func (d *db) validateIdentName(sp span, model, name, attribute string) {
	for _, c := range name {
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			d.errorf(sp, "Error validating model %q: The `name` property within the `%s` attribute only allows for the following characters: `_a-zA-Z0-9`.", model, attribute)
			return
		}
	}
}

// modelIndex handles @@index, @@unique and @@fulltext.
func (d *db) modelIndex(v *attrVisitor, m *model, kind IndexKind) {
	attr := v.cur
	ix := &indexAttr{kind: kind, attr: attr}
	d.commonIndexValidations(v, m, ix)
	switch kind {
	case NormalIndex:
		name := d.nameArg(v)
		mapped := d.mapNameArg(v)
		switch {
		case name != nil && mapped != nil:
			v.attrErr("The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.")
		case name != nil:
			ix.mapped = name
		default:
			ix.mapped = mapped
		}
		if e := v.optionalArg("type"); e != nil {
			if s, ok := d.coerceConstant(e); ok {
				switch s {
				case "BTree", "Hash", "Gist", "Gin", "SpGist", "Brin":
					ix.algorithm = s
				default:
					v.attrErr(fmt.Sprintf("Unknown index type: %s.", s))
				}
			}
		}
		ix.clustered = d.clusteredArg(v)
		d.whereArg(v, m, ix)
	case UniqueIndex:
		ix.name = d.nameArg(v)
		ix.mapped = d.mapNameArg(v)
		if ix.name != nil {
			d.validateIdentName(attr.span, m.name(), *ix.name, "@@unique")
		}
		ix.clustered = d.clusteredArg(v)
		d.whereArg(v, m, ix)
	case FulltextIndex:
		ix.mapped = d.mapNameArg(v)
	}
	m.indexes = append(m.indexes, ix)
}

func (d *db) commonIndexValidations(v *attrVisitor, m *model, ix *indexAttr) {
	attr := v.cur
	fieldsExpr, ok := v.defaultArg("fields")
	if !ok {
		return
	}
	fields, unknown, relations, ok := d.resolveFieldsWithArgs(fieldsExpr, attr.span, m, true)
	if !ok {
		return
	}
	prefix := ""
	if ix.kind == UniqueIndex {
		prefix = "unique "
	}
	if len(unknown) > 0 {
		d.errorf(attr.span, "Error validating model %q: The %sindex definition refers to the unknown fields: %s.", m.name(), prefix, strings.Join(unknown, ", "))
	}
	if len(relations) > 0 {
		var suggested []string
		for _, rf := range relations {
			if rf.kind != fkRelation {
				continue
			}
			suggested = append(suggested, fieldNames(rf.fieldsArg)...)
		}
		suggestion := ""
		if len(suggested) > 0 {
			word := "index"
			if ix.kind == UniqueIndex {
				word = "unique"
			}
			suggestion = fmt.Sprintf(" Did you mean `@@%s([%s])`?", word, strings.Join(suggested, ", "))
		}
		d.errorf(attr.span, "Error validating model %q: The %sindex definition refers to the relation fields %s. Index definitions must reference only scalar fields.%s", m.name(), prefix, strings.Join(fieldNames(relations), ", "), suggestion)
	}
	if len(unknown) > 0 || len(relations) > 0 {
		return
	}
	for _, f := range fields {
		ix.fields = append(ix.fields, f)
	}
}

type resolvedIndexField = indexField

// resolveFieldsWithArgs follows resolve_field_array_with_args: it accepts
// `[a, b(sort: Desc, length: 10)]`. ok is false when the problem was
// already reported.
func (d *db) resolveFieldsWithArgs(e *astExpr, attrSpan span, m *model, followComposites bool) (fields []resolvedIndexField, unknown []string, relations []*field, ok bool) {
	type item struct {
		name   string
		sort   string
		length *int
		ops    string
	}
	items, valid := coerceArray(e, func(x *astExpr) (item, bool) {
		switch x.kind {
		case exprConst:
			return item{name: x.str}, true
		case exprFunc:
			it := item{name: x.str}
			d.indexFieldArgs(x.args.args, &it.sort, &it.length, &it.ops)
			return it, true
		}
		d.mismatch("constant literal", x)
		return item{}, false
	})
	if !valid {
		return nil, nil, nil, false
	}
	seen := map[string]bool{}
	for _, it := range items {
		var rf resolvedIndexField
		key := it.name
		if strings.Contains(it.name, ".") {
			if !followComposites {
				unknown = append(unknown, it.name)
				continue
			}
			parts := strings.Split(it.name, ".")
			root, found := m.byName[parts[0]]
			if !found {
				unknown = append(unknown, parts[0])
				continue
			}
			if root.kind == fkRelation || root.kind == fkUnresolved {
				relations = append(relations, root)
				continue
			}
			if root.kind != fkComposite {
				unknown = append(unknown, it.name)
				continue
			}
			rf.f = root
			ct := root.ctypeRef
			bad := false
			for i, part := range parts[1:] {
				cf, found := ct.byName[part]
				if !found {
					unknown = append(unknown, part+" in type "+ct.ast.name.name)
					bad = true
					break
				}
				rf.path = append(rf.path, cf)
				if cf.kind == fkComposite {
					ct = cf.ctypeRef
				} else if i < len(parts)-2 {
					unknown = append(unknown, it.name)
					bad = true
					break
				}
			}
			if bad {
				continue
			}
			leaf := rf.path[len(rf.path)-1]
			key = fmt.Sprintf("%p", leaf)
			if seen[key] {
				d.errorf(attrSpan, "Error validating model %q: The unique index definition refers to the field %s in type %s multiple times.", m.name(), leaf.name(), leaf.ct.ast.name.name)
				return nil, nil, nil, false
			}
		} else {
			f, found := m.byName[it.name]
			if !found {
				unknown = append(unknown, it.name)
				continue
			}
			if f.kind == fkRelation || f.kind == fkUnresolved {
				relations = append(relations, f)
				continue
			}
			rf.f = f
			key = f.name()
			if seen[key] {
				d.errorf(attrSpan, "Error validating model %q: The unique index definition refers to the field %s multiple times.", m.name(), it.name)
				return nil, nil, nil, false
			}
		}
		seen[key] = true
		rf.sort, rf.length, rf.ops = it.sort, it.length, it.ops
		fields = append(fields, rf)
	}
	return fields, unknown, relations, true
}

// indexFieldArgs reads sort:, length: and ops: of a field in an index list.
func (d *db) indexFieldArgs(args []*astArg, sort *string, length **int, ops *string) {
	for _, a := range args {
		if a.name != nil && a.name.name == "sort" {
			if s, ok := d.coerceConstant(a.value); ok {
				switch s {
				case "Asc", "Desc":
					*sort = s
				default:
					d.errorf(a.span, "Unexpected token. Expected one of: Asc, Desc")
				}
			}
			break
		}
	}
	for _, a := range args {
		if a.name != nil && a.name.name == "length" {
			if n, ok := d.coerceInt(a.value); ok && n >= 0 {
				l := int(uint32(n))
				*length = &l
			}
			break
		}
	}
	for _, a := range args {
		if a.name == nil || a.name.name != "ops" {
			continue
		}
		switch a.value.kind {
		case exprConst:
			if operatorClasses[a.value.str] {
				*ops = a.value.str
			} else {
				d.errorf(a.value.span, "Unexpected token. Expected one of: Invalid operator class: %s", a.value.str)
			}
		case exprFunc:
			if a.value.str == "raw" && len(a.value.args.args) == 1 && a.value.args.args[0].value.kind == exprString {
				*ops = "raw(" + quoteString(a.value.args.args[0].value.str) + ")"
			} else if a.value.str == "raw" && len(a.value.args.args) == 1 {
				d.errorf(a.value.span, "Unexpected token. Expected one of: Invalid parameter type: expected string")
			} else if a.value.str == "raw" {
				d.errorf(a.value.span, "Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: %d", len(a.value.args.args))
			} else {
				d.errorf(a.span, "Unexpected token. Expected one of: operator class")
			}
		default:
			d.errorf(a.span, "Unexpected token. Expected one of: operator class")
		}
		break
	}
}

var operatorClasses = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`InetOps JsonbOps JsonbPathOps ArrayOps TextOps BitMinMaxOps VarBitMinMaxOps
		BpcharBloomOps BpcharMinMaxOps ByteaBloomOps ByteaMinMaxOps DateBloomOps DateMinMaxOps DateMinMaxMultiOps
		Float4BloomOps Float4MinMaxOps Float4MinMaxMultiOps Float8BloomOps Float8MinMaxOps Float8MinMaxMultiOps
		InetInclusionOps InetBloomOps InetMinMaxOps InetMinMaxMultiOps Int2BloomOps Int2MinMaxOps Int2MinMaxMultiOps
		Int4BloomOps Int4MinMaxOps Int4MinMaxMultiOps Int8BloomOps Int8MinMaxOps Int8MinMaxMultiOps NumericBloomOps
		NumericMinMaxOps NumericMinMaxMultiOps OidBloomOps OidMinMaxOps OidMinMaxMultiOps TextBloomOps TextMinMaxOps
		TimestampBloomOps TimestampMinMaxOps TimestampMinMaxMultiOps TimestampTzBloomOps TimestampTzMinMaxOps
		TimestampTzMinMaxMultiOps TimeBloomOps TimeMinMaxOps TimeMinMaxMultiOps TimeTzBloomOps TimeTzMinMaxOps
		TimeTzMinMaxMultiOps UuidBloomOps UuidMinMaxOps UuidMinMaxMultiOps`) {
		m[s] = true
	}
	return m
}()

// resolveFieldsWithoutArgs follows resolve_field_array_without_args (the
// fields: and references: of @relation).
func (d *db) resolveFieldsWithoutArgs(e *astExpr, attrSpan span, m *model) (fields []*field, unknown []string, relations []*field, ok bool) {
	names, valid := coerceArray(e, d.coerceConstant)
	if !valid {
		return nil, nil, nil, false
	}
	seen := map[*field]bool{}
	for _, n := range names {
		if strings.Contains(n, ".") {
			unknown = append(unknown, n)
			continue
		}
		f, found := m.byName[n]
		if !found {
			unknown = append(unknown, n)
			continue
		}
		if f.kind == fkRelation || f.kind == fkUnresolved {
			relations = append(relations, f)
			continue
		}
		if seen[f] {
			d.errorf(attrSpan, "Error validating model %q: The unique index definition refers to the field %s multiple times.", m.name(), n)
			return nil, nil, nil, false
		}
		seen[f] = true
		fields = append(fields, f)
	}
	return fields, unknown, relations, true
}

// ---- relation fields ----

func (d *db) relationFieldAttributes(f *field) {
	v := d.visitAttrs(f.ast.attrs)
	if v.single("relation") {
		d.visitRelation(v, f)
		v.validateArgs()
	}
	if v.single("id") {
		v.attrErr(fmt.Sprintf("The field `%s` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.", f.name()))
		v.discardArgs()
	}
	if v.single("ignore") {
		f.ignored = true
		f.out.Ignored = true
		v.validateArgs()
	}
	if v.single("default") {
		v.attrErr("Cannot set a default value on a relation field.")
		v.discardArgs()
	}
	if v.single("map") {
		v.attrErr("The attribute `@map` cannot be used on relation fields.")
		v.defaultArg("name")
		v.discardArgs()
	}
	if v.single("unique") {
		suggestion := ""
		switch names := fieldNames(f.fieldsArg); len(names) {
		case 0:
		case 1:
			suggestion = fmt.Sprintf(" Did you mean to put it on `%s`?", names[0])
		default:
			suggestion = fmt.Sprintf(" Did you mean to provide `@@unique([%s])`?", strings.Join(names, ", "))
		}
		v.attrErr(fmt.Sprintf("The field `%s` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.%s", f.name(), suggestion))
		v.discardArgs()
	}
	v.finish()
}

func (d *db) visitRelation(v *attrVisitor, f *field) {
	attr := v.cur
	f.relAttr = attr
	if e := v.optionalArg("fields"); e != nil {
		fields, unknown, relations, ok := d.resolveFieldsWithoutArgs(e, attr.span, f.model)
		if ok {
			if len(unknown) > 0 {
				d.errorf(e.span, "Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: %s", strings.Join(unknown, ", "))
			}
			if len(relations) > 0 {
				d.errorf(e.span, "Error validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: %s", strings.Join(fieldNames(relations), ", "))
			}
			if len(unknown) > 0 || len(relations) > 0 {
				fields = nil
			}
		}
		f.fieldsArg, f.hasFields = fields, true
	}
	if e := v.optionalArg("references"); e != nil {
		fields, unknown, relations, ok := d.resolveFieldsWithoutArgs(e, attr.span, f.related)
		if ok {
			if len(unknown) > 0 {
				d.errorf(attr.span, "Error validating: The argument `references` must refer only to existing fields in the related model `%s`. The following fields do not exist in the related model: %s", f.related.name(), strings.Join(unknown, ", "))
			}
			if len(relations) > 0 {
				d.errorf(attr.span, "Error validating: The argument `references` must refer only to scalar fields in the related model `%s`. But it is referencing the following relation fields: %s", f.related.name(), strings.Join(fieldNames(relations), ", "))
			}
			if len(unknown) > 0 || len(relations) > 0 {
				fields = nil
			}
		}
		f.refsArg, f.hasRefs = fields, true
	}
	if e, ok := v.defaultArgQuiet("name"); ok {
		if s, ok := d.coerceString(e); ok {
			if s == "" {
				v.attrErr("A relation cannot have an empty name.")
			} else {
				f.relName = &s
			}
		}
	}
	if e := v.optionalArg("onDelete"); e != nil {
		if a, ok := d.referentialAction(e); ok {
			f.onDelete = &actionArg{action: a, span: e.span}
		}
	}
	if e := v.optionalArg("onUpdate"); e != nil {
		if a, ok := d.referentialAction(e); ok {
			f.onUpdate = &actionArg{action: a, span: e.span}
		}
	}
	f.fkMap = d.mapNameArg(v)
}

// defaultArgQuiet is defaultArg without reporting problems (the relation
// name argument is optional and Prisma ignores a clash there).
func (v *attrVisitor) defaultArgQuiet(name string) (*astExpr, bool) {
	named, hasNamed := v.args[name]
	unnamed, hasUnnamed := v.args[unnamedArg]
	delete(v.args, name)
	delete(v.args, unnamedArg)
	switch {
	case hasNamed && !hasUnnamed:
		return v.cur.args.args[named].value, true
	case hasUnnamed && !hasNamed:
		return v.cur.args.args[unnamed].value, true
	}
	return nil, false
}

func (d *db) referentialAction(e *astExpr) (ReferentialAction, bool) {
	s, ok := d.coerceConstant(e)
	if !ok {
		return 0, false
	}
	for a := Cascade; a <= SetDefault; a++ {
		if a.String() == s {
			return a, true
		}
	}
	d.errorf(e.span, "Error parsing attribute \"@relation\": Invalid referential action: `%s`", s)
	return 0, false
}

// ---- partial indexes ----

func (d *db) whereArg(v *attrVisitor, m *model, ix *indexAttr) {
	e := v.optionalArg("where")
	if e == nil {
		return
	}
	w := &IndexWhere{}
	if e.kind == exprObject {
		if len(e.members) == 0 {
			v.attrErr("The `where` argument cannot be an empty object.")
			return
		}
		for _, mem := range e.members {
			c, ok := d.whereMember(v, m, mem)
			if !ok {
				return
			}
			w.Conditions = append(w.Conditions, c)
		}
		ix.whereClause = w
		return
	}
	if e.kind == exprFunc && e.str == "raw" {
		if len(e.args.args) == 0 {
			v.attrErr("The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.")
			return
		}
		s, ok := d.coerceString(e.args.args[0].value)
		if !ok {
			v.attrErr("The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.")
			return
		}
		if s == "" {
			v.attrErr("The `where` argument cannot contain an empty string.")
			return
		}
		w.Raw = s
		ix.whereClause = w
		return
	}
	if e.kind != exprFunc {
		d.mismatch("function", e)
	}
	v.attrErr("The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.")
}

func (d *db) whereMember(v *attrVisitor, m *model, mem *astMember) (WhereCondition, bool) {
	f, ok := m.byName[mem.key.name]
	if !ok {
		v.attrErr(fmt.Sprintf("Field '%s' does not exist in model '%s'.", mem.key.name, m.name()))
		return WhereCondition{}, false
	}
	if f.kind == fkRelation || f.kind == fkUnresolved {
		v.attrErr(fmt.Sprintf("Field '%s' is a relation field. Only scalar fields can be used in the where clause.", mem.key.name))
		return WhereCondition{}, false
	}
	c := WhereCondition{Field: f.out}
	return c, d.whereValue(v, f, mem.value, false, &c)
}

func (d *db) whereValue(v *attrVisitor, f *field, e *astExpr, negated bool, c *WhereCondition) bool {
	c.Not = negated
	check := func(accepted []ScalarType, valueType string) bool {
		switch f.kind {
		case fkScalar:
			for _, t := range accepted {
				if t == f.scalar {
					return true
				}
			}
			v.attrErr(fmt.Sprintf("Type mismatch: field '%s' is of type %s, but the value is %s.", f.name(), f.scalar, valueType))
			return false
		case fkEnum:
			for _, t := range accepted {
				if t == String {
					return true
				}
			}
			v.attrErr(fmt.Sprintf("Type mismatch: field '%s' is an Enum and only accepts String values in the where clause.", f.name()))
			return false
		}
		what := "a non-scalar type"
		switch f.kind {
		case fkComposite:
			what = "a composite type"
		case fkUnsupported:
			what = "an unsupported type"
		}
		v.attrErr(fmt.Sprintf("Field '%s' is %s and cannot be used in the object syntax of a where clause. Use raw() instead.", f.name(), what))
		return false
	}
	switch e.kind {
	case exprConst:
		switch e.str {
		case "true", "false":
			if !check([]ScalarType{Boolean}, "Boolean") {
				return false
			}
			c.Value = e.str == "true"
			return true
		case "null":
			c.Value = nil
			return true
		}
		v.attrErr(fmt.Sprintf("Invalid value '%s' in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.", e.str))
		return false
	case exprString:
		if !check([]ScalarType{String, DateTime}, "a String") {
			return false
		}
		c.Value = e.str
		return true
	case exprNumber:
		if !check([]ScalarType{Int, BigInt, Float, Decimal}, "a Number") {
			return false
		}
		c.Value = Number(e.str)
		return true
	case exprObject:
		if !negated {
			if len(e.members) != 1 {
				v.attrErr("Nested object in where clause must have exactly one key. Use `{ not: null }` or `{ not: \"value\" }`.")
				return false
			}
			if e.members[0].key.name != "not" {
				v.attrErr(fmt.Sprintf("Unknown key '%s' in nested where clause object. Only 'not' is supported.", e.members[0].key.name))
				return false
			}
			return d.whereValue(v, f, e.members[0].value, true, c)
		}
	}
	v.attrErr("Invalid value in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.")
	return false
}
