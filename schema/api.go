package schema

// CompositeType returns the composite type with the given name, or nil.
func (s *Schema) CompositeType(name string) *CompositeType {
	for _, c := range s.CompositeTypes {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// ColumnName returns the field's column name in the database: its @map, or
// its name.
func (f *Field) ColumnName() string { return f.DBName }

// IsScalar reports whether the field is stored in a column of its model's
// table (scalar, enum and Unsupported fields).
func (f *Field) IsScalar() bool {
	return f.Kind == ScalarField || f.Kind == EnumField || f.Kind == UnsupportedField
}

// Criterion is one unique criterion of a model: its primary key or one of
// its unique indexes. It is what a WhereUniqueInput accepts.
type Criterion struct {
	// Name is the name Prisma Client uses: the field name for single-field
	// criteria, the name: argument or the field names joined with "_" for
	// compound ones (e.g. "firstName_lastName").
	Name   string
	Fields []*Field // the criterion's fields, in order
	// PrimaryKey is set for the @id/@@id criterion, Index for the others.
	PrimaryKey *PrimaryKey
	Index      *Index
}

// Compound reports whether the criterion spans several fields or was
// declared with @@id/@@unique (then Prisma Client expects an object keyed by
// Name).
func (c Criterion) Compound() bool {
	if c.PrimaryKey != nil {
		return c.PrimaryKey.Compound || len(c.Fields) > 1
	}
	return !c.Index.FieldLevel || len(c.Fields) > 1
}

// Strict reports whether all fields of the criterion are required and
// supported (Prisma's is_strict_criteria).
func (c Criterion) Strict() bool {
	for _, f := range c.Fields {
		if !f.Required() || f.Kind == UnsupportedField {
			return false
		}
	}
	return true
}

// UniqueCriteria lists the model's unique criteria in the order of Prisma's
// WhereUniqueInput fields: the primary key first, then the field-level
// @unique criteria in field order, then the @@unique criteria in declaration
// order. Criteria with optional fields are included.
func (m *Model) UniqueCriteria() []Criterion {
	out := make([]Criterion, 0, len(m.Uniques)+1)
	if m.PrimaryKey != nil {
		out = append(out, Criterion{Name: m.PrimaryKey.ClientName(), Fields: m.PrimaryKey.Fields, PrimaryKey: m.PrimaryKey})
	}
	for _, u := range m.Uniques {
		out = append(out, Criterion{Name: u.ClientName(), Fields: u.Fields, Index: u})
	}
	return out
}

// IDFields returns the model's primary identifier, the fields Prisma uses to
// identify a record: the primary key, or else the fields of the first
// unique criterion whose fields are all required. For a view without any
// such criterion it is all scalar fields.
func (m *Model) IDFields() []*Field {
	for _, c := range m.UniqueCriteria() {
		if c.Strict() {
			return c.Fields
		}
	}
	if m.View {
		return m.ScalarFields()
	}
	return nil
}

// HasSingleID reports whether the primary key is a single field, as required
// for implicit many-to-many relations.
func (m *Model) HasSingleID() bool { return m.PrimaryKey != nil && len(m.PrimaryKey.Fields) == 1 }

// TableName returns the table (or view) name: the @@map, or the model name.
func (m *Model) TableName() string { return m.DBName }
