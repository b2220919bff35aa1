// Package executor runs compiled plans on an adapter and renders their results
// as JSON-protocol responses.
//
// The executor is sequential by design: statements of one plan run one after
// another on one adapter.Queryable (a transaction, or the pool), so a plan
// never needs more than one connection.
package executor

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// ErrInput is wrapped by errors converting request parameters: the request
// must then go through full validation, which reports the precise error.
var ErrInput = errors.New("invalid input value")

// InputError is a request value that does not convert to its field's type
// (a malformed DateTime, a BigInt with a fraction). It matches ErrInput.
type InputError struct{ Err error }

func (e *InputError) Error() string        { return e.Err.Error() }
func (e *InputError) Unwrap() error        { return e.Err }
func (e *InputError) Is(target error) bool { return target == ErrInput }

// InternalError is an error in the plan itself (a bug), never the user's.
type InternalError struct{ Msg string }

func (e *InternalError) Error() string { return "internal error: " + e.Msg }

func internal(format string, args ...any) error {
	return &InternalError{Msg: fmt.Sprintf(format, args...)}
}

// Options configure execution.
type Options struct {
	// MaxBindValues caps the bind parameters of one statement; larger tuples
	// are split into chunks. Zero means no limit.
	MaxBindValues int
	// Now overrides the clock (tests).
	Now func() time.Time
	// OnQuery, when set, is called after each statement.
	OnQuery func(q *adapter.Query, d time.Duration, err error)
	// Placeholders renders placeholders of statements with run-time tuples
	// ("?" when nil).
	Placeholders Placeholders
}

// run is the state of one plan execution.
type run struct {
	ctx    context.Context
	q      adapter.Queryable
	opts   *Options
	inputs []any
	slots  []any
	now    time.Time
	hasNow bool
	// scratch buffers reused across statements
	sqlBuf []byte
}

// PrepareInputs converts the request's parameters as the plan's Inputs say.
func PrepareInputs(p *plan.Plan, params []protocol.Value) ([]any, error) {
	if len(p.Inputs) == 0 {
		return nil, nil
	}
	out := make([]any, len(p.Inputs))
	for i, in := range p.Inputs {
		var v any
		var err error
		if in.Template != nil {
			var filled protocol.Value
			if filled, err = fillTemplate(*in.Template, params); err != nil {
				return nil, err
			}
			v, err = convertInput(filled, &in)
		} else {
			if in.Param >= len(params) {
				return nil, internal("input %d refers to missing parameter %d", i, in.Param)
			}
			v, err = convertInput(params[in.Param], &in)
		}
		if err != nil {
			return nil, &InputError{Err: err}
		}
		out[i] = v
	}
	return out, nil
}

// fillTemplate copies a JSON template, replacing each placeholder with its
// parameter.
func fillTemplate(t protocol.Value, params []protocol.Value) (protocol.Value, error) {
	if i, ok := t.ParamIndex(); ok {
		if i >= len(params) {
			return protocol.Value{}, internal("template refers to missing parameter %d", i)
		}
		return params[i], nil
	}
	if t.Kind != protocol.Object && t.Kind != protocol.Array {
		return t, nil
	}
	out := protocol.Value{Kind: t.Kind, Members: make([]protocol.Member, len(t.Members))}
	for i, m := range t.Members {
		v, err := fillTemplate(m.Value, params)
		if err != nil {
			return protocol.Value{}, err
		}
		out.Members[i] = protocol.Member{Key: m.Key, Value: v}
	}
	return out, nil
}

func convertInput(v protocol.Value, in *plan.Input) (any, error) {
	if in.Wrap {
		if v.Kind == protocol.Array {
			// Tagged Json elements of the pushed array count as their values.
			arr := protocol.Value{Kind: protocol.Array, Members: make([]protocol.Member, len(v.Members))}
			for i, m := range v.Members {
				if t, inner := m.Value.TaggedType(); t == "Json" && inner.Kind == protocol.String {
					parsed, err := protocol.ParseString(inner.Str)
					if err != nil {
						return nil, err
					}
					m.Value = parsed
				}
				arr.Members[i] = m
			}
			v = arr
		}
		x, err := convertScalar(v, in)
		if err != nil {
			return nil, err
		}
		return []any{x}, nil
	}
	if in.List {
		if v.Kind == protocol.Null {
			return nil, nil
		}
		if v.Kind != protocol.Array {
			// A single value where a list is accepted counts as a one-element list.
			x, err := convertScalar(v, in)
			if err != nil {
				return nil, err
			}
			return []any{x}, nil
		}
		list := make([]any, len(v.Members))
		for i := range v.Members {
			x, err := convertScalar(v.Members[i].Value, in)
			if err != nil {
				return nil, err
			}
			list[i] = x
		}
		return list, nil
	}
	return convertScalar(v, in)
}

func convertScalar(v protocol.Value, in *plan.Input) (any, error) {
	x, err := types.Parse(v, in.Type)
	if err != nil {
		return nil, err
	}
	if in.Type == types.Enum && x != nil {
		db, ok := in.Enum[x.(string)]
		if !ok {
			return nil, fmt.Errorf("unknown enum value %q", x)
		}
		return db, nil
	}
	return x, nil
}

// Execute runs p on q with prepared inputs and returns the root value.
func Execute(ctx context.Context, q adapter.Queryable, p *plan.Plan, inputs []any, opts *Options) (any, error) {
	if opts == nil {
		opts = &Options{}
	}
	r := &run{ctx: ctx, q: q, opts: opts, inputs: inputs}
	if p.Slots > 0 {
		r.slots = make([]any, p.Slots)
	}
	return r.eval(p.Root)
}

