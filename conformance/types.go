package conformance

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
)

const (
	sqlite    = adapter.ProviderSQLite
	postgres  = adapter.ProviderPostgres
	mysql     = adapter.ProviderMySQL
	sqlserver = adapter.ProviderSQLServer
)

// typeTest is one Prisma scalar (or native type): its column type per
// provider, the column type the adapter must report, and values that must
// round-trip.
type typeTest struct {
	name     string
	scalar   adapter.ScalarType
	dbType   string
	list     bool
	column   map[adapter.Provider]string
	reported map[adapter.Provider]adapter.ColumnType
	// requires returns why the test is skipped, or "" when it runs.
	requires func(s *suite) string
	values   []typeValue
}

type typeValue struct {
	name string
	v    any
	// only restricts the value to some providers (nil: all).
	only []adapter.Provider
}

var (
	utc  = time.UTC
	ist  = time.FixedZone("IST", 5*3600+1800)
	pst  = time.FixedZone("PST", -8*3600)
	big1 = strings.Repeat("abcdefghij", 10_000) // 100 kB
)

func allBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

func largeJSON() string {
	var b strings.Builder
	b.WriteString(`{"items":[`)
	for i := range 3000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item %d ✓","tags":["a","b"],"nested":{"x":%d.5,"ok":true}}`, i, i, i)
	}
	b.WriteString(`]}`)
	return b.String()
}

