package compiler

import (
	"strconv"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// rowRef says where a record's column values can be found at run time:
// slot Slot holds the record, its columns laid out as cols says.
type rowRef struct {
	slot int
	mi   *modelInfo
	cols map[string]int // field name → column index in the record
	// written, when set, holds the records whose presence means the
	// write happened: an update without RETURNING reads its records again
	// by their new ids, which Prisma computes in memory from the records
	// read before (always present; a read back by an id the database
	// stored otherwise, e.g. a fraction from divide, finds nothing).
	written *rowRef
}

// writtenRecords is the ref whose non-emptiness says ref's records were
// written (see rowRef.written).
func writtenRecords(ref *rowRef) *rowRef {
	if ref.written != nil {
		return ref.written
	}
	return ref
}

// arg returns an argument reading field f of the referenced record.
func (r *rowRef) arg(f *fieldInfo) (plan.Arg, bool) {
	i, ok := r.cols[f.f.Name]
	if !ok {
		return plan.Arg{}, false
	}
	at := f.argType
	at.List = false
	return plan.Arg{Kind: plan.ArgSlotCol, Slot: r.slot, Col: i, Type: at, Conv: convFor(f)}, true
}

// args returns an argument with the list of field f over all records of the slot.
func (r *rowRef) args(f *fieldInfo) (plan.Arg, bool) {
	i, ok := r.cols[f.f.Name]
	if !ok {
		return plan.Arg{}, false
	}
	at := f.argType
	at.List = true
	return plan.Arg{Kind: plan.ArgSlotCols, Slot: r.slot, Col: i, Type: at, Conv: convFor(f)}, true
}

// convFor says how a database value of field f converts for binding again.
func convFor(f *fieldInfo) types.Scalar {
	switch f.typ {
	case types.DateTime, types.Boolean, types.Int, types.BigInt:
		return f.typ
	}
	return types.Unsupported
}

// allScalarsRef returns a rowRef for records holding all scalar columns of
// mi in declaration order.
func allScalarsRef(slot int, mi *modelInfo) *rowRef {
	r := &rowRef{slot: slot, mi: mi, cols: map[string]int{}}
	for i, f := range mi.scalars {
		r.cols[f.f.Name] = i
	}
	return r
}

// writeCols writes the list of all scalar columns of mi (unqualified).
func (x *cc) writeAllCols(b *sqlb, mi *modelInfo, alias string) {
	for i, f := range mi.scalars {
		if i > 0 {
			b.s(", ")
		}
		b.col(alias, f.col)
		if f.typ == types.Enum && f.f.List && x.d.Has(dialect.EnumCast) {
			// Enum arrays come back as text arrays, as reads select them.
			b.s("::text[]")
		}
	}
}

// insertCol is one column of an INSERT.
type insertCol struct {
	fi  *fieldInfo
	arg plan.Arg
	raw string // SQL text instead of an argument (e.g. a literal default)
}

// compileCreateOne compiles createOne.
func (x *cc) compileCreateOne(r *protocol.Request) error {
	mi, err := x.c.model(r.ModelName)
	if err != nil {
		return err
	}
	data := r.Arguments.Get("data")
	var steps []plan.Node
	ref, err := x.createRecord(&steps, mi, data, nil, nil)
	if err != nil {
		return err
	}
	rd, shape, err := x.readBack(mi, ref, r.Selection)
	if err != nil {
		return err
	}
	// As Prisma: the created record must be there; the read back of it is
	// not checked (null when nested writes moved it away).
	nonEmpty(&steps, ref, missingRecord("a query"))
	steps = append(steps, rd)
	x.plan.Root = &plan.Seq{Nodes: steps}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecord, Shape: shape}
	x.plan.Tx = len(steps) > 3 || x.d.Has(dialect.LastInsertID)
	return nil
}

