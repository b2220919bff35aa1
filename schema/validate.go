package schema

import (
	"fmt"
	"sort"
	"strings"
)

// The validation pipeline of psl/psl-core/src/validate/validation_pipeline.
// It only runs on schemas that parsed and resolved without error.

// attributeName is how validations name an index or primary key attribute.
func (ix *indexAttr) attributeName() string {
	switch {
	case ix.sourceField != nil:
		return "@unique"
	case ix.kind == UniqueIndex:
		return "@@unique"
	case ix.kind == FulltextIndex:
		return "@@fulltext"
	}
	return "@@index"
}

func (pk *pkAttr) attributeName() string {
	if pk.sourceField != nil {
		return "@id"
	}
	return "@@id"
}

// argSpan returns the span of the named argument of an attribute.
func argSpan(a *astAttribute, name string) (span, bool) {
	if a == nil {
		return span{}, false
	}
	if arg := a.args.arg(name); arg != nil {
		return arg.span, true
	}
	return span{}, false
}

// fieldAttr returns the field's attribute with the given name.
func fieldAttr(f *field, name string) *astAttribute {
	for _, a := range f.ast.attrs {
		if a.name.name == name {
			return a
		}
	}
	return nil
}

func (d *db) validate() {
	c := d.conn
	names := d.newNames()

	// composite types
	d.compositeCycles()
	for _, ct := range d.ctypes {
		if !c.has(capCompositeTypes) {
			d.errorf(ct.ast.span, "Error validating: Composite types are not supported on %s.", c.name)
		}
		if len(d.diags) == 0 {
			if len(ct.fields) == 0 {
				d.errorf(ct.ast.span, "Error validating: A type must have at least one field defined.")
			}
			for _, f := range ct.fields {
				if f.def != nil && f.def.mapped != nil {
					d.errorf(f.def.attr.span, "Error parsing attribute \"@default\": A `map` argument for the default value of a field on a composite type is not allowed. Consider removing it.")
				}
				d.validateDefaultLiteral(f)
				d.validateNativeType(f)
			}
		}
	}

	// unknown @default functions (connector specific)
	for _, m := range d.models {
		for _, f := range m.fields {
			if f.def == nil || !f.def.unknownFunc {
				continue
			}
			fn := f.def.value
			if c.provider == CockroachDB && fn.str == "sequence" {
				d.validateSequence(fn)
				continue
			}
			d.errorf(fn.span, "Unknown function in @default(): `%s` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", fn.str)
		}
	}

	if ds := d.datasource; ds != nil {
		if ds.extensions != nil && !d.hasPreview("postgresqlExtensions") {
			d.errorf(ds.extensions.span, "The `extensions` property is only available with the `postgresqlExtensions` preview feature.")
		}
	}

	d.modelDatabaseNameClashes()

	for _, m := range d.models {
		if m.view && !d.hasPreview("views") {
			d.errorf(m.ast.span, "Error validating: View definitions are only available with the `views` preview feature.")
		}
		d.strictUniqueCriteria(m)
		if m.view {
			d.validateViewKeys(m)
		} else {
			d.validatePrimaryKey(m, names)
		}
		if sk := m.shard; sk != nil && !m.view {
			an := "@@shardKey"
			if sk.sourceField != nil {
				an = "@shardKey"
			}
			if len(sk.fields) == 0 {
				d.errorf(sk.attr.span, "Error parsing attribute \"%s\": The list of fields in a `%s()` attribute cannot be empty. Please specify at least one field.", an, an)
			}
			if !d.hasPreview("shardKeys") {
				d.errorf(sk.attr.span, "Error parsing attribute \"%s\": Defining shard keys requires enabling the `shardKeys` preview feature", an)
			}
			if c.provider != MySQL {
				d.errorf(sk.attr.span, "Error parsing attribute \"%s\": Shard keys are not currently supported for provider %s", an, d.providerName())
			}
		}
		d.validateModelSchema(m)
		d.validateModelConnector(m)
		d.validateAutoincrement(m)
		if m.pk != nil && !m.view {
			for _, f := range m.pk.fields {
				d.lengthWithCorrectTypes(f, m.pk.attributeName(), m.pk.attr.span)
			}
			if m.pk.clustered != nil && !c.has(capClustering) {
				d.errorf(m.pk.attr.span, "Error parsing attribute \"%s\": Defining clustering is not supported in the current connector.", m.pk.attributeName())
			}
			if c.has(capClustering) && (m.pk.clustered == nil || *m.pk.clustered) {
				for _, ix := range m.indexes {
					if ix.clustered != nil && *ix.clustered {
						d.errorf(m.pk.attr.span, "Error parsing attribute \"%s\": A model can only hold one clustered index or id.", m.pk.attributeName())
						break
					}
				}
			}
		}
		for _, f := range m.fields {
			switch f.kind {
			case fkScalar, fkEnum, fkComposite, fkUnsupported:
				d.validateScalarField(m, f, names)
			}
		}
		for _, f := range m.fields {
			if f.kind != fkRelation {
				continue
			}
			if err := d.ambiguity(f, names); err != "" {
				d.errorf(f.ast.span, "%s", err)
				return
			}
			d.validateClientName(m, f.name(), names)
			d.validateRelationField(m, f)
		}
		if !m.view {
			for _, ix := range m.indexes {
				d.validateIndex(m, ix, names)
			}
		}
	}

	if c.has(capEnums) {
		seen := map[[2]string]bool{}
		for _, e := range d.enums {
			key := [2]string{deref2(e.schema), e.out.DBName}
			if seen[key] {
				d.errorf(e.ast.span, "An enum with the same database name is already defined.")
			}
			seen[key] = true
		}
	}
	for _, e := range d.enums {
		if !c.has(capEnums) {
			d.errorf(e.ast.span, "Error validating: You defined the enum `%s`. But the current connector does not support enums.", e.ast.name.name)
		}
		d.validateEnumSchema(e)
	}

	for _, r := range d.relations {
		d.validateRelation(r, names)
	}
}

func (d *db) providerName() string {
	if d.conn.provider != "" {
		return string(d.conn.provider)
	}
	return "empty"
}

func deref2(s *string) string {
	if s == nil {
		return "\x00"
	}
	return *s
}

func (d *db) validateSequence(fn *astExpr) {
	for _, a := range fn.args.args {
		name := ""
		if a.name != nil {
			name = a.name.name
		}
		switch name {
		case "virtual":
			d.coerceBool(a.value)
		case "cache", "increment", "minValue", "maxValue", "start":
			d.coerceInt(a.value)
		default:
			d.errorf(a.span, "Unexpected argument in `sequence()` function call")
		}
	}
}

