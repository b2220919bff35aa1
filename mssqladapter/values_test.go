package mssqladapter

import (
	"database/sql"
	"math"
	"testing"
	"time"

	"github.com/golang-sql/civil"
	"github.com/google/go-cmp/cmp"
	mssql "github.com/microsoft/go-mssqldb"

	"github.com/noengine/noengine/adapter"
)

func TestConvertArgs(t *testing.T) {
	ist := time.FixedZone("IST", 5*3600+1800)
	at := time.Date(2024, 1, 1, 0, 30, 0, 500_000_000, ist) // 2023-12-31T19:00:00.5Z
	tests := []struct {
		name string
		v    any
		t    adapter.ArgType
		want any
	}{
		{"null", nil, adapter.ArgType{Scalar: adapter.ScalarString}, nil},
		{"null bytes are VARBINARY", nil, adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte(nil)},
		{"small int", int64(7), adapter.ArgType{Scalar: adapter.ScalarInt}, int32(7)},
		{"int32 bounds", int64(math.MinInt32), adapter.ArgType{Scalar: adapter.ScalarInt}, int32(math.MinInt32)},
		{"large int", int64(1) << 40, adapter.ArgType{Scalar: adapter.ScalarInt}, int64(1) << 40},
		{"bigint", int64(math.MaxInt64), adapter.ArgType{Scalar: adapter.ScalarBigInt}, int64(math.MaxInt64)},
		{"bigint text", "9007199254740993", adapter.ArgType{Scalar: adapter.ScalarBigInt}, int64(9007199254740993)},
		{"small bigint text", "5", adapter.ArgType{Scalar: adapter.ScalarBigInt}, int32(5)},
		{"integral float for an int", 3.0, adapter.ArgType{Scalar: adapter.ScalarInt}, int32(3)},
		{"fractional float for an int", 1.5, adapter.ArgType{Scalar: adapter.ScalarInt}, 1.5},
		{"float", 0.1, adapter.ArgType{Scalar: adapter.ScalarFloat}, 0.1},
		{"int for a float", int64(2), adapter.ArgType{Scalar: adapter.ScalarFloat}, 2.0},
		{"decimal text stays text", "0.123456789012345678901234567890", adapter.ArgType{Scalar: adapter.ScalarDecimal}, "0.123456789012345678901234567890"},
		{"decimal from int", int64(12), adapter.ArgType{Scalar: adapter.ScalarDecimal}, "12"},
		{"boolean", true, adapter.ArgType{Scalar: adapter.ScalarBoolean}, true},
		{"boolean from 0/1", int64(0), adapter.ArgType{Scalar: adapter.ScalarBoolean}, false},
		{"string", "héllo", adapter.ArgType{Scalar: adapter.ScalarString}, "héllo"},
		{"enum", "HAPPY", adapter.ArgType{Scalar: adapter.ScalarEnum}, "HAPPY"},
		{"uuid text", "0F8FAD5B-D9CB-469F-A165-70867728950E", adapter.ArgType{Scalar: adapter.ScalarUUID}, "0F8FAD5B-D9CB-469F-A165-70867728950E"},
		{"json text", `{"a":1}`, adapter.ArgType{Scalar: adapter.ScalarJSON}, `{"a":1}`},
		{"bytes", []byte{0, 1, 2}, adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 1, 2}},
		{"base64 bytes", "AAEC", adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 1, 2}},
		{"datetime is DATETIME2 in UTC", at, adapter.ArgType{Scalar: adapter.ScalarDateTime},
			civil.DateTime{Date: civil.Date{Year: 2023, Month: 12, Day: 31}, Time: civil.Time{Hour: 19, Nanosecond: 500_000_000}}},
		{"DATE", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, civil.Date{Year: 2023, Month: 12, Day: 31}},
		{"TIME", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIME"}, civil.Time{Hour: 19, Nanosecond: 500_000_000}},
		{"DATETIME2", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATETIME2"},
			civil.DateTime{Date: civil.Date{Year: 2023, Month: 12, Day: 31}, Time: civil.Time{Hour: 19, Nanosecond: 500_000_000}}},
		{"DATETIME", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATETIME"}, mssql.DateTime1(at.UTC())},
		{"DATETIMEOFFSET", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATETIMEOFFSET"}, mssql.DateTimeOffset(at.UTC())},
		{"SMALLDATETIME as Prisma's text", at, adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "SMALLDATETIME"}, "2023-12-31 19:00:00.500"},
		{"datetime text", "2024-05-06T07:08:09.123Z", adapter.ArgType{Scalar: adapter.ScalarDateTime},
			civil.DateTime{Date: civil.Date{Year: 2024, Month: 5, Day: 6}, Time: civil.Time{Hour: 7, Minute: 8, Second: 9, Nanosecond: 123_000_000}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := &adapter.Query{SQL: "SELECT @P1", Args: []any{tt.v}, ArgTypes: []adapter.ArgType{tt.t}}
			got, err := convertArgs(q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].(sql.NamedArg).Name != "P1" {
				t.Fatalf("got %#v, want one argument named P1", got)
			}
			opts := cmp.Options{
				cmp.Comparer(func(a, b mssql.DateTime1) bool { return time.Time(a).Equal(time.Time(b)) }),
				cmp.Comparer(func(a, b mssql.DateTimeOffset) bool { return time.Time(a).Equal(time.Time(b)) }),
			}
			if diff := cmp.Diff(tt.want, got[0].(sql.NamedArg).Value, opts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestConvertArgsNames(t *testing.T) {
	q := &adapter.Query{Args: []any{int64(1), "a", nil}, ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarString}, {}}}
	got, err := convertArgs(q)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"P1", "P2", "P3"} {
		if got[i].(sql.NamedArg).Name != name {
			t.Errorf("argument %d is named %q, want %q (the dialect writes @P1...)", i, got[i].(sql.NamedArg).Name, name)
		}
	}
}

func TestConvertArgsErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    any
		t    adapter.ArgType
	}{
		{"list", []any{int64(1)}, adapter.ArgType{Scalar: adapter.ScalarInt, List: true}},
		{"untyped list", []any{int64(1)}, adapter.ArgType{}},
		{"bad bigint", "1.5", adapter.ArgType{Scalar: adapter.ScalarBigInt}},
		{"bad base64", "!!", adapter.ArgType{Scalar: adapter.ScalarBytes}},
		{"bad datetime", "yesterday", adapter.ArgType{Scalar: adapter.ScalarDateTime}},
		{"unsupported Go type", struct{}{}, adapter.ArgType{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := convertArgs(&adapter.Query{Args: []any{tt.v}, ArgTypes: []adapter.ArgType{tt.t}})
			e, ok := adapter.AsError(err)
			if !ok || e.Kind != adapter.InvalidInputValue {
				t.Errorf("error %v, want InvalidInputValue", err)
			}
		})
	}
}