// readBack reads the record ref points at with the request's selection.
func (x *cc) readBack(mi *modelInfo, ref *rowRef, sel protocol.Value) (*plan.Read, *plan.Shape, error) {
	lv := x.newLevel(mi)
	lv.uniqueParent = true // Prisma reads a written record back by a record query
	shape, children, err := x.selection(lv, sel)
	if err != nil {
		return nil, nil, err
	}
	if len(lv.cols) == 0 {
		lv.colOf(x, mi.ids[0])
	}
	b := newSQL(x.d)
	b.s("SELECT ")
	for i, c := range lv.cols {
		if i > 0 {
			b.s(", ")
		}
		b.appendSQL(c)
	}
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(lv.alias).s(" WHERE ")
	if err := x.idCondition(b, mi, lv.alias, ref, false); err != nil {
		return nil, nil, err
	}
	x.limitOffset(b, true, 1, 0, false)
	return &plan.Read{Stmt: b.stmt(false), Children: children, RelSlots: lv.rels}, shape, nil
}

// idCondition writes "alias.id = <ref id>" for every id field (list: IN).
func (x *cc) idCondition(b *sqlb, mi *modelInfo, alias string, ref *rowRef, list bool) error {
	for i, f := range mi.ids {
		if i > 0 {
			b.s(" AND ")
		}
		b.col(alias, f.col)
		if list {
			a, ok := ref.args(f)
			if !ok {
				return errorf("P2009", "internal: id %s not available", f.f.Name)
			}
			b.s(" IN ").tuple(a)
		} else {
			a, ok := ref.arg(f)
			if !ok {
				return errorf("P2009", "internal: id %s not available", f.f.Name)
			}
			b.s(" = ").arg(a)
		}
	}
	return nil
}

// createRecord appends the steps creating one record of mi from data
// (a create input), with its nested writes, and returns where its columns
// are found afterwards. fixed presets columns (the FK of a nested create
// under its parent). parentRel is the relation field (on mi) pointing back
// at the parent of a nested create, whose data cannot appear in data.
func (x *cc) createRecord(steps *[]plan.Node, mi *modelInfo, data protocol.Value, fixed []insertCol, parentRel *schema.Field) (*rowRef, error) {
	ref, _, err := x.createRecordSwapped(steps, mi, data, fixed, parentRel)
	return ref, err
}

// createRecordSwapped is createRecord that also reports whether nested
// writes ran before the insert (in Prisma's query graph they are swapped in
// as parents of the create, which moves it after its unswapped siblings).
func (x *cc) createRecordSwapped(steps *[]plan.Node, mi *modelInfo, data protocol.Value, fixed []insertCol, parentRel *schema.Field) (*rowRef, bool, error) {
	return x.createRecordChecked(steps, mi, data, fixed, parentRel, nil)
}

// createRecordChecked is createRecordSwapped with checks that run right
// before the INSERT, after the nested writes the record depends on: where
// Prisma validates the parent a nested create takes its foreign key from
// (the parent is a dependency of the create node, resolved after the
// create's own connects and creates).
func (x *cc) createRecordChecked(steps *[]plan.Node, mi *modelInfo, data protocol.Value, fixed []insertCol, parentRel *schema.Field, checks []plan.Node) (*rowRef, bool, error) {
	var nested []nestedWrite
	for i := range data.Members {
		m := data.Members[i]
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, false, errorf("P2009", "Unknown field `%s` in create data of `%s`", m.Key, mi.m.Name)
		}
		if fi.f.Kind == schema.RelationField {
			nested = append(nested, nestedWrite{rf: fi.f, ops: m.Value})
		}
	}
	// Relations whose FK lives on mi are resolved before the insert.
	pre, err := x.nestedBeforeParent(steps, mi, nested, true)
	if err != nil {
		return nil, false, err
	}
	cols := append([]insertCol(nil), fixed...)
	for _, a := range pre.assigns {
		dup := false
		for _, c := range cols {
			if c.fi == a.fi {
				dup = true
			}
		}
		if !dup {
			cols = append(cols, insertCol{fi: a.fi, arg: a.arg})
		}
	}
	cols, err = x.createColumns(steps, mi, data, cols)
	if err != nil {
		return nil, false, err
	}
	*steps = append(*steps, checks...)
	ref, err := x.insertOne(steps, mi, cols)
	if err != nil {
		return nil, false, err
	}
	if err := x.nestedAfterParent(steps, mi, ref, nested, pre, true); err != nil {
		return nil, false, err
	}
	return ref, len(pre.done) > 0, nil
}

