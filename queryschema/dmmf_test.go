package queryschema

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/schema"
)

// The golden files in testdata/dmmf were recorded from real Prisma 7.10 with
// `node testdata/dmmf.cjs` (see that script). Each holds the DMMF datamodel
// of testdata/schemas/<name>.prisma and Prisma's query schema in a compact
// normalised form; the test builds our query schema from the same data
// model and compares type by type.

type goldenField struct {
	Name     string   `json:"name"`
	Types    []string `json:"types"`
	Required bool     `json:"required,omitempty"`
	Nullable bool     `json:"nullable,omitempty"`
	Param    bool     `json:"param,omitempty"`
}

type goldenConstraints struct {
	Min    *int     `json:"min,omitempty"`
	Max    *int     `json:"max,omitempty"`
	Fields []string `json:"fields,omitempty"`
}

type goldenInput struct {
	Name        string            `json:"name"`
	Constraints goldenConstraints `json:"constraints"`
	Fields      []goldenField     `json:"fields"`
}

type goldenFieldRef struct {
	Name   string        `json:"name"`
	Allow  []string      `json:"allow"`
	Fields []goldenField `json:"fields"`
}

type goldenOutField struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Nullable bool          `json:"nullable,omitempty"`
	Args     []goldenField `json:"args,omitempty"`
}

type goldenOutput struct {
	Name   string           `json:"name"`
	Fields []goldenOutField `json:"fields"`
}

type goldenEnum struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

type golden struct {
	Datamodel     dmmfDatamodel    `json:"datamodel"`
	InputTypes    []goldenInput    `json:"inputTypes"`
	FieldRefTypes []goldenFieldRef `json:"fieldRefTypes"`
	OutputTypes   []goldenOutput   `json:"outputTypes"`
	Enums         []goldenEnum     `json:"enums"`
}

func loadGolden(t testing.TB, name string) *golden {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "dmmf", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &g
}

var (
	reProvider = regexp.MustCompile(`provider\s*=\s*"(sqlite|postgresql|mysql|sqlserver|cockroachdb|mongodb)"`)
	rePreview  = regexp.MustCompile(`previewFeatures\s*=\s*\[([^\]]*)\]`)
	reRelMode  = regexp.MustCompile(`relationMode\s*=\s*"(\w+)"`)
)

// testSchema builds the schema of testdata/schemas/<name>.prisma from its
// recorded DMMF data model.
func testSchema(t testing.TB, name string) (*schema.Schema, *golden) {
	t.Helper()
	g := loadGolden(t, name)
	src, err := os.ReadFile(filepath.Join("testdata", "schemas", name+".prisma"))
	if err != nil {
		t.Fatal(err)
	}
	s := schemaFromDMMF(t, &g.Datamodel)
	ds := &schema.Datasource{Name: "db"}
	if m := reProvider.FindSubmatch(src); m != nil {
		ds.Provider = schema.Provider(m[1])
	}
	if m := reRelMode.FindSubmatch(src); m != nil {
		ds.RelationMode = string(m[1])
	}
	s.Datasource = ds
	gen := &schema.Generator{Name: "client", Provider: "prisma-client"}
	if m := rePreview.FindSubmatch(src); m != nil {
		for _, p := range strings.Split(string(m[1]), ",") {
			if p = strings.Trim(strings.TrimSpace(p), `"`); p != "" {
				gen.PreviewFeatures = append(gen.PreviewFeatures, p)
			}
		}
	}
	s.Generators = []*schema.Generator{gen}
	// Block positions (the data model has none).
	for i, line := range strings.Split(string(src), "\n") {
		pos := schema.Pos{Line: i + 1, Col: 1}
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		switch fs[0] {
		case "generator":
			gen.Pos = pos
		case "datasource":
			ds.Pos = pos
		case "model":
			for _, m := range s.Models {
				if m.Name == fs[1] {
					m.Pos = pos
				}
			}
		case "enum":
			for _, e := range s.Enums {
				if e.Name == fs[1] {
					e.Pos = pos
				}
			}
		}
	}
	return s, g
}