func TestColumnType(t *testing.T) {
	want := map[string]adapter.ColumnType{
		"VARCHAR": adapter.TypeText, "CHAR": adapter.TypeText, "NVARCHAR": adapter.TypeText, "NCHAR": adapter.TypeText,
		"TEXT": adapter.TypeText, "NTEXT": adapter.TypeText, "XML": adapter.TypeText,
		"BIT":     adapter.TypeBoolean,
		"TINYINT": adapter.TypeInt32, "SMALLINT": adapter.TypeInt32, "INT": adapter.TypeInt32,
		"BIGINT":    adapter.TypeInt64,
		"DATETIME2": adapter.TypeDateTime, "SMALLDATETIME": adapter.TypeDateTime, "DATETIME": adapter.TypeDateTime, "DATETIMEOFFSET": adapter.TypeDateTime,
		"REAL":  adapter.TypeFloat,
		"FLOAT": adapter.TypeDouble, "MONEY": adapter.TypeDouble, "SMALLMONEY": adapter.TypeDouble,
		"UNIQUEIDENTIFIER": adapter.TypeUUID,
		"DECIMAL":          adapter.TypeNumeric, "NUMERIC": adapter.TypeNumeric,
		"DATE": adapter.TypeDate, "TIME": adapter.TypeTime,
		"VARBINARY": adapter.TypeBytes, "BINARY": adapter.TypeBytes, "IMAGE": adapter.TypeBytes,
	}
	for name, w := range want {
		got, ok := columnType(name)
		if !ok || got != w {
			t.Errorf("columnType(%q) = %v, %v; want %v", name, got, ok, w)
		}
	}
	for _, name := range []string{"SQL_VARIANT", "GEOGRAPHY", "HIERARCHYID", ""} {
		if _, ok := columnType(name); ok {
			t.Errorf("columnType(%q) is supported; Prisma reports UnsupportedNativeDataType", name)
		}
	}
	e, _ := adapter.AsError(unsupportedType("GEOGRAPHY"))
	if e.Kind != adapter.UnsupportedNativeDataType || e.Type != "geography" {
		t.Errorf("unsupportedType(GEOGRAPHY) = %+v", e)
	}
	e, _ = adapter.AsError(unsupportedType("SQL_VARIANT"))
	if e.Type != "N/A" {
		t.Errorf("unsupportedType(SQL_VARIANT).Type = %q, want N/A", e.Type)
	}
}

