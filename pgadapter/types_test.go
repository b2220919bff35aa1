package pgadapter_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/adapter"
)

// The table Prisma creates for this model (prisma-ref push), with every
// scalar and the common native types:
//
//	enum Role { USER ADMIN }
//	model T {
//	  id Int @id @default(autoincrement())  email String @unique
//	  a Int?  b Int?  name String? @db.VarChar(5)  u String? @db.Uuid
//	  tz DateTime? @db.Timestamptz(3)  ts DateTime? @db.Timestamp(6)
//	  d DateTime? @db.Date  tm DateTime? @db.Time  dec Decimal? @db.Decimal(40,20)
//	  jb Json? @db.JsonB  j Json? @db.Json  inet String? @db.Inet
//	  money Decimal? @db.Money  xml String? @db.Xml  bit String? @db.Bit(3)
//	  oid Int? @db.Oid  f4 Float? @db.Real  f8 Float?  big BigInt?  by Bytes?
//	  bo Boolean?  role Role?  roles Role[]  tags String[]  ints Int[]
//	  txt String? @db.Text
//	  @@unique([a, b])
//	}
var schemaT = []string{
	`CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN')`,
	`CREATE TABLE "T" (
		"id" SERIAL NOT NULL, "email" TEXT NOT NULL, "a" INTEGER, "b" INTEGER,
		"name" VARCHAR(5), "u" UUID, "tz" TIMESTAMPTZ(3), "ts" TIMESTAMP(6), "d" DATE,
		"tm" TIME, "dec" DECIMAL(40,20), "jb" JSONB, "j" JSON, "inet" INET, "money" MONEY,
		"xml" XML, "bit" BIT(3), "oid" OID, "f4" REAL, "f8" DOUBLE PRECISION, "big" BIGINT,
		"by" BYTEA, "bo" BOOLEAN, "role" "Role", "roles" "Role"[], "tags" TEXT[], "ints" INTEGER[],
		"txt" TEXT,
		CONSTRAINT "T_pkey" PRIMARY KEY ("id"))`,
	`CREATE UNIQUE INDEX "T_email_key" ON "T"("email")`,
	`CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b")`,
	`CREATE TABLE "P" ("id" INTEGER NOT NULL, "tId" INTEGER NOT NULL, CONSTRAINT "P_pkey" PRIMARY KEY ("id"))`,
	`ALTER TABLE "P" ADD CONSTRAINT "P_tId_fkey" FOREIGN KEY ("tId") REFERENCES "T"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
}

// insertT and its argument types are what Prisma 7.10's compiler produces for
// a createOne on T (prisma-ref plan), with the schema qualifier removed.
const insertT = `INSERT INTO "T" ("email","a","b","name","u","tz","ts","d","tm","dec","jb","j","inet","money","xml","bit","oid","f4","f8","big","by","bo","role","roles","tags","ints","txt") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,CAST($23::text AS "Role"),CAST($24::text[] AS "Role"[]),$25,$26,$27) RETURNING "T"."id", "T"."email", "T"."a", "T"."b", "T"."name", "T"."u", "T"."tz", "T"."ts", "T"."d", "T"."tm", "T"."dec", "T"."jb", "T"."j", "T"."inet", "T"."money"::numeric, "T"."xml", "T"."bit", "T"."oid", "T"."f4", "T"."f8", "T"."big", "T"."by", "T"."bo", "T"."role"::text, "T"."roles"::text[], "T"."tags", "T"."ints", "T"."txt"`

var insertTTypes = []adapter.ArgType{
	{Scalar: adapter.ScalarString, DBType: "TEXT"},
	{Scalar: adapter.ScalarInt, DBType: "INTEGER"},
	{Scalar: adapter.ScalarInt, DBType: "INTEGER"},
	{Scalar: adapter.ScalarString, DBType: "VARCHAR"},
	{Scalar: adapter.ScalarString, DBType: "UUID"},
	{Scalar: adapter.ScalarDateTime, DBType: "TIMESTAMPTZ"},
	{Scalar: adapter.ScalarDateTime, DBType: "TIMESTAMP"},
	{Scalar: adapter.ScalarDateTime, DBType: "DATE"},
	{Scalar: adapter.ScalarDateTime, DBType: "TIME"},
	{Scalar: adapter.ScalarDecimal, DBType: "DECIMAL"},
	{Scalar: adapter.ScalarJSON, DBType: "JSONB"},
	{Scalar: adapter.ScalarJSON, DBType: "JSON"},
	{Scalar: adapter.ScalarString, DBType: "INET"},
	{Scalar: adapter.ScalarDecimal, DBType: "MONEY"},
	{Scalar: adapter.ScalarString, DBType: "XML"},
	{Scalar: adapter.ScalarString, DBType: "BIT"},
	{Scalar: adapter.ScalarInt, DBType: "OID"},
	{Scalar: adapter.ScalarDecimal, DBType: "REAL"},
	{Scalar: adapter.ScalarDecimal, DBType: "DOUBLEPRECISION"},
	{Scalar: adapter.ScalarBigInt, DBType: "BIGINT"},
	{Scalar: adapter.ScalarBytes, DBType: "BYTEA"},
	{Scalar: adapter.ScalarBoolean, DBType: "BOOLEAN"},
	{Scalar: adapter.ScalarString},
	{Scalar: adapter.ScalarString, List: true},
	{Scalar: adapter.ScalarString, DBType: "TEXT", List: true},
	{Scalar: adapter.ScalarBigInt, DBType: "INTEGER", List: true},
	{Scalar: adapter.ScalarString, DBType: "TEXT"},
}

var columnsT = []string{"id", "email", "a", "b", "name", "u", "tz", "ts", "d", "tm", "dec", "jb", "j", "inet", "money", "xml", "bit", "oid", "f4", "f8", "big", "by", "bo", "role", "roles", "tags", "ints", "txt"}

// typesT are the column types of insertT's RETURNING list (money is cast to
// numeric, enums to text, as the compiler does).
var typesT = []adapter.ColumnType{
	adapter.TypeInt32, adapter.TypeText, adapter.TypeInt32, adapter.TypeInt32, adapter.TypeText,
	adapter.TypeUUID, adapter.TypeDateTime, adapter.TypeDateTime, adapter.TypeDate, adapter.TypeTime,
	adapter.TypeNumeric, adapter.TypeJSON, adapter.TypeJSON, adapter.TypeText, adapter.TypeNumeric,
	adapter.TypeText, adapter.TypeText, adapter.TypeInt64, adapter.TypeFloat, adapter.TypeDouble,
	adapter.TypeInt64, adapter.TypeBytes, adapter.TypeBoolean, adapter.TypeText, adapter.TypeTextArray,
	adapter.TypeTextArray, adapter.TypeInt32Array, adapter.TypeText,
}

func TestRoundTripPrismaScalars(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, schemaT...)
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, `TRUNCATE "T" CASCADE`)
			args := []any{
				name + "@x", int64(1), int64(2), "abc", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
				utc("2024-01-02T03:04:05.678Z"), utc("2024-01-02T03:04:05.678Z"),
				utc("2024-01-02T00:00:00Z"), utc("1970-01-01T03:04:05.678Z"),
				"12345678901234567890.12345678901234567891", `{"b":1,"a":[1,2]}`, `{"b":1,  "a":[1,2]}`,
				"192.168.0.1/24", "1234.5", "<a>x</a>", "101", int64(42), float64(1.1), 1.1,
				"9007199254740993", []byte{1, 2, 3, 4}, true, "ADMIN", []any{"USER", "ADMIN"},
				[]any{"a", "b,c", `d"e`, "", `back\slash`, "NULL", nil}, []any{int64(1), int64(2), int64(-3)},
				"多字节 ✓",
			}
			got := mustQuery(t, a, typed(insertT, args, insertTTypes))
			id := got.Rows[0][0]
			want := &adapter.ResultSet{
				Columns: columnsT,
				Types:   typesT,
				Rows: [][]any{{
					id, name + "@x", int64(1), int64(2), "abc", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
					utc("2024-01-02T03:04:05.678Z"), utc("2024-01-02T03:04:05.678Z"),
					utc("2024-01-02T00:00:00Z"), utc("1970-01-01T03:04:05.678Z"),
					"12345678901234567890.12345678901234567891", `{"a": [1, 2], "b": 1}`, `{"b":1,  "a":[1,2]}`,
					"192.168.0.1/24", "1234.50", "<a>x</a>", "101", int64(42), 1.1, 1.1,
					int64(9007199254740993), []byte{1, 2, 3, 4}, true, "ADMIN", []any{"USER", "ADMIN"},
					[]any{"a", "b,c", `d"e`, "", `back\slash`, "NULL", nil}, []any{int64(1), int64(2), int64(-3)},
					"多字节 ✓",
				}},
			}
			if _, ok := id.(int64); !ok {
				t.Fatalf("id is %T, want int64", id)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("INSERT RETURNING (-want +got):\n%s", diff)
			}

			// The same row through SELECT *, as a raw query sees it: money
			// and enums without casts.
			got = mustQuery(t, a, q(`SELECT * FROM "T"`))
			want.Types = append([]adapter.ColumnType(nil), typesT...)
			want.Rows[0] = append([]any(nil), want.Rows[0]...)
			want.Types[24] = adapter.TypeText
			want.Rows[0][24] = "{USER,ADMIN}" // an enum array is a user type: text, as Prisma
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("SELECT * (-want +got):\n%s", diff)
			}

			// NULLs in every column.
			args = make([]any, len(insertTTypes))
			args[0] = name + "@null"
			got = mustQuery(t, a, typed(insertT, args, insertTTypes))
			for i, v := range got.Rows[0][2:] {
				if v != nil {
					t.Errorf("column %s: got %#v, want nil", columnsT[i+2], v)
				}
			}
		})
	}
}

