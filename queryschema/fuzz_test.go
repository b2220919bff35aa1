package queryschema

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/noengine/noengine/protocol"
)

// FuzzValidate feeds random and mutated requests to Validate: it must
// never panic, and every error it returns must render as JSON.
func FuzzValidate(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "validation", "blog.sqlite.*.golden.jsonl"))
	for _, file := range files {
		for _, c := range loadCorpusFile(f, file) {
			f.Add([]byte(c.Request))
		}
	}
	qs := []*QuerySchema{querySchemaFor(f, "blog.sqlite"), querySchemaFor(f, "blog.postgresql"), querySchemaFor(f, "features.postgresql")}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := protocol.Parse(data)
		if err != nil {
			return
		}
		line, err := protocol.DecodeValue(v)
		if err != nil || line.Request == nil {
			return
		}
		for _, q := range qs {
			e := Validate(q, line.Request)
			if e == nil {
				continue
			}
			var x any
			if err := json.Unmarshal(e.AppendJSON(nil), &x); err != nil {
				t.Fatalf("error does not render as JSON: %v\n%s", err, e.AppendJSON(nil))
			}
		}
	})
}
