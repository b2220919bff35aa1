package compiler

import (
	"strconv"

	"github.com/noengine/noengine/protocol"
)

// Parameterized is a request with its values taken out.
type Parameterized struct {
	// Key identifies the request's shape: requests with equal keys compile
	// to the same plan.
	Key string
	// Params are the values taken out, in order.
	Params []protocol.Value
	// Arguments and Selection are the request's with Param placeholders in
	// place of the values (nil when only the key was computed).
	Arguments, Selection protocol.Value
}

// literalKeys are argument names whose values shape the SQL or the
// processing, so they are never parameters.
var literalKeys = map[string]bool{
	"take": true, "skip": true, "orderBy": true, "distinct": true, "by": true,
	"mode": true, "sort": true, "nulls": true, "skipDuplicates": true,
	"relationLoadStrategy": true, "limit": true, "_count": true,
	"_avg": true, "_sum": true, "_min": true, "_max": true, "isEmpty": true,
	"isSet": true, "path": true,
}

// dedupParams are the actions whose equal values share one parameter, as
// Prisma's parameterizer does: the compiler compares where and create
// values of upserts, and de-duplicates the filters of nested connect,
// disconnect and set, by parameter.
var dedupParams = map[string]bool{
	"upsertOne": true, "createOne": true, "updateOne": true, "deleteOne": true,
	"updateMany": true, "updateManyAndReturn": true, "deleteMany": true,
}

// paramTags are tagged value types parameterized as a whole.
var paramTags = map[string]bool{"DateTime": true, "BigInt": true, "Decimal": true, "Bytes": true, "Json": true}

type paramState struct {
	key    []byte
	params []protocol.Value
	build  bool
	// dedup makes equal values share one parameter (upserts only: the
	// compiler compares the create data with the where by parameter).
	dedup bool
	// searches are the parameters of `search` filters.
	searches []int
}

// Parameterize takes the values out of a request. With build set it also
// returns the arguments and selection with placeholders; without, only the
// key and the values (the cheap path of a plan-cache hit).
func Parameterize(r *protocol.Request, build bool) Parameterized {
	st := paramState{key: make([]byte, 0, 128), build: build}
	args, sel := st.request(r)
	return Parameterized{Key: string(st.key), Params: st.params, Arguments: args, Selection: sel}
}

// AppendKey appends the shape key of r to key and its values to params:
// the key and values Parameterize returns, built into the caller's
// buffers (a plan-cache lookup that allocates nothing).
func AppendKey(key []byte, params []protocol.Value, r *protocol.Request) ([]byte, []protocol.Value) {
	st := paramState{key: key, params: params}
	st.request(r)
	return st.key, st.params
}

func (st *paramState) request(r *protocol.Request) (args, sel protocol.Value) {
	st.dedup = dedupParams[r.Action]
	st.key = append(st.key, r.ModelName...)
	st.key = append(st.key, '.')
	st.key = append(st.key, r.Action...)
	st.key = append(st.key, '|')
	args = st.walk(r.Arguments, false)
	st.key = append(st.key, '|')
	sel = st.walkSelection(r.Selection)
	return args, sel
}

func (st *paramState) addParam(v protocol.Value) protocol.Value {
	// Equal values share one parameter, so that the compiler can see that
	// two places hold the same value (native upserts need that).
	if st.dedup {
		for i := range st.params {
			if protocol.Equal(st.params[i], v) {
				st.keyParam(i, v)
				return protocol.MakeParam(i)
			}
		}
	}
	st.params = append(st.params, v)
	st.keyParam(len(st.params)-1, v)
	return protocol.MakeParam(len(st.params) - 1)
}

// addSearchParam parameterizes the text of a `search` filter; equal texts
// share one parameter, so that the key (and the plan) says which searches
// Prisma's merge of equal searches joins (compiler/search.go).
func (st *paramState) addSearchParam(v protocol.Value) protocol.Value {
	for _, i := range st.searches {
		if protocol.Equal(st.params[i], v) {
			st.keyParam(i, v)
			return protocol.MakeParam(i)
		}
	}
	p := st.addParam(v)
	i, _ := p.ParamIndex()
	st.searches = append(st.searches, i)
	return p
}

func (st *paramState) keyParam(i int, v protocol.Value) {
	st.key = append(st.key, '$')
	st.key = strconv.AppendInt(st.key, int64(i), 10)
	st.key = append(st.key, ':')
	st.key = appendSig(st.key, v)
}

