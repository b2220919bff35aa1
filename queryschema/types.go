package queryschema

import (
	"github.com/noengine/noengine/schema"
)

// Scalar is a scalar type of the query schema.
type Scalar uint8

// Query schema scalar types. Null is the type that makes an input field
// nullable; JSONList is the type of the raw queries' `parameters` argument.
const (
	NoScalar Scalar = iota
	Null
	String
	Int
	BigInt
	Float
	Decimal
	Boolean
	DateTime
	JSON
	JSONList
	UUID
	Bytes
)

var scalarNames = [...]string{"", "Null", "String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Json", "UUID", "Bytes"}

// String returns the name Prisma uses for the scalar in type names and
// error messages ("Int", "DateTime", "Json", "Null").
func (s Scalar) String() string {
	if int(s) < len(scalarNames) {
		return scalarNames[s]
	}
	return ""
}

// TypeKind classifies a TypeRef.
type TypeKind uint8

// Type reference kinds.
const (
	ScalarType TypeKind = iota + 1
	EnumType
	ObjectType // an input object type (including field reference types)
)

// TypeRef is one of the types an input field accepts: a scalar, an enum or
// an input object, possibly as a list.
type TypeRef struct {
	Kind   TypeKind
	List   bool
	Scalar Scalar           // for ScalarType
	Enum   *Enum            // for EnumType
	Object *InputObjectType // for ObjectType
}

// Name returns the simplified type name Prisma shows in validation errors:
// "Int", "UserWhereInput", "SortOrder", "String[]".
func (t TypeRef) Name() string {
	var n string
	switch t.Kind {
	case ScalarType:
		n = t.Scalar.String()
	case EnumType:
		n = t.Enum.Name
	case ObjectType:
		n = t.Object.Name
	}
	if t.List {
		return n + "[]"
	}
	return n
}

// IsNull reports whether t is the Null scalar.
func (t TypeRef) IsNull() bool { return t.Kind == ScalarType && t.Scalar == Null && !t.List }

// ObjectKind classifies input object types. The compiler uses it to
// interpret a validated value without re-deriving Prisma's rules.
type ObjectKind uint8

// Input object kinds.
const (
	OtherInput                    ObjectKind = iota
	WhereInput                               // <M>WhereInput
	WhereUniqueInput                         // <M>WhereUniqueInput
	ScalarWhereInput                         // <M>ScalarWhereInput (nested deleteMany/updateMany)
	ScalarWhereAggInput                      // <M>ScalarWhereWithAggregatesInput (groupBy having)
	CompoundUniqueInput                      // <M><Fields>CompoundUniqueInput
	ScalarFilterInput                        // IntFilter, StringNullableFilter, NestedIntFilter, ...WithAggregatesFilter
	ScalarListFilterInput                    // StringNullableListFilter
	ToManyRelationFilter                     // <M>ListRelationFilter (every/some/none)
	ToOneRelationFilter                      // <M>ScalarRelationFilter (is/isNot)
	FieldRefInput                            // <T>FieldRefInput
	OrderByInput                             // <M>OrderByWithRelationInput, <M>OrderByWithAggregationInput
	OrderByAggregateInput                    // <M>CountOrderByAggregateInput, ...
	OrderByRelationAggregateInput            // <M>OrderByRelationAggregateInput
	OrderByRelevanceInput                    // <M>OrderByRelevanceInput
	SortOrderInput                           // SortOrderInput {sort, nulls}
	CreateInput                              // <M>CreateInput, <M>CreateWithout<F>Input
	UncheckedCreateInput                     // <M>UncheckedCreateInput, ...
	CreateManyInput                          // <M>CreateManyInput, <M>CreateMany<F>Input
	CreateManyEnvelope                       // <M>CreateMany<F>InputEnvelope
	UpdateInput                              // <M>UpdateInput, <M>UpdateWithout<F>Input
	UncheckedUpdateInput                     // <M>UncheckedUpdateInput, ...
	UpdateManyInput                          // <M>UpdateManyMutationInput
	UncheckedUpdateManyInput                 // <M>UncheckedUpdateManyInput, ...
	NestedCreateInput                        // <M>CreateNested{One,Many}Without<F>Input (and Unchecked)
	NestedUpdateInput                        // <M>Update{One,OneRequired,Many}Without<F>NestedInput (and Unchecked)
	ConnectOrCreateInput                     // <M>CreateOrConnectWithout<F>Input
	NestedUpsertInput                        // <M>UpsertWithout<F>Input, <M>UpsertWithWhereUniqueWithout<F>Input
	NestedUpdateWhereInput                   // <M>UpdateWithWhereUniqueWithout<F>Input, <M>UpdateToOneWithWhereWithout<F>Input
	NestedUpdateManyWhereInput               // <M>UpdateManyWithWhereWithout<F>Input
	FieldUpdateOperationsInput               // IntFieldUpdateOperationsInput, ...
	ScalarListCreateInput                    // <M>Create<f>Input {set}
	ScalarListUpdateInput                    // <M>Update<f>Input {set, push}
)