// createColumns returns the insert columns of the scalar data of a create
// input and of the defaults Prisma sends, after the preset cols.
func (x *cc) createColumns(steps *[]plan.Node, mi *modelInfo, data protocol.Value, cols []insertCol) ([]insertCol, error) {
	has := map[string]bool{}
	for _, c := range cols {
		has[c.fi.f.Name] = true
	}
	for i := range data.Members {
		m := data.Members[i]
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, errorf("P2009", "Unknown field `%s` in create data of `%s`", m.Key, mi.m.Name)
		}
		if fi.f.Kind == schema.RelationField || has[m.Key] {
			continue
		}
		a, raw, err := x.dataValue(fi, m.Value)
		if err != nil {
			return nil, err
		}
		has[m.Key] = true
		cols = append(cols, insertCol{fi: fi, arg: a, raw: raw})
	}
	for _, fi := range mi.scalars {
		if has[fi.f.Name] {
			continue
		}
		if c, ok := x.defaultCol(fi); ok {
			cols = append(cols, c)
		}
	}
	return cols, nil
}

// dataValue converts a create/update data value for field fi.
func (x *cc) dataValue(fi *fieldInfo, v protocol.Value) (plan.Arg, string, error) {
	if fi.f.List && v.Kind == protocol.Object {
		if s := v.Get("set"); s.Exists() {
			v = s
		}
	}
	if fi.typ == types.JSON && !fi.f.List {
		if t, inner := v.TaggedType(); t == "Enum" {
			switch inner.Str {
			case "DbNull":
				return constArg(nil, fi.argType), "", nil
			case "JsonNull":
				return constArg("null", fi.argType), "", nil
			}
		}
		if v.IsNull() {
			// A plain null on a Json field is the JSON value null (JsonNull).
			return constArg("null", fi.argType), "", nil
		}
	}
	if v.IsNull() {
		return constArg(nil, fi.argType), "", nil
	}
	a, err := x.valueArg(v, fi, fi.f.List)
	return a, "", err
}

// defaultCol returns the insert column for a field's default, if Prisma
// sends one (literal and application-generated defaults, @updatedAt).
func (x *cc) defaultCol(fi *fieldInfo) (insertCol, bool) {
	f := fi.f
	if f.UpdatedAt && f.Default == nil {
		return insertCol{fi: fi, arg: plan.Arg{Kind: plan.ArgGenerated, Gen: plan.GenNow, Type: fi.argType}}, true
	}
	d := f.Default
	if d == nil {
		return insertCol{}, false
	}
	gen := func(g plan.Generator) (insertCol, bool) {
		at := fi.argType
		return insertCol{fi: fi, arg: plan.Arg{Kind: plan.ArgGenerated, Gen: g, Type: at, Value: d.Length}}, true
	}
	switch d.Kind {
	case schema.DefaultNow:
		return gen(plan.GenNow)
	case schema.DefaultUUID:
		if d.Version == 7 {
			return gen(plan.GenUUID7)
		}
		return gen(plan.GenUUID4)
	case schema.DefaultCUID:
		if d.Version == 2 {
			return gen(plan.GenCUID2)
		}
		return gen(plan.GenCUID)
	case schema.DefaultULID:
		return gen(plan.GenULID)
	case schema.DefaultNanoID:
		return gen(plan.GenNanoID)
	case schema.DefaultLiteral:
		v, err := literalDefault(fi, d)
		if err != nil {
			return insertCol{}, false
		}
		return insertCol{fi: fi, arg: constArg(v, fi.argType)}, true
	}
	return insertCol{}, false
}

