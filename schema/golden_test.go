package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// goldenDiag is one diagnostic of a testdata/errors/*.json golden file.
// The golden files hold Prisma 7.10's own diagnostics for the schema next to
// them (its lint output: message and byte span), so these tests compare
// noengine's messages and positions with Prisma's.
type goldenDiag struct {
	Pos     string `json:"pos"`
	End     string `json:"end"`
	Message string `json:"message"`
	Warning bool   `json:"warning"`
}

func toGolden(ds []Diagnostic, warning bool) []goldenDiag {
	out := make([]goldenDiag, 0, len(ds))
	for _, d := range ds {
		out = append(out, goldenDiag{
			Pos:     fmt.Sprintf("%d:%d", d.Pos.Line, d.Pos.Col),
			End:     fmt.Sprintf("%d:%d", d.End.Line, d.End.Col),
			Message: d.Message,
			Warning: warning,
		})
	}
	return out
}

func sortGolden(ds []goldenDiag) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Warning != b.Warning {
			return !a.Warning
		}
		if a.Pos != b.Pos {
			return lessPos(a.Pos, b.Pos)
		}
		if a.End != b.End {
			return lessPos(a.End, b.End)
		}
		return a.Message < b.Message
	})
}

func lessPos(a, b string) bool {
	var al, ac, bl, bc int
	fmt.Sscanf(a, "%d:%d", &al, &ac)
	fmt.Sscanf(b, "%d:%d", &bl, &bc)
	if al != bl {
		return al < bl
	}
	return ac < bc
}

// knownDifferences lists fixtures where noengine deliberately differs from
// Prisma, with the reason.
var knownDifferences = map[string]string{}

func TestErrorsMatchPrisma(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.prisma")
	if err != nil || len(files) == 0 {
		t.Fatal("no fixtures", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".prisma")
		t.Run(name, func(t *testing.T) {
			if why, ok := knownDifferences[name]; ok {
				t.Skip(why)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(strings.TrimSuffix(file, ".prisma") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var want []goldenDiag
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			_, perr := Parse("schema.prisma", src)
			var pe *Error
			if !errors.As(perr, &pe) {
				t.Fatalf("Parse returned %v, want *Error", perr)
			}
			got := append(toGolden(pe.Diagnostics, false), toGolden(pe.Warnings, true)...)
			sortGolden(got)
			sortGolden(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("diagnostics differ from Prisma's (-prisma +noengine):\n%s", diff)
			}
		})
	}
}

// prettyBlocks splits a rendered error report into its "error: ..." blocks,
// sorted, and returns them with the trailing count line.
func prettyBlocks(s string) ([]string, string) {
	body, count, _ := strings.Cut(s, "\nValidation Error Count:")
	var blocks []string
	for _, b := range strings.Split("\n"+body, "\nerror: ")[1:] {
		blocks = append(blocks, "error: "+strings.TrimRight(b, "\n"))
	}
	sort.Strings(blocks)
	return blocks, "Validation Error Count:" + count
}

// TestPrettyMatchesPrisma compares Error.Pretty with the report Prisma's
// CLI prints (the P1012 message of `prisma validate`, testdata/errors/*.txt).
// Prisma lists errors in the order its validation phases find them,
// noengine by position, so the blocks are compared as sorted sets.
func TestPrettyMatchesPrisma(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.prisma")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".prisma")
		t.Run(name, func(t *testing.T) {
			if why, ok := knownDifferences[name]; ok {
				t.Skip(why)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".prisma") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			_, perr := Parse("schema.prisma", src)
			var pe *Error
			if !errors.As(perr, &pe) {
				t.Fatalf("Parse returned %v, want *Error", perr)
			}
			wb, wc := prettyBlocks(string(want))
			gb, gc := prettyBlocks(pe.Pretty())
			if diff := cmp.Diff(wb, gb); diff != "" {
				t.Errorf("report differs from Prisma's (-prisma +noengine):\n%s", diff)
			}
			if wc != gc {
				t.Errorf("count line: got %q, want %q", gc, wc)
			}
		})
	}
}
