package mssqlgolden

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// suiteCase is one corpus suite prepared for SQL Server.
type suiteCase struct {
	s *e2e.Suite
	// src is the schema compiled for SQL Server (and recorded with Prisma).
	src string
	// adapted says how src differs from the suite's schema, or "".
	adapted string
	// skip is why the suite cannot be compiled for SQL Server, or "".
	skip string
	sch  *schema.Schema
}

// loadCases loads every corpus suite with its SQL Server schema.
func loadCases(t *testing.T) []*suiteCase {
	t.Helper()
	suites, err := e2e.LoadSuites(e2e.CorpusDir())
	if err != nil {
		t.Fatal(err)
	}
	var out []*suiteCase
	for _, s := range suites {
		c := &suiteCase{s: s}
		out = append(out, c)
		src, err := s.Schema("sqlserver")
		if err != nil {
			c.skip = "no schema.prisma (a suite for other providers only)"
			continue
		}
		src, c.adapted, c.sch, err = adaptSchema(src)
		if err != nil {
			c.skip = "schema invalid on SQL Server: " + firstLines(err.Error(), 2)
			continue
		}
		c.src = src
	}
	return out
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	var keep []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		keep = append(keep, strings.TrimSpace(l))
		if len(keep) == n {
			break
		}
	}
	return strings.Join(keep, " / ")
}

var (
	enumBlockRe = regexp.MustCompile(`(?ms)^enum\s+(\w+)\s*\{.*?^\}\s*\n?`)
	defaultRe   = regexp.MustCompile(`@default\((\w+)\)`)
	errLineRe   = regexp.MustCompile(`schema\.prisma:(\d+):\d+: (.*)`)
	actionRe    = regexp.MustCompile(`,?\s*on(Delete|Update)\s*:\s*\w+`)
)

// adaptSchema parses a schema for SQL Server, rewriting what SQL Server
// cannot have but does not change the SQL of the corpus requests much:
// enums become String fields, self-relations get NoAction referential
// actions, Restrict becomes NoAction, Json fields become String fields
// (requests with Json values then fail validation, as they would on SQL
// Server). It returns the source compiled, a note listing the changes, and
// an error when the schema is still invalid (scalar lists, other databases'
// native types...).
func adaptSchema(src string) (string, string, *schema.Schema, error) {
	var notes []string
	for range 5 {
		sch, err := schema.Parse("schema.prisma", []byte(src))
		if err == nil {
			return src, strings.Join(notes, "; "), sch, nil
		}
		msg := err.Error()
		if strings.Contains(msg, "does not support enums") {
			var note string
			src, note = enumsToStrings(src)
			notes = append(notes, note)
			continue
		}
		lines := strings.Split(src, "\n")
		changed := map[string]bool{}
		for _, m := range errLineRe.FindAllStringSubmatch(msg, -1) {
			n := 0
			fmt.Sscan(m[1], &n)
			if n < 1 || n > len(lines) {
				continue
			}
			l := lines[n-1]
			switch {
			case strings.Contains(m[2], "A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction`"):
				l = actionRe.ReplaceAllString(l, "")
				if i := strings.Index(l, "@relation("); i >= 0 {
					j := i + strings.Index(l[i:], ")")
					sep := ", "
					if strings.TrimSpace(l[i+len("@relation("):j]) == "" {
						sep = ""
					}
					l = l[:j] + sep + "onDelete: NoAction, onUpdate: NoAction" + l[j:]
				} else {
					l += " @relation(onDelete: NoAction, onUpdate: NoAction)"
				}
				changed["self-relations get onDelete/onUpdate NoAction (SQL Server rejects cascading cycles)"] = true
			case strings.Contains(m[2], "Invalid referential action: `Restrict`"):
				l = strings.ReplaceAll(l, "Restrict", "NoAction")
				changed["Restrict becomes NoAction (SQL Server has no Restrict)"] = true
			case strings.Contains(m[2], "can't be of type Json"):
				l = regexp.MustCompile(`\bJson\b`).ReplaceAllString(l, "String")
				changed["Json fields become String fields (SQL Server has no Json)"] = true
			}
			lines[n-1] = l
		}
		if len(changed) == 0 {
			return src, "", nil, err
		}
		src = strings.Join(lines, "\n")
		for _, k := range slices.Sorted(maps.Keys(changed)) {
			notes = append(notes, k)
		}
	}
	_, err := schema.Parse("schema.prisma", []byte(src))
	return src, "", nil, err
}