// literalDefault converts a literal @default to the bound value.
func literalDefault(fi *fieldInfo, d *schema.Default) (any, error) {
	conv := func(raw any) (any, error) {
		switch fi.typ {
		case types.Enum:
			var s string
			switch v := raw.(type) {
			case schema.EnumValueRef:
				s = string(v)
			case string:
				s = v
			}
			if db, ok := fi.enumIn[s]; ok {
				return db, nil
			}
			return s, nil
		case types.Int, types.BigInt:
			switch v := raw.(type) {
			case int64:
				return v, nil
			case float64:
				return int64(v), nil
			case string:
				return strconv.ParseInt(v, 10, 64)
			}
		case types.Float:
			switch v := raw.(type) {
			case int64:
				return float64(v), nil
			case float64:
				return v, nil
			case string:
				return strconv.ParseFloat(v, 64)
			}
		case types.Decimal:
			switch v := raw.(type) {
			case int64:
				return strconv.FormatInt(v, 10), nil
			case float64:
				return strconv.FormatFloat(v, 'f', -1, 64), nil
			case string:
				return v, nil
			}
		case types.Boolean:
			if b, ok := raw.(bool); ok {
				return b, nil
			}
		case types.DateTime:
			if s, ok := raw.(string); ok {
				return types.ParseDateTime(s)
			}
		case types.Bytes:
			if s, ok := raw.(string); ok {
				return types.DecodeBase64(s)
			}
		case types.String, types.JSON:
			if s, ok := raw.(string); ok {
				return s, nil
			}
		}
		return nil, errorf("P2009", "unsupported default for %s", fi.f.Name)
	}
	if list, ok := d.Value.([]any); ok {
		out := make([]any, 0, len(list))
		for _, e := range list {
			v, err := conv(e)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	if d.Raw != "" && (fi.typ == types.Decimal) {
		return d.Raw, nil
	}
	return conv(d.Value)
}

// insertOne appends an INSERT of one row and returns a reference to the
// new record's scalar columns.
func (x *cc) insertOne(steps *[]plan.Node, mi *modelInfo, cols []insertCol) (*rowRef, error) {
	slot := x.newSlot()
	if !x.d.Has(dialect.Returning) && !x.d.Has(dialect.OutputClause) {
		cols = x.materializeGenerated(steps, cols)
	}
	b := newSQL(x.d)
	b.s("INSERT INTO ")
	x.table(b, mi)
	x.writeInsertColumns(b, mi, cols)
	switch {
	case x.d.Has(dialect.Returning):
		b.s(" RETURNING ")
		x.writeAllCols(b, mi, "")
		*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.Query{Stmt: b.stmt(false)}})
		return allScalarsRef(slot, mi), nil
	case x.d.Has(dialect.OutputClause):
		// DECLARE @generated_keys ... INSERT ... OUTPUT ... INTO ... SELECT.
		ob := newSQL(x.d)
		x.writeInsertOutput(ob, mi, cols)
		*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.Query{Stmt: ob.stmt(false)}})
		return allScalarsRef(slot, mi), nil
	}
	// MySQL: the key comes from the provided values or the last insert id;
	// then the row is read back for the other columns.
	keySlot := x.newSlot()
	mk := &plan.MakeRecord{From: &plan.Query{Stmt: b.stmt(false)}}
	keyRef := &rowRef{slot: keySlot, mi: mi, cols: map[string]int{}}
	for _, f := range mi.ids {
		found := false
		for _, c := range cols {
			if c.fi == f && c.raw == "" {
				keyRef.cols[f.f.Name] = len(mk.Vals)
				mk.Vals = append(mk.Vals, c.arg)
				found = true
				break
			}
		}
		if !found {
			keyRef.cols[f.f.Name] = len(mk.Vals)
			mk.Vals = append(mk.Vals, plan.Arg{Kind: plan.ArgLastInsertID, Type: f.argType})
		}
	}
	*steps = append(*steps, &plan.Let{Slot: keySlot, Expr: mk})
	sb := newSQL(x.d)
	sb.s("SELECT ")
	x.writeAllCols(sb, mi, "")
	sb.s(" FROM ")
	x.table(sb, mi)
	sb.s(" WHERE ")
	for i, f := range mi.ids {
		if i > 0 {
			sb.s(" AND ")
		}
		a, _ := keyRef.arg(f)
		sb.ident(f.col).s(" = ").arg(a)
	}
	*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.Query{Stmt: sb.stmt(false)}})
	return allScalarsRef(slot, mi), nil
}

