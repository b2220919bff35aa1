package schema

// Relation inference, following psl/parser-database/src/relations.rs.

type relKind uint8

const (
	relImplicitM2M relKind = iota
	relEmbeddedM2M
	relOneToOne
	relOneToMany
)

// relation is one relation between model A and model B. For 1:1 and 1:n
// relations model A holds the foreign key (fieldA is the forward field, which
// may be missing only in a back-only 1:n). For implicit m:n relations, model
// A is the model whose name sorts first (for self-relations: fieldA is the
// field whose name sorts first).
type relation struct {
	kind           relKind
	fieldA, fieldB *field
	modelA, modelB *model
	name           *string // explicit name
}

func (r *relation) isInline() bool { return r.kind == relOneToOne || r.kind == relOneToMany }

// relationName is the explicit name or Prisma's generated one.
func (r *relation) relationName() string {
	if r.name != nil {
		return *r.name
	}
	return generatedRelationName(r.modelA.name(), r.modelB.name())
}

// generatedRelationName joins the two model names, sorted, with "To".
func generatedRelationName(a, b string) string {
	if a < b {
		return a + "To" + b
	}
	return b + "To" + a
}

func sameName(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// fieldRelationName is the relation name as seen from one relation field.
func (f *field) relationName() string {
	if f.relName != nil {
		return *f.relName
	}
	return generatedRelationName(f.model.name(), f.related.name())
}

func (d *db) inferRelations() {
	for _, m := range d.models {
		for _, f := range m.fields {
			if f.kind == fkRelation {
				d.ingestRelation(f)
			}
		}
	}
}

// opposite finds the back-relation field of f (relation_evidence).
func (d *db) opposite(f *field) *field {
	for _, of := range f.related.fields {
		if of.kind != fkRelation || of.related != f.model {
			continue
		}
		if of == f {
			continue
		}
		if sameName(of.relName, f.relName) {
			return of
		}
	}
	return nil
}

func (d *db) ingestRelation(f *field) {
	opp := d.opposite(f)
	m, om := f.model, f.related
	self := m == om
	r := &relation{name: f.relName}
	switch {
	case f.isList() && opp != nil && opp.isList():
		if m.name() > om.name() {
			return
		}
		if self && f.name() > opp.name() {
			return
		}
		r.kind = relImplicitM2M
		if f.hasFields || opp.hasFields {
			r.kind = relEmbeddedM2M
		}
		r.fieldA, r.fieldB = f, opp
	case f.isRequired() && opp != nil && opp.isOptional():
		r.kind, r.fieldA, r.fieldB = relOneToOne, f, opp
	case f.isRequired() && opp != nil && opp.isRequired():
		if less2(om.name(), opp.name(), m.name(), f.name()) {
			return
		}
		r.kind, r.fieldA, r.fieldB = relOneToOne, f, opp
	case f.isOptional() && opp != nil && opp.isRequired():
		return
	case f.isOptional() && opp != nil && opp.isOptional():
		switch {
		case f.hasFields:
			r.kind, r.fieldA, r.fieldB = relOneToOne, f, opp
		case !opp.hasFields:
			if less2(om.name(), opp.name(), m.name(), f.name()) {
				return
			}
			r.kind, r.fieldA, r.fieldB = relOneToOne, f, opp
		default:
			return
		}
	case f.isList() && opp != nil:
		return
	case f.isList():
		// back-only 1:n: model A is the referenced model
		r.kind, r.fieldB = relOneToMany, f
		r.modelA, r.modelB = om, m
	case opp != nil:
		r.kind, r.fieldA, r.fieldB = relOneToMany, f, opp
	default:
		// forward-only: 1:1 when the referencing fields are unique
		r.kind, r.fieldA = relOneToMany, f
		if f.hasFields && d.fieldsAreUnique(m, f.fieldsArg) {
			r.kind = relOneToOne
		}
	}
	if r.modelA == nil {
		r.modelA, r.modelB = m, om
	}
	d.relations = append(d.relations, r)
	if r.fieldA != nil {
		r.fieldA.rel = r
	}
	if r.fieldB != nil {
		r.fieldB.rel = r
	}
}

// less2 compares [a1, a2] < [b1, b2] lexicographically.
func less2(a1, a2, b1, b2 string) bool {
	if a1 != b1 {
		return a1 < b1
	}
	return a2 < b2
}

// fieldsAreUnique reports whether a unique index covers exactly fields.
func (d *db) fieldsAreUnique(m *model, fields []*field) bool {
	for _, ix := range m.indexes {
		if ix.kind != UniqueIndex || len(ix.fields) != len(fields) {
			continue
		}
		same := true
		for i := range fields {
			if ix.fields[i].f != fields[i] || len(ix.fields[i].path) > 0 {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// forward and back return the two sides of an inline relation.
func (r *relation) forward() *field { return r.fieldA }
func (r *relation) back() *field    { return r.fieldB }

// referentialArity is the arity used for default referential actions: the
// relation counts as required when any referencing scalar field is required.
func (f *field) referentialRequired() bool {
	for _, sf := range f.fieldsArg {
		if sf.isRequired() {
			return true
		}
	}
	return f.isRequired()
}

// effectiveOnDelete is the explicit onDelete or Prisma's default
// (psl-core walker_ext_traits.rs CompleteInlineRelationWalkerExt::on_delete).
func (d *db) effectiveOnDelete(fwd *field) ReferentialAction {
	if fwd.onDelete != nil {
		return fwd.onDelete.action
	}
	if fwd.referentialRequired() {
		if d.conn.supportsAction(d.relMode, Restrict) {
			return Restrict
		}
		return NoAction
	}
	return SetNull
}

// effectiveOnUpdate is the explicit onUpdate or Cascade.
func (d *db) effectiveOnUpdate(fwd *field) ReferentialAction {
	if fwd.onUpdate != nil {
		return fwd.onUpdate.action
	}
	return Cascade
}
