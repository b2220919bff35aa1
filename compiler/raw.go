package compiler

import (
	"strconv"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// compileRaw compiles queryRaw and executeRaw. The SQL is the user's, with
// the dialect's placeholders already in it; the parameters are a JSON string
// holding an array of values, non-JSON values tagged with prisma__type.
func (x *cc) compileRaw(r *protocol.Request) error {
	args := x.paramValue(r.Arguments.Get("query"))
	q := r.Arguments.Get("query")
	if q.Kind == protocol.Param {
		q = x.paramValue(q)
	}
	_ = args
	if q.Kind != protocol.String {
		return errorf("P2009", "Argument `query` is missing.")
	}
	params := x.paramValue(r.Arguments.Get("parameters"))
	var list protocol.Value
	switch params.Kind {
	case protocol.String:
		v, err := protocol.ParseString(params.Str)
		if err != nil {
			return errorf("P2009", "Invalid raw query parameters: %v", err)
		}
		list = v
	case protocol.Array:
		list = params
	case protocol.Invalid, protocol.Null:
		list = protocol.Value{Kind: protocol.Array}
	default:
		return errorf("P2009", "Invalid raw query parameters")
	}
	if list.Kind != protocol.Array {
		return errorf("P2009", "Invalid raw query parameters: expected an array")
	}
	st := &plan.Stmt{Static: q.Str}
	for i := range list.Members {
		a, err := rawArg(list.Members[i].Value)
		if err != nil {
			return err
		}
		st.Args = append(st.Args, a)
		st.Frags = append(st.Frags, plan.Frag{Kind: plan.FragParam, Arg: i})
	}
	x.plan.Raw = true
	if r.Action == "executeRaw" {
		x.plan.Root = &plan.Exec{Stmt: st}
		x.plan.Result = &plan.Result{Kind: plan.ResultAffected}
	} else {
		x.plan.Root = &plan.RawQuery{Stmt: st}
		x.plan.Result = &plan.Result{Kind: plan.ResultRaw}
	}
	return nil
}

// rawArg converts one raw parameter.
func rawArg(v protocol.Value) (plan.Arg, error) {
	switch v.Kind {
	case protocol.Null:
		return constArg(nil, adapter.ArgType{Scalar: adapter.ScalarUnknown}), nil
	case protocol.Bool:
		return constArg(v.Bool, adapter.ArgType{Scalar: adapter.ScalarBoolean}), nil
	case protocol.String:
		return constArg(v.Str, adapter.ArgType{Scalar: adapter.ScalarString}), nil
	case protocol.Number:
		if n, err := strconv.ParseInt(v.Str, 10, 64); err == nil {
			return constArg(n, adapter.ArgType{Scalar: adapter.ScalarInt}), nil
		}
		f, _ := v.Float64()
		return constArg(f, adapter.ArgType{Scalar: adapter.ScalarFloat}), nil
	case protocol.Array:
		items := make([]any, len(v.Members))
		var at adapter.ArgType
		for i := range v.Members {
			a, err := rawArg(v.Members[i].Value)
			if err != nil {
				return plan.Arg{}, err
			}
			items[i] = a.Value
			if i == 0 {
				at = a.Type
			}
		}
		at.List = true
		return constArg(items, at), nil
	case protocol.Object:
		t := v.Get("prisma__type")
		val := v.Get("prisma__value")
		if t.Kind == protocol.String {
			switch t.Str {
			case "bigint":
				n, err := strconv.ParseInt(val.Str, 10, 64)
				if err != nil {
					return plan.Arg{}, errorf("P2009", "Invalid bigint parameter %q", val.Str)
				}
				return constArg(n, adapter.ArgType{Scalar: adapter.ScalarBigInt}), nil
			case "date":
				tm, err := types.ParseDateTime(val.Str)
				if err != nil {
					return plan.Arg{}, errorf("P2009", "Invalid date parameter %q", val.Str)
				}
				return constArg(tm, adapter.ArgType{Scalar: adapter.ScalarDateTime}), nil
			case "decimal":
				return constArg(val.Str, adapter.ArgType{Scalar: adapter.ScalarDecimal}), nil
			case "bytes":
				b, err := types.DecodeBase64(val.Str)
				if err != nil {
					return plan.Arg{}, errorf("P2009", "Invalid bytes parameter")
				}
				return constArg(b, adapter.ArgType{Scalar: adapter.ScalarBytes}), nil
			}
		}
		return constArg(string(v.Marshal()), adapter.ArgType{Scalar: adapter.ScalarJSON}), nil
	}
	return plan.Arg{}, errorf("P2009", "Invalid raw query parameter")
}
