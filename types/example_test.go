package types_test

import (
	"fmt"
	"time"

	"github.com/noengine/noengine/protocol"
	"github.com/noengine/noengine/types"
)

// Parse turns a JSON-protocol value into the Go value bound for a field of
// the given type, as Prisma 7.10 reads it.
func ExampleParse() {
	for _, in := range []struct {
		json string
		typ  types.Scalar
	}{
		{`{"$type":"DateTime","value":"2024-06-15T12:00:00.123456+02:00"}`, types.DateTime},
		{`{"$type":"BigInt","value":"9007199254740993"}`, types.BigInt},
		{`-2.9`, types.Int},
		{`"1_000.50"`, types.Decimal},
		{`{"$type":"Bytes","value":"AAH_"}`, types.Bytes},
		{`{"a":[1,true]}`, types.JSON},
		{`"2024-06-15"`, types.DateTime},
	} {
		v, err := protocol.ParseString(in.json)
		if err != nil {
			panic(err)
		}
		x, err := types.Parse(v, in.typ)
		if err != nil {
			fmt.Printf("%-8v error: %v\n", in.typ, err)
			continue
		}
		fmt.Printf("%-8v %T %v\n", in.typ, x, x)
	}
	// Output:
	// DateTime time.Time 2024-06-15 10:00:00.123 +0000 UTC
	// BigInt   int64 9007199254740993
	// Int      int64 -2
	// Decimal  string 1000.50
	// Bytes    []uint8 [0 1 255]
	// Json     string {"a":[1,true]}
	// DateTime error: Invalid time value
}

// AppendOutput writes a database value as Prisma's data mapper does, with
// tagged values for DateTime, BigInt, Decimal, Bytes and Json.
func ExampleAppendOutput() {
	var w protocol.Writer
	w.Byte('{')
	for i, f := range []struct {
		name string
		v    any
		typ  types.Scalar
	}{
		{"id", int64(1), types.Int},
		{"at", "2024-01-02 03:04:05", types.DateTime},
		{"big", int64(9007199254740993), types.BigInt},
		{"price", "12.50", types.Decimal},
		{"data", []byte{0, 1, 255}, types.Bytes},
		{"color", "verde", types.Enum},
	} {
		if i > 0 {
			w.Byte(',')
		}
		w.Key(f.name)
		if err := types.AppendOutput(&w, f.v, f.typ, types.EnumNames{Name: "Color", Values: map[string]string{"verde": "GREEN"}}, f.name); err != nil {
			panic(err)
		}
	}
	w.Byte('}')
	fmt.Println(string(w.Bytes()))

	w.Reset()
	err := types.AppendOutput(&w, int64(9007199254740993), types.Int, types.EnumNames{}, "id")
	fmt.Println(err)
	// Output:
	// {"id":1,"at":{"$type":"DateTime","value":"2024-01-02T03:04:05Z"},"big":{"$type":"BigInt","value":"9007199254740993"},"price":{"$type":"Decimal","value":"12.50"},"data":{"$type":"Bytes","value":"AAH/"},"color":"GREEN"}
	// Integer value in column 'id' is too large to represent as a JavaScript number without loss of precision, got: 9007199254740993. Consider using BigInt type.
}

// FormatISO writes JavaScript's Date.prototype.toISOString.
func ExampleFormatISO() {
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(types.FormatISO(time.Date(2024, 5, 6, 7, 8, 9, 123456789, ist)))
	fmt.Println(types.FormatISO(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(types.FormatISO(time.Date(275760, 9, 13, 0, 0, 0, 0, time.UTC)))
	fmt.Println(types.FormatSQLiteISO(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)))
	// Output:
	// 2024-05-06T01:38:09.123Z
	// -000001-01-01T00:00:00.000Z
	// +275760-09-13T00:00:00.000Z
	// 2024-05-06T07:08:09.000+00:00
}

// NormalizeDateTime completes the date and time text a database returns, as
// Prisma's data mapper does before writing a DateTime.
func ExampleNormalizeDateTime() {
	for _, s := range []string{
		"2024-01-02T03:04:05.678+00:00",
		"2024-01-02 03:04:05",
		"2024-01-02",
		"03:04:05.5",
		"2024-01-02 03:04:05+05",
	} {
		fmt.Println(types.NormalizeDateTime(s))
	}
	// Output:
	// 2024-01-02T03:04:05.678+00:00
	// 2024-01-02T03:04:05Z
	// 2024-01-02T00:00:00Z
	// 1970-01-01T03:04:05.5Z
	// 2024-01-02T03:04:05+05:00
}
