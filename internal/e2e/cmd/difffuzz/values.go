package main

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/noengine/noengine/internal/e2e"
	"github.com/noengine/noengine/queryschema"
	"github.com/noengine/noengine/schema"
)

// Values come from small domains, so that filters match seeded rows, connects
// find their records and unique constraints collide. A field is "key-like"
// when it identifies records (primary key, unique, foreign key or referenced
// by one): its domain is the record numbers 1..rows+2, spelled for its type,
// so that record i of the seed has the value i in every key-like field.

var (
	plainStrings  = []string{"a", "b", "Ann", "ann", "ANN", "x_y", "a%b", "%", "_", "", "hello world", "Zed", "k1"}
	plainInts     = []int64{-1, 0, 1, 2, 3, 5, 10}
	plainFloats   = []string{"0", "1.5", "-2.25", "3", "0.5", "10"}
	plainDecimals = []string{"0", "1.5", "-2.25", "3", "0.1", "10"}
	plainBigInts  = []string{"-3", "0", "1", "2", "5", "9007199254740993"}
	plainBytes    = []string{"", "AQID", "/w==", "AA==", "AQ=="}
	plainDates    = []string{
		"2024-01-01T00:00:00.000Z", "2024-01-02T00:00:00.000Z", "2024-06-15T12:30:00.000Z",
		"2023-12-31T23:59:59.999Z", "2025-03-01T08:00:00.000Z",
	}
	plainJSON = []string{`{"a":1}`, `[1,2]`, `"s"`, `1`, `null`, `{}`, `{"a":{"b":[true]}}`}
)

// keyLike reports whether f identifies records.
func (g *Gen) keyLike(f *schema.Field) bool { return g.keys[f] }

// computeKeys marks the key-like fields of every model.
func (g *Gen) computeKeys() {
	g.keys = map[*schema.Field]bool{}
	for _, m := range g.s.Models {
		if m.PrimaryKey != nil {
			for _, f := range m.PrimaryKey.Fields {
				g.keys[f] = true
			}
		}
		for _, ix := range m.Uniques {
			for _, f := range ix.Fields {
				g.keys[f] = true
			}
		}
		for _, f := range m.Fields {
			if f.IsUnique {
				g.keys[f] = true
			}
			if f.Kind == schema.RelationField && f.Relation != nil && f.Relation.Inline {
				for _, x := range f.Relation.Fields {
					g.keys[x] = true
				}
				for _, x := range f.Relation.References {
					g.keys[x] = true
				}
			}
		}
	}
}

// keyValue is the value record i has in the key-like field f.
func (g *Gen) keyValue(f *schema.Field, i int) any {
	return g.typedValue(f, f.Scalar, i, true)
}

// typedValue spells the i-th value of f's domain. key selects the key domain.
func (g *Gen) typedValue(f *schema.Field, st schema.ScalarType, i int, key bool) any {
	if f != nil && f.Kind == schema.EnumField {
		vs := f.Enum.Values
		return vs[(i+len(vs)-1)%len(vs)].Name
	}
	native := ""
	if f != nil && f.Native != nil {
		native = f.Native.Name
	}
	switch st {
	case schema.Int:
		if key {
			return e2e.Num(strconv.Itoa(i))
		}
		v := plainInts[i%len(plainInts)]
		if native == "Oid" || native == "UnsignedInt" || native == "UnsignedSmallInt" || native == "UnsignedTinyInt" || native == "UnsignedMediumInt" {
			v = max(v, 0)
		}
		return e2e.Num(strconv.FormatInt(v, 10))
	case schema.BigInt:
		if key {
			return tagged("BigInt", strconv.Itoa(i))
		}
		return tagged("BigInt", plainBigInts[i%len(plainBigInts)])
	case schema.Float:
		if key {
			return e2e.Num(strconv.Itoa(i))
		}
		return e2e.Num(plainFloats[i%len(plainFloats)])
	case schema.Decimal:
		if key {
			return tagged("Decimal", strconv.Itoa(i))
		}
		return tagged("Decimal", plainDecimals[i%len(plainDecimals)])
	case schema.Boolean:
		return i%2 == 1
	case schema.String:
		return g.stringValue(f, native, i, key)
	case schema.DateTime:
		if native == "Time" || native == "Timetz" {
			return tagged("DateTime", fmt.Sprintf("1970-01-01T%02d:%02d:00.000Z", 8+i%10, (i*7)%60))
		}
		if key {
			return tagged("DateTime", fmt.Sprintf("2024-01-%02dT00:00:00.000Z", 1+i%28))
		}
		d := plainDates[i%len(plainDates)]
		if native == "Date" {
			d = d[:10] + "T00:00:00.000Z"
		}
		return tagged("DateTime", d)
	case schema.Bytes:
		if key {
			return tagged("Bytes", base64.StdEncoding.EncodeToString([]byte{byte(i)}))
		}
		return tagged("Bytes", plainBytes[i%len(plainBytes)])
	case schema.JSON:
		return tagged("Json", plainJSON[i%len(plainJSON)])
	}
	return nil
}

