package compiler

import (
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// This file holds the SQL building blocks of writes: conditions on the
// records of a model, and the SELECT, UPDATE and DELETE statements built
// from them. Every record a write plan keeps in a slot has all scalar
// columns of its model, in declaration order (see allScalarsRef), so later
// steps can read any field of it.

// cond writes one condition on the records of a model whose columns are
// qualified with alias.
type cond func(b *sqlb, alias string) error

// whereCond is the condition of a WhereInput (or WhereUniqueInput). It
// writes nothing for an absent or empty where.
func (x *cc) whereCond(mi *modelInfo, where protocol.Value) cond {
	if !where.Exists() || where.IsNull() || where.Kind != protocol.Object || len(where.Members) == 0 {
		return nil
	}
	return func(b *sqlb, alias string) error {
		return x.filter(b, mi, alias, where)
	}
}

// orWhereCond is the disjunction of several where inputs (a nested connect
// or delete of a list of records).
func (x *cc) orWhereCond(mi *modelInfo, wheres []protocol.Value) cond {
	return func(b *sqlb, alias string) error {
		if len(wheres) == 0 {
			b.s("1=0")
			return nil
		}
		if len(wheres) > 1 {
			b.s("(")
		}
		for i, w := range wheres {
			if i > 0 {
				b.s(" OR ")
			}
			sub := newSQL(x.d)
			if err := x.filter(sub, mi, alias, w); err != nil {
				return err
			}
			if sub.empty() {
				sub.s("1=1")
			} else if len(wheres) > 1 {
				// Prisma's shape: the unique part AND the (empty) rest. It
				// keeps SQLite from turning the disjunction into an IN list
				// read in key order, so rows come in the order given (the
				// order connect inserts join rows in).
				sub.s(" AND 1=1")
			}
			b.s("(").appendSQL(sub).s(")")
		}
		if len(wheres) > 1 {
			b.s(")")
		}
		return nil
	}
}

// keyInCond is "fields IN (values of refFields over the records of ref)":
// the records whose fields equal those of a record in ref's slot.
func (x *cc) keyInCond(fields []*fieldInfo, ref *rowRef, refFields []*fieldInfo) cond {
	return func(b *sqlb, alias string) error {
		if len(fields) == 1 {
			a, ok := ref.args(refFields[0])
			if !ok {
				return errorf("P2009", "internal: field %s not available", refFields[0].f.Name)
			}
			a.Type = fields[0].argType
			a.Type.List = false
			b.col(alias, fields[0].col).s(" IN ").tuple(a)
			return nil
		}
		// Composite keys: (a, b) IN ((1, 2), (3, 4)).
		zip := plan.Arg{Kind: plan.ArgZip}
		for i, f := range fields {
			a, ok := ref.args(refFields[i])
			if !ok {
				return errorf("P2009", "internal: field %s not available", refFields[i].f.Name)
			}
			a.Type = f.argType
			a.Type.List = false
			zip.Items = append(zip.Items, a)
		}
		if !x.d.Has(dialect.RowValueIn) {
			// EXISTS (SELECT 1 FROM (VALUES (1, 2), (3, 4)) AS v (k0, k1) WHERE ...).
			va := x.newAlias()
			b.s("EXISTS(SELECT 1 FROM (VALUES ")
			b.tupleList(zip)
			b.s(") AS ").ident(va).s(" (")
			for i := range fields {
				if i > 0 {
					b.s(", ")
				}
				b.ident("k" + itoa(i))
			}
			b.s(") WHERE ")
			for i, f := range fields {
				if i > 0 {
					b.s(" AND ")
				}
				b.col(va, "k"+itoa(i)).s(" = ").col(alias, f.col)
			}
			b.s(")")
			return nil
		}
		b.s("(")
		for i, f := range fields {
			if i > 0 {
				b.s(", ")
			}
			b.col(alias, f.col)
		}
		b.s(") IN (")
		b.tupleList(zip)
		b.s(")")
		return nil
	}
}

// idInCond restricts records of mi to the ids of the records in ref (of mi).
func (x *cc) idInCond(mi *modelInfo, ref *rowRef) cond {
	refIDs := ref.mi.ids
	return x.keyInCond(mi.ids, ref, refIDs)
}

// writeConds writes conds joined by AND ("1=1" when there is none).
func (x *cc) writeConds(b *sqlb, alias string, conds []cond) error {
	n := 0
	var parts []*sqlb
	for _, c := range conds {
		if c == nil {
			continue
		}
		sub := newSQL(x.d)
		if err := c(sub, alias); err != nil {
			return err
		}
		if sub.empty() {
			continue
		}
		parts = append(parts, sub)
		n++
	}
	switch n {
	case 0:
		b.s("1=1")
	case 1:
		b.appendSQL(parts[0])
	default:
		b.s("(")
		for i, p := range parts {
			if i > 0 {
				b.s(" AND ")
			}
			b.appendSQL(p)
		}
		b.s(")")
	}
	return nil
}

// writeWhereConds writes the conds of the WHERE of an UPDATE or DELETE,
// whose filters Prisma renders without top-level joins (fctx.writeWhere).
func (x *cc) writeWhereConds(b *sqlb, alias string, conds []cond) error {
	x.writeWhere = true
	defer func() { x.writeWhere = false }()
	return x.writeConds(b, alias, conds)
}

// selectRecords builds SELECT <all scalars> FROM mi WHERE conds [LIMIT 1].
func (x *cc) selectRecords(mi *modelInfo, conds []cond, one bool) (*plan.Query, error) {
	alias := x.newAlias()
	b := newSQL(x.d)
	b.s("SELECT ")
	x.writeAllCols(b, mi, alias)
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(alias).s(" WHERE ")
	if err := x.writeConds(b, alias, conds); err != nil {
		return nil, err
	}
	if one {
		x.limitOffset(b, true, 1, 0, false)
	}
	return &plan.Query{Stmt: b.stmt(!one)}, nil
}

// loadRecords appends "slot = SELECT ..." and returns the slot's ref.
func (x *cc) loadRecords(steps *[]plan.Node, mi *modelInfo, conds []cond, one bool) (*rowRef, error) {
	q, err := x.selectRecords(mi, conds, one)
	if err != nil {
		return nil, err
	}
	slot := x.newSlot()
	*steps = append(*steps, &plan.Let{Slot: slot, Expr: q})
	return allScalarsRef(slot, mi), nil
}

// assign is one column assignment of an UPDATE.
type assign struct {
	fi *fieldInfo
	// op is "set", "increment", "decrement", "multiply", "divide" or "push".
	op  string
	arg plan.Arg
}

// hasAssign reports whether the assignments set field fi.
func hasAssign(as []assign, fi *fieldInfo) bool {
	for _, a := range as {
		if a.fi == fi {
			return true
		}
	}
	return false
}

// withUpdatedAt adds now() for the @updatedAt fields not set explicitly,
// when something is updated at all (Prisma's WriteArgs::update_datetimes).
func withUpdatedAt(mi *modelInfo, as []assign) []assign {
	if len(as) == 0 {
		return as
	}
	for _, f := range mi.scalars {
		if f.f.UpdatedAt && !hasAssign(as, f) {
			as = append(as, assign{fi: f, op: "set", arg: plan.Arg{Kind: plan.ArgGenerated, Gen: plan.GenNow, Type: f.argType}})
		}
	}
	return as
}

// writeAssigns writes the SET list. Columns read on the right-hand side
// are qualified with the table name (a native upsert's DO UPDATE has the
// proposed row as well).
func (x *cc) writeAssigns(b *sqlb, table string, as []assign) {
	for i, a := range as {
		if i > 0 {
			b.s(", ")
		}
		b.ident(a.fi.col).s(" = ")
		x.writeAssignValue(b, table, a)
	}
}

func (x *cc) writeAssignValue(b *sqlb, table string, a assign) {
	col := func() { b.col(table, a.fi.col) }
	switch a.op {
	case "increment", "decrement", "multiply", "divide":
		op := map[string]string{"increment": " + ", "decrement": " - ", "multiply": " * ", "divide": " / "}[a.op]
		b.s("(")
		col()
		b.s(op)
		b.arg(a.arg)
		b.s(")")
	case "push":
		// PostgreSQL arrays: concatenate a list (one value is a list of one).
		b.s("(")
		col()
		b.s(" || ")
		x.writeValue(b, a.fi, a.arg)
		b.s(")")
	default:
		if a.arg.Kind == plan.ArgConst && a.arg.Value == nil {
			b.s("NULL")
			return
		}
		x.writeValue(b, a.fi, a.arg)
	}
}

// updateStmt builds UPDATE mi SET as WHERE conds [RETURNING all scalars].
// Columns in conds are qualified with the table name.
func (x *cc) updateStmt(mi *modelInfo, as []assign, conds []cond, returning bool) (*plan.Stmt, error) {
	b := newSQL(x.d)
	b.s("UPDATE ")
	x.table(b, mi)
	b.s(" SET ")
	x.writeAssigns(b, mi.table, as)
	b.s(" WHERE ")
	if err := x.writeWhereConds(b, mi.table, conds); err != nil {
		return nil, err
	}
	if returning {
		b.s(" RETURNING ")
		x.writeAllCols(b, mi, "")
	}
	return b.stmt(!returning), nil
}

// deleteStmt builds DELETE FROM mi WHERE conds [RETURNING all scalars].
func (x *cc) deleteStmt(mi *modelInfo, conds []cond, returning bool) (*plan.Stmt, error) {
	b := newSQL(x.d)
	b.s("DELETE FROM ")
	x.table(b, mi)
	b.s(" WHERE ")
	if err := x.writeWhereConds(b, mi.table, conds); err != nil {
		return nil, err
	}
	if returning {
		b.s(" RETURNING ")
		x.writeAllCols(b, mi, "")
	}
	return b.stmt(!returning), nil
}

// limitCond restricts an updateMany/deleteMany to the first n matching
// records: (id) IN (SELECT id FROM t WHERE filter LIMIT n). MySQL cannot
// LIMIT in such a subquery and needs a derived table around it.
func (x *cc) limitCond(mi *modelInfo, where protocol.Value, n int64) cond {
	return func(b *sqlb, alias string) error {
		if len(mi.ids) > 1 && !x.d.Has(dialect.RowValueIn) {
			return x.limitExists(b, mi, alias, where, n)
		}
		b.s("(")
		for i, f := range mi.ids {
			if i > 0 {
				b.s(", ")
			}
			b.col(alias, f.col)
		}
		b.s(") IN (")
		sub := newSQL(x.d)
		sa := x.newAlias()
		sub.s("SELECT ")
		for i, f := range mi.ids {
			if i > 0 {
				sub.s(", ")
			}
			sub.col(sa, f.col)
		}
		sub.s(" FROM ")
		x.table(sub, mi)
		sub.s(" AS ").ident(sa).s(" WHERE ")
		if err := x.writeConds(sub, sa, []cond{x.whereCond(mi, where)}); err != nil {
			return err
		}
		x.limitOffset(sub, true, n, 0, false)
		if x.d.Has(dialect.DeleteLimitSubquery) {
			b.appendSQL(sub)
		} else {
			b.s("SELECT ").ident("tmp_subselect_table").s(".* FROM (").appendSQL(sub).s(") AS ").ident("tmp_subselect_table")
		}
		b.s(")")
		return nil
	}
}

// limitExists is limitCond for composite ids without row values:
// EXISTS (SELECT 1 FROM (SELECT ids ... LIMIT n) AS sub WHERE sub.ids = ids).
func (x *cc) limitExists(b *sqlb, mi *modelInfo, alias string, where protocol.Value, n int64) error {
	sub := newSQL(x.d)
	sa := x.newAlias()
	sub.s("SELECT ")
	for i, f := range mi.ids {
		if i > 0 {
			sub.s(", ")
		}
		sub.col(sa, f.col)
	}
	sub.s(" FROM ")
	x.table(sub, mi)
	sub.s(" AS ").ident(sa).s(" WHERE ")
	if err := x.writeConds(sub, sa, []cond{x.whereCond(mi, where)}); err != nil {
		return err
	}
	x.limitOffset(sub, true, n, 0, false)
	la := x.newAlias()
	b.s("EXISTS(SELECT 1 FROM (").appendSQL(sub).s(") AS ").ident(la).s(" WHERE ")
	for i, f := range mi.ids {
		if i > 0 {
			b.s(" AND ")
		}
		b.col(la, f.col).s(" = ").col(alias, f.col)
	}
	b.s(")")
	return nil
}

// relationLink describes how the records of a relation field's related
// model are tied to the records of its model.
type relationLink struct {
	rf       *schema.Field
	pmi, cmi *modelInfo
	// For 1:1 and 1:n: parentFields of pmi equal childFields of cmi.
	parentFields, childFields []*fieldInfo
	// m2m: the join table and its columns for parent and child.
	joinTable, joinParent, joinChild string
}

func (x *cc) linkOf(pmi *modelInfo, rf *schema.Field) (*relationLink, error) {
	cmi, err := x.relationModelInfo(rf)
	if err != nil {
		return nil, err
	}
	l := &relationLink{rf: rf, pmi: pmi, cmi: cmi}
	if rf.Relation.Kind == schema.ManyToMany {
		l.joinTable, l.joinParent, l.joinChild = joinColumns(rf)
		return l, nil
	}
	pf, cf := relationFields(rf)
	for i := range pf {
		l.parentFields = append(l.parentFields, pmi.fields[pf[i].Name])
		l.childFields = append(l.childFields, cmi.fields[cf[i].Name])
	}
	return l, nil
}

func (l *relationLink) m2m() bool { return l.joinTable != "" }

// childrenCond restricts records of the related model to those connected
// to the parent records in ref.
func (x *cc) childrenCond(l *relationLink, parent *rowRef) cond {
	if !l.m2m() {
		return x.keyInCond(l.childFields, parent, l.parentFields)
	}
	return func(b *sqlb, alias string) error {
		ja := x.newAlias()
		a, ok := parent.args(l.pmi.ids[0])
		if !ok {
			return errorf("P2009", "internal: parent id not available")
		}
		a.Type = l.pmi.ids[0].argType
		a.Type.List = false
		b.s("EXISTS(SELECT 1 FROM ")
		x.tableName(b, l.joinTable)
		b.s(" AS ").ident(ja).s(" WHERE ").col(ja, l.joinChild).s(" = ").col(alias, l.cmi.ids[0].col)
		b.s(" AND ").col(ja, l.joinParent).s(" IN ").tuple(a).s(")")
		return nil
	}
}

// loadChildren appends "slot = SELECT children of parent WHERE filter".
func (x *cc) loadChildren(steps *[]plan.Node, l *relationLink, parent *rowRef, filter cond) (*rowRef, error) {
	return x.loadRecords(steps, l.cmi, []cond{filter, x.childrenCond(l, parent)}, false)
}

// fkArgs returns the assignments setting the FK fields of a relation to
// the referenced fields of the record in ref (nil values: NULL).
func fkAssigns(fks []*fieldInfo, ref *rowRef, refFields []*fieldInfo) ([]assign, error) {
	var as []assign
	for i, fk := range fks {
		var a plan.Arg
		if ref == nil {
			a = constArg(nil, fk.argType)
		} else {
			var ok bool
			a, ok = ref.arg(refFields[i])
			if !ok {
				return nil, errorf("P2009", "internal: field %s not available", refFields[i].f.Name)
			}
			a.Type = fk.argType
			a.Type.List = false
		}
		as = append(as, assign{fi: fk, op: "set", arg: a})
	}
	return as, nil
}

// nullAssigns sets fields to NULL.
func nullAssigns(fields []*fieldInfo) []assign {
	as := make([]assign, len(fields))
	for i, f := range fields {
		as[i] = assign{fi: f, op: "set", arg: constArg(nil, f.argType)}
	}
	return as
}

// check appends a validation of the value in slot.
func check(steps *[]plan.Node, slot int, rule plan.Rule, n int64, e *plan.UserError) {
	*steps = append(*steps, &plan.Validate{Expr: &plan.Get{Slot: slot}, Rule: rule, N: n, Err: e})
}

// nonEmpty appends "the slot has at least one record, else e".
func nonEmpty(steps *[]plan.Node, ref *rowRef, e *plan.UserError) {
	check(steps, ref.slot, plan.RowCountNeq, 0, e)
}

// ifNonEmpty is "if slot has records then ... else ...".
func ifNonEmpty(slot int, then, els []plan.Node) *plan.If {
	n := &plan.If{Cond: &plan.Get{Slot: slot}, Rule: plan.RowCountNeq, N: 0}
	if len(then) > 0 {
		n.Then = &plan.Seq{Nodes: then}
	}
	if len(els) > 0 {
		n.Else = &plan.Seq{Nodes: els}
	}
	return n
}

// relationViolation is P2014 raised by a plan (runtime meta).
func relationViolation(rf *schema.Field) *plan.UserError {
	rel, a, b := relationModels(rf)
	var w protocol.Writer
	w.Raw(`{"relation":`)
	w.String(rel)
	w.Raw(`,"modelA":`)
	w.String(a)
	w.Raw(`,"modelB":`)
	w.String(b)
	w.Byte('}')
	return &plan.UserError{
		Code:    "P2014",
		Message: "The change you are trying to make would violate the required relation '" + rel + "' between the `" + a + "` and `" + b + "` models.",
		Meta:    w.Bytes(),
	}
}

// relationViolationError is P2014 raised while compiling (the compiler's
// own meta spelling).
func relationViolationError(rf *schema.Field) *Error {
	rel, a, b := relationModels(rf)
	var w protocol.Writer
	w.Raw(`{"relation_name":`)
	w.String(rel)
	w.Raw(`,"model_a_name":`)
	w.String(a)
	w.Raw(`,"model_b_name":`)
	w.String(b)
	w.Byte('}')
	return &Error{
		Code:    "P2014",
		Message: "The change you are trying to make would violate the required relation '" + rel + "' between the `" + a + "` and `" + b + "` models.",
		Meta:    w.Bytes(),
	}
}

// relationModels returns a relation's name and its models A and B: for an
// inline relation A holds the foreign key; for many-to-many they are the
// join table's.
func relationModels(rf *schema.Field) (name, a, b string) {
	rel := rf.Relation
	if rel.Kind == schema.ManyToMany && rel.JoinTable != nil {
		return rel.Name, rel.JoinTable.AModel.Name, rel.JoinTable.BModel.Name
	}
	if rel.Inline {
		return rel.Name, rel.Model.Name, rel.RelatedModel.Name
	}
	return rel.Name, rel.RelatedModel.Name, rel.Model.Name
}

// recordsNotConnected is P2017.
func recordsNotConnected(rf *schema.Field) *plan.UserError {
	var w protocol.Writer
	w.Raw(`{"relation":`)
	w.String(rf.Relation.Name)
	w.Raw(`,"parent":`)
	w.String(rf.Model.Name)
	w.Raw(`,"child":`)
	w.String(rf.Relation.RelatedModel.Name)
	w.Byte('}')
	return &plan.UserError{
		Code:    "P2017",
		Message: "The records for relation `" + rf.Relation.Name + "` between the `" + rf.Model.Name + "` and `" + rf.Relation.RelatedModel.Name + "` models are not connected.",
		Meta:    w.Bytes(),
	}
}

// incompleteConnectInput is P2025 for a many-to-many connect that did not
// find every record; "{found}" is replaced with the count found.
func incompleteConnectInput(expected int) *plan.UserError {
	n := itoa(expected)
	return &plan.UserError{
		Code:    "P2025",
		Message: "An operation failed because it depends on one or more records that were required but not found. Expected " + n + " records to be connected, found only {found}.",
		Meta:    []byte(`{"expectedRows":` + n + `}`),
		Found:   true,
	}
}

// incompleteConnectOutput is P2018 for a connect that updated fewer records
// than it should.
func incompleteConnectOutput(expected int, rf *schema.Field) *plan.UserError {
	n := itoa(expected)
	var w protocol.Writer
	w.Raw(`{"expectedRows":` + n + `,"relation":`)
	w.String(rf.Relation.Name)
	w.Raw(`,"relationType":`)
	w.String(relationTypeName(rf))
	w.Byte('}')
	return &plan.UserError{
		Code:    "P2018",
		Message: "The required connected records were not found. Expected " + n + " records to be connected after connect operation on " + relationTypeName(rf) + " relation '" + rf.Relation.Name + "', found {found}.",
		Meta:    w.Bytes(),
		Found:   true,
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// relatedMissing is P2025 MISSING_RELATED_RECORD (meta "neededFor" is null
// when there is no hint).
func relatedMissing(model string, rf *schema.Field, operation, neededFor string) *plan.UserError {
	return missingRelated(model, rf.Relation.Name, relationTypeName(rf), operation, neededFor)
}

// isRelModePrisma reports relationMode = "prisma" (referential actions
// emulated by the plan).
func (x *cc) isRelModePrisma() bool { return x.c.schema.RelationMode() == "prisma" }

// sameFieldSet reports whether two field lists are the same set.
func sameFieldSet(a, b []*fieldInfo) bool {
	if len(a) != len(b) {
		return false
	}
	for _, f := range a {
		found := false
		for _, g := range b {
			if f == g {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

var _ = types.Int