// materializeGenerated evaluates the generated values among cols (uuid(),
// cuid(), now()...) once, into a record, so that the INSERT and the key
// used to read the row back see the same value.
func (x *cc) materializeGenerated(steps *[]plan.Node, cols []insertCol) []insertCol {
	var gen []plan.Arg
	for _, c := range cols {
		if c.arg.Kind == plan.ArgGenerated && c.raw == "" {
			gen = append(gen, c.arg)
		}
	}
	if len(gen) == 0 {
		return cols
	}
	slot := x.newSlot()
	*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.MakeRecord{Vals: gen}})
	out := make([]insertCol, len(cols))
	copy(out, cols)
	k := 0
	for i, c := range out {
		if c.arg.Kind == plan.ArgGenerated && c.raw == "" {
			out[i].arg = plan.Arg{Kind: plan.ArgSlotCol, Slot: slot, Col: k, Type: c.arg.Type}
			k++
		}
	}
	return out
}

func (x *cc) writeInsertColumns(b *sqlb, mi *modelInfo, cols []insertCol) {
	if len(cols) == 0 {
		if x.d.Has(dialect.EmptyValuesRow) {
			b.s(" () VALUES ()")
		} else {
			b.s(" DEFAULT VALUES")
		}
		return
	}
	b.s(" (")
	for i, c := range cols {
		if i > 0 {
			b.s(", ")
		}
		b.ident(c.fi.col)
	}
	b.s(") VALUES (")
	x.writeInsertValues(b, cols)
	b.s(")")
}

func (x *cc) writeInsertValues(b *sqlb, cols []insertCol) {
	for i, c := range cols {
		if i > 0 {
			b.s(", ")
		}
		if c.raw != "" {
			b.s(c.raw)
			continue
		}
		x.writeValue(b, c.fi, c.arg)
	}
}

// writeValue writes a placeholder for a column value, with the cast some
// dialects need (PostgreSQL enums).
func (x *cc) writeValue(b *sqlb, fi *fieldInfo, a plan.Arg) {
	if fi.typ == types.Enum && x.d.Has(dialect.EnumCast) && fi.f.Enum != nil {
		b.s("CAST(").arg(a).s("::text AS ")
		if x.c.qual != "" {
			b.ident(x.c.qual).s(".")
		}
		name := fi.f.Enum.DBName
		if name == "" {
			name = fi.f.Enum.Name
		}
		b.ident(name)
		if fi.f.List {
			b.s("[]")
		}
		b.s(")")
		return
	}
	b.arg(a)
}

// writeInsertOutput writes a SQL Server INSERT that returns the new row as
// Prisma writes it: the new keys go through OUTPUT ... INTO a table
// variable (a plain OUTPUT fails on tables with triggers), then the row is
// selected by them. WHERE @@ROWCOUNT > 0 reads the INSERT's count.
func (x *cc) writeInsertOutput(b *sqlb, mi *modelInfo, cols []insertCol) {
	b.s("DECLARE @generated_keys table(")
	for i, f := range mi.ids {
		if i > 0 {
			b.s(",")
		}
		b.ident(f.col).s(" " + x.d.GeneratedKeysType(f.f))
	}
	b.s(") INSERT INTO ")
	x.table(b, mi)
	if len(cols) > 0 {
		b.s(" (")
		for i, c := range cols {
			if i > 0 {
				b.s(", ")
			}
			b.ident(c.fi.col)
		}
		b.s(")")
	}
	b.s(" OUTPUT ")
	for i, f := range mi.ids {
		if i > 0 {
			b.s(", ")
		}
		b.col("Inserted", f.col)
	}
	b.s(" INTO @generated_keys")
	if len(cols) == 0 {
		b.s(" DEFAULT VALUES")
	} else {
		b.s(" VALUES (")
		x.writeInsertValues(b, cols)
		b.s(")")
	}
	b.s(" SELECT ")
	x.writeAllCols(b, mi, "t")
	b.s(" FROM @generated_keys AS g INNER JOIN ")
	x.table(b, mi)
	b.s(" AS [t] ON ")
	for i, f := range mi.ids {
		if i > 0 {
			b.s(" AND ")
		}
		b.col("t", f.col).s(" = ").col("g", f.col)
	}
	b.s(" WHERE @@ROWCOUNT > 0")
}

