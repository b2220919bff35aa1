package mssqlgolden

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/compiler"
	"github.com/noengine/noengine/dialect"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// prismaResult is what prisma-ref plan printed for one request.
type prismaResult struct {
	request string
	// err is Prisma's compile (or schema) error, "" when it compiled.
	err   string
	stmts []stmt
}

// readPrisma parses the output of `prisma-ref plan --sql-only --jsonl`.
func readPrisma(path string) ([]prismaResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []prismaResult
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	var cur *prismaResult
	var last *stmt
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "########## request "):
			rest := strings.TrimPrefix(line, "########## request ")
			n, req, _ := strings.Cut(rest, ": ")
			if i, err := strconv.Atoi(n); err != nil || i != len(out) {
				return nil, fmt.Errorf("%s: request %q out of order", path, n)
			}
			out = append(out, prismaResult{request: req})
			cur, last = &out[len(out)-1], nil
		case cur == nil:
			return nil, fmt.Errorf("%s: text before the first request", path)
		case strings.HasPrefix(line, "===== "), strings.HasPrefix(line, "placeholders: "), strings.HasPrefix(line, "-- SQL ("):
		case strings.HasPrefix(line, "ERROR ("):
			cur.err = line
		case strings.HasPrefix(line, "query: "), strings.HasPrefix(line, "execute: "):
			kind, sql, _ := strings.Cut(line, ": ")
			cur.stmts = append(cur.stmts, stmt{kind: kind, sql: sql})
			last = &cur.stmts[len(cur.stmts)-1]
		case strings.HasPrefix(line, "   args: "):
			if last != nil {
				last.args = []string{strings.TrimPrefix(line, "   args: ")}
			}
			last = nil
		default:
			switch {
			case last != nil:
				// A statement spanning lines (raw SQL).
				last.sql += "\n" + line
			case cur.err != "":
				if m := regexp.MustCompile(`^error: (.*)`).FindStringSubmatch(line); m != nil && !strings.Contains(cur.err, "\n") {
					cur.err += "\n" + m[1]
				} else if strings.HasPrefix(line, "code: ") {
					cur.err += " [" + strings.TrimPrefix(line, "code: ") + "]"
				}
			}
		}
	}
	return out, sc.Err()
}

var (
	identRe   = regexp.MustCompile(`\[((?:[^\]]|\]\])*)\]`)
	declareRe = regexp.MustCompile(`^DECLARE @generated_keys table\(.*?\) `)
)

// shape reduces a statement to what must agree with Prisma's: whether it
// returns rows (query) or a count (execute), its verb, and the table it
// works on (for SELECT, the first table of its FROM).
func shape(s stmt) string {
	sql := strings.TrimSpace(s.sql)
	verb := ""
	if declareRe.MatchString(sql) {
		sql = declareRe.ReplaceAllString(sql, "")
		verb = "DECLARE+"
	}
	word, _, _ := strings.Cut(sql, " ")
	verb += strings.ToUpper(word)
	var table string
	switch strings.ToUpper(word) {
	case "INSERT":
		table = tableAfter(sql, "INTO ")
	case "UPDATE":
		table = tableAfter(sql, "UPDATE ")
	case "DELETE":
		table = tableAfter(sql, "FROM ")
	case "SELECT":
		table = tableAfter(topLevel(sql), " FROM ")
	case "MERGE":
		table = tableAfter(sql, "MERGE INTO ")
	}
	return s.kind + " " + verb + " " + table
}

// topLevel blanks out everything inside parentheses (and quoted text), so
// that keywords of subqueries are not found.
func topLevel(sql string) string {
	b := []byte(sql)
	depth := 0
	quote := byte(0)
	for i, c := range b {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			b[i] = ' '
		case c == '\'' || c == '[':
			if c == '[' {
				quote = ']'
			} else {
				quote = c
			}
			if depth > 0 {
				b[i] = ' '
			}
			if c == '[' && depth == 0 {
				// keep identifiers at the top level
				quote = 0
			}
		case c == '(':
			depth++
			b[i] = ' '
		case c == ')':
			depth--
			b[i] = ' '
		case depth > 0:
			b[i] = ' '
		}
	}
	return string(b)
}

// tableAfter returns the table name after the first occurrence of kw,
// without schema and brackets.
func tableAfter(sql, kw string) string {
	i := strings.Index(sql, kw)
	if i < 0 {
		return "?"
	}
	rest := sql[i+len(kw):]
	if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "@") {
		// A derived table or a table variable: take the next FROM.
		if j := strings.Index(rest, " FROM "); j >= 0 && kw == " FROM " {
			return tableAfter(rest[j:], kw)
		}
		return "(derived)"
	}
	name := ""
	for {
		m := identRe.FindStringSubmatchIndex(rest)
		if m == nil || m[0] != 0 {
			break
		}
		name = strings.ReplaceAll(rest[m[2]:m[3]], "]]", "]")
		rest = rest[m[1]:]
		if !strings.HasPrefix(rest, ".") {
			break
		}
		rest = rest[1:]
	}
	return name
}

