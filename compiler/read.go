package compiler

import (
	"fmt"
	"slices"
	"strings"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// level is one SELECT being assembled: a model under an alias and its
// select list.
type level struct {
	mi    *modelInfo
	alias string
	// slot is the alias's slot in fieldInfo.frags (0 for "", n+1 for tn),
	// -1 when not cached.
	slot int
	cols []*sqlb
	// colIdx[fi.pos] is 1 + the select-list position of field fi's column,
	// 0 when not selected (allocated on the first column).
	colIdx []int32
	// index holds the positions of expression columns by key (allocated on
	// the first one).
	index map[string]int
	rels  int
	// fields[i] is the field of column i (nil for expressions) and
	// decodes[i] how column i decodes when the level is embedded as JSON.
	fields  []*fieldInfo
	decodes []plan.Decode
	// uniqueParent: the level reads at most one record, as Prisma's
	// record query (findUnique, the read back of a single-record write),
	// so its to-many relations are read for a unique parent (see
	// sqlCursor).
	uniqueParent bool
}

func (x *cc) newLevel(mi *modelInfo) *level {
	lv := &level{mi: mi, alias: x.newAlias(), slot: -1}
	if x.alias < fragSlots {
		lv.slot = x.alias // alias t(n) is slot n+1
	}
	return lv
}

// colOf adds (once) the column of field fi to the select list.
func (lv *level) colOf(x *cc, fi *fieldInfo) int {
	if fi.pos < len(lv.colIdx) {
		if i := lv.colIdx[fi.pos]; i > 0 {
			return int(i) - 1
		}
	} else if fi.pos >= len(lv.mi.m.Fields) || lv.mi.m.Fields[fi.pos] != fi.f {
		// A field of another model (never expected): the column of the
		// level's field of that name, else keyed by name.
		for _, f := range lv.mi.scalars {
			if f.col == fi.col {
				return lv.colOf(x, f)
			}
		}
		return lv.exprCol("c:"+fi.col, x.colFrag(lv, fi))
	} else {
		lv.colIdx = make([]int32, len(lv.mi.m.Fields))
		if lv.cols == nil {
			n := len(lv.mi.scalars) + 1
			lv.cols = make([]*sqlb, 0, n)
			lv.fields = make([]*fieldInfo, 0, n)
			lv.decodes = make([]plan.Decode, 0, n)
		}
	}
	lv.cols = append(lv.cols, x.colFrag(lv, fi))
	lv.fields = append(lv.fields, fi)
	lv.decodes = append(lv.decodes, plan.Decode{})
	lv.colIdx[fi.pos] = int32(len(lv.cols))
	return len(lv.cols) - 1
}

// colFrag returns a builder holding the select-list fragment of field fi's
// column at level lv: alias.column, with a cast where the dialect needs
// one. The fragment's text is cached per field and alias (fieldInfo.frags).
func (x *cc) colFrag(lv *level, fi *fieldInfo) *sqlb {
	cast := fi.typ == types.Enum && fi.f.List && x.d.Has(dialect.EnumCast)
	if lv.slot < 0 || lv.slot >= fragSlots || cast || (lv.slot == 0) != (lv.alias == "") {
		b := x.newSQL()
		b.col(lv.alias, fi.col)
		if cast {
			// Enum arrays come back as text arrays, as Prisma selects them.
			b.s("::text[]")
		}
		return b
	}
	if fi.frags == nil {
		b := x.newSQL()
		b.col(lv.alias, fi.col)
		return b
	}
	p := fi.frags[lv.slot].Load()
	if p == nil {
		var buf []byte
		if lv.alias != "" {
			buf = x.d.AppendIdent(buf, lv.alias)
			buf = append(buf, '.')
		}
		buf = x.d.AppendIdent(buf, fi.col)
		buf = buf[:len(buf):len(buf)]
		p = &buf
		fi.frags[lv.slot].Store(p)
	}
	b := x.newSQL()
	b.buf = *p
	return b
}

// selectList writes the level's columns, separated by commas, after
// reserving room in b for them and for the rest of a SELECT of the level
// with the where condition and joins given (which are written later).
func (lv *level) selectList(b *sqlb, where *sqlb, joins []*sqlb) {
	n, np := 2*len(lv.cols)+96, 2
	for _, c := range lv.cols {
		n += len(c.buf)
		np += len(c.pieces)
	}
	if where != nil {
		n += len(where.buf)
		np += len(where.pieces)
	}
	for _, j := range joins {
		n += len(j.buf)
		np += len(j.pieces)
	}
	b.buf = slices.Grow(b.buf, n)
	b.pieces = slices.Grow(b.pieces, np)
	b.args = slices.Grow(b.args, np)
	for i, c := range lv.cols {
		if i > 0 {
			b.s(", ")
		}
		b.appendSQL(c)
	}
}

// exprCol adds an expression column under a key.
func (lv *level) exprCol(key string, b *sqlb) int {
	return lv.exprColDecode(key, b, plan.Decode{})
}

// exprColDecode adds an expression column that decodes as dec when embedded.
func (lv *level) exprColDecode(key string, b *sqlb, dec plan.Decode) int {
	if i, ok := lv.index[key]; ok {
		return i
	}
	if lv.index == nil {
		lv.index = map[string]int{}
	}
	lv.cols = append(lv.cols, b)
	lv.fields = append(lv.fields, nil)
	lv.decodes = append(lv.decodes, dec)
	lv.index[key] = len(lv.cols) - 1
	return len(lv.cols) - 1
}

// readArgs are the arguments of a read.
type readArgs struct {
	where    protocol.Value
	orderBy  protocol.Value
	cursor   protocol.Value
	take     int64
	hasTake  bool
	skip     int64
	distinct []string
	// unique: where is a WhereUniqueInput (findUnique).
	unique bool
	// implicitTake: findFirst's take 1, which (unlike an explicit take)
	// does not order by the primary key in Prisma.
	implicitTake bool
	// first: findFirst(OrThrow).
	first bool
	// record: the read is Prisma's record query (findUnique and the read
	// of a deleteOne), whose nested reads have a unique parent.
	record bool
}

func (x *cc) parseReadArgs(args protocol.Value) (readArgs, error) {
	ra := readArgs{
		where:   args.Get("where"),
		orderBy: args.Get("orderBy"),
		cursor:  args.Get("cursor"),
	}
	if t := args.Get("take"); t.Exists() && !t.IsNull() {
		n, ok := intArgument(x.paramValue(t))
		if !ok {
			return ra, errorf("P2009", "Invalid value for argument `take`")
		}
		ra.take, ra.hasTake = n, true
	}
	if s := args.Get("skip"); s.Exists() && !s.IsNull() {
		n, ok := intArgument(x.paramValue(s))
		if !ok {
			return ra, errorf("P2009", "Invalid value for argument `skip`")
		}
		if n < 0 {
			return ra, &Error{Message: fmt.Sprintf("AssertionError(\"Invalid value for skip argument: Value can only be positive, found: %d\")", n)}
		}
		ra.skip = n
	}
	if d := args.Get("distinct"); d.Exists() && !d.IsNull() {
		d = x.paramValue(d)
		if d.Kind == protocol.String {
			ra.distinct = []string{d.Str}
		} else {
			// distinct: [] is a distinct over no fields (non-nil): Prisma
			// keeps the first record only.
			ra.distinct = []string{}
			for i := range d.Members {
				ra.distinct = append(ra.distinct, x.paramValue(d.Members[i].Value).Str)
			}
		}
	}
	if ra.cursor.IsNull() {
		ra.cursor = protocol.Value{}
	}
	return ra, nil
}

// intArgument reads an Int argument (take, skip) as Prisma's query parser
// does: a fractional number is truncated toward zero (1.5 → 1).
func intArgument(v protocol.Value) (int64, bool) {
	n, err := types.Parse(v, types.Int)
	if err != nil {
		return 0, false
	}
	i, ok := n.(int64)
	return i, ok
}

// compileFind compiles findUnique, findFirst, findMany and their OrThrow forms.
func (x *cc) compileFind(r *protocol.Request) error {
	mi, err := x.c.model(r.ModelName)
	if err != nil {
		return err
	}
	ra, err := x.parseReadArgs(r.Arguments)
	if err != nil {
		return err
	}
	single := true
	switch r.Action {
	case "findUnique", "findUniqueOrThrow":
		ra.take, ra.hasTake = 1, true
		ra.unique, ra.record = true, true
	case "findFirst", "findFirstOrThrow":
		if ra.hasTake && ra.take != 1 && ra.take != -1 {
			return errorf("P2019", "Input error. The '%s' operation cannot be used with a 'take' argument that isn't 1 or -1", r.Action)
		}
		if !ra.hasTake {
			ra.take, ra.hasTake, ra.implicitTake = 1, true, true
		}
		ra.first = true
	default:
		single = false
	}
	rd, shape, err := x.buildRead(mi, ra, r.Selection, nil)
	if err != nil {
		return err
	}
	var root plan.Node = rd
	if r.Action == "findUniqueOrThrow" || r.Action == "findFirstOrThrow" {
		root = &plan.Validate{Expr: rd, Rule: plan.RowCountNeq, N: 0, Err: missingRecord("a query")}
	}
	x.plan.Root = root
	if single {
		x.plan.Result = &plan.Result{Kind: plan.ResultRecord, Shape: shape}
	} else {
		x.plan.Result = &plan.Result{Kind: plan.ResultRecords, Shape: shape}
	}
	return nil
}

// missingRecord is P2025 for a required record that was not found.
func missingRecord(operation string) *plan.UserError {
	return &plan.UserError{
		Code:    "P2025",
		Message: "An operation failed because it depends on one or more records that were required but not found. No record was found for " + operation + ".",
		Meta:    []byte(`{"operation":` + string(protocol.AppendString(nil, operation)) + `}`),
	}
}

// link describes how a child read is tied to its parents.
type link struct {
	// parentCols are the parent's columns, childFields the child's fields
	// (1:1, 1:n) compared with them.
	parentCols  []int
	childFields []*fieldInfo
	// joinTable is set for many-to-many: the child query joins it and
	// exposes the parent key as an extra column.
	joinTable      string
	joinChildCol   string // join table column referencing the child
	joinParentCol  string // join table column referencing the parent
	childKeyFields []*fieldInfo
	// childCols are the child record's link columns.
	childCols []int
	// sqlCursor: the cursor is a condition of the child read's SQL only,
	// with no in-memory position (see sqlCursor).
	sqlCursor bool
}

// sqlCursor reports whether the cursor of a to-many relation read is
// applied in SQL only, as Prisma does for a unique parent whose pagination
// needs no in-memory processing (a stable, non-nullable ordering, no
// distinct): the cursor record is looked up in the whole table, so a
// cursor on a record not related to the parent positions the related
// records after it. Under several parents (or with in-memory processing)
// the cursor is in the SQL too, and also a position among each parent's
// related records: one not among them yields none.
func (x *cc) sqlCursor(parent *level, cmi *modelInfo, ra readArgs) bool {
	return parent.uniqueParent && ra.cursor.Exists() && ra.distinct == nil &&
		x.stableOrdering(cmi, ra.orderBy) && !x.nullableOrdering(cmi, ra.orderBy)
}

// buildRead compiles a read of mi: the statement, children and shape.
// parent links a child read to its parents' keys (nil at the top).
func (x *cc) buildRead(mi *modelInfo, ra readArgs, sel protocol.Value, parent *link) (*plan.Read, *plan.Shape, error) {
	lv := x.newLevel(mi)
	lv.uniqueParent = parent == nil && ra.record
	rd := &plan.Read{}
	shape, children, err := x.selection(lv, sel)
	if err != nil {
		return nil, nil, err
	}

	// Link columns of a child read.
	var linkCols []int
	if parent != nil {
		if parent.joinTable != "" {
			b := newSQL(x.d)
			b.col("j", parent.joinParentCol)
			linkCols = []int{lv.exprCol("j:"+parent.joinParentCol, b)}
		} else {
			for _, f := range parent.childFields {
				linkCols = append(linkCols, lv.colOf(x, f))
			}
		}
	}

	reverse := ra.hasTake && ra.take < 0
	take := ra.take
	if reverse {
		take = -take
	}
	// A findFirst without skip or cursor reads its one row in SQL, whatever
	// its distinct.
	distinctInMemory := ra.distinct != nil && !(ra.first && ra.skip == 0 && !ra.cursor.Exists())
	// Prisma pages in memory only when SQL cannot do it reliably: distinct,
	// or a cursor over an unstable or nullable ordering.
	inMemory := parent != nil || distinctInMemory ||
		(ra.cursor.Exists() && (!x.stableOrdering(mi, ra.orderBy) || x.nullableOrdering(mi, ra.orderBy)))
	// Nested reads of a unique (to-one) relation have no pagination.
	proc := &plan.Process{Take: -1}
	needProc := false
	if inMemory {
		if ra.hasTake {
			proc.Take = take
			needProc = true
		}
		if ra.skip > 0 {
			proc.Skip = ra.skip
			needProc = true
		}
		if ra.distinct != nil {
			proc.Distinct = []int{}
			needProc = true
		}
		for _, name := range ra.distinct {
			fi := mi.fields[name]
			if fi == nil {
				return nil, nil, errorf("P2009", "Unknown distinct field `%s`", name)
			}
			proc.Distinct = append(proc.Distinct, lv.colOf(x, fi))
		}
		if ra.cursor.Exists() {
			cur, err := x.cursorValues(lv, ra.cursor)
			if err != nil {
				return nil, nil, err
			}
			proc.Cursor = cur
			needProc = true
		}
	}
	if reverse {
		proc.Reverse = true
		needProc = true
	}

	b := newSQL(x.d)
	b.s("SELECT ")
	if len(lv.cols) == 0 {
		// Nothing selected (e.g. only relations without keys): select the ids.
		for _, f := range mi.ids {
			lv.colOf(x, f)
		}
	}
	// Order and filters may add columns (none today), so write the select
	// list after building them into their own builders.
	where, joins, err := x.filterJoins(mi, lv.alias, ra.where, ra.unique)
	if err != nil {
		return nil, nil, err
	}
	orders, err := x.orderBy(lv, ra.orderBy)
	if err != nil {
		return nil, nil, err
	}
	paginated := (ra.hasTake && !ra.unique && !ra.implicitTake) || ra.skip > 0 || ra.cursor.Exists()
	if len(orders) == 0 && paginated {
		for _, f := range mi.ids {
			orders = append(orders, orderItem{expr: colExpr(x, lv.alias, f.col), desc: false})
		}
	}
	var cursorCond *sqlb
	if ra.cursor.Exists() && parent == nil {
		cursorCond, err = x.cursorCondition(lv, ra.cursor, orders, reverse)
		if err != nil {
			return nil, nil, err
		}
	}

	lv.selectList(b, where, joins)
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(lv.alias)
	for _, j := range joins {
		b.appendSQL(j)
	}
	if parent != nil && parent.joinTable != "" {
		b.s(" INNER JOIN ")
		x.tableName(b, parent.joinTable)
		b.s(" AS ").ident("j").s(" ON ")
		b.col("j", parent.joinChildCol).s(" = ").col(lv.alias, parent.childKeyFields[0].col)
	}
	conds := 0
	b.s(" WHERE ")
	if !where.empty() {
		b.appendSQL(where)
		conds++
	}
	if parent != nil {
		if parent.joinTable != "" {
			if conds > 0 {
				b.s(" AND ")
			}
			b.col("j", parent.joinParentCol).s(" IN ")
			b.tuple(plan.Arg{Kind: plan.ArgParentKeys, Col: parent.parentCols[0], Type: parent.childKeyFields[0].argType})
			conds++
		} else {
			for i, f := range parent.childFields {
				if conds > 0 {
					b.s(" AND ")
				}
				b.col(lv.alias, f.col).s(" IN ")
				at := f.argType
				at.List = false
				b.tuple(plan.Arg{Kind: plan.ArgParentKeys, Col: parent.parentCols[i], Type: at})
				conds++
			}
		}
	}
	if cursorCond != nil {
		if conds > 0 {
			b.s(" AND ")
		}
		b.s("(").appendSQL(cursorCond).s(")")
		conds++
	}
	if conds == 0 {
		b.s("1=1")
	}
	if len(orders) > 0 {
		b.s(" ORDER BY ")
		for i, o := range orders {
			if i > 0 {
				b.s(", ")
			}
			x.writeOrder(b, o, reverse)
		}
	}
	if !inMemory && (ra.hasTake || ra.skip > 0) {
		x.limitOffset(b, ra.hasTake, take, ra.skip, len(orders) > 0)
	}
	rd.Stmt = b.stmt(parent != nil)
	if parent == nil && !inMemory && len(orders) == 0 && !ra.hasTake && ra.skip == 0 {
		// As Prisma: a plain top-level read (no order, no page) may be split
		// in several statements when an IN list exceeds the bind-parameter
		// limit (SQL Server's 2,098), but not under a negation.
		rd.Stmt.Chunkable = !stmtHasText(rd.Stmt, "NOT ")
	}
	if parent == nil && !inMemory && ra.hasTake && take == 0 && x.d.Has(dialect.OffsetFetch) {
		// SQL Server rejects FETCH NEXT 0 ROWS; Prisma reads nothing for take: 0.
		rd.Stmt, rd.Rows = nil, &plan.Concat{}
	}
	rd.Children = children
	rd.RelSlots = lv.rels
	if needProc {
		rd.Process = proc
	}
	_ = linkCols
	return rd, shape, nil
}

// limitOffset writes the dialect's LIMIT/OFFSET clause.
func (x *cc) limitOffset(b *sqlb, hasTake bool, take, skip int64, ordered bool) {
	if x.d.Has(dialect.OffsetFetch) {
		if !ordered {
			b.s(" ORDER BY (SELECT NULL)")
		}
		b.s(" OFFSET ").arg(intArg(skip)).s(" ROWS")
		if hasTake {
			b.s(" FETCH NEXT ").arg(intArg(take)).s(" ROWS ONLY")
		}
		return
	}
	if hasTake {
		b.s(" LIMIT ").arg(intArg(take))
	} else if x.d.LimitAll != "" {
		b.s(" LIMIT ").s(x.d.LimitAll)
	}
	if skip > 0 {
		b.s(" OFFSET ").arg(intArg(skip))
	}
}

// selection compiles a selection set: the output shape, the columns it
// needs and the child reads of relations.
func (x *cc) selection(lv *level, sel protocol.Value) (*plan.Shape, []*plan.Child, error) {
	mi := lv.mi
	shape := &plan.Shape{}
	var children []*plan.Child
	// omitted[fi.pos]: field fi is deselected; added[fi.pos]: field fi is
	// in the shape (addedCount: _count is).
	nf := len(mi.m.Fields)
	flags := make([]bool, 2*nf)
	added, omitted := flags[:nf:nf], flags[nf:]
	addedCount := false
	n := len(sel.Members)
	for i := range sel.Members {
		m := sel.Members[i]
		if m.Value.Kind == protocol.Bool && !m.Value.Bool {
			if fi := mi.fields[m.Key]; fi != nil {
				omitted[fi.pos] = true
			}
		}
		if m.Key == "$scalars" {
			n += len(mi.scalars)
		}
	}
	if n > 0 {
		shape.Fields = make([]plan.Field, 0, n)
	}
	addScalar := func(fi *fieldInfo) {
		if added[fi.pos] || (addedCount && fi.f.Name == "_count") {
			return
		}
		added[fi.pos] = true
		shape.Fields = append(shape.Fields, plan.Field{
			Name: fi.f.Name, Key: fi.key, Kind: plan.Scalar, Col: lv.colOf(x, fi), Type: fi.typ,
			List: fi.f.List, Enum: fi.enumOut, Column: fi.col,
		})
	}
	for i := range sel.Members {
		m := sel.Members[i]
		switch m.Key {
		case "$scalars":
			if m.Value.Kind == protocol.Bool && m.Value.Bool {
				for _, fi := range mi.scalars {
					if !omitted[fi.pos] && !fi.f.Ignored && fi.f.Kind != schema.UnsupportedField {
						addScalar(fi)
					}
				}
			}
			continue
		case "$composites":
			continue
		case "_count":
			var countSel protocol.Value
			switch {
			case m.Value.Kind == protocol.Object:
				countSel = m.Value.Get("selection")
			case m.Value.Kind == protocol.Bool && m.Value.Bool:
				// _count: true counts every to-many relation.
				countSel = protocol.Value{Kind: protocol.Object}
				for _, f := range mi.m.Fields {
					if f.Kind == schema.RelationField && f.List && !f.Ignored {
						countSel.Members = append(countSel.Members, protocol.Member{Key: f.Name, Value: protocol.MakeBool(true)})
					}
				}
			default:
				continue
			}
			f, err := x.relationCounts(lv, countSel)
			if err != nil {
				return nil, nil, err
			}
			addedCount = true
			shape.Fields = append(shape.Fields, f)
			continue
		}
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, nil, errorf("P2009", "Field '%s' not found in enclosing type '%s'", m.Key, mi.m.Name)
		}
		if m.Value.Kind == protocol.Bool && !m.Value.Bool {
			continue
		}
		if fi.f.Kind != schema.RelationField {
			addScalar(fi)
			continue
		}
		if added[fi.pos] {
			continue
		}
		added[fi.pos] = true
		var args, nsel protocol.Value
		if m.Value.Kind == protocol.Object {
			args, nsel = m.Value.Get("arguments"), m.Value.Get("selection")
		}
		if !nsel.Exists() {
			nsel = protocol.Value{Kind: protocol.Object, Members: []protocol.Member{{Key: "$scalars", Value: protocol.MakeBool(true)}}}
		}
		child, sub, err := x.childRead(lv, fi.f, args, nsel)
		if err != nil {
			return nil, nil, err
		}
		children = append(children, child)
		shape.Fields = append(shape.Fields, plan.Field{Name: m.Key, Key: fi.key, Kind: plan.Relation, Rel: child.Rel, Unique: child.Unique, Shape: sub})
	}
	return shape, children, nil
}