// enumsToStrings rewrites a schema for a connector without enums: the enum
// declarations go, enum fields become String fields, enum defaults become
// string defaults. It returns the new source and a note saying what changed.
func enumsToStrings(src string) (string, string) {
	var names []string
	for _, m := range enumBlockRe.FindAllStringSubmatch(src, -1) {
		names = append(names, m[1])
	}
	src = enumBlockRe.ReplaceAllString(src, "")
	if len(names) == 0 {
		return src, ""
	}
	fieldRe := regexp.MustCompile(`^(\s+\w+\s+)(` + strings.Join(names, "|") + `)(\?|\[\])?(\s.*)?$`)
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		m := fieldRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		rest := defaultRe.ReplaceAllStringFunc(m[4], func(d string) string {
			v := defaultRe.FindStringSubmatch(d)[1]
			return `@default("` + v + `")`
		})
		lines[i] = m[1] + "String" + m[3] + rest
	}
	return strings.Join(lines, "\n"), "enums " + strings.Join(names, ", ") + " become String fields (SQL Server has no enums)"
}

// TestGolden pins the SQL Server statements of every corpus request
// (testdata/<suite>/noengine.txt; -update rewrites them).
func TestGolden(t *testing.T) {
	cases := loadCases(t)
	var skipped strings.Builder
	skipped.WriteString("# Corpus suites not compiled for SQL Server, and why (written by TestGolden -update).\n")
	for _, c := range cases {
		t.Run(c.s.Name, func(t *testing.T) {
			dir := filepath.Join("testdata", c.s.Name)
			if c.skip != "" {
				fmt.Fprintf(&skipped, "%s: %s\n", c.s.Name, c.skip)
				t.Skip(c.skip)
			}
			got := describeSuite(t, c)
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, filepath.Join(dir, "schema.prisma"), c.src)
				writeFile(t, filepath.Join(dir, "noengine.txt"), got)
				return
			}
			want, err := os.ReadFile(filepath.Join(dir, "noengine.txt"))
			if err != nil {
				t.Fatalf("%v (a new suite? run `go test ./internal/mssqlgolden -update`, then record Prisma's SQL with internal/mssqlgolden/record.sh)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s/noengine.txt differs (-want +got; -update rewrites it):\n%s", dir, diff)
			}
			if src, err := os.ReadFile(filepath.Join(dir, "schema.prisma")); err != nil || string(src) != c.src {
				t.Errorf("%s/schema.prisma is not the schema compiled here: run -update and re-record Prisma's SQL (record.sh)", dir)
			}
		})
	}
	if *update {
		writeFile(t, filepath.Join("testdata", "skipped.txt"), skipped.String())
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// describeSuite compiles every request of a suite and describes the result.
func describeSuite(t *testing.T, c *suiteCase) string {
	t.Helper()
	comp := compiler.New(c.sch, dialect.SQLServerDialect, compiler.Options{})
	qs := queryschema.Build(c.sch)
	var b strings.Builder
	if c.adapted != "" {
		fmt.Fprintf(&b, "# schema: %s\n", c.adapted)
	}
	for _, r := range c.s.Requests {
		fmt.Fprintf(&b, "== %s (line %d)\n%s\n", r.Name(), r.Line, r.Raw)
		for _, st := range compileLine(comp, qs, r.Raw) {
			b.WriteString(st.String())
		}
		b.WriteString("\n")
	}
	return b.String()
}

// outcome is what one request (or one item of a batch) compiled to.
type outcome struct {
	// label prefixes the lines: "" or "[i] " for batch items.
	label string
	// note is a line about the request (control lines, batches).
	note  string
	err   string
	stmts []stmt
}

// stmt is one statement of a plan.
type stmt struct {
	kind string // "query" or "execute"
	sql  string
	args []string
}

func (o outcome) String() string {
	var b strings.Builder
	if o.note != "" {
		fmt.Fprintf(&b, "%s%s\n", o.label, o.note)
	}
	if o.err != "" {
		fmt.Fprintf(&b, "%serror: %s\n", o.label, o.err)
	}
	for _, s := range o.stmts {
		fmt.Fprintf(&b, "%s%s: %s\n", o.label, s.kind, s.sql)
		if len(s.args) > 0 {
			fmt.Fprintf(&b, "%s   args: %s\n", o.label, strings.Join(s.args, ", "))
		}
	}
	return b.String()
}

// compileLine compiles one corpus line as the client would: decoding,
// validation against the query schema, compilation.
func compileLine(c *compiler.Compiler, qs *queryschema.QuerySchema, line []byte) []outcome {
	l, err := protocol.DecodeLine(line)
	if err != nil {
		return []outcome{{err: "decode: " + err.Error()}}
	}
	switch {
	case l.Control != nil:
		note := "control: " + l.Control.Command
		if l.Control.IsolationLevel != "" {
			note += " isolationLevel=" + l.Control.IsolationLevel
		}
		return []outcome{{note: note}}
	case l.Batch != nil:
		note := fmt.Sprintf("batch of %d", len(l.Batch.Requests))
		if l.Batch.Transaction {
			note += ", transaction"
		}
		if l.Batch.IsolationLevel != "" {
			note += ", isolationLevel=" + l.Batch.IsolationLevel
		}
		out := []outcome{{note: note}}
		for i := range l.Batch.Requests {
			o := compileRequest(c, qs, &l.Batch.Requests[i])
			o.label = fmt.Sprintf("[%d] ", i)
			out = append(out, o)
		}
		return out
	}
	return []outcome{compileRequest(c, qs, l.Request)}
}

func compileRequest(c *compiler.Compiler, qs *queryschema.QuerySchema, r *protocol.Request) outcome {
	if r.Action != "queryRaw" && r.Action != "executeRaw" {
		if e := queryschema.Validate(qs, r); e != nil {
			return outcome{err: strings.TrimSpace(e.Code + " " + firstLines(e.Message, 1))}
		}
	}
	p, _, err := c.Compile(r)
	if err != nil {
		if e, ok := err.(*compiler.Error); ok {
			return outcome{err: strings.TrimSpace(e.Code + " " + firstLines(e.Message, 1))}
		}
		return outcome{err: err.Error()}
	}
	o := outcome{stmts: statements(p)}
	// The walk below mirrors plan.Statements; check that it saw the same.
	want := plan.Statements(p, dialect.SQLServerDialect)
	if len(want) != len(o.stmts) {
		o.err = fmt.Sprintf("INTERNAL: plan.Statements has %d statements, the golden walker %d: update statements()", len(want), len(o.stmts))
	}
	return o
}

// statements lists a plan's statements in the order of plan.Statements,
// labelled as Prisma labels them (query: returns rows, execute: a count).
func statements(p *plan.Plan) []stmt {
	var out []stmt
	add := func(kind string, s *plan.Stmt) {
		if s == nil {
			return
		}
		st := stmt{kind: kind, sql: s.Describe(dialect.SQLServerDialect)}
		for _, a := range s.Args {
			st.args = append(st.args, describeArg(p, a))
		}
		out = append(out, st)
	}
	var walk func(n plan.Node)
	walk = func(n plan.Node) {
		switch n := n.(type) {
		case *plan.Read:
			if n.Rows != nil {
				walk(n.Rows)
			} else {
				add("query", n.Stmt)
			}
			for _, c := range n.Children {
				walk(c.Read)
			}
		case *plan.Query:
			add("query", n.Stmt)
		case *plan.RawQuery:
			add("query", n.Stmt)
		case *plan.Exec:
			add("execute", n.Stmt)
		case *plan.Seq:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *plan.Let:
			walk(n.Expr)
		case *plan.Unique:
			walk(n.Expr)
		case *plan.Sum:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *plan.Concat:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *plan.MakeRecord:
			if n.From != nil {
				walk(n.From)
			}
		case *plan.Validate:
			walk(n.Expr)
		case *plan.If:
			walk(n.Cond)
			if n.Then != nil {
				walk(n.Then)
			}
			if n.Else != nil {
				walk(n.Else)
			}
		case *plan.Diff:
			walk(n.From)
			walk(n.To)
		}
	}
	walk(p.Root)
	return out
}

// describeArg renders where an argument comes from and how it is bound.
func describeArg(p *plan.Plan, a plan.Arg) string {
	var src string
	switch a.Kind {
	case plan.ArgConst:
		src = fmt.Sprintf("%#v", a.Value)
	case plan.ArgInput:
		if a.Index < len(p.Inputs) {
			src = fmt.Sprintf("$%d", p.Inputs[a.Index].Param)
		} else {
			src = fmt.Sprintf("input%d?", a.Index)
		}
	case plan.ArgSlotCol:
		src = fmt.Sprintf("slot%d.col%d", a.Slot, a.Col)
	case plan.ArgSlotCols:
		src = fmt.Sprintf("slot%d.cols%d", a.Slot, a.Col)
	case plan.ArgParentKeys:
		src = fmt.Sprintf("parent.col%d", a.Col)
	case plan.ArgGenerated:
		src = fmt.Sprintf("gen%d", a.Gen)
	case plan.ArgLastInsertID:
		src = "lastInsertId"
	case plan.ArgProduct, plan.ArgList, plan.ArgZip:
		var items []string
		for _, it := range a.Items {
			items = append(items, describeArg(p, it))
		}
		name := map[plan.ArgKind]string{plan.ArgProduct: "product", plan.ArgList: "list", plan.ArgZip: "zip"}[a.Kind]
		src = name + "(" + strings.Join(items, " ") + ")"
	default:
		src = fmt.Sprintf("kind%d", a.Kind)
	}
	t := a.Type.Scalar.String()
	if a.Type.DBType != "" {
		t += "/" + a.Type.DBType
	}
	if a.Type.List {
		t += "[]"
	}
	return src + ":" + t
}
