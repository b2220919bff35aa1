package schema

// build fills in the public data model from a resolved, valid schema.
func (d *db) build() *Schema {
	s := &Schema{
		Generators:   d.generators,
		modelsByName: map[string]*Model{},
		enumsByName:  map[string]*Enum{},
	}
	if d.datasource != nil {
		s.Datasource = d.datasource.out
	}
	for _, e := range d.enums {
		s.Enums = append(s.Enums, e.out)
		s.enumsByName[e.out.Name] = e.out
	}
	for _, c := range d.ctypes {
		for _, f := range c.fields {
			f.out.Default = d.buildDefault(f)
		}
		s.CompositeTypes = append(s.CompositeTypes, c.out)
	}
	for _, m := range d.models {
		s.Models = append(s.Models, m.out)
		s.modelsByName[m.out.Name] = m.out
		m.out.fieldsByName = make(map[string]*Field, len(m.fields))
		for _, f := range m.fields {
			m.out.fieldsByName[f.out.Name] = f.out
			f.out.Default = d.buildDefault(f)
		}
		if m.pk != nil {
			pk := &PrimaryKey{Model: m.out, Compound: m.pk.sourceField == nil}
			if m.pk.name != nil {
				pk.Name = *m.pk.name
			}
			if m.pk.mapped != nil {
				pk.DBName = *m.pk.mapped
			}
			pk.Clustered = m.pk.clustered
			for _, f := range m.pk.fields {
				pk.Fields = append(pk.Fields, f.f.out)
				pk.Sorts = append(pk.Sorts, f.sort)
				pk.Lengths = append(pk.Lengths, deref(f.length))
				f.f.out.IsID = true
			}
			m.out.PrimaryKey = pk
		}
		if m.shard != nil {
			m.out.ShardKey = outFields(m.shard.fields)
		}
		for _, ix := range m.indexes {
			out := &Index{Kind: ix.kind, Model: m.out, FieldLevel: ix.sourceField != nil,
				Algorithm: ix.algorithm, Clustered: ix.clustered, Where: ix.whereClause,
				Pos: d.lines.pos(ix.attr.span.start)}
			if ix.name != nil {
				out.Name = *ix.name
			}
			if ix.mapped != nil {
				out.DBName = *ix.mapped
			}
			for _, f := range ix.fields {
				out.Fields = append(out.Fields, f.f.out)
				out.Sorts = append(out.Sorts, f.sort)
				out.Lengths = append(out.Lengths, deref(f.length))
				out.Ops = append(out.Ops, f.ops)
				path := ""
				if len(f.path) > 0 {
					path = f.f.name()
					for _, p := range f.path {
						path += "." + p.name()
					}
				}
				out.Paths = append(out.Paths, path)
			}
			if ix.kind == UniqueIndex {
				m.out.Uniques = append(m.out.Uniques, out)
			} else {
				m.out.Indexes = append(m.out.Indexes, out)
			}
		}
	}
	for _, r := range d.relations {
		d.buildRelation(r)
	}
	s.Warnings = d.warns
	return s
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func outFields(fs []*field) []*Field {
	if fs == nil {
		return nil
	}
	out := make([]*Field, len(fs))
	for i, f := range fs {
		out[i] = f.out
	}
	return out
}

// buildRelation links both sides of a relation.
func (d *db) buildRelation(r *relation) {
	name := r.relationName()
	sides := []*field{r.fieldA, r.fieldB}
	rels := make([]*Relation, 2)
	for i, f := range sides {
		if f == nil {
			continue
		}
		rel := &Relation{Name: name, Field: f.out, Model: f.model.out, RelatedModel: f.related.out}
		switch r.kind {
		case relImplicitM2M, relEmbeddedM2M:
			rel.Kind = ManyToMany
		case relOneToOne:
			rel.Kind = OneToOne
		default:
			rel.Kind = OneToMany
		}
		if other := sides[1-i]; other != nil {
			rel.Opposite = other.out
		}
		rels[i] = rel
		f.out.Relation = rel
	}
	switch r.kind {
	case relOneToOne, relOneToMany:
		fwd := r.fieldA
		if fwd == nil {
			return
		}
		onDelete, onUpdate := d.effectiveOnDelete(fwd), d.effectiveOnUpdate(fwd)
		fk := ""
		if fwd.fkMap != nil {
			fk = *fwd.fkMap
		}
		for i, rel := range rels {
			if rel == nil {
				continue
			}
			rel.OnDelete, rel.OnUpdate = onDelete, onUpdate
			rel.OnDeleteSet, rel.OnUpdateSet = fwd.onDelete != nil, fwd.onUpdate != nil
			rel.FKName = fk
			if i == 0 {
				rel.Inline = true
				rel.Fields = outFields(fwd.fieldsArg)
				rel.References = outFields(fwd.refsArg)
				if len(rel.References) == 0 && len(rel.Fields) > 0 {
					rel.References = d.defaultReferences(r.modelB)
				}
			}
		}
	case relImplicitM2M:
		jt := &JoinTable{
			Name:   "_" + r.relationName(),
			AModel: r.modelA.out, BModel: r.modelB.out,
			AField: r.fieldB.out, BField: r.fieldA.out,
			Schema: r.modelA.out.Schema,
		}
		for _, rel := range rels {
			rel.OnDelete, rel.OnUpdate = Cascade, Cascade
			rel.JoinTable = jt
		}
	}
}

// defaultReferences are the fields of the referenced model's first strict
// unique criterion (InlineRelationWalker::referenced_fields).
func (d *db) defaultReferences(m *model) []*Field {
	if m.pk != nil {
		return outFields(indexFieldList(m.pk.fields))
	}
	for _, ix := range m.indexes {
		if ix.kind != UniqueIndex {
			continue
		}
		strict := true
		for _, f := range ix.fields {
			if !f.f.isRequired() || f.f.kind == fkUnsupported {
				strict = false
			}
		}
		if strict {
			return outFields(indexFieldList(ix.fields))
		}
	}
	return nil
}

func indexFieldList(fs []indexField) []*field {
	out := make([]*field, len(fs))
	for i, f := range fs {
		out[i] = f.f
	}
	return out
}