// relationFields returns, for relation field rf of the parent, the parent's
// fields and the child's fields that are equal across the relation
// (1:1 and 1:n).
func relationFields(rf *schema.Field) (parentFields, childFields []*schema.Field) {
	rel := rf.Relation
	if rel == nil {
		return nil, nil
	}
	if rel.Inline {
		return rel.Fields, rel.References
	}
	if rel.Opposite != nil && rel.Opposite.Relation != nil {
		o := rel.Opposite.Relation
		return o.References, o.Fields
	}
	return nil, nil
}

// joinColumns returns, for a many-to-many relation field rf of the parent,
// the join table and its columns for the parent and for the child.
func joinColumns(rf *schema.Field) (table, parentCol, childCol string) {
	jt := rf.Relation.JoinTable
	if jt == nil {
		return "", "", ""
	}
	// Column A references AModel; BField (on AModel) points at BModel.
	if rf == jt.BField {
		return jt.Name, "A", "B"
	}
	return jt.Name, "B", "A"
}

// childRead compiles the read of relation rf for the records of lv.
func (x *cc) childRead(lv *level, rf *schema.Field, args, sel protocol.Value) (*plan.Child, *plan.Shape, error) {
	rel := rf.Relation
	if rel == nil {
		return nil, nil, errorf("P2009", "Field '%s' is not a relation", rf.Name)
	}
	cmi, err := x.c.model(rel.RelatedModel.Name)
	if err != nil {
		return nil, nil, err
	}
	ra, err := x.parseReadArgs(args)
	if err != nil {
		return nil, nil, err
	}
	if x.joins {
		return x.embeddedChild(lv, rf, cmi, ra, sel)
	}
	child := &plan.Child{Rel: lv.rels, Unique: !rf.List}
	lv.rels++
	lk := &link{sqlCursor: rf.List && x.sqlCursor(lv, cmi, ra)}
	if rel.Kind == schema.ManyToMany {
		table, pcol, ccol := joinColumns(rf)
		lk.joinTable, lk.joinParentCol, lk.joinChildCol = table, pcol, ccol
		for _, f := range lv.mi.ids {
			lk.parentCols = append(lk.parentCols, lv.colOf(x, f))
		}
		lk.childKeyFields = cmi.ids
	} else {
		pf, cf := relationFields(rf)
		for _, f := range pf {
			lk.parentCols = append(lk.parentCols, lv.colOf(x, lv.mi.fields[f.Name]))
		}
		for _, f := range cf {
			lk.childFields = append(lk.childFields, cmi.fields[f.Name])
		}
	}
	// Per-parent pagination happens in memory after grouping; the child
	// read itself must not paginate.
	proc := &plan.Process{Take: -1}
	needProc := false
	if ra.hasTake {
		proc.Take = ra.take
		if ra.take < 0 {
			proc.Take = -ra.take
			proc.Reverse = true
		}
		needProc = true
	}
	if ra.skip > 0 {
		proc.Skip = ra.skip
		needProc = true
	}
	inner := ra
	inner.hasTake, inner.skip, inner.cursor, inner.distinct = false, 0, protocol.Value{}, nil
	paginated := ra.hasTake || ra.skip > 0 || ra.cursor.Exists()
	rd, shape, err := x.buildChildRead(cmi, inner, ra, sel, lk, paginated, proc)
	if err != nil {
		return nil, nil, err
	}
	child.Read = rd
	child.ParentCols = lk.parentCols
	child.ChildCols = lk.childCols
	if needProc || proc.Cursor != nil || proc.Distinct != nil {
		child.Process = proc
	}
	return child, shape, nil
}

