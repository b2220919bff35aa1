package executor_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
	"github.com/noengine/noengine/executor"
	"github.com/noengine/noengine/internal/fakeadapter"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

type dollar struct{}

func (dollar) AppendPlaceholder(b []byte, n int) []byte {
	return append(append(b, '$'), byte('0'+n))
}

func static(sql string, args ...plan.Arg) *plan.Stmt {
	st := &plan.Stmt{Static: sql, Args: args}
	for i := range args {
		st.Frags = append(st.Frags, plan.Frag{Kind: plan.FragParam, Arg: i})
	}
	return st
}

func render(t *testing.T, p *plan.Plan, v any) string {
	t.Helper()
	var w protocol.Writer
	if err := executor.Render(&w, p.Result, v); err != nil {
		t.Fatal(err)
	}
	return string(w.Bytes())
}

var idShape = &plan.Shape{Fields: []plan.Field{{Name: "id", Kind: plan.Scalar, Col: 0, Type: types.Int}}}

// A Read with a child loaded by parent keys: the child query gets the
// distinct keys as a tuple, the children attach to their parents.
func TestReadWithChildren(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnQuery(`SELECT id FROM "User"`, fakeadapter.Rows([]string{"id"}, []any{int64(1)}, []any{int64(2)}, []any{int64(1)}))
	fa.OnQuery(`SELECT id, uid FROM "Post" WHERE uid IN ($1,$2)`, fakeadapter.Rows([]string{"id", "uid"},
		[]any{int64(10), int64(1)}, []any{int64(11), int64(1)}, []any{int64(20), int64(2)}))
	child := &plan.Read{Stmt: &plan.Stmt{
		Frags: []plan.Frag{{Kind: plan.FragText, Text: `SELECT id, uid FROM "Post" WHERE uid IN `}, {Kind: plan.FragTuple, Arg: 0}},
		Args:  []plan.Arg{{Kind: plan.ArgParentKeys, Col: 0, Type: adapter.ArgType{Scalar: adapter.ScalarInt}}},
	}}
	p := &plan.Plan{
		Root: &plan.Read{Stmt: static(`SELECT id FROM "User"`), RelSlots: 1,
			Children: []*plan.Child{{Rel: 0, ParentCols: []int{0}, ChildCols: []int{1}, Read: child, Process: &plan.Process{Take: 1, Reverse: false}}}},
		Result: &plan.Result{Kind: plan.ResultRecords, Shape: &plan.Shape{Fields: []plan.Field{
			{Name: "id", Kind: plan.Scalar, Col: 0, Type: types.Int},
			{Name: "posts", Kind: plan.Relation, Rel: 0, Shape: idShape},
		}}},
	}
	v, err := executor.Execute(context.Background(), fa, p, nil, &executor.Options{Placeholders: dollar{}})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"id":1,"posts":[{"id":10}]},{"id":2,"posts":[{"id":20}]},{"id":1,"posts":[{"id":10}]}]`
	if d := cmp.Diff(want, render(t, p, v)); d != "" {
		t.Fatalf("result (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{`SELECT id FROM "User"`, `SELECT id, uid FROM "Post" WHERE uid IN ($1,$2)`}, fa.SQL()); d != "" {
		t.Fatalf("statements (-want +got):\n%s", d)
	}
}

// Children attach to every parent with their key, in the children's order,
// on composite keys too: parents sharing a key each get all its children, a
// parent with a NULL key part or no match gets none, and a child matching no
// parent is dropped.
func TestAttachChildren(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnQuery(`SELECT a, b FROM "P"`, fakeadapter.Rows([]string{"a", "b"},
		[]any{int64(1), "x"}, []any{int64(2), "x"}, []any{int64(1), "x"}, []any{nil, "x"}, []any{int64(3), "y"}, []any{int64(1), "y"}))
	fa.OnQuery(`SELECT id, a, b FROM "C"`, fakeadapter.Rows([]string{"id", "a", "b"},
		[]any{int64(10), int64(1), "x"}, []any{int64(11), int64(2), "x"}, []any{int64(12), int64(1), "x"},
		[]any{int64(13), int64(9), "x"}, []any{int64(14), int64(1), "y"}, []any{int64(15), int64(1), "x"}))
	p := &plan.Plan{
		Root: &plan.Read{Stmt: static(`SELECT a, b FROM "P"`), RelSlots: 1,
			Children: []*plan.Child{{Rel: 0, ParentCols: []int{0, 1}, ChildCols: []int{1, 2}, Read: &plan.Read{Stmt: static(`SELECT id, a, b FROM "C"`)}}}},
		Result: &plan.Result{Kind: plan.ResultRecords, Shape: &plan.Shape{Fields: []plan.Field{
			{Name: "a", Kind: plan.Scalar, Col: 0, Type: types.Int},
			{Name: "cs", Kind: plan.Relation, Rel: 0, Shape: idShape},
		}}},
	}
	v, err := executor.Execute(context.Background(), fa, p, nil, &executor.Options{Placeholders: dollar{}})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"a":1,"cs":[{"id":10},{"id":12},{"id":15}]},{"a":2,"cs":[{"id":11}]},{"a":1,"cs":[{"id":10},{"id":12},{"id":15}]},` +
		`{"a":null,"cs":[]},{"a":3,"cs":[]},{"a":1,"cs":[{"id":14}]}]`
	if d := cmp.Diff(want, render(t, p, v)); d != "" {
		t.Fatalf("result (-want +got):\n%s", d)
	}
	// Each parent's list is its own: appending to one does not write into
	// the next parent's.
	recs := v.(*plan.Rows).Records
	recs[0].Rels[0] = append(recs[0].Rels[0], recs[5].Rels[0][0])
	if got := render(t, p, v); got != strings.Replace(want, `{"id":15}]}`, `{"id":15},{"id":14}]}`, 1) {
		t.Fatalf("after appending to the first parent's children: %s", got)
	}
}

