package queryschema

import (
	"sort"

	"github.com/noengine/noengine/schema"
)

// QuerySchema is Prisma's query schema for one Prisma schema: the root
// operations (findManyUser, createOneUser, ...), their arguments, and the
// input and output types they reference. It is immutable once built and
// safe for concurrent use.
type QuerySchema struct {
	Schema   *schema.Schema
	Provider schema.Provider
	// Query and Mutation are the root types.
	Query, Mutation *OutputObjectType

	caps           capability
	relationJoins  bool // the relationJoins preview feature
	joinsSupported bool // RelationLoadStrategy offers "join"
	// noDBJoins records that the database cannot run "join" (MariaDB,
	// MySQL < 8.0.14); see WithDatabaseRelationJoins.
	noDBJoins      bool
	fullTextSearch bool

	inputs  map[string]*InputObjectType
	outputs map[string]*OutputObjectType
	enums   map[string]*Enum
	roots   map[rootKey]*OutputField
	// rawRoots are executeRaw and queryRaw.
	rawRoots map[string]*OutputField

	uniques map[*schema.Model][]UniqueCriterion

	params paramGraph
}

type rootKey struct {
	model  *schema.Model
	action string
}

// InputType returns the input object type with the given name, or nil.
func (q *QuerySchema) InputType(name string) *InputObjectType { return q.inputs[name] }

// OutputType returns the output object type with the given name, or nil.
func (q *QuerySchema) OutputType(name string) *OutputObjectType { return q.outputs[name] }

// Enum returns the enum type with the given name, or nil.
func (q *QuerySchema) Enum(name string) *Enum { return q.enums[name] }

