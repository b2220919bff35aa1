package queryschema

import (
	"github.com/noengine/noengine/schema"
)

// typeID identifies a field type for filter construction: a scalar type or
// an enum, plus the native type name relevant to filter naming.
type typeID struct {
	scalar schema.ScalarType
	enum   *schema.Enum
	uuid   bool // String @db.Uuid on PostgreSQL/CockroachDB
}

func (b *builder) typeIDOf(f *schema.Field) typeID {
	if f.Kind == schema.EnumField {
		return typeID{enum: f.Enum}
	}
	return typeID{scalar: f.Scalar, uuid: filterTypeName(b.q.Provider, f, true) == "Uuid"}
}

func (t typeID) name(native bool) string {
	if t.enum != nil {
		return "Enum" + t.enum.Name
	}
	if native && t.uuid {
		return "Uuid"
	}
	return scalarTypeName(t.scalar)
}

func (t typeID) numeric() bool {
	switch t.scalar {
	case schema.Int, schema.BigInt, schema.Float, schema.Decimal:
		return t.enum == nil
	}
	return false
}

func (b *builder) mapType(t typeID, list bool) TypeRef {
	var r TypeRef
	if t.enum != nil {
		r = en(b.modelEnum(t.enum))
	} else {
		r = sc(mapScalar(t.scalar))
	}
	r.List = list
	return r
}

func scalarFilterName(typ string, list, nullable, nested, aggregates bool) string {
	s := ""
	if nested {
		s = "Nested"
	}
	s += typ
	if nullable {
		s += "Nullable"
	}
	if list {
		s += "List"
	}
	if aggregates {
		s += "WithAggregates"
	}
	return s + "Filter"
}

// filterInputField builds the where-input field for a model field.
func (b *builder) filterInputField(f *schema.Field, aggregates bool) *InputField {
	types := b.fieldFilterTypes(f, aggregates)
	nullable := !required(f) && !f.List && !isJSON(f)
	fi := fld(f.Name, types...).opt().nullIf(nullable).of(f)
	if !isRelation(f) && !f.List && !isJSON(f) {
		fi.param()
	}
	return fi
}

func (b *builder) fieldFilterTypes(f *schema.Field, aggregates bool) []TypeRef {
	switch {
	case isRelation(f) && f.List:
		return []TypeRef{obj(b.toManyRelationFilter(f))}
	case isRelation(f):
		return []TypeRef{obj(b.toOneRelationFilter(f)), obj(b.whereInput(relatedModel(f)))}
	case f.List:
		return []TypeRef{obj(b.scalarListFilter(f))}
	default:
		t := b.typeIDOf(f)
		types := []TypeRef{obj(b.scalarFilter(t, false, !required(f), false, aggregates))}
		if !isJSON(f) {
			types = append(types, b.fieldType(f, false))
		}
		return types
	}
}

func (b *builder) toManyRelationFilter(f *schema.Field) *InputObjectType {
	rm := relatedModel(f)
	return b.input(capitalize(rm.Name)+"ListRelationFilter", ToManyRelationFilter, rm, func(t *InputObjectType) {
		w := obj(b.whereInput(rm))
		t.Fields = []*InputField{fld("every", w).opt(), fld("some", w).opt(), fld("none", w).opt()}
	})
}

func (b *builder) toOneRelationFilter(f *schema.Field) *InputObjectType {
	rm := relatedModel(f)
	nullable := !required(f)
	name := capitalize(rm.Name)
	if nullable {
		name += "Nullable"
	}
	return b.input(name+"ScalarRelationFilter", ToOneRelationFilter, rm, func(t *InputObjectType) {
		t.Nullable = nullable
		w := obj(b.whereInput(rm))
		t.Fields = []*InputField{fld("is", w).opt().nullIf(nullable), fld("isNot", w).opt().nullIf(nullable)}
	})
}

func (b *builder) scalarListFilter(f *schema.Field) *InputObjectType {
	t := b.typeIDOf(f)
	name := scalarFilterName(t.name(false), true, !required(f), false, false)
	return b.input(name, ScalarListFilterInput, nil, func(o *InputObjectType) {
		o.Constraints.Min, o.Constraints.Max = 1, 1
		elem := b.mapType(t, false)
		list := listOf(elem)
		o.Fields = []*InputField{
			fld("equals", b.withFieldRef(list)...).opt().nullIf(!required(f)).param(),
			fld("has", b.withFieldRef(elem)...).opt().nullIf(!required(f)).param(),
			fld("hasEvery", b.withFieldRef(list)...).opt().param(),
			fld("hasSome", b.withFieldRef(list)...).opt().param(),
			fld("isEmpty", sc(Boolean)).opt(),
		}
	})
}

