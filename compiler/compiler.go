// Package compiler turns JSON-protocol requests into plans: SQL statements
// for one dialect, with the in-memory steps (relation joins, pagination,
// validation of nested writes) the executor performs around them.
//
// The compiler works on parameterized requests (see [Parameterize]): every
// value that does not shape the SQL is a placeholder, so a plan serves all
// requests of the same shape. It assumes the request passed validation
// against the query schema; it still never panics on odd input.
package compiler

import (
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
	"github.com/noengine/noengine/types"
)

// Options configure a Compiler.
type Options struct {
	// SchemaName qualifies table names (PostgreSQL schema, SQL Server schema).
	// Empty means the dialect's default.
	SchemaName string
	// RelationJoins loads relations in one statement with JSON aggregation
	// where the dialect can do it exactly.
	RelationJoins bool
}

// Compiler compiles requests for one schema and dialect. It is safe for
// concurrent use.
type Compiler struct {
	schema *schema.Schema
	d      *dialect.Dialect
	opts   Options
	qual   string // table qualifier
	models map[string]*modelInfo
	// previewJoins: the schema enables the relationJoins preview feature.
	previewJoins bool
}

// New returns a compiler for the schema and dialect.
func New(s *schema.Schema, d *dialect.Dialect, opts Options) *Compiler {
	c := &Compiler{schema: s, d: d, opts: opts, models: map[string]*modelInfo{}}
	c.qual = opts.SchemaName
	if c.qual == "" {
		c.qual = d.DefaultSchema
	}
	for _, m := range s.Models {
		c.models[m.Name] = c.newModelInfo(m)
	}
	for _, g := range s.Generators {
		for _, f := range g.PreviewFeatures {
			if strings.EqualFold(f, "relationJoins") {
				c.previewJoins = true
			}
		}
	}
	return c
}

// useJoins decides the relation load strategy of a request: the request's
// relationLoadStrategy when given, else the compiler's default (the option,
// or the relationJoins preview feature). Only dialects that can embed
// relations exactly do it.
func (c *Compiler) useJoins(r *protocol.Request) bool {
	if !c.d.Has(dialect.JSONAggregation) {
		return false
	}
	if r.Action == "createManyAndReturn" || r.Action == "updateManyAndReturn" {
		// Prisma reads the relations of the returned records with the query
		// strategy, at every level (their arguments have no
		// relationLoadStrategy).
		return false
	}
	if anyCursor(r.Arguments, r.Selection) {
		return false
	}
	switch r.Arguments.Get("relationLoadStrategy").Str {
	case "join":
		return true
	case "query":
		return false
	}
	return c.opts.RelationJoins || c.previewJoins || c.d.PreferJoins
}

// anyCursor reports a read with a cursor, or a relation read under it (at
// any depth) with one: Prisma 7.10 then loads the request's relations with
// the query strategy whatever strategy is asked for
// (get_relation_load_strategy; a distinct does not change it, checked
// with prisma-ref plan), and so does noengine.
func anyCursor(args, sel protocol.Value) bool {
	if c := args.Get("cursor"); c.Exists() && c.Kind != protocol.Null {
		return true
	}
	for i := range sel.Members {
		m := &sel.Members[i]
		if m.Value.Kind != protocol.Object || strings.HasPrefix(m.Key, "$") || m.Key == "_count" {
			continue
		}
		if anyCursor(m.Value.Get("arguments"), m.Value.Get("selection")) {
			return true
		}
	}
	return false
}

// Dialect returns the compiler's dialect.
func (c *Compiler) Dialect() *dialect.Dialect { return c.d }

// Schema returns the compiler's schema.
func (c *Compiler) Schema() *schema.Schema { return c.schema }

// Error is a request the compiler cannot compile, with Prisma's code.
type Error struct {
	Code    string
	Message string
	Meta    []byte // JSON object, may be nil
}

func (e *Error) Error() string { return e.Message }

func errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// modelInfo caches what the compiler needs of a model.
type modelInfo struct {
	m      *schema.Model
	table  string
	fields map[string]*fieldInfo
	// scalars are the scalar (and enum) fields in declaration order.
	scalars []*fieldInfo
	// ids are the primary identifier's fields.
	ids []*fieldInfo
}

