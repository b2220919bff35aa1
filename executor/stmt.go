package executor

import (
	"strconv"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/types"
)

// Placeholders renders bind placeholders; the compiler's dialect provides it.
type Placeholders interface {
	AppendPlaceholder(b []byte, n int) []byte
}

// evaluated arguments of one statement, before tuple expansion.
type boundArgs struct {
	vals []any
}

// arg evaluates one argument. parents are the records of the parent read
// (for ArgParentKeys).
func (r *run) arg(a *plan.Arg, parents []*plan.Record) (any, error) {
	switch a.Kind {
	case plan.ArgConst:
		return a.Value, nil
	case plan.ArgInput:
		return r.inputs[a.Index], nil
	case plan.ArgSlotCol:
		v := slotRecordCol(r.slots[a.Slot], a.Col)
		return convertSlot(v, a.Conv)
	case plan.ArgSlotCols:
		var out []any
		switch x := r.slots[a.Slot].(type) {
		case *plan.Rows:
			out = make([]any, 0, len(x.Records))
			for _, rec := range x.Records {
				v, err := convertSlot(rec.Vals[a.Col], a.Conv)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
		case *plan.Record:
			if x != nil {
				v, err := convertSlot(x.Vals[a.Col], a.Conv)
				if err != nil {
					return nil, err
				}
				out = []any{v}
			}
		}
		if out == nil {
			out = []any{}
		}
		return out, nil
	case plan.ArgParentKeys:
		seen := make(map[any]struct{}, len(parents))
		out := make([]any, 0, len(parents))
		for _, p := range parents {
			v := p.Vals[a.Col]
			if v == nil {
				continue
			}
			k := keyOf(v)
			if _, dup := seen[k]; dup {
				continue
			}
			seen[k] = struct{}{}
			out = append(out, v)
		}
		return out, nil
	case plan.ArgGenerated:
		if a.Gen == plan.GenNanoID {
			if n, ok := a.Value.(int); ok && n > 0 {
				return NewNanoID(n), nil
			}
		}
		return r.generate(a.Gen)
	case plan.ArgList:
		out := make([]any, len(a.Items))
		for i := range a.Items {
			v, err := r.arg(&a.Items[i], parents)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	case plan.ArgZip:
		lists := make([][]any, len(a.Items))
		n := -1
		for i := range a.Items {
			v, err := r.arg(&a.Items[i], parents)
			if err != nil {
				return nil, err
			}
			lists[i] = asList(v)
			if n < 0 || len(lists[i]) < n {
				n = len(lists[i])
			}
		}
		out := make([]any, 0, max(n, 0))
		for row := 0; row < n; row++ {
			tuple := make([]any, len(lists))
			for i := range lists {
				tuple[i] = lists[i][row]
			}
			out = append(out, tuple)
		}
		return out, nil
	case plan.ArgProduct:
		if len(a.Items) != 2 {
			return nil, internal("product needs two lists")
		}
		x, err := r.arg(&a.Items[0], parents)
		if err != nil {
			return nil, err
		}
		y, err := r.arg(&a.Items[1], parents)
		if err != nil {
			return nil, err
		}
		xs, ys := asList(x), asList(y)
		out := make([]any, 0, len(xs)*len(ys))
		for _, p := range xs {
			for _, q := range ys {
				out = append(out, []any{p, q})
			}
		}
		return out, nil
	}
	return nil, internal("unknown argument kind %d", a.Kind)
}

func asList(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case nil:
		return nil
	}
	return []any{v}
}

func slotRecordCol(v any, col int) any {
	switch x := v.(type) {
	case *plan.Rows:
		if len(x.Records) == 0 {
			return nil
		}
		return x.Records[0].Vals[col]
	case *plan.Record:
		if x == nil {
			return nil
		}
		return x.Vals[col]
	}
	return nil
}

// convertSlot converts a value read from the database for binding again.
func convertSlot(v any, conv types.Scalar) (any, error) {
	if conv == types.Unsupported || v == nil {
		return v, nil
	}
	switch conv {
	case types.DateTime:
		switch x := v.(type) {
		case string:
			t, err := types.ParseDateTime(types.NormalizeDateTime(x))
			if err != nil {
				return v, nil
			}
			return t, nil
		case int64:
			return time.UnixMilli(x).UTC(), nil
		}
	case types.Boolean:
		switch x := v.(type) {
		case int64:
			return x != 0, nil
		}
	case types.Int, types.BigInt:
		switch x := v.(type) {
		case float64:
			return int64(x), nil
		case string:
			if n, err := strconv.ParseInt(x, 10, 64); err == nil {
				return n, nil
			}
		}
	}
	return v, nil
}

// staticQuery is an adapter query with room for its arguments, so that a
// static statement with a few arguments costs one allocation.
type staticQuery struct {
	q    adapter.Query
	args [6]any
}

// renderStatic builds the adapter query of a static statement.
func (r *run) renderStatic(stmt *plan.Stmt, parents []*plan.Record) (*adapter.Query, error) {
	sq := &staticQuery{}
	q := &sq.q
	q.SQL = stmt.Static
	if n := len(stmt.Args); n <= len(sq.args) {
		q.Args = sq.args[:n:n]
	} else {
		q.Args = make([]any, n)
	}
	for i := range stmt.Args {
		v, err := r.arg(&stmt.Args[i], parents)
		if err != nil {
			return nil, err
		}
		q.Args[i] = v
	}
	// The compiler lists the argument types of a static statement; they
	// are shared, read-only, by all its queries.
	q.ArgTypes = stmt.ArgTypes
	if q.ArgTypes == nil || len(q.ArgTypes) != len(stmt.Args) {
		q.ArgTypes = make([]adapter.ArgType, len(stmt.Args))
		for i := range stmt.Args {
			q.ArgTypes[i] = stmt.Args[i].Type
		}
	}
	return q, nil
}

// render builds the adapter query (or queries, when chunked) for stmt.
func (r *run) render(stmt *plan.Stmt, parents []*plan.Record) ([]*adapter.Query, error) {
	if stmt.Static != "" {
		q, err := r.renderStatic(stmt, parents)
		if err != nil {
			return nil, err
		}
		return []*adapter.Query{q}, nil
	}
	vals := make([]any, len(stmt.Args))
	for i := range stmt.Args {
		v, err := r.arg(&stmt.Args[i], parents)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	// Dynamic: count flattened parameters and find the largest tuple.
	total, largest, largestN := 0, -1, 0
	for fi, f := range stmt.Frags {
		switch f.Kind {
		case plan.FragParam:
			total++
		case plan.FragTuple, plan.FragTupleList:
			n := 0
			for _, item := range asList(vals[f.Arg]) {
				if f.Kind == plan.FragTupleList {
					n += len(asList(item))
				} else {
					n++
				}
			}
			total += n
			if n > largestN {
				largest, largestN = fi, n
			}
		}
	}
	limit := r.opts.MaxBindValues
	if !stmt.Chunkable && limit > 0 && total > limit {
		// As Prisma: a statement that cannot be split fails with P2029
		// when its parameters pass the limit.
		return nil, &limitError{}
	}
	if !stmt.Chunkable || limit <= 0 || total <= limit || largest < 0 {
		return []*adapter.Query{r.renderOne(stmt, vals, -1, nil)}, nil
	}
	others := total - largestN
	room := limit - others
	items := asList(vals[stmt.Frags[largest].Arg])
	per := 1
	if stmt.Frags[largest].Kind == plan.FragTupleList && len(items) > 0 {
		per = len(asList(items[0]))
	}
	maxItems := room / per
	if maxItems <= 0 {
		return nil, &limitError{}
	}
	var out []*adapter.Query
	for start := 0; start < len(items); start += maxItems {
		end := min(start+maxItems, len(items))
		out = append(out, r.renderOne(stmt, vals, largest, items[start:end]))
	}
	return out, nil
}

// limitError is P2029: too many bind parameters even after chunking.
type limitError struct{}

func (*limitError) Error() string {
	return "The query parameter limit supported by your database is exceeded."
}

// renderOne renders the statement; fragment override (if >= 0) uses items
// instead of its argument's value.
func (r *run) renderOne(stmt *plan.Stmt, vals []any, override int, items []any) *adapter.Query {
	sql := r.sqlBuf[:0]
	q := &adapter.Query{}
	n := 0
	ph := placeholdersOf(r)
	for fi, f := range stmt.Frags {
		switch f.Kind {
		case plan.FragText:
			sql = append(sql, f.Text...)
		case plan.FragParam:
			n++
			sql = ph.AppendPlaceholder(sql, n)
			q.Args = append(q.Args, vals[f.Arg])
			q.ArgTypes = append(q.ArgTypes, stmt.Args[f.Arg].Type)
		case plan.FragTuple:
			list := asList(vals[f.Arg])
			if fi == override {
				list = items
			}
			t := stmt.Args[f.Arg].Type
			t.List = false
			sql = append(sql, '(')
			if len(list) == 0 {
				sql = append(sql, "NULL"...)
			}
			for i, v := range list {
				if i > 0 {
					sql = append(sql, ',')
				}
				n++
				sql = append(sql, f.Prefix...)
				sql = ph.AppendPlaceholder(sql, n)
				sql = append(sql, f.Suffix...)
				q.Args = append(q.Args, v)
				q.ArgTypes = append(q.ArgTypes, t)
			}
			sql = append(sql, ')')
		case plan.FragTupleList:
			list := asList(vals[f.Arg])
			if fi == override {
				list = items
			}
			elemTypes := stmt.Args[f.Arg].Items
			if len(list) == 0 {
				// An empty list of tuples (a composite-key IN list) matches nothing.
				sql = append(sql, '(')
				for j := range max(len(elemTypes), 1) {
					if j > 0 {
						sql = append(sql, ',')
					}
					sql = append(sql, "NULL"...)
				}
				sql = append(sql, ')')
			}
			for i, tuple := range list {
				if i > 0 {
					sql = append(sql, ',')
				}
				sql = append(sql, '(')
				for j, v := range asList(tuple) {
					if j > 0 {
						sql = append(sql, ',')
					}
					n++
					sql = ph.AppendPlaceholder(sql, n)
					q.Args = append(q.Args, v)
					var t adapter.ArgType
					if j < len(elemTypes) {
						t = elemTypes[j].Type
					}
					q.ArgTypes = append(q.ArgTypes, t)
				}
				sql = append(sql, ')')
			}
		}
	}
	q.SQL = string(sql)
	r.sqlBuf = sql
	return q
}

type questionMarks struct{}

func (questionMarks) AppendPlaceholder(b []byte, _ int) []byte { return append(b, '?') }

func placeholdersOf(r *run) Placeholders {
	if r.opts.Placeholders != nil {
		return r.opts.Placeholders
	}
	return questionMarks{}
}

func (r *run) runQuery(q *adapter.Query) (*adapter.ResultSet, error) {
	var start time.Time
	if r.opts.OnQuery != nil {
		start = time.Now()
	}
	rs, err := r.q.Query(r.ctx, q)
	if r.opts.OnQuery != nil {
		r.opts.OnQuery(q, time.Since(start), err)
	}
	return rs, err
}

func (r *run) runExec(q *adapter.Query) (int64, error) {
	var start time.Time
	if r.opts.OnQuery != nil {
		start = time.Now()
	}
	n, err := r.q.Exec(r.ctx, q)
	if r.opts.OnQuery != nil {
		r.opts.OnQuery(q, time.Since(start), err)
	}
	return n, err
}

// query runs a statement and returns its rows.
func (r *run) query(stmt *plan.Stmt, parents []*plan.Record) (*plan.Rows, error) {
	if stmt.Static != "" {
		q, err := r.renderStatic(stmt, parents)
		if err != nil {
			return nil, err
		}
		rs, err := r.runQuery(q)
		if err != nil {
			return nil, err
		}
		return newRows(rs), nil
	}
	qs, err := r.render(stmt, parents)
	if err != nil {
		return nil, err
	}
	out := &plan.Rows{}
	for _, q := range qs {
		rs, err := r.runQuery(q)
		if err != nil {
			return nil, err
		}
		if out.Records == nil {
			out.Records = make([]*plan.Record, 0, len(rs.Rows))
		}
		textDateTimes(rs)
		recs := make([]plan.Record, len(rs.Rows))
		for i, row := range rs.Rows {
			recs[i].Vals = row
			out.Records = append(out.Records, &recs[i])
		}
		if rs.LastInsertID != nil {
			out.LastInsertID = rs.LastInsertID
		}
	}
	return out, nil
}

// oneRow is the records of a result of one row, in one allocation.
type oneRow struct {
	rows plan.Rows
	ptr  [1]*plan.Record
	rec  plan.Record
}

// newRows makes the records of one statement's result.
func newRows(rs *adapter.ResultSet) *plan.Rows {
	textDateTimes(rs)
	if len(rs.Rows) == 1 {
		o := &oneRow{}
		o.rec.Vals = rs.Rows[0]
		o.ptr[0] = &o.rec
		o.rows.Records = o.ptr[:]
		o.rows.LastInsertID = rs.LastInsertID
		return &o.rows
	}
	out := &plan.Rows{Records: make([]*plan.Record, len(rs.Rows)), LastInsertID: rs.LastInsertID}
	recs := make([]plan.Record, len(rs.Rows))
	for i, row := range rs.Rows {
		recs[i].Vals = row
		out.Records[i] = &recs[i]
	}
	return out
}

// exec runs a statement and returns the affected row count.
func (r *run) exec(stmt *plan.Stmt) (int64, error) {
	if stmt.Static != "" {
		q, err := r.renderStatic(stmt, nil)
		if err != nil {
			return 0, err
		}
		return r.runExec(q)
	}
	qs, err := r.render(stmt, nil)
	if err != nil {
		return 0, err
	}
	var total int64
	for _, q := range qs {
		n, err := r.runExec(q)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// textDateTimes turns the values of DATE and TIME columns into the text
// Prisma's driver adapters hand over ("2020-02-29", "12:34:56.789"), which
// the data mapper completes to "2020-02-29T00:00:00Z" and
// "1970-01-01T12:34:56.789Z" (a timestamp reads "...+00:00").
func textDateTimes(rs *adapter.ResultSet) {
	for j, t := range rs.Types {
		var layout string
		switch t {
		case adapter.TypeDate:
			layout = "2006-01-02"
		case adapter.TypeTime:
			layout = "15:04:05.999999"
		default:
			continue
		}
		for _, row := range rs.Rows {
			if j < len(row) {
				if x, ok := row[j].(time.Time); ok {
					row[j] = x.UTC().Format(layout)
				}
			}
		}
	}
}