// relationModelInfo returns the related model's info of relation field rf.
func (x *cc) relationModelInfo(rf *schema.Field) (*modelInfo, error) {
	return x.c.model(rf.Relation.RelatedModel.Name)
}

// relationTypeName is Prisma's name of a relation's kind in error contexts.
func relationTypeName(rf *schema.Field) string {
	switch rf.Relation.Kind {
	case schema.OneToOne:
		return "one-to-one"
	case schema.ManyToMany:
		return "many-to-many"
	}
	return "one-to-many"
}

// missingRelated is P2025 for a nested operation whose related record is missing.
func missingRelated(model, relation, relType, operation, neededFor string) *plan.UserError {
	hint := ""
	if neededFor != "" {
		hint = " (needed to " + neededFor + ")"
	}
	var w protocol.Writer
	w.Raw(`{"model":`)
	w.String(model)
	w.Raw(`,"relation":`)
	w.String(relation)
	w.Raw(`,"relationType":`)
	w.String(relType)
	w.Raw(`,"operation":`)
	w.String(operation)
	w.Raw(`,"neededFor":`)
	if neededFor != "" {
		w.String(neededFor)
	} else {
		w.Null()
	}
	w.Byte('}')
	return &plan.UserError{
		Code:    "P2025",
		Message: "An operation failed because it depends on one or more records that were required but not found. No '" + model + "' record" + hint + " was found for " + operation + " on " + relType + " relation '" + relation + "'.",
		Meta:    w.Bytes(),
	}
}

func skipDup(v protocol.Value) bool {
	s := v.Get("skipDuplicates")
	return s.Kind == protocol.Bool && s.Bool
}

// compileCreateMany compiles createMany and createManyAndReturn.
func (x *cc) compileCreateMany(r *protocol.Request) error {
	mi, err := x.c.model(r.ModelName)
	if err != nil {
		return err
	}
	data := r.Arguments.Get("data")
	skip := skipDup(r.Arguments)
	if r.Action == "createMany" {
		n, err := x.insertMany(mi, data, nil, skip)
		if err != nil {
			return err
		}
		x.plan.Root = n
		x.plan.Result = &plan.Result{Kind: plan.ResultCount}
		return nil
	}
	if !x.d.Has(dialect.CreateManyAndReturn) {
		return errorf("P2009", "Operation 'createManyAndReturn' for model '%s' does not match any query.", mi.m.Name)
	}
	// INSERT ... RETURNING all scalars, then shape the rows like a read.
	rows := listOf(data)
	if len(rows) == 0 {
		x.plan.Root = &plan.Const{Value: &plan.Rows{}}
		x.plan.Result = &plan.Result{Kind: plan.ResultRecords, Shape: &plan.Shape{}}
		lv := x.newLevel(mi)
		shape, _, err := x.selection(lv, r.Selection)
		if err != nil {
			return err
		}
		x.plan.Result.Shape = shape
		return nil
	}
	q, err := x.insertManyQuery(mi, rows, nil, skip)
	if err != nil {
		return err
	}
	slot := x.newSlot()
	lv := &level{mi: mi, alias: "", index: map[string]int{}}
	for _, f := range mi.scalars {
		lv.colOf(x, f)
	}
	shape, children, err := x.selection(lv, r.Selection)
	if err != nil {
		return err
	}
	x.plan.Root = &plan.Read{Rows: &plan.Let{Slot: slot, Expr: q}, Children: children, RelSlots: lv.rels}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecords, Shape: shape}
	x.plan.Tx = x.plan.Tx || len(children) > 0
	return nil
}

// insertMany builds the statements of createMany: Execs whose counts add up.
func (x *cc) insertMany(mi *modelInfo, data protocol.Value, fixed []insertCol, skip bool) (plan.Node, error) {
	rows := listOf(data)
	if len(rows) == 0 {
		return &plan.Const{Value: int64(0)}, nil
	}
	return x.insertManyNode(mi, rows, fixed, skip, false)
}

