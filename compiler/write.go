package compiler

import (
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// compileWrite compiles updates, upserts and deletes.
func (x *cc) compileWrite(r *protocol.Request) error {
	mi, err := x.c.model(r.ModelName)
	if err != nil {
		return err
	}
	switch r.Action {
	case "updateOne":
		return x.compileUpdateOne(mi, r)
	case "updateMany", "updateManyAndReturn":
		return x.compileUpdateMany(mi, r)
	case "upsertOne":
		return x.compileUpsert(mi, r)
	case "deleteOne":
		return x.compileDeleteOne(mi, r)
	case "deleteMany":
		return x.compileDeleteMany(mi, r)
	}
	return errorf("P2009", "Unknown action `%s`", r.Action)
}

// steps collects the nodes of a write plan in evaluation order.
type steps = []plan.Node

// finish sets the plan's root to the steps followed by result, and asks
// for a transaction when more than one statement runs.
func (x *cc) finish(st []plan.Node, result plan.Node, res *plan.Result) {
	all := append(st, result)
	if len(all) == 1 {
		x.plan.Root = all[0]
	} else {
		x.plan.Root = &plan.Seq{Nodes: all}
	}
	x.plan.Result = res
	x.plan.Tx = statementCount(x.plan.Root) > 1
}

// statementCount counts the statements a plan may run.
func statementCount(n plan.Node) int {
	switch n := n.(type) {
	case *plan.Read:
		c := 0
		if n.Rows != nil {
			c += statementCount(n.Rows)
		} else {
			c++
		}
		for _, ch := range n.Children {
			c += statementCount(ch.Read)
		}
		return c
	case *plan.Query, *plan.Exec, *plan.RawQuery:
		return 1
	case *plan.Seq:
		c := 0
		for _, s := range n.Nodes {
			c += statementCount(s)
		}
		return c
	case *plan.Let:
		return statementCount(n.Expr)
	case *plan.Unique:
		return statementCount(n.Expr)
	case *plan.Sum:
		c := 0
		for _, s := range n.Nodes {
			c += statementCount(s)
		}
		return c
	case *plan.Concat:
		c := 0
		for _, s := range n.Nodes {
			c += statementCount(s)
		}
		return c
	case *plan.MakeRecord:
		if n.From != nil {
			return statementCount(n.From)
		}
	case *plan.Validate:
		return statementCount(n.Expr)
	case *plan.If:
		c := statementCount(n.Cond)
		if n.Then != nil {
			c += statementCount(n.Then)
		}
		if n.Else != nil {
			c += statementCount(n.Else)
		}
		return c
	case *plan.Diff:
		return statementCount(n.From) + statementCount(n.To)
	}
	return 0
}

// shapeOver returns a read that renders the records in slot (all scalars of
// mi) with the selection, when the selection has no relations or counts.
func (x *cc) shapeOver(mi *modelInfo, slot int, sel protocol.Value) (*plan.Read, *plan.Shape, bool, error) {
	lv := &level{mi: mi, alias: "", index: map[string]int{}}
	for _, f := range mi.scalars {
		lv.colOf(x, f)
	}
	n := len(lv.cols)
	shape, children, err := x.selection(lv, sel)
	if err != nil {
		return nil, nil, false, err
	}
	if len(children) > 0 || len(lv.cols) != n {
		return nil, nil, false, nil
	}
	return &plan.Read{Rows: &plan.Get{Slot: slot}}, shape, true, nil
}

// hasNestedSelection reports relations or _count in a selection.
func (x *cc) hasNestedSelection(mi *modelInfo, sel protocol.Value) bool {
	for i := range sel.Members {
		m := sel.Members[i]
		if m.Key == "_count" {
			return true
		}
		if fi := mi.fields[m.Key]; fi != nil && fi.f.Kind == schema.RelationField {
			if m.Value.Kind == protocol.Bool && !m.Value.Bool {
				continue
			}
			return true
		}
	}
	return false
}

// returnsUpdated reports whether UPDATE ... RETURNING gives the updated
// rows (Prisma's UpdateReturning capability).
func (x *cc) returnsUpdated() bool { return x.d.Has(dialect.Returning) }

// compileUpdateOne compiles updateOne.
func (x *cc) compileUpdateOne(mi *modelInfo, r *protocol.Request) error {
	where, data := r.Arguments.Get("where"), r.Arguments.Get("data")
	var st []plan.Node
	ref, nested, err := x.updateOneRecord(&st, mi, where, nil, data, updateCtx{top: true})
	if err != nil {
		return err
	}
	missing := missingRecord("an update")
	if !nested && !x.hasNestedSelection(mi, r.Selection) {
		rd, shape, ok, err := x.shapeOver(mi, ref.slot, r.Selection)
		if err != nil {
			return err
		}
		if ok {
			nonEmpty(&st, writtenRecords(ref), missing)
			x.finish(st, rd, &plan.Result{Kind: plan.ResultRecord, Shape: shape})
			return nil
		}
	}
	nonEmpty(&st, writtenRecords(ref), missing)
	rd, shape, err := x.readBack(mi, ref, r.Selection)
	if err != nil {
		return err
	}
	// The read back is not checked: null when the update moved the record
	// away from the ids it had (a nested write changing a key), as Prisma.
	x.finish(st, rd, &plan.Result{Kind: plan.ResultRecord, Shape: shape})
	return nil
}

// updateCtx says where an update of one record happens.
type updateCtx struct {
	// top: the top-level updateOne, which reads the record first when the
	// database cannot return updated rows or relations are emulated.
	top bool
	// upsert: the update branch of an emulated upsert.
	upsert bool
	// missing, when set, fails an empty selector: Prisma checks the record
	// of a nested update after the nested writes that run before its
	// update (a connect of a relation whose key it holds reports first).
	missing *plan.UserError
}

// updateOneRecord appends the steps updating one record of mi: the one
// matching where and, when selector is set, having the ids of the records
// in selector. Nested writes in data run around it as Prisma orders them.
// It returns the updated record (all scalars, empty when none matched) and
// whether data had nested writes.
func (x *cc) updateOneRecord(st *[]plan.Node, mi *modelInfo, where protocol.Value, selector *rowRef, data protocol.Value, uc updateCtx) (*rowRef, bool, error) {
	as, nested, err := x.updateData(mi, data)
	if err != nil {
		return nil, false, err
	}
	// Nested writes on relations whose foreign key is on mi run first and
	// add the key to the update.
	pre, err := x.nestedBeforeParent(st, mi, nested, false)
	if err != nil {
		return nil, false, err
	}
	as = mergeAssigns(as, pre.assigns)
	as = withUpdatedAt(mi, as)
	filter := x.whereCond(mi, where)

	var ref *rowRef
	readFirst := !x.returnsUpdated() || x.isRelModePrisma()
	switch {
	case selector == nil && readFirst:
		// Read the record first: its ids select the row to update, and the
		// emulated referential actions need its values.
		sel, err := x.loadRecords(st, mi, []cond{filter}, true)
		if err != nil {
			return nil, false, err
		}
		if err := x.emulateOnUpdateOrdered(st, mi, sel, as, true); err != nil {
			return nil, false, err
		}
		nonEmpty(st, sel, missingRecord("an update"))
		ref, err = x.updateSelected(st, mi, as, sel, filter)
		if err != nil {
			return nil, false, err
		}
	case selector != nil:
		if uc.missing != nil {
			nonEmpty(st, selector, uc.missing)
		}
		// Prisma visits the relations in reverse for the top-level upsert,
		// in schema order for nested updates and upserts.
		if err := x.emulateOnUpdateOrdered(st, mi, selector, as, uc.upsert); err != nil {
			return nil, false, err
		}
		ref, err = x.updateSelected(st, mi, as, selector, filter)
		if err != nil {
			return nil, false, err
		}
	default:
		if len(as) == 0 {
			ref, err = x.loadRecords(st, mi, []cond{filter}, true)
		} else {
			var stmt *plan.Stmt
			stmt, err = x.updateStmt(mi, as, []cond{filter}, true)
			if err == nil {
				ref = allScalarsRef(x.newSlot(), mi)
				*st = append(*st, &plan.Let{Slot: ref.slot, Expr: &plan.Query{Stmt: stmt}})
			}
		}
		if err != nil {
			return nil, false, err
		}
	}
	if err := x.nestedAfterParent(st, mi, ref, nested, pre, false); err != nil {
		return nil, false, err
	}
	return ref, len(nested) > 0, nil
}

// updateSelected updates the records of mi whose ids are those of the
// records in sel (and that match filter), and returns the updated records.
// Without RETURNING the records are read again by their new ids.
func (x *cc) updateSelected(st *[]plan.Node, mi *modelInfo, as []assign, sel *rowRef, filter cond) (*rowRef, error) {
	if len(as) == 0 {
		return sel, nil
	}
	conds := []cond{x.idInCond(mi, sel), filter}
	if x.returnsUpdated() {
		stmt, err := x.updateStmt(mi, as, conds, true)
		if err != nil {
			return nil, err
		}
		ref := allScalarsRef(x.newSlot(), mi)
		*st = append(*st, &plan.Let{Slot: ref.slot, Expr: &plan.Query{Stmt: stmt}})
		return ref, nil
	}
	stmt, err := x.updateStmt(mi, as, conds, false)
	if err != nil {
		return nil, err
	}
	*st = append(*st, &plan.Exec{Stmt: stmt})
	// Read the records again, by their ids after the update.
	ref, err := x.loadRecords(st, mi, []cond{x.newIDsCond(mi, sel, as)}, false)
	if err != nil {
		return nil, err
	}
	ref.written = writtenRecords(sel)
	return ref, nil
}

// newIDsCond selects the records of sel after an update that may have
// changed their ids: each id column compared with its new value, computed
// from the old one the way the UPDATE did.
func (x *cc) newIDsCond(mi *modelInfo, sel *rowRef, as []assign) cond {
	changed := false
	for _, f := range mi.ids {
		if hasAssign(as, f) {
			changed = true
		}
	}
	if !changed {
		return x.idInCond(mi, sel)
	}
	return func(b *sqlb, alias string) error {
		for i, f := range mi.ids {
			if i > 0 {
				b.s(" AND ")
			}
			b.col(alias, f.col).s(" = ")
			old, ok := sel.arg(f)
			if !ok {
				return errorf("P2009", "internal: id not available")
			}
			var a *assign
			for j := range as {
				if as[j].fi == f {
					a = &as[j]
				}
			}
			switch {
			case a == nil:
				b.arg(old)
			case a.op == "set":
				x.writeValue(b, f, a.arg)
			default:
				op := map[string]string{"increment": " + ", "decrement": " - ", "multiply": " * ", "divide": " / "}[a.op]
				b.s("(").arg(old).s(op).arg(a.arg).s(")")
			}
		}
		return nil
	}
}

// compileUpdateMany compiles updateMany and updateManyAndReturn.
func (x *cc) compileUpdateMany(mi *modelInfo, r *protocol.Request) error {
	where, data := r.Arguments.Get("where"), r.Arguments.Get("data")
	andReturn := r.Action == "updateManyAndReturn"
	if andReturn && !x.d.Has(dialect.CreateManyAndReturn) {
		return errorf("P2009", "Operation 'updateManyAndReturn' for model '%s' does not match any query.", mi.m.Name)
	}
	limit, hasLimit, err := x.limitArg(r.Arguments)
	if err != nil {
		return err
	}
	as, _, err := x.updateData(mi, data)
	if err != nil {
		return err
	}
	as = withUpdatedAt(mi, as)
	filter := x.whereCond(mi, where)
	if hasLimit {
		filter = x.limitCond(mi, where, limit)
	}
	var st []plan.Node
	conds := []cond{filter}
	if x.isRelModePrisma() && len(as) > 0 {
		sel, err := x.loadLimited(&st, mi, where, limit, hasLimit, false, as)
		if err != nil {
			return err
		}
		if err := x.emulateOnUpdate(&st, mi, sel, as); err != nil {
			return err
		}
		conds = []cond{x.idInCond(mi, sel)}
	}
	if !andReturn {
		if len(as) == 0 {
			// Nothing to write: Prisma runs a SELECT of the matching records
			// as a write statement, whose count is what the driver reports
			// for a SELECT (its rows, or 0).
			q, err := x.selectRecords(mi, conds, false)
			if err != nil {
				return err
			}
			var count plan.Node = &plan.Seq{Nodes: []plan.Node{q, &plan.Const{Value: int64(0)}}}
			if x.d.Has(dialect.SelectRowCount) {
				count = &plan.Sum{Nodes: []plan.Node{q}}
			}
			x.finish(st, count, &plan.Result{Kind: plan.ResultCount})
			return nil
		}
		stmt, err := x.updateStmt(mi, as, conds, false)
		if err != nil {
			return err
		}
		x.finish(st, &plan.Exec{Stmt: stmt}, &plan.Result{Kind: plan.ResultCount})
		return nil
	}
	var rows plan.Node
	if len(as) == 0 {
		q, err := x.selectRecords(mi, conds, false)
		if err != nil {
			return err
		}
		rows = q
	} else {
		stmt, err := x.updateStmt(mi, as, conds, true)
		if err != nil {
			return err
		}
		rows = &plan.Query{Stmt: stmt}
	}
	lv := &level{mi: mi, alias: "", index: map[string]int{}}
	for _, f := range mi.scalars {
		lv.colOf(x, f)
	}
	shape, children, err := x.selection(lv, r.Selection)
	if err != nil {
		return err
	}
	x.finish(st, &plan.Read{Rows: rows, Children: children, RelSlots: lv.rels}, &plan.Result{Kind: plan.ResultRecords, Shape: shape})
	return nil
}

// loadLimited loads the records an emulated (relationMode "prisma")
// updateMany/deleteMany with a limit writes, choosing them as Prisma 7.10
// does: it selects every matching record (its ids and the referenced fields
// the emulation reads: those updateMany updates, all for deleteMany; the
// columns decide the database's scan, and so the order) and keeps the first
// limit ones in memory. Prisma then emulates the referential actions for
// every matching record, also those it does not write (silently changing or
// deleting their children; difffuzz-relmode-update-many-limit); noengine
// for the kept ones only. as is the update's assignments (nil for
// deleteMany).
func (x *cc) loadLimited(steps *[]plan.Node, mi *modelInfo, where protocol.Value, limit int64, hasLimit, del bool, as []assign) (*rowRef, error) {
	if !hasLimit {
		return x.loadRecords(steps, mi, []cond{x.whereCond(mi, where)}, false)
	}
	want := map[*fieldInfo]bool{}
	for _, f := range mi.ids {
		want[f] = true
	}
	for _, fk := range x.fieldsPointingTo(mi) {
		l, err := x.linkOf(mi, fk.Relation.Opposite)
		if err != nil {
			return nil, err
		}
		for _, pf := range l.parentFields {
			if del || hasAssign(as, pf) {
				for _, f := range l.parentFields {
					want[f] = true
				}
			}
		}
	}
	var fields []*fieldInfo
	for _, f := range mi.scalars {
		if want[f] {
			fields = append(fields, f)
		}
	}
	return x.loadFields(steps, mi, fields, []cond{x.whereCond(mi, where)}, &plan.Process{Take: limit})
}

// loadFields appends "slot = SELECT fields ..." (processed by proc when
// set) and returns the slot's ref.
func (x *cc) loadFields(steps *[]plan.Node, mi *modelInfo, fields []*fieldInfo, conds []cond, proc *plan.Process) (*rowRef, error) {
	alias := x.newAlias()
	b := newSQL(x.d)
	b.s("SELECT ")
	ref := &rowRef{mi: mi, cols: map[string]int{}}
	for i, f := range fields {
		if i > 0 {
			b.s(", ")
		}
		b.col(alias, f.col)
		ref.cols[f.f.Name] = i
	}
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(alias).s(" WHERE ")
	if err := x.writeConds(b, alias, conds); err != nil {
		return nil, err
	}
	ref.slot = x.newSlot()
	*steps = append(*steps, &plan.Let{Slot: ref.slot, Expr: &plan.Read{Stmt: b.stmt(true), Process: proc}})
	return ref, nil
}

// limitArg reads the `limit` argument of updateMany/deleteMany (P2019 when negative).
func (x *cc) limitArg(args protocol.Value) (int64, bool, error) {
	l := args.Get("limit")
	if !l.Exists() || l.IsNull() {
		return 0, false, nil
	}
	n, ok := x.paramValue(l).Int64()
	if !ok || n < 0 {
		msg := "Provided limit (" + x.paramValue(l).String() + ") must be a positive integer."
		var w protocol.Writer
		w.Raw(`{"details":`)
		w.String(msg)
		w.Byte('}')
		return 0, false, &Error{Code: "P2019", Message: "Input error. " + msg, Meta: w.Bytes()}
	}
	return n, true, nil
}

// compileDeleteOne compiles deleteOne.
func (x *cc) compileDeleteOne(mi *modelInfo, r *protocol.Request) error {
	where := r.Arguments.Get("where")
	filter := x.whereCond(mi, where)
	missing := missingRecord("a delete")
	var st []plan.Node
	atomic := x.d.Has(dialect.Returning) && !x.hasNestedSelection(mi, r.Selection)
	if atomic {
		stmt, err := x.deleteStmt(mi, []cond{filter}, true)
		if err != nil {
			return err
		}
		ref := allScalarsRef(x.newSlot(), mi)
		st = append(st, &plan.Let{Slot: ref.slot, Expr: &plan.Query{Stmt: stmt}})
		if err := x.emulateOnDelete(&st, mi, ref); err != nil {
			return err
		}
		nonEmpty(&st, ref, missing)
		rd, shape, ok, err := x.shapeOver(mi, ref.slot, r.Selection)
		if err != nil {
			return err
		}
		if !ok {
			return errorf("P2009", "internal: deleteOne selection")
		}
		x.finish(st, rd, &plan.Result{Kind: plan.ResultRecord, Shape: shape})
		return nil
	}
	// Read the record (with the selection) first, then delete it.
	ra := readArgs{where: where, take: 1, hasTake: true, record: true}
	rd, shape, err := x.buildRead(mi, ra, r.Selection, nil)
	if err != nil {
		return err
	}
	resSlot := x.newSlot()
	st = append(st, &plan.Let{Slot: resSlot, Expr: rd})
	check(&st, resSlot, plan.RowCountNeq, 0, missing)
	if x.isRelModePrisma() {
		ids, err := x.loadRecords(&st, mi, []cond{filter}, true)
		if err != nil {
			return err
		}
		if err := x.emulateOnDelete(&st, mi, ids); err != nil {
			return err
		}
	}
	stmt, err := x.deleteStmt(mi, []cond{filter}, false)
	if err != nil {
		return err
	}
	st = append(st, &plan.Exec{Stmt: stmt})
	x.finish(st, &plan.Get{Slot: resSlot}, &plan.Result{Kind: plan.ResultRecord, Shape: shape})
	return nil
}

// compileDeleteMany compiles deleteMany.
func (x *cc) compileDeleteMany(mi *modelInfo, r *protocol.Request) error {
	where := r.Arguments.Get("where")
	limit, hasLimit, err := x.limitArg(r.Arguments)
	if err != nil {
		return err
	}
	filter := x.whereCond(mi, where)
	if hasLimit {
		filter = x.limitCond(mi, where, limit)
	}
	var st []plan.Node
	conds := []cond{filter}
	if x.isRelModePrisma() {
		sel, err := x.loadLimited(&st, mi, where, limit, hasLimit, true, nil)
		if err != nil {
			return err
		}
		// The top-level deleteMany visits the relations in reverse (Prisma).
		if err := x.emulateOnDeleteOrdered(&st, mi, sel, true); err != nil {
			return err
		}
		conds = []cond{x.idInCond(mi, sel)}
	}
	stmt, err := x.deleteStmt(mi, conds, false)
	if err != nil {
		return err
	}
	x.finish(st, &plan.Exec{Stmt: stmt}, &plan.Result{Kind: plan.ResultCount})
	return nil
}
