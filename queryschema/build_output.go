package queryschema

import "github.com/noengine/noengine/schema"

func (b *builder) output(name string, model *schema.Model, modelNS bool, fill func(t *OutputObjectType)) *OutputObjectType {
	if t := b.q.outputs[name]; t != nil {
		return t
	}
	t := &OutputObjectType{Name: name, Model: model, IsModelNamespace: modelNS}
	b.q.outputs[name] = t
	fill(t)
	return t
}

func outObj(t *OutputObjectType) OutputTypeRef { return OutputTypeRef{Kind: ObjectType, Object: t} }
func outSc(s Scalar) OutputTypeRef             { return OutputTypeRef{Kind: ScalarType, Scalar: s} }

// modelOutput registers the model's output type (fields come later).
func (b *builder) modelOutput(m *schema.Model) *OutputObjectType {
	if t := b.q.outputs[m.Name]; t != nil {
		return t
	}
	t := &OutputObjectType{Name: m.Name, Model: m, IsModelNamespace: true}
	b.q.outputs[m.Name] = t
	return t
}

func (b *builder) fillModelOutput(m *schema.Model) {
	t := b.q.outputs[m.Name]
	for _, f := range modelFields(m) {
		t.Fields = append(t.Fields, b.mapOutputField(f))
	}
	var lists []*schema.Field
	for _, f := range relationFields(m) {
		if f.List {
			lists = append(lists, f)
		}
	}
	if len(lists) > 0 {
		ct := b.output(capitalize(m.Name)+"CountOutputType", nil, false, func(ct *OutputObjectType) {
			for _, rf := range lists {
				ct.Fields = append(ct.Fields, &OutputField{
					Name:       rf.Name,
					Args:       []*InputField{b.whereArg(relatedModel(rf))},
					Type:       outSc(Int),
					ModelField: rf,
				})
			}
		})
		t.Fields = append(t.Fields, &OutputField{Name: "_count", Type: outObj(ct)})
	}
}

func (b *builder) scalarOutputType(f *schema.Field) OutputTypeRef {
	var t OutputTypeRef
	if f.Kind == schema.EnumField {
		t = OutputTypeRef{Kind: EnumType, Enum: b.modelEnum(f.Enum)}
	} else {
		t = outSc(mapScalar(f.Scalar))
	}
	t.List = f.List
	return t
}

func (b *builder) mapOutputField(f *schema.Field) *OutputField {
	of := &OutputField{Name: f.Name, Nullable: !required(f), ModelField: f}
	if isRelation(f) {
		rm := relatedModel(f)
		of.Type = OutputTypeRef{Kind: ObjectType, Object: b.modelOutput(rm), List: f.List}
		switch {
		case f.List:
			of.Args = b.manyRecordsArgs(rm, true, false)
		case !required(f):
			of.Args = []*InputField{b.whereArg(rm)}
		}
	} else {
		of.Type = b.scalarOutputType(f)
	}
	return of
}

func (b *builder) whereArg(m *schema.Model) *InputField {
	return fld("where", obj(b.whereInput(m))).opt()
}

func (b *builder) whereUniqueArg(m *schema.Model) *InputField {
	return fld("where", obj(b.whereUniqueInput(m)))
}

func (b *builder) rlsArg() *InputField {
	e := b.relationLoadStrategy()
	if e == nil {
		return nil
	}
	return fld("relationLoadStrategy", en(e)).opt()
}

func appendNonNil(fs []*InputField, more ...*InputField) []*InputField {
	for _, f := range more {
		if f != nil {
			fs = append(fs, f)
		}
	}
	return fs
}

// manyRecordsArgs builds where, orderBy, cursor, take, skip (+ distinct,
// + relationLoadStrategy).
func (b *builder) manyRecordsArgs(m *schema.Model, distinct, rls bool) []*InputField {
	args := []*InputField{
		b.whereArg(m),
		b.orderByArg(m, orderByOptions{relations: true, fullTextSearch: b.q.fullTextSearch}),
	}
	if hasUniqueIdentifier(m) {
		args = append(args, fld("cursor", obj(b.whereUniqueInput(m))).opt())
	}
	args = append(args, fld("take", sc(Int)).opt(), fld("skip", sc(Int)).opt())
	if distinct {
		args = append(args, fld("distinct", listUnion(en(b.scalarFieldEnum(m)))...).opt())
	}
	if rls {
		args = appendNonNil(args, b.rlsArg())
	}
	return args
}

