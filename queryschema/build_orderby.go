package queryschema

import "github.com/noengine/noengine/schema"

type orderByOptions struct {
	relations, aggregates, fullTextSearch bool
}

func (o orderByOptions) suffix() string {
	switch {
	case o.relations && !o.aggregates:
		return "WithRelation"
	case !o.relations && o.aggregates && !o.fullTextSearch:
		return "WithAggregation"
	}
	return ""
}

// orderByArg builds the orderBy argument: [<T>[], <T>].
func (b *builder) orderByArg(m *schema.Model, o orderByOptions) *InputField {
	t := obj(b.orderByInput(m, o))
	return fld("orderBy", listOf(t), t).opt()
}

// orderByInput builds <Model>OrderBy<Suffix>Input.
func (b *builder) orderByInput(m *schema.Model, o orderByOptions) *InputObjectType {
	return b.input(m.Name+"OrderBy"+o.suffix()+"Input", OrderByInput, m, func(t *InputObjectType) {
		t.Constraints.Min, t.Constraints.Max = 0, 1
		var fs []*InputField
		for _, f := range modelFields(m) {
			switch {
			case isRelation(f) && !o.relations:
			case isRelation(f) && f.List:
				fs = append(fs, fld(f.Name, obj(b.orderByRelationAggregate(relatedModel(f)))).opt().of(f))
			case isRelation(f):
				fs = append(fs, fld(f.Name, obj(b.orderByInput(relatedModel(f), o))).opt().of(f))
			default:
				types := []TypeRef{en(b.sortOrder())}
				if b.q.has(capOrderByNullsFirstLast) && !required(f) && !f.List {
					types = append(types, obj(b.sortOrderInput()))
				}
				fs = append(fs, fld(f.Name, types...).opt().of(f))
			}
		}
		if o.aggregates {
			all := scalarFields(m)
			var numeric, nonListNonJSON []*schema.Field
			for _, f := range all {
				if isNumeric(f) {
					numeric = append(numeric, f)
				}
				if !f.List && !isJSON(f) {
					nonListNonJSON = append(nonListNonJSON, f)
				}
			}
			for _, a := range [...]struct {
				name, suffix string
				fields       []*schema.Field
			}{
				{"_count", "Count", all},
				{"_avg", "Avg", numeric},
				{"_max", "Max", nonListNonJSON},
				{"_min", "Min", nonListNonJSON},
				{"_sum", "Sum", numeric},
			} {
				if len(a.fields) > 0 {
					fs = append(fs, fld(a.name, obj(b.orderByAggregateInput(m, a.suffix, a.fields))).opt())
				}
			}
		}
		if o.fullTextSearch {
			var strs []*schema.Field
			for _, f := range scalarFields(m) {
				if f.Kind == schema.ScalarField && f.Scalar == schema.String {
					strs = append(strs, f)
				}
			}
			if len(strs) > 0 {
				fs = append(fs, fld("_relevance", obj(b.orderByRelevanceInput(m, strs))).opt())
			}
		}
		t.Fields = fs
	})
}

func (b *builder) sortOrderInput() *InputObjectType {
	return b.input("SortOrderInput", SortOrderInput, nil, func(t *InputObjectType) {
		t.Fields = []*InputField{fld("sort", en(b.sortOrder())), fld("nulls", en(b.nullsOrder())).opt()}
	})
}

func (b *builder) orderByRelationAggregate(m *schema.Model) *InputObjectType {
	return b.input(m.Name+"OrderByRelationAggregateInput", OrderByRelationAggregateInput, m, func(t *InputObjectType) {
		t.Constraints.Min, t.Constraints.Max = 1, 1
		t.Fields = []*InputField{fld("_count", en(b.sortOrder())).opt()}
	})
}

func (b *builder) orderByAggregateInput(m *schema.Model, suffix string, fields []*schema.Field) *InputObjectType {
	return b.input(m.Name+suffix+"OrderByAggregateInput", OrderByAggregateInput, m, func(t *InputObjectType) {
		t.Constraints.Min, t.Constraints.Max = 1, 1
		for _, f := range fields {
			t.Fields = append(t.Fields, fld(f.Name, en(b.sortOrder())).opt().of(f))
		}
	})
}

func (b *builder) orderByRelevanceInput(m *schema.Model, fields []*schema.Field) *InputObjectType {
	return b.input(m.Name+"OrderByRelevanceInput", OrderByRelevanceInput, m, func(t *InputObjectType) {
		vals := make([]string, len(fields))
		for i, f := range fields {
			vals[i] = f.Name
		}
		e := en(b.enumType(m.Name+"OrderByRelevanceFieldEnum", StringEnum, vals))
		t.Fields = []*InputField{
			fld("fields", e, listOf(e)),
			fld("sort", en(b.sortOrder())),
			fld("search", sc(String)).param(),
		}
	})
}
