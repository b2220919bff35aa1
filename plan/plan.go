// Package plan defines noengine's compiled form of a request: a small tree of
// nodes the executor evaluates against an adapter. The compiler builds plans;
// the executor runs them. A plan holds no request values: values reach it
// through Inputs, so one plan serves every request of the same shape.
package plan

import (
	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Plan is one compiled request.
type Plan struct {
	// Action is the JSON-protocol action, the key of the response's "data".
	Action string
	// Root computes the result.
	Root Node
	// Result says how Root's value becomes the response.
	Result *Result
	// Inputs convert the request's parameters into bound values, in order.
	// Arg{Kind: ArgInput, Index: i} refers to Inputs[i].
	Inputs []Input
	// Slots is the number of Let slots the plan uses.
	Slots int
	// Tx asks for a transaction around the plan (unless one is open already).
	Tx bool
	// Raw marks a raw query (errors become P2010).
	Raw bool
}

// Input converts request parameter Param to the Go value bound for a field.
type Input struct {
	Param int
	Type  types.Scalar
	// Enum maps Prisma enum names to database names (Type Enum).
	Enum map[string]string
	// List: the parameter is a JSON array of values of Type.
	List bool
	// Template, when set, replaces Param: an untagged JSON object or array
	// given for a Json field, whose leaves the parameterizer took out. The
	// value bound is the template with its placeholders filled in.
	Template *protocol.Value
	// Wrap: the value is the one element of a one-element list (a Json
	// pushed onto a Json list is one element, whatever its shape).
	Wrap bool
}

// Node is a plan node. Each evaluates to a value:
//   - *Rows for Read, Query-like nodes and MakeRecord;
//   - int64 for Exec and Sum;
//   - *Record or nil for Unique;
//   - any for Get, Const.
type Node interface{ node() }

// Rows is a list of records, the value of reading nodes.
type Rows struct {
	Records []*Record
	// LastInsertID is the driver's last insert id of the statement (MySQL).
	LastInsertID *int64
}

// Record is one row, with loaded relations.
type Record struct {
	Vals []any
	// Rels holds the records of each loaded relation, by Child.Rel index.
	Rels [][]*Record
}

// Read runs a SELECT (or a statement with RETURNING), loads child relations
// and applies in-memory processing. It evaluates to *Rows.
type Read struct {
	Stmt *Stmt
	// Children load relations into Record.Rels.
	Children []*Child
	// Process is applied to the rows before children are loaded.
	Process *Process
	// RelSlots is len(Record.Rels) for records of this read.
	RelSlots int
	// Rows, when set, replaces the statement: the read starts from the rows of
	// another node (e.g. records returned by an INSERT ... RETURNING).
	Rows Node
}

// Child loads one relation of the records of a Read.
type Child struct {
	// Rel is the index in Record.Rels.
	Rel int
	// ParentCols and ChildCols are the columns that link parent and child
	// records (parent key = child key, column by column).
	ParentCols, ChildCols []int
	// Unique: at most one child per parent (to-one relations).
	Unique bool
	// Read loads the children. Its statement receives the parents' keys through
	// ArgParentKeys arguments.
	Read *Read
	// Process is applied per parent (grouped by ChildCols): nested
	// pagination, distinct, ordering reversal.
	Process *Process

	// Embedded children come with the parent rows instead of from a query of
	// their own: parent column Col holds them as JSON, an array of rows (a
	// single row for Unique), each row an array of column values decoded by
	// Decode. Read then has no statement; its Children (embedded too) and
	// RelSlots apply to the decoded records.
	Embedded bool
	Col      int
	Decode   []Decode
}

// Decode says how a JSON value of an embedded row becomes the Go value the
// adapter would have returned for the column.
type Decode struct {
	Kind DecodeKind
	// List: the value is an array whose elements decode as Kind.
	List bool
}

// DecodeKind is a decoding of one JSON value.
type DecodeKind uint8

// Decodings.
const (
	// DecodeRaw keeps strings, numbers (int64 when integral, else
	// float64), booleans and null.
	DecodeRaw DecodeKind = iota
	DecodeInt
	DecodeFloat
	// DecodeDecimalText keeps the number's (or string's) text.
	DecodeDecimalText
	DecodeBool
	DecodeString
	// DecodeTime parses a date/time string into a time.Time (UTC when it
	// has no zone).
	DecodeTime
	// DecodeTimeAsStored keeps text as stored and turns numbers (Unix
	// milliseconds, SQLite) into toISOString text.
	DecodeTimeAsStored
	DecodeBytesHex
	DecodeBytesBase64
	// DecodeJSONText keeps the string (the column's JSON text).
	DecodeJSONText
	// DecodeNested is a column holding an embedded relation (kept as JSON).
	DecodeNested
)

// Process is in-memory processing of a list of records.
type Process struct {
	// Distinct, when non-nil, keeps the first record per distinct value of
	// these columns (empty: the first record only, Prisma's distinct: []).
	Distinct []int
	// Cursor, when set, starts the page at the first record whose columns
	// equal the cursor values (no match: empty result).
	Cursor []CursorValue
	Skip   int64
	Take   int64 // -1: no limit
	// Reverse reverses the list at the end (negative take).
	Reverse bool
}

// CursorValue is one column of a cursor.
type CursorValue struct {
	Col int
	Arg Arg
}

// Exec runs a statement and evaluates to its affected row count (int64).
type Exec struct{ Stmt *Stmt }

// Query runs a statement and evaluates to its rows (*Rows), without children.
type Query struct{ Stmt *Stmt }

// RawQuery runs a user's raw statement and evaluates to its
// *adapter.ResultSet (columns, types and rows).
type RawQuery struct{ Stmt *Stmt }

// Seq evaluates its nodes in order and evaluates to the last one's value.
type Seq struct{ Nodes []Node }

// Let evaluates Expr, stores the value in Slot and evaluates to it.
type Let struct {
	Slot int
	Expr Node
}

// Get evaluates to the value in Slot.
type Get struct{ Slot int }

// Const evaluates to a constant.
type Const struct{ Value any }

// Unique evaluates to the only record of a *Rows (nil when empty). More than
// one record is an internal error.
type Unique struct{ Expr Node }

// Sum evaluates each node (int64 values, or *Rows counting their records)
// and adds them.
type Sum struct{ Nodes []Node }

// Concat evaluates each node (*Rows) and concatenates the records.
type Concat struct{ Nodes []Node }

// MakeRecord builds a one-record *Rows from evaluated arguments (Prisma's
// initializeRecord), e.g. the key of a row inserted on MySQL.
type MakeRecord struct {
	Vals []Arg
	// From is evaluated first; ArgLastInsertID arguments refer to its result.
	From Node
}

// Rule is a row-count rule for Validate and If.
type Rule uint8

// Rules.
const (
	// RowCountEq holds when the value has exactly N rows (nil: 0; a record or
	// scalar: 1; an int64 count: its value).
	RowCountEq Rule = iota
	// RowCountNeq holds when the count differs from N.
	RowCountNeq
	// Never never holds.
	Never
)

// Validate evaluates Expr and fails with Err unless the rule holds.
type Validate struct {
	Expr Node
	Rule Rule
	N    int64
	Err  *UserError
}

// If evaluates Cond and then Then or Else (nil: evaluates to nil).
type If struct {
	Cond       Node
	Rule       Rule
	N          int64
	Then, Else Node
}

// Diff evaluates to the records of From whose key columns match no record of To.
type Diff struct {
	From, To         Node
	FromCols, ToCols []int
}

// UserError is a user-facing error a plan raises (P2025, P2014, ...).
type UserError struct {
	Code    string
	Message string
	// Meta is the pre-rendered JSON object of meta.
	Meta []byte
	// Found, when set, marks "{found}" in Message, replaced by the row
	// count of the validated value.
	Found bool
}

func (*Read) node()       {}
func (*Exec) node()       {}
func (*Query) node()      {}
func (*RawQuery) node()   {}
func (*Seq) node()        {}
func (*Let) node()        {}
func (*Get) node()        {}
func (*Const) node()      {}
func (*Unique) node()     {}
func (*Sum) node()        {}
func (*Concat) node()     {}
func (*MakeRecord) node() {}
func (*Validate) node()   {}
func (*If) node()         {}
func (*Diff) node()       {}

// Stmt is one SQL statement.
type Stmt struct {
	// Frags are the statement's pieces: text, and placeholders for Args.
	Frags []Frag
	// Args are the statement's arguments; Frags refer to them by index.
	Args []Arg
	// Static is the rendered SQL when no fragment expands at run time
	// (no tuples), with placeholders numbered. Empty otherwise.
	Static string
	// ArgTypes are the types of Args, in order: the bind types of a static
	// statement's query, shared by all its executions (nil: computed from
	// Args).
	ArgTypes []adapter.ArgType
	// Chunkable: the largest tuple may be split across several statements
	// when the bind-parameter limit is exceeded.
	Chunkable bool
}

// FragKind is a kind of statement fragment.
type FragKind uint8

// Fragment kinds.
const (
	// FragText is SQL text.
	FragText FragKind = iota
	// FragParam is one placeholder for Args[Arg].
	FragParam
	// FragTuple expands a list argument to "(p1,p2,...)", an empty list to "(NULL)".
	FragTuple
	// FragTupleList expands a list of lists to "(p1,p2),(p3,p4)".
	FragTupleList
)

// Frag is a statement fragment.
type Frag struct {
	Kind FragKind
	Text string
	Arg  int
	// Prefix and Suffix wrap each tuple item's placeholder ("LOWER(", ")").
	Prefix, Suffix string
}

// ArgKind says where an argument's value comes from.
type ArgKind uint8

// Argument kinds.
const (
	// ArgConst is a constant (Value).
	ArgConst ArgKind = iota
	// ArgInput is prepared request input Index.
	ArgInput
	// ArgSlotCol is column Col of the record in slot Slot (the first record
	// of a *Rows); nil when there is none.
	ArgSlotCol
	// ArgSlotCols is the list of column Col over all records in slot Slot.
	ArgSlotCols
	// ArgParentKeys is the list of distinct values of parent column Col,
	// for a Child's read.
	ArgParentKeys
	// ArgGenerated is a value generated at run time (Gen).
	ArgGenerated
	// ArgLastInsertID is the LastInsertID of MakeRecord.From's result.
	ArgLastInsertID
	// ArgProduct is the cartesian product of two list arguments (Items[0] ×
	// Items[1]), for many-to-many link rows in a FragTupleList.
	ArgProduct
	// ArgList is a list of the values of Items.
	ArgList
	// ArgZip zips the lists of Items into a list of tuples (row i holds
	// element i of every item), for composite keys in a FragTupleList.
	ArgZip
)

// Arg is a statement argument.
type Arg struct {
	Kind  ArgKind
	Type  adapter.ArgType
	Value any // ArgConst
	Index int // ArgInput
	Slot  int // ArgSlotCol, ArgSlotCols
	Col   int // ArgSlotCol, ArgSlotCols, ArgParentKeys
	Gen   Generator
	Items []Arg // ArgProduct, ArgList, ArgZip
	// Conv converts a slot value to the bound type (e.g. a database value of
	// a DateTime column read back as text). Zero: no conversion.
	Conv types.Scalar
}

// Generator is a run-time default generator.
type Generator uint8

// Generators. All Now values of one execution are the same instant.
const (
	GenNow Generator = iota
	GenUUID4
	GenUUID7
	GenCUID
	GenCUID2
	GenULID
	GenNanoID
)

// ResultKind says what a plan's response looks like.
type ResultKind uint8

// Result kinds.
const (
	// ResultRecords renders *Rows as an array of objects.
	ResultRecords ResultKind = iota
	// ResultRecord renders a *Record (or the first record of *Rows) as an
	// object, or null.
	ResultRecord
	// ResultCount renders an int64 as {"count": n}.
	ResultCount
	// ResultRaw renders a raw *adapter.ResultSet as {columns, types, rows}.
	ResultRaw
	// ResultAffected renders an int64 as a number (executeRaw).
	ResultAffected
	// ResultValue renders a value of Shape.Fields[0] without an object around it.
	ResultValue
)

// Result describes a plan's response.
type Result struct {
	Kind  ResultKind
	Shape *Shape
	// MissingAsList renders a missing record of ResultRecord as [] instead
	// of null: Prisma reads an upsert's record back through
	// getFirstNonEmpty, which answers [] when the read finds nothing.
	MissingAsList bool
}

// Shape maps a record to a JSON object.
type Shape struct {
	Fields []Field
}

// FieldKind classifies output fields.
type FieldKind uint8

// Output field kinds.
const (
	// Scalar reads column Col.
	Scalar FieldKind = iota
	// Relation renders Record.Rels[Rel] with Shape.
	Relation
	// Object renders Shape over the same record (aggregates, _count).
	Object
)

// Field is one output field.
type Field struct {
	Name string
	// Key is Name written as a JSON object key with its colon ("name":),
	// precomputed so that rendering a record does not escape its field
	// names again (see JSONKey; the compiler sets it on every field it
	// builds, with Shape.SetKeys for those without one).
	Key  string
	Kind FieldKind
	Col  int
	Type types.Scalar
	// List: a scalar list column ([]any), rendered as an array ([] for NULL).
	List bool
	// Enum maps database names to Prisma names (Type Enum).
	Enum types.EnumNames
	// Column is the database column name, for error messages.
	Column string
	Rel    int
	Unique bool
	Shape  *Shape
}

// Error returns the message.
func (e *UserError) Error() string { return e.Message }

// SetKeys fills the Key of every field of s and of the shapes under it
// that has none.
func (s *Shape) SetKeys() {
	if s == nil {
		return
	}
	for i := range s.Fields {
		f := &s.Fields[i]
		if f.Key == "" {
			f.Key = JSONKey(f.Name)
		}
		f.Shape.SetKeys()
	}
}

// JSONKey returns name as a JSON object key followed by a colon, the text
// Field.Key holds.
func JSONKey(name string) string {
	b := make([]byte, 0, len(name)+3)
	b = protocol.AppendString(b, name)
	return string(append(b, ':'))
}
