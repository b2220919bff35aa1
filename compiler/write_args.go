package compiler

import (
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// nestedWrite is the nested operations of a write's data on one relation
// field: {create: ..., connect: ..., ...}.
type nestedWrite struct {
	rf  *schema.Field
	ops protocol.Value
}

// atomicOps are the operators of a scalar update input ({increment: 1}).
var atomicOps = map[string]bool{"set": true, "increment": true, "decrement": true, "multiply": true, "divide": true, "push": true, "unset": true}

// updateData splits an update input into column assignments and nested
// writes, in the order of the input. It does not add @updatedAt.
func (x *cc) updateData(mi *modelInfo, data protocol.Value) ([]assign, []nestedWrite, error) {
	var as []assign
	var nested []nestedWrite
	for i := range data.Members {
		m := data.Members[i]
		fi := mi.fields[m.Key]
		if fi == nil {
			return nil, nil, errorf("P2009", "Unknown field `%s` in update data of `%s`", m.Key, mi.m.Name)
		}
		if fi.f.Kind == schema.RelationField {
			nested = append(nested, nestedWrite{rf: fi.f, ops: m.Value})
			continue
		}
		a, skip, err := x.updateValue(fi, m.Value)
		if err != nil {
			return nil, nil, err
		}
		if !skip {
			as = append(as, a)
		}
	}
	return as, nested, nil
}

// updateValue converts one scalar field's update input.
func (x *cc) updateValue(fi *fieldInfo, v protocol.Value) (assign, bool, error) {
	if v.Kind == protocol.Object {
		if t, _ := v.TaggedType(); t == "" && len(v.Members) == 1 && atomicOps[v.Members[0].Key] {
			op, val := v.Members[0].Key, v.Members[0].Value
			switch op {
			case "set":
				a, _, err := x.dataValue(fi, val)
				return assign{fi: fi, op: "set", arg: a}, false, err
			case "unset":
				// MongoDB only; nothing to do on SQL databases.
				return assign{}, true, nil
			case "push":
				if fi.typ == types.JSON {
					return assign{fi: fi, op: "push", arg: x.jsonElementArg(val, fi)}, false, nil
				}
				a, err := x.valueArg(val, fi, true)
				if err != nil {
					return assign{}, false, err
				}
				return assign{fi: fi, op: "push", arg: a}, false, nil
			}
			a, err := x.numberArg(fi, val)
			return assign{fi: fi, op: op, arg: a}, false, err
		}
	}
	a, _, err := x.dataValue(fi, v)
	return assign{fi: fi, op: "set", arg: a}, false, err
}

// jsonElementArg is the operand of push on a Json list: Prisma pushes the
// whole value as one element, an array too (a list of one Json).
func (x *cc) jsonElementArg(v protocol.Value, fi *fieldInfo) plan.Arg {
	at := fi.argType
	at.List = true
	in := plan.Input{Param: -1, Type: types.JSON, Wrap: true}
	if i, ok := v.ParamIndex(); ok {
		in.Param = i
	} else {
		tpl := v
		in.Template = &tpl
	}
	x.plan.Inputs = append(x.plan.Inputs, in)
	return plan.Arg{Kind: plan.ArgInput, Index: len(x.plan.Inputs) - 1, Type: at}
}

// numberArg is the operand of an atomic number operation, bound with the
// field's type.
func (x *cc) numberArg(fi *fieldInfo, v protocol.Value) (plan.Arg, error) {
	at := fi.argType
	at.List = false
	return x.typedArg(v, fi.typ, at, fi, false)
}

// isNestedOnlyUpdate reports an update whose data has nested writes but no
// scalar values.
func isNestedOnly(as []assign, nested []nestedWrite) bool { return len(as) == 0 && len(nested) > 0 }

var _ = types.Int
