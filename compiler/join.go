package compiler

import (
	"strconv"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// The "join" relation load strategy: a relation is read by a correlated
// subquery in the parent's select list that aggregates the related rows into
// JSON — one statement for the whole tree. Each related row is a JSON array
// of its columns, each column rendered so that decoding it gives exactly the
// value the adapter returns for the column in a separate query (so the
// results are the same as with the "query" strategy, by construction):
//
//	PostgreSQL  (SELECT json_agg(json_build_array(s."c0", …)) FROM (SELECT … ORDER BY … LIMIT …) AS s)
//	SQLite      (SELECT json_group_array(json_array(s."c0", …)) FROM (SELECT … ORDER BY … LIMIT …) AS s)
//
// The rows are then processed exactly as in the query strategy (per-parent
// cursor, distinct, reversal), in memory.

// embeddedChild compiles relation rf of the records of lv as an embedded
// JSON column of lv.
func (x *cc) embeddedChild(lv *level, rf *schema.Field, cmi *modelInfo, ra readArgs, sel protocol.Value) (*plan.Child, *plan.Shape, error) {
	child := &plan.Child{Rel: lv.rels, Unique: !rf.List, Embedded: true}
	lv.rels++
	clv := x.newLevel(cmi)
	shape, children, err := x.selection(clv, sel)
	if err != nil {
		return nil, nil, err
	}
	if len(clv.cols) == 0 {
		clv.colOf(x, cmi.ids[0])
	}

	// Per-parent processing: cursor and distinct in memory; take/skip in SQL
	// unless those are present. Under a unique parent the cursor may be a
	// condition of the SQL (see sqlCursor).
	proc := &plan.Process{Take: -1}
	needProc := false
	sqlCursor := rf.List && x.sqlCursor(lv, cmi, ra)
	inMemory := (ra.cursor.Exists() && !sqlCursor) || ra.distinct != nil
	reverse := ra.hasTake && ra.take < 0
	take := ra.take
	if reverse {
		take = -take
	}
	if ra.distinct != nil {
		proc.Distinct = []int{}
		needProc = true
	}
	for _, name := range ra.distinct {
		fi := cmi.fields[name]
		if fi == nil {
			return nil, nil, errorf("P2009", "Unknown distinct field `%s`", name)
		}
		proc.Distinct = append(proc.Distinct, clv.colOf(x, fi))
	}
	if ra.cursor.Exists() && !sqlCursor {
		cur, err := x.cursorValues(clv, ra.cursor)
		if err != nil {
			return nil, nil, err
		}
		proc.Cursor = cur
		needProc = true
	}
	if inMemory {
		if ra.hasTake {
			proc.Take = take
		}
		proc.Skip = ra.skip
	}
	if reverse {
		proc.Reverse = true
		needProc = true
	}

	where, joins, err := x.filterJoins(cmi, clv.alias, ra.where, false)
	if err != nil {
		return nil, nil, err
	}
	orders, err := x.orderBy(clv, ra.orderBy)
	if err != nil {
		return nil, nil, err
	}
	paginated := ra.hasTake || ra.skip > 0 || ra.cursor.Exists()
	if len(orders) == 0 && paginated {
		for _, f := range cmi.ids {
			orders = append(orders, orderItem{expr: colExpr(x, clv.alias, f.col)})
		}
	}

	// The inner select, correlated to the parent's alias.
	in := newSQL(x.d)
	in.s("SELECT ")
	for i, c := range clv.cols {
		if i > 0 {
			in.s(", ")
		}
		in.appendSQL(c).s(" AS ").ident("c" + strconv.Itoa(i))
	}
	in.s(" FROM ")
	var ja, jpcol string
	if rf.Relation.Kind == schema.ManyToMany {
		// Read through the join table first, as the query strategy's
		// INNER JOIN does: rows without an order come in the join table's
		// order (the order connect inserted them in), not the child's.
		table, pcol, ccol := joinColumns(rf)
		ja, jpcol = x.newAlias(), pcol
		x.tableName(in, table)
		in.s(" AS ").ident(ja).s(" INNER JOIN ")
		x.table(in, cmi)
		in.s(" AS ").ident(clv.alias).s(" ON ").col(clv.alias, relatedID(cmi)).s(" = ").col(ja, ccol)
	} else {
		x.table(in, cmi)
		in.s(" AS ").ident(clv.alias)
	}
	for _, j := range joins {
		in.appendSQL(j)
	}
	in.s(" WHERE ")
	if rf.Relation.Kind == schema.ManyToMany {
		in.col(ja, jpcol).s(" = ").col(lv.alias, relatedID(lv.mi))
	} else {
		pf, cf := relationFields(rf)
		for i := range pf {
			if i > 0 {
				in.s(" AND ")
			}
			in.col(clv.alias, cmi.fields[cf[i].Name].col).s(" = ").col(lv.alias, lv.mi.fields[pf[i].Name].col)
		}
	}
	if !where.empty() {
		in.s(" AND ").appendSQL(where)
	}
	if sqlCursor {
		cond, err := x.cursorCondition(clv, ra.cursor, orders, reverse)
		if err != nil {
			return nil, nil, err
		}
		in.s(" AND (").appendSQL(cond).s(")")
	}
	if len(orders) > 0 {
		in.s(" ORDER BY ")
		for i, o := range orders {
			if i > 0 {
				in.s(", ")
			}
			x.writeOrder(in, o, reverse)
		}
	}
	switch {
	case child.Unique:
		x.limitOffset(in, true, 1, 0, len(orders) > 0)
	case !inMemory && (ra.hasTake || ra.skip > 0):
		x.limitOffset(in, ra.hasTake, take, ra.skip, len(orders) > 0)
	}

	// The aggregate around it.
	agg := newSQL(x.d)
	agg.s("(SELECT ")
	if child.Unique {
		x.jsonRowOpen(agg)
	} else {
		x.jsonAggOpen(agg)
		x.jsonRowOpen(agg)
	}
	child.Decode = make([]plan.Decode, len(clv.cols))
	for i := range clv.cols {
		if i > 0 {
			agg.s(", ")
		}
		col := colExpr(x, "s", "c"+strconv.Itoa(i))
		dec := clv.decodes[i]
		if fi := clv.fields[i]; fi != nil {
			dec = x.jsonColumn(agg, col, fi)
		} else {
			agg.appendSQL(col)
		}
		child.Decode[i] = dec
	}
	agg.s(")")
	if !child.Unique {
		agg.s(")")
	}
	agg.s(" FROM (").appendSQL(in).s(") AS ").ident("s").s(")")

	child.Col = lv.exprColDecode("rel:"+rf.Name+":"+strconv.Itoa(child.Rel), agg, plan.Decode{Kind: plan.DecodeNested})
	child.Read = &plan.Read{Children: children, RelSlots: clv.rels}
	if needProc {
		child.Process = proc
	}
	return child, shape, nil
}

// jsonAggOpen writes the opening of the dialect's JSON array aggregate.
func (x *cc) jsonAggOpen(b *sqlb) { b.s(x.d.JSONAggFunc).s("(") }

// jsonRowOpen writes the opening of the dialect's JSON array constructor.
func (x *cc) jsonRowOpen(b *sqlb) { b.s(x.d.JSONArrayFunc).s("(") }

// jsonColumn writes a column for a JSON row so that it decodes to the value
// the adapter returns for it, and returns that decoding.
func (x *cc) jsonColumn(b *sqlb, col *sqlb, fi *fieldInfo) plan.Decode {
	dec := plan.Decode{List: fi.f.List}
	switch fi.typ {
	case types.Int, types.BigInt:
		dec.Kind = plan.DecodeInt
	case types.Float:
		dec.Kind = plan.DecodeFloat
	case types.Decimal:
		dec.Kind = plan.DecodeFloat
		if x.d.Has(dialect.JSONDecimalDigits) {
			dec.Kind = plan.DecodeDecimalText
		}
	case types.Boolean:
		dec.Kind = plan.DecodeBool
	case types.DateTime:
		dec.Kind = plan.DecodeTimeAsStored
		if x.d.Has(dialect.JSONDateTimeText) {
			dec.Kind = plan.DecodeTime
		}
	case types.JSON:
		dec.Kind = plan.DecodeJSONText
	case types.Bytes:
		dec.Kind = plan.DecodeBytesHex
	default:
		dec.Kind = plan.DecodeString
	}
	open, close := x.d.JSONRowColumn(fi.f)
	b.s(open).appendSQL(col).s(close)
	return dec
}