// compositeCycles reports required composite type fields forming a cycle
// (composite_types.rs detect_composite_cycles; the same field can be
// reported more than once, as in Prisma).
func (d *db) compositeCycles() {
	type ctPath struct {
		prev *ctPath
		ct   *ctype
	}
	render := func(p *ctPath) string {
		var names []string
		for ; p != nil; p = p.prev {
			names = append(names, "`"+p.ct.ast.name.name+"`")
		}
		return strings.Join(names, " → ")
	}
	type item struct {
		f    *field
		path *ctPath
	}
	var stack []item
	for _, ct := range d.ctypes {
		for _, f := range ct.fields {
			if f.isRequired() {
				stack = append(stack, item{f, nil})
			}
		}
	}
	var visited []*ctype
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		path := it.path
		if path == nil {
			visited = visited[:0]
			path = &ctPath{ct: it.f.ct}
		}
		if it.f.kind != fkComposite {
			continue
		}
		target := it.f.ctypeRef
		switch {
		case target == it.f.ct:
			d.errorf(it.f.ast.span, "Error validating field `%s` in composite type `%s`: The type is the same as the parent and causes an endless cycle. Please change the field to be either optional or a list.", it.f.name(), it.f.ct.ast.name.name)
		case len(visited) > 0 && visited[0] == target:
			d.errorf(it.f.ast.span, "Error validating field `%s` in composite type `%s`: The types cause an endless cycle in the path %s. Please change one of the fields to be either optional or a list to break the cycle.", it.f.name(), it.f.ct.ast.name.name, render(path))
		default:
			visited = append(visited, target)
			for _, f := range target.fields {
				if f.isRequired() {
					stack = append(stack, item{f, &ctPath{prev: path, ct: f.ct}})
				}
			}
		}
	}
}

// ---- models ----

func (d *db) modelDatabaseNameClashes() {
	type key struct{ schema, name string }
	seen := map[key]*model{}
	for _, m := range d.models {
		k := key{deref2(m.schema), m.dbName()}
		existing, ok := seen[k]
		if !ok {
			seen[k] = m
			continue
		}
		if m.mapped != nil {
			d.errorf(fieldlessAttr(m.ast.attrs, "map").span, "The model with database name %q could not be defined because another model or view with this name exists: %q", m.dbName(), existing.name())
		} else if a := fieldlessAttr(existing.ast.attrs, "map"); a != nil {
			d.errorf(a.span, "The model with database name %q could not be defined because another model or view with this name exists: %q", m.dbName(), m.name())
		}
	}
}

func fieldlessAttr(attrs []*astAttribute, name string) *astAttribute {
	for _, a := range attrs {
		if a.name.name == name {
			return a
		}
	}
	return nil
}

type criterion struct {
	fields []indexField
}

func (m *model) uniqueCriteria() [][]indexField {
	var out [][]indexField
	if m.pk != nil {
		out = append(out, m.pk.fields)
	}
	for _, ix := range m.indexes {
		if ix.kind == UniqueIndex {
			out = append(out, ix.fields)
		}
	}
	return out
}

func leafField(f indexField) *field {
	if len(f.path) > 0 {
		return f.path[len(f.path)-1]
	}
	return f.f
}

func (d *db) strictUniqueCriteria(m *model) {
	if m.ignored || m.view {
		return
	}
	var loose []string
	for _, c := range m.uniqueCriteria() {
		strict := true
		for _, f := range c {
			lf := leafField(f)
			if lf.isOptional() || lf.kind == fkUnsupported {
				strict = false
			}
		}
		if strict {
			return
		}
		names := make([]string, len(c))
		for i, f := range c {
			names[i] = leafField(f).name()
		}
		loose = append(loose, "- "+strings.Join(names, ", "))
	}
	ct := m.container()
	msg := fmt.Sprintf("Each %s must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the %s.", ct, ct)
	if len(loose) > 0 {
		msg += " The following unique criterias were not considered as they contain fields that are not required:\n" + strings.Join(loose, "\n")
	}
	d.errorf(m.ast.span, "Error validating %s %q: %s", ct, m.name(), msg)
}

func (d *db) validatePrimaryKey(m *model, names *namesInfo) {
	pk := m.pk
	c := d.conn
	if pk == nil {
		return
	}
	if name := d.pkConstraintName(m); name != "" {
		d.dbNameTooLong(m, pk.attr, pk.mapped, pk.sourceField == nil)
		for _, scope := range names.violations(d, m, name, cnPrimaryKey) {
			sp, ok := argSpan(pk.attr, "map")
			if !ok {
				sp = pk.attr.span
			}
			d.errorf(sp, "Error parsing attribute \"%s\": The given constraint name `%s` has to be unique in the following namespace: %s. Please provide a different name using the `map` argument.", pk.attributeName(), name, scope.description(m.name()))
		}
	}
	if pk.name != nil && names.customNames[modelName{m, *pk.name}] > 1 {
		sp, ok := argSpan(pk.attr, "name")
		if !ok {
			sp = pk.attr.span
		}
		d.errorf(sp, "Error parsing attribute \"%s\": The given custom name `%s` has to be unique on the model. Please provide a different name for the `name` argument.", pk.attributeName(), *pk.name)
	}
	if len(pk.fields) == 0 {
		d.errorf(pk.attr.span, "Error parsing attribute \"%s\": The list of fields in an `%s()` attribute cannot be empty. Please specify at least one field.", pk.attributeName(), pk.attributeName())
	}
	if len(pk.fields) > 1 {
		var ns []string
		for _, f := range pk.fields {
			ns = append(ns, f.f.name())
		}
		clientName := strings.Join(ns, "_")
		for _, f := range m.fields {
			if f.kind != fkRelation && f.kind != fkUnresolved && f.name() == clientName {
				d.errorf(pk.attr.span, "Error validating %s %q: The field `%s` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`", m.container(), m.name(), clientName)
			}
		}
	}
	if pk.mapped != nil && !c.has(capNamedPrimaryKeys) {
		d.errorf(m.ast.span, "Error validating %s %q: You defined a database name for the primary key on the model. This is not supported by the provider.", m.container(), m.name())
	}
	if len(pk.fields) > 1 && !c.has(capCompoundIDs) {
		d.errorf(pk.attr.span, "Error validating %s %q: The current connector does not support compound ids.", m.container(), m.name())
	}
	if !c.has(capIndexColumnLengthPrefixing) {
		for _, f := range pk.fields {
			if f.length != nil {
				d.errorf(pk.attr.span, "Error parsing attribute \"%s\": The length argument is not supported in the primary key with the current connector", pk.attributeName())
				break
			}
		}
	}
	if !c.has(capPrimaryKeySortOrder) {
		for _, f := range pk.fields {
			if f.sort != "" {
				d.errorf(pk.attr.span, "Error parsing attribute \"%s\": The sort argument is not supported in the primary key with the current connector", pk.attributeName())
				break
			}
		}
	}
	if c.has(capFullTextIndex) && !c.has(capMultipleFullTextPerModel) {
		var spans []span
		for _, ix := range m.indexes {
			if ix.kind == FulltextIndex {
				spans = append(spans, ix.attr.span)
			}
		}
		if len(spans) > 1 {
			for _, sp := range spans {
				d.errorf(sp, "Error parsing attribute \"@@fulltext\": The current connector only allows one fulltext attribute per model")
			}
		}
	}
}

