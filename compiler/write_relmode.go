package compiler

import (
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/schema"
)

// Referential actions emulated by the plan when relationMode = "prisma"
// (no foreign keys in the database), as Prisma's
// query_graph_builder/write/utils.rs does: before records are deleted or
// their referenced fields updated, the records pointing at them are
// checked (Restrict, NoAction), updated (SetNull, Cascade on update) or
// deleted (Cascade on delete), recursively.

// maxEmulationDepth bounds the recursion through cascades (a cycle of
// cascading relations would otherwise never end).
const maxEmulationDepth = 16

// fieldsPointingTo returns the relation fields holding a foreign key to mi,
// in schema order.
func (x *cc) fieldsPointingTo(mi *modelInfo) []*schema.Field {
	var out []*schema.Field
	for _, m := range x.c.schema.Models {
		if m.Ignored {
			continue
		}
		for _, f := range m.Fields {
			if f.Kind != schema.RelationField || f.Relation == nil || !f.Relation.Inline {
				continue
			}
			if f.Relation.Kind == schema.ManyToMany || f.Relation.RelatedModel != mi.m {
				continue
			}
			out = append(out, f)
		}
	}
	return out
}

// emulateOnDelete appends the emulated onDelete actions for the records of
// mi in sel, which are about to be (or were just) deleted.
func (x *cc) emulateOnDelete(st *[]plan.Node, mi *modelInfo, sel *rowRef) error {
	if !x.isRelModePrisma() {
		return nil
	}
	return x.emulateOnDeleteDepth(st, mi, sel, 0, false)
}

// emulateOnDeleteOrdered is emulateOnDelete; reversed visits the relations
// pointing at mi in reverse schema order (and so do the cascades), as Prisma's
// top-level deleteMany does.
func (x *cc) emulateOnDeleteOrdered(st *[]plan.Node, mi *modelInfo, sel *rowRef, reversed bool) error {
	if !x.isRelModePrisma() {
		return nil
	}
	return x.emulateOnDeleteDepth(st, mi, sel, 0, reversed)
}

func (x *cc) emulateOnDeleteDepth(st *[]plan.Node, mi *modelInfo, sel *rowRef, depth int, reversed bool) error {
	if depth > maxEmulationDepth {
		return nil
	}
	fks := x.fieldsPointingTo(mi)
	if reversed {
		fks = reversedFields(fks)
	}
	for _, fk := range fks {
		back := fk.Relation.Opposite
		l, err := x.linkOf(mi, back)
		if err != nil {
			return err
		}
		switch fk.Relation.OnDelete {
		case schema.Restrict, schema.NoAction:
			dep, err := x.loadChildren(st, l, sel, nil)
			if err != nil {
				return err
			}
			check(st, dep.slot, plan.RowCountEq, 0, relationViolation(back))
		case schema.SetNull:
			nullable := nullableFKs(l)
			if len(nullable) == 0 {
				continue
			}
			dep, err := x.loadChildren(st, l, sel, nil)
			if err != nil {
				return err
			}
			as := nullAssigns(nullable)
			if err := x.emulateOverlapping(st, l.cmi, fk, dep, as, depth); err != nil {
				return err
			}
			stmt, err := x.updateStmt(l.cmi, as, []cond{x.idInCond(l.cmi, dep)}, false)
			if err != nil {
				return err
			}
			*st = append(*st, &plan.Exec{Stmt: stmt})
		case schema.Cascade:
			dep, err := x.loadChildren(st, l, sel, nil)
			if err != nil {
				return err
			}
			if err := x.emulateOnDeleteDepth(st, l.cmi, dep, depth+1, reversed); err != nil {
				return err
			}
			stmt, err := x.deleteStmt(l.cmi, []cond{x.idInCond(l.cmi, dep)}, false)
			if err != nil {
				return err
			}
			*st = append(*st, &plan.Exec{Stmt: stmt})
		}
	}
	return nil
}

// nullableFKs are the optional foreign key fields of a relation (the ones
// SetNull can clear).
func nullableFKs(l *relationLink) []*fieldInfo {
	var out []*fieldInfo
	for _, f := range l.childFields {
		if !f.f.Required() {
			out = append(out, f)
		}
	}
	return out
}