// childCols of a link are filled by buildChildRead.
func (l *link) setChildCols(cols []int) { l.childCols = cols }

// buildChildRead compiles a child read: like buildRead, with the parent
// link, ordering for pagination, and cursor/distinct columns for the
// per-parent processing.
func (x *cc) buildChildRead(mi *modelInfo, ra, orig readArgs, sel protocol.Value, parent *link, paginated bool, proc *plan.Process) (*plan.Read, *plan.Shape, error) {
	lv := x.newLevel(mi)
	shape, children, err := x.selection(lv, sel)
	if err != nil {
		return nil, nil, err
	}
	if parent.joinTable != "" {
		b := newSQL(x.d)
		b.col("j", parent.joinParentCol)
		parent.setChildCols([]int{lv.exprCol("j:"+parent.joinParentCol, b)})
	} else {
		var cols []int
		for _, f := range parent.childFields {
			cols = append(cols, lv.colOf(x, f))
		}
		parent.setChildCols(cols)
	}
	if orig.distinct != nil {
		proc.Distinct = []int{}
	}
	for _, name := range orig.distinct {
		fi := mi.fields[name]
		if fi == nil {
			return nil, nil, errorf("P2009", "Unknown distinct field `%s`", name)
		}
		proc.Distinct = append(proc.Distinct, lv.colOf(x, fi))
	}
	if orig.cursor.Exists() && !parent.sqlCursor {
		cur, err := x.cursorValues(lv, orig.cursor)
		if err != nil {
			return nil, nil, err
		}
		proc.Cursor = cur
	}
	where, joins, err := x.filterJoins(mi, lv.alias, ra.where, false)
	if err != nil {
		return nil, nil, err
	}
	orders, err := x.orderBy(lv, ra.orderBy)
	if err != nil {
		return nil, nil, err
	}
	if len(orders) == 0 && paginated {
		for _, f := range mi.ids {
			orders = append(orders, orderItem{expr: colExpr(x, lv.alias, f.col)})
		}
	}
	reverse := orig.hasTake && orig.take < 0
	var cursorCond *sqlb
	if orig.cursor.Exists() {
		// Prisma 7.10 always puts the cursor in the child read's SQL (the
		// records from the cursor record on, in the whole table); under
		// several parents it is then also a position among each parent's
		// records (proc.Cursor), found after the in-memory distinct.
		if cursorCond, err = x.cursorCondition(lv, orig.cursor, orders, reverse); err != nil {
			return nil, nil, err
		}
	}
	b := newSQL(x.d)
	b.s("SELECT ")
	lv.selectList(b, where, joins)
	b.s(" FROM ")
	x.table(b, mi)
	b.s(" AS ").ident(lv.alias)
	for _, j := range joins {
		b.appendSQL(j)
	}
	if parent.joinTable != "" {
		b.s(" INNER JOIN ")
		x.tableName(b, parent.joinTable)
		b.s(" AS ").ident("j").s(" ON ")
		b.col("j", parent.joinChildCol).s(" = ").col(lv.alias, parent.childKeyFields[0].col)
	}
	b.s(" WHERE ")
	if !where.empty() {
		b.appendSQL(where).s(" AND ")
	}
	if parent.joinTable != "" {
		b.col("j", parent.joinParentCol).s(" IN ")
		at := parent.childKeyFields[0].argType
		at.List = false
		b.tuple(plan.Arg{Kind: plan.ArgParentKeys, Col: parent.parentCols[0], Type: at})
	} else {
		for i, f := range parent.childFields {
			if i > 0 {
				b.s(" AND ")
			}
			at := f.argType
			at.List = false
			b.col(lv.alias, f.col).s(" IN ")
			b.tuple(plan.Arg{Kind: plan.ArgParentKeys, Col: parent.parentCols[i], Type: at})
		}
	}
	if cursorCond != nil {
		b.s(" AND (").appendSQL(cursorCond).s(")")
	}
	if len(orders) > 0 {
		b.s(" ORDER BY ")
		for i, o := range orders {
			if i > 0 {
				b.s(", ")
			}
			x.writeOrder(b, o, reverse)
		}
	}
	return &plan.Read{Stmt: b.stmt(true), Children: children, RelSlots: lv.rels}, shape, nil
}