// insertManyQuery builds the statements of createManyAndReturn: Queries
// whose rows are concatenated.
func (x *cc) insertManyQuery(mi *modelInfo, rows []protocol.Value, fixed []insertCol, skip bool) (plan.Node, error) {
	return x.insertManyNode(mi, rows, fixed, skip, true)
}

// insertManyNode runs the statements of insertManyStmts: one as is, several
// in a transaction, their counts added (Sum of Execs) or, returning, their
// rows concatenated (Concat of Queries).
func (x *cc) insertManyNode(mi *modelInfo, rows []protocol.Value, fixed []insertCol, skip, returning bool) (plan.Node, error) {
	stmts, err := x.insertManyStmts(mi, rows, fixed, skip, returning)
	if err != nil {
		return nil, err
	}
	nodes := make([]plan.Node, len(stmts))
	for i, st := range stmts {
		if returning {
			nodes[i] = &plan.Query{Stmt: st}
		} else {
			nodes[i] = &plan.Exec{Stmt: st}
		}
	}
	if len(nodes) == 1 {
		return nodes[0], nil
	}
	x.plan.Tx = true
	if returning {
		return &plan.Concat{Nodes: nodes}, nil
	}
	return &plan.Sum{Nodes: nodes}, nil
}

// insertRow is one row of a multi-row INSERT: its columns by field name.
type insertRow map[string]insertCol

// insertManyStmts builds the INSERT statements of several rows, split as
// Prisma 7.10 splits them:
//   - where a multi-row VALUES cannot say DEFAULT (SQLite), rows that leave
//     out different columns with a database default (autoincrement(),
//     dbgenerated(), sequence()) go to different statements, each leaving
//     its columns out so that the database fills them (Prisma's
//     split_write_args_by_shape). The groups go in the order of their first
//     row (Prisma's is a hash map's, which changes from one call to the
//     next), their rows in input order; a group with no column at all is one
//     INSERT ... DEFAULT VALUES per row;
//   - each group is cut so that one statement stays within the dialect's
//     bind-parameter and row limits (SQL Server: 2,098 and 1,000).
func (x *cc) insertManyStmts(mi *modelInfo, rows []protocol.Value, fixed []insertCol, skip, returning bool) ([]*plan.Stmt, error) {
	all, err := x.insertRows(mi, rows, fixed)
	if err != nil {
		return nil, err
	}
	groups := [][]insertRow{all}
	if !x.d.Has(dialect.DefaultInValues) {
		groups = groupByDefaults(mi, all)
	}
	per := len(rows)
	if m := x.d.MaxInsertRows; m > 0 && per > m {
		per = m
	}
	if lim := x.d.MaxBindValues; lim > 0 && len(rows)*len(mi.scalars) > lim {
		per = min(per, max(1, lim/max(1, len(mi.scalars))))
	}
	var stmts []*plan.Stmt
	for _, g := range groups {
		if !x.d.Has(dialect.DefaultInValues) && !x.d.Has(dialect.EmptyValuesRow) && len(insertColumns(mi, g)) == 0 {
			for range g {
				stmts = append(stmts, x.insertDefaultValues(mi, returning))
			}
			continue
		}
		for start := 0; start < len(g); start += per {
			stmts = append(stmts, x.insertManyStmt(mi, g[start:min(start+per, len(g))], skip, returning))
		}
	}
	return stmts, nil
}

// insertRows converts createMany rows to their columns: the given values,
// fixed (a relation's key, the same in every row) and the defaults noengine
// computes; a column left to the database is absent.
func (x *cc) insertRows(mi *modelInfo, rows []protocol.Value, fixed []insertCol) ([]insertRow, error) {
	all := make([]insertRow, len(rows))
	for i, row := range rows {
		rc := insertRow{}
		for _, c := range fixed {
			rc[c.fi.f.Name] = c
		}
		for j := range row.Members {
			m := row.Members[j]
			fi := mi.fields[m.Key]
			if fi == nil || fi.f.Kind == schema.RelationField {
				return nil, errorf("P2009", "Unknown field `%s` in createMany data of `%s`", m.Key, mi.m.Name)
			}
			a, raw, err := x.dataValue(fi, m.Value)
			if err != nil {
				return nil, err
			}
			rc[m.Key] = insertCol{fi: fi, arg: a, raw: raw}
		}
		for _, fi := range mi.scalars {
			if _, ok := rc[fi.f.Name]; ok {
				continue
			}
			if c, ok := x.defaultCol(fi); ok {
				rc[fi.f.Name] = c
			}
		}
		all[i] = rc
	}
	return all, nil
}