// TestRawTypes checks the values and column types of expressions of many
// types, as @prisma/adapter-pg reports them for $queryRaw (values recorded
// with prisma-ref; Prisma's money rendering "$12.50" differs on purpose).
func TestRawTypes(t *testing.T) {
	d := newTestDB(t)
	const sql = `SELECT '12:00:00.5+05'::timetz AS a, '2024-01-01 00:00:00+05'::timestamptz AS b,
		'-1234.5'::money AS m, 'NaN'::numeric AS n, ARRAY['1.50'::numeric, NULL] AS na, ARRAY['1'::money] AS ma,
		ARRAY['2020-01-01 00:00:00.123456'::timestamp] AS tsa, '{"a": 1}'::jsonb AS jb, ARRAY['{"a":1}'::json] AS ja,
		'\x0102'::bytea AS by, ARRAY['\x0102'::bytea, ''::bytea] AS bya, 1.1::float4 AS f4, ARRAY[1.1::float4] AS f4a,
		'abc'::name AS nm, '10.0.0.0/8'::cidr AS cidr, ARRAY[true, NULL] AS ba, ARRAY[1::int8] AS i8a,
		ARRAY['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid] AS ua, ARRAY['2020-01-02'::date] AS da,
		ARRAY['01:02:03'::time] AS ta, 'infinity'::timestamptz AS inf, '-infinity'::date AS ninf,
		'0.00000'::numeric AS z, 1e-20::numeric AS small, '-0.5'::numeric AS neg, 100::numeric AS hundred,
		'123456789012345678901234567890.123456789'::numeric AS big, 'Infinity'::numeric AS ninf2,
		'{}'::int[] AS emp, ARRAY['a b', NULL, 'NULL', '\', '"', '{}', ''] AS txa, 1::int2 AS i2, 4294967295::oid AS o,
		B'101'::varbit AS vb, ARRAY[B'1'::bit(1)] AS bita, ARRAY['::1'::inet] AS ineta, '<x/>'::xml AS x,
		ARRAY[ARRAY[1,2],ARRAY[3,4]] AS md, '1999-12-31 23:59:59.999999'::timestamp AS ts6,
		'1800-06-01 12:00:00+00'::timestamptz AS old, '4000-01-01'::date AS future, 'x'::char(3) AS bp,
		'24:00:00'::time AS midnight, -1.5e300::float8 AS f8, 'NaN'::float8 AS nan, 'Infinity'::float4 AS inf4,
		'[1, "x", {"k": null}]'::json AS jarr, 'null'::jsonb AS jnull, ARRAY['{"a":1}'::jsonb] AS jba,
		ARRAY['a'::"char"] AS cha`
	want := &adapter.ResultSet{
		Columns: strings.Fields("a b m n na ma tsa jb ja by bya f4 f4a nm cidr ba i8a ua da ta inf ninf z small neg hundred big ninf2 emp txa i2 o vb bita ineta x md ts6 old future bp midnight f8 nan inf4 jarr jnull jba cha"),
		Types: []adapter.ColumnType{
			adapter.TypeTime, adapter.TypeDateTime, adapter.TypeNumeric, adapter.TypeNumeric, adapter.TypeNumericArray,
			adapter.TypeNumericArray, adapter.TypeDateTimeArray, adapter.TypeJSON, adapter.TypeJSONArray, adapter.TypeBytes,
			adapter.TypeBytesArray, adapter.TypeFloat, adapter.TypeFloatArray, adapter.TypeText, adapter.TypeText,
			adapter.TypeBooleanArray, adapter.TypeInt64Array, adapter.TypeUUIDArray, adapter.TypeDateArray, adapter.TypeTimeArray,
			adapter.TypeDateTime, adapter.TypeDate, adapter.TypeNumeric, adapter.TypeNumeric, adapter.TypeNumeric,
			adapter.TypeNumeric, adapter.TypeNumeric, adapter.TypeNumeric, adapter.TypeInt32Array, adapter.TypeTextArray,
			adapter.TypeInt32, adapter.TypeInt64, adapter.TypeText, adapter.TypeTextArray, adapter.TypeTextArray,
			adapter.TypeText, adapter.TypeInt32Array, adapter.TypeDateTime, adapter.TypeDateTime, adapter.TypeDate,
			adapter.TypeText, adapter.TypeTime, adapter.TypeDouble, adapter.TypeDouble, adapter.TypeFloat,
			adapter.TypeJSON, adapter.TypeJSON, adapter.TypeJSONArray, adapter.TypeCharacterArray,
		},
		Rows: [][]any{{
			utc("1970-01-01T12:00:00.5Z"), utc("2023-12-31T19:00:00Z"),
			"-1234.50", "NaN", []any{"1.50", nil}, []any{"1.00"},
			[]any{utc("2020-01-01T00:00:00.123456Z")}, `{"a": 1}`, []any{`{"a":1}`},
			[]byte{1, 2}, []any{[]byte{1, 2}, []byte{}}, 1.1, []any{1.1},
			"abc", "10.0.0.0/8", []any{true, nil}, []any{int64(1)},
			[]any{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}, []any{utc("2020-01-02T00:00:00Z")},
			[]any{utc("1970-01-01T01:02:03Z")}, "infinity", "-infinity",
			"0.00000", "0.00000000000000000001", "-0.5", "100",
			"123456789012345678901234567890.123456789", "Infinity",
			[]any{}, []any{"a b", nil, "NULL", `\`, `"`, "{}", ""}, int64(1), int64(4294967295),
			"101", []any{"1"}, []any{"::1"}, "<x/>",
			[]any{[]any{int64(1), int64(2)}, []any{int64(3), int64(4)}}, utc("1999-12-31T23:59:59.999999Z"),
			utc("1800-06-01T12:00:00Z"), utc("4000-01-01T00:00:00Z"), "x  ",
			utc("1970-01-02T00:00:00Z"), -1.5e300, nanValue, infValue,
			`[1, "x", {"k": null}]`, "null", []any{`{"a": 1}`}, []any{"a"},
		}},
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			got := mustQuery(t, a, q(sql))
			if diff := cmp.Diff(want, got, floatOpts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestUnsupportedTypes: types Prisma cannot read fail the whole query with
// UnsupportedNativeDataType (type name from the built-in OID table), even
// without rows.
func TestUnsupportedTypes(t *testing.T) {
	d := newTestDB(t)
	a := d.open(t)
	for _, tc := range []struct{ sql, typ string }{
		{`SELECT '1 day'::interval AS i`, "interval"},
		{`SELECT 'x'::"char" AS c`, "char"},
		{`SELECT point(1,2) AS p WHERE false`, "point"},
		{`SELECT ARRAY['a'::name] AS n`, "Unknown"},
	} {
		_, err := a.Query(context.Background(), q(tc.sql))
		want := &adapter.Error{Kind: adapter.UnsupportedNativeDataType, Type: tc.typ}
		if diff := cmp.Diff(want, adapterError(t, err), errorOpts); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.sql, diff)
		}
	}
}

// TestArguments binds every argument shape the executor produces and reads
// it back through the server's own text rendering.
func TestArguments(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, `CREATE TYPE "Mood" AS ENUM ('happy', 'sad')`)
	type tc struct {
		name string
		sql  string
		arg  any
		typ  adapter.ArgType
		want any
	}
	big := "-123456789012345678901234567890.123456789012345678901234567890"
	cases := []tc{
		{"decimal exact", `SELECT $1::numeric AS v`, big, adapter.ArgType{Scalar: adapter.ScalarDecimal, DBType: "DECIMAL"}, big},
		{"decimal from int", `SELECT $1::numeric AS v`, int64(7), adapter.ArgType{Scalar: adapter.ScalarDecimal}, "7"},
		{"decimal from float", `SELECT $1::numeric AS v`, 0.1, adapter.ArgType{Scalar: adapter.ScalarDecimal}, "0.1"},
		{"bigint string", `SELECT $1::int8 AS v`, "9223372036854775807", adapter.ArgType{Scalar: adapter.ScalarBigInt}, int64(9223372036854775807)},
		{"int into text", `SELECT $1::text AS v`, int64(-5), adapter.ArgType{Scalar: adapter.ScalarInt}, "-5"},
		{"int into int4", `SELECT $1::int4 AS v`, int64(-5), adapter.ArgType{Scalar: adapter.ScalarInt}, int64(-5)},
		{"float", `SELECT $1::float8 AS v`, 1e-310, adapter.ArgType{Scalar: adapter.ScalarFloat}, 1e-310},
		{"float nan", `SELECT $1::float8::text AS v`, nanValue, adapter.ArgType{Scalar: adapter.ScalarFloat}, "NaN"},
		{"float inf", `SELECT $1::float8::text AS v`, infValue, adapter.ArgType{Scalar: adapter.ScalarFloat}, "Infinity"},
		{"bool", `SELECT $1::bool AS v`, false, adapter.ArgType{Scalar: adapter.ScalarBoolean}, false},
		{"bool into text", `SELECT $1::text AS v`, true, adapter.ArgType{Scalar: adapter.ScalarBoolean}, "true"},
		{"bytes", `SELECT $1::bytea AS v`, []byte{0, 255, '\\'}, adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 255, '\\'}},
		{"bytes base64", `SELECT $1::bytea AS v`, "AP8=", adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 255}},
		{"uuid", `SELECT $1::uuid AS v`, "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", adapter.ArgType{Scalar: adapter.ScalarUUID, DBType: "UUID"}, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
		{"json", `SELECT $1::jsonb AS v`, `{"x": [1, 2.50, "é"]}`, adapter.ArgType{Scalar: adapter.ScalarJSON, DBType: "JSONB"}, `{"x": [1, 2.50, "é"]}`},
		{"enum", `SELECT CAST($1::text AS "Mood")::text AS v`, "sad", adapter.ArgType{Scalar: adapter.ScalarEnum}, "sad"},
		{"timestamptz", `SELECT $1::timestamptz AS v`, utc("2024-02-29T23:59:59.123456Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIMESTAMPTZ"}, utc("2024-02-29T23:59:59.123456Z")},
		{"timestamptz from offset", `SELECT $1::timestamptz AS v`, time.Date(2024, 1, 1, 1, 0, 0, 0, time.FixedZone("", 3600)), adapter.ArgType{Scalar: adapter.ScalarDateTime}, utc("2024-01-01T00:00:00Z")},
		{"timestamp", `SELECT $1::timestamp AS v`, utc("0099-01-01T00:00:00Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIMESTAMP"}, utc("0099-01-01T00:00:00Z")},
		{"timestamp string", `SELECT $1::timestamp AS v`, "2024-01-02T03:04:05.678Z", adapter.ArgType{Scalar: adapter.ScalarDateTime}, utc("2024-01-02T03:04:05.678Z")},
		{"date", `SELECT $1::date AS v`, utc("2024-01-02T23:00:00Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, utc("2024-01-02T00:00:00Z")},
		{"date BC", `SELECT $1::date::text AS v`, time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, "0001-01-01 BC"},
		{"time", `SELECT $1::time AS v`, utc("2024-01-02T03:04:05.5Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIME"}, utc("1970-01-01T03:04:05.5Z")},
		{"timetz", `SELECT $1::timetz::text AS v`, utc("2024-01-02T03:04:05Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIMETZ"}, "03:04:05+00"},
		{"text list", `SELECT $1::text[] AS v`, []any{"a", "", `"q"`, `\`, nil, "{x}", "a,b"}, adapter.ArgType{Scalar: adapter.ScalarString, List: true}, []any{"a", "", `"q"`, `\`, nil, "{x}", "a,b"}},
		{"int list", `SELECT $1::int4[] AS v`, []any{int64(1), nil, int64(-2)}, adapter.ArgType{Scalar: adapter.ScalarInt, List: true}, []any{int64(1), nil, int64(-2)}},
		{"empty list", `SELECT $1::int8[] AS v`, []any{}, adapter.ArgType{Scalar: adapter.ScalarBigInt, List: true}, []any{}},
		{"enum list", `SELECT $1::"Mood"[]::text[] AS v`, []any{"happy", "sad"}, adapter.ArgType{Scalar: adapter.ScalarEnum, List: true}, []any{"happy", "sad"}},
		{"float list", `SELECT $1::float8[] AS v`, []any{1.5, -0.25}, adapter.ArgType{Scalar: adapter.ScalarFloat, List: true}, []any{1.5, -0.25}},
		{"bool list", `SELECT $1::bool[] AS v`, []any{true, false}, adapter.ArgType{Scalar: adapter.ScalarBoolean, List: true}, []any{true, false}},
		{"decimal list", `SELECT $1::numeric[] AS v`, []any{"1.10", "-3"}, adapter.ArgType{Scalar: adapter.ScalarDecimal, List: true}, []any{"1.10", "-3"}},
		{"bytes list", `SELECT $1::bytea[] AS v`, []any{[]byte{1}, []byte{}}, adapter.ArgType{Scalar: adapter.ScalarBytes, List: true}, []any{[]byte{1}, []byte{}}},
		{"datetime list", `SELECT $1::timestamptz[] AS v`, []any{utc("2024-01-02T03:04:05Z")}, adapter.ArgType{Scalar: adapter.ScalarDateTime, List: true}, []any{utc("2024-01-02T03:04:05Z")}},
		{"json list", `SELECT $1::jsonb[] AS v`, []any{`{"a": "b\"c"}`}, adapter.ArgType{Scalar: adapter.ScalarJSON, List: true}, []any{`{"a": "b\"c"}`}},
		{"uuid list", `SELECT $1::uuid[] AS v`, []any{"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"}, adapter.ArgType{Scalar: adapter.ScalarUUID, List: true}, []any{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}},
		{"null", `SELECT $1::int AS v`, nil, adapter.ArgType{Scalar: adapter.ScalarInt}, nil},
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			for _, c := range cases {
				rs, err := a.Query(context.Background(), typed(c.sql, []any{c.arg}, []adapter.ArgType{c.typ}))
				if err != nil {
					t.Errorf("%s: %v", c.name, err)
					continue
				}
				if diff := cmp.Diff([][]any{{c.want}}, rs.Rows, floatOpts); diff != "" {
					t.Errorf("%s (-want +got):\n%s", c.name, diff)
				}
			}
		})
	}
}