// scalarFilter builds <Nested?><Type><Nullable?><List?><WithAggregates?>Filter.
func (b *builder) scalarFilter(t typeID, list, nullable, nested, aggregates bool) *InputObjectType {
	typeName := t.name(true)
	name := scalarFilterName(typeName, list, nullable, nested, aggregates)
	return b.input(name, ScalarFilterInput, nil, func(o *InputObjectType) {
		q := b.q
		mapped := b.mapType(t, list)
		var fs []*InputField
		switch {
		case t.enum != nil || t.scalar == schema.Bytes:
			fs = append(fs, b.equalityFilter(mapped, nullable))
			fs = append(fs, b.inclusionFilters(mapped, nullable)...)
		case t.scalar == schema.String:
			fs = append(fs, b.equalityFilter(mapped, nullable))
			fs = append(fs, b.inclusionFilters(mapped, nullable)...)
			fs = append(fs, b.alphanumericFilters(mapped)...)
			if typeName != "Uuid" {
				for _, n := range [...]string{"contains", "startsWith", "endsWith"} {
					fs = append(fs, fld(n, b.withFieldRef(mapped)...).opt().param())
				}
			}
			if q.fullTextSearch {
				fs = append(fs, fld("search", mapped).opt().param())
			}
			if !nested && q.has(capInsensitiveFilters) {
				f := fld("mode", en(b.queryMode())).opt()
				f.Default = &DefaultValue{Enum: "default"}
				fs = append(fs, f)
			}
		case t.scalar == schema.JSON:
			fs = append(fs, b.jsonEqualityFilter(mapped, nullable))
			if q.has(capJSONFilteringJSONPath) || q.has(capJSONFilteringArrayPath) {
				fs = append(fs, b.jsonFilters()...)
				if q.has(capJSONFilteringAlphanumeric) {
					fs = append(fs, b.alphanumericFilters(mapped)...)
				}
			}
		case t.scalar == schema.Boolean:
			fs = append(fs, b.equalityFilter(mapped, nullable))
		default: // Int, BigInt, Float, Decimal, DateTime
			fs = append(fs, b.equalityFilter(mapped, nullable))
			fs = append(fs, b.inclusionFilters(mapped, nullable)...)
			fs = append(fs, b.alphanumericFilters(mapped)...)
		}
		fs = append(fs, b.notFilter(t, mapped, nullable, aggregates, list))
		if aggregates {
			fs = append(fs, b.aggregateFilter("_count", typeID{scalar: schema.Int}, nullable, list))
			if t.numeric() {
				avg := t
				if t.scalar != schema.Decimal {
					avg = typeID{scalar: schema.Float}
				}
				fs = append(fs, b.aggregateFilter("_avg", avg, nullable, list))
				fs = append(fs, b.aggregateFilter("_sum", typeID{scalar: t.scalar, enum: t.enum}, nullable, list))
			}
			if !list {
				fs = append(fs, b.aggregateFilter("_min", typeID{scalar: t.scalar, enum: t.enum}, nullable, list))
				fs = append(fs, b.aggregateFilter("_max", typeID{scalar: t.scalar, enum: t.enum}, nullable, list))
			}
		}
		o.Fields = fs
	})
}

func (b *builder) aggregateFilter(name string, t typeID, nullable, list bool) *InputField {
	return fld(name, obj(b.scalarFilter(t, list, nullable, true, false))).opt()
}

func (b *builder) equalityFilter(mapped TypeRef, nullable bool) *InputField {
	return fld("equals", b.withFieldRef(mapped)...).opt().nullIf(nullable).param()
}

func (b *builder) jsonEqualityFilter(mapped TypeRef, nullable bool) *InputField {
	if b.q.has(capAdvancedJSONNullability) {
		types := append(b.withFieldRef(mapped), en(b.jsonNullFilter()))
		return fld("equals", types...).opt().param()
	}
	return fld("equals", b.withFieldRef(mapped)...).opt().nullIf(nullable).param()
}

func (b *builder) inclusionFilters(mapped TypeRef, nullable bool) []*InputField {
	l := listOf(mapped)
	types := func() []TypeRef {
		if b.q.has(capScalarLists) {
			return b.withFieldRef(l)
		}
		return []TypeRef{l}
	}
	return []*InputField{
		fld("in", types()...).opt().nullIf(nullable).param(),
		fld("notIn", types()...).opt().nullIf(nullable).param(),
	}
}

func (b *builder) alphanumericFilters(mapped TypeRef) []*InputField {
	types := func() []TypeRef {
		if mapped.Kind == ScalarType && mapped.Scalar == JSON && !b.q.has(capJSONFilteringAlphanumericFieldRef) {
			return []TypeRef{mapped}
		}
		return b.withFieldRef(mapped)
	}
	return []*InputField{
		fld("lt", types()...).opt().param(),
		fld("lte", types()...).opt().param(),
		fld("gt", types()...).opt().param(),
		fld("gte", types()...).opt().param(),
	}
}

func (b *builder) jsonFilters() []*InputField {
	var path TypeRef
	if b.q.has(capJSONFilteringJSONPath) {
		path = sc(String)
	} else {
		path = listOf(sc(String))
	}
	mode := fld("mode", b.withFieldRef(en(b.queryMode()))...).opt()
	mode.Default = &DefaultValue{Enum: "default"}
	fs := []*InputField{
		fld("path", path).opt(),
		mode,
		fld("string_contains", b.withFieldRef(sc(String))...).opt().param(),
		fld("string_starts_with", b.withFieldRef(sc(String))...).opt().param(),
		fld("string_ends_with", b.withFieldRef(sc(String))...).opt().param(),
		fld("array_starts_with", b.withFieldRef(sc(JSON))...).opt().null().param(),
		fld("array_ends_with", b.withFieldRef(sc(JSON))...).opt().null().param(),
	}
	if b.q.has(capJSONArrayContains) {
		fs = append(fs, fld("array_contains", b.withFieldRef(sc(JSON))...).opt().null().param())
	}
	return fs
}