func (s *suite) typeTests() []typeTest {
	all := func(sql string) map[adapter.Provider]string {
		return map[adapter.Provider]string{sqlite: sql, postgres: sql, mysql: sql, sqlserver: sql}
	}
	same := func(t adapter.ColumnType) map[adapter.Provider]adapter.ColumnType {
		return map[adapter.Provider]adapter.ColumnType{sqlite: t, postgres: t, mysql: t, sqlserver: t}
	}
	jsonCol := map[adapter.Provider]string{sqlite: "JSONB", postgres: "JSONB", mysql: "JSON", sqlserver: "NVARCHAR(MAX)"}
	jsonType := same(adapter.TypeJSON)
	if !s.caps.JSON {
		jsonCol = map[adapter.Provider]string{sqlite: "TEXT", postgres: "TEXT", mysql: "LONGTEXT", sqlserver: "NVARCHAR(MAX)"}
		jsonType = same(adapter.TypeText)
	}
	decimalCol := map[adapter.Provider]string{sqlite: "DECIMAL", postgres: "DECIMAL(65,30)", mysql: "DECIMAL(65,30)", sqlserver: "DECIMAL(38,30)"}
	return []typeTest{
		{
			name: "Int", scalar: adapter.ScalarInt,
			column:   map[adapter.Provider]string{sqlite: "INTEGER", postgres: "INTEGER", mysql: "INT", sqlserver: "INT"},
			reported: same(adapter.TypeInt32),
			values: []typeValue{{"zero", int64(0), nil}, {"one", int64(1), nil}, {"minus one", int64(-1), nil},
				{"max int32", int64(math.MaxInt32), nil}, {"min int32", int64(math.MinInt32), nil}},
		},
		{
			name: "BigInt", scalar: adapter.ScalarBigInt,
			column:   all("BIGINT"),
			reported: same(adapter.TypeInt64),
			values: []typeValue{{"zero", int64(0), nil}, {"2^53+1", int64(1<<53 + 1), nil}, {"-(2^53+1)", -int64(1<<53 + 1), nil},
				{"max int64", int64(math.MaxInt64), nil}, {"min int64", int64(math.MinInt64), nil},
				{"max int64 as string", "9223372036854775807", nil}, {"2^53+1 as string", "9007199254740993", nil}},
		},
		{
			name: "Float", scalar: adapter.ScalarFloat,
			column:   map[adapter.Provider]string{sqlite: "REAL", postgres: "DOUBLE PRECISION", mysql: "DOUBLE", sqlserver: "FLOAT(53)"},
			reported: same(adapter.TypeDouble),
			values: []typeValue{{"zero", 0.0, nil}, {"0.1", 0.1, nil}, {"negative tiny", -1.5e-300, nil},
				{"max", math.MaxFloat64, nil}, {"smallest normal", 2.2250738585072014e-308, nil}, {"exact binary", 123456789.125, nil}},
		},
		{
			// A single-precision column (@db.Real, @db.Float): Float32 type,
			// values exact in 32 bits come back exactly as float64.
			name: "Float32", scalar: adapter.ScalarFloat,
			column:   map[adapter.Provider]string{sqlite: "FLOAT", postgres: "REAL", mysql: "FLOAT", sqlserver: "REAL"},
			reported: same(adapter.TypeFloat),
			values:   []typeValue{{"zero", 0.0, nil}, {"1.25", 1.25, nil}, {"-1048576.5", -1048576.5, nil}},
		},
		{
			name: "Decimal", scalar: adapter.ScalarDecimal,
			column:   decimalCol,
			reported: same(adapter.TypeNumeric),
			values: []typeValue{{"zero", "0", nil}, {"12.345", "12.345", nil}, {"negative", "-0.5", nil},
				{"30 digits of scale", "0.123456789012345678901234567890", nil},
				{"38 significant digits", "-12345678.123456789012345678901234567890", nil},
				{"1e-30", "0.000000000000000000000000000001", nil},
				{"integer", "100", nil}},
		},
		{
			name: "Boolean", scalar: adapter.ScalarBoolean,
			column:   map[adapter.Provider]string{sqlite: "BOOLEAN", postgres: "BOOLEAN", mysql: "BOOLEAN", sqlserver: "BIT"},
			reported: map[adapter.Provider]adapter.ColumnType{sqlite: adapter.TypeBoolean, postgres: adapter.TypeBoolean, mysql: adapter.TypeInt32, sqlserver: adapter.TypeBoolean},
			values:   []typeValue{{"true", true, nil}, {"false", false, nil}},
		},
		{
			name: "String", scalar: adapter.ScalarString,
			column:   map[adapter.Provider]string{sqlite: "TEXT", postgres: "TEXT", mysql: "LONGTEXT", sqlserver: "NVARCHAR(MAX)"},
			reported: same(adapter.TypeText),
			values: []typeValue{{"empty", "", nil}, {"ascii", "plain text", nil}, {"latin", "héllo wörld ñ ß", nil},
				{"emoji", "👩‍👩‍👧‍👦 🎉 😀 🏳️‍🌈", nil}, {"cjk", "漢字 かな カナ 한국어", nil}, {"rtl", "مرحبا שלום", nil},
				{"combining", "e\u0301 a\u030a", nil}, {"quotes and backslashes", `'"\%_;--`, nil}, {"100 kB", big1, nil}},
		},
		{
			name: "DateTime", scalar: adapter.ScalarDateTime,
			column:   map[adapter.Provider]string{sqlite: "DATETIME", postgres: "TIMESTAMP(3)", mysql: "DATETIME(3)", sqlserver: "DATETIME2(3)"},
			reported: same(adapter.TypeDateTime),
			values: []typeValue{
				{"milliseconds", time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, utc), nil},
				{"before 1970", time.Date(1969, 7, 20, 20, 17, 40, 1_000_000, utc), nil},
				{"1900", time.Date(1900, 1, 1, 0, 0, 0, 0, utc), nil},
				{"in +05:30", time.Date(2024, 1, 1, 0, 30, 0, 500_000_000, ist), nil},
				{"in -08:00 across a date line", time.Date(2023, 12, 31, 20, 0, 0, 999_000_000, pst), nil},
				{"year 9999", time.Date(9999, 12, 31, 23, 59, 59, 999_000_000, utc), nil},
			},
		},
		{
			name: "Date", scalar: adapter.ScalarDateTime, dbType: "DATE",
			column:   map[adapter.Provider]string{postgres: "DATE", mysql: "DATE", sqlserver: "DATE"},
			reported: same(adapter.TypeDate),
			requires: func(s *suite) string {
				if !s.caps.DateAndTime {
					return "the adapter does not claim DateAndTime: no DATE column type"
				}
				return ""
			},
			values: []typeValue{{"leap day", time.Date(2024, 2, 29, 0, 0, 0, 0, utc), nil}, {"before 1970", time.Date(1969, 12, 31, 0, 0, 0, 0, utc), nil}},
		},
		{
			name: "Time", scalar: adapter.ScalarDateTime, dbType: "TIME",
			column:   map[adapter.Provider]string{postgres: "TIME(3)", mysql: "TIME(3)", sqlserver: "TIME(3)"},
			reported: same(adapter.TypeTime),
			requires: func(s *suite) string {
				if !s.caps.DateAndTime {
					return "the adapter does not claim DateAndTime: no TIME column type"
				}
				return ""
			},
			values: []typeValue{{"milliseconds", time.Date(1970, 1, 1, 13, 14, 15, 123_000_000, utc), nil}, {"midnight", time.Date(1970, 1, 1, 0, 0, 0, 0, utc), nil}},
		},
		{
			name: "Json", scalar: adapter.ScalarJSON,
			column:   jsonCol,
			reported: jsonType,
			values: []typeValue{{"object", `{"a":1}`, nil},
				{"nested", `{"a":{"b":[1,2,{"c":null}]},"d":[true,false],"e":-1.5}`, nil},
				{"unicode", `{"ü":"😀 漢字","k":"\"quoted\" \\ back"}`, nil},
				{"top-level array", `[1,"two",null]`, nil}, {"top-level string", `"s"`, nil},
				{"json null", `null`, nil}, {"large", largeJSON(), nil}, {"big integer", `{"n":9007199254740993}`, nil}},
		},
		{
			name: "Bytes", scalar: adapter.ScalarBytes,
			column:   map[adapter.Provider]string{sqlite: "BLOB", postgres: "BYTEA", mysql: "LONGBLOB", sqlserver: "VARBINARY(MAX)"},
			reported: same(adapter.TypeBytes),
			values: []typeValue{{"empty", []byte{}, nil}, {"one zero byte", []byte{0}, nil}, {"zero bytes inside", []byte{0, 1, 0, 255, 0}, nil},
				{"64 kB of every byte value", allBytes(1 << 16), nil}},
		},
		{
			name: "Uuid", scalar: adapter.ScalarUUID,
			column:   map[adapter.Provider]string{postgres: "UUID", sqlserver: "UNIQUEIDENTIFIER"},
			reported: same(adapter.TypeUUID),
			requires: func(s *suite) string {
				if !s.caps.UUID {
					return "the adapter does not claim UUID: no native UUID column type"
				}
				return ""
			},
			values: []typeValue{{"uuid", "0f8fad5b-d9cb-469f-a165-70867728950e", nil}},
		},
		{
			name: "Enum", scalar: adapter.ScalarEnum,
			column: map[adapter.Provider]string{postgres: "conf_mood", mysql: "ENUM('happy','sad')"},
			// Prisma reports enums as text: adapter-pg for user-defined types,
			// adapter-mariadb because the protocol sends ENUM columns as
			// strings (checked with prisma-ref on MariaDB 10.11).
			reported: map[adapter.Provider]adapter.ColumnType{postgres: adapter.TypeText, mysql: adapter.TypeText},
			requires: func(s *suite) string {
				if !s.caps.NativeEnums {
					return "the adapter does not claim NativeEnums"
				}
				return ""
			},
			values: []typeValue{{"happy", "happy", nil}, {"sad", "sad", nil}},
		},
		{
			name: "IntList", scalar: adapter.ScalarInt, list: true,
			column:   map[adapter.Provider]string{postgres: "INTEGER[]"},
			reported: map[adapter.Provider]adapter.ColumnType{postgres: adapter.TypeInt32Array},
			requires: func(s *suite) string {
				if !s.caps.ScalarLists {
					return "the adapter does not claim ScalarLists"
				}
				return ""
			},
			values: []typeValue{{"empty", []any{}, nil}, {"values", []any{int64(1), int64(-2), int64(math.MaxInt32)}, nil}},
		},
		{
			name: "StringList", scalar: adapter.ScalarString, list: true,
			column:   map[adapter.Provider]string{postgres: "TEXT[]"},
			reported: map[adapter.Provider]adapter.ColumnType{postgres: adapter.TypeTextArray},
			requires: func(s *suite) string {
				if !s.caps.ScalarLists {
					return "the adapter does not claim ScalarLists"
				}
				return ""
			},
			values: []typeValue{{"values", []any{"a", "", "😀", `"quoted",{}`}, nil}},
		},
	}
}