// TestPrisma compares noengine's statements with Prisma's, recorded in
// testdata/<suite>/prisma.txt: where Prisma compiled a request, noengine
// must run as many statements, of the same shape, in the same order. Texts
// that differ are listed in testdata/<suite>/compare.txt (-update rewrites
// it), so that every textual difference is on record.
func TestPrisma(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.s.Name, func(t *testing.T) {
			if c.skip != "" {
				t.Skip(c.skip)
			}
			dir := filepath.Join("testdata", c.s.Name)
			prisma, err := readPrisma(filepath.Join(dir, "prisma.txt"))
			if os.IsNotExist(err) {
				t.Skipf("no Prisma recording: run internal/mssqlgolden/record.sh %s (needs Node)", c.s.Name)
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(prisma) != len(c.s.Requests) {
				t.Fatalf("prisma.txt has %d requests, the suite %d: re-record with record.sh %s", len(prisma), len(c.s.Requests), c.s.Name)
			}
			comp := compiler.New(c.sch, dialect.SQLServerDialect, compiler.Options{})
			qs := queryschema.Build(c.sch)
			var report strings.Builder
			fmt.Fprintf(&report, "# %s: noengine's SQL Server statements against Prisma 7.10's, request by request.\n", c.s.Name)
			report.WriteString("# same: identical texts; text: same statement shapes (kind, verb, table), other texts (both shown);\n" +
				"# reads: the writes are the same in shape and order, the SELECTs differ in number or order;\n" +
				"# key-rewrite: so are they but for Prisma's no-op UPDATE of a created record's referenced fields;\n" +
				"# write-order: the same writes in another order (the nested-write planner's order, the same for every database);\n" +
				"# shape: the writes differ (a failure unless listed in knownShapeDiffs); prisma-error: Prisma did not compile it;\n" +
				"# control: an interactive-transaction line, no SQL.\n")
			counts := map[string]int{}
			for i, r := range c.s.Requests {
				ours := compileLine(comp, qs, r.Raw)
				p := prisma[i]
				verdict, detail := compareOne(ours, p, keyRewriter(c.sch))
				counts[verdict]++
				key := c.s.Name + "/" + r.Name()
				if _, ok := knownShapeDiffs[key]; ok && verdict != "shape" {
					t.Errorf("%s is listed in knownShapeDiffs but its writes now match Prisma's (%s): remove it", key, verdict)
				}
				if verdict == "shape" {
					if why, ok := knownShapeDiffs[key]; ok {
						verdict = "shape (known: " + why + ")"
					} else {
						t.Errorf("%s (line %d): statements differ in shape from Prisma's:\n%s", r.Name(), r.Line, detail)
					}
				}
				fmt.Fprintf(&report, "\n== %s (line %d): %s\n", r.Name(), r.Line, verdict)
				if verdict != "same" {
					report.WriteString(detail)
				}
			}
			fmt.Fprintf(&report, "\n# totals: same %d, text %d, reads %d, key-rewrite %d, write-order %d, shape %d, prisma-error %d, control %d\n",
				counts["same"], counts["text"], counts["reads"], counts["key-rewrite"], counts["write-order"], counts["shape"], counts["prisma-error"], counts["control"])
			path := filepath.Join(dir, "compare.txt")
			if *update {
				writeFile(t, path, report.String())
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), report.String()); diff != "" {
				t.Errorf("%s differs (-want +got; -update rewrites it):\n%s", path, diff)
			}
		})
	}
}

