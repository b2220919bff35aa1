package schema

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and always returns either a
// schema or an *Error.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/errors/*.prisma", "testdata/valid/*.prisma"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err == nil {
				f.Add(src)
			}
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("model A {\n id Int @id @default(\"\\u"))
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Parse("schema.prisma", src)
		switch {
		case err == nil && s == nil:
			t.Fatal("nil schema and nil error")
		case err != nil && s != nil:
			t.Fatal("both schema and error")
		case err != nil:
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T", err)
			}
			if len(pe.Diagnostics) == 0 {
				t.Fatal("*Error without diagnostics")
			}
			for _, d := range pe.Diagnostics {
				if strings.HasPrefix(d.Message, "internal error") {
					t.Fatalf("panic recovered: %s", d.Message)
				}
			}
			_ = pe.Error()
			_ = pe.Pretty()
		default:
			for _, m := range s.Models {
				_ = m.UniqueCriteria()
				_ = m.IDFields()
			}
		}
	})
}