// fieldInfo caches what the compiler needs of a field.
type fieldInfo struct {
	f       *schema.Field
	col     string
	typ     types.Scalar
	argType adapter.ArgType
	// enumOut maps database names to Prisma names; enumIn the reverse.
	enumOut types.EnumNames
	enumIn  map[string]string
	// pos is the field's position in its model (level.colIdx).
	pos int
	// key is the field's name as a JSON object key (plan.Field.Key).
	key string
	// frags caches the select-list fragment of the column under the
	// aliases "" (slot 0) and t0..t6 (slots 1..7), e.g. "t0"."name": the
	// fragments are the same in every compilation of the (schema,
	// dialect), so they are built once, on first use. Entries are
	// immutable once stored (their capacity equals their length, so an
	// append copies); a race stores equal values.
	frags *colFrags
}

// colFrags are the cached select-list fragments of a column, per alias slot.
type colFrags [fragSlots]atomic.Pointer[[]byte]

// fragSlots is the number of aliases whose column fragments are cached.
const fragSlots = 8

func (c *Compiler) newModelInfo(m *schema.Model) *modelInfo {
	mi := &modelInfo{m: m, table: m.DBName, fields: map[string]*fieldInfo{}}
	if mi.table == "" {
		mi.table = m.Name
	}
	for pos, f := range m.Fields {
		fi := &fieldInfo{f: f, col: f.DBName, pos: pos, key: plan.JSONKey(f.Name), frags: new(colFrags)}
		if fi.col == "" {
			fi.col = f.Name
		}
		switch f.Kind {
		case schema.ScalarField:
			fi.typ = scalarOf(f.Scalar)
		case schema.EnumField:
			fi.typ = types.Enum
			if f.Enum != nil {
				fi.enumOut = types.EnumNames{Name: f.Enum.Name, Values: map[string]string{}}
				fi.enumIn = map[string]string{}
				for _, v := range f.Enum.Values {
					db := v.DBName
					if db == "" {
						db = v.Name
					}
					fi.enumOut.Values[db] = v.Name
					fi.enumIn[v.Name] = db
				}
			}
		case schema.UnsupportedField:
			fi.typ = types.Unsupported
		}
		fi.argType = c.argTypeOf(f, fi.typ)
		mi.fields[f.Name] = fi
		if f.Kind != schema.RelationField {
			mi.scalars = append(mi.scalars, fi)
		}
	}
	for _, f := range primaryIdentifier(m) {
		mi.ids = append(mi.ids, mi.fields[f.Name])
	}
	return mi
}

// primaryIdentifier returns the fields identifying a record: the primary
// key, else the first unique criterion of required fields.
func primaryIdentifier(m *schema.Model) []*schema.Field {
	if m.PrimaryKey != nil && len(m.PrimaryKey.Fields) > 0 {
		return m.PrimaryKey.Fields
	}
	for _, u := range m.Uniques {
		ok := true
		for _, f := range u.Fields {
			if !f.Required() {
				ok = false
			}
		}
		if ok {
			return u.Fields
		}
	}
	if len(m.Uniques) > 0 {
		return m.Uniques[0].Fields
	}
	return nil
}

func scalarOf(t schema.ScalarType) types.Scalar {
	switch t {
	case schema.String:
		return types.String
	case schema.Boolean:
		return types.Boolean
	case schema.Int:
		return types.Int
	case schema.BigInt:
		return types.BigInt
	case schema.Float:
		return types.Float
	case schema.Decimal:
		return types.Decimal
	case schema.DateTime:
		return types.DateTime
	case schema.JSON:
		return types.JSON
	case schema.Bytes:
		return types.Bytes
	}
	return types.Unsupported
}

