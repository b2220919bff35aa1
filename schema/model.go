// Package schema parses Prisma schema files (schema.prisma) into a resolved
// data model: models, fields, enums, relations (with both sides linked and
// implicit many-to-many join tables named as Prisma names them), identifiers,
// unique criteria and defaults.
//
// Parse never panics. Invalid input yields an *Error listing diagnostics with
// line:col positions and messages a Prisma user recognises.
package schema

// Provider is the datasource provider named in the schema.
type Provider string

// Datasource providers.
const (
	SQLite      Provider = "sqlite"
	PostgreSQL  Provider = "postgresql"
	CockroachDB Provider = "cockroachdb"
	MySQL       Provider = "mysql"
	SQLServer   Provider = "sqlserver"
	MongoDB     Provider = "mongodb"
)

// Pos is a position in the schema source, 1-based.
type Pos struct {
	Line, Col int // Col counts bytes, as Prisma's CLI does
}

// Schema is a parsed and resolved Prisma schema.
type Schema struct {
	Datasource *Datasource  // nil when the schema has no datasource block
	Generators []*Generator // declaration order
	// Models lists models and views in declaration order, @@ignore'd models
	// included (Ignored set); views have View set.
	Models []*Model
	Enums  []*Enum // declaration order
	// CompositeTypes are the `type` blocks (MongoDB only).
	CompositeTypes []*CompositeType
	// Warnings are diagnostics that do not make the schema invalid (for
	// example a deprecated preview feature or a datasource url, which Prisma 7
	// rejects but noengine accepts).
	Warnings []Diagnostic

	modelsByName map[string]*Model
	enumsByName  map[string]*Enum
}

// Model returns the model with the given (Prisma) name.
func (s *Schema) Model(name string) *Model { return s.modelsByName[name] }

// Enum returns the enum with the given (Prisma) name.
func (s *Schema) Enum(name string) *Enum { return s.enumsByName[name] }

// Provider returns the datasource provider, or "" when there is no datasource.
func (s *Schema) Provider() Provider {
	if s.Datasource == nil {
		return ""
	}
	return s.Datasource.Provider
}

// RelationMode returns "prisma" or "foreignKeys" (the default).
func (s *Schema) RelationMode() string {
	if s.Datasource == nil || s.Datasource.RelationMode == "" {
		return "foreignKeys"
	}
	return s.Datasource.RelationMode
}

// Datasource is the `datasource` block.
type Datasource struct {
	Name     string   // the block name (`datasource db`)
	Provider Provider // the provider property
	// URL is the literal url, if one was given; URLEnv the variable of env("...").
	URL    string
	URLEnv string // variable name of url = env("...")
	// RelationMode is "foreignKeys", "prisma", or "" (unset).
	RelationMode string
	// DirectURL, ShadowDatabaseURL and their env variables are the
	// directUrl and shadowDatabaseUrl properties, if given.
	DirectURL, DirectURLEnv                 string // directUrl
	ShadowDatabaseURL, ShadowDatabaseURLEnv string // shadowDatabaseUrl
	// Schemas lists the `schemas = [...]` of multi-schema setups, sorted.
	Schemas []string
	// Extensions lists the PostgreSQL `extensions = [...]` names, sorted.
	Extensions []string
	Pos        Pos // start of the block
}

// Generator is a `generator` block. noengine ignores it except for
// previewFeatures (e.g. "relationJoins", "fullTextSearchPostgres").
type Generator struct {
	Name            string   // the block name
	Provider        string   // the provider property, e.g. "prisma-client"
	PreviewFeatures []string // as written, in order
	Pos             Pos      // start of the block
}

// Enum is an `enum` block.
type Enum struct {
	Name   string       // the Prisma name
	DBName string       // @@map, or Name
	Schema string       // @@schema, for multi-schema
	Values []*EnumValue // declaration order
	Doc    string       // the /// doc comment, lines joined with "\n"
	Pos    Pos          // start of the block
}