func (r *run) nowTime() time.Time {
	if !r.hasNow {
		if r.opts.Now != nil {
			r.now = r.opts.Now()
		} else {
			r.now = time.Now()
		}
		r.now = r.now.UTC().Truncate(time.Millisecond)
		r.hasNow = true
	}
	return r.now
}

func (r *run) eval(n plan.Node) (any, error) {
	switch n := n.(type) {
	case *plan.Read:
		return r.read(n, nil)
	case *plan.Query:
		return r.query(n.Stmt, nil)
	case *plan.Exec:
		return r.exec(n.Stmt)
	case *plan.RawQuery:
		qs, err := r.render(n.Stmt, nil)
		if err != nil {
			return nil, err
		}
		return r.runQuery(qs[0])
	case *plan.Seq:
		var last any
		for _, c := range n.Nodes {
			v, err := r.eval(c)
			if err != nil {
				return nil, err
			}
			last = v
		}
		return last, nil
	case *plan.Let:
		v, err := r.eval(n.Expr)
		if err != nil {
			return nil, err
		}
		r.slots[n.Slot] = v
		return v, nil
	case *plan.Get:
		return r.slots[n.Slot], nil
	case *plan.Const:
		return n.Value, nil
	case *plan.Unique:
		v, err := r.eval(n.Expr)
		if err != nil {
			return nil, err
		}
		return unique(v)
	case *plan.Sum:
		var total int64
		for _, c := range n.Nodes {
			v, err := r.eval(c)
			if err != nil {
				return nil, err
			}
			switch k := v.(type) {
			case int64:
				total += k
			case *plan.Rows:
				total += int64(len(k.Records))
			default:
				return nil, internal("sum of a non-count %T", v)
			}
		}
		return total, nil
	case *plan.Concat:
		out := &plan.Rows{}
		for _, c := range n.Nodes {
			v, err := r.eval(c)
			if err != nil {
				return nil, err
			}
			if rows, ok := v.(*plan.Rows); ok {
				out.Records = append(out.Records, rows.Records...)
			}
		}
		return out, nil
	case *plan.MakeRecord:
		var from any
		if n.From != nil {
			v, err := r.eval(n.From)
			if err != nil {
				return nil, err
			}
			from = v
		}
		rec := &plan.Record{Vals: make([]any, len(n.Vals))}
		for i := range n.Vals {
			a := &n.Vals[i]
			if a.Kind == plan.ArgLastInsertID {
				rows, _ := from.(*plan.Rows)
				if rows == nil || rows.LastInsertID == nil {
					return nil, internal("no last insert id")
				}
				rec.Vals[i] = *rows.LastInsertID
				continue
			}
			v, err := r.arg(a, nil)
			if err != nil {
				return nil, err
			}
			rec.Vals[i] = v
		}
		return &plan.Rows{Records: []*plan.Record{rec}}, nil
	case *plan.Validate:
		v, err := r.eval(n.Expr)
		if err != nil {
			return nil, err
		}
		if !holds(n.Rule, n.N, v) {
			if n.Err.Found {
				e := *n.Err
				e.Message = strings.ReplaceAll(e.Message, "{found}", strconv.FormatInt(count(v), 10))
				return nil, &e
			}
			return nil, n.Err
		}
		return v, nil
	case *plan.If:
		v, err := r.eval(n.Cond)
		if err != nil {
			return nil, err
		}
		if holds(n.Rule, n.N, v) {
			if n.Then == nil {
				return nil, nil
			}
			return r.eval(n.Then)
		}
		if n.Else == nil {
			return nil, nil
		}
		return r.eval(n.Else)
	case *plan.Diff:
		from, err := r.eval(n.From)
		if err != nil {
			return nil, err
		}
		to, err := r.eval(n.To)
		if err != nil {
			return nil, err
		}
		return diff(from, to, n.FromCols, n.ToCols), nil
	case nil:
		return nil, nil
	}
	return nil, internal("unknown node %T", n)
}

// count returns the row count of a value, as Prisma's rowCount rules say.
func count(v any) int64 {
	switch x := v.(type) {
	case nil:
		return 0
	case *plan.Rows:
		return int64(len(x.Records))
	case *plan.Record:
		if x == nil {
			return 0
		}
		return 1
	case int64:
		return x
	case []any:
		return int64(len(x))
	}
	return 1
}

func holds(rule plan.Rule, n int64, v any) bool {
	switch rule {
	case plan.RowCountEq:
		return count(v) == n
	case plan.RowCountNeq:
		return count(v) != n
	}
	return false
}

func unique(v any) (any, error) {
	switch x := v.(type) {
	case *plan.Rows:
		switch len(x.Records) {
		case 0:
			return nil, nil
		case 1:
			return x.Records[0], nil
		}
		return nil, internal("expected at most one record, got %d", len(x.Records))
	}
	return v, nil
}

func diff(from, to any, fromCols, toCols []int) *plan.Rows {
	fr, _ := from.(*plan.Rows)
	tr, _ := to.(*plan.Rows)
	out := &plan.Rows{}
	if fr == nil {
		return out
	}
	seen := map[string]struct{}{}
	if tr != nil {
		for _, rec := range tr.Records {
			seen[compositeKey(rec, toCols)] = struct{}{}
		}
	}
	for _, rec := range fr.Records {
		if _, ok := seen[compositeKey(rec, fromCols)]; !ok {
			out.Records = append(out.Records, rec)
		}
	}
	return out
}
