package queryschema

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// Prisma Client replaces values by placeholders before it calls the query
// compiler ("parameterisation", driven by a graph its generator derives
// from the DMMF). The compiler then validates placeholders by type only: an
// invalid DateTime string in a parameterised position is not a validation
// error. To answer exactly as Prisma does, the validator emulates that
// graph: it decides, for each value, whether Prisma Client would have sent
// it as a placeholder.

// Edge flags (as @prisma/param-graph's EdgeFlag).
const (
	flagParamScalar     = 1
	flagParamEnum       = 2
	flagParamListScalar = 4
	flagParamListEnum   = 8
	flagListObject      = 16
	flagObject          = 32
)

// Scalar masks (as @prisma/param-graph's ScalarMask).
const (
	maskString   = 1
	maskInt      = 2
	maskBigInt   = 4
	maskFloat    = 8
	maskDecimal  = 16
	maskBoolean  = 32
	maskDateTime = 64
	maskJSON     = 128
	maskBytes    = 256
)

func scalarMask(s Scalar) uint16 {
	switch s {
	case String, UUID:
		return maskString
	case Int:
		return maskInt
	case BigInt:
		return maskBigInt
	case Float:
		return maskFloat
	case Decimal:
		return maskDecimal
	case Boolean:
		return maskBoolean
	case DateTime:
		return maskDateTime
	case JSON, JSONList:
		return maskJSON
	case Bytes:
		return maskBytes
	}
	return 0
}

type paramEdge struct {
	flags uint8
	mask  uint16
	enum  *schema.Enum
	child *paramNode
}

func (e *paramEdge) has(f uint8) bool { return e != nil && e.flags&f != 0 }

type paramNode struct {
	edges map[string]*paramEdge
}

func (n *paramNode) edge(key string) *paramEdge {
	if n == nil {
		return nil
	}
	return n.edges[key]
}

type outParamEdge struct {
	args *paramNode
	out  *outParamNode
}

type outParamNode struct {
	edges map[string]*outParamEdge
}

type paramGraph struct {
	inputNodes  map[*InputObjectType]*paramNode
	unionNodes  map[string]*paramNode
	outputNodes map[*OutputObjectType]*outParamNode
	queue       []func()
}

// rootParams returns the parameterisation nodes of a root field.
func (q *QuerySchema) rootParams(f *OutputField) (*paramNode, *outParamNode) {
	if f.Model == nil {
		return nil, nil
	}
	return f.params, q.params.outputNodes[f.Type.Object]
}

func (q *QuerySchema) buildParams() {
	g := &q.params
	g.inputNodes = map[*InputObjectType]*paramNode{}
	g.unionNodes = map[string]*paramNode{}
	g.outputNodes = map[*OutputObjectType]*outParamNode{}
	for _, root := range []*OutputObjectType{q.Query, q.Mutation} {
		for _, f := range root.Fields {
			if f.Model == nil {
				continue
			}
			f.params = g.argsNode(f.Args)
			if f.Type.Kind == ObjectType {
				g.outputNode(f.Type.Object)
			}
		}
	}
	for len(g.queue) > 0 {
		fn := g.queue[len(g.queue)-1]
		g.queue = g.queue[:len(g.queue)-1]
		fn()
	}
}

func (g *paramGraph) argsNode(args []*InputField) *paramNode {
	n := &paramNode{edges: map[string]*paramEdge{}}
	for _, a := range args {
		if e := g.edgeFor([]*InputField{a}); e != nil {
			n.edges[a.Name] = e
		}
	}
	if len(n.edges) == 0 {
		return nil
	}
	return n
}

func (g *paramGraph) inputNode(t *InputObjectType) *paramNode {
	if n, ok := g.inputNodes[t]; ok {
		return n
	}
	n := &paramNode{edges: map[string]*paramEdge{}}
	g.inputNodes[t] = n
	g.queue = append(g.queue, func() {
		for _, f := range t.Fields {
			if e := g.edgeFor([]*InputField{f}); e != nil {
				n.edges[f.Name] = e
			}
		}
	})
	return n
}

func (g *paramGraph) unionNode(ts []*InputObjectType) *paramNode {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	sort.Strings(names)
	key := strings.Join(names, "|")
	if n, ok := g.unionNodes[key]; ok {
		return n
	}
	n := &paramNode{edges: map[string]*paramEdge{}}
	g.unionNodes[key] = n
	g.queue = append(g.queue, func() {
		var order []string
		byName := map[string][]*InputField{}
		for _, t := range ts {
			for _, f := range t.Fields {
				if _, ok := byName[f.Name]; !ok {
					order = append(order, f.Name)
				}
				byName[f.Name] = append(byName[f.Name], f)
			}
		}
		for _, name := range order {
			if e := g.edgeFor(byName[name]); e != nil {
				n.edges[name] = e
			}
		}
	})
	return n
}