// argTypeOf is the bind type of a field's values.
func (c *Compiler) argTypeOf(f *schema.Field, t types.Scalar) adapter.ArgType {
	at := adapter.ArgType{List: f.List}
	switch t {
	case types.String:
		at.Scalar = adapter.ScalarString
	case types.Int:
		at.Scalar = adapter.ScalarInt
	case types.BigInt:
		at.Scalar = adapter.ScalarBigInt
	case types.Float:
		at.Scalar = adapter.ScalarFloat
	case types.Decimal:
		at.Scalar = adapter.ScalarDecimal
	case types.Boolean:
		at.Scalar = adapter.ScalarBoolean
	case types.DateTime:
		at.Scalar = adapter.ScalarDateTime
	case types.JSON:
		at.Scalar = adapter.ScalarJSON
	case types.Bytes:
		at.Scalar = adapter.ScalarBytes
	case types.Enum:
		at.Scalar = adapter.ScalarEnum
	}
	if f.Native != nil {
		at.DBType = strings.ToUpper(f.Native.Name)
		if at.DBType == "UUID" || at.DBType == "UNIQUEIDENTIFIER" {
			at.Scalar = adapter.ScalarUUID
		}
	} else if t == types.DateTime {
		at.DBType = c.d.DateTimeParamType
	} else if t == types.JSON {
		at.DBType = c.d.JSONParamType
	}
	return at
}

// model returns the info of a model by name.
func (c *Compiler) model(name string) (*modelInfo, error) {
	mi := c.models[name]
	if mi == nil || mi.m.Ignored {
		return nil, errorf("P2009", "Model `%s` does not exist", name)
	}
	return mi, nil
}

// Compile parameterizes and compiles a request.
func (c *Compiler) Compile(r *protocol.Request) (*plan.Plan, []protocol.Value, error) {
	p := Parameterize(r, true)
	pl, err := c.CompileParameterized(r, &p)
	return pl, p.Params, err
}

// CompileParameterized compiles a request whose values were taken out by Parameterize(r, true).
func (c *Compiler) CompileParameterized(r *protocol.Request, p *Parameterized) (pl *plan.Plan, err error) {
	defer func() {
		if x := recover(); x != nil {
			pl, err = nil, &Error{Code: "P2009", Message: fmt.Sprintf("Failed to validate the query: %v", x)}
		}
	}()
	x := &cc{c: c, d: c.d, params: p.Params, plan: &plan.Plan{Action: r.Action}}
	req := *r
	req.Arguments, req.Selection = p.Arguments, p.Selection
	if err := x.compile(&req); err != nil {
		return nil, err
	}
	x.plan.Slots = x.slots
	if x.plan.Result != nil {
		x.plan.Result.Shape.SetKeys()
	}
	return x.plan, nil
}

// cc is the state of one compilation.
type cc struct {
	c      *Compiler
	d      *dialect.Dialect
	params []protocol.Value
	plan   *plan.Plan
	inputs map[inputKey]int
	slots  int
	alias  int
	jalias int
	// joins: load relations embedded as JSON in one statement.
	joins bool
	// writeWhere is set while the WHERE of an UPDATE or DELETE is written
	// (see fctx.writeWhere).
	writeWhere bool
	// sqlSlab is the current chunk of builders handed out by x.newSQL.
	sqlSlab []sqlb
}

type inputKey struct {
	param int
	typ   types.Scalar
	list  bool
	enum  *fieldInfo
}

func (x *cc) newSlot() int {
	x.slots++
	return x.slots - 1
}

func (x *cc) newAlias() string {
	x.alias++
	if x.alias <= len(tableAliases) {
		return tableAliases[x.alias-1]
	}
	return "t" + strconv.Itoa(x.alias-1)
}

// tableAliases are the first table aliases, t0..t15.
var tableAliases = func() []string {
	a := make([]string, 16)
	for i := range a {
		a[i] = "t" + strconv.Itoa(i)
	}
	return a
}()

func (x *cc) newJoinAlias() string {
	x.jalias++
	return "j" + strconv.Itoa(x.jalias-1)
}

// table writes the qualified table name of a model.
func (x *cc) table(b *sqlb, mi *modelInfo) {
	if x.c.qual != "" {
		b.ident(x.c.qual).s(".")
	}
	b.ident(mi.table)
}

// tableName writes a qualified table name by database name.
func (x *cc) tableName(b *sqlb, name string) {
	if x.c.qual != "" {
		b.ident(x.c.qual).s(".")
	}
	b.ident(name)
}