func (b *builder) root(t *OutputObjectType, m *schema.Model, action, name string, typ OutputTypeRef, nullable bool, args []*InputField) {
	f := &OutputField{Name: name, Args: args, Type: typ, Nullable: nullable, Action: action, Model: m}
	t.Fields = append(t.Fields, f)
	if m != nil {
		b.q.roots[rootKey{m, action}] = f
	} else {
		b.q.rawRoots[action] = f
	}
}

func (b *builder) queryType(models []*schema.Model) *OutputObjectType {
	t := &OutputObjectType{Name: "Query"}
	b.q.outputs["Query"] = t
	for _, m := range models {
		mo := outObj(b.q.outputs[m.Name])
		list := mo
		list.List = true
		b.root(t, m, "findFirst", "findFirst"+m.Name, mo, true, b.manyRecordsArgs(m, true, true))
		b.root(t, m, "findFirstOrThrow", "findFirst"+m.Name+"OrThrow", mo, true, b.manyRecordsArgs(m, true, true))
		b.root(t, m, "findMany", "findMany"+m.Name, list, false, b.manyRecordsArgs(m, true, true))
		b.root(t, m, "aggregate", "aggregate"+m.Name, outObj(b.aggregateOutput(m)), false, b.manyRecordsArgs(m, false, false))
		gb := outObj(b.groupByOutput(m))
		gb.List = true
		enumT := en(b.scalarFieldEnum(m))
		b.root(t, m, "groupBy", "groupBy"+m.Name, gb, false, []*InputField{
			b.whereArg(m),
			b.orderByArg(m, orderByOptions{aggregates: true}),
			fld("by", listOf(enumT), enumT),
			fld("having", obj(b.scalarWhereInput(m, true))).opt(),
			fld("take", sc(Int)).opt(),
			fld("skip", sc(Int)).opt(),
		})
		if hasUniqueIdentifier(m) {
			args := appendNonNil([]*InputField{b.whereUniqueArg(m)}, b.rlsArg())
			b.root(t, m, "findUnique", "findUnique"+m.Name, mo, true, args)
			args = appendNonNil([]*InputField{b.whereUniqueArg(m)}, b.rlsArg())
			b.root(t, m, "findUniqueOrThrow", "findUnique"+m.Name+"OrThrow", mo, true, args)
		}
	}
	return t
}

func (b *builder) mutationType(models []*schema.Model) *OutputObjectType {
	t := &OutputObjectType{Name: "Mutation"}
	b.q.outputs["Mutation"] = t
	affected := outObj(b.output("AffectedRowsOutput", nil, false, func(o *OutputObjectType) {
		o.Fields = []*OutputField{{Name: "count", Type: outSc(Int)}}
	}))
	for _, m := range models {
		if m.View {
			// Views are read-only.
			continue
		}
		mo := outObj(b.q.outputs[m.Name])
		if supportsCreate(m) {
			anyRequired := false
			for _, f := range modelFields(m) {
				if required(f) && (isRelation(f) || f.Default == nil) {
					anyRequired = true
				}
			}
			data := fld("data", b.createInputTypes(m, nil)...).optIf(!anyRequired)
			data.Default = &DefaultValue{EmptyObject: true}
			b.root(t, m, "createOne", "createOne"+m.Name, mo, false, appendNonNil([]*InputField{data}, b.rlsArg()))
			b.root(t, m, "upsertOne", "upsertOne"+m.Name, mo, false, appendNonNil([]*InputField{
				b.whereUniqueArg(m),
				fld("create", b.createInputTypes(m, nil)...),
				fld("update", b.updateInputTypes(m, nil)...),
			}, b.rlsArg()))
			if b.q.has(capCreateMany) {
				b.root(t, m, "createMany", "createMany"+m.Name, affected, false, b.createManyArgs(m))
			}
			if b.q.has(capInsertReturning) {
				out := outObj(b.andReturnOutput("CreateMany"+m.Name+"AndReturnOutputType", m))
				out.List = true
				b.root(t, m, "createManyAndReturn", "createMany"+m.Name+"AndReturn", out, false, b.createManyArgs(m))
			}
		}
		b.root(t, m, "deleteOne", "deleteOne"+m.Name, mo, true, appendNonNil([]*InputField{b.whereUniqueArg(m)}, b.rlsArg()))
		b.root(t, m, "updateOne", "updateOne"+m.Name, mo, true, appendNonNil([]*InputField{
			fld("data", b.updateInputTypes(m, nil)...),
			b.whereUniqueArg(m),
		}, b.rlsArg()))
		b.root(t, m, "updateMany", "updateMany"+m.Name, affected, false, b.updateManyArgs(m))
		if b.q.has(capUpdateReturning) {
			out := outObj(b.andReturnOutput("UpdateMany"+m.Name+"AndReturnOutputType", m))
			out.List = true
			b.root(t, m, "updateManyAndReturn", "updateMany"+m.Name+"AndReturn", out, false, b.updateManyArgs(m))
		}
		b.root(t, m, "deleteMany", "deleteMany"+m.Name, affected, false, []*InputField{
			b.whereArg(m),
			fld("limit", sc(Int)).opt(),
		})
	}
	if b.q.has(capSQLQueryRaw) {
		for _, name := range [...]string{"executeRaw", "queryRaw"} {
			params := fld("parameters", sc(JSONList)).opt()
			params.Default = &DefaultValue{}
			b.root(t, nil, name, name, outSc(JSON), false, []*InputField{fld("query", sc(String)), params})
		}
	}
	return t
}