// groupByDefaults groups rows by the columns with a database default they
// leave out, in the order of each group's first row.
func groupByDefaults(mi *modelInfo, all []insertRow) [][]insertRow {
	var groups [][]insertRow
	index := map[string]int{}
	var key []byte
	for _, rc := range all {
		key = key[:0]
		for _, fi := range mi.scalars {
			if _, ok := rc[fi.f.Name]; !ok && fi.f.Default != nil {
				key = append(append(key, fi.f.Name...), 0)
			}
		}
		g, ok := index[string(key)]
		if !ok {
			g = len(groups)
			index[string(key)] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], rc)
	}
	return groups
}

// insertColumns returns the columns some row sets, in model order.
func insertColumns(mi *modelInfo, rows []insertRow) []*fieldInfo {
	var cols []*fieldInfo
	for _, fi := range mi.scalars {
		for _, rc := range rows {
			if _, ok := rc[fi.f.Name]; ok {
				cols = append(cols, fi)
				break
			}
		}
	}
	return cols
}

// insertDefaultValues builds INSERT INTO t DEFAULT VALUES, one row of
// database defaults.
func (x *cc) insertDefaultValues(mi *modelInfo, returning bool) *plan.Stmt {
	b := newSQL(x.d)
	b.s("INSERT INTO ")
	x.table(b, mi)
	b.s(" DEFAULT VALUES")
	if returning {
		b.s(" RETURNING ")
		x.writeAllCols(b, mi, "")
	}
	return b.stmt(false)
}

// insertManyStmt builds INSERT INTO t (cols) VALUES (...), (...) over the
// union of the columns of the rows (a column a row leaves out: DEFAULT where
// the dialect has it, else NULL, which insertManyStmts keeps to columns
// without a database default).
func (x *cc) insertManyStmt(mi *modelInfo, all []insertRow, skip, returning bool) *plan.Stmt {
	order := insertColumns(mi, all)
	b := newSQL(x.d)
	if skip && x.d.Has(dialect.InsertIgnore) {
		b.s("INSERT IGNORE INTO ")
	} else {
		b.s("INSERT INTO ")
	}
	x.table(b, mi)
	if len(order) == 0 {
		if x.d.Has(dialect.EmptyValuesRow) {
			b.s(" () VALUES ")
			for i := range all {
				if i > 0 {
					b.s(", ")
				}
				b.s("()")
			}
		} else {
			// Rows of defaults only, in one statement: the first column
			// set to DEFAULT in each row.
			b.s(" (").ident(mi.scalars[0].col).s(") VALUES ")
			for i := range all {
				if i > 0 {
					b.s(", ")
				}
				b.s("(DEFAULT)")
			}
		}
	} else {
		b.s(" (")
		for i, fi := range order {
			if i > 0 {
				b.s(", ")
			}
			b.ident(fi.col)
		}
		b.s(") VALUES ")
		for i, rc := range all {
			if i > 0 {
				b.s(", ")
			}
			b.s("(")
			for j, fi := range order {
				if j > 0 {
					b.s(", ")
				}
				c, ok := rc[fi.f.Name]
				switch {
				case !ok:
					if x.d.Has(dialect.DefaultInValues) {
						b.s("DEFAULT")
					} else {
						b.s("NULL")
					}
				case c.raw != "":
					b.s(c.raw)
				default:
					x.writeValue(b, fi, c.arg)
				}
			}
			b.s(")")
		}
	}
	if skip && x.d.Has(dialect.OnConflictDoNothing) {
		b.s(" ON CONFLICT DO NOTHING")
	}
	if returning {
		b.s(" RETURNING ")
		x.writeAllCols(b, mi, "")
	}
	return b.stmt(false)
}