// appendSig appends a parameter's type signature in the key.
func appendSig(key []byte, v protocol.Value) []byte {
	switch v.Kind {
	case protocol.String:
		return append(key, 's')
	case protocol.Bool:
		return append(key, 'b')
	case protocol.Number:
		if v.IsInteger() {
			return append(key, 'i')
		}
		return append(key, 'f')
	case protocol.Array:
		key = append(key, '[')
		for i := range v.Members {
			key = appendSig(key, v.Members[i].Value)
		}
		return append(key, ']')
	case protocol.Object:
		if t, _ := v.TaggedType(); t != "" {
			key = append(key, 'T')
			return append(key, t...)
		}
	}
	return append(key, '?')
}

// walk copies an arguments value, replacing parameterizable leaves.
func (st *paramState) walk(v protocol.Value, literal bool) protocol.Value {
	switch v.Kind {
	case protocol.Object:
		if t, _ := v.TaggedType(); t != "" {
			if !literal && paramTags[t] {
				return st.addParam(v)
			}
			st.key = v.AppendTo(st.key)
			return v
		}
		st.key = append(st.key, '{')
		var out protocol.Value
		if st.build {
			out = protocol.Value{Kind: protocol.Object, Members: make([]protocol.Member, len(v.Members))}
		}
		for i := range v.Members {
			m := &v.Members[i]
			if i > 0 {
				st.key = append(st.key, ',')
			}
			st.key = protocol.AppendString(st.key, m.Key)
			st.key = append(st.key, ':')
			lit := literal || literalKeys[m.Key]
			var nv protocol.Value
			if m.Key == "search" && !lit && m.Value.Kind == protocol.String {
				nv = st.addSearchParam(m.Value)
			} else {
				nv = st.walk(m.Value, lit)
			}
			if st.build {
				out.Members[i] = protocol.Member{Key: m.Key, Value: nv}
			}
		}
		st.key = append(st.key, '}')
		return out
	case protocol.Array:
		if !literal && len(v.Members) > 0 && scalarList(v) {
			return st.addParam(v)
		}
		st.key = append(st.key, '[')
		var out protocol.Value
		if st.build {
			out = protocol.Value{Kind: protocol.Array, Members: make([]protocol.Member, len(v.Members))}
		}
		for i := range v.Members {
			if i > 0 {
				st.key = append(st.key, ',')
			}
			nv := st.walk(v.Members[i].Value, literal)
			if st.build {
				out.Members[i] = protocol.Member{Value: nv}
			}
		}
		st.key = append(st.key, ']')
		return out
	case protocol.String, protocol.Number:
		if literal {
			st.key = v.AppendTo(st.key)
			return v
		}
		return st.addParam(v)
	default:
		// null, booleans and absent values are part of the shape.
		st.key = v.AppendTo(st.key)
		return v
	}
}

// scalarList reports an array of non-null scalars (or scalar tagged values).
func scalarList(v protocol.Value) bool {
	for i := range v.Members {
		e := v.Members[i].Value
		switch e.Kind {
		case protocol.String, protocol.Number, protocol.Bool:
		case protocol.Object:
			if t, _ := e.TaggedType(); !paramTags[t] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// walkSelection copies a selection, parameterizing nested arguments.
func (st *paramState) walkSelection(v protocol.Value) protocol.Value {
	if v.Kind != protocol.Object {
		st.key = v.AppendTo(st.key)
		return v
	}
	st.key = append(st.key, '{')
	var out protocol.Value
	if st.build {
		out = protocol.Value{Kind: protocol.Object, Members: make([]protocol.Member, len(v.Members))}
	}
	for i := range v.Members {
		m := &v.Members[i]
		if i > 0 {
			st.key = append(st.key, ',')
		}
		st.key = protocol.AppendString(st.key, m.Key)
		st.key = append(st.key, ':')
		nv := m.Value
		if m.Value.Kind == protocol.Object {
			args := m.Value.Get("arguments")
			sel := m.Value.Get("selection")
			st.key = append(st.key, '(')
			na := st.walk(args, false)
			st.key = append(st.key, ')')
			ns := st.walkSelection(sel)
			if st.build {
				nv = protocol.Value{Kind: protocol.Object}
				if args.Exists() {
					nv.Members = append(nv.Members, protocol.Member{Key: "arguments", Value: na})
				}
				if sel.Exists() {
					nv.Members = append(nv.Members, protocol.Member{Key: "selection", Value: ns})
				}
			}
		} else {
			st.key = m.Value.AppendTo(st.key)
		}
		if st.build {
			out.Members[i] = protocol.Member{Key: m.Key, Value: nv}
		}
	}
	st.key = append(st.key, '}')
	return out
}