// cursorValues compiles a cursor ({"id": 5} or {"a_b": {"a":..,"b":..}})
// into column/value pairs for in-memory matching.
func (x *cc) cursorValues(lv *level, cursor protocol.Value) ([]plan.CursorValue, error) {
	var out []plan.CursorValue
	err := x.uniqueFields(lv.mi, cursor, func(fi *fieldInfo, v protocol.Value) error {
		a, err := x.valueArg(v, fi, false)
		if err != nil {
			return err
		}
		out = append(out, plan.CursorValue{Col: lv.colOf(x, fi), Arg: a})
		return nil
	})
	return out, err
}

// uniqueFields visits the scalar equalities of a WhereUniqueInput-like
// object: plain fields and compound criteria.
func (x *cc) uniqueFields(mi *modelInfo, v protocol.Value, fn func(fi *fieldInfo, v protocol.Value) error) error {
	for i := range v.Members {
		m := v.Members[i]
		if fi := mi.fields[m.Key]; fi != nil && fi.f.Kind != schema.RelationField {
			val := m.Value
			if val.Kind == protocol.Object {
				if t, _ := val.TaggedType(); t == "" {
					val = val.Get("equals")
				}
			}
			if err := fn(fi, val); err != nil {
				return err
			}
			continue
		}
		if crit := compoundCriterion(mi.m, m.Key); crit != nil {
			for _, f := range crit {
				if err := fn(mi.fields[f.Name], m.Value.Get(f.Name)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// compoundCriterion returns the fields of the compound id or unique named name.
func compoundCriterion(m *schema.Model, name string) []*schema.Field {
	if m.PrimaryKey != nil && len(m.PrimaryKey.Fields) > 1 && m.PrimaryKey.ClientName() == name {
		return m.PrimaryKey.Fields
	}
	for _, u := range m.Uniques {
		if len(u.Fields) > 1 && u.ClientName() == name {
			return u.Fields
		}
	}
	return nil
}

// relationCounts compiles `_count: {select: {posts: true}}` on a record.
func (x *cc) relationCounts(lv *level, sel protocol.Value) (plan.Field, error) {
	out := plan.Field{Name: "_count", Kind: plan.Object, Shape: &plan.Shape{}}
	for i := range sel.Members {
		m := sel.Members[i]
		if m.Value.Kind == protocol.Bool && !m.Value.Bool {
			continue
		}
		fi := lv.mi.fields[m.Key]
		if fi == nil || fi.f.Kind != schema.RelationField || !fi.f.List {
			return out, errorf("P2009", "Unknown relation count field `%s`", m.Key)
		}
		var where protocol.Value
		if m.Value.Kind == protocol.Object {
			where = m.Value.Get("arguments").Get("where")
		}
		b, err := x.relationCountExpr(lv.mi, lv.alias, fi.f, where)
		if err != nil {
			return out, err
		}
		col := lv.exprColDecode("count:"+m.Key+":"+where.String(), b, plan.Decode{Kind: plan.DecodeInt})
		out.Shape.Fields = append(out.Shape.Fields, plan.Field{Name: m.Key, Kind: plan.Scalar, Col: col, Type: types.Int, Column: "_count." + m.Key})
	}
	return out, nil
}

// relationCountExpr writes (SELECT COUNT(*) FROM child WHERE link AND where).
func (x *cc) relationCountExpr(mi *modelInfo, alias string, rf *schema.Field, where protocol.Value) (*sqlb, error) {
	cmi, err := x.c.model(rf.Relation.RelatedModel.Name)
	if err != nil {
		return nil, err
	}
	b := newSQL(x.d)
	ca := x.newAlias()
	b.s("(SELECT COUNT(*) FROM ")
	if rf.Relation.Kind == schema.ManyToMany {
		table, pcol, ccol := joinColumns(rf)
		ja := x.newAlias()
		x.tableName(b, table)
		b.s(" AS ").ident(ja)
		b.s(" INNER JOIN ")
		x.table(b, cmi)
		b.s(" AS ").ident(ca).s(" ON ").col(ja, ccol).s(" = ").col(ca, cmi.ids[0].col)
		b.s(" WHERE ").col(ja, pcol).s(" = ").col(alias, mi.ids[0].col)
	} else {
		x.table(b, cmi)
		b.s(" AS ").ident(ca).s(" WHERE ")
		pf, cf := relationFields(rf)
		for i := range pf {
			if i > 0 {
				b.s(" AND ")
			}
			b.col(ca, cmi.fields[cf[i].Name].col).s(" = ").col(alias, mi.fields[pf[i].Name].col)
		}
	}
	if where.Exists() && !where.IsNull() {
		w := newSQL(x.d)
		if err := x.filter(w, cmi, ca, where); err != nil {
			return nil, err
		}
		if !w.empty() {
			b.s(" AND ").appendSQL(w)
		}
	}
	b.s(")")
	return b, nil
}

// colExpr returns a builder writing alias.column.
func colExpr(x *cc, alias, column string) *sqlb {
	b := newSQL(x.d)
	b.col(alias, column)
	return b
}

var _ = adapter.ArgType{}

// stmtHasText reports whether the statement's SQL text contains s.
func stmtHasText(st *plan.Stmt, s string) bool {
	for _, f := range st.Frags {
		if f.Kind == plan.FragText && strings.Contains(f.Text, s) {
			return true
		}
	}
	return false
}