func (s *suite) runTypes(t *testing.T) {
	for _, tt := range s.typeTests() {
		t.Run(tt.name, func(t *testing.T) { s.runTypeTest(t, tt) })
	}
	t.Run("ListRejected", s.testListRejected)
	t.Run("Returning", s.testReturning)
	t.Run("LastInsertID", s.testLastInsertID)
	t.Run("ColumnTypes/Expressions", s.testExpressionTypes)
}

func (s *suite) runTypeTest(t *testing.T, tt typeTest) {
	if tt.requires != nil {
		if why := tt.requires(s); why != "" {
			t.Skip(why)
		}
	}
	col, ok := tt.column[s.p]
	if !ok {
		t.Fatalf("the suite has no %s column type for %s, yet the adapter claims the capability", tt.name, s.p)
	}
	e := s.newEnv(t)
	if tt.name == "Enum" && s.p == postgres {
		e.exec(e.a, "DROP TYPE IF EXISTS conf_mood CASCADE")
		e.exec(e.a, "CREATE TYPE conf_mood AS ENUM ('happy', 'sad')")
		t.Cleanup(func() { e.a.Exec(e.ctx, query("DROP TYPE IF EXISTS conf_mood CASCADE")) })
	}
	e.createTable("conf_types", "id INT PRIMARY KEY", "v "+col)
	argType := adapter.ArgType{Scalar: tt.scalar, DBType: tt.dbType, List: tt.list}
	insert := "INSERT INTO conf_types (id, v) VALUES (" + s.phs(2) + ")"
	sel := "SELECT v FROM conf_types WHERE id = " + s.ph(1)
	values := append([]typeValue{{"null", nil, nil}}, tt.values...)
	for i, v := range values {
		if v.only != nil && !containsProvider(v.only, s.p) {
			continue
		}
		id := int64(i + 1)
		t.Run(v.name, func(t *testing.T) {
			if _, err := e.a.Exec(e.ctx, &adapter.Query{SQL: insert, Args: []any{id, v.v},
				ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, argType}}); err != nil {
				t.Fatalf("inserting %s: %v", describe(v.v), err)
			}
			rs, err := e.a.Query(e.ctx, query(sel, bind(id, adapter.ScalarInt)))
			if err != nil {
				t.Fatalf("selecting: %v", err)
			}
			checkShape(t, sel, rs)
			if len(rs.Rows) != 1 {
				t.Fatalf("selecting: %d rows, want 1", len(rs.Rows))
			}
			got := rs.Rows[0][0]
			want, err := s.canon(tt, v.v, true)
			if err != nil {
				t.Fatalf("bad test value: %v", err)
			}
			gotC, err := s.canon(tt, got, false)
			if err != nil {
				t.Fatalf("returned value %s: %v", describe(got), err)
			}
			if gotC != want {
				t.Errorf("round trip of %s:\n got %s (%s)\nwant %s", describe(v.v), short(gotC), describe(got), short(want))
			}
			if exp, ok := tt.reported[s.p]; ok && rs.Types[0] != exp {
				t.Errorf("column type %v (%q), want %v (%q)", rs.Types[0], rs.Types[0].RawName(), exp, exp.RawName())
			}
		})
	}
}

