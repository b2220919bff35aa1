package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The testdata/valid/*.json golden files summarise Prisma 7.10's DMMF for
// the schema next to them (models, fields, relations, defaults, native
// types, ids, unique criteria, indexes, enums and the field order of every
// WhereUniqueInput). dmmfSummary renders a parsed Schema the same way, so
// the tests compare noengine's resolution with Prisma's.

func dmmfSummary(s *Schema) map[string]any {
	out := map[string]any{"models": []any{}, "enums": []any{}, "types": []any{}, "indexes": []any{}, "whereUnique": map[string]any{}}
	var models, enums, types, indexes []any
	wu := map[string]any{}
	for _, m := range s.Models {
		if m.Ignored {
			continue
		}
		mm := map[string]any{"name": m.Name}
		if m.DBName != m.Name {
			mm["dbName"] = m.DBName
		}
		if m.Schema != "" {
			mm["schema"] = m.Schema
		}
		if m.Doc != "" {
			mm["documentation"] = m.Doc
		}
		mm["primaryKey"] = nil
		if pk := m.PrimaryKey; pk != nil && pk.Compound {
			var name any
			if pk.Name != "" {
				name = pk.Name
			}
			mm["primaryKey"] = map[string]any{"name": name, "fields": fieldNameList(pk.Fields)}
		}
		uis := []any{}
		for _, u := range m.Uniques {
			if u.FieldLevel || u.Where != nil {
				continue
			}
			var name any
			if u.Name != "" {
				name = u.Name
			}
			uis = append(uis, map[string]any{"name": name, "fields": fieldNameList(u.Fields)})
		}
		mm["uniqueIndexes"] = uis
		var fields []any
		for _, f := range m.Fields {
			if f.Kind == UnsupportedField || f.Ignored {
				continue
			}
			fields = append(fields, fieldSummary(f))
		}
		mm["fields"] = fields
		models = append(models, mm)
		indexes = append(indexes, indexSummaries(m)...)
		var crit []any
		for _, c := range m.UniqueCriteria() {
			crit = append(crit, c.Name)
		}
		if crit != nil {
			wu[m.Name] = crit
		}
	}
	for _, e := range s.Enums {
		ee := map[string]any{"name": e.Name}
		if e.DBName != e.Name {
			ee["dbName"] = e.DBName
		}
		if e.Doc != "" {
			ee["documentation"] = e.Doc
		}
		var vals []any
		for _, v := range e.Values {
			vv := map[string]any{"name": v.Name}
			if v.DBName != v.Name {
				vv["dbName"] = v.DBName
			}
			if v.Doc != "" {
				vv["documentation"] = v.Doc
			}
			vals = append(vals, vv)
		}
		ee["values"] = vals
		enums = append(enums, ee)
	}
	for _, c := range s.CompositeTypes {
		var fields []any
		for _, f := range c.Fields {
			fields = append(fields, fieldSummary(f))
		}
		types = append(types, map[string]any{"name": c.Name, "fields": fields})
	}
	if models != nil {
		out["models"] = models
	}
	if enums != nil {
		out["enums"] = enums
	}
	if types != nil {
		out["types"] = types
	}
	if indexes != nil {
		out["indexes"] = indexes
	}
	out["whereUnique"] = wu
	return out
}

func fieldNameList(fs []*Field) []any {
	out := make([]any, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

func fieldSummary(f *Field) map[string]any {
	kind := "scalar"
	switch f.Kind {
	case EnumField:
		kind = "enum"
	case RelationField, CompositeField:
		kind = "object"
	}
	isID := f.IsID && f.Model != nil && f.Model.PrimaryKey != nil && !f.Model.PrimaryKey.Compound
	fm := map[string]any{
		"name": f.Name, "kind": kind, "type": f.TypeName, "isList": f.List, "isRequired": !f.Optional,
		"isId": isID, "isUnique": f.IsUnique && !isID, "isUpdatedAt": f.UpdatedAt,
	}
	if f.DBName != f.Name {
		fm["dbName"] = f.DBName
	}
	if f.Doc != "" {
		fm["documentation"] = f.Doc
	}
	if f.Native != nil {
		args := []any{}
		for _, a := range f.Native.Args {
			args = append(args, a)
		}
		fm["nativeType"] = []any{f.Native.Name, args}
	}
	if r := f.Relation; r != nil {
		fm["relationName"] = r.Name
		from, to := []any{}, []any{}
		if r.Inline {
			from, to = fieldNameList(r.Fields), fieldNameList(r.References)
		}
		fm["relationFromFields"], fm["relationToFields"] = from, to
		if r.Inline && r.OnDeleteSet {
			fm["relationOnDelete"] = r.OnDelete.String()
		}
		if r.Inline && r.OnUpdateSet {
			fm["relationOnUpdate"] = r.OnUpdate.String()
		}
	}
	if f.Default != nil {
		fm["default"] = defaultSummary(f)
	}
	return fm
}

func defaultSummary(f *Field) map[string]any {
	d := f.Default
	fn := func(name string, args ...any) map[string]any {
		if args == nil {
			args = []any{}
		}
		return map[string]any{"fn": name, "args": args}
	}
	switch d.Kind {
	case DefaultAutoincrement:
		return fn("autoincrement")
	case DefaultNow:
		return fn("now")
	case DefaultUUID:
		return fn("uuid", strconv.Itoa(d.Version))
	case DefaultCUID:
		return fn("cuid", strconv.Itoa(d.Version))
	case DefaultULID:
		return fn("ulid")
	case DefaultNanoID:
		if d.Length > 0 {
			return fn("nanoid", strconv.Itoa(d.Length))
		}
		return fn("nanoid")
	case DefaultDBGenerated:
		if d.Expr != "" {
			return fn("dbgenerated", d.Expr)
		}
		return fn("dbgenerated")
	case DefaultSequence:
		return fn("sequence")
	case DefaultAuto:
		return fn("auto")
	}
	return map[string]any{"value": literalSummary(f, d.Value)}
}

func literalSummary(f *Field, v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = literalSummary(f, e)
		}
		return out
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return formatFloat(x)
	case EnumValueRef:
		return string(x)
	case string:
		switch f.Scalar {
		case Decimal:
			if n, err := strconv.ParseFloat(x, 64); err == nil {
				return formatFloat(n)
			}
		case DateTime:
			return canonicalTime(x)
		}
		return x
	}
	return v
}

func formatFloat(x float64) string {
	if x == float64(int64(x)) {
		return strconv.FormatInt(int64(x), 10)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

func canonicalTime(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// indexSummaries renders DMMF's datamodel.indexes for a model: the id, then
// the indexes in Prisma's order (field-level @unique, @@index, @@unique,
// @@fulltext).
func indexSummaries(m *Model) []any {
	var out []any
	fieldsOf := func(fs []*Field, sorts []string, lengths []int, ops, paths []string) []any {
		var res []any
		for i, f := range fs {
			e := map[string]any{"name": f.Name}
			if i < len(paths) && paths[i] != "" {
				e["name"] = paths[i]
			}
			if i < len(sorts) && sorts[i] != "" {
				e["sortOrder"] = strings.ToLower(sorts[i])
			}
			if i < len(lengths) && lengths[i] != 0 {
				e["length"] = float64(lengths[i])
			}
			if i < len(ops) && ops[i] != "" {
				e["operatorClass"] = ops[i]
			}
			res = append(res, e)
		}
		return res
	}
	if pk := m.PrimaryKey; pk != nil {
		e := map[string]any{"model": m.Name, "type": "id", "isDefinedOnField": !pk.Compound, "fields": fieldsOf(pk.Fields, pk.Sorts, pk.Lengths, nil, nil)}
		if pk.Name != "" {
			e["name"] = pk.Name
		}
		if pk.DBName != "" {
			e["dbName"] = pk.DBName
		}
		if pk.Clustered != nil {
			e["clustered"] = *pk.Clustered
		}
		out = append(out, e)
	}
	one := func(ix *Index, typ string) {
		e := map[string]any{"model": m.Name, "type": typ, "isDefinedOnField": ix.FieldLevel, "fields": fieldsOf(ix.Fields, ix.Sorts, ix.Lengths, ix.Ops, ix.Paths)}
		if ix.Name != "" {
			e["name"] = ix.Name
		}
		if ix.DBName != "" {
			e["dbName"] = ix.DBName
		}
		if ix.Clustered != nil {
			e["clustered"] = *ix.Clustered
		}
		if ix.Algorithm != "" {
			e["algorithm"] = ix.Algorithm
		}
		out = append(out, e)
	}
	for _, u := range m.Uniques {
		if u.FieldLevel {
			one(u, "unique")
		}
	}
	for _, ix := range m.Indexes {
		if ix.Kind == NormalIndex {
			one(ix, "normal")
		}
	}
	for _, u := range m.Uniques {
		if !u.FieldLevel {
			one(u, "unique")
		}
	}
	for _, ix := range m.Indexes {
		if ix.Kind == FulltextIndex {
			one(ix, "fulltext")
		}
	}
	return out
}

// normalizeGolden canonicalises the values Prisma renders differently from
// how they are written (DateTime defaults).
func normalizeGolden(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalizeGolden(e)
		}
		if x["type"] == "DateTime" {
			if d, ok := x["default"].(map[string]any); ok {
				if s, ok := d["value"].(string); ok {
					d["value"] = canonicalTime(s)
				}
			}
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = normalizeGolden(e)
		}
	}
	return v
}

func TestValidSchemasMatchPrismaDMMF(t *testing.T) {
	files, err := filepath.Glob("testdata/valid/*.prisma")
	if err != nil || len(files) == 0 {
		t.Fatal("no fixtures", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".prisma")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Parse("schema.prisma", src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			raw, err := os.ReadFile(strings.TrimSuffix(file, ".prisma") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var want any
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			want = normalizeGolden(want)
			b, err := json.Marshal(dmmfSummary(s))
			if err != nil {
				t.Fatal(err)
			}
			var got any
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			got = normalizeGolden(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("resolution differs from Prisma's DMMF (-prisma +noengine):\n%s", diff)
			}
		})
	}
}
