package compiler

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/plan"
	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/schema"
)

// The -update flag rewrites golden files; several test files of the
// package may register it, so it is registered once.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func writeGoldenUpdate() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

// writeGoldenSchema is valid for every dialect (no enums, no Json, no
// lists), with every relation kind.
const writeGoldenSchema = `
datasource db {
  provider = "sqlite"
}

model User {
  id       Int       @id
  email    String    @unique
  name     String?
  views    Int       @default(0)
  score    Float     @default(0)
  updated  DateTime  @updatedAt
  posts    Post[]
  profile  Profile?
  groups   Group[]
  mentorId Int?
  mentor   User?     @relation("Mentor", fields: [mentorId], references: [id])
  mentees  User[]    @relation("Mentor")
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  tags     Tag[]
}

model Tag {
  id     Int     @id
  label  String
  postId Int?
  post   Post?   @relation(fields: [postId], references: [id])
}

model Profile {
  id     Int    @id
  bio    String
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}

model Group {
  id    Int    @id
  name  String @unique
  users User[]
}

model Pair {
  a     Int
  b     String
  v     Int
  items PairItem[]

  @@id([a, b])
}

model PairItem {
  id    Int    @id
  pairA Int
  pairB String
  pair  Pair   @relation(fields: [pairA, pairB], references: [a, b])
}
`

// writeGoldenRelMode is the same idea with relationMode = "prisma".
const writeGoldenRelMode = `
datasource db {
  provider     = "sqlite"
  relationMode = "prisma"
}

model Parent {
  id       Int       @id
  code     String    @unique
  cascades Cascaded[]
  nulls    Nulled[]
  blocks   Blocked[]
}

model Cascaded {
  id         Int    @id
  parentCode String
  parent     Parent @relation(fields: [parentCode], references: [code], onDelete: Cascade, onUpdate: Cascade)
  @@index([parentCode])
}

model Nulled {
  id       Int     @id
  parentId Int?
  parent   Parent? @relation(fields: [parentId], references: [id], onDelete: SetNull, onUpdate: SetNull)
  @@index([parentId])
}

model Blocked {
  id       Int    @id
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Restrict, onUpdate: Restrict)
  @@index([parentId])
}
`