// InputTypes returns all input object types, sorted by name.
func (q *QuerySchema) InputTypes() []*InputObjectType {
	out := make([]*InputObjectType, 0, len(q.inputs))
	for _, t := range q.inputs {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// OutputTypes returns all output object types, sorted by name.
func (q *QuerySchema) OutputTypes() []*OutputObjectType {
	out := make([]*OutputObjectType, 0, len(q.outputs))
	for _, t := range q.outputs {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Enums returns all enum types, sorted by name.
func (q *QuerySchema) Enums() []*Enum {
	out := make([]*Enum, 0, len(q.enums))
	for _, t := range q.enums {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Root returns the root field for a JSON-protocol model name and action, as
// Prisma's engine maps them (User + findMany → findManyUser; User +
// createManyAndReturn → createManyUserAndReturn). Raw actions (executeRaw,
// queryRaw) take an empty model name. Nil means the operation does not
// exist for this schema and provider.
func (q *QuerySchema) Root(modelName, action string) *OutputField {
	if modelName == "" {
		return q.rawRoots[action]
	}
	m := findModel(q.Schema, modelName)
	if m == nil {
		return nil
	}
	return q.roots[rootKey{m, action}]
}

// UniqueCriteria returns the unique criteria accepted by <Model>WhereUniqueInput,
// in Prisma's order (primary key first), with their client names.
func (q *QuerySchema) UniqueCriteria(m *schema.Model) []UniqueCriterion {
	return q.uniques[m]
}

// WithDatabaseRelationJoins returns the query schema for a database that
// can (or cannot) run relationLoadStrategy "join". Prisma learns this from
// the driver adapter at run time: MariaDB and MySQL before 8.0.14 cannot,
// and a request asking for "join" there fails with a P2019 input error. The
// default assumes it can. The copy shares all types with q.
func (q *QuerySchema) WithDatabaseRelationJoins(ok bool) *QuerySchema {
	c := *q
	c.noDBJoins = !ok
	return &c
}

// SupportsRelationJoins reports whether relationLoadStrategy "join" exists.
func (q *QuerySchema) SupportsRelationJoins() bool {
	return q.relationJoins && q.joinsSupported && !q.noDBJoins
}

func findModel(s *schema.Schema, name string) *schema.Model {
	for _, m := range s.Models {
		if m.Name == name && !m.Ignored {
			return m
		}
	}
	return nil
}

func findModelField(m *schema.Model, name string) *schema.Field {
	for _, f := range m.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Build builds the query schema of s. Build it once per schema and share
// it: it is read-only afterwards.
func Build(s *schema.Schema) *QuerySchema {
	q := &QuerySchema{
		Schema:   s,
		Provider: s.Provider(),
		inputs:   map[string]*InputObjectType{},
		outputs:  map[string]*OutputObjectType{},
		enums:    map[string]*Enum{},
		roots:    map[rootKey]*OutputField{},
		rawRoots: map[string]*OutputField{},
		uniques:  map[*schema.Model][]UniqueCriterion{},
	}
	q.caps = capabilitiesOf(q.Provider)
	q.relationJoins = HasPreviewFeature(s, "relationJoins")
	q.joinsSupported = q.has(capLateralJoin) || q.has(capCorrelatedSubqueries)
	switch q.Provider {
	case schema.PostgreSQL:
		q.fullTextSearch = HasPreviewFeature(s, "fullTextSearchPostgres") && q.has(capNativeFullTextSearch)
	default:
		q.fullTextSearch = q.has(capNativeFullTextSearch)
	}
	b := &builder{q: q}
	models := activeModels(s)
	for _, m := range models {
		q.uniques[m] = uniqueCriteria(m)
	}
	// Model output types exist before any field refers to them.
	for _, m := range models {
		b.modelOutput(m)
	}
	for _, m := range models {
		b.fillModelOutput(m)
	}
	q.Query = b.queryType(models)
	q.Mutation = b.mutationType(models)
	// Enums Prisma always lists.
	b.enumType("TransactionIsolationLevel", StringEnum, isolationLevels(q))
	for _, e := range s.Enums {
		b.modelEnum(e)
	}
	for _, t := range q.inputs {
		t.index = make(map[string]int, len(t.Fields))
		for i, f := range t.Fields {
			t.index[f.Name] = i
		}
	}
	for _, t := range q.outputs {
		t.index = make(map[string]int, len(t.Fields))
		for i, f := range t.Fields {
			t.index[f.Name] = i
		}
	}
	q.buildParams()
	return q
}

func isolationLevels(q *QuerySchema) []string {
	var v []string
	if q.has(capIsolationReadUncommitted) {
		v = append(v, "ReadUncommitted")
	}
	if q.has(capIsolationReadCommitted) {
		v = append(v, "ReadCommitted")
	}
	if q.has(capIsolationRepeatableRead) {
		v = append(v, "RepeatableRead")
	}
	if q.has(capIsolationSerializable) {
		v = append(v, "Serializable")
	}
	if q.has(capIsolationSnapshot) {
		v = append(v, "Snapshot")
	}
	return v
}

type builder struct {
	q *QuerySchema
}

// Type reference constructors.

func sc(s Scalar) TypeRef            { return TypeRef{Kind: ScalarType, Scalar: s} }
func en(e *Enum) TypeRef             { return TypeRef{Kind: EnumType, Enum: e} }
func obj(t *InputObjectType) TypeRef { return TypeRef{Kind: ObjectType, Object: t} }
func listOf(t TypeRef) TypeRef       { t.List = true; return t }
func listUnion(t TypeRef) []TypeRef  { return []TypeRef{t, listOf(t)} }
func listUnionIf(t TypeRef, l bool) []TypeRef {
	if l {
		return listUnion(t)
	}
	return []TypeRef{t}
}

// fld returns a required input field.
func fld(name string, types ...TypeRef) *InputField {
	return &InputField{Name: name, Types: types, Required: true}
}

func (f *InputField) opt() *InputField { f.Required = false; return f }

func (f *InputField) optIf(c bool) *InputField {
	if c {
		f.Required = false
	}
	return f
}

func (f *InputField) null() *InputField {
	f.Types = append(f.Types, sc(Null))
	f.Nullable = true
	return f
}

func (f *InputField) nullIf(c bool) *InputField {
	if c {
		return f.null()
	}
	return f
}

func (f *InputField) param() *InputField { f.Parameterizable = true; return f }

func (f *InputField) of(mf *schema.Field) *InputField { f.ModelField = mf; return f }

// input returns the cached input object type with the given name, or
// creates it and fills it with fill. The type is registered before fill
// runs so that recursive references resolve.
func (b *builder) input(name string, kind ObjectKind, model *schema.Model, fill func(t *InputObjectType)) *InputObjectType {
	if t := b.q.inputs[name]; t != nil {
		return t
	}
	t := &InputObjectType{Name: name, Kind: kind, Model: model, Constraints: Constraints{Min: -1, Max: -1}}
	b.q.inputs[name] = t
	fill(t)
	return t
}

func (b *builder) enumType(name string, kind EnumKind, values []string) *Enum {
	if e := b.q.enums[name]; e != nil {
		return e
	}
	e := &Enum{Name: name, Kind: kind, Values: values}
	b.q.enums[name] = e
	return e
}

func (b *builder) modelEnum(se *schema.Enum) *Enum {
	if e := b.q.enums[se.Name]; e != nil {
		return e
	}
	vals := make([]string, len(se.Values))
	for i, v := range se.Values {
		vals[i] = v.Name
	}
	e := &Enum{Name: se.Name, Kind: ModelEnum, Values: vals, Schema: se}
	b.q.enums[se.Name] = e
	return e
}

func (b *builder) sortOrder() *Enum {
	return b.enumType("SortOrder", StringEnum, []string{"asc", "desc"})
}

func (b *builder) nullsOrder() *Enum {
	return b.enumType("NullsOrder", StringEnum, []string{"first", "last"})
}

func (b *builder) queryMode() *Enum {
	return b.enumType("QueryMode", StringEnum, []string{"default", "insensitive"})
}

func (b *builder) jsonNullFilter() *Enum {
	return b.enumType("JsonNullValueFilter", StringEnum, []string{"DbNull", "JsonNull", "AnyNull"})
}

func (b *builder) jsonNullInput(nullable bool) *Enum {
	if nullable {
		return b.enumType("NullableJsonNullValueInput", StringEnum, []string{"DbNull", "JsonNull"})
	}
	return b.enumType("JsonNullValueInput", StringEnum, []string{"JsonNull"})
}

func (b *builder) scalarFieldEnum(m *schema.Model) *Enum {
	name := capitalize(m.Name) + "ScalarFieldEnum"
	if e := b.q.enums[name]; e != nil {
		return e
	}
	fs := scalarFields(m)
	vals := make([]string, len(fs))
	for i, f := range fs {
		vals[i] = f.Name
	}
	e := &Enum{Name: name, Kind: FieldEnum, Values: vals, Model: m}
	b.q.enums[name] = e
	return e
}

// relationLoadStrategy is the relationLoadStrategy argument's type: it
// exists only where the preview feature is on and the connector can load
// relations with joins (not SQLite or SQL Server), as in Prisma's schema
// builder.
func (b *builder) relationLoadStrategy() *Enum {
	if !b.q.relationJoins || !b.q.joinsSupported {
		return nil
	}
	return b.enumType("RelationLoadStrategy", StringEnum, []string{"query", "join"})
}

// fieldType maps a scalar or enum model field to its input type (a list
// for list fields when list is true).
func (b *builder) fieldType(f *schema.Field, list bool) TypeRef {
	var t TypeRef
	if f.Kind == schema.EnumField {
		t = en(b.modelEnum(f.Enum))
	} else {
		t = sc(mapScalar(f.Scalar))
	}
	t.List = list
	return t
}

// withFieldRef returns [t, <t>FieldRefInput].
func (b *builder) withFieldRef(t TypeRef) []TypeRef {
	return []TypeRef{t, obj(b.fieldRefType(t))}
}

func fieldRefName(t TypeRef) string {
	var n string
	switch t.Kind {
	case ScalarType:
		n = t.Scalar.String()
	case EnumType:
		n = "Enum" + t.Enum.Name
	}
	if t.List {
		return "List" + n + "FieldRefInput"
	}
	return n + "FieldRefInput"
}

func (b *builder) fieldRefType(t TypeRef) *InputObjectType {
	return b.input(fieldRefName(t), FieldRefInput, nil, func(o *InputObjectType) {
		allow := t
		o.AllowType = &allow
		o.Fields = []*InputField{fld("_ref", sc(String)), fld("_container", sc(String))}
	})
}