// Tuples larger than the bind limit are split into chunks whose results
// are concatenated; other arguments repeat in every chunk.
func TestChunking(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnQuery(`SELECT id FROM t WHERE k = $1 AND id IN ($2,$3)`, fakeadapter.Rows([]string{"id"}, []any{int64(1)}))
	fa.OnQuery(`SELECT id FROM t WHERE k = $1 AND id IN ($2)`, fakeadapter.Rows([]string{"id"}, []any{int64(3)}))
	st := &plan.Stmt{
		Frags: []plan.Frag{{Kind: plan.FragText, Text: "SELECT id FROM t WHERE k = "}, {Kind: plan.FragParam, Arg: 0}, {Kind: plan.FragText, Text: " AND id IN "}, {Kind: plan.FragTuple, Arg: 1}},
		Args: []plan.Arg{
			{Kind: plan.ArgConst, Value: "k"},
			{Kind: plan.ArgConst, Value: []any{int64(1), int64(2), int64(3)}},
		},
		Chunkable: true,
	}
	p := &plan.Plan{Root: &plan.Query{Stmt: st}, Result: &plan.Result{Kind: plan.ResultRecords, Shape: idShape}}
	v, err := executor.Execute(context.Background(), fa, p, nil, &executor.Options{Placeholders: dollar{}, MaxBindValues: 3})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(`[{"id":1},{"id":3}]`, render(t, p, v)); d != "" {
		t.Fatalf("result (-want +got):\n%s", d)
	}
	calls := fa.Calls()
	var args [][]any
	for _, c := range calls {
		args = append(args, c.Args)
	}
	if d := cmp.Diff([][]any{{"k", int64(1), int64(2)}, {"k", int64(3)}}, args); d != "" {
		t.Fatalf("chunk arguments (-want +got):\n%s", d)
	}
}

