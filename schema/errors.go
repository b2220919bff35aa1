package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Diagnostic is one problem found in a schema. Message is Prisma's message
// text (without the "error: " prefix Prisma's CLI prints).
type Diagnostic struct {
	Pos     Pos    // start of the offending source text
	End     Pos    // end of the offending source text (exclusive)
	Message string // Prisma's message text
}

// Error is returned by Parse for an invalid schema. It lists every
// diagnostic found, sorted by position.
type Error struct {
	Filename    string       // as passed to Parse
	Diagnostics []Diagnostic // the errors, sorted by position
	// Warnings are the non-fatal diagnostics found along the way.
	Warnings []Diagnostic

	src string
}

// Error formats the diagnostics one per line as filename:line:col: message.
func (e *Error) Error() string {
	var b strings.Builder
	for i, d := range e.Diagnostics {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s", e.Filename, d.Pos.Line, d.Pos.Col, d.Message)
	}
	return b.String()
}

// Pretty renders the diagnostics the way Prisma's CLI does (without
// colours): each as "error: <message>", an arrow to filename:line and the
// offending source lines, followed by "Validation Error Count: N".
func (e *Error) Pretty() string {
	var b strings.Builder
	lines := strings.Split(e.src, "\n")
	for _, d := range e.Diagnostics {
		prettyPrint(&b, e.Filename, lines, d)
	}
	fmt.Fprintf(&b, "\nValidation Error Count: %d", len(e.Diagnostics))
	return b.String()
}

// prettyPrint follows psl/diagnostics/src/pretty_print.rs.
func prettyPrint(b *strings.Builder, filename string, lines []string, d Diagnostic) {
	startLine := d.Pos.Line - 1 // 0-based
	endLine := d.End.Line - 1
	if startLine < 0 || startLine >= len(lines) {
		fmt.Fprintf(b, "error: %s\n  -->  %s:%d\n", d.Message, filename, d.Pos.Line)
		return
	}
	lineNo := func(n int) string {
		if n > 0 {
			return fmt.Sprintf("%2d | ", n)
		}
		return "   | "
	}
	withLine := func(n int) string {
		if n > 0 && n <= len(lines) {
			return lineNo(n) + lines[n-1]
		}
		return lineNo(n)
	}
	fmt.Fprintf(b, "error: %s\n", d.Message)
	fmt.Fprintf(b, "  -->  %s:%d\n", filename, startLine+1)
	b.WriteString(lineNo(0) + "\n")
	b.WriteString(withLine(startLine) + "\n")
	line := lines[startLine]
	b.WriteString(lineNo(startLine+1) + line + "\n")
	if d.Pos == d.End {
		col := d.Pos.Col - 1
		if col < 0 {
			col = 0
		}
		b.WriteString(lineNo(0) + strings.Repeat(" ", col) + "^ Unexpected token.\n")
	}
	for n := startLine + 2; n < endLine+2; n++ {
		b.WriteString(withLine(n) + "\n")
	}
	b.WriteString(lineNo(0) + "\n")
}

// lineIndex converts byte offsets to 1-based line:col positions (columns
// count bytes; lines are separated by '\n').
type lineIndex struct {
	starts []int
}

func newLineIndex(src string) *lineIndex {
	li := &lineIndex{starts: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

func (li *lineIndex) pos(off int) Pos {
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Pos{Line: i + 1, Col: off - li.starts[i] + 1}
}

func (li *lineIndex) diag(sp span, msg string) Diagnostic {
	return Diagnostic{Pos: li.pos(sp.start), End: li.pos(sp.end), Message: msg}
}

func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
