package executor

import (
	"bytes"
	"math"
	"strconv"
	"time"

	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/types"
)

// read runs a Read node: the statement, in-memory processing, then children.
func (r *run) read(n *plan.Read, parents []*plan.Record) (*plan.Rows, error) {
	var rows *plan.Rows
	if n.Rows != nil {
		v, err := r.eval(n.Rows)
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case *plan.Rows:
			rows = x
		case *plan.Record:
			rows = &plan.Rows{}
			if x != nil {
				rows.Records = []*plan.Record{x}
			}
		case nil:
			rows = &plan.Rows{}
		default:
			return nil, internal("read from %T", v)
		}
	} else {
		var err error
		rows, err = r.query(n.Stmt, parents)
		if err != nil {
			return nil, err
		}
	}
	if n.Process != nil {
		recs, err := r.process(rows.Records, n.Process)
		if err != nil {
			return nil, err
		}
		rows.Records = recs
	}
	if n.RelSlots > 0 {
		for _, rec := range rows.Records {
			if len(rec.Rels) < n.RelSlots {
				rels := make([][]*plan.Record, n.RelSlots)
				copy(rels, rec.Rels)
				rec.Rels = rels
			}
		}
	}
	for _, c := range n.Children {
		if err := r.loadChild(rows.Records, c); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// loadChild loads relation c of parents and attaches the children.
func (r *run) loadChild(parents []*plan.Record, c *plan.Child) error {
	if len(parents) == 0 {
		return nil
	}
	if c.Embedded {
		return r.loadEmbedded(parents, c)
	}
	// Skip the query when no parent has a key.
	anyKey := false
	for _, p := range parents {
		if !hasNull(p, c.ParentCols) {
			anyKey = true
			break
		}
	}
	if !anyKey {
		return nil
	}
	children, err := r.read(c.Read, parents)
	if err != nil {
		return err
	}
	if len(c.ParentCols) == 1 {
		pc, cc := c.ParentCols[0], c.ChildCols[0]
		index := make(map[any][]*plan.Record, len(parents))
		for _, p := range parents {
			if v := p.Vals[pc]; v != nil {
				k := keyOf(v)
				index[k] = append(index[k], p)
			}
		}
		for _, ch := range children.Records {
			v := ch.Vals[cc]
			if v == nil {
				continue
			}
			for _, p := range index[keyOf(v)] {
				p.Rels[c.Rel] = append(p.Rels[c.Rel], ch)
			}
		}
	} else {
		index := make(map[string][]*plan.Record, len(parents))
		for _, p := range parents {
			if !hasNull(p, c.ParentCols) {
				k := compositeKey(p, c.ParentCols)
				index[k] = append(index[k], p)
			}
		}
		for _, ch := range children.Records {
			if hasNull(ch, c.ChildCols) {
				continue
			}
			for _, p := range index[compositeKey(ch, c.ChildCols)] {
				p.Rels[c.Rel] = append(p.Rels[c.Rel], ch)
			}
		}
	}
	if c.Process != nil {
		for _, p := range parents {
			if len(p.Rels[c.Rel]) == 0 {
				continue
			}
			recs, err := r.process(p.Rels[c.Rel], c.Process)
			if err != nil {
				return err
			}
			p.Rels[c.Rel] = recs
		}
	}
	if c.Unique {
		for _, p := range parents {
			if len(p.Rels[c.Rel]) > 1 {
				p.Rels[c.Rel] = p.Rels[c.Rel][:1]
			}
		}
	}
	return nil
}

func hasNull(rec *plan.Record, cols []int) bool {
	for _, c := range cols {
		if rec.Vals[c] == nil {
			return true
		}
	}
	return false
}

// keyOf returns a comparable map key for a database value, equal for values
// Prisma would consider the same key (1 and 1.0; the same instant).
func keyOf(v any) any {
	switch x := v.(type) {
	case int64, string, bool:
		return v
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
			return int64(x)
		}
		return x
	case []byte:
		return "\x00b" + string(x)
	case time.Time:
		return x.UnixNano()
	case int:
		return int64(x)
	case int32:
		return int64(x)
	}
	return v
}