func goldenNames(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "dmmf", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	return names
}

// parseOnly lists the schemas whose DMMF data model lacks what the query
// schema depends on (views, partial unique indexes); they are checked
// through schema.Parse only.
var parseOnly = map[string]bool{"views.postgresql": true}

func TestQuerySchemaMatchesPrismaDMMF(t *testing.T) {
	for _, name := range goldenNames(t) {
		if parseOnly[name] {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s, g := testSchema(t, name)
			q := Build(s)
			got := normaliseQuerySchema(q)
			compareGolden(t, g, got)
		})
	}
}

// TestQuerySchemaFromParsedSchema builds the query schemas from the
// schema package's parser rather than from the recorded data model.
func TestQuerySchemaFromParsedSchema(t *testing.T) {
	for _, name := range goldenNames(t) {
		t.Run(name, func(t *testing.T) {
			g := loadGolden(t, name)
			src, err := os.ReadFile(filepath.Join("testdata", "schemas", name+".prisma"))
			if err != nil {
				t.Fatal(err)
			}
			s, err := schema.Parse(name+".prisma", src)
			if err != nil {
				t.Fatal(err)
			}
			compareGolden(t, g, normaliseQuerySchema(Build(s)))
		})
	}
}

func compareGolden(t *testing.T, want, got *golden) {
	t.Helper()
	const maxReports = 15
	reports := 0
	report := func(format string, args ...any) {
		reports++
		if reports <= maxReports {
			t.Errorf(format, args...)
		}
	}
	{
		w := map[string]goldenInput{}
		for _, x := range want.InputTypes {
			w[x.Name] = x
		}
		g := map[string]goldenInput{}
		for _, x := range got.InputTypes {
			g[x.Name] = x
		}
		for _, n := range sortedKeys(w) {
			gx, ok := g[n]
			if !ok {
				report("missing input type %s", n)
				continue
			}
			if d := cmp.Diff(w[n], gx); d != "" {
				report("input type %s (-prisma +ours):\n%s", n, d)
			}
		}
		for _, n := range sortedKeys(g) {
			if _, ok := w[n]; !ok {
				report("extra input type %s", n)
			}
		}
	}
	{
		w := map[string]goldenFieldRef{}
		for _, x := range want.FieldRefTypes {
			w[x.Name] = x
		}
		g := map[string]goldenFieldRef{}
		for _, x := range got.FieldRefTypes {
			g[x.Name] = x
		}
		if d := cmp.Diff(w, g); d != "" {
			report("field ref types (-prisma +ours):\n%s", d)
		}
	}
	{
		w := map[string]goldenOutput{}
		for _, x := range want.OutputTypes {
			w[x.Name] = x
		}
		g := map[string]goldenOutput{}
		for _, x := range got.OutputTypes {
			g[x.Name] = x
		}
		for _, n := range sortedKeys(w) {
			gx, ok := g[n]
			if !ok {
				report("missing output type %s", n)
				continue
			}
			if d := cmp.Diff(w[n], gx); d != "" {
				report("output type %s (-prisma +ours):\n%s", n, d)
			}
		}
		for _, n := range sortedKeys(g) {
			if _, ok := w[n]; !ok {
				report("extra output type %s", n)
			}
		}
	}
	{
		w := map[string]goldenEnum{}
		for _, x := range want.Enums {
			w[x.Name] = x
		}
		g := map[string]goldenEnum{}
		for _, x := range got.Enums {
			g[x.Name] = x
		}
		if d := cmp.Diff(w, g); d != "" {
			report("enums (-prisma +ours):\n%s", d)
		}
	}
	if reports > maxReports {
		t.Errorf("... and %d more differences", reports-maxReports)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func goldenTypeRef(t TypeRef) string {
	var s string
	switch t.Kind {
	case ScalarType:
		s = t.Scalar.String()
	case EnumType:
		s = "enum:" + t.Enum.Name
	case ObjectType:
		if t.Object.Kind == FieldRefInput {
			s = "ref:" + t.Object.Name
		} else {
			s = "obj:" + t.Object.Name
		}
	}
	if t.List {
		s += "[]"
	}
	return s
}

func goldenInputField(f *InputField) goldenField {
	g := goldenField{Name: f.Name, Required: f.Required, Nullable: f.Nullable, Param: f.Parameterizable}
	for _, t := range f.Types {
		g.Types = append(g.Types, goldenTypeRef(t))
	}
	return g
}

func goldenOutTypeRef(t OutputTypeRef) string {
	var s string
	switch t.Kind {
	case ScalarType:
		s = t.Scalar.String()
	case EnumType:
		s = "enum:" + t.Enum.Name
	case ObjectType:
		s = "out:" + t.Object.Name
	}
	if t.List {
		s += "[]"
	}
	return s
}

// normaliseQuerySchema renders the types reachable from the root types the
// way testdata/dmmf.cjs normalises Prisma's DMMF.
func normaliseQuerySchema(q *QuerySchema) *golden {
	inputs := map[string]*InputObjectType{}
	outputs := map[string]*OutputObjectType{}
	enums := map[string]*Enum{}
	var visitInput func(t *InputObjectType)
	visitRef := func(r TypeRef) {
		switch r.Kind {
		case EnumType:
			enums[r.Enum.Name] = r.Enum
		case ObjectType:
			visitInput(r.Object)
		}
	}
	visitInput = func(t *InputObjectType) {
		if inputs[t.Name] != nil {
			return
		}
		inputs[t.Name] = t
		if t.AllowType != nil {
			visitRef(*t.AllowType)
		}
		for _, f := range t.Fields {
			for _, r := range f.Types {
				visitRef(r)
			}
		}
	}
	var visitOutput func(t *OutputObjectType)
	visitOutput = func(t *OutputObjectType) {
		if outputs[t.Name] != nil {
			return
		}
		outputs[t.Name] = t
		for _, f := range t.Fields {
			for _, a := range f.Args {
				for _, r := range a.Types {
					visitRef(r)
				}
			}
			switch f.Type.Kind {
			case EnumType:
				enums[f.Type.Enum.Name] = f.Type.Enum
			case ObjectType:
				visitOutput(f.Type.Object)
			}
		}
	}
	visitOutput(q.Query)
	visitOutput(q.Mutation)
	for _, e := range q.enums {
		if e.Kind == ModelEnum || e.Name == "TransactionIsolationLevel" {
			enums[e.Name] = e
		}
	}

	g := &golden{}
	for _, n := range sortedKeys(inputs) {
		t := inputs[n]
		if t.Kind == FieldRefInput {
			r := goldenFieldRef{Name: t.Name, Allow: []string{goldenTypeRef(*t.AllowType)}}
			for _, f := range t.Fields {
				r.Fields = append(r.Fields, goldenInputField(f))
			}
			g.FieldRefTypes = append(g.FieldRefTypes, r)
			continue
		}
		gi := goldenInput{Name: t.Name, Fields: []goldenField{}}
		if t.Constraints.Min >= 0 {
			v := t.Constraints.Min
			gi.Constraints.Min = &v
		}
		if t.Constraints.Max >= 0 {
			v := t.Constraints.Max
			gi.Constraints.Max = &v
		}
		gi.Constraints.Fields = t.Constraints.Fields
		for _, f := range t.Fields {
			gi.Fields = append(gi.Fields, goldenInputField(f))
		}
		g.InputTypes = append(g.InputTypes, gi)
	}
	for _, n := range sortedKeys(outputs) {
		t := outputs[n]
		o := goldenOutput{Name: t.Name, Fields: []goldenOutField{}}
		for _, f := range t.Fields {
			of := goldenOutField{Name: f.Name, Type: goldenOutTypeRef(f.Type), Nullable: f.Nullable}
			for _, a := range f.Args {
				of.Args = append(of.Args, goldenInputField(a))
			}
			o.Fields = append(o.Fields, of)
		}
		g.OutputTypes = append(g.OutputTypes, o)
	}
	for _, n := range sortedKeys(enums) {
		g.Enums = append(g.Enums, goldenEnum{Name: n, Values: enums[n].Values})
	}
	return g
}

// DMMF data model, as recorded in the golden files.

type dmmfDatamodel struct {
	Enums  []dmmfEnum  `json:"enums"`
	Models []dmmfModel `json:"models"`
}

type dmmfEnum struct {
	Name   string  `json:"name"`
	DBName *string `json:"dbName"`
	Values []struct {
		Name   string  `json:"name"`
		DBName *string `json:"dbName"`
	} `json:"values"`
}

type dmmfModel struct {
	Name       string  `json:"name"`
	DBName     *string `json:"dbName"`
	Fields     []dmmfField
	PrimaryKey *struct {
		Name   *string  `json:"name"`
		Fields []string `json:"fields"`
	} `json:"primaryKey"`
	UniqueIndexes []struct {
		Name   *string  `json:"name"`
		Fields []string `json:"fields"`
	} `json:"uniqueIndexes"`
}

type dmmfField struct {
	Name               string          `json:"name"`
	Kind               string          `json:"kind"`
	IsList             bool            `json:"isList"`
	IsRequired         bool            `json:"isRequired"`
	IsUnique           bool            `json:"isUnique"`
	IsID               bool            `json:"isId"`
	IsUpdatedAt        bool            `json:"isUpdatedAt"`
	Type               string          `json:"type"`
	NativeType         []any           `json:"nativeType"`
	Default            json.RawMessage `json:"default"`
	RelationName       string          `json:"relationName"`
	RelationFromFields []string        `json:"relationFromFields"`
	RelationToFields   []string        `json:"relationToFields"`
	RelationOnDelete   string          `json:"relationOnDelete"`
}

func orName(p *string, name string) string {
	if p != nil {
		return *p
	}
	return name
}

func schemaFromDMMF(t testing.TB, dm *dmmfDatamodel) *schema.Schema {
	t.Helper()
	s := &schema.Schema{}
	enums := map[string]*schema.Enum{}
	for _, e := range dm.Enums {
		se := &schema.Enum{Name: e.Name, DBName: orName(e.DBName, e.Name)}
		for _, v := range e.Values {
			se.Values = append(se.Values, &schema.EnumValue{Name: v.Name, DBName: orName(v.DBName, v.Name)})
		}
		enums[e.Name] = se
		s.Enums = append(s.Enums, se)
	}
	models := map[string]*schema.Model{}
	for _, dmm := range dm.Models {
		m := &schema.Model{Name: dmm.Name, DBName: orName(dmm.DBName, dmm.Name)}
		models[m.Name] = m
		s.Models = append(s.Models, m)
		byName := map[string]*schema.Field{}
		for _, df := range dmm.Fields {
			f := &schema.Field{
				Name: df.Name, DBName: df.Name, TypeName: df.Type, Model: m,
				List: df.IsList, Optional: !df.IsRequired && !df.IsList,
				IsID: df.IsID, IsUnique: df.IsUnique, UpdatedAt: df.IsUpdatedAt,
			}
			switch df.Kind {
			case "scalar":
				f.Kind = schema.ScalarField
				st, ok := schema.ParseScalarType(df.Type)
				if !ok {
					t.Fatalf("unknown scalar type %s", df.Type)
				}
				f.Scalar = st
			case "enum":
				f.Kind = schema.EnumField
				f.Enum = enums[df.Type]
			case "object":
				f.Kind = schema.RelationField
			case "unsupported":
				f.Kind = schema.UnsupportedField
			}
			if len(df.NativeType) > 0 {
				f.Native = &schema.NativeType{Name: fmt.Sprint(df.NativeType[0])}
			}
			if len(df.Default) > 0 && string(df.Default) != "null" {
				f.Default = dmmfDefault(df.Default)
			}
			m.Fields = append(m.Fields, f)
			byName[f.Name] = f
		}
		if pk := dmm.PrimaryKey; pk != nil {
			p := &schema.PrimaryKey{Name: orName(pk.Name, ""), Compound: len(pk.Fields) > 1}
			for _, n := range pk.Fields {
				p.Fields = append(p.Fields, byName[n])
			}
			m.PrimaryKey = p
		} else {
			for _, f := range m.Fields {
				if f.IsID {
					m.PrimaryKey = &schema.PrimaryKey{Fields: []*schema.Field{f}}
				}
			}
		}
		single := map[string]bool{}
		for _, u := range dmm.UniqueIndexes {
			if len(u.Fields) == 1 {
				single[u.Fields[0]] = true
			}
		}
		for _, f := range m.Fields {
			if f.IsUnique && !single[f.Name] {
				m.Uniques = append(m.Uniques, &schema.Index{Kind: schema.UniqueIndex, Fields: []*schema.Field{f}})
			}
		}
		for _, u := range dmm.UniqueIndexes {
			ix := &schema.Index{Kind: schema.UniqueIndex, Name: orName(u.Name, "")}
			for _, n := range u.Fields {
				ix.Fields = append(ix.Fields, byName[n])
			}
			m.Uniques = append(m.Uniques, ix)
		}
	}
	// Relations.
	for mi, dmm := range dm.Models {
		m := s.Models[mi]
		for fi, df := range dmm.Fields {
			if df.Kind != "object" {
				continue
			}
			f := m.Fields[fi]
			rm := models[df.Type]
			var opp *schema.Field
			for _, of := range rm.Fields {
				if of.Kind != schema.RelationField || of == f {
					continue
				}
				// Find the DMMF relation name of `of`.
				for _, odm := range dm.Models {
					if odm.Name != rm.Name {
						continue
					}
					for _, odf := range odm.Fields {
						if odf.Name == of.Name && odf.RelationName == df.RelationName && odf.Type == m.Name {
							opp = of
						}
					}
				}
			}
			r := &schema.Relation{Name: df.RelationName, Field: f, Model: m, RelatedModel: rm, Opposite: opp}
			switch {
			case f.List && opp != nil && opp.List:
				r.Kind = schema.ManyToMany
			case f.List || (opp != nil && opp.List):
				r.Kind = schema.OneToMany
			default:
				r.Kind = schema.OneToOne
			}
			if len(df.RelationFromFields) > 0 {
				r.Inline = true
				for _, n := range df.RelationFromFields {
					r.Fields = append(r.Fields, findModelField(m, n))
				}
				for _, n := range df.RelationToFields {
					r.References = append(r.References, findModelField(rm, n))
				}
			}
			f.Relation = r
		}
	}
	return s
}

func dmmfDefault(raw json.RawMessage) *schema.Default {
	var fn struct {
		Name string `json:"name"`
		Args []any  `json:"args"`
	}
	if raw[0] == '{' && json.Unmarshal(raw, &fn) == nil && fn.Name != "" {
		d := &schema.Default{}
		switch fn.Name {
		case "autoincrement":
			d.Kind = schema.DefaultAutoincrement
		case "now":
			d.Kind = schema.DefaultNow
		case "uuid":
			d.Kind = schema.DefaultUUID
		case "cuid":
			d.Kind = schema.DefaultCUID
		case "ulid":
			d.Kind = schema.DefaultULID
		case "nanoid":
			d.Kind = schema.DefaultNanoID
		case "dbgenerated":
			d.Kind = schema.DefaultDBGenerated
		case "sequence":
			d.Kind = schema.DefaultSequence
		}
		return d
	}
	var v any
	_ = json.Unmarshal(raw, &v)
	return &schema.Default{Kind: schema.DefaultLiteral, Value: v, Raw: string(raw)}
}