// compareOne compares one request's statements. The verdict is "same",
// "text" (same shapes, other texts), "reads" (the statements that write are
// the same in shape and order, the reads differ), "shape" or
// "prisma-error".
func compareOne(ours []outcome, p prismaResult, keyRewrite func(stmt) bool) (string, string) {
	if len(ours) == 1 && strings.HasPrefix(ours[0].note, "control: ") {
		// Interactive transaction control: no SQL on either side (Prisma's
		// compiler does not take these lines).
		return "control", ""
	}
	var mine []stmt
	var errs []string
	for _, o := range ours {
		mine = append(mine, o.stmts...)
		if o.err != "" {
			errs = append(errs, o.err)
		}
	}
	var b strings.Builder
	if p.err != "" {
		fmt.Fprintf(&b, "prisma: %s\n", oneLine(p.err))
		for _, e := range errs {
			fmt.Fprintf(&b, "noengine: error: %s\n", e)
		}
		for _, s := range mine {
			fmt.Fprintf(&b, "noengine: %s: %s\n", s.kind, s.sql)
		}
		return "prisma-error", b.String()
	}
	for _, e := range errs {
		fmt.Fprintf(&b, "noengine: error: %s\n", e)
	}
	same := len(errs) == 0 && len(mine) == len(p.stmts)
	shapes := len(errs) == 0 && len(mine) == len(p.stmts)
	for i := range max(len(mine), len(p.stmts)) {
		var m, q *stmt
		if i < len(mine) {
			m = &mine[i]
		}
		if i < len(p.stmts) {
			q = &p.stmts[i]
		}
		switch {
		case m != nil && q != nil && m.kind == q.kind && normalize(m.sql) == normalize(q.sql):
			fmt.Fprintf(&b, "  %d same: %s\n", i, shape(*m))
			continue
		case m != nil && q != nil && shape(*m) == shape(*q):
			same = false
			fmt.Fprintf(&b, "  %d text: %s\n    noengine: %s\n    prisma:   %s\n", i, shape(*m), m.sql, q.sql)
			continue
		}
		same, shapes = false, false
		if m != nil {
			fmt.Fprintf(&b, "  %d noengine %s: %s\n", i, shape(*m), m.sql)
		}
		if q != nil {
			fmt.Fprintf(&b, "  %d prisma   %s: %s\n", i, shape(*q), q.sql)
		}
	}
	switch {
	case same:
		return "same", ""
	case shapes:
		return "text", b.String()
	case len(errs) > 0:
		return "shape", b.String()
	case slices.Equal(writeShapes(mine), writeShapes(p.stmts)):
		return "reads", b.String()
	}
	var theirs []stmt
	for _, st := range p.stmts {
		if !keyRewrite(st) {
			theirs = append(theirs, st)
		}
	}
	mw, tw := writeShapes(mine), writeShapes(theirs)
	switch {
	case slices.Equal(mw, tw):
		return "key-rewrite", b.String()
	case slices.Equal(slices.Sorted(slices.Values(mw)), slices.Sorted(slices.Values(tw))):
		return "write-order", b.String()
	}
	return "shape", b.String()
}

// keyRewriter returns the test for Prisma's no-op key rewrite: after a
// nested create, Prisma 7.10 sometimes also runs UPDATE <model> SET
// <fields another relation references> = <the created record's own values>
// WHERE (<id> IN (...) AND 1=1). It sets only referenced (not foreign key)
// fields, to values they already hold, so it changes nothing; noengine's
// plans do not have it.
func keyRewriter(sch *schema.Schema) func(stmt) bool {
	referenced := map[string]map[string]bool{} // table -> referenced columns
	fk := map[string]map[string]bool{}         // table -> foreign key columns
	col := func(f *schema.Field) string {
		if f.DBName != "" {
			return f.DBName
		}
		return f.Name
	}
	table := func(m *schema.Model) string {
		if m.DBName != "" {
			return m.DBName
		}
		return m.Name
	}
	for _, m := range sch.Models {
		for _, f := range m.Fields {
			r := f.Relation
			if r == nil || !r.Inline {
				continue
			}
			for _, ff := range r.Fields {
				if fk[table(m)] == nil {
					fk[table(m)] = map[string]bool{}
				}
				fk[table(m)][col(ff)] = true
			}
			for _, rf := range r.References {
				t := table(r.RelatedModel)
				if referenced[t] == nil {
					referenced[t] = map[string]bool{}
				}
				referenced[t][col(rf)] = true
			}
		}
	}
	setRe := regexp.MustCompile(`^UPDATE \[\w+\]\.\[([^\]]+)\] SET (.*) WHERE \((\[\w+\]\.\[[^\]]+\]\.\[[^\]]+\] IN \(@P\d+,…\) AND )+1=1\)$`)
	assignRe := regexp.MustCompile(`^\[([^\]]+)\] = @P\d+$`)
	return func(st stmt) bool {
		if st.kind != "execute" {
			return false
		}
		m := setRe.FindStringSubmatch(st.sql)
		if m == nil {
			return false
		}
		for _, a := range strings.Split(m[2], ", ") {
			am := assignRe.FindStringSubmatch(a)
			if am == nil || !referenced[m[1]][am[1]] || fk[m[1]][am[1]] {
				return false
			}
		}
		return true
	}
}

// writeShapes lists the shapes of the statements that change data (all but
// SELECTs), in order.
func writeShapes(stmts []stmt) []string {
	var out []string
	for _, s := range stmts {
		if sh := shape(s); !strings.Contains(sh, " SELECT ") {
			out = append(out, sh)
		}
	}
	return out
}

// normalize removes the differences in spacing that carry no meaning.
func normalize(sql string) string {
	sql = strings.Join(strings.Fields(sql), " ")
	sql = strings.ReplaceAll(sql, ", ", ",")
	return sql
}

func oneLine(s string) string {
	return strings.ReplaceAll(s, "\n", " / ")
}

// knownShapeDiffs lists requests (suite/NNN) whose writing statements
// differ from Prisma's in a way the verdicts above do not cover, with the
// reason the difference is harmless. It is empty: every difference in the
// corpus is one of the verdicts.
var knownShapeDiffs = map[string]string{}