// Value returns the member with the given (Prisma) name, or nil.
func (e *Enum) Value(name string) *EnumValue {
	for _, v := range e.Values {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// EnumValue is one enum member.
type EnumValue struct {
	Name   string // the Prisma name
	DBName string // @map, or Name
	Doc    string // the /// doc comment
	Pos    Pos    // start of the member
}

// CompositeType is a `type` block: an embedded document type (MongoDB only).
type CompositeType struct {
	Name   string   // the type name
	Fields []*Field // declaration order; their Model is nil
	Doc    string   // the /// doc comment
	Pos    Pos      // start of the block
}

// Model is a `model` block (or a `view` block, with View set).
type Model struct {
	Name   string   // the Prisma name
	DBName string   // @@map, or Name
	Schema string   // @@schema, for multi-schema
	Fields []*Field // declaration order, relation fields included

	// PrimaryKey is the @id or @@id. Nil when the model has none (then Prisma
	// requires a @unique or @@unique criterion).
	PrimaryKey *PrimaryKey
	// Uniques are the @unique and @@unique criteria, in declaration order
	// (field-level @unique first, in field order, then @@unique).
	Uniques []*Index
	// Indexes are @@index and @@fulltext.
	Indexes []*Index
	// ShardKey lists the fields of @shardKey / @@shardKey (preview feature
	// shardKeys, MySQL/PlanetScale), nil when there is none.
	ShardKey []*Field

	Ignored bool   // @@ignore
	View    bool   // declared with `view` (a read-only database view)
	Doc     string // the /// doc comment
	Pos     Pos    // start of the block

	fieldsByName map[string]*Field
}

// Field returns the field with the given (Prisma) name.
func (m *Model) Field(name string) *Field { return m.fieldsByName[name] }

// ScalarFields returns the non-relation fields in declaration order
// (including enum fields and Unsupported fields).
func (m *Model) ScalarFields() []*Field {
	out := make([]*Field, 0, len(m.Fields))
	for _, f := range m.Fields {
		if f.Kind != RelationField {
			out = append(out, f)
		}
	}
	return out
}

// RelationFields returns the relation fields in declaration order.
func (m *Model) RelationFields() []*Field {
	var out []*Field
	for _, f := range m.Fields {
		if f.Kind == RelationField {
			out = append(out, f)
		}
	}
	return out
}

// FieldKind classifies a field.
type FieldKind uint8

// Field kinds.
const (
	ScalarField FieldKind = iota
	EnumField
	RelationField
	UnsupportedField // Unsupported("...")
	CompositeField   // a composite type (MongoDB only)
)

// ScalarType is a Prisma scalar type.
type ScalarType uint8

// Prisma scalar types.
const (
	NoScalar ScalarType = iota
	String
	Boolean
	Int
	BigInt
	Float
	Decimal
	DateTime
	JSON
	Bytes
)

var scalarTypeNames = [...]string{"", "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"}

// String returns the Prisma spelling ("DateTime", "Json").
func (t ScalarType) String() string {
	if int(t) < len(scalarTypeNames) {
		return scalarTypeNames[t]
	}
	return ""
}

// ParseScalarType parses a Prisma scalar type name.
func ParseScalarType(s string) (ScalarType, bool) {
	for i, n := range scalarTypeNames {
		if i > 0 && n == s {
			return ScalarType(i), true
		}
	}
	return NoScalar, false
}

// Field is one field of a model.
type Field struct {
	Name   string    // the Prisma name
	DBName string    // @map, or Name (relation fields: Name)
	Kind   FieldKind // scalar, enum, relation, Unsupported or composite
	// TypeName is the type as written, without ? or [] ("String", "Role", "Post", "Unsupported").
	TypeName string
	Scalar   ScalarType // for ScalarField
	Enum     *Enum      // for EnumField
	// Unsupported holds the text of Unsupported("...").
	Unsupported string
	Relation    *Relation // for RelationField
	// Composite is the composite type of a CompositeField.
	Composite *CompositeType

	Optional bool // ?
	List     bool // []

	IsID      bool        // part of the primary key (@id or @@id)
	IsUnique  bool        // field-level @unique
	UpdatedAt bool        // @updatedAt
	Default   *Default    // @default, nil when absent
	Native    *NativeType // @db.X(args)
	Ignored   bool        // @ignore

	Model *Model // the owning model (nil for composite type fields)
	Doc   string // the /// doc comment
	Pos   Pos    // start of the field
}

// Required reports a non-optional, non-list field.
func (f *Field) Required() bool { return !f.Optional && !f.List }

// DefaultKind classifies a @default.
type DefaultKind uint8

// Default kinds.
const (
	DefaultLiteral DefaultKind = iota
	DefaultAutoincrement
	DefaultNow
	DefaultUUID
	DefaultCUID
	DefaultULID
	DefaultNanoID
	DefaultDBGenerated
	DefaultSequence // cockroachdb sequence()
	DefaultAuto     // mongodb auto()
)

// Default is a @default(...).
type Default struct {
	Kind DefaultKind // the function called, or DefaultLiteral
	// Value is the literal for DefaultLiteral: string, int64, float64 (as
	// written, see Raw), bool, an enum value name (EnumValue), or []any for
	// list defaults.
	Value any
	// Raw is the literal's source text (numbers keep their spelling).
	Raw string
	// Version is the uuid (4 or 7) or cuid (1 or 2) version; uuid() and
	// cuid() without an argument are versions 4 and 1.
	Version int
	// Length is nanoid(n)'s length (0 for the default 21).
	Length int
	// Expr is dbgenerated("...")'s SQL expression ("" for dbgenerated()).
	Expr string
	// Map is @default(..., map: "name").
	Map string
}

// EnumValueRef is a literal default naming an enum value.
type EnumValueRef string

// NativeType is a @db.X(args) attribute.
type NativeType struct {
	Name string   // "VarChar", "Decimal", "Timestamptz", ...
	Args []string // as written: ["255"], ["65","30"], ["Max"]
}

// PrimaryKey is a model's @id or @@id.
type PrimaryKey struct {
	Fields []*Field // in the @@id's order
	// Name is the client name of a compound id (@@id(name: "x")); "" means the
	// default, fields joined with "_".
	Name string
	// DBName is the constraint name (map:), "" for the default (see
	// ConstraintName).
	DBName string
	// Compound reports an @@id (as opposed to a field-level @id), even
	// when it lists a single field.
	Compound bool
	// Sorts and Lengths are the per-field sort: and length: arguments as
	// written ("Asc", "Desc", "" / 0), Clustered the clustered: argument.
	Sorts     []string
	Lengths   []int
	Clustered *bool  // nil when not written
	Model     *Model // the owning model
}

// ClientName returns the name Prisma Client uses for the criterion in
// WhereUniqueInput: the field name for a single field, Name or the field
// names joined with "_" for compound ones.
func (p *PrimaryKey) ClientName() string { return criterionName(p.Name, p.Fields) }

// Index is a unique criterion or an index.
type Index struct {
	Kind   IndexKind // unique, normal or fulltext
	Fields []*Field  // in the attribute's order
	// Name is the client name (name:), "" for the default.
	Name string
	// DBName is the constraint or index name in the database (map:), "" for
	// the default Prisma derives (see DefaultIndexName).
	DBName string
	// Sort orders and lengths per field, as written ("Asc", "Desc", "" / 0).
	Sorts   []string
	Lengths []int
	// Ops are the per-field operator classes (ops:), "" when not written.
	Ops []string
	// Paths are, per field, the dotted path of an indexed composite type
	// member ("address.city", MongoDB only), "" for plain fields.
	Paths []string
	// Algorithm is the index type (type: BTree, Hash, Gist, Gin, SpGist,
	// Brin), "" when not written.
	Algorithm string
	Clustered *bool // clustered:, nil when not written
	// Where is the predicate of a partial index, if any.
	Where *IndexWhere
	// FieldLevel reports a field-level @unique.
	FieldLevel bool
	Model      *Model // the owning model
	Pos        Pos    // start of the attribute
}

// IndexWhere is the `where:` predicate of a partial index (preview feature
// partialIndexes): either Raw SQL (where: raw("...")) or Conditions that all
// must hold (where: { field: value, other: { not: null } }).
type IndexWhere struct {
	Raw        string           // the SQL of raw("...")
	Conditions []WhereCondition // the object form, in written order
}

// WhereCondition is one `field: value` of a partial index predicate.
type WhereCondition struct {
	Field *Field // the constrained scalar field
	// Not is set for { not: value }.
	Not bool
	// Value is nil (IS [NOT] NULL), a bool, a string, or a Number.
	Value any
}

// Number is a numeric literal as written in the schema.
type Number string

// ClientName returns the name Prisma Client uses for a unique criterion.
func (ix *Index) ClientName() string { return criterionName(ix.Name, ix.Fields) }

func criterionName(name string, fields []*Field) string {
	if name != "" {
		return name
	}
	s := ""
	for i, f := range fields {
		if i > 0 {
			s += "_"
		}
		s += f.Name
	}
	return s
}

// IndexKind classifies an Index.
type IndexKind uint8

// Index kinds.
const (
	UniqueIndex IndexKind = iota
	NormalIndex
	FulltextIndex
)

// ReferentialAction is an onDelete/onUpdate action.
type ReferentialAction uint8

// Referential actions.
const (
	NoActionUnset ReferentialAction = iota // not written; see Relation.OnDelete for the effective one
	Cascade
	Restrict
	NoAction
	SetNull
	SetDefault
)

var actionNames = [...]string{"", "Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"}

// String returns the Prisma spelling.
func (a ReferentialAction) String() string { return actionNames[a] }

// RelationKind classifies a relation.
type RelationKind uint8

// Relation kinds.
const (
	OneToOne RelationKind = iota
	OneToMany
	ManyToMany
)

// Relation is one side of a relation between two models. Both sides of a
// relation are linked through Opposite.
type Relation struct {
	// Name is the relation name: explicit, or Prisma's default (the two model
	// names sorted and joined with "To", e.g. "PostToUser").
	Name string
	Kind RelationKind // 1:1, 1:n or m:n (the same on both sides)

	Field        *Field // this side's relation field
	Model        *Model // this side's model
	RelatedModel *Model // the model this side's field points to
	Opposite     *Field // the back-relation field on RelatedModel

	// Inline is set on the side that holds the foreign key (has fields/references).
	Inline bool
	// Fields are this side's FK scalar fields and References the referenced
	// fields of RelatedModel (only when Inline).
	Fields     []*Field
	References []*Field

	// OnDelete and OnUpdate are the effective actions (explicit or Prisma's
	// default for the provider and relation mode). Set on both sides.
	OnDelete, OnUpdate ReferentialAction
	// OnDeleteSet and OnUpdateSet report whether they were written.
	OnDeleteSet, OnUpdateSet bool
	// FKName is the foreign key constraint name (map:), "" for the default.
	FKName string

	// JoinTable is set for implicit many-to-many relations.
	JoinTable *JoinTable
}

// JoinTable is the implicit many-to-many join table, e.g. `_CategoryToPost`,
// named "_" + the relation name, with two columns:
//
//   - A references the id of AModel, the model whose name sorts first
//     (byte-wise), and
//   - B references the id of BModel.
//
// BField is the relation field on AModel (pointing at BModel) and AField the
// one on BModel (pointing at AModel): reading BField of a record means
// selecting B where A is the record's id. For a self-relation AModel and
// BModel are the same model; then BField is the relation field whose name
// sorts first (psl/parser-database/src/relations.rs, ingest_relation), so
// e.g. with `followers User[] @relation("f")` and `following User[]
// @relation("f")`, A holds the id of the record whose `followers` list
// contains the B record.
//
// The columns have the type of the referenced ids. Prisma's migrations
// create both columns NOT NULL with foreign keys ON DELETE CASCADE ON UPDATE
// CASCADE, a unique (A, B) key and an index on B.
type JoinTable struct {
	Name string // "_" + relation name
	// AModel and BModel are the models referenced by columns A and B.
	AModel, BModel *Model
	// AField and BField are the relation fields pointing at AModel and BModel
	// (AField lives on BModel, BField lives on AModel).
	AField, BField *Field
	// Schema is the schema of AModel in multi-schema setups.
	Schema string
}