// edgeFor computes the edge of (possibly merged) input fields.
func (g *paramGraph) edgeFor(fields []*InputField) *paramEdge {
	var flags uint8
	var mask uint16
	var enum *schema.Enum
	type objRef struct {
		t    *InputObjectType
		list bool
	}
	var objs []objRef
	enumSeen := false
	for _, f := range fields {
		for _, t := range f.Types {
			switch t.Kind {
			case ScalarType:
				if f.Parameterizable {
					mask |= scalarMask(t.Scalar)
					if t.List {
						flags |= flagParamListScalar
					} else {
						flags |= flagParamScalar
					}
				}
			case EnumType:
				if f.Parameterizable && !enumSeen && t.Enum.Kind == ModelEnum {
					// Prisma Client 7.10 does not find the enum's values
					// at run time, so enum values stay literals (observed
					// with prisma-ref: {"status": "ACTIVE"} is sent as is).
					enumSeen = true
					enum = nil
					if t.List {
						flags |= flagParamListEnum
					} else {
						flags |= flagParamEnum
					}
				}
			case ObjectType:
				if t.Object.Kind == FieldRefInput {
					continue
				}
				dup := false
				for _, o := range objs {
					if o.t == t.Object && o.list == t.List {
						dup = true
					}
				}
				if !dup {
					objs = append(objs, objRef{t.Object, t.List})
				}
			}
		}
	}
	e := &paramEdge{mask: mask, enum: enum}
	if len(objs) > 0 {
		for _, o := range objs {
			if o.list {
				flags |= flagListObject
			} else {
				flags |= flagObject
			}
		}
		if len(objs) == 1 {
			e.child = g.inputNode(objs[0].t)
		} else {
			ts := make([]*InputObjectType, len(objs))
			for i, o := range objs {
				ts[i] = o.t
			}
			e.child = g.unionNode(ts)
		}
	}
	if flags == 0 {
		return nil
	}
	e.flags = flags
	return e
}

func (g *paramGraph) outputNode(t *OutputObjectType) *outParamNode {
	if n, ok := g.outputNodes[t]; ok {
		return n
	}
	n := &outParamNode{edges: map[string]*outParamEdge{}}
	g.outputNodes[t] = n
	for _, f := range t.Fields {
		var e outParamEdge
		if len(f.Args) > 0 {
			e.args = g.argsNode(f.Args)
		}
		if f.Type.Kind == ObjectType {
			e.out = g.outputNode(f.Type.Object)
		}
		if e.args != nil || e.out != nil {
			n.edges[f.Name] = &e
		}
	}
	return n
}

func (n *outParamNode) edge(key string) *outParamEdge {
	if n == nil {
		return nil
	}
	return n.edges[key]
}

// phKind is the type of a placeholder (Prisma's PrismaValueType).
type phKind uint8

const (
	phNone phKind = iota
	phAny
	phString
	phInt
	phBigInt
	phFloat
	phBoolean
	phDecimal
	phDateTime
	phJSON
	phObject
	phBytes
	phEnum
	phUUID
	phList
)

var phNames = [...]string{"", "Any", "String", "Int", "BigInt", "Float", "Boolean", "Decimal", "DateTime", "Json", "Object", "Bytes", "Enum", "Uuid", "List"}

// placeholder is the type of a parameterised value.
type placeholder struct {
	kind  phKind
	inner phKind // element type of a List
}

func (p placeholder) String() string {
	if p.kind == phList {
		return "List<" + phNames[p.inner] + ">"
	}
	return phNames[p.kind]
}

func phKindByName(s string) phKind {
	for i, n := range phNames {
		if i > 0 && n == s {
			return phKind(i)
		}
	}
	switch s {
	case "Date":
		return phDateTime
	case "Array":
		return phList
	}
	return phAny
}

const maxInt32 = 1<<31 - 1

// primitivePlaceholder returns the placeholder type Prisma Client gives a
// JSON string, number or boolean.
func primitivePlaceholder(v protocol.Value) phKind {
	switch v.Kind {
	case protocol.Bool:
		return phBoolean
	case protocol.String:
		return phString
	case protocol.Number:
		f, err := strconv.ParseFloat(v.Str, 64)
		if err != nil || math.IsInf(f, 0) || math.Trunc(f) != f {
			return phFloat
		}
		if f >= -maxInt32-1 && f <= maxInt32 {
			return phInt
		}
		return phBigInt
	}
	return phNone
}

func primitiveMatches(k phKind, mask uint16) bool {
	switch k {
	case phBoolean:
		return mask&maskBoolean != 0
	case phInt:
		return mask&(maskInt|maskBigInt|maskFloat) != 0
	case phBigInt:
		return mask&maskBigInt != 0
	case phFloat:
		return mask&maskFloat != 0
	case phString:
		return mask&maskString != 0
	}
	return false
}

func taggedMatches(tag string, mask uint16) bool {
	switch tag {
	case "DateTime":
		return mask&maskDateTime != 0
	case "Decimal":
		return mask&maskDecimal != 0
	case "BigInt":
		return mask&maskBigInt != 0
	case "Bytes":
		return mask&maskBytes != 0
	case "Json":
		return mask&maskJSON != 0
	}
	return false
}

