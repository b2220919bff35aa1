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
		// The records' relation slots are cut from one slice.
		var slab [][]*plan.Record
		for _, rec := range rows.Records {
			if len(rec.Rels) < n.RelSlots {
				if len(slab) < n.RelSlots {
					slab = make([][]*plan.Record, n.RelSlots*len(rows.Records))
				}
				rels := slab[:n.RelSlots:n.RelSlots]
				slab = slab[n.RelSlots:]
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
		attach(parents, children.Records, c.Rel, func(rec *plan.Record, child bool) (any, bool) {
			col := pc
			if child {
				col = cc
			}
			v := rec.Vals[col]
			return keyOf(v), v != nil
		})
	} else {
		attach(parents, children.Records, c.Rel, func(rec *plan.Record, child bool) (string, bool) {
			cols := c.ParentCols
			if child {
				cols = c.ChildCols
			}
			if hasNull(rec, cols) {
				return "", false
			}
			return compositeKey(rec, cols), true
		})
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

// attach appends each child to Rels[rel] of every parent whose key equals
// the child's, in the children's order. key returns a record's key and false
// when it has none (a NULL column). The parents' lists are cut from one
// slice, sized by counting the matches first, so that attaching allocates a
// fixed number of times however many parents and children there are.
func attach[K comparable](parents, children []*plan.Record, rel int, key func(rec *plan.Record, child bool) (K, bool)) {
	// Parents with equal keys form a group; first and next chain a group's
	// parents, and count is the number of children that match the group.
	groups := make(map[K]int32, len(parents))
	first := make([]int32, 0, len(parents))
	next := make([]int32, len(parents))
	group := make([]int32, len(parents)+len(children)) // parents', then children's group, -1 for none
	for i, p := range parents {
		group[i], next[i] = -1, -1
		k, ok := key(p, false)
		if !ok {
			continue
		}
		g, seen := groups[k]
		if !seen {
			g = int32(len(first))
			groups[k] = g
			first = append(first, int32(i))
		} else {
			next[i] = first[g]
			first[g] = int32(i)
		}
		group[i] = g
	}
	count := make([]int32, len(first))
	cgroup := group[len(parents):]
	for j, ch := range children {
		cgroup[j] = -1
		if k, ok := key(ch, true); ok {
			if g, ok := groups[k]; ok {
				cgroup[j] = g
				count[g]++
			}
		}
	}
	total := 0
	for i, p := range parents {
		if g := group[i]; g >= 0 {
			total += len(p.Rels[rel]) + int(count[g])
		}
	}
	if total == 0 {
		return
	}
	slab := make([]*plan.Record, 0, total)
	for i, p := range parents {
		g := group[i]
		if g < 0 || count[g] == 0 {
			continue
		}
		n := len(p.Rels[rel]) + int(count[g])
		at := len(slab)
		slab = append(slab, p.Rels[rel]...)
		p.Rels[rel] = slab[at : len(slab) : at+n]
		slab = slab[:at+n]
	}
	for j, ch := range children {
		g := cgroup[j]
		if g < 0 {
			continue
		}
		for i := first[g]; i >= 0; i = next[i] {
			p := parents[i]
			p.Rels[rel] = append(p.Rels[rel], ch)
		}
	}
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