func (g *Gen) stringValue(f *schema.Field, native string, i int, key bool) any {
	switch native {
	case "Uuid", "UniqueIdentifier":
		return fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
	case "Inet":
		return fmt.Sprintf("10.0.0.%d", i%250)
	case "Bit", "VarBit":
		return strconv.FormatInt(int64(i%8), 2)
	case "Xml":
		return fmt.Sprintf("<a>%d</a>", i)
	}
	var s string
	if key {
		s = "k" + strconv.Itoa(i)
	} else {
		s = plainStrings[i%len(plainStrings)]
	}
	if f != nil && f.Native != nil && (native == "VarChar" || native == "Char") && len(f.Native.Args) == 1 {
		if n, err := strconv.Atoi(f.Native.Args[0]); err == nil && len(s) > n {
			s = s[len(s)-n:]
		}
	}
	return s
}

func tagged(t, v string) e2e.Obj {
	return e2e.Obj{{K: "$type", V: t}, {K: "value", V: v}}
}

// fieldValue draws a value for the model field f (nil: a generic value of
// scalar type st).
func (g *Gen) fieldValue(f *schema.Field, st queryschema.Scalar) any {
	if f != nil && (f.Kind == schema.ScalarField || f.Kind == schema.EnumField) {
		if f.Kind == schema.EnumField {
			return g.typedValue(f, 0, g.r.IntN(len(f.Enum.Values))+1, false)
		}
		if sst, ok := scalarOf(st); ok && sst == f.Scalar {
			if g.keyLike(f) && g.r.IntN(10) < 8 {
				return g.typedValue(f, f.Scalar, g.r.IntN(g.rows+2)+1, true)
			}
			return g.typedValue(f, f.Scalar, g.r.IntN(64), false)
		}
	}
	sst, ok := scalarOf(st)
	if !ok {
		return nil
	}
	return g.typedValue(nil, sst, g.r.IntN(64), false)
}

// scalarOf maps a query schema scalar to the schema's.
func scalarOf(s queryschema.Scalar) (schema.ScalarType, bool) {
	switch s {
	case queryschema.String, queryschema.UUID:
		return schema.String, true
	case queryschema.Int:
		return schema.Int, true
	case queryschema.BigInt:
		return schema.BigInt, true
	case queryschema.Float:
		return schema.Float, true
	case queryschema.Decimal:
		return schema.Decimal, true
	case queryschema.Boolean:
		return schema.Boolean, true
	case queryschema.DateTime:
		return schema.DateTime, true
	case queryschema.JSON:
		return schema.JSON, true
	case queryschema.Bytes:
		return schema.Bytes, true
	}
	return 0, false
}

// isGeneratedDefault reports a default whose value differs between two runs.
func isGeneratedDefault(d *schema.Default) bool {
	if d == nil {
		return false
	}
	switch d.Kind {
	case schema.DefaultUUID, schema.DefaultCUID, schema.DefaultULID, schema.DefaultNanoID, schema.DefaultNow,
		schema.DefaultAutoincrement, schema.DefaultDBGenerated, schema.DefaultSequence:
		return true
	}
	return false
}

// volatiles derives the e2e volatile entries from the schema's generated
// defaults (the key is the field name).
func (g *Gen) volatiles() []e2e.Volatile {
	var out []e2e.Volatile
	seen := map[string]bool{}
	add := func(k, shape string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, e2e.Volatile{Key: k, Shape: shape})
		}
	}
	for _, m := range g.models {
		for _, f := range m.Fields {
			if f.UpdatedAt {
				add(f.Name, "datetime")
				continue
			}
			d := f.Default
			if d == nil {
				continue
			}
			switch d.Kind {
			case schema.DefaultUUID:
				add(f.Name, "uuid")
			case schema.DefaultCUID:
				if d.Version == 2 {
					add(f.Name, "cuid2")
				} else {
					add(f.Name, "cuid")
				}
			case schema.DefaultULID:
				add(f.Name, "ulid")
			case schema.DefaultNanoID:
				if d.Length != 0 {
					add(f.Name, "nanoid:"+strconv.Itoa(d.Length))
				} else {
					add(f.Name, "nanoid")
				}
			case schema.DefaultNow:
				add(f.Name, "datetime")
			case schema.DefaultAutoincrement, schema.DefaultSequence:
				if !g.keyLike(f) {
					add(f.Name, "int")
				}
			}
		}
	}
	return out
}

// ident quotes an identifier for raw SQL of the provider.
func ident(p schema.Provider, s string) string {
	if p == schema.MySQL {
		return "`" + strings.ReplaceAll(s, "`", "``") + "`"
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