func containsProvider(ps []adapter.Provider, p adapter.Provider) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// canon renders a value of the test's type in a canonical text, checking
// that a returned value has a Go type the adapter contract allows. in says
// whether v is a test input (as the executor passes it) rather than a
// returned row value.
func (s *suite) canon(tt typeTest, v any, in bool) (string, error) {
	if v == nil {
		return "NULL", nil
	}
	if tt.list {
		l, ok := v.([]any)
		if !ok {
			return "", fmt.Errorf("a list column must come back as []any, got %T", v)
		}
		parts := make([]string, len(l))
		el := tt
		el.list = false
		for i, x := range l {
			c, err := s.canon(el, x, in)
			if err != nil {
				return "", fmt.Errorf("element %d: %w", i, err)
			}
			parts[i] = c
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	switch tt.scalar {
	case adapter.ScalarInt, adapter.ScalarBigInt:
		switch v := v.(type) {
		case int64:
			return strconv.FormatInt(v, 10), nil
		case string:
			if in {
				n, err := strconv.ParseInt(v, 10, 64)
				return strconv.FormatInt(n, 10), err
			}
		}
		return "", fmt.Errorf("an integer must be int64 (exact beyond 2^53), got %T", v)
	case adapter.ScalarFloat:
		if f, ok := v.(float64); ok {
			return strconv.FormatFloat(f, 'g', -1, 64), nil
		}
		return "", fmt.Errorf("a Float must be float64, got %T", v)
	case adapter.ScalarDecimal:
		switch v := v.(type) {
		case string:
			if in && !s.caps.ExactDecimals {
				f, err := strconv.ParseFloat(v, 64)
				return strconv.FormatFloat(f, 'g', -1, 64), err
			}
			r, ok := new(big.Rat).SetString(v)
			if !ok {
				return "", fmt.Errorf("%q is not a decimal", v)
			}
			return r.RatString(), nil
		case float64:
			if s.caps.ExactDecimals {
				return "", fmt.Errorf("the adapter claims ExactDecimals but returned a float64 (%v); decimals must be decimal text", v)
			}
			return strconv.FormatFloat(v, 'g', -1, 64), nil
		}
		return "", fmt.Errorf("a Decimal must be decimal text (or float64 without ExactDecimals), got %T", v)
	case adapter.ScalarBoolean:
		switch v := v.(type) {
		case bool:
			return strconv.FormatBool(v), nil
		case int64:
			if v == 0 || v == 1 {
				return strconv.FormatBool(v == 1), nil
			}
		}
		return "", fmt.Errorf("a Boolean must be bool or int64 0/1, got %T %v", v, v)
	case adapter.ScalarString, adapter.ScalarEnum:
		if str, ok := v.(string); ok {
			return strconv.Quote(str), nil
		}
		return "", fmt.Errorf("a %s must be string, got %T", tt.name, v)
	case adapter.ScalarUUID:
		if str, ok := v.(string); ok {
			return strings.ToLower(str), nil
		}
		return "", fmt.Errorf("a UUID must be string, got %T", v)
	case adapter.ScalarDateTime:
		switch tt.dbType {
		case "DATE":
			switch v := v.(type) {
			case time.Time:
				return v.Format(time.DateOnly), nil
			case string:
				if d, err := time.Parse(time.DateOnly, v); err == nil {
					return d.Format(time.DateOnly), nil
				}
				if d, err := parseISODateTime(v); err == nil && d.Equal(d.Truncate(24*time.Hour)) {
					return d.Format(time.DateOnly), nil
				}
				return "", fmt.Errorf("%q is not a date", v)
			}
			return "", fmt.Errorf("a date must be time.Time or text, got %T", v)
		case "TIME":
			switch v := v.(type) {
			case time.Time:
				return v.Format("15:04:05.000"), nil
			case string:
				for _, l := range []string{"15:04:05.999999999", "15:04:05"} {
					if d, err := time.Parse(l, v); err == nil {
						return d.Format("15:04:05.000"), nil
					}
				}
				return "", fmt.Errorf("%q is not a time", v)
			}
			return "", fmt.Errorf("a time must be time.Time or text, got %T", v)
		}
		switch v := v.(type) {
		case time.Time:
			return v.UTC().Format("2006-01-02T15:04:05.000Z"), nil
		case string:
			d, err := parseISODateTime(v)
			if err != nil {
				return "", err
			}
			return d.UTC().Format("2006-01-02T15:04:05.000Z"), nil
		}
		return "", fmt.Errorf("a DateTime must be time.Time or ISO-8601 text, got %T", v)
	case adapter.ScalarJSON:
		str, ok := v.(string)
		if !ok {
			return "", fmt.Errorf("JSON must be JSON text (string), got %T", v)
		}
		dec := json.NewDecoder(strings.NewReader(str))
		dec.UseNumber()
		var x any
		if err := dec.Decode(&x); err != nil {
			return "", fmt.Errorf("not JSON: %v", err)
		}
		out, err := json.Marshal(x) // maps are marshalled with sorted keys
		return string(out), err
	case adapter.ScalarBytes:
		if b, ok := v.([]byte); ok {
			if b == nil {
				return "", fmt.Errorf("a nil []byte; SQL NULL must be a nil interface, an empty value []byte{}")
			}
			return "0x" + hex.EncodeToString(b), nil
		}
		if str, ok := v.(string); ok && in {
			return "0x" + hex.EncodeToString([]byte(str)), nil
		}
		return "", fmt.Errorf("Bytes must be []byte, got %T", v)
	}
	return "", fmt.Errorf("no canonical form for %v", tt.scalar)
}

// parseISODateTime parses the shapes the adapter contract allows for
// DateTime text: "YYYY-MM-DDTHH:MM:SS[.fff][+00:00|Z]"; a space instead of
// the T and a missing zone (UTC) are accepted too, as Prisma's data mapper
// accepts them.
func parseISODateTime(s string) (time.Time, error) {
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999"} {
		if d, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not an ISO-8601 date-time", s)
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "nil"
	case []byte:
		if len(v) > 16 {
			return fmt.Sprintf("[]byte(len %d)", len(v))
		}
		return fmt.Sprintf("[]byte%v", v)
	case string:
		return fmt.Sprintf("string %s", short(strconv.Quote(v)))
	}
	return short(fmt.Sprintf("%T %v", v, v))
}

func short(s string) string {
	if len(s) > 120 {
		return s[:100] + fmt.Sprintf("...(%d bytes)", len(s))
	}
	return s
}

// testListRejected: without ScalarLists, a list argument must fail instead
// of being stored as something else.
func (s *suite) testListRejected(t *testing.T) {
	if s.caps.ScalarLists {
		t.Skip("the adapter claims ScalarLists; lists are checked by Types/IntList and Types/StringList")
	}
	e := s.newEnv(t)
	e.createTable("conf_lists", "id INT PRIMARY KEY", "v "+map[adapter.Provider]string{sqlite: "TEXT", postgres: "TEXT", mysql: "LONGTEXT", sqlserver: "NVARCHAR(MAX)"}[s.p])
	_, err := e.a.Exec(e.ctx, &adapter.Query{SQL: "INSERT INTO conf_lists (id, v) VALUES (" + s.phs(2) + ")",
		Args:     []any{int64(1), []any{int64(1), int64(2)}},
		ArgTypes: []adapter.ArgType{{Scalar: adapter.ScalarInt}, {Scalar: adapter.ScalarInt, List: true}}})
	if err == nil {
		rs := e.query(e.a, "SELECT v FROM conf_lists")
		t.Fatalf("a list argument was accepted by an adapter that does not claim ScalarLists; stored %v", rs.Rows)
	}
	e.checkUsable("after a rejected list")
}

func (s *suite) testReturning(t *testing.T) {
	if !s.caps.Returning {
		t.Skip("the adapter does not claim Returning")
	}
	e := s.newEnv(t)
	e.createTable("conf_ret", "id INT PRIMARY KEY", "name "+s.textColumn(100))
	rs := e.query(e.a, "INSERT INTO conf_ret (id, name) VALUES ("+s.phs(2)+") RETURNING id, name",
		bind(int64(7), adapter.ScalarInt), bind("seven", adapter.ScalarString))
	want := [][]any{{int64(7), "seven"}}
	if diff := cmp.Diff(want, rs.Rows); diff != "" {
		t.Errorf("RETURNING rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"id", "name"}, rs.Columns); diff != "" {
		t.Errorf("RETURNING columns (-want +got):\n%s", diff)
	}
}

func (s *suite) testLastInsertID(t *testing.T) {
	if !s.caps.LastInsertID {
		t.Skip("the adapter does not claim LastInsertID")
	}
	e := s.newEnv(t)
	auto := map[adapter.Provider]string{mysql: "id BIGINT AUTO_INCREMENT PRIMARY KEY", sqlite: "id INTEGER PRIMARY KEY AUTOINCREMENT",
		postgres: "id BIGSERIAL PRIMARY KEY", sqlserver: "id BIGINT IDENTITY(1,1) PRIMARY KEY"}[s.p]
	e.createTable("conf_lastid", auto, "name "+s.textColumn(100))
	for want := int64(1); want <= 2; want++ {
		rs := e.query(e.a, "INSERT INTO conf_lastid (name) VALUES ("+s.ph(1)+")", bind("x", adapter.ScalarString))
		if rs.LastInsertID == nil || *rs.LastInsertID != want {
			t.Fatalf("insert %d: LastInsertID = %v, want %d", want, rs.LastInsertID, want)
		}
	}
}

// testExpressionTypes checks the column types reported for expressions,
// where the suite knows them.
func (s *suite) testExpressionTypes(t *testing.T) {
	if s.p != sqlite {
		t.Skipf("the suite records expression column types for sqlite only; %s adapters are checked on table columns (Types/*)", s.p)
	}
	e := s.newEnv(t)
	rs := e.query(e.a, "SELECT 1 AS i, 1.5 AS r, 'x' AS s, x'0102' AS b, NULL AS n, count(*) AS c")
	want := &adapter.ResultSet{
		Columns: []string{"i", "r", "s", "b", "n", "c"},
		// As Prisma's SQLite adapters infer them from the values.
		Types: []adapter.ColumnType{adapter.TypeInt64, adapter.TypeUnknownNumber, adapter.TypeText, adapter.TypeBytes, adapter.TypeInt32, adapter.TypeInt64},
		Rows:  [][]any{{int64(1), 1.5, "x", []byte{1, 2}, nil, int64(1)}},
	}
	if diff := cmp.Diff(want, rs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// textColumn is a bounded text column usable in keys.
func (s *suite) textColumn(n int) string {
	switch s.p {
	case sqlite:
		return "TEXT"
	case sqlserver:
		return "NVARCHAR(" + strconv.Itoa(n) + ")"
	}
	return "VARCHAR(" + strconv.Itoa(n) + ")"
}