// compositeKey encodes several columns as one string key.
func compositeKey(rec *plan.Record, cols []int) string {
	var b []byte
	for i, c := range cols {
		if i > 0 {
			b = append(b, 0x1f)
		}
		b = appendKey(b, rec.Vals[c])
	}
	return string(b)
}

func appendKey(b []byte, v any) []byte {
	switch x := keyOf(v).(type) {
	case nil:
		return append(b, 'n')
	case int64:
		b = append(b, 'i')
		return strconv.AppendInt(b, x, 10)
	case float64:
		b = append(b, 'f')
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	case string:
		b = append(b, 's')
		return append(b, x...)
	case bool:
		if x {
			return append(b, 't')
		}
		return append(b, 'F')
	default:
		return append(b, 'x')
	}
}

// process applies distinct, cursor, skip, take and reverse.
func (r *run) process(recs []*plan.Record, p *plan.Process) ([]*plan.Record, error) {
	// A non-nil empty Distinct (distinct: []) keeps the first record only.
	if p.Distinct != nil {
		seen := make(map[string]struct{}, len(recs))
		out := recs[:0:0]
		for _, rec := range recs {
			k := compositeKey(rec, p.Distinct)
			if _, dup := seen[k]; dup {
				continue
			}
			seen[k] = struct{}{}
			out = append(out, rec)
		}
		recs = out
	}
	start := 0
	if len(p.Cursor) > 0 {
		idx := -1
		vals := make([]any, len(p.Cursor))
		for i := range p.Cursor {
			v, err := r.arg(&p.Cursor[i].Arg, nil)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
	outer:
		for i, rec := range recs {
			for j, c := range p.Cursor {
				if !valuesEqual(rec.Vals[c.Col], vals[j]) {
					continue outer
				}
			}
			idx = i
			break
		}
		if idx < 0 {
			return nil, nil
		}
		start = idx
	}
	start += int(min(p.Skip, int64(len(recs))))
	if start > len(recs) {
		start = len(recs)
	}
	end := len(recs)
	if p.Take >= 0 && int64(start)+p.Take < int64(end) {
		end = start + int(p.Take)
	}
	recs = recs[start:end]
	if p.Reverse {
		out := make([]*plan.Record, len(recs))
		for i, rec := range recs {
			out[len(recs)-1-i] = rec
		}
		recs = out
	}
	return recs, nil
}

// valuesEqual compares a database value with a bound value (cursor matching).
func valuesEqual(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	switch y := b.(type) {
	case time.Time:
		switch x := a.(type) {
		case time.Time:
			return x.Equal(y)
		case string:
			if t, err := parseDBTime(x); err == nil {
				return t.Equal(y)
			}
		case int64:
			return x == y.UnixMilli()
		}
		return false
	case []byte:
		if x, ok := a.([]byte); ok {
			return bytes.Equal(x, y)
		}
		return false
	case bool:
		switch x := a.(type) {
		case bool:
			return x == y
		case int64:
			return (x != 0) == y
		}
		return false
	case string:
		switch x := a.(type) {
		case string:
			if x == y {
				return true
			}
			// Decimals: compare numerically.
			fx, e1 := strconv.ParseFloat(x, 64)
			fy, e2 := strconv.ParseFloat(y, 64)
			return e1 == nil && e2 == nil && fx == fy
		case float64:
			fy, err := strconv.ParseFloat(y, 64)
			return err == nil && x == fy
		case int64:
			return strconv.FormatInt(x, 10) == y
		}
		return false
	}
	return keyOf(a) == keyOf(b)
}

func parseDBTime(s string) (time.Time, error) {
	return types.ParseDateTime(types.NormalizeDateTime(s))
}
