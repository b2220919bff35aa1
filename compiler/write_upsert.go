package compiler

import (
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// compileUpsert compiles upsertOne: a native INSERT ... ON CONFLICT DO
// UPDATE when Prisma would use one (write/upsert.rs,
// can_use_connector_native_upsert), else read, then update or create.
func (x *cc) compileUpsert(mi *modelInfo, r *protocol.Request) error {
	where, create, update := r.Arguments.Get("where"), r.Arguments.Get("create"), r.Arguments.Get("update")
	if cols, ok := x.nativeUpsertTarget(mi, where, create, update, r.Selection); ok {
		return x.nativeUpsert(mi, where, create, update, cols, r.Selection)
	}
	missing := missingRecord("an upsert")
	var st []plan.Node
	found, err := x.loadRecords(&st, mi, []cond{x.whereCond(mi, where)}, false)
	if err != nil {
		return err
	}
	var then, els []plan.Node
	updated, _, err := x.updateOneRecord(&then, mi, where, found, update, updateCtx{upsert: true})
	if err != nil {
		return err
	}
	nonEmpty(&then, writtenRecords(updated), missing)
	then = append(then, &plan.Get{Slot: updated.slot})
	created, err := x.createRecord(&els, mi, create, nil, nil)
	if err != nil {
		return err
	}
	nonEmpty(&els, created, missing)
	els = append(els, &plan.Get{Slot: created.slot})
	res := allScalarsRef(x.newSlot(), mi)
	st = append(st, &plan.Let{Slot: res.slot, Expr: ifNonEmpty(found.slot, then, els)})
	rd, shape, err := x.readBack(mi, res, r.Selection)
	if err != nil {
		return err
	}
	// Prisma answers the read back through getFirstNonEmpty: when the update
	// changed the record's id behind its back (a cascade from a nested
	// write), the read finds nothing and the answer is [], not null.
	x.finish(st, rd, &plan.Result{Kind: plan.ResultRecord, Shape: shape, MissingAsList: true})
	return nil
}

// nativeUpsertTarget decides whether Prisma uses a native upsert and
// returns the conflict target's fields: the dialect has one, relationMode
// is foreignKeys, the where names exactly one unique criterion and every
// where value equals the create value of the same field (parameters are
// shared between equal values), the update is not empty, and neither data
// nor selection has relations.
func (x *cc) nativeUpsertTarget(mi *modelInfo, where, create, update, sel protocol.Value) ([]*fieldInfo, bool) {
	if !x.d.Has(dialect.NativeUpsert) || x.isRelModePrisma() {
		return nil, false
	}
	if len(update.Members) == 0 || hasRelationKeys(mi, create) || hasRelationKeys(mi, update) {
		return nil, false
	}
	if x.hasNestedSelection(mi, sel) {
		return nil, false
	}
	var target []*fieldInfo
	uniques := 0
	for i := range where.Members {
		m := where.Members[i]
		if fi := mi.fields[m.Key]; fi != nil && fi.f.Kind != schema.RelationField {
			if isUniqueField(mi.m, fi.f) {
				uniques++
				target = []*fieldInfo{fi}
			}
		} else if crit := compoundCriterion(mi.m, m.Key); crit != nil {
			uniques++
			target = nil
			for _, f := range crit {
				target = append(target, mi.fields[f.Name])
			}
		}
		if !whereEqualsCreate(m.Key, m.Value, create) {
			return nil, false
		}
	}
	if uniques != 1 {
		return nil, false
	}
	return target, true
}

// whereEqualsCreate is Prisma's where_and_create_equal.
func whereEqualsCreate(key string, v, create protocol.Value) bool {
	if v.Kind == protocol.Object {
		if t, _ := v.TaggedType(); t == "" {
			for i := range v.Members {
				if !whereEqualsCreate(v.Members[i].Key, v.Members[i].Value, create) {
					return false
				}
			}
			return true
		}
	}
	c := create.Get(key)
	return c.Exists() && protocol.Equal(v, c)
}

// hasRelationKeys reports data naming a relation field.
func hasRelationKeys(mi *modelInfo, data protocol.Value) bool {
	for i := range data.Members {
		if fi := mi.fields[data.Members[i].Key]; fi != nil && fi.f.Kind == schema.RelationField {
			return true
		}
	}
	return false
}

// nativeUpsert compiles INSERT ... ON CONFLICT (target) DO UPDATE SET ...
// WHERE <where> RETURNING.
func (x *cc) nativeUpsert(mi *modelInfo, where, create, update protocol.Value, target []*fieldInfo, sel protocol.Value) error {
	var st []plan.Node
	cols, err := x.createColumns(&st, mi, create, nil)
	if err != nil {
		return err
	}
	as, _, err := x.updateData(mi, update)
	if err != nil {
		return err
	}
	as = withUpdatedAt(mi, as)
	b := newSQL(x.d)
	b.s("INSERT INTO ")
	x.table(b, mi)
	x.writeInsertColumns(b, mi, cols)
	b.s(" ON CONFLICT (")
	for i, f := range target {
		if i > 0 {
			b.s(", ")
		}
		b.ident(f.col)
	}
	b.s(") DO UPDATE SET ")
	x.writeAssigns(b, mi.table, as)
	b.s(" WHERE ")
	if err := x.writeWhereConds(b, mi.table, []cond{x.whereCond(mi, where)}); err != nil {
		return err
	}
	b.s(" RETURNING ")
	x.writeAllCols(b, mi, "")
	ref := allScalarsRef(x.newSlot(), mi)
	st = append(st, &plan.Let{Slot: ref.slot, Expr: &plan.Query{Stmt: b.stmt(false)}})
	rd, shape, ok, err := x.shapeOver(mi, ref.slot, sel)
	if err != nil {
		return err
	}
	if !ok {
		return errorf("P2009", "internal: native upsert selection")
	}
	x.finish(st, rd, &plan.Result{Kind: plan.ResultRecord, Shape: shape})
	return nil
}