func (b *builder) createManyArgs(m *schema.Model) []*InputField {
	args := []*InputField{fld("data", listUnion(obj(b.createManyInput(m, nil)))...)}
	if b.q.has(capCreateSkipDuplicates) {
		args = append(args, fld("skipDuplicates", sc(Boolean)).opt())
	}
	return args
}

func (b *builder) updateManyArgs(m *schema.Model) []*InputField {
	return []*InputField{
		fld("data", b.updateManyInputTypes(m, nil)...),
		b.whereArg(m),
		fld("limit", sc(Int)).opt(),
	}
}

func (b *builder) andReturnOutput(name string, m *schema.Model) *OutputObjectType {
	return b.output(name, m, true, func(t *OutputObjectType) {
		for _, f := range scalarFields(m) {
			t.Fields = append(t.Fields, b.mapOutputField(f))
		}
		for _, f := range relationFields(m) {
			if inlined(f) {
				t.Fields = append(t.Fields, b.mapOutputField(f))
			}
		}
	})
}

func (b *builder) aggregationFields(m *schema.Model) []*OutputField {
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
	name := capitalize(m.Name)
	var out []*OutputField
	agg := func(field, suffix string, fs []*schema.Field, count bool, typ func(*schema.Field) OutputTypeRef) {
		if len(fs) == 0 {
			return
		}
		t := b.output(name+suffix+"AggregateOutputType", nil, false, func(t *OutputObjectType) {
			for _, f := range fs {
				t.Fields = append(t.Fields, &OutputField{Name: f.Name, Type: typ(f), Nullable: !count, ModelField: f})
			}
			if count {
				t.Fields = append(t.Fields, &OutputField{Name: "_all", Type: outSc(Int)})
			}
		})
		out = append(out, &OutputField{Name: field, Type: outObj(t), Nullable: true})
	}
	agg("_count", "Count", all, true, func(*schema.Field) OutputTypeRef { return outSc(Int) })
	agg("_avg", "Avg", numeric, false, func(f *schema.Field) OutputTypeRef {
		if f.Scalar == schema.Decimal {
			return outSc(Decimal)
		}
		return outSc(Float)
	})
	agg("_sum", "Sum", numeric, false, b.scalarOutputType)
	agg("_min", "Min", nonListNonJSON, false, b.scalarOutputType)
	agg("_max", "Max", nonListNonJSON, false, b.scalarOutputType)
	return out
}

func (b *builder) aggregateOutput(m *schema.Model) *OutputObjectType {
	return b.output("Aggregate"+capitalize(m.Name), m, false, func(t *OutputObjectType) {
		t.Fields = b.aggregationFields(m)
	})
}

func (b *builder) groupByOutput(m *schema.Model) *OutputObjectType {
	return b.output(capitalize(m.Name)+"GroupByOutputType", m, false, func(t *OutputObjectType) {
		for _, f := range scalarFields(m) {
			t.Fields = append(t.Fields, &OutputField{Name: f.Name, Type: b.scalarOutputType(f), Nullable: !required(f), ModelField: f})
		}
		t.Fields = append(t.Fields, b.aggregationFields(m)...)
	})
}
