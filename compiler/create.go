package compiler

import (
	"strconv"

	"github.com/noengine/noengine/adapter"
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
	steps = append(steps, &plan.Validate{Expr: rd, Rule: plan.RowCountNeq, N: 0, Err: missingRecord("a query")})
	x.plan.Root = &plan.Seq{Nodes: steps}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecord, Shape: shape}
	x.plan.Tx = len(steps) > 2 || x.d.Has(dialect.LastInsertID)
	return nil
}

// readBack reads the record ref points at with the request's selection.
func (x *cc) readBack(mi *modelInfo, ref *rowRef, sel protocol.Value) (*plan.Read, *plan.Shape, error) {
	lv := x.newLevel(mi)
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
// (a create input), and returns where its columns are found afterwards.
// fixed presets columns (the FK of a nested create under its parent).
// parentRel is the relation field (on mi) pointing back at the parent of a
// nested create, whose data cannot appear in data.
func (x *cc) createRecord(steps *[]plan.Node, mi *modelInfo, data protocol.Value, fixed []insertCol, parentRel *schema.Field) (*rowRef, error) {
	cols := append([]insertCol(nil), fixed...)
	has := map[string]bool{}
	for _, c := range fixed {
		has[c.fi.f.Name] = true
	}
	type deferredRel struct {
		rf  *schema.Field
		ops protocol.Value
	}
	var after []deferredRel
	// Relations whose FK lives on mi are resolved before the insert.
	for i := range data.Members {
		m := data.Members[i]
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, errorf("P2009", "Unknown field `%s` in create data of `%s`", m.Key, mi.m.Name)
		}
		if fi.f.Kind != schema.RelationField {
			continue
		}
		rf := fi.f
		if rf.Relation.Kind != schema.ManyToMany && rf.Relation.Inline {
			fkCols, err := x.nestedParentSide(steps, mi, rf, m.Value)
			if err != nil {
				return nil, err
			}
			for _, c := range fkCols {
				if !has[c.fi.f.Name] {
					has[c.fi.f.Name] = true
					cols = append(cols, c)
				}
			}
			continue
		}
		after = append(after, deferredRel{rf, m.Value})
	}
	// Scalars.
	for i := range data.Members {
		m := data.Members[i]
		fi := mi.fields[m.Key]
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
	// Defaults.
	for _, fi := range mi.scalars {
		if has[fi.f.Name] {
			continue
		}
		if c, ok := x.defaultCol(fi); ok {
			cols = append(cols, c)
		}
	}
	ref, err := x.insertOne(steps, mi, cols)
	if err != nil {
		return nil, err
	}
	for _, d := range after {
		if err := x.nestedChildSide(steps, mi, ref, d.rf, d.ops, "create"); err != nil {
			return nil, err
		}
	}
	return ref, nil
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
		// Rewrite as INSERT ... OUTPUT INSERTED.* VALUES.
		ob := newSQL(x.d)
		ob.s("INSERT INTO ")
		x.table(ob, mi)
		x.writeInsertColumnsOutput(ob, mi, cols)
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

func (x *cc) writeInsertColumns(b *sqlb, mi *modelInfo, cols []insertCol) {
	if len(cols) == 0 {
		if x.d.Family == dialect.MySQL {
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

func (x *cc) writeInsertColumnsOutput(b *sqlb, mi *modelInfo, cols []insertCol) {
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
	for i, f := range mi.scalars {
		if i > 0 {
			b.s(", ")
		}
		b.s("INSERTED.").ident(f.col)
	}
	if len(cols) == 0 {
		b.s(" DEFAULT VALUES")
		return
	}
	b.s(" VALUES (")
	x.writeInsertValues(b, cols)
	b.s(")")
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
	if neededFor != "" {
		w.Raw(`,"neededFor":`)
		w.String(neededFor)
	}
	w.Byte('}')
	return &plan.UserError{
		Code:    "P2025",
		Message: "An operation failed because it depends on one or more records that were required but not found. No '" + model + "' record" + hint + " was found for " + operation + " on " + relType + " relation '" + relation + "'.",
		Meta:    w.Bytes(),
	}
}

// nestedParentSide handles a nested write on a relation whose FK lives on
// the record being written (create/connect/connectOrCreate of the related
// record first), and returns the FK columns to set.
func (x *cc) nestedParentSide(steps *[]plan.Node, mi *modelInfo, rf *schema.Field, ops protocol.Value) ([]insertCol, error) {
	rmi, err := x.relationModelInfo(rf)
	if err != nil {
		return nil, err
	}
	var ref *rowRef
	for i := range ops.Members {
		m := ops.Members[i]
		switch m.Key {
		case "create":
			ref, err = x.createRecord(steps, rmi, m.Value, nil, rf.Relation.Opposite)
			if err != nil {
				return nil, err
			}
		case "connect":
			ref, err = x.findUniqueRef(steps, rmi, m.Value, missingRelated(rmi.m.Name, rf.Relation.Name, relationTypeName(rf), "a nested connect", "inline the relation on '"+mi.m.Name+"' record(s)"))
			if err != nil {
				return nil, err
			}
		case "connectOrCreate":
			ref, err = x.connectOrCreateParent(steps, rmi, rf, m.Value)
			if err != nil {
				return nil, err
			}
		default:
			return nil, errorf("P2009", "Unknown nested operation `%s` on `%s`", m.Key, rf.Name)
		}
	}
	if ref == nil {
		return nil, nil
	}
	var cols []insertCol
	for i, f := range rf.Relation.Fields {
		fi := mi.fields[f.Name]
		a, ok := ref.arg(rmi.fields[rf.Relation.References[i].Name])
		if !ok {
			return nil, errorf("P2009", "internal: referenced field not available")
		}
		a.Type = fi.argType
		cols = append(cols, insertCol{fi: fi, arg: a})
	}
	return cols, nil
}

// findUniqueRef appends a SELECT of all scalars of mi by a unique where,
// validated to exist (else err), and returns a reference to it.
func (x *cc) findUniqueRef(steps *[]plan.Node, mi *modelInfo, where protocol.Value, missing *plan.UserError) (*rowRef, error) {
	slot := x.newSlot()
	q, err := x.selectAllWhere(mi, where, true)
	if err != nil {
		return nil, err
	}
	*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.Validate{Expr: q, Rule: plan.RowCountNeq, N: 0, Err: missing}})
	return allScalarsRef(slot, mi), nil
}

// selectAllWhere builds SELECT <all scalars> FROM mi WHERE <where> [LIMIT 1].
func (x *cc) selectAllWhere(mi *modelInfo, where protocol.Value, one bool) (*plan.Query, error) {
	alias := x.newAlias()
	b := newSQL(x.d)
	b.s("SELECT ")
	x.writeAllCols(b, mi, alias)
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(alias).s(" WHERE ")
	w := newSQL(x.d)
	if err := x.filter(w, mi, alias, where); err != nil {
		return nil, err
	}
	if w.empty() {
		b.s("1=1")
	} else {
		b.appendSQL(w)
	}
	if one {
		x.limitOffset(b, true, 1, 0, false)
	}
	return &plan.Query{Stmt: b.stmt(false)}, nil
}

// connectOrCreateParent: find the related record, or create it.
func (x *cc) connectOrCreateParent(steps *[]plan.Node, rmi *modelInfo, rf *schema.Field, v protocol.Value) (*rowRef, error) {
	slot := x.newSlot()
	q, err := x.selectAllWhere(rmi, v.Get("where"), true)
	if err != nil {
		return nil, err
	}
	var createSteps []plan.Node
	ref, err := x.createRecord(&createSteps, rmi, v.Get("create"), nil, rf.Relation.Opposite)
	if err != nil {
		return nil, err
	}
	createSteps = append(createSteps, &plan.Get{Slot: ref.slot})
	*steps = append(*steps, &plan.Let{Slot: slot, Expr: &plan.If{
		Cond: &plan.Let{Slot: slot, Expr: q}, Rule: plan.RowCountNeq, N: 0,
		Then: &plan.Get{Slot: slot},
		Else: &plan.Seq{Nodes: createSteps},
	}})
	return allScalarsRef(slot, rmi), nil
}

// nestedChildSide handles nested writes on a relation whose FK lives on the
// related records (or in a join table), after the parent record exists.
func (x *cc) nestedChildSide(steps *[]plan.Node, mi *modelInfo, parent *rowRef, rf *schema.Field, ops protocol.Value, parentOp string) error {
	rmi, err := x.relationModelInfo(rf)
	if err != nil {
		return err
	}
	m2m := rf.Relation.Kind == schema.ManyToMany
	// The FK columns of the child and the parent values they take.
	var fixed []insertCol
	if !m2m {
		pf, cf := relationFields(rf)
		for i := range cf {
			fi := rmi.fields[cf[i].Name]
			a, ok := parent.arg(mi.fields[pf[i].Name])
			if !ok {
				return errorf("P2009", "internal: parent key not available")
			}
			a.Type = fi.argType
			a.Type.List = false
			fixed = append(fixed, insertCol{fi: fi, arg: a})
		}
	}
	for i := range ops.Members {
		m := ops.Members[i]
		switch m.Key {
		case "create":
			for _, item := range listOf(m.Value) {
				ref, err := x.createRecord(steps, rmi, item, fixed, rf.Relation.Opposite)
				if err != nil {
					return err
				}
				if m2m {
					if err := x.linkM2M(steps, mi, parent, rf, rmi, ref); err != nil {
						return err
					}
				}
			}
		case "createMany":
			if m2m {
				return errorf("P2009", "createMany is not available on many-to-many relations")
			}
			n, err := x.insertMany(rmi, m.Value.Get("data"), fixed, skipDup(m.Value))
			if err != nil {
				return err
			}
			*steps = append(*steps, n)
		case "connect":
			for _, where := range listOf(m.Value) {
				if err := x.connectChild(steps, mi, parent, rf, rmi, where, fixed); err != nil {
					return err
				}
			}
		case "connectOrCreate":
			for _, item := range listOf(m.Value) {
				if err := x.connectOrCreateChild(steps, mi, parent, rf, rmi, item, fixed); err != nil {
					return err
				}
			}
		default:
			return x.nestedUpdateOp(steps, mi, parent, rf, rmi, m.Key, m.Value, fixed)
		}
	}
	return nil
}

func skipDup(v protocol.Value) bool {
	s := v.Get("skipDuplicates")
	return s.Kind == protocol.Bool && s.Bool
}

// linkM2M inserts join-table rows linking the parent with the records in ref.
func (x *cc) linkM2M(steps *[]plan.Node, mi *modelInfo, parent *rowRef, rf *schema.Field, rmi *modelInfo, child *rowRef) error {
	table, pcol, ccol := joinColumns(rf)
	pa, ok1 := parent.args(mi.ids[0])
	ca, ok2 := child.args(rmi.ids[0])
	if !ok1 || !ok2 {
		return errorf("P2009", "internal: m2m keys not available")
	}
	b := newSQL(x.d)
	if x.d.Family == dialect.MySQL {
		b.s("INSERT IGNORE INTO ")
	} else {
		b.s("INSERT INTO ")
	}
	x.tableName(b, table)
	b.s(" (").ident(pcol).s(", ").ident(ccol).s(") VALUES ")
	pa.Type.List, ca.Type.List = false, false
	prod := plan.Arg{Kind: plan.ArgProduct, Items: []plan.Arg{pa, ca}}
	prod.Items[0].Type.List, prod.Items[1].Type.List = false, false
	b.tupleList(prod)
	if x.d.Has(dialect.OnConflictDoNothing) {
		b.s(" ON CONFLICT DO NOTHING")
	}
	*steps = append(*steps, &plan.If{Cond: &plan.Get{Slot: child.slot}, Rule: plan.RowCountNeq, N: 0, Then: &plan.Exec{Stmt: b.stmt(true)}})
	return nil
}

// connectChild connects an existing related record to the parent.
func (x *cc) connectChild(steps *[]plan.Node, mi *modelInfo, parent *rowRef, rf *schema.Field, rmi *modelInfo, where protocol.Value, fixed []insertCol) error {
	missing := missingRelated(rmi.m.Name, rf.Relation.Name, relationTypeName(rf), "a nested connect", "")
	if rf.Relation.Kind == schema.ManyToMany {
		ref, err := x.findUniqueRef(steps, rmi, where, missing)
		if err != nil {
			return err
		}
		return x.linkM2M(steps, mi, parent, rf, rmi, ref)
	}
	// UPDATE child SET fk = parent WHERE <unique>; the record must exist.
	ref, err := x.findUniqueRef(steps, rmi, where, missing)
	if err != nil {
		return err
	}
	if !rf.List {
		// One-to-one: disconnect whatever the parent had before.
		if err := x.disconnectPrevious(steps, rmi, fixed); err != nil {
			return err
		}
	}
	b := newSQL(x.d)
	b.s("UPDATE ")
	x.table(b, rmi)
	b.s(" SET ")
	for i, c := range fixed {
		if i > 0 {
			b.s(", ")
		}
		b.ident(c.fi.col).s(" = ")
		x.writeValue(b, c.fi, c.arg)
	}
	x.writeUpdatedAt(b, rmi, fixed)
	b.s(" WHERE ")
	for i, f := range rmi.ids {
		if i > 0 {
			b.s(" AND ")
		}
		a, _ := ref.arg(f)
		b.ident(f.col).s(" = ").arg(a)
	}
	*steps = append(*steps, &plan.Exec{Stmt: b.stmt(false)})
	return nil
}

// writeUpdatedAt adds "upd = now" for @updatedAt fields not set explicitly.
func (x *cc) writeUpdatedAt(b *sqlb, mi *modelInfo, set []insertCol) {
	for _, f := range mi.scalars {
		if !f.f.UpdatedAt {
			continue
		}
		skip := false
		for _, c := range set {
			if c.fi == f {
				skip = true
			}
		}
		if skip {
			continue
		}
		b.s(", ").ident(f.col).s(" = ").arg(plan.Arg{Kind: plan.ArgGenerated, Gen: plan.GenNow, Type: f.argType})
	}
}

// disconnectPrevious clears the FK of records already pointing at the
// parent (one-to-one connects move the relation).
func (x *cc) disconnectPrevious(steps *[]plan.Node, rmi *modelInfo, fixed []insertCol) error {
	for _, c := range fixed {
		if c.fi.f.Required() {
			// A required FK cannot be cleared; Prisma checks this as a relation violation.
			return nil
		}
	}
	b := newSQL(x.d)
	b.s("UPDATE ")
	x.table(b, rmi)
	b.s(" SET ")
	for i, c := range fixed {
		if i > 0 {
			b.s(", ")
		}
		b.ident(c.fi.col).s(" = NULL")
	}
	b.s(" WHERE ")
	for i, c := range fixed {
		if i > 0 {
			b.s(" AND ")
		}
		b.ident(c.fi.col).s(" = ").arg(c.arg)
	}
	*steps = append(*steps, &plan.Exec{Stmt: b.stmt(false)})
	return nil
}

// connectOrCreateChild connects the record matching where, or creates it.
func (x *cc) connectOrCreateChild(steps *[]plan.Node, mi *modelInfo, parent *rowRef, rf *schema.Field, rmi *modelInfo, item protocol.Value, fixed []insertCol) error {
	where, create := item.Get("where"), item.Get("create")
	slot := x.newSlot()
	q, err := x.selectAllWhere(rmi, where, true)
	if err != nil {
		return err
	}
	found := allScalarsRef(slot, rmi)
	var connectSteps []plan.Node
	if rf.Relation.Kind == schema.ManyToMany {
		if err := x.linkM2M(&connectSteps, mi, parent, rf, rmi, found); err != nil {
			return err
		}
	} else {
		b := newSQL(x.d)
		b.s("UPDATE ")
		x.table(b, rmi)
		b.s(" SET ")
		for i, c := range fixed {
			if i > 0 {
				b.s(", ")
			}
			b.ident(c.fi.col).s(" = ")
			x.writeValue(b, c.fi, c.arg)
		}
		x.writeUpdatedAt(b, rmi, fixed)
		b.s(" WHERE ")
		for i, f := range rmi.ids {
			if i > 0 {
				b.s(" AND ")
			}
			a, _ := found.arg(f)
			b.ident(f.col).s(" = ").arg(a)
		}
		connectSteps = append(connectSteps, &plan.Exec{Stmt: b.stmt(false)})
	}
	var createSteps []plan.Node
	var cfixed []insertCol
	if rf.Relation.Kind != schema.ManyToMany {
		cfixed = fixed
	}
	ref, err := x.createRecord(&createSteps, rmi, create, cfixed, rf.Relation.Opposite)
	if err != nil {
		return err
	}
	if rf.Relation.Kind == schema.ManyToMany {
		if err := x.linkM2M(&createSteps, mi, parent, rf, rmi, ref); err != nil {
			return err
		}
	}
	*steps = append(*steps, &plan.If{
		Cond: &plan.Let{Slot: slot, Expr: q}, Rule: plan.RowCountNeq, N: 0,
		Then: &plan.Seq{Nodes: connectSteps},
		Else: &plan.Seq{Nodes: createSteps},
	})
	return nil
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
	stmt, err := x.insertManyStmt(mi, rows, nil, skip, true)
	if err != nil {
		return err
	}
	slot := x.newSlot()
	ref := allScalarsRef(slot, mi)
	lv := &level{mi: mi, alias: "", index: map[string]int{}}
	for _, f := range mi.scalars {
		lv.colOf(x, f)
	}
	shape, children, err := x.selection(lv, r.Selection)
	if err != nil {
		return err
	}
	_ = ref
	x.plan.Root = &plan.Read{Rows: &plan.Let{Slot: slot, Expr: &plan.Query{Stmt: stmt}}, Children: children, RelSlots: lv.rels}
	x.plan.Result = &plan.Result{Kind: plan.ResultRecords, Shape: shape}
	x.plan.Tx = len(children) > 0
	return nil
}

// insertMany builds the statement of createMany (an Exec counting rows).
func (x *cc) insertMany(mi *modelInfo, data protocol.Value, fixed []insertCol, skip bool) (plan.Node, error) {
	rows := listOf(data)
	if len(rows) == 0 {
		return &plan.Const{Value: int64(0)}, nil
	}
	stmt, err := x.insertManyStmt(mi, rows, fixed, skip, false)
	if err != nil {
		return nil, err
	}
	return &plan.Exec{Stmt: stmt}, nil
}

// insertManyStmt builds INSERT INTO t (cols) VALUES (...), (...) over the
// union of the columns of all rows (absent values: defaults or DEFAULT).
func (x *cc) insertManyStmt(mi *modelInfo, rows []protocol.Value, fixed []insertCol, skip, returning bool) (*plan.Stmt, error) {
	type rowCols map[string]insertCol
	var order []*fieldInfo
	seen := map[string]bool{}
	all := make([]rowCols, len(rows))
	for i, row := range rows {
		rc := rowCols{}
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
	for _, fi := range mi.scalars {
		for _, rc := range all {
			if _, ok := rc[fi.f.Name]; ok && !seen[fi.f.Name] {
				seen[fi.f.Name] = true
				order = append(order, fi)
			}
		}
	}
	b := newSQL(x.d)
	if skip && x.d.Has(dialect.InsertIgnore) {
		b.s("INSERT IGNORE INTO ")
	} else {
		b.s("INSERT INTO ")
	}
	x.table(b, mi)
	if len(order) == 0 {
		if x.d.Family == dialect.MySQL {
			b.s(" () VALUES ")
			for i := range all {
				if i > 0 {
					b.s(", ")
				}
				b.s("()")
			}
		} else {
			// Several default rows: one statement per row is not needed for
			// a count; use DEFAULT VALUES per row via a multi-row insert of
			// the first id column set to DEFAULT.
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
					if x.d.Family == dialect.SQLite {
						b.s("NULL")
					} else {
						b.s("DEFAULT")
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
	return b.stmt(false), nil
}

var _ = adapter.ArgType{}