// In-memory processing: distinct, cursor, skip, take and reverse.
func TestProcess(t *testing.T) {
	rows := fakeadapter.Rows([]string{"id", "g"},
		[]any{int64(1), "a"}, []any{int64(2), "a"}, []any{int64(3), "b"}, []any{int64(4), "c"}, []any{int64(5), "c"}, []any{int64(6), "d"})
	cases := []struct {
		name string
		p    plan.Process
		want string
	}{
		{"distinct", plan.Process{Distinct: []int{1}, Take: -1}, `[{"id":1},{"id":3},{"id":4},{"id":6}]`},
		{"cursor", plan.Process{Cursor: []plan.CursorValue{{Col: 0, Arg: plan.Arg{Kind: plan.ArgConst, Value: int64(3)}}}, Take: -1}, `[{"id":3},{"id":4},{"id":5},{"id":6}]`},
		{"cursor skip take", plan.Process{Cursor: []plan.CursorValue{{Col: 0, Arg: plan.Arg{Kind: plan.ArgConst, Value: int64(3)}}}, Skip: 1, Take: 2}, `[{"id":4},{"id":5}]`},
		{"missing cursor", plan.Process{Cursor: []plan.CursorValue{{Col: 0, Arg: plan.Arg{Kind: plan.ArgConst, Value: int64(99)}}}, Take: -1}, `[]`},
		{"take reverse", plan.Process{Take: 2, Reverse: true}, `[{"id":2},{"id":1}]`},
		{"skip beyond", plan.Process{Skip: 10, Take: -1}, `[]`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa := fakeadapter.New(fakeadapter.Options{})
			fa.OnQuery("SELECT", rows)
			proc := c.p
			p := &plan.Plan{Root: &plan.Read{Stmt: static("SELECT"), Process: &proc}, Result: &plan.Result{Kind: plan.ResultRecords, Shape: idShape}}
			v, err := executor.Execute(context.Background(), fa, p, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(c.want, render(t, p, v)); d != "" {
				t.Fatalf("(-want +got):\n%s", d)
			}
		})
	}
}