// validateViewKeys follows views.rs: views have no primary key, no
// indexes, and their unique criteria are not backed by the database.
func (d *db) validateViewKeys(m *model) {
	if m.pk != nil {
		d.errorf(m.pk.attr.span, "Error validating: Views cannot have primary keys.")
	}
	for _, ix := range m.indexes {
		if ix.kind != UniqueIndex {
			d.errorf(ix.attr.span, "Error validating: Views cannot have indexes.")
		}
		if ix.mapped != nil {
			d.errorf(ix.attr.span, "Error validating: @@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.")
		}
		if ix.clustered != nil {
			d.errorf(ix.attr.span, "Error validating: @@unique annotations on views are not backed by unique indexes in the database and cannot be clustered.")
		}
		for _, f := range ix.fields {
			if f.length != nil || f.ops != "" || f.sort != "" {
				d.errorf(ix.attr.span, "Error parsing attribute \"%s\": Scalar fields in @@unique attributes in views cannot have arguments.", ix.attributeName())
			}
		}
	}
}

// dbNameTooLong reports a map: name longer than the provider allows.
func (d *db) dbNameTooLong(m *model, attr *astAttribute, name *string, doubleAt bool) {
	if name == nil || len(*name) <= d.conn.maxIdent {
		return
	}
	ats := "@"
	if doubleAt {
		ats = "@@"
	}
	d.errorf(attr.span, "Error validating model %q: The constraint name '%s' specified in the `map` argument for the `%s%s` constraint is too long for your chosen provider. The maximum allowed length is %d bytes.", m.name(), *name, ats, attr.name.name, d.conn.maxIdent)
}

func (d *db) validateModelSchema(m *model) {
	c := d.conn
	if m.schema != nil {
		if c.has(capMultiSchema) {
			if !d.datasourceHasSchema(*m.schema) {
				d.errorf(m.schemaS, "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema")
			}
		} else {
			d.errorf(m.schemaS, "@@schema is not supported on the current datasource provider")
		}
		return
	}
	if c.has(capMultiSchema) && d.datasource != nil && d.datasource.schemasS != nil && c.provider != MySQL {
		d.errorf(m.ast.span, "Error validating %s %q: This %s is missing an `@@schema` attribute.", m.container(), m.name(), m.container())
	}
}

func (d *db) validateEnumSchema(e *enumInfo) {
	c := d.conn
	if e.schema != nil {
		if c.has(capMultiSchema) {
			if !d.datasourceHasSchema(*e.schema) {
				d.errorf(e.schemaS, "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema")
			}
		} else {
			d.errorf(e.schemaS, "@@schema is not supported on the current datasource provider")
		}
		return
	}
	if c.has(capMultiSchema) && d.datasource != nil && d.datasource.schemasS != nil && c.provider != MySQL {
		d.errorf(e.ast.span, "This enum is missing an `@@schema` attribute.")
	}
}

func (d *db) datasourceHasSchema(s string) bool {
	if d.datasource == nil {
		return false
	}
	for _, x := range d.datasource.out.Schemas {
		if x == s {
			return true
		}
	}
	return false
}

// validateModelConnector runs connector-specific model validations.
func (d *db) validateModelConnector(m *model) {
	switch d.conn.provider {
	case MySQL:
		// Text and Blob columns need a length in keys.
		const guide = " Please use the `length` argument to the field in the index definition to allow this."
		for _, ix := range m.indexes {
			if ix.kind == FulltextIndex {
				continue
			}
			for _, f := range ix.fields {
				if f.length == nil && mysqlNeedsLength(f.f) {
					if ix.kind == UniqueIndex {
						d.errorf(ix.attr.span, "Native type `%s` cannot be unique in MySQL.%s", f.f.native.name, guide)
					} else {
						d.errorf(ix.attr.span, "You cannot define an index on fields with native type `%s` of MySQL.%s", f.f.native.name, guide)
					}
					break
				}
			}
		}
		if m.pk != nil {
			for _, f := range m.pk.fields {
				if f.length == nil && mysqlNeedsLength(f.f) {
					d.errorf(m.pk.attr.span, "Native type `%s` of MySQL cannot be used on a field that is `@id` or `@@id`.%s", f.f.native.name, guide)
					break
				}
			}
		}
		if d.relMode == "foreignKeys" {
			for _, f := range m.fields {
				if f.kind == fkRelation && f.onDelete != nil && f.onDelete.action == SetDefault || f.kind == fkRelation && f.onUpdate != nil && f.onUpdate.action == SetDefault {
					sp := f.ast.span
					if f.onDelete != nil && f.onDelete.action == SetDefault {
						sp = f.onDelete.span
					} else if f.onUpdate != nil {
						sp = f.onUpdate.span
					}
					d.warnf(sp, "MySQL does not actually support the `SetDefault` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ")
				}
			}
		}
	case PostgreSQL:
		for _, ix := range m.indexes {
			for _, f := range ix.fields {
				if f.f.native != nil && f.f.native.name == "Xml" {
					if ix.kind == UniqueIndex {
						d.errorf(f.f.ast.span, "Native type `Xml` cannot be unique in Postgres.")
					} else {
						d.errorf(f.f.ast.span, "You cannot define an index on fields with native type `Xml` of Postgres.")
					}
					break
				}
			}
			if ix.algorithm == "SpGist" && len(ix.fields) > 1 {
				d.errorf(ix.attr.span, "Error parsing attribute \"%s\": SpGist does not support multi-column indices.", ix.attributeName())
			}
		}
	case MongoDB:
		d.validateMongoModel(m)
	case CockroachDB:
		for _, f := range m.fields {
			if f.kind == fkScalar && f.scalar == Int && f.def != nil && f.def.value.kind == exprFunc && f.def.value.str == "autoincrement" {
				d.errorf(f.def.attr.span, "Error parsing attribute \"default\": The `autoincrement()` default function is defined only on BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.")
			}
		}
		for _, ix := range m.indexes {
			if ix.algorithm != "Gin" {
				continue
			}
			for i, f := range ix.fields {
				if f.ops != "" {
					d.errorf(ix.attr.span, "Error parsing attribute \"%s\": Custom operator classes are not supported with the current connector.", ix.attributeName())
					break
				}
				lf := leafField(f)
				if !(lf.kind == fkUnsupported || lf.kind == fkScalar && lf.scalar == JSON || lf.isList()) {
					d.errorf(ix.attr.span, "Error parsing attribute \"%s\": The Gin index type does not support the type of the field `%s`.", ix.attributeName(), lf.name())
				}
				if lf.kind == fkScalar && lf.scalar == JSON && i < len(ix.fields)-1 {
					d.errorf(ix.attr.span, "Error parsing attribute \"%s\": A `Json` column is only allowed as the last column of an inverted index.", ix.attributeName())
				}
			}
		}
	case SQLServer:
		for _, ix := range m.indexes {
			for _, f := range ix.fields {
				if n := mssqlHeapType(f.f); n != "" {
					if ix.kind == UniqueIndex {
						d.errorf(ix.attr.span, "Native type `%s` cannot be unique in SQL Server.", n)
					} else {
						d.errorf(ix.attr.span, "You cannot define an index on fields with native type `%s` of SQL Server.", n)
					}
					break
				}
			}
		}
		if m.pk != nil {
			for _, f := range m.pk.fields {
				if n := mssqlHeapType(f.f); n != "" {
					d.errorf(m.pk.attr.span, "Native type `%s` of SQL Server cannot be used on a field that is `@id` or `@@id`.", n)
					break
				}
			}
		}
	}
}