// emulateOverlapping runs the onUpdate emulations of the relations
// pointing at model cmi whose referenced fields share a column with fk's
// foreign key, for the records in dep whose columns as are about to change
// (Prisma's collect_overlapping_relation_fields).
func (x *cc) emulateOverlapping(st *[]plan.Node, cmi *modelInfo, fk *schema.Field, dep *rowRef, as []assign, depth int) error {
	cols := map[string]bool{}
	for _, f := range fk.Relation.Fields {
		cols[f.Name] = true
	}
	for _, f := range cmi.m.Fields {
		if f.Kind != schema.RelationField || f == fk || f.Relation == nil || f.Relation.Kind == schema.ManyToMany || f.Relation.Inline {
			continue
		}
		other := f.Relation.Opposite
		if other == nil || other.Relation == nil {
			continue
		}
		shares := false
		for _, kf := range other.Relation.References {
			if cols[kf.Name] {
				shares = true
			}
		}
		if !shares {
			continue
		}
		if err := x.emulateOnUpdateField(st, cmi, dep, as, other, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// emulateOnUpdate appends the emulated onUpdate actions for the records of
// mi in sel (read before the update), whose columns as are about to change.
func (x *cc) emulateOnUpdate(st *[]plan.Node, mi *modelInfo, sel *rowRef, as []assign) error {
	return x.emulateOnUpdateOrdered(st, mi, sel, as, false)
}

// emulateOnUpdateOrdered is emulateOnUpdate; reversed visits the relations
// in reverse schema order, as Prisma's updateOne and upsert do.
func (x *cc) emulateOnUpdateOrdered(st *[]plan.Node, mi *modelInfo, sel *rowRef, as []assign, reversed bool) error {
	if !x.isRelModePrisma() || len(as) == 0 {
		return nil
	}
	fks := x.fieldsPointingTo(mi)
	if reversed {
		for i, j := 0, len(fks)-1; i < j; i, j = i+1, j-1 {
			fks[i], fks[j] = fks[j], fks[i]
		}
	}
	for _, fk := range fks {
		if err := x.emulateOnUpdateField(st, mi, sel, as, fk, 0); err != nil {
			return err
		}
	}
	return nil
}

// emulateOnUpdateField emulates fk's onUpdate action (fk points at mi).
func (x *cc) emulateOnUpdateField(st *[]plan.Node, mi *modelInfo, sel *rowRef, as []assign, fk *schema.Field, depth int) error {
	if depth > maxEmulationDepth {
		return nil
	}
	back := fk.Relation.Opposite
	l, err := x.linkOf(mi, back)
	if err != nil {
		return err
	}
	updated := false
	for _, pf := range l.parentFields {
		if hasAssign(as, pf) {
			updated = true
		}
	}
	if !updated {
		return nil
	}
	switch fk.Relation.OnUpdate {
	case schema.Restrict, schema.NoAction:
		dep, err := x.loadChildren(st, l, sel, nil)
		if err != nil {
			return err
		}
		check(st, dep.slot, plan.RowCountEq, 0, relationViolation(back))
	case schema.SetNull:
		nullable := nullableFKs(l)
		if len(nullable) == 0 {
			return nil
		}
		dep, err := x.loadChildren(st, l, sel, nil)
		if err != nil {
			return err
		}
		cas := nullAssigns(nullable)
		if err := x.emulateOverlapping(st, l.cmi, fk, dep, cas, depth); err != nil {
			return err
		}
		stmt, err := x.updateStmt(l.cmi, cas, []cond{x.idInCond(l.cmi, dep)}, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
	case schema.Cascade:
		var cas []assign
		for i, pf := range l.parentFields {
			for _, a := range as {
				if a.fi == pf {
					ca := a
					ca.fi = l.childFields[i]
					ca.arg.Type = l.childFields[i].argType
					ca.arg.Type.List = false
					cas = append(cas, ca)
				}
			}
		}
		dep, err := x.loadChildren(st, l, sel, nil)
		if err != nil {
			return err
		}
		for _, gfk := range x.fieldsPointingTo(l.cmi) {
			if err := x.emulateOnUpdateField(st, l.cmi, dep, cas, gfk, depth+1); err != nil {
				return err
			}
		}
		stmt, err := x.updateStmt(l.cmi, cas, []cond{x.idInCond(l.cmi, dep)}, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
	}
	return nil
}

// reversedFields returns fs in reverse order (a new slice).
func reversedFields(fs []*schema.Field) []*schema.Field {
	out := make([]*schema.Field, len(fs))
	for i, f := range fs {
		out[len(fs)-1-i] = f
	}
	return out
}