func taggedPlaceholder(tag string) phKind {
	switch tag {
	case "BigInt":
		return phBigInt
	case "Bytes":
		return phBytes
	case "DateTime":
		return phDateTime
	case "Json":
		return phJSON
	case "Decimal":
		return phFloat
	}
	return phAny
}

var scalarTags = map[string]bool{"DateTime": true, "Decimal": true, "BigInt": true, "Bytes": true, "Json": true, "Raw": true}

// tagOf returns the "$type" of an object value ("" when there is none), as
// Prisma reads it: any object with a string "$type" member is tagged.
func tagOf(v protocol.Value) string {
	if v.Kind != protocol.Object {
		return ""
	}
	for i := range v.Members {
		if v.Members[i].Key == "$type" {
			if v.Members[i].Value.Kind == protocol.String {
				return v.Members[i].Value.Str
			}
			return ""
		}
	}
	return ""
}

// hasTypeKey reports an object with a "$type" member (whatever its value);
// Prisma Client treats such objects as opaque.
func hasTypeKey(v protocol.Value) bool {
	for i := range v.Members {
		if v.Members[i].Key == "$type" {
			return true
		}
	}
	return false
}

// paramize decides what Prisma Client sends for value v at a position with
// the given edge: a placeholder (ok set), or the value itself, in which
// case node is the parameterisation node for its members (objects) or
// object elements (arrays).
func paramize(v protocol.Value, e *paramEdge) (ph placeholder, node *paramNode) {
	if e == nil {
		return placeholder{}, nil
	}
	switch v.Kind {
	case protocol.String, protocol.Number, protocol.Bool:
		if e.has(flagParamEnum) && e.enum != nil && v.Kind == protocol.String && schemaEnumHas(e.enum, v.Str) {
			return placeholder{kind: phEnum}, nil
		}
		if !e.has(flagParamScalar) || e.mask == 0 {
			return placeholder{}, nil
		}
		k := primitivePlaceholder(v)
		if !primitiveMatches(k, e.mask) {
			return placeholder{}, nil
		}
		return placeholder{kind: k}, nil
	case protocol.Object:
		if hasTypeKey(v) {
			tag := tagOf(v)
			if !scalarTags[tag] {
				return placeholder{}, nil // structural: left as is
			}
			if !e.has(flagParamScalar) || e.mask == 0 || !taggedMatches(tag, e.mask) {
				return placeholder{}, nil
			}
			return placeholder{kind: taggedPlaceholder(tag)}, nil
		}
		if e.has(flagObject) && e.child != nil {
			return placeholder{}, e.child
		}
		if e.mask&maskJSON != 0 {
			return placeholder{kind: phJSON}, nil
		}
		return placeholder{}, nil
	case protocol.Array:
		if e.has(flagParamScalar) && e.mask&maskJSON != 0 {
			return placeholder{kind: phJSON}, nil
		}
		if e.has(flagParamEnum) && e.enum != nil {
			all := true
			for i := range v.Members {
				x := v.Members[i].Value
				if x.Kind != protocol.String || !schemaEnumHas(e.enum, x.Str) {
					all = false
					break
				}
			}
			if all {
				return placeholder{kind: phList, inner: phEnum}, nil
			}
		}
		if e.has(flagParamListScalar) && len(v.Members) > 0 {
			all := true
			inner := phAny
			for i := range v.Members {
				x := v.Members[i].Value
				var k phKind
				switch x.Kind {
				case protocol.String, protocol.Number, protocol.Bool:
					k = primitivePlaceholder(x)
					if e.mask == 0 || !primitiveMatches(k, e.mask) {
						all = false
					}
				case protocol.Object:
					tag := tagOf(x)
					if !hasTypeKey(x) || !scalarTags[tag] || e.mask == 0 || !taggedMatches(tag, e.mask) {
						all = false
					}
					k = taggedPlaceholder(tag)
				default:
					all = false
				}
				if !all {
					break
				}
				inner = widen(inner, k)
			}
			if all {
				return placeholder{kind: phList, inner: inner}, nil
			}
		}
		if e.has(flagListObject) && e.child != nil {
			return placeholder{}, e.child
		}
	}
	return placeholder{}, nil
}

func widen(a, b phKind) phKind {
	if a == phAny {
		return b
	}
	if b == phAny || a == b {
		return a
	}
	width := func(k phKind) int {
		switch k {
		case phInt:
			return 0
		case phBigInt:
			return 1
		case phFloat:
			return 2
		}
		return -1
	}
	wa, wb := width(a), width(b)
	if wa >= 0 && wb >= 0 {
		if wa >= wb {
			return a
		}
		return b
	}
	return phAny
}

func schemaEnumHas(e *schema.Enum, v string) bool {
	for _, x := range e.Values {
		if x.Name == v {
			return true
		}
	}
	return false
}