// validateMongoModel follows builtin_connectors/mongodb/validations.rs.
func (d *db) validateMongoModel(m *model) {
	ct := m.container()
	fieldErr := func(f *field, msg string) {
		d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: %s", f.name(), ct, m.name(), msg)
	}
	if m.pk == nil {
		d.errorf(m.ast.span, "Invalid model: MongoDB models require exactly one identity field annotated with @id")
	} else if len(m.pk.fields) == 1 {
		f := m.pk.fields[0].f
		switch {
		case f.name() == "_id" || f.mapped != nil && *f.mapped == "_id":
		case f.mapped != nil:
			fieldErr(f, fmt.Sprintf("MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\"%s\").", *f.mapped))
		default:
			fieldErr(f, "MongoDB model IDs must have an @map(\"_id\") annotation.")
		}
	}
	inPK := func(f *field) bool {
		if m.pk == nil {
			return false
		}
		for _, x := range m.pk.fields {
			if x.f == f {
				return true
			}
		}
		return false
	}
	for _, f := range m.fields {
		switch f.kind {
		case fkScalar, fkEnum, fkComposite, fkUnsupported:
		default:
			continue
		}
		isAuto := f.def != nil && f.def.value.kind == exprFunc && f.def.value.str == "auto"
		if isAuto && (f.native == nil || f.native.name != "ObjectId") {
			fieldErr(f, "MongoDB `@default(auto())` fields must have `ObjectId` native type.")
		}
		if isAuto && !inPK(f) {
			fieldErr(f, "MongoDB `@default(auto())` fields must have the `@id` attribute.")
		}
		if f.def != nil && f.def.value.kind == exprFunc && f.def.value.str == "dbgenerated" {
			fieldErr(f, "The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.")
		}
		if f.mapped != nil {
			sp := fieldAttr(f, "map").span
			if strings.HasPrefix(*f.mapped, "$") {
				d.errorf(sp, "Error parsing attribute \"@map\": The field name cannot start with a `$` character")
			}
			if strings.Contains(*f.mapped, ".") {
				d.errorf(sp, "Error parsing attribute \"@map\": The field name cannot contain a `.` character")
			}
		}
	}
	for _, ix := range m.indexes {
		for _, o := range m.indexes {
			if o != ix && sameIndexFields(o.fields, ix.fields) {
				d.errorf(ix.attr.span, "Error parsing attribute \"@@%s\": Index already exists in the model.", ix.attr.name.name)
				break
			}
		}
		if ix.kind == UniqueIndex && len(ix.fields) == 1 && m.pk != nil && len(m.pk.fields) == 1 && m.pk.fields[0].f == ix.fields[0].f && len(ix.fields[0].path) == 0 {
			d.errorf(ix.attr.span, "Error parsing attribute \"%s\": The same field cannot be an id and unique on MongoDB.", ix.attributeName())
		}
	}
}

func sameIndexFields(a, b []indexField) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].f != b[i].f || len(a[i].path) != len(b[i].path) {
			return false
		}
		for j := range a[i].path {
			if a[i].path[j] != b[i].path[j] {
				return false
			}
		}
	}
	return true
}

func mysqlNeedsLength(f *field) bool {
	if f.native == nil {
		return false
	}
	switch f.native.name {
	case "Text", "LongText", "MediumText", "TinyText", "Blob", "TinyBlob", "MediumBlob", "LongBlob":
		return true
	}
	return false
}

// mssqlHeapType returns the rendering of a SQL Server native type that is
// stored off-row and cannot be indexed, or "".
func mssqlHeapType(f *field) string {
	if f.native == nil {
		return ""
	}
	switch f.native.name {
	case "Text", "NText", "Image", "Xml":
		return f.native.name
	case "VarBinary", "VarChar", "NVarChar":
		if len(f.native.args) == 1 && strings.EqualFold(f.native.args[0], "max") {
			return f.native.name + "(Max)"
		}
	}
	return ""
}