// Embedded relations (the join strategy) decode to the values an adapter
// returns, so they render as a separate query's rows would.
func TestEmbeddedChildren(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnQuery("SELECT", fakeadapter.Rows([]string{"id", "posts"},
		[]any{int64(1), `[[10,"2024-01-02T03:04:05.5","12.50","\\x0001",9007199254740993],[11,null,null,null,null]]`},
		[]any{int64(2), nil}))
	child := &plan.Child{Rel: 0, Embedded: true, Col: 1, Read: &plan.Read{},
		Decode: []plan.Decode{{Kind: plan.DecodeInt}, {Kind: plan.DecodeTime}, {Kind: plan.DecodeDecimalText}, {Kind: plan.DecodeBytesHex}, {Kind: plan.DecodeInt}}}
	p := &plan.Plan{
		Root: &plan.Read{Stmt: static("SELECT"), RelSlots: 1, Children: []*plan.Child{child}},
		Result: &plan.Result{Kind: plan.ResultRecords, Shape: &plan.Shape{Fields: []plan.Field{
			{Name: "id", Kind: plan.Scalar, Col: 0, Type: types.Int},
			{Name: "posts", Kind: plan.Relation, Rel: 0, Shape: &plan.Shape{Fields: []plan.Field{
				{Name: "id", Kind: plan.Scalar, Col: 0, Type: types.Int},
				{Name: "at", Kind: plan.Scalar, Col: 1, Type: types.DateTime},
				{Name: "dec", Kind: plan.Scalar, Col: 2, Type: types.Decimal},
				{Name: "bin", Kind: plan.Scalar, Col: 3, Type: types.Bytes},
				{Name: "big", Kind: plan.Scalar, Col: 4, Type: types.BigInt},
			}}},
		}}},
	}
	v, err := executor.Execute(context.Background(), fa, p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"id":1,"posts":[{"id":10,"at":{"$type":"DateTime","value":"2024-01-02T03:04:05.5+00:00"},"dec":{"$type":"Decimal","value":"12.50"},"bin":{"$type":"Bytes","value":"AAE="},"big":{"$type":"BigInt","value":"9007199254740993"}},{"id":11,"at":null,"dec":null,"bin":null,"big":null}]},{"id":2,"posts":[]}]`
	if d := cmp.Diff(want, render(t, p, v)); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
}

// Validation rules raise the plan's user error; adapter errors pass through
// with their kind; generated now() is one instant per execution.
func TestValidateErrorsAndGenerators(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnQuery("SELECT none", fakeadapter.Rows([]string{"id"}))
	notFound := &plan.UserError{Code: "P2025", Message: "not found", Meta: []byte(`{}`)}
	p := &plan.Plan{Root: &plan.Validate{Expr: &plan.Query{Stmt: static("SELECT none")}, Rule: plan.RowCountNeq, N: 0, Err: notFound},
		Result: &plan.Result{Kind: plan.ResultRecord, Shape: idShape}}
	_, err := executor.Execute(context.Background(), fa, p, nil, nil)
	if !errors.Is(err, notFound) {
		t.Fatalf("got %v, want the plan's P2025", err)
	}

	fa.OnError("INSERT", &adapter.Error{Kind: adapter.UniqueConstraintViolation, Table: "User"})
	p = &plan.Plan{Root: &plan.Exec{Stmt: static("INSERT")}, Result: &plan.Result{Kind: plan.ResultCount}}
	_, err = executor.Execute(context.Background(), fa, p, nil, nil)
	var ae *adapter.Error
	if !errors.As(err, &ae) || ae.Kind != adapter.UniqueConstraintViolation {
		t.Fatalf("got %v, want a unique violation", err)
	}

	now := time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.UTC)
	fa.OnQuery("NOW", fakeadapter.Rows([]string{"a"}))
	gen := plan.Arg{Kind: plan.ArgGenerated, Gen: plan.GenNow}
	p = &plan.Plan{Root: &plan.MakeRecord{Vals: []plan.Arg{gen, gen}}, Result: &plan.Result{Kind: plan.ResultRecord}}
	v, err := executor.Execute(context.Background(), fa, p, nil, &executor.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	rec := v.(*plan.Rows).Records[0]
	want := now.Truncate(time.Millisecond)
	if d := cmp.Diff([]any{want, want}, rec.Vals); d != "" {
		t.Fatalf("now() values (-want +got):\n%s", d)
	}
}

// A dropped connection surfaces as ConnectionClosed (P1017) and stops the plan.
func TestDroppedConnection(t *testing.T) {
	fa := fakeadapter.New(fakeadapter.Options{})
	fa.OnExec("A", 1)
	fa.OnExec("B", 1)
	fa.Inject(fakeadapter.Fault{Nth: 2, Drop: true})
	p := &plan.Plan{Root: &plan.Seq{Nodes: []plan.Node{&plan.Exec{Stmt: static("A")}, &plan.Exec{Stmt: static("B")}, &plan.Exec{Stmt: static("A")}}},
		Result: &plan.Result{Kind: plan.ResultCount}}
	_, err := executor.Execute(context.Background(), fa, p, nil, nil)
	var ae *adapter.Error
	if !errors.As(err, &ae) || ae.Kind != adapter.ConnectionClosed {
		t.Fatalf("got %v, want ConnectionClosed", err)
	}
	if d := cmp.Diff([]string{"A", "B"}, fa.SQL()); d != "" {
		t.Fatalf("statements (-want +got):\n%s", d)
	}
}

// PrepareInputs converts parameters by type and maps enum names.
func TestPrepareInputs(t *testing.T) {
	p := &plan.Plan{Inputs: []plan.Input{
		{Param: 0, Type: types.BigInt},
		{Param: 1, Type: types.Enum, Enum: map[string]string{"ADMIN": "admin"}},
		{Param: 2, Type: types.DateTime},
		{Param: 3, Type: types.Int, List: true},
	}}
	params := []protocol.Value{
		mustParse(t, `{"$type":"BigInt","value":"9223372036854775807"}`),
		protocol.MakeString("ADMIN"),
		mustParse(t, `{"$type":"DateTime","value":"2024-01-02T03:04:05.678Z"}`),
		mustParse(t, `[1,2]`),
	}
	got, err := executor.PrepareInputs(p, params)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{int64(9223372036854775807), "admin", time.Date(2024, 1, 2, 3, 4, 5, 678000000, time.UTC), []any{int64(1), int64(2)}}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	params[1] = protocol.MakeString("NOPE")
	if _, err := executor.PrepareInputs(p, params); !errors.Is(err, executor.ErrInput) {
		t.Fatalf("unknown enum value: %v, want ErrInput", err)
	}
}

func mustParse(t *testing.T, s string) protocol.Value {
	v, err := protocol.ParseString(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