func TestConvertValue(t *testing.T) {
	guid := []byte{0x5b, 0xad, 0x8f, 0x0f, 0xcb, 0xd9, 0x9f, 0x46, 0xa1, 0x65, 0x70, 0x86, 0x77, 0x28, 0x95, 0x0e}
	pst := time.FixedZone("PST", -8*3600)
	tests := []struct {
		name   string
		v      any
		dbType string
		want   any
	}{
		{"null", nil, "INT", nil},
		{"int", int64(7), "INT", int64(7)},
		{"bigint", int64(math.MaxInt64), "BIGINT", int64(math.MaxInt64)},
		{"bit", true, "BIT", true},
		{"float", 0.1, "FLOAT", 0.1},
		{"real re-rounded", float64(float32(1.1)), "REAL", 1.1},
		{"decimal text without trailing zeros", []byte("12.345000000000000000000000000000"), "DECIMAL", "12.345"},
		{"numeric text", []byte("-0.5"), "NUMERIC", "-0.5"},
		{"integral decimal", []byte("100.0000"), "DECIMAL", "100"},
		{"decimal zero", []byte("0.0000000000000000"), "DECIMAL", "0"},
		{"negative decimal zero", []byte("-0.00"), "DECIMAL", "0"},
		{"decimal without scale", []byte("42"), "DECIMAL", "42"},
		{"38 digits", []byte("-12345678.123456789012345678901234567890"), "DECIMAL", "-12345678.12345678901234567890123456789"},
		{"money is a number", []byte("1234.5600"), "MONEY", 1234.56},
		{"smallmoney", []byte("-1.0001"), "SMALLMONEY", -1.0001},
		{"uniqueidentifier lower-cased", guid, "UNIQUEIDENTIFIER", "0f8fad5b-d9cb-469f-a165-70867728950e"},
		{"nvarchar", "héllo", "NVARCHAR", "héllo"},
		{"varbinary copied", []byte{1, 2}, "VARBINARY", []byte{1, 2}},
		{"empty varbinary", []byte{}, "VARBINARY", []byte{}},
		{"datetime2 to UTC, milliseconds", time.Date(2024, 1, 1, 0, 0, 0, 123_456_700, time.UTC), "DATETIME2", time.Date(2024, 1, 1, 0, 0, 0, 123_000_000, time.UTC)},
		{"datetimeoffset to UTC", time.Date(2023, 12, 31, 20, 0, 0, 0, pst), "DATETIMEOFFSET", time.Date(2024, 1, 1, 4, 0, 0, 0, time.UTC)},
		{"date at midnight UTC", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), "DATE", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"time on 1970-01-01", time.Date(1, 1, 1, 13, 14, 15, 123_456_789, time.UTC), "TIME", time.Date(1970, 1, 1, 13, 14, 15, 123_000_000, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := convertValue(tt.v, tt.dbType)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := convertValue([]byte("x"), "MONEY"); err == nil {
		t.Error("a malformed money value converted")
	}
}

// TestRoundFloat32 compares with what @prisma/adapter-mssql's mapRow
// returns for the same REAL values (computed with Node's toPrecision and
// Float32Array).
func TestRoundFloat32(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{1.1, 1.1},
		{0.1, 0.1},
		{16777217, 16777216},
		{3.4028234663852886e+38, 3.4028235e+38},
		{1e-45, 1.401298e-45},
		{1.17549435e-38, 1.1754944e-38},
		{-2.5, -2.5},
		{123456.789, 123456.79},
		{0.3, 0.3},
		{1.0 / 3, 0.33333334},
		{7.0000005, 7.0000005},
		{100.5, 100.5},
		{9.999999e-10, 9.999999e-10},
		{65504.25, 65504.25},
		{1.0000001, 1.0000001},
		{0, 0},
	}
	for _, tt := range tests {
		in := float64(float32(tt.in))
		if got := roundFloat32(in); got != tt.want {
			t.Errorf("roundFloat32(%v) = %v, want %v", in, got, tt.want)
		}
	}
	if got := roundFloat32(math.Inf(1)); !math.IsInf(got, 1) {
		t.Errorf("roundFloat32(+Inf) = %v", got)
	}
}

func TestToPrecisionTiesAwayFromZero(t *testing.T) {
	// 0.5 and 2.5 are exact: JavaScript's toPrecision(1) rounds them up.
	for _, tt := range []struct {
		in   float64
		n    int
		want float64
	}{{0.5, 1, 0.5}, {2.5, 1, 3}, {-2.5, 1, -3}, {16777215, 7, 16777220}, {9.5, 1, 10}, {999999.5, 6, 1e6}} {
		if got := toPrecision(tt.in, tt.n); got != tt.want {
			t.Errorf("toPrecision(%v, %d) = %v, want %v", tt.in, tt.n, got, tt.want)
		}
	}
}