var writeGoldenRequests = []struct{ name, schema, req string }{
	{"updateOne scalars", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"name":"a","views":{"increment":2},"score":{"divide":2}}},"selection":{"id":true,"name":true,"views":true}}}`},
	{"updateOne explicit updated, unique and extra filter", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"email":"a@x","views":{"gt":1}},"data":{"updated":{"$type":"DateTime","value":"2020-01-01T00:00:00.000Z"},"views":{"multiply":3}}},"selection":{"id":true}}}`},
	{"updateOne empty data", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{}},"selection":{"id":true,"name":true}}}`},
	{"updateOne id change", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"id":{"increment":10}}},"selection":{"id":true}}}`},
	{"updateOne relation selection", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"name":"a"}},"selection":{"id":true,"posts":{"selection":{"id":true}}}}}`},
	{"nested create and createMany", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"create":{"id":1,"title":"t"},"createMany":{"data":[{"id":2,"title":"u"}]}}}},"selection":{"id":true}}}`},
	{"nested connect one-to-many", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"connect":[{"id":1},{"id":2}]}}},"selection":{"id":true}}}`},
	{"nested connect to-one (key on parent)", "", `{"modelName":"Post","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"author":{"connect":{"email":"b@x"}}}},"selection":{"id":true}}}`},
	{"nested connect one-to-one (key on child)", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"profile":{"connect":{"id":5}}}},"selection":{"id":true}}}`},
	{"nested connectOrCreate many-to-many", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"groups":{"connectOrCreate":{"where":{"name":"g"},"create":{"id":3,"name":"g"}}}}},"selection":{"id":true}}}`},
	{"nested set and disconnect", "", `{"modelName":"Post","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"tags":{"set":[{"id":1}],"disconnect":[{"id":2}]}}},"selection":{"id":true}}}`},
	{"nested set many-to-many", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"groups":{"set":[{"id":1},{"id":2}]}}},"selection":{"id":true}}}`},
	{"nested update, updateMany, upsert", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"update":{"where":{"id":1},"data":{"title":"x"}},"updateMany":{"where":{"title":"y"},"data":{"title":"z"}},"upsert":{"where":{"id":9},"update":{"title":"u"},"create":{"id":9,"title":"c"}}}}},"selection":{"id":true}}}`},
	{"nested delete and deleteMany", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"delete":[{"id":1}],"deleteMany":{"title":"old"}}}},"selection":{"id":true}}}`},
	{"nested to-one update, delete", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"profile":{"update":{"bio":"b"}},"mentor":{"delete":true}}},"selection":{"id":true}}}`},
	{"nested disconnect of a required relation", "", `{"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"disconnect":[{"id":1}]}}},"selection":{"id":true}}}`},
	{"nested composite foreign key", "", `{"modelName":"Pair","action":"updateOne","query":{"arguments":{"where":{"a_b":{"a":1,"b":"x"}},"data":{"items":{"connect":[{"id":1}],"deleteMany":{}}}},"selection":{"a":true}}}`},
	{"createOne with one-to-one connect (key on child)", "", `{"modelName":"User","action":"createOne","query":{"arguments":{"data":{"id":7,"email":"c@x","profile":{"connect":{"id":5}}}},"selection":{"id":true}}}`},
	{"updateMany with limit", "", `{"modelName":"Post","action":"updateMany","query":{"arguments":{"where":{"title":{"startsWith":"a"}},"data":{"title":"b"},"limit":3},"selection":{"count":true}}}`},
	{"updateManyAndReturn", "", `{"modelName":"Post","action":"updateManyAndReturn","query":{"arguments":{"where":{"authorId":1},"data":{"title":"b"}},"selection":{"id":true,"author":{"selection":{"email":true}}}}}`},
	{"deleteOne", "", `{"modelName":"User","action":"deleteOne","query":{"arguments":{"where":{"email":"a@x"}},"selection":{"id":true,"email":true}}}`},
	{"deleteOne with relation selection", "", `{"modelName":"User","action":"deleteOne","query":{"arguments":{"where":{"id":1}},"selection":{"id":true,"posts":{"selection":{"id":true}}}}}`},
	{"deleteMany with limit", "", `{"modelName":"Post","action":"deleteMany","query":{"arguments":{"where":{"title":"x"},"limit":2},"selection":{"count":true}}}`},
	{"deleteMany compound id with limit", "", `{"modelName":"Pair","action":"deleteMany","query":{"arguments":{"where":{"v":1},"limit":2},"selection":{"count":true}}}`},
	{"upsert native", "", `{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"email":"a@x"},"create":{"id":1,"email":"a@x"},"update":{"views":{"increment":1}}},"selection":{"id":true,"views":true}}}`},
	{"upsert native compound", "", `{"modelName":"Pair","action":"upsertOne","query":{"arguments":{"where":{"a_b":{"a":1,"b":"x"}},"create":{"a":1,"b":"x","v":0},"update":{"v":{"increment":1}}},"selection":{"a":true,"v":true}}}`},
	{"upsert emulated (create differs from where)", "", `{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"email":"a@x"},"create":{"id":1,"email":"b@x"},"update":{"name":"n"}},"selection":{"id":true}}}`},
	{"upsert emulated (nested)", "", `{"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":1},"create":{"id":1,"email":"a@x","posts":{"create":{"id":1,"title":"t"}}},"update":{"posts":{"deleteMany":{}}}},"selection":{"id":true}}}`},
	{"relationMode deleteOne", "relmode", `{"modelName":"Parent","action":"deleteOne","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}`},
	{"relationMode updateOne key", "relmode", `{"modelName":"Parent","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"code":"c2","id":2}},"selection":{"id":true}}}`},
	{"relationMode deleteMany", "relmode", `{"modelName":"Parent","action":"deleteMany","query":{"arguments":{"where":{"code":{"startsWith":"a"}}},"selection":{"count":true}}}`},
	{"relationMode nested delete", "relmode", `{"modelName":"Parent","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"cascades":{"delete":{"id":3}}}},"selection":{"id":true}}}`},
}

