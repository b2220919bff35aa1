package compiler

import (
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// Nested writes, as Prisma's query graph builder orders and checks them
// (query-compiler/core/src/query_graph_builder/write/nested/*.rs). The
// parent is the record being created or updated; rf is the relation field
// on the parent's model and "child" the related model. Operations on a
// relation whose foreign key lives on the parent (create, connect and
// connectOrCreate of a to-one relation) run before the parent's write and
// give it the key; all others run after it, with the parent's record.

// dependent operations named in MISSING_RELATED_RECORD errors.
func inlineRelation(m *modelInfo) string {
	return "inline the relation on '" + m.m.Name + "' record(s)"
}
func createInlined(m *modelInfo) string {
	return "create inlined relation for '" + m.m.Name + "' record(s)"
}
func updateInlined(m *modelInfo) string {
	return "update inlined relation for '" + m.m.Name + "' record(s)"
}
func createOrConnectInlined(m *modelInfo) string {
	return "create or connect inlined relation for '" + m.m.Name + "' record(s)"
}
func findRecords(m *modelInfo) string { return "find '" + m.m.Name + "' record(s)" }

// nestedPre is what the nested writes that run before the parent's write
// leave for it.
type nestedPre struct {
	assigns []assign
	// after holds, per nested write and operation, the continuation to run
	// after the parent's write (nil: the operation is done).
	done  map[[2]int]bool
	after map[[2]int]func(st *[]plan.Node, parent *rowRef) error
}

// fkOnParent reports a to-one relation whose foreign key is on rf's model.
func fkOnParent(rf *schema.Field) bool {
	return rf.Relation.Kind != schema.ManyToMany && rf.Relation.Inline
}

// nestedBeforeParent runs the operations that must precede the parent's
// write and returns the foreign key assignments they produce. As in
// Prisma's query graph (each operation is swapped in as the parent of the
// parent's write), the operations run in reverse input order, each with its
// own checks, and their non-empty validations then follow in input order.
func (x *cc) nestedBeforeParent(st *[]plan.Node, pmi *modelInfo, nested []nestedWrite, parentIsCreate bool) (*nestedPre, error) {
	pre := &nestedPre{done: map[[2]int]bool{}, after: map[[2]int]func(*[]plan.Node, *rowRef) error{}}
	type preOp struct {
		key   [2]int
		l     *relationLink
		child *rowRef
		vals  []plan.Node
	}
	var ops []*preOp
	for n := len(nested) - 1; n >= 0; n-- {
		nw := nested[n]
		childConnect := nw.rf.Relation.Kind == schema.OneToOne && !nw.rf.Relation.Inline
		if !fkOnParent(nw.rf) && !childConnect {
			continue
		}
		l, err := x.linkOf(pmi, nw.rf)
		if err != nil {
			return nil, err
		}
		for i := len(nw.ops.Members) - 1; i >= 0; i-- {
			op := nw.ops.Members[i]
			var child *rowRef
			var after func(*[]plan.Node, *rowRef) error
			var vals []plan.Node
			switch {
			case childConnect && op.Key == "connect" && parentIsCreate:
				after, err = x.preConnectChild(st, &vals, l, op.Value)
			case childConnect && op.Key == "connect":
				after, err = x.preConnectChildUpdate(st, l, op.Value)
			case childConnect:
				continue
			case op.Key == "create":
				child, after, err = x.preCreate(st, &vals, l, op.Value, parentIsCreate)
			case op.Key == "connect":
				child, after, err = x.preConnect(st, &vals, l, op.Value, parentIsCreate)
			case op.Key == "connectOrCreate":
				child, after, err = x.preConnectOrCreate(st, l, op.Value, parentIsCreate)
			default:
				continue
			}
			if err != nil {
				return nil, err
			}
			key := [2]int{n, i}
			pre.done[key] = true
			if after != nil {
				pre.after[key] = after
			}
			ops = append(ops, &preOp{key: key, l: l, child: child, vals: vals})
		}
	}
	for k := len(ops) - 1; k >= 0; k-- {
		o := ops[k]
		*st = append(*st, o.vals...)
		if o.child != nil {
			as, err := fkAssigns(o.l.parentFields, o.child, o.l.childFields)
			if err != nil {
				return nil, err
			}
			pre.assigns = mergeAssigns(pre.assigns, as)
		}
	}
	return pre, nil
}

// mergeAssigns adds as to dst, replacing assignments of the same fields.
func mergeAssigns(dst, as []assign) []assign {
	for _, a := range as {
		replaced := false
		for i := range dst {
			if dst[i].fi == a.fi {
				dst[i] = a
				replaced = true
			}
		}
		if !replaced {
			dst = append(dst, a)
		}
	}
	return dst
}

// nestedAfterParent runs the remaining operations with the parent's record.
//
// A nested create whose record has writes run before its insert comes after
// the parent's other nested operations, the last such create first: Prisma
// swaps those writes in as new children of the parent when it finalizes
// the query graph (QueryGraph::swap_marked, in reverse marking order), and
// children run in the order their edges were created.
func (x *cc) nestedAfterParent(st *[]plan.Node, pmi *modelInfo, parent *rowRef, nested []nestedWrite, pre *nestedPre, parentIsCreate bool) error {
	var deferred [][]plan.Node
	if err := x.nestedAfterParentOps(st, &deferred, pmi, parent, nested, pre, parentIsCreate); err != nil {
		return err
	}
	for k := len(deferred) - 1; k >= 0; k-- {
		*st = append(*st, deferred[k]...)
	}
	return nil
}

func (x *cc) nestedAfterParentOps(st *[]plan.Node, deferred *[][]plan.Node, pmi *modelInfo, parent *rowRef, nested []nestedWrite, pre *nestedPre, parentIsCreate bool) error {
	for n, nw := range nested {
		l, err := x.linkOf(pmi, nw.rf)
		if err != nil {
			return err
		}
		for i := range nw.ops.Members {
			op := nw.ops.Members[i]
			key := [2]int{n, i}
			if pre != nil && pre.done[key] {
				if f := pre.after[key]; f != nil {
					if err := f(st, parent); err != nil {
						return err
					}
				}
				continue
			}
			if op.Key == "create" {
				err = x.nestedCreate(st, deferred, l, parent, op.Value, parentIsCreate)
			} else {
				err = x.nestedOp(st, l, parent, op.Key, op.Value, parentIsCreate)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// nestedOp compiles one nested operation that runs after the parent's write.
func (x *cc) nestedOp(st *[]plan.Node, l *relationLink, parent *rowRef, op string, v protocol.Value, parentIsCreate bool) error {
	switch op {
	case "create":
		return x.nestedCreate(st, nil, l, parent, v, parentIsCreate)
	case "createMany":
		return x.nestedCreateMany(st, l, parent, v)
	case "connect":
		return x.nestedConnect(st, l, parent, v, parentIsCreate)
	case "connectOrCreate":
		return x.nestedConnectOrCreate(st, l, parent, v, parentIsCreate)
	case "disconnect":
		return x.nestedDisconnect(st, l, parent, v)
	case "set":
		return x.nestedSet(st, l, parent, v)
	case "update":
		return x.nestedUpdate(st, l, parent, v)
	case "updateMany":
		return x.nestedUpdateMany(st, l, parent, v)
	case "upsert":
		return x.nestedUpsert(st, l, parent, v)
	case "delete":
		return x.nestedDelete(st, l, parent, v)
	case "deleteMany":
		return x.nestedDeleteMany(st, l, parent, v)
	}
	return errorf("P2009", "Unknown nested operation `%s` on `%s`", op, l.rf.Name)
}

// childFK returns the assignments of the child's foreign key to the
// parent's referenced fields (relations with the key on the child).
func childFK(l *relationLink, parent *rowRef) ([]assign, error) {
	return fkAssigns(l.childFields, parent, l.parentFields)
}

func fkInsertCols(as []assign) []insertCol {
	cols := make([]insertCol, len(as))
	for i, a := range as {
		cols[i] = insertCol{fi: a.fi, arg: a.arg}
	}
	return cols
}

// uniqueFilters returns the where inputs of a list (or single) value,
// without duplicates (equal parameters compare equal).
func uniqueFilters(v protocol.Value) []protocol.Value {
	var out []protocol.Value
	for _, w := range listOf(v) {
		dup := false
		for _, o := range out {
			if protocol.Equal(o, w) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// ---- create ----

// preCreate creates the related record of a to-one relation whose key is
// on the parent, before the parent.
func (x *cc) preCreate(st, vst *[]plan.Node, l *relationLink, data protocol.Value, parentIsCreate bool) (*rowRef, func(*[]plan.Node, *rowRef) error, error) {
	rf := l.rf
	child, err := x.createRecord(st, l.cmi, data, nil, rf.Relation.Opposite)
	if err != nil {
		return nil, nil, err
	}
	if rf.Relation.Kind == schema.OneToMany {
		nonEmpty(vst, child, relatedMissing(l.cmi.m.Name, rf, "a nested create", inlineRelation(l.pmi)))
		return child, nil, nil
	}
	nonEmpty(vst, child, relatedMissing(l.cmi.m.Name, rf, "a nested create", createInlined(l.pmi)))
	if parentIsCreate {
		return child, nil, nil
	}
	after := func(st *[]plan.Node, parent *rowRef) error {
		if err := x.existing1to1Checks(st, l.pmi, parent, rf); err != nil {
			return err
		}
		e := relatedMissing(l.pmi.m.Name, rf, "a nested create", updateInlined(l.cmi))
		nonEmpty(st, child, e)
		nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a nested create", updateInlined(l.pmi)))
		return x.setParentFK(st, l, parent, child)
	}
	return child, after, nil
}

// setParentFK updates the parent's foreign key to the child's key (an
// injected write argument: @updatedAt is maintained).
func (x *cc) setParentFK(st *[]plan.Node, l *relationLink, parent, child *rowRef) error {
	as, err := fkAssigns(l.parentFields, child, l.childFields)
	if err != nil {
		return err
	}
	stmt, err := x.updateStmt(l.pmi, withUpdatedAt(l.pmi, as), []cond{x.idInCond(l.pmi, parent)}, false)
	if err != nil {
		return err
	}
	*st = append(*st, &plan.Exec{Stmt: stmt})
	return nil
}

// setChildFK sets the foreign key of the children in sel to the parent
// (an injected write argument: @updatedAt is maintained). extra narrows
// the updated records.
func (x *cc) setChildFK(st *[]plan.Node, l *relationLink, parent *rowRef, conds []cond) (*plan.Exec, error) {
	as, err := childFK(l, parent)
	if err != nil {
		return nil, err
	}
	stmt, err := x.updateStmt(l.cmi, withUpdatedAt(l.cmi, as), conds, false)
	if err != nil {
		return nil, err
	}
	e := &plan.Exec{Stmt: stmt}
	*st = append(*st, e)
	return e, nil
}

// nullChildFK clears the foreign key of the child records matching conds
// (a disconnect: @updatedAt is not touched).
func (x *cc) nullChildFK(st *[]plan.Node, l *relationLink, conds []cond) error {
	stmt, err := x.updateStmt(l.cmi, nullAssigns(l.childFields), conds, false)
	if err != nil {
		return err
	}
	*st = append(*st, &plan.Exec{Stmt: stmt})
	return nil
}

// createChild creates a record under a parent; then runs right after it
// (its link to the parent). When the record's creation has writes run
// before its insert and deferred is not nil, all of it is deferred (see
// nestedAfterParent).
func (x *cc) createChild(st *[]plan.Node, deferred *[][]plan.Node, mi *modelInfo, data protocol.Value, fixed []insertCol, parentRel *schema.Field, checks []plan.Node, then func(st *[]plan.Node, child *rowRef) error) error {
	var tmp []plan.Node
	child, swapped, err := x.createRecordChecked(&tmp, mi, data, fixed, parentRel, checks)
	if err != nil {
		return err
	}
	if then != nil {
		if err := then(&tmp, child); err != nil {
			return err
		}
	}
	if swapped && deferred != nil {
		*deferred = append(*deferred, tmp)
	} else {
		*st = append(*st, tmp...)
	}
	return nil
}

func (x *cc) nestedCreate(st *[]plan.Node, deferred *[][]plan.Node, l *relationLink, parent *rowRef, v protocol.Value, parentIsCreate bool) error {
	rf := l.rf
	items := listOf(v)
	switch {
	case l.m2m():
		if len(items) > 1 && x.returnsUpdated() && !anyNested(l.cmi, items) {
			rows, err := x.insertManyReturning(st, l.cmi, items, nil)
			if err != nil {
				return err
			}
			return x.connectRecords(st, l, parent, rows, len(items))
		}
		for _, item := range items {
			err := x.createChild(st, deferred, l.cmi, item, nil, rf.Relation.Opposite, nil, func(st *[]plan.Node, child *rowRef) error {
				return x.connectRecords(st, l, parent, child, 1)
			})
			if err != nil {
				return err
			}
		}
		return nil
	case rf.Relation.Kind == schema.OneToMany:
		if len(items) > 1 && !anyNested(l.cmi, items) {
			nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a nested create", inlineRelation(l.cmi)))
			fk, err := childFK(l, parent)
			if err != nil {
				return err
			}
			n, err := x.insertMany(l.cmi, protocol.Value{Kind: protocol.Array, Members: membersOf(items)}, fkInsertCols(fk), false)
			if err != nil {
				return err
			}
			*st = append(*st, n)
			return nil
		}
		for _, item := range items {
			var chk []plan.Node
			nonEmpty(&chk, parent, relatedMissing(l.pmi.m.Name, rf, "a nested create", inlineRelation(l.pmi)))
			fk, err := childFK(l, parent)
			if err != nil {
				return err
			}
			if err := x.createChild(st, deferred, l.cmi, item, fkInsertCols(fk), rf.Relation.Opposite, chk, nil); err != nil {
				return err
			}
		}
		return nil
	}
	// One-to-one with the key on the child.
	if len(items) == 0 {
		return nil
	}
	if !parentIsCreate {
		if err := x.existing1to1Checks(st, l.pmi, parent, rf); err != nil {
			return err
		}
	}
	var chk []plan.Node
	nonEmpty(&chk, parent, relatedMissing(l.pmi.m.Name, rf, "a nested create", createInlined(l.cmi)))
	fk, err := childFK(l, parent)
	if err != nil {
		return err
	}
	return x.createChild(st, deferred, l.cmi, items[len(items)-1], fkInsertCols(fk), rf.Relation.Opposite, chk, nil)
}

func membersOf(items []protocol.Value) []protocol.Member {
	ms := make([]protocol.Member, len(items))
	for i, it := range items {
		ms[i] = protocol.Member{Value: it}
	}
	return ms
}

// anyNested reports create inputs with nested writes.
func anyNested(mi *modelInfo, items []protocol.Value) bool {
	for _, it := range items {
		for i := range it.Members {
			if fi := mi.fields[it.Members[i].Key]; fi != nil && fi.f.Kind == schema.RelationField {
				return true
			}
		}
	}
	return false
}

// insertManyReturning inserts several records (createMany ... RETURNING)
// and returns them.
func (x *cc) insertManyReturning(st *[]plan.Node, mi *modelInfo, items []protocol.Value, fixed []insertCol) (*rowRef, error) {
	q, err := x.insertManyQuery(mi, items, fixed, false)
	if err != nil {
		return nil, err
	}
	ref := allScalarsRef(x.newSlot(), mi)
	*st = append(*st, &plan.Let{Slot: ref.slot, Expr: q})
	return ref, nil
}

func (x *cc) nestedCreateMany(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	if l.m2m() {
		return errorf("P2009", "createMany is not available on many-to-many relations")
	}
	nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, l.rf, "a nested create", inlineRelation(l.cmi)))
	fk, err := childFK(l, parent)
	if err != nil {
		return err
	}
	n, err := x.insertMany(l.cmi, v.Get("data"), fkInsertCols(fk), skipDup(v))
	if err != nil {
		return err
	}
	*st = append(*st, n)
	return nil
}

// ---- connect ----

// connectRecords links the parent with the records in child through the
// join table (Prisma's connect_records_node).
func (x *cc) connectRecords(st *[]plan.Node, l *relationLink, parent, child *rowRef, expected int) error {
	nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, l.rf, "a connect", ""))
	check(st, child.slot, plan.RowCountEq, int64(expected), incompleteConnectInput(expected))
	pa, ok1 := parent.args(l.pmi.ids[0])
	ca, ok2 := child.args(l.cmi.ids[0])
	if !ok1 || !ok2 {
		return errorf("P2009", "internal: m2m keys not available")
	}
	pa.Type.List, ca.Type.List = false, false
	b := newSQL(x.d)
	if x.d.Has(dialect.MergeInsert) {
		x.mergeLinks(b, l, pa, ca)
		*st = append(*st, &plan.Exec{Stmt: b.stmt(true)})
		return nil
	}
	if x.d.Has(dialect.InsertIgnore) {
		b.s("INSERT IGNORE INTO ")
	} else {
		b.s("INSERT INTO ")
	}
	x.tableName(b, l.joinTable)
	b.s(" (").ident(l.joinParent).s(", ").ident(l.joinChild).s(") VALUES ")
	b.tupleList(plan.Arg{Kind: plan.ArgProduct, Items: []plan.Arg{pa, ca}})
	if x.d.Has(dialect.OnConflictDoNothing) {
		b.s(" ON CONFLICT DO NOTHING")
	}
	*st = append(*st, &plan.Exec{Stmt: b.stmt(true)})
	return nil
}

// mergeLinks writes SQL Server's insert of join-table rows that skips the
// existing ones, as Prisma writes it (its ON CONFLICT DO NOTHING):
// MERGE INTO t USING (VALUES (p, c), ...) AS [dual] ([A], [B]) ON ...
// WHEN NOT MATCHED THEN INSERT. An empty list of pairs renders as one row
// of NULLs, which the AND ... IS NOT NULL keeps out.
func (x *cc) mergeLinks(b *sqlb, l *relationLink, pa, ca plan.Arg) {
	b.s("MERGE INTO ")
	x.tableName(b, l.joinTable)
	b.s(" USING (VALUES ")
	b.tupleList(plan.Arg{Kind: plan.ArgProduct, Items: []plan.Arg{pa, ca}})
	b.s(") AS [dual] (").ident(l.joinParent).s(", ").ident(l.joinChild).s(") ON ([dual].").ident("A").s(" = ")
	x.tableName(b, l.joinTable)
	b.s(".").ident("A").s(" AND [dual].").ident("B").s(" = ")
	x.tableName(b, l.joinTable)
	b.s(".").ident("B").s(") WHEN NOT MATCHED AND [dual].").ident(l.joinParent).s(" IS NOT NULL THEN INSERT (")
	b.ident(l.joinParent).s(", ").ident(l.joinChild).s(") VALUES ([dual].").ident(l.joinParent).s(", [dual].").ident(l.joinChild).s(");")
}

// preConnect connects the related record of a to-one relation whose key is
// on the parent.
func (x *cc) preConnect(st, vst *[]plan.Node, l *relationLink, v protocol.Value, parentIsCreate bool) (*rowRef, func(*[]plan.Node, *rowRef) error, error) {
	rf := l.rf
	filters := uniqueFilters(v)
	if len(filters) == 0 {
		return nil, nil, nil
	}
	if rf.Relation.Kind == schema.OneToMany {
		child, err := x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, true)
		if err != nil {
			return nil, nil, err
		}
		nonEmpty(vst, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", inlineRelation(l.pmi)))
		return child, nil, nil
	}
	opp := rf.Relation.Opposite
	if rf.Required() && opp.Required() {
		return nil, nil, relationViolationError(rf)
	}
	child, err := x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, true)
	if err != nil {
		return nil, nil, err
	}
	if parentIsCreate {
		if err := x.existing1to1Checks(st, l.cmi, child, opp); err != nil {
			return nil, nil, err
		}
		nonEmpty(vst, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", createOrConnectInlined(l.pmi)))
		return child, nil, nil
	}
	after := func(st *[]plan.Node, parent *rowRef) error {
		return x.connect1to1Update(st, l, parent, child)
	}
	return nil, after, nil
}

// connect1to1Update connects the child record in child to an updated
// parent (one-to-one): nothing happens when it already is its child;
// otherwise existing connections are checked and released first.
func (x *cc) connect1to1Update(st *[]plan.Node, l *relationLink, parent, child *rowRef) error {
	rf := l.rf
	opp := rf.Relation.Opposite
	inlinedParent := rf.Relation.Inline
	old, err := x.loadChildren(st, l, parent, nil)
	if err != nil {
		return err
	}
	nonEmpty(st, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", ""))
	diffSlot := x.newSlot()
	*st = append(*st, &plan.Let{Slot: diffSlot, Expr: &plan.Diff{
		From: &plan.Get{Slot: child.slot}, To: &plan.Get{Slot: old.slot},
		FromCols: idCols(l.cmi), ToCols: idCols(l.cmi),
	}})
	var then []plan.Node
	if rf.Required() || inlinedParent {
		if err := x.existing1to1Checks(&then, l.cmi, child, opp); err != nil {
			return err
		}
	}
	if opp.Required() || !inlinedParent {
		if err := x.existing1to1Checks(&then, l.pmi, parent, rf); err != nil {
			return err
		}
	}
	if !inlinedParent {
		nonEmpty(&then, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", ""))
		nonEmpty(&then, parent, relatedMissing(l.pmi.m.Name, rf, "a nested connect", updateInlined(l.cmi)))
		if _, err := x.setChildFK(&then, l, parent, []cond{x.idInCond(l.cmi, child)}); err != nil {
			return err
		}
	} else {
		e := relatedMissing(l.pmi.m.Name, rf, "a nested connect", updateInlined(l.cmi))
		nonEmpty(&then, child, e)
		nonEmpty(&then, parent, e)
		if err := x.setParentFK(&then, l, parent, child); err != nil {
			return err
		}
	}
	*st = append(*st, ifNonEmpty(diffSlot, then, nil))
	return nil
}

// idCols are the positions of mi's id fields in an all-scalars record.
func idCols(mi *modelInfo) []int {
	var out []int
	for _, f := range mi.ids {
		for i, s := range mi.scalars {
			if s == f {
				out = append(out, i)
			}
		}
	}
	return out
}

// existing1to1Checks is Prisma's insert_existing_1to1_related_model_checks:
// the records connected to the records in of (of model ofMI) through rf
// must not exist when rf's back side is required; when rf's key is on the
// related model, they are disconnected.
func (x *cc) existing1to1Checks(st *[]plan.Node, ofMI *modelInfo, of *rowRef, rf *schema.Field) error {
	l, err := x.linkOf(ofMI, rf)
	if err != nil {
		return err
	}
	existing, err := x.loadChildren(st, l, of, nil)
	if err != nil {
		return err
	}
	if rf.Relation.Opposite.Required() {
		check(st, existing.slot, plan.RowCountEq, 0, relationViolation(rf))
	}
	if rf.Relation.Inline {
		return nil
	}
	var then []plan.Node
	nonEmpty(&then, existing, relatedMissing(ofMI.m.Name, rf, "a nested connect", ""))
	if err := x.nullChildFK(&then, l, []cond{x.idInCond(l.cmi, existing)}); err != nil {
		return err
	}
	*st = append(*st, ifNonEmpty(existing.slot, then, nil))
	return nil
}

func (x *cc) nestedConnect(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value, _ bool) error {
	rf := l.rf
	filters := uniqueFilters(v)
	if len(filters) == 0 {
		return nil
	}
	switch {
	case l.m2m():
		child, err := x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, false)
		if err != nil {
			return err
		}
		return x.connectRecords(st, l, parent, child, len(filters))
	case rf.Relation.Kind == schema.OneToMany:
		nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a nested connect", inlineRelation(l.cmi)))
		slot := x.newSlot()
		var upd []plan.Node
		e, err := x.setChildFK(&upd, l, parent, []cond{x.orWhereCond(l.cmi, filters)})
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Let{Slot: slot, Expr: e})
		check(st, slot, plan.RowCountEq, int64(len(filters)), incompleteConnectOutput(len(filters), rf))
		return nil
	}
	// One-to-one with the key on the child.
	child, err := x.loadOneToOneChild(st, l, filters)
	if err != nil {
		return err
	}
	return x.connect1to1Update(st, l, parent, child)
}

// loadOneToOneChild reads the record a one-to-one connect with the key on
// the child names (by its unique filters), after refusing a relation
// required on both sides, whose records cannot change partners.
func (x *cc) loadOneToOneChild(st *[]plan.Node, l *relationLink, filters []protocol.Value) (*rowRef, error) {
	if l.rf.Required() && l.rf.Relation.Opposite.Required() {
		return nil, relationViolationError(l.rf)
	}
	return x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, true)
}

// preConnectChild is a one-to-one connect under a created parent with the
// key on the child: the child is read and checked before the parent is
// created, and connected after.
func (x *cc) preConnectChild(st, vst *[]plan.Node, l *relationLink, v protocol.Value) (func(*[]plan.Node, *rowRef) error, error) {
	rf := l.rf
	filters := uniqueFilters(v)
	if len(filters) == 0 {
		return nil, nil
	}
	child, err := x.loadOneToOneChild(st, l, filters)
	if err != nil {
		return nil, err
	}
	if rf.Required() {
		if err := x.existing1to1Checks(st, l.cmi, child, rf.Relation.Opposite); err != nil {
			return nil, err
		}
	}
	nonEmpty(vst, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", createOrConnectInlined(l.pmi)))
	return func(st *[]plan.Node, parent *rowRef) error {
		nonEmpty(st, child, relatedMissing(l.cmi.m.Name, rf, "a nested connect", ""))
		nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a nested connect", updateInlined(l.cmi)))
		_, err := x.setChildFK(st, l, parent, []cond{x.idInCond(l.cmi, child)})
		return err
	}, nil
}

// preConnectChildUpdate is a one-to-one connect under an updated parent
// with the key on the child: as in Prisma's query graph, where the read of
// the record to connect depends on nothing, it is read before the parent
// and everything else the update does, and connected after.
func (x *cc) preConnectChildUpdate(st *[]plan.Node, l *relationLink, v protocol.Value) (func(*[]plan.Node, *rowRef) error, error) {
	filters := uniqueFilters(v)
	if len(filters) == 0 {
		return nil, nil
	}
	child, err := x.loadOneToOneChild(st, l, filters)
	if err != nil {
		return nil, err
	}
	return func(st *[]plan.Node, parent *rowRef) error {
		return x.connect1to1Update(st, l, parent, child)
	}, nil
}

// ---- connectOrCreate ----

func (x *cc) preConnectOrCreate(st *[]plan.Node, l *relationLink, v protocol.Value, parentIsCreate bool) (*rowRef, func(*[]plan.Node, *rowRef) error, error) {
	rf := l.rf
	items := listOf(v)
	if len(items) == 0 {
		return nil, nil, nil
	}
	item := items[len(items)-1]
	found, err := x.loadRecords(st, l.cmi, []cond{x.whereCond(l.cmi, item.Get("where"))}, true)
	if err != nil {
		return nil, nil, err
	}
	var then, els []plan.Node
	if rf.Relation.Kind == schema.OneToOne {
		if err := x.existing1to1Checks(&then, l.cmi, found, rf.Relation.Opposite); err != nil {
			return nil, nil, err
		}
	}
	then = append(then, &plan.Get{Slot: found.slot})
	created, err := x.createRecord(&els, l.cmi, item.Get("create"), nil, rf.Relation.Opposite)
	if err != nil {
		return nil, nil, err
	}
	els = append(els, &plan.Get{Slot: created.slot})
	slot := x.newSlot()
	*st = append(*st, &plan.Let{Slot: slot, Expr: ifNonEmpty(found.slot, then, els)})
	child := allScalarsRef(slot, l.cmi)
	if rf.Relation.Kind == schema.OneToMany || parentIsCreate {
		return child, nil, nil
	}
	after := func(st *[]plan.Node, parent *rowRef) error {
		if err := x.existing1to1Checks(st, l.pmi, parent, rf); err != nil {
			return err
		}
		e := relatedMissing(l.cmi.m.Name, rf, "a nested connect or create", updateInlined(l.pmi))
		nonEmpty(st, parent, e)
		nonEmpty(st, child, e)
		return x.setParentFK(st, l, parent, child)
	}
	return nil, after, nil
}

func (x *cc) nestedConnectOrCreate(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value, parentIsCreate bool) error {
	rf := l.rf
	items := listOf(v)
	if rf.Relation.Kind == schema.OneToOne && len(items) > 1 {
		items = items[len(items)-1:]
	}
	for _, item := range items {
		found, err := x.loadRecords(st, l.cmi, []cond{x.whereCond(l.cmi, item.Get("where"))}, true)
		if err != nil {
			return err
		}
		var then, els []plan.Node
		switch {
		case l.m2m():
			if err := x.connectRecords(&then, l, parent, found, 1); err != nil {
				return err
			}
			created, err := x.createRecord(&els, l.cmi, item.Get("create"), nil, rf.Relation.Opposite)
			if err != nil {
				return err
			}
			if err := x.connectRecords(&els, l, parent, created, 1); err != nil {
				return err
			}
		case rf.Relation.Kind == schema.OneToMany:
			nonEmpty(&then, parent, relatedMissing(l.cmi.m.Name, rf, "a nested connect or create", updateInlined(l.pmi)))
			if _, err := x.setChildFK(&then, l, parent, []cond{x.whereCond(l.cmi, item.Get("where"))}); err != nil {
				return err
			}
			var chk []plan.Node
			nonEmpty(&chk, parent, relatedMissing(l.cmi.m.Name, rf, "a nested connect or create", createInlined(l.pmi)))
			fk, err := childFK(l, parent)
			if err != nil {
				return err
			}
			if _, _, err := x.createRecordChecked(&els, l.cmi, item.Get("create"), fkInsertCols(fk), rf.Relation.Opposite, chk); err != nil {
				return err
			}
		default:
			// One-to-one with the key on the child.
			connect := func(st *[]plan.Node) error {
				e := relatedMissing(l.pmi.m.Name, rf, "a nested connect or create", findRecords(l.cmi))
				nonEmpty(st, parent, e)
				nonEmpty(st, found, e)
				_, err := x.setChildFK(st, l, parent, []cond{x.idInCond(l.cmi, found)})
				return err
			}
			if parentIsCreate {
				if err := connect(&then); err != nil {
					return err
				}
			} else {
				old, err := x.loadChildren(&then, l, parent, nil)
				if err != nil {
					return err
				}
				diffSlot := x.newSlot()
				then = append(then, &plan.Let{Slot: diffSlot, Expr: &plan.Diff{
					From: &plan.Get{Slot: found.slot}, To: &plan.Get{Slot: old.slot},
					FromCols: idCols(l.cmi), ToCols: idCols(l.cmi),
				}})
				var changed []plan.Node
				if rf.Relation.Opposite.Required() {
					check(&changed, old.slot, plan.RowCountEq, 0, relationViolation(rf))
				}
				if err := x.nullChildFK(&changed, l, []cond{x.idInCond(l.cmi, old)}); err != nil {
					return err
				}
				if err := connect(&changed); err != nil {
					return err
				}
				then = append(then, ifNonEmpty(diffSlot, changed, nil))
			}
			var chk []plan.Node
			nonEmpty(&chk, parent, relatedMissing(l.pmi.m.Name, rf, "a nested connect or create", createInlined(l.cmi)))
			fk, err := childFK(l, parent)
			if err != nil {
				return err
			}
			if _, _, err := x.createRecordChecked(&els, l.cmi, item.Get("create"), fkInsertCols(fk), rf.Relation.Opposite, chk); err != nil {
				return err
			}
		}
		*st = append(*st, ifNonEmpty(found.slot, then, els))
	}
	return nil
}

// ---- disconnect ----

func (x *cc) nestedDisconnect(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	rf := l.rf
	if l.m2m() {
		filters := uniqueFilters(v)
		if len(filters) == 0 {
			return nil
		}
		children, err := x.loadChildren(st, l, parent, x.orWhereCond(l.cmi, filters))
		if err != nil {
			return err
		}
		nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a disconnect", ""))
		return x.unlinkM2M(st, l, parent, children)
	}
	var filter cond
	if rf.Relation.Kind == schema.OneToOne {
		if v.Kind == protocol.Bool {
			if !v.Bool {
				return nil
			}
		} else {
			filter = x.whereCond(l.cmi, v)
		}
	} else if rf.List {
		filter = x.orWhereCond(l.cmi, uniqueFilters(v))
	}
	children, err := x.loadChildren(st, l, parent, filter)
	if err != nil {
		return err
	}
	if rf.Required() || rf.Relation.Opposite.Required() {
		return relationViolationError(rf)
	}
	if rf.Relation.Inline {
		// The key is on the parent: clear it (when the child matches the filter).
		conds := []cond{x.idInCond(l.pmi, parent)}
		if filter != nil {
			conds = append(conds, x.relatedExistsCond(l, v))
		}
		stmt, err := x.updateStmt(l.pmi, nullAssigns(l.parentFields), conds, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
		return nil
	}
	return x.nullChildFK(st, l, []cond{x.idInCond(l.cmi, children), filter})
}

// relatedExistsCond is the parent-side form of a filter on the related
// record of a to-one relation: {rf: {is: where}}.
func (x *cc) relatedExistsCond(l *relationLink, where protocol.Value) cond {
	rel := protocol.Value{Kind: protocol.Object, Members: []protocol.Member{{
		Key:   l.rf.Name,
		Value: protocol.Value{Kind: protocol.Object, Members: []protocol.Member{{Key: "is", Value: where}}},
	}}}
	return x.whereCond(l.pmi, rel)
}

// unlinkM2M deletes the join rows between the parent and the records in children.
func (x *cc) unlinkM2M(st *[]plan.Node, l *relationLink, parent, children *rowRef) error {
	pa, ok1 := parent.arg(l.pmi.ids[0])
	ca, ok2 := children.args(l.cmi.ids[0])
	if !ok1 || !ok2 {
		return errorf("P2009", "internal: m2m keys not available")
	}
	ca.Type.List = false
	b := newSQL(x.d)
	b.s("DELETE FROM ")
	x.tableName(b, l.joinTable)
	b.s(" WHERE ").ident(l.joinParent).s(" = ").arg(pa).s(" AND ").ident(l.joinChild).s(" IN ").tuple(ca)
	*st = append(*st, &plan.Exec{Stmt: b.stmt(true)})
	return nil
}

// ---- set ----

func (x *cc) nestedSet(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	rf := l.rf
	filters := uniqueFilters(v)
	if l.m2m() {
		old, err := x.loadChildren(st, l, parent, nil)
		if err != nil {
			return err
		}
		nonEmpty(st, parent, relatedMissing(l.pmi.m.Name, rf, "a nested set", "disconnect existing child records"))
		if err := x.unlinkM2M(st, l, parent, old); err != nil {
			return err
		}
		if len(filters) == 0 {
			return nil
		}
		newc, err := x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, false)
		if err != nil {
			return err
		}
		return x.connectRecords(st, l, parent, newc, len(filters))
	}
	if rf.Relation.Kind != schema.OneToMany || !rf.List {
		return errorf("P2009", "Set is not supported on one-to-one relations.")
	}
	old, err := x.loadChildren(st, l, parent, nil)
	if err != nil {
		return err
	}
	newc, err := x.loadRecords(st, l.cmi, []cond{x.orWhereCond(l.cmi, filters)}, false)
	if err != nil {
		return err
	}
	ids := idCols(l.cmi)
	add := x.newSlot()
	*st = append(*st, &plan.Let{Slot: add, Expr: &plan.Diff{From: &plan.Get{Slot: newc.slot}, To: &plan.Get{Slot: old.slot}, FromCols: ids, ToCols: ids}})
	var then []plan.Node
	nonEmpty(&then, parent, relatedMissing(l.pmi.m.Name, rf, "a nested set", ""))
	if _, err := x.setChildFK(&then, l, parent, []cond{x.idInCond(l.cmi, allScalarsRef(add, l.cmi))}); err != nil {
		return err
	}
	*st = append(*st, ifNonEmpty(add, then, nil))
	remove := x.newSlot()
	*st = append(*st, &plan.Let{Slot: remove, Expr: &plan.Diff{From: &plan.Get{Slot: old.slot}, To: &plan.Get{Slot: newc.slot}, FromCols: ids, ToCols: ids}})
	if rf.Relation.Opposite.Required() {
		check(st, remove, plan.RowCountEq, 0, relationViolation(rf))
	}
	var rm []plan.Node
	if err := x.nullChildFK(&rm, l, []cond{x.idInCond(l.cmi, allScalarsRef(remove, l.cmi))}); err != nil {
		return err
	}
	*st = append(*st, ifNonEmpty(remove, rm, nil))
	return nil
}

// ---- update ----

// isToOneEnvelope reports the {where?, data} form of a to-one nested update
// of a record of cmi. When cmi has a field named data, {data: x} may also
// be the direct form setting that field: as Prisma's union of the two
// input types, it is the envelope only when x can be an update input of
// cmi (an object of cmi's fields, not a tagged value such as
// {"$type":"Json",…} or the JsonNull enum).
func isToOneEnvelope(v protocol.Value, cmi *modelInfo) bool {
	d := v.Get("data")
	if v.Kind != protocol.Object || !d.Exists() {
		return false
	}
	for _, m := range v.Members {
		if m.Key != "data" && m.Key != "where" {
			return false
		}
	}
	if cmi.fields["data"] == nil {
		return true
	}
	if d.Kind != protocol.Object {
		return false
	}
	for _, m := range d.Members {
		if cmi.fields[m.Key] == nil {
			return false
		}
	}
	return true
}

func (x *cc) nestedUpdate(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	rf := l.rf
	for _, item := range listOf(v) {
		var where, data protocol.Value
		if rf.List {
			where, data = item.Get("where"), item.Get("data")
		} else if isToOneEnvelope(item, l.cmi) {
			where, data = item.Get("where"), item.Get("data")
		} else {
			data = item
		}
		if len(data.Members) == 0 {
			// Prisma stops at the first empty update.
			return nil
		}
		children, err := x.loadChildren(st, l, parent, x.whereCond(l.cmi, where))
		if err != nil {
			return err
		}
		uc := updateCtx{missing: relatedMissing(l.cmi.m.Name, rf, "a nested update", "")}
		if _, _, err := x.updateOneRecord(st, l.cmi, where, children, data, uc); err != nil {
			return err
		}
	}
	return nil
}

func (x *cc) nestedUpdateMany(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	for _, item := range listOf(v) {
		children, err := x.loadChildren(st, l, parent, x.whereCond(l.cmi, item.Get("where")))
		if err != nil {
			return err
		}
		as, _, err := x.updateData(l.cmi, item.Get("data"))
		if err != nil {
			return err
		}
		as = withUpdatedAt(l.cmi, as)
		if len(as) == 0 {
			continue
		}
		// Prisma emulates no referential action for a nested updateMany
		// (relationMode = "prisma"), even when it changes referenced fields.
		stmt, err := x.updateStmt(l.cmi, as, []cond{x.idInCond(l.cmi, children)}, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
	}
	return nil
}

// ---- upsert ----

func (x *cc) nestedUpsert(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	rf := l.rf
	for _, item := range listOf(v) {
		where := item.Get("where")
		children, err := x.loadChildren(st, l, parent, x.whereCond(l.cmi, where))
		if err != nil {
			return err
		}
		var then, els []plan.Node
		nonEmpty(&then, children, relatedMissing(l.cmi.m.Name, rf, "a nested upsert", "perform a nested update"))
		if _, _, err := x.updateOneRecord(&then, l.cmi, where, children, item.Get("update"), updateCtx{}); err != nil {
			return err
		}
		switch {
		case l.m2m():
			created, err := x.createRecord(&els, l.cmi, item.Get("create"), nil, rf.Relation.Opposite)
			if err != nil {
				return err
			}
			if err := x.connectRecords(&els, l, parent, created, 1); err != nil {
				return err
			}
		case rf.Relation.Inline:
			created, err := x.createRecord(&els, l.cmi, item.Get("create"), nil, rf.Relation.Opposite)
			if err != nil {
				return err
			}
			nonEmpty(&els, parent, relatedMissing(l.pmi.m.Name, rf, "a nested upsert", updateInlined(l.pmi)))
			nonEmpty(&els, created, relatedMissing(l.cmi.m.Name, rf, "a nested upsert", updateInlined(l.pmi)))
			if err := x.setParentFK(&els, l, parent, created); err != nil {
				return err
			}
		default:
			var chk []plan.Node
			nonEmpty(&chk, parent, relatedMissing(l.pmi.m.Name, rf, "a nested upsert", updateInlined(l.cmi)))
			fk, err := childFK(l, parent)
			if err != nil {
				return err
			}
			if _, _, err := x.createRecordChecked(&els, l.cmi, item.Get("create"), fkInsertCols(fk), rf.Relation.Opposite, chk); err != nil {
				return err
			}
		}
		*st = append(*st, ifNonEmpty(children.slot, then, els))
	}
	return nil
}

// ---- delete ----

func (x *cc) nestedDelete(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	rf := l.rf
	if rf.List {
		filters := listOf(v)
		or := x.orWhereCond(l.cmi, filters)
		children, err := x.loadChildren(st, l, parent, or)
		if err != nil {
			return err
		}
		if err := x.emulateOnDelete(st, l.cmi, children); err != nil {
			return err
		}
		check(st, children.slot, plan.RowCountEq, int64(len(filters)), recordsNotConnected(rf))
		stmt, err := x.deleteStmt(l.cmi, []cond{x.idInCond(l.cmi, children), or}, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
		return nil
	}
	var filter cond
	switch v.Kind {
	case protocol.Bool:
		if !v.Bool {
			return nil
		}
	case protocol.Object:
		filter = x.whereCond(l.cmi, v)
	default:
		return nil
	}
	children, err := x.loadChildren(st, l, parent, filter)
	if err != nil {
		return err
	}
	if err := x.emulateOnDelete(st, l.cmi, children); err != nil {
		return err
	}
	nonEmpty(st, children, relatedMissing(l.cmi.m.Name, rf, "a nested delete", ""))
	stmt, err := x.deleteStmt(l.cmi, []cond{x.idInCond(l.cmi, children), filter}, false)
	if err != nil {
		return err
	}
	*st = append(*st, &plan.Exec{Stmt: stmt})
	return nil
}

func (x *cc) nestedDeleteMany(st *[]plan.Node, l *relationLink, parent *rowRef, v protocol.Value) error {
	for _, item := range listOf(v) {
		children, err := x.loadChildren(st, l, parent, x.whereCond(l.cmi, item))
		if err != nil {
			return err
		}
		if err := x.emulateOnDelete(st, l.cmi, children); err != nil {
			return err
		}
		stmt, err := x.deleteStmt(l.cmi, []cond{x.idInCond(l.cmi, children)}, false)
		if err != nil {
			return err
		}
		*st = append(*st, &plan.Exec{Stmt: stmt})
	}
	return nil
}