func (b *builder) notFilter(t typeID, mapped TypeRef, nullable, aggregates, list bool) *InputField {
	if t.enum == nil && t.scalar == schema.JSON {
		if b.q.has(capAdvancedJSONNullability) {
			types := append(b.withFieldRef(mapped), en(b.jsonNullFilter()))
			return fld("not", types...).opt().param()
		}
		return fld("not", b.withFieldRef(mapped)...).opt().nullIf(nullable).param()
	}
	nestedFilter := obj(b.scalarFilter(t, list, nullable, true, aggregates))
	return fld("not", mapped, nestedFilter).opt().nullIf(nullable).param()
}

// whereInput builds <Model>WhereInput.
func (b *builder) whereInput(m *schema.Model) *InputObjectType {
	return b.input(m.Name+"WhereInput", WhereInput, m, func(t *InputObjectType) {
		self := obj(t)
		fs := []*InputField{
			fld("AND", self, listOf(self)).opt(),
			fld("OR", listOf(self)).opt(),
			fld("NOT", self, listOf(self)).opt(),
		}
		for _, f := range modelFields(m) {
			fs = append(fs, b.filterInputField(f, false))
		}
		t.Fields = fs
	})
}

// scalarWhereInput builds <Model>ScalarWhereInput or
// <Model>ScalarWhereWithAggregatesInput.
func (b *builder) scalarWhereInput(m *schema.Model, aggregates bool) *InputObjectType {
	name := m.Name + "ScalarWhereInput"
	kind := ScalarWhereInput
	if aggregates {
		name = m.Name + "ScalarWhereWithAggregatesInput"
		kind = ScalarWhereAggInput
	}
	return b.input(name, kind, m, func(t *InputObjectType) {
		self := obj(t)
		fs := []*InputField{
			fld("AND", self, listOf(self)).opt(),
			fld("OR", listOf(self)).opt(),
			fld("NOT", self, listOf(self)).opt(),
		}
		for _, f := range modelFields(m) {
			if !isRelation(f) {
				fs = append(fs, b.filterInputField(f, aggregates))
			}
		}
		t.Fields = fs
	})
}

// whereUniqueInput builds <Model>WhereUniqueInput.
func (b *builder) whereUniqueInput(m *schema.Model) *InputObjectType {
	return b.input(m.Name+"WhereUniqueInput", WhereUniqueInput, m, func(t *InputObjectType) {
		t.Constraints.Min = 1
		var constrained []string
		for _, c := range b.q.uniques[m] {
			constrained = append(constrained, c.Name)
		}
		t.Constraints.Fields = constrained

		var fs, rest []*InputField
		for _, f := range modelFields(m) {
			if isUniqueField(f) {
				fs = append(fs, fld(f.Name, b.fieldType(f, f.List)).opt().param().of(f))
			}
		}
		pk := m.PrimaryKey
		for _, ix := range m.Uniques {
			if len(ix.Fields) > 1 && !hasUnsupported(ix.Fields) {
				ct := b.compoundUniqueInput(m, ix.Name, ix.Fields)
				fs = append(fs, fld(ix.ClientName(), obj(ct)).opt())
			}
		}
		if pk != nil && len(pk.Fields) > 1 && !hasUnsupported(pk.Fields) {
			ct := b.compoundUniqueInput(m, pk.Name, pk.Fields)
			fs = append(fs, fld(pk.ClientName(), obj(ct)).opt())
		}
		w := obj(b.whereInput(m))
		fs = append(fs,
			fld("AND", w, listOf(w)).opt(),
			fld("OR", listOf(w)).opt(),
			fld("NOT", w, listOf(w)).opt(),
		)
		for _, f := range modelFields(m) {
			if !isUniqueField(f) {
				rest = append(rest, b.filterInputField(f, false))
			}
		}
		t.Fields = append(fs, rest...)
	})
}

func hasUnsupported(fs []*schema.Field) bool {
	for _, f := range fs {
		if f.Kind == schema.UnsupportedField {
			return true
		}
	}
	return false
}

func (b *builder) compoundUniqueInput(m *schema.Model, alias string, fields []*schema.Field) *InputObjectType {
	name := ""
	if alias != "" {
		name = capitalize(alias)
	} else {
		for _, f := range fields {
			name += capitalize(f.Name)
		}
	}
	return b.input(m.Name+name+"CompoundUniqueInput", CompoundUniqueInput, m, func(t *InputObjectType) {
		for _, f := range fields {
			t.Fields = append(t.Fields, fld(f.Name, b.fieldType(f, f.List)).param().of(f))
		}
	})
}