// TestWriteGolden pins the plans of representative writes per dialect:
// statements in evaluation order with the checks around them
// (testdata/golden/write.<dialect>.txt; -update rewrites them).
func TestWriteGolden(t *testing.T) {
	schemas := map[string]*schema.Schema{}
	for name, src := range map[string]string{"": writeGoldenSchema, "relmode": writeGoldenRelMode} {
		s, err := schema.Parse("schema.prisma", []byte(src))
		if err != nil {
			t.Fatalf("schema %q: %v", name, err)
		}
		schemas[name] = s
	}
	for _, name := range []string{"sqlite", "postgresql", "mysql", "sqlserver"} {
		t.Run(name, func(t *testing.T) {
			d, _ := dialect.ForProvider(name)
			var out strings.Builder
			for _, tc := range writeGoldenRequests {
				c := New(schemas[tc.schema], d, Options{})
				fmt.Fprintf(&out, "== %s\n%s\n", tc.name, tc.req)
				out.WriteString(describeWrite(t, c, d, tc.req))
				out.WriteString("\n")
			}
			path := filepath.Join("testdata", "golden", "write."+name+".txt")
			if writeGoldenUpdate() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), out.String()); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
		})
	}
}

// describeWrite compiles a request and prints its plan tree.
func describeWrite(t *testing.T, c *Compiler, d *dialect.Dialect, line string) string {
	v, err := protocol.ParseString(line)
	if err != nil {
		t.Fatalf("parse %s: %v", line, err)
	}
	r, err := protocol.DecodeRequest(v)
	if err != nil {
		t.Fatalf("decode %s: %v", line, err)
	}
	p, _, err := c.Compile(&r)
	if err != nil {
		if e, ok := err.(*Error); ok {
			s := fmt.Sprintf("error: %s %s\n", e.Code, e.Message)
			if len(e.Meta) > 0 {
				s += "meta: " + string(e.Meta) + "\n"
			}
			return s
		}
		return fmt.Sprintf("error: %v\n", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "tx: %v\n", p.Tx)
	dumpWriteNode(&b, p.Root, d, 0)
	return b.String()
}

// dumpWriteNode prints a plan node and its children, one line each.
func dumpWriteNode(b *strings.Builder, n plan.Node, d *dialect.Dialect, depth int) {
	ind := strings.Repeat("  ", depth)
	line := func(format string, args ...any) { b.WriteString(ind + fmt.Sprintf(format, args...) + "\n") }
	switch n := n.(type) {
	case nil:
		line("nil")
	case *plan.Seq:
		for _, c := range n.Nodes {
			dumpWriteNode(b, c, d, depth)
		}
	case *plan.Let:
		line("let s%d =", n.Slot)
		dumpWriteNode(b, n.Expr, d, depth+1)
	case *plan.Get:
		line("get s%d", n.Slot)
	case *plan.Const:
		line("const %v", n.Value)
	case *plan.Query:
		line("query %s", n.Stmt.Describe(d))
	case *plan.Exec:
		line("exec %s", n.Stmt.Describe(d))
	case *plan.Read:
		if n.Rows != nil {
			line("read rows of")
			dumpWriteNode(b, n.Rows, d, depth+1)
		} else {
			line("read %s", n.Stmt.Describe(d))
		}
		for _, c := range n.Children {
			line("  child %s", c.Read.Stmt.Describe(d))
		}
	case *plan.Validate:
		rule := map[plan.Rule]string{plan.RowCountEq: "==", plan.RowCountNeq: "!=", plan.Never: "never"}[n.Rule]
		line("validate %s %d else %s %s", rule, n.N, n.Err.Code, n.Err.Meta)
		dumpWriteNode(b, n.Expr, d, depth+1)
	case *plan.If:
		rule := map[plan.Rule]string{plan.RowCountEq: "==", plan.RowCountNeq: "!=", plan.Never: "never"}[n.Rule]
		line("if %s %d", rule, n.N)
		dumpWriteNode(b, n.Cond, d, depth+1)
		if n.Then != nil {
			line("then")
			dumpWriteNode(b, n.Then, d, depth+1)
		}
		if n.Else != nil {
			line("else")
			dumpWriteNode(b, n.Else, d, depth+1)
		}
	case *plan.Diff:
		line("diff")
		dumpWriteNode(b, n.From, d, depth+1)
		dumpWriteNode(b, n.To, d, depth+1)
	case *plan.Unique:
		line("unique")
		dumpWriteNode(b, n.Expr, d, depth+1)
	case *plan.MakeRecord:
		line("record")
		if n.From != nil {
			dumpWriteNode(b, n.From, d, depth+1)
		}
	default:
		line("%T", n)
	}
}