// valueArg turns a request value for field fi into an argument: a
// reference to a parameter, or a constant.
func (x *cc) valueArg(v protocol.Value, fi *fieldInfo, list bool) (plan.Arg, error) {
	at := fi.argType
	at.List = list
	return x.typedArg(v, fi.typ, at, fi, list)
}

func (x *cc) typedArg(v protocol.Value, t types.Scalar, at adapter.ArgType, fi *fieldInfo, list bool) (plan.Arg, error) {
	if i, ok := v.ParamIndex(); ok {
		k := inputKey{param: i, typ: t, list: list}
		if t == types.Enum {
			k.enum = fi
		}
		if x.inputs == nil {
			x.inputs = map[inputKey]int{}
		}
		idx, seen := x.inputs[k]
		if !seen {
			in := plan.Input{Param: i, Type: t, List: list}
			if t == types.Enum && fi != nil {
				in.Enum = fi.enumIn
			}
			idx = len(x.plan.Inputs)
			x.plan.Inputs = append(x.plan.Inputs, in)
			x.inputs[k] = idx
		}
		return plan.Arg{Kind: plan.ArgInput, Index: idx, Type: at}, nil
	}
	if t == types.JSON && !list && hasParam(v) {
		// An untagged JSON object or array for a Json field: the
		// parameterizer took its leaves out; rebuild it at run time.
		tpl := v
		x.plan.Inputs = append(x.plan.Inputs, plan.Input{Param: -1, Type: t, Template: &tpl})
		return plan.Arg{Kind: plan.ArgInput, Index: len(x.plan.Inputs) - 1, Type: at}, nil
	}
	// A literal (booleans, nulls, values in literal positions).
	var val any
	var err error
	if list && v.Kind == protocol.Array {
		items := make([]any, len(v.Members))
		for i := range v.Members {
			if items[i], err = x.literal(v.Members[i].Value, t, fi); err != nil {
				return plan.Arg{}, err
			}
		}
		val = items
	} else {
		val, err = x.literal(v, t, fi)
		if err != nil {
			return plan.Arg{}, err
		}
		if list && val != nil {
			val = []any{val}
		}
	}
	return plan.Arg{Kind: plan.ArgConst, Value: val, Type: at}, nil
}

// hasParam reports a parameter placeholder anywhere inside v.
func hasParam(v protocol.Value) bool {
	if _, ok := v.ParamIndex(); ok {
		return true
	}
	if t, _ := v.TaggedType(); t != "" {
		return false
	}
	for i := range v.Members {
		if hasParam(v.Members[i].Value) {
			return true
		}
	}
	return false
}

func (x *cc) literal(v protocol.Value, t types.Scalar, fi *fieldInfo) (any, error) {
	if v.Kind == protocol.Param {
		i, _ := v.ParamIndex()
		if i < len(x.params) {
			v = x.params[i]
		}
	}
	val, err := types.Parse(v, t)
	if err != nil {
		return nil, &Error{Code: "P2009", Message: err.Error()}
	}
	if t == types.Enum && val != nil && fi != nil {
		db, ok := fi.enumIn[val.(string)]
		if !ok {
			return nil, errorf("P2009", "Invalid enum value %q", val)
		}
		return db, nil
	}
	return val, nil
}

// paramValue returns the actual value behind a placeholder (compile-time
// peeking is only allowed for values the key captures, such as counts).
func (x *cc) paramValue(v protocol.Value) protocol.Value {
	if i, ok := v.ParamIndex(); ok && i < len(x.params) {
		return x.params[i]
	}
	return v
}

// compile dispatches on the action.
func (x *cc) compile(r *protocol.Request) error {
	x.joins = x.c.useJoins(r)
	switch r.Action {
	case "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany":
		return x.compileFind(r)
	case "createOne":
		return x.compileCreateOne(r)
	case "createMany", "createManyAndReturn":
		return x.compileCreateMany(r)
	case "updateOne", "updateMany", "updateManyAndReturn", "upsertOne", "deleteOne", "deleteMany":
		return x.compileWrite(r)
	case "aggregate", "groupBy":
		return x.compileAggregate(r)
	case "queryRaw", "executeRaw":
		return x.compileRaw(r)
	}
	return errorf("P2009", "Unknown action `%s`", r.Action)
}