func (d *db) validateAutoincrement(m *model) {
	c := d.conn
	var fields []*field
	for _, f := range m.fields {
		if f.def != nil && f.def.value.kind == exprFunc && f.def.value.str == "autoincrement" && f.kind == fkScalar {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 {
		return
	}
	if !c.has(capAutoIncrement) {
		for _, f := range fields {
			d.errorf(f.def.attr.span, "Error parsing attribute \"@default\": The `autoincrement()` default value is used with a datasource that does not support it.")
		}
		return
	}
	if !c.has(capAutoIncrementMultiple) && len(fields) > 1 {
		d.errorf(m.ast.span, "Error parsing attribute \"@default\": The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table.")
	}
	for _, f := range fields {
		singlePK := m.pk != nil && len(m.pk.fields) == 1 && m.pk.fields[0].f == f
		if !c.has(capAutoIncrementNonID) && !singlePK {
			d.errorf(f.ast.span, "Error parsing attribute \"@default\": The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.")
		}
		if !c.has(capAutoIncrementNonIndexed) && !d.indexedForAutoincrement(m, f) {
			d.errorf(f.ast.span, "Error parsing attribute \"@default\": The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this.")
		}
	}
}

func (d *db) indexedForAutoincrement(m *model, f *field) bool {
	for _, ix := range m.indexes {
		if len(ix.fields) > 0 && ix.fields[0].f == f {
			return true
		}
	}
	return m.pk != nil && len(m.pk.fields) > 0 && m.pk.fields[0].f == f
}

func (d *db) lengthWithCorrectTypes(f indexField, attrName string, sp span) {
	if !d.conn.has(capIndexColumnLengthPrefixing) || f.length == nil {
		return
	}
	lf := leafField(f)
	if lf.kind == fkUnsupported || lf.kind == fkScalar && (lf.scalar == String || lf.scalar == Bytes) {
		return
	}
	d.errorf(sp, "Error parsing attribute \"%s\": The length argument is only allowed with field types `String` or `Bytes`.", attrName)
}

// ---- scalar fields ----

func (d *db) validateScalarField(m *model, f *field, names *namesInfo) {
	c := d.conn
	ct := m.container()
	if f.kind == fkScalar {
		switch f.scalar {
		case JSON:
			if !c.has(capJSON) {
				d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: Field `%s` in %s `%s` can't be of type Json. The current connector does not support the Json type.", f.name(), ct, m.name(), f.name(), ct, m.name())
			}
			if f.isList() && !c.has(capJSONLists) {
				d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: Field `%s` in %s `%s` can't be of type Json[]. The current connector does not support the Json List type.", f.name(), ct, m.name(), f.name(), ct, m.name())
			}
		case Decimal:
			if !c.has(capDecimal) {
				d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: Field `%s` in %s `%s` can't be of type Decimal. The current connector does not support the Decimal type.", f.name(), ct, m.name(), f.name(), ct, m.name())
			}
		}
	}
	if f.isList() && !c.has(capScalarLists) {
		d.errorf(f.ast.span, "Field %q in %s %q can't be a list. The current connector does not support lists of primitive types.", f.name(), ct, m.name())
	}
	d.validateClientName(m, f.name(), names)

	// default constraint names
	if f.def != nil && len(names.scopesOf(cnDefault)) > 0 {
		name := d.defaultConstraintName(m, f)
		for _, scope := range names.violations(d, m, name, cnDefault) {
			sp := f.ast.span
			if a := fieldAttr(f, "default"); a != nil {
				if s, ok := argSpan(a, "map"); ok {
					sp = s
				}
			}
			d.errorf(sp, "Error parsing attribute \"@default\": The given constraint name `%s` has to be unique in the following namespace: %s. Please provide a different name using the `map` argument.", name, scope.description(m.name()))
		}
	}

	d.validateNativeType(f)

	if f.def != nil && f.def.mapped != nil {
		if !c.has(capNamedDefaultValues) {
			d.errorf(f.def.attr.span, "Error parsing attribute \"@default\": You defined a database name for the default value of a field on the model. This is not supported by the provider.")
		}
		d.dbNameTooLong(m, f.def.attr, f.def.mapped, false)
	}
	d.validateDefaultLiteral(f)
	if f.def != nil && f.def.value.kind == exprFunc && f.def.value.str == "auto" && !c.has(capDefaultValueAuto) {
		d.errorf(f.def.value.span, "Error parsing attribute \"@default\": The current connector does not support the `auto()` function.")
	}
	if f.kind == fkUnsupported && d.datasource != nil {
		d.unsupportedIsNative(f)
	}
}

// validateNativeType checks a @db.X attribute against the connector
// (fields.rs validate_native_type_arguments).
func (d *db) validateNativeType(f *field) {
	n := f.native
	if n == nil || f.kind != fkScalar {
		return
	}
	connName := "Default"
	if d.datasource != nil {
		connName = string(d.conn.provider)
		if n.scope != d.datasource.out.Name {
			d.errorf(n.span, "The prefix %s is invalid. It must be equal to the name of an existing datasource e.g. %s. Did you mean to use %s.%s?", n.scope, d.datasource.out.Name, d.datasource.out.Name, n.name)
		}
	}
	ctor := d.conn.nativeType(n.name)
	if ctor == nil {
		d.errorf(n.span, "Native type %s is not supported for %s connector.", n.name, connName)
		return
	}
	nargs := len(n.args)
	if nargs < ctor.args || nargs > ctor.args && ctor.optional == 0 {
		d.errorf(n.span, "Function %q takes %d arguments, but received %d.", n.name, ctor.args, nargs)
		return
	}
	if nargs > ctor.args+ctor.optional && ctor.optional > 0 {
		d.errorf(n.span, "Native type %s takes %d optional arguments, but received %d.", n.name, ctor.optional, nargs)
		return
	}
	ok := false
	var expected []string
	for _, t := range ctor.types {
		expected = append(expected, t.String())
		if t == f.scalar {
			ok = true
		}
	}
	if !ok {
		d.errorf(n.span, "Native type %s is not compatible with declared field type %s, expected field type %s.", n.name, f.scalar, strings.Join(expected, " or "))
		return
	}
	d.nativeTypeArguments(f, n, ctor)
}

func (d *db) unsupportedIsNative(f *field) {
	lit := f.ast.typ
	prefix, rest, _ := strings.Cut(lit, "(")
	prefix = strings.TrimSpace(prefix)
	var args []string
	if rest != "" {
		params, _, ok := strings.Cut(rest, ")")
		if ok {
			for _, a := range strings.Split(params, ",") {
				args = append(args, strings.TrimSpace(a))
			}
		}
	}
	ctor := d.conn.nativeType(prefix)
	if ctor == nil || len(ctor.types) == 0 {
		return
	}
	if _, ok := parseNativeArgs(ctor, args); !ok {
		return
	}
	rendered := prefix
	if len(args) > 0 {
		rendered += "(" + strings.Join(args, ",") + ")"
	}
	d.errorf(f.ast.span, "Error validating: The type `Unsupported(%s)` you specified in the type definition for the field `%s` is supported as a native type by Prisma. Please use the native type notation `%s @%s.%s` for full support.", quoteString(lit), f.name(), ctor.types[0], d.datasource.out.Name, rendered)
}

func (d *db) defaultConstraintName(m *model, f *field) string {
	if f.def.mapped != nil {
		return *f.def.mapped
	}
	return truncateName(m.dbName()+"_"+f.dbName(), "_df", d.conn.maxIdent)
}

func (d *db) validateClientName(m *model, name string, names *namesInfo) {
	ct := m.container()
	if names.uniqueNames[modelName{m, name}] {
		d.errorf(m.ast.span, "Error validating %s %q: The custom name `%s` specified for the `@@unique` attribute is already used as a name for a field. Please choose a different name.", ct, m.name(), name)
	}
	if m.pk != nil && m.pk.name != nil && *m.pk.name == name {
		d.errorf(m.ast.span, "Error validating %s %q: The custom name `%s` specified for the `@@id` attribute is already used as a name for a field. Please choose a different name.", ct, m.name(), name)
	}
}

// ---- relation fields ----

// ambiguity follows relation_fields.rs ambiguity(); it returns the error
// message, if any.
func (d *db) ambiguity(f *field, names *namesInfo) string {
	m, rm := f.model, f.related
	fields := names.relationNames[relKey{m, rm, f.relationName()}]
	if len(fields) <= 1 {
		return ""
	}
	self := m == rm
	list := backtickList(fieldNames(fields))
	explicit := f.relName != nil
	var msg string
	switch {
	case !explicit && self && len(fields) == 2:
		msg = fmt.Sprintf("Ambiguous self relation detected. The fields %s in model `%s` both refer to `%s`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.", list, m.name(), rm.name())
	case !explicit && self:
		msg = fmt.Sprintf("Unnamed self relation detected. The fields %s in model `%s` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).", list, m.name())
	case explicit && self && len(fields) > 2:
		msg = fmt.Sprintf("Wrongly named self relation detected. The fields %s in model `%s` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.", list, m.name())
	case explicit && self:
		return ""
	case !explicit:
		msg = fmt.Sprintf("Ambiguous relation detected. The fields %s in model `%s` both refer to `%s`. Please provide different relation names for them by adding `@relation(<name>).", list, m.name(), rm.name())
	default:
		msg = fmt.Sprintf("Wrongly named relation detected. The fields %s in model `%s` both use the same relation name. Please provide different relation names for them through `@relation(<name>).", list, m.name())
	}
	return fmt.Sprintf("Error validating %s %q: %s", m.container(), m.name(), msg)
}

// backtickList renders `a`, `a` and `b`, or `a`, `b` and `c`.
func backtickList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	if len(q) < 2 {
		return strings.Join(q, ", ")
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

func (d *db) validateRelationField(m *model, f *field) {
	c := d.conn
	// ignored related model
	if f.related.ignored && !f.ignored && !m.ignored {
		d.errorf(f.ast.span, "Error parsing attribute \"@ignore\": The relation field `%s` on Model `%s` must specify the `@ignore` attribute, because the model %s it is pointing to is marked ignored.", f.name(), m.name(), f.related.name())
	}
	// referential actions supported by the connector
	for _, a := range []struct {
		arg  *actionArg
		name string
	}{{f.onDelete, "onDelete"}, {f.onUpdate, "onUpdate"}} {
		if a.arg == nil || c.supportsAction(d.relMode, a.arg.action) {
			continue
		}
		allowed := c.actions(d.relMode)
		var ss []string
		for _, x := range allowed {
			ss = append(ss, "`"+x.String()+"`")
		}
		msg := fmt.Sprintf("Invalid referential action: `%s`. Allowed values: (%s)", a.arg.action, strings.Join(ss, ", "))
		if d.relMode == "prisma" && a.arg.action == NoAction && c.supportsAction("prisma", Restrict) {
			msg += fmt.Sprintf(". `NoAction` is not implemented for %s when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode", c.name)
		}
		sp := a.arg.span
		if s, ok := argSpan(f.relAttr, a.name); ok {
			sp = s
		}
		d.errorf(sp, "Error validating: %s", msg)
	}
	// map
	if f.fkMap != nil {
		if !c.has(capNamedForeignKeys) {
			d.errorf(f.relAttr.span, "Error parsing attribute \"@relation\": Your provider does not support named foreign keys.")
		} else {
			d.dbNameTooLong(m, f.relAttr, f.fkMap, false)
		}
	}
	// missing indexes on emulated relations
	if d.relMode == "prisma" && (c.provider == MySQL || c.provider == PostgreSQL || c.provider == CockroachDB || c.provider == SQLServer || c.provider == SQLite) && f.hasFields {
		if !d.leftwiseIndexed(m, f.fieldsArg) {
			sp := f.ast.span
			if f.relAttr != nil {
				sp = f.relAttr.span
			}
			d.warnf(sp, "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ")
		}
	}
}

func (d *db) leftwiseIndexed(m *model, fields []*field) bool {
	covers := func(ix []indexField) bool {
		if len(fields) > len(ix) {
			return false
		}
		for i, f := range fields {
			if ix[i].f != f {
				return false
			}
		}
		return true
	}
	for _, ix := range m.indexes {
		if covers(ix.fields) {
			return true
		}
	}
	return m.pk != nil && covers(m.pk.fields)
}

// ---- indexes ----

func (d *db) validateIndex(m *model, ix *indexAttr, names *namesInfo) {
	c := d.conn
	an := ix.attributeName()
	errAttr := func(msg string, args ...any) {
		d.errorf(ix.attr.span, "Error parsing attribute \"%s\": %s", an, fmt.Sprintf(msg, args...))
	}
	if len(ix.fields) == 0 {
		errAttr("The list of fields in an index cannot be empty. Please specify at least one field.")
	}
	name := d.indexConstraintName(m, ix)
	for _, scope := range names.violations(d, m, name, cnIndex) {
		sp, ok := argSpan(ix.attr, "map")
		if !ok {
			sp, ok = argSpan(ix.attr, "name")
		}
		if !ok {
			sp = ix.attr.span
		}
		d.errorf(sp, "Error parsing attribute \"%s\": The given constraint name `%s` has to be unique in the following namespace: %s. Please provide a different name using the `map` argument.", an, name, scope.description(m.name()))
	}
	if ix.kind == UniqueIndex && len(ix.fields) > 1 {
		var ns []string
		for _, f := range ix.fields {
			ns = append(ns, f.f.name())
			for _, p := range f.path {
				ns = append(ns, p.name())
			}
		}
		clientName := strings.Join(ns, "_")
		for _, f := range m.fields {
			if f.kind != fkRelation && f.kind != fkUnresolved && f.name() == clientName {
				d.errorf(ix.attr.span, "Error validating %s %q: The field `%s` clashes with the `%s` name. Please resolve the conflict by providing a custom id name: `%s([...], name: \"custom_name\")`", m.container(), m.name(), clientName, an, an)
			}
		}
	}
	if ix.name != nil && names.customNames[modelName{m, *ix.name}] > 1 {
		sp, ok := argSpan(ix.attr, "name")
		if !ok {
			sp = ix.attr.span
		}
		d.errorf(sp, "Error parsing attribute \"%s\": The given custom name `%s` has to be unique on the model. Please provide a different name for the `name` argument.", an, *ix.name)
	}
	if !c.has(capIndexColumnLengthPrefixing) {
		for _, f := range ix.fields {
			if f.length != nil {
				errAttr("The length argument is not supported in an index definition with the current connector")
				break
			}
		}
	}
	if ix.algorithm != "" && !d.supportsAlgorithm(ix.algorithm) {
		sp, ok := argSpan(ix.attr, "type")
		if !ok {
			sp = ix.attr.span
		}
		d.errorf(sp, "Error parsing attribute \"%s\": The given index type is not supported with the current connector", an)
	}
	if ix.algorithm == "Hash" && d.supportsAlgorithm("Hash") {
		for _, f := range ix.fields {
			if f.sort != "" {
				errAttr("Hash type does not support sort option.")
				break
			}
		}
	}
	if ix.kind == FulltextIndex {
		if !c.has(capFullTextIndex) {
			errAttr("Defining fulltext indexes is not supported with the current connector.")
		} else {
			for _, f := range ix.fields {
				if f.length != nil {
					errAttr("The length argument is not supported in a @@fulltext attribute.")
					break
				}
			}
			if c.provider != MongoDB {
				for _, f := range ix.fields {
					if f.sort != "" {
						errAttr("The sort argument is not supported in a @@fulltext attribute in the current connector.")
						break
					}
				}
			}
		}
	}
	if ix.mapped != nil {
		d.dbNameTooLong(m, ix.attr, ix.mapped, ix.sourceField == nil)
	}
	if ix.clustered != nil && !c.has(capClustering) {
		errAttr("Defining clustering is not supported in the current connector.")
	}
	if c.has(capClustering) && ix.clustered != nil && *ix.clustered {
		if m.pk != nil && (m.pk.clustered == nil || *m.pk.clustered) {
			errAttr("A model can only hold one clustered index or key.")
		}
		for _, o := range m.indexes {
			if o != ix && o.clustered != nil && *o.clustered {
				errAttr("A model can only hold one clustered index.")
				break
			}
		}
	}
	if ix.kind != NormalIndex {
		for _, f := range ix.fields {
			if f.ops != "" {
				errAttr("Operator classes can only be defined to fields in an @@index attribute.")
				break
			}
		}
	}
	if len(ix.fields) > 1 {
		for _, f := range ix.fields {
			if leafField(f).kind == fkComposite {
				errAttr("Prisma does not currently support composite types in compound indices, please remove %q from the index. See https://pris.ly/d/mongodb-composite-compound-indices for more details", leafField(f).name())
				break
			}
		}
	}
	for _, f := range ix.fields {
		d.lengthWithCorrectTypes(f, an, ix.attr.span)
	}
	if ix.whereClause != nil {
		sp, _ := argSpan(ix.attr, "where")
		switch {
		case !d.hasPreview("partialIndexes"):
			d.errorf(sp, "Error parsing attribute \"%s\": Partial indexes are a preview feature. Add \"partialIndexes\" to previewFeatures in your generator block.", an)
		case !c.has(capPartialIndex):
			d.errorf(sp, "Error parsing attribute \"%s\": Partial indexes (with a `where` clause) are not supported by the current connector.", an)
		}
	}
}

func (d *db) supportsAlgorithm(a string) bool {
	switch d.conn.provider {
	case PostgreSQL:
		return true
	case CockroachDB:
		return a == "BTree" || a == "Gin"
	}
	return a == "BTree"
}

// ---- relations ----

func (d *db) validateRelation(r *relation, names *namesInfo) {
	switch r.kind {
	case relImplicitM2M:
		d.validateImplicitM2M(r)
		return
	case relEmbeddedM2M:
		for _, f := range []*field{r.fieldA, r.fieldB} {
			if d.conn.provider != MongoDB {
				d.errorf(f.ast.span, "Error validating: Embedded many-to-many relations are not supported on %s. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many", d.conn.name)
			}
		}
		return
	}
	fwd, back := r.forward(), r.back()
	if fwd != nil && back != nil {
		d.relationCycles(r)
		d.multipleCascadingPaths(r)
	}
	if fwd != nil {
		d.referencesUniqueFields(r)
		if fwd.hasFields && fwd.hasRefs && len(fwd.fieldsArg) != len(fwd.refsArg) {
			d.errorf(fwd.relAttr.span, "Error validating: You must specify the same number of fields in `fields` and `references`.")
		}
		if fwd.isRequired() && fwd.hasFields {
			for _, sf := range fwd.fieldsArg {
				if sf.isOptional() {
					d.errorf(fwd.ast.span, "Error validating: The relation field `%s` uses the scalar fields %s. At least one of those fields is optional. Hence the relation field must be optional as well.", fwd.name(), strings.Join(fieldNames(fwd.fieldsArg), ", "))
					break
				}
			}
		}
		d.referencingFieldTypes(r)
		d.relationConstraintName(r, names)
		d.requiredRelationSetNull(fwd)
	}
	if r.kind == relOneToOne {
		d.validateOneToOne(r)
	} else {
		d.validateOneToMany(r)
	}
}

func (d *db) requiredRelationSetNull(fwd *field) {
	required := false
	for _, sf := range fwd.fieldsArg {
		if sf.isRequired() {
			required = true
		}
	}
	if !required {
		return
	}
	for _, a := range []struct {
		arg  *actionArg
		name string
	}{{fwd.onDelete, "onDelete"}, {fwd.onUpdate, "onUpdate"}} {
		if a.arg == nil || a.arg.action != SetNull {
			continue
		}
		if d.conn.provider == PostgreSQL && d.relMode == "foreignKeys" {
			d.warnf(fwd.ast.span, fmt.Sprintf("The `%s` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ", a.name))
			continue
		}
		{
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The `%s` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n", a.name)
		}
	}
}

func (d *db) referencesUniqueFields(r *relation) {
	fwd := r.forward()
	if len(fwd.refsArg) == 0 {
		return
	}
	refNames := fieldNames(fwd.refsArg)
	sortedRefs := append([]string(nil), refNames...)
	sort.Strings(sortedRefs)
	found := false
	for _, c := range r.modelB.uniqueCriteria() {
		var cn []string
		for _, f := range c {
			cn = append(cn, leafField(f).name())
		}
		sort.Strings(cn)
		if strings.Join(cn, "\x00") == strings.Join(sortedRefs, "\x00") {
			found = true
			break
		}
	}
	if found {
		if len(fwd.refsArg) > 1 && !d.conn.has(capRelationFieldsArbitraryOrder) {
			ordered := false
			for _, c := range r.modelB.uniqueCriteria() {
				if len(c) != len(fwd.refsArg) {
					continue
				}
				same := true
				for i, f := range c {
					if leafField(f).name() != refNames[i] {
						same = false
					}
				}
				if same {
					ordered = true
					break
				}
			}
			if !ordered {
				d.errorf(fwd.ast.span, "Error validating: The argument `references` must refer to a unique criterion in the related model `%s` using the same order of fields. Please check the ordering in the following fields: `%s`.", r.modelB.name(), strings.Join(refNames, ", "))
			}
		}
		return
	}
	var msg string
	if len(refNames) == 1 {
		msg = fmt.Sprintf("The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `%s` in the model `%s`.", refNames[0], r.modelB.name())
	} else {
		msg = fmt.Sprintf("The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([%s])` attribute to the model `%s`.", strings.Join(refNames, ", "), r.modelB.name())
	}
	d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": %s", msg)
}

func (d *db) referencingFieldTypes(r *relation) {
	fwd := r.forward()
	if !fwd.hasFields {
		return
	}
	refs := fwd.refsArg
	if !fwd.hasRefs {
		refs = indexFieldList(r.modelB.firstStrictCriterion())
	}
	for i, a := range fwd.fieldsArg {
		if i >= len(refs) {
			break
		}
		b := refs[i]
		if !sameFieldType(a, b) {
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The type of the field `%s` in the model `%s` is not matching the type of the referenced field `%s` in model `%s`.", a.name(), a.model.name(), b.name(), b.model.name())
		}
	}
}

func (m *model) firstStrictCriterion() []indexField {
	for _, c := range m.uniqueCriteria() {
		strict := true
		for _, f := range c {
			lf := leafField(f)
			if lf.isOptional() || lf.kind == fkUnsupported {
				strict = false
			}
		}
		if strict {
			return c
		}
	}
	return nil
}

func sameFieldType(a, b *field) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case fkScalar:
		return a.scalar == b.scalar
	case fkEnum:
		return a.enum == b.enum
	case fkComposite:
		return a.ctypeRef == b.ctypeRef
	case fkUnsupported:
		return a.ast.typ == b.ast.typ
	}
	return false
}