// Constraints are an input object's field count constraints. Min and Max
// are -1 when unset. When Fields is set, only those fields are counted.
type Constraints struct {
	Min, Max int
	Fields   []string
}

// InputObjectType is an input object type such as UserWhereInput.
type InputObjectType struct {
	Name        string
	Kind        ObjectKind
	Fields      []*InputField
	Constraints Constraints
	// Model is the model the type belongs to (its "container"), if any.
	Model *schema.Model
	// Relation is the relation field a nested write type was built for
	// (the field on the parent model), if any.
	Relation *schema.Field
	// AllowType is the type a FieldRefInput may be compared with.
	AllowType *TypeRef
	// Nullable reports, for a ToOneRelationFilter, whether the relation is
	// optional.
	Nullable bool

	index map[string]int
	// paramIdx is the index of the type in the parameterisation graph.
	params *paramNode
}

// Field returns the input field with the given name, or nil.
func (t *InputObjectType) Field(name string) *InputField {
	if t.index != nil {
		if i, ok := t.index[name]; ok {
			return t.Fields[i]
		}
		return nil
	}
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// DefaultValue is a value the parser inserts for an absent input field.
type DefaultValue struct {
	// Enum is set for enum defaults such as QueryMode "default".
	Enum string
	// Field is set for create inputs whose model field has a @default.
	Field *schema.Default
	// EmptyObject is the `{}` default of createOne's `data`.
	EmptyObject bool
}

// InputField is a field of an input object type or an argument of an
// output field.
type InputField struct {
	Name  string
	Types []TypeRef
	// Required reports that the field must be present.
	Required bool
	// Nullable reports that the field accepts null (Types holds Null).
	Nullable bool
	// Parameterizable reports that Prisma Client may replace the value by a
	// placeholder.
	Parameterizable bool
	Default         *DefaultValue
	// ModelField is the model field the input field stands for, if any
	// (filters, data fields, orderBy fields, unique criteria).
	ModelField *schema.Field

	edge *paramEdge
}

// EnumKind classifies enums.
type EnumKind uint8

// Enum kinds.
const (
	// StringEnum is an internal enum such as SortOrder or QueryMode.
	StringEnum EnumKind = iota
	// ModelEnum is an enum of the Prisma schema.
	ModelEnum
	// FieldEnum is a <Model>ScalarFieldEnum whose values name fields.
	FieldEnum
)

// Enum is an enum type of the query schema.
type Enum struct {
	Name   string
	Kind   EnumKind
	Values []string
	// Schema is the schema enum of a ModelEnum.
	Schema *schema.Enum
	// Model is the model of a FieldEnum.
	Model *schema.Model
}

// Has reports whether v is one of the enum's values.
func (e *Enum) Has(v string) bool {
	for _, x := range e.Values {
		if x == v {
			return true
		}
	}
	return false
}

// OutputTypeRef is the type of an output field.
type OutputTypeRef struct {
	Kind   TypeKind
	List   bool
	Scalar Scalar
	Enum   *Enum
	Object *OutputObjectType
}

// Name returns the simplified name used in validation errors ("Post[]").
func (t OutputTypeRef) Name() string {
	var n string
	switch t.Kind {
	case ScalarType:
		n = t.Scalar.String()
	case EnumType:
		n = t.Enum.Name
	case ObjectType:
		n = t.Object.Name
	}
	if t.List {
		return n + "[]"
	}
	return n
}

// OutputObjectType is an output type such as User, AggregateUser or
// UserCountOutputType.
type OutputObjectType struct {
	Name   string
	Fields []*OutputField
	// Model is set when the type stands for a model's records (User,
	// CreateManyUserAndReturnOutputType, UserGroupByOutputType).
	Model *schema.Model
	// IsModelNamespace reports DMMF's "model" namespace.
	IsModelNamespace bool

	index map[string]int
}

// Field returns the output field with the given name, or nil.
func (t *OutputObjectType) Field(name string) *OutputField {
	if t.index != nil {
		if i, ok := t.index[name]; ok {
			return t.Fields[i]
		}
		return nil
	}
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// OutputField is a field of an output type or a root operation.
type OutputField struct {
	Name     string
	Args     []*InputField
	Type     OutputTypeRef
	Nullable bool
	// ModelField is the model field the output field stands for, if any.
	ModelField *schema.Field
	// Action and Model are set on root fields ("findMany", User).
	Action string
	Model  *schema.Model

	params *paramNode // arguments' parameterisation node
}

// Arg returns the argument with the given name, or nil.
func (f *OutputField) Arg(name string) *InputField {
	for _, a := range f.Args {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// IsRelation reports whether the field maps to a relation (an object type
// backed by a model), as Prisma's isRelation in error metadata.
func (f *OutputField) IsRelation() bool {
	return f.Type.Kind == ObjectType && f.Type.Object.Model != nil
}