func (d *db) relationConstraintName(r *relation, names *namesInfo) {
	fwd := r.forward()
	name := d.fkConstraintName(r)
	for _, scope := range names.violations(d, r.modelA, name, cnRelation) {
		sp := fwd.ast.span
		if fwd.relAttr != nil {
			if s, ok := argSpan(fwd.relAttr, "map"); ok {
				sp = s
			}
		}
		d.errorf(sp, "Error parsing attribute \"@relation\": The given constraint name `%s` has to be unique in the following namespace: %s. Please provide a different name using the `map` argument.", name, scope.description(r.modelA.name()))
	}
}

func isEmpty(fs []*field) bool { return len(fs) == 0 }

func (d *db) validateOneToOne(r *relation) {
	fwd, back := r.forward(), r.back()
	if back == nil {
		d.errorf(fwd.ast.span, "Error validating field `%s` in %s `%s`: The relation field `%s` on %s `%s` is missing an opposite relation field on the model `%s`. Either run `prisma format` or add it manually.", fwd.name(), fwd.model.container(), fwd.model.name(), fwd.name(), fwd.model.container(), fwd.model.name(), fwd.related.name())
	}
	if fwd != nil && back != nil {
		if isEmpty(fwd.fieldsArg) && isEmpty(back.fieldsArg) {
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
			d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
		}
		if isEmpty(fwd.refsArg) && isEmpty(back.refsArg) {
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
			d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
		}
		if !isEmpty(fwd.refsArg) && !isEmpty(back.refsArg) {
			msg := fmt.Sprintf("Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
			d.errorf(fwd.ast.span, "%s", msg)
			d.errorf(back.ast.span, "%s", msg)
		}
		if !isEmpty(fwd.fieldsArg) && !isEmpty(back.fieldsArg) {
			msg := fmt.Sprintf("Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
			d.errorf(fwd.ast.span, "%s", msg)
			d.errorf(back.ast.span, "%s", msg)
		}
		fwdActs := fwd.onDelete != nil || fwd.onUpdate != nil
		backActs := back.onDelete != nil || back.onUpdate != nil
		switch {
		case fwdActs && backActs:
			d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
		case backActs:
			d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
		}
	}
	if fwd != nil && fwd.hasFields {
		if !d.fieldsAreUniqueCriterion(r.modelA, fwd.fieldsArg) {
			names := fieldNames(fwd.fieldsArg)
			var msg string
			if len(names) == 1 {
				msg = fmt.Sprintf("A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `%s`, or change the relation to one-to-many.", names[0])
			} else {
				msg = fmt.Sprintf("A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([%s])` attribute to the model, or change the relation to one-to-many.", strings.Join(names, ", "))
			}
			d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": %s", msg)
		}
	}
	if fwd == nil || back == nil || len(d.diags) > 0 {
		return
	}
	// fields_references_mixups
	if !isEmpty(fwd.fieldsArg) && !isEmpty(back.refsArg) {
		msg := fmt.Sprintf("Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` provides the `fields` argument in the @relation attribute. And the related field `%s` on Model `%s` provides the `references` argument. You must provide both arguments on the same side.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
		d.errorf(fwd.ast.span, "%s", msg)
		d.errorf(back.ast.span, "%s", msg)
	}
	if !isEmpty(fwd.refsArg) && !isEmpty(back.fieldsArg) {
		d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` provides the `references` argument in the @relation attribute. And the related field `%s` on Model `%s` provides the `fields` argument. You must provide both arguments on the same side.", fwd.name(), fwd.model.name(), back.name(), back.model.name())
	}
	if len(d.diags) > 0 {
		return
	}
	if back.isRequired() {
		d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `%s` to `%s?` to fix this.", back.name(), back.model.name(), fwd.model.name(), fwd.model.name())
	}
	if len(d.diags) > 0 {
		return
	}
	if fwd.isRequired() && (back.hasFields || back.hasRefs) {
		d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation field `%s.%s` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`%s.%s`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.", back.model.name(), back.name(), fwd.model.name(), fwd.name())
	}
}

func (d *db) fieldsAreUniqueCriterion(m *model, fields []*field) bool {
	for _, c := range m.uniqueCriteria() {
		if len(c) != len(fields) {
			continue
		}
		same := true
		for i, f := range c {
			if leafField(f) != fields[i] {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

func (d *db) validateOneToMany(r *relation) {
	fwd, back := r.forward(), r.back()
	missing := func(f *field) {
		d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: The relation field `%s` on %s `%s` is missing an opposite relation field on the model `%s`. Either run `prisma format` or add it manually.", f.name(), f.model.container(), f.model.name(), f.name(), f.model.container(), f.model.name(), f.related.name())
	}
	switch {
	case fwd != nil && back == nil:
		missing(fwd)
	case fwd == nil && back != nil:
		missing(back)
	}
	if fwd == nil || back == nil {
		return
	}
	if isEmpty(fwd.fieldsArg) {
		d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.", fwd.name(), fwd.model.name())
	}
	if isEmpty(fwd.refsArg) {
		d.errorf(fwd.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `references` argument in the @relation attribute.", fwd.name(), fwd.model.name())
	}
	if !isEmpty(back.fieldsArg) || !isEmpty(back.refsArg) {
		d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
	}
	if back.onDelete != nil || back.onUpdate != nil {
		d.errorf(back.ast.span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`, or in case of a many to many relation, in an explicit join table.", back.name(), back.model.name(), fwd.name(), fwd.model.name())
	}
}

func (d *db) validateImplicitM2M(r *relation) {
	fields := []*field{r.fieldA, r.fieldB}
	if r.modelA.view || r.modelB.view {
		for _, f := range fields {
			d.errorf(f.ast.span, "Error validating: Implicit many-to-many relations are not supported for views.")
		}
	}
	if !d.conn.has(capImplicitManyToMany) {
		for _, f := range fields {
			d.errorf(f.ast.span, "Error validating: Implicit many-to-many relations are not supported on %s. Please use the syntax defined in https://pris.ly/d/document-database-many-to-many", d.conn.name)
		}
	}
	for _, f := range fields {
		rm := f.related
		if rm.pk == nil || len(rm.pk.fields) != 1 {
			d.errorf(f.ast.span, "Error validating field `%s` in %s `%s`: The relation field `%s` on %s `%s` references `%s` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.", f.name(), rm.container(), f.model.name(), f.name(), rm.container(), f.model.name(), rm.name())
			continue
		}
		if f.hasRefs && !(len(f.refsArg) == 1 && f.refsArg[0] == rm.pk.fields[0].f) {
			d.errorf(f.ast.span, "Error validating: Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `%s`. But it is referencing the following fields that are not the id: %s", rm.name(), strings.Join(fieldNames(f.refsArg), ", "))
		}
	}
	for _, f := range fields {
		for _, a := range []*actionArg{f.onDelete, f.onUpdate} {
			if a != nil {
				d.errorf(a.span, "Error validating: Referential actions on implicit many-to-many relations are not supported")
			}
		}
	}
	for _, f := range fields {
		if f.hasRefs {
			d.errorf(f.ast.span, "Error parsing attribute \"@relation\": Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.")
		}
	}
}
