package mysqladapter_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noengine/noengine/adapter"
)

// The tables Prisma's schema engine creates on MySQL for this schema:
//
//	enum Role { USER ADMIN }
//	model M {
//	  id Int @id @default(autoincrement())  email String @unique  a Int?  b Int?
//	  name String? @db.VarChar(5)  bo Boolean?  dt DateTime?  d DateTime? @db.Date
//	  tm DateTime? @db.Time(3)  ts DateTime? @db.Timestamp(3)  dec Decimal?  j Json?
//	  by Bytes?  big BigInt?  f Float?  f4 Float? @db.Float  ui Int? @db.UnsignedInt
//	  ub BigInt? @db.UnsignedBigInt  ti Int? @db.TinyInt  role Role?  txt String? @db.Text
//	  bin Bytes? @db.VarBinary(10)  ch String? @db.Char(3)
//	  @@unique([a, b])
//	}
//	model P { id Int @id  mId Int  m M @relation(fields: [mId], references: [id]) }
var schemaM = []string{
	"CREATE TABLE `M` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(191) NOT NULL, `a` INTEGER NULL, `b` INTEGER NULL," +
		" `name` VARCHAR(5) NULL, `bo` BOOLEAN NULL, `dt` DATETIME(3) NULL, `d` DATE NULL, `tm` TIME(3) NULL, `ts` TIMESTAMP(3) NULL," +
		" `dec` DECIMAL(65, 30) NULL, `j` JSON NULL, `by` LONGBLOB NULL, `big` BIGINT NULL, `f` DOUBLE NULL, `f4` FLOAT NULL," +
		" `ui` INTEGER UNSIGNED NULL, `ub` BIGINT UNSIGNED NULL, `ti` TINYINT NULL, `role` ENUM('USER', 'ADMIN') NULL," +
		" `txt` TEXT NULL, `bin` VARBINARY(10) NULL, `ch` CHAR(3) NULL," +
		" UNIQUE INDEX `M_email_key`(`email`), UNIQUE INDEX `M_a_b_key`(`a`, `b`), PRIMARY KEY (`id`))" +
		" DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
	"CREATE TABLE `P` (`id` INTEGER NOT NULL, `mId` INTEGER NOT NULL, PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
	"ALTER TABLE `P` ADD CONSTRAINT `P_mId_fkey` FOREIGN KEY (`mId`) REFERENCES `M`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE",
}

// insertM and selectM are what Prisma 7.10 runs for a createOne on M
// (prisma-ref exec --sql-log on MariaDB): an INSERT whose id comes back as
// the insert id, then a SELECT by that id.
const (
	insertM = "INSERT INTO `M` (`email`,`a`,`b`,`name`,`bo`,`dt`,`d`,`tm`,`ts`,`dec`,`j`,`by`,`big`,`f`,`f4`,`ui`,`ub`,`ti`,`role`,`txt`,`bin`,`ch`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
	selectM = "SELECT `M`.`id`, `M`.`email`, `M`.`a`, `M`.`b`, `M`.`name`, `M`.`bo`, `M`.`dt`, `M`.`d`, `M`.`tm`, `M`.`ts`, `M`.`dec`, `M`.`j`, `M`.`by`, `M`.`big`, `M`.`f`, `M`.`f4`, `M`.`ui`, `M`.`ub`, `M`.`ti`, `M`.`role`, `M`.`txt`, `M`.`bin`, `M`.`ch` FROM `M` WHERE `M`.`id` = ? LIMIT ? OFFSET ?"
)

var insertMTypes = []adapter.ArgType{
	{Scalar: adapter.ScalarString, DBType: "VARCHAR"}, {Scalar: adapter.ScalarInt, DBType: "INT"},
	{Scalar: adapter.ScalarInt, DBType: "INT"}, {Scalar: adapter.ScalarString, DBType: "VARCHAR"},
	{Scalar: adapter.ScalarBoolean, DBType: "TINYINT"}, {Scalar: adapter.ScalarDateTime, DBType: "DATETIME"},
	{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, {Scalar: adapter.ScalarDateTime, DBType: "TIME"},
	{Scalar: adapter.ScalarDateTime, DBType: "TIMESTAMP"}, {Scalar: adapter.ScalarDecimal, DBType: "DECIMAL"},
	{Scalar: adapter.ScalarJSON, DBType: "JSON"}, {Scalar: adapter.ScalarBytes, DBType: "LONGBLOB"},
	{Scalar: adapter.ScalarBigInt, DBType: "BIGINT"}, {Scalar: adapter.ScalarDecimal, DBType: "DOUBLE"},
	{Scalar: adapter.ScalarDecimal, DBType: "FLOAT"}, {Scalar: adapter.ScalarBigInt, DBType: "UNSIGNEDINT"},
	{Scalar: adapter.ScalarBigInt, DBType: "UNSIGNEDBIGINT"}, {Scalar: adapter.ScalarInt, DBType: "TINYINT"},
	{Scalar: adapter.ScalarEnum}, {Scalar: adapter.ScalarString, DBType: "TEXT"},
	{Scalar: adapter.ScalarBytes, DBType: "VARBINARY"}, {Scalar: adapter.ScalarString, DBType: "CHAR"},
}

var columnsM = strings.Fields("id email a b name bo dt d tm ts dec j by big f f4 ui ub ti role txt bin ch")

// typesM are the column types @prisma/adapter-mariadb reports for SELECT *
// FROM M (prisma-ref), except j: MariaDB's JSON is LONGTEXT, which Prisma
// recognises from extended metadata go-sql-driver does not request.
var typesM = []adapter.ColumnType{
	adapter.TypeInt32, adapter.TypeText, adapter.TypeInt32, adapter.TypeInt32, adapter.TypeText,
	adapter.TypeInt32, adapter.TypeDateTime, adapter.TypeDate, adapter.TypeTime, adapter.TypeDateTime,
	adapter.TypeNumeric, adapter.TypeText, adapter.TypeBytes, adapter.TypeInt64, adapter.TypeDouble,
	adapter.TypeFloat, adapter.TypeInt64, adapter.TypeInt64, adapter.TypeInt32, adapter.TypeText,
	adapter.TypeText, adapter.TypeBytes, adapter.TypeText,
}

func TestRoundTripPrismaScalars(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, schemaM...)
	// MariaDB's JSON is text stored as given; MySQL 8 has a JSON type and
	// stores JSON normalised.
	jsonType, jsonValue := adapter.TypeText, `{"b":1,  "a":[1,2]}`
	if !d.isMariaDB(t) {
		jsonType, jsonValue = adapter.TypeJSON, `{"a": [1, 2], "b": 1}`
	}
	types := append([]adapter.ColumnType(nil), typesM...)
	types[11] = jsonType
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			d.exec(t, "DELETE FROM `M`")
			args := []any{
				name + "@x", "1", "2", "abc", true, utc("2024-01-02T03:04:05.678Z"), utc("2024-01-02T00:00:00Z"),
				utc("1970-01-01T03:04:05.678Z"), utc("2024-01-02T03:04:05.678Z"),
				"12345678901234567890.12345678901234567891", `{"b":1,  "a":[1,2]}`, []byte{1, 2, 3, 4},
				"9007199254740993", 1.1, 1.1, "4294967295", "18446744073709551615", int64(-128), "ADMIN",
				"多字节 ✓", []byte{0, 1}, "ab",
			}
			rs := mustQuery(t, a, typed(insertM, args, insertMTypes))
			if rs.LastInsertID == nil || *rs.LastInsertID <= 0 {
				t.Fatalf("LastInsertID = %v", rs.LastInsertID)
			}
			id := *rs.LastInsertID
			if diff := cmp.Diff(&adapter.ResultSet{Columns: []string{}, Types: []adapter.ColumnType{}, Rows: [][]any{}, LastInsertID: &id}, rs); diff != "" {
				t.Errorf("insert (-want +got):\n%s", diff)
			}

			got := mustQuery(t, a, typed(selectM, []any{id, "1", "0"}, []adapter.ArgType{{Scalar: adapter.ScalarInt, DBType: "INT"}, {Scalar: adapter.ScalarBigInt}, {Scalar: adapter.ScalarBigInt}}))
			want := &adapter.ResultSet{
				Columns: columnsM,
				Types:   types,
				Rows: [][]any{{
					id, name + "@x", int64(1), int64(2), "abc", int64(1), "2024-01-02T03:04:05.678+00:00", utc("2024-01-02T00:00:00Z"),
					utc("1970-01-01T03:04:05.678Z"), "2024-01-02T03:04:05.678+00:00",
					"12345678901234567890.123456789012345678910000000000", jsonValue, []byte{1, 2, 3, 4},
					int64(9007199254740993), 1.1, 1.100000023841858, int64(4294967295), "18446744073709551615", int64(-128), "ADMIN",
					"多字节 ✓", []byte{0, 1}, "ab",
				}},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("select (-want +got):\n%s", diff)
			}
			got = mustQuery(t, a, q("SELECT * FROM `M`"))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("select * (-want +got):\n%s", diff)
			}

			// NULL in every nullable column, empty strings and bytes stay
			// distinct from NULL.
			args = make([]any, len(insertMTypes))
			args[0] = name + "@null"
			rs = mustQuery(t, a, typed(insertM, args, insertMTypes))
			got = mustQuery(t, a, typed(selectM, []any{*rs.LastInsertID, int64(1), int64(0)}, nil))
			for i, v := range got.Rows[0][2:] {
				if v != nil {
					t.Errorf("column %s: got %#v, want nil", columnsM[i+2], v)
				}
			}
			mustExec(t, a, q("UPDATE `M` SET `txt` = ?, `by` = ?, `name` = ? WHERE `id` = ?", "", []byte{}, "", *rs.LastInsertID))
			got = mustQuery(t, a, q("SELECT `txt`, `by`, `name`, `ch` FROM `M` WHERE `id` = ?", *rs.LastInsertID))
			if diff := cmp.Diff([][]any{{"", []byte{}, "", nil}}, got.Rows); diff != "" {
				t.Errorf("empty values (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRawTypes checks values and column types of expressions, as
// @prisma/adapter-mariadb reports them (prisma-ref, MariaDB 10.11).
func TestRawTypes(t *testing.T) {
	d := newTestDB(t)
	const sql = "SELECT 1.5 AS a, CAST(1 AS UNSIGNED) AS b, NULL AS c, JSON_OBJECT('a', 1) AS d, NOW(3) > '2000-01-01' AS e," +
		" CAST('2024-01-02' AS DATE) AS f, CAST('838:00:00' AS TIME) AS g, X'0102' AS h, 'abc' AS i, CAST(1.5 AS FLOAT) AS j," +
		" b'101' AS k, 2024 AS l, CAST(18446744073709551615 AS UNSIGNED) AS m, CAST('-01:02:03.5' AS TIME(1)) AS n," +
		" CAST('23:59:59.999999' AS TIME(6)) AS o, CAST('2024-02-29 23:59:59.123456' AS DATETIME(6)) AS p, 1e300 AS q," +
		" CAST(-9223372036854775808 AS SIGNED) AS r, _utf8mb4'✓' COLLATE utf8mb4_bin AS s, CAST('x' AS BINARY(2)) AS t," +
		" CAST(NULL AS CHAR) AS u, 9223372036854775807 + 0 AS v"
	want := &adapter.ResultSet{
		Columns: strings.Fields("a b c d e f g h i j k l m n o p q r s t u v"),
		Types: []adapter.ColumnType{
			adapter.TypeNumeric, adapter.TypeInt64, adapter.TypeInt32, adapter.TypeText, adapter.TypeInt32,
			adapter.TypeDate, adapter.TypeTime, adapter.TypeBytes, adapter.TypeText, adapter.TypeFloat,
			adapter.TypeBytes, adapter.TypeInt32, adapter.TypeInt64, adapter.TypeTime, adapter.TypeTime,
			adapter.TypeDateTime, adapter.TypeDouble, adapter.TypeInt64, adapter.TypeText, adapter.TypeBytes,
			adapter.TypeText, adapter.TypeInt64,
		},
		Rows: [][]any{{
			"1.5", int64(1), nil, `{"a": 1}`, int64(1), utc("2024-01-02T00:00:00Z"), "838:00:00", []byte{1, 2}, "abc", 1.5,
			[]byte{5}, int64(2024), "18446744073709551615", "-01:02:03.5", utc("1970-01-01T23:59:59.999999Z"),
			"2024-02-29T23:59:59.123+00:00", 1e300, int64(-9223372036854775808), "✓", []byte{'x', 0}, nil,
			int64(9223372036854775807),
		}},
	}
	if !d.isMariaDB(t) {
		want.Types[3] = adapter.TypeJSON // JSON_OBJECT is of type JSON on MySQL 8
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			got := mustQuery(t, a, q(sql))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("text protocol (-want +got):\n%s", diff)
			}
			// With an argument, the statement is prepared: binary protocol.
			got = mustQuery(t, a, q(sql+", ? AS w", int64(7)))
			w := *want
			w.Columns = append(append([]string(nil), want.Columns...), "w")
			w.Types = append(append([]adapter.ColumnType(nil), want.Types...), adapter.TypeInt64)
			w.Rows = [][]any{append(append([]any(nil), want.Rows[0]...), int64(7))}
			if diff := cmp.Diff(&w, got); diff != "" {
				t.Errorf("binary protocol (-want +got):\n%s", diff)
			}
		})
	}
}

// TestArguments binds every argument shape the executor produces.
func TestArguments(t *testing.T) {
	d := newTestDB(t)
	d.exec(t, "CREATE TABLE v (id INT PRIMARY KEY AUTO_INCREMENT, i BIGINT, u BIGINT UNSIGNED, dec65 DECIMAL(65,30), dt DATETIME(6), d DATE, tm TIME(6), b LONGBLOB, bo BOOLEAN, j JSON, f DOUBLE)")
	big := "-12345678901234567890123456789012345.123456789012345678901234567890"
	cases := []struct {
		name, col string
		arg       any
		typ       adapter.ArgType
		want      any
	}{
		{"bigint string", "i", "9223372036854775807", adapter.ArgType{Scalar: adapter.ScalarBigInt}, int64(9223372036854775807)},
		{"int", "i", int64(-5), adapter.ArgType{Scalar: adapter.ScalarInt}, int64(-5)},
		{"unsigned string", "u", "18446744073709551615", adapter.ArgType{Scalar: adapter.ScalarBigInt, DBType: "UNSIGNEDBIGINT"}, "18446744073709551615"},
		{"decimal exact", "dec65", big, adapter.ArgType{Scalar: adapter.ScalarDecimal}, big},
		{"decimal from float", "dec65", 0.5, adapter.ArgType{Scalar: adapter.ScalarDecimal}, "0.500000000000000000000000000000"},
		{"datetime", "dt", utc("2024-02-29T23:59:59.123456Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATETIME"}, "2024-02-29T23:59:59.123+00:00"},
		{"datetime string", "dt", "2024-01-02T03:04:05.678+01:00", adapter.ArgType{Scalar: adapter.ScalarDateTime}, "2024-01-02T02:04:05.678+00:00"},
		{"date", "d", utc("2024-01-02T23:00:00Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "DATE"}, utc("2024-01-02T00:00:00Z")},
		{"time", "tm", utc("2024-01-02T03:04:05.5Z"), adapter.ArgType{Scalar: adapter.ScalarDateTime, DBType: "TIME"}, utc("1970-01-01T03:04:05.5Z")},
		{"bytes", "b", []byte{0, 255, '\\', '\''}, adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 255, '\\', '\''}},
		{"bytes base64", "b", "AP8=", adapter.ArgType{Scalar: adapter.ScalarBytes}, []byte{0, 255}},
		{"bool", "bo", true, adapter.ArgType{Scalar: adapter.ScalarBoolean}, int64(1)},
		{"json", "j", `{"x": [1, 2.50, "é\"'"]}`, adapter.ArgType{Scalar: adapter.ScalarJSON, DBType: "JSON"}, `{"x": [1, 2.50, "é\"'"]}`},
		{"float", "f", 1e-300, adapter.ArgType{Scalar: adapter.ScalarFloat}, 1e-300},
		{"null", "i", nil, adapter.ArgType{Scalar: adapter.ScalarInt}, nil},
	}
	for name, a := range d.adapters(t) {
		t.Run(name, func(t *testing.T) {
			for _, c := range cases {
				rs, err := a.Query(context.Background(), typed("INSERT INTO v ("+c.col+") VALUES (?)", []any{c.arg}, []adapter.ArgType{c.typ}))
				if err != nil {
					t.Errorf("%s: %v", c.name, err)
					continue
				}
				got := mustQuery(t, a, q("SELECT "+c.col+" FROM v WHERE id = ?", *rs.LastInsertID))
				if diff := cmp.Diff([][]any{{c.want}}, got.Rows); diff != "" {
					t.Errorf("%s (-want +got):\n%s", c.name, diff)
				}
			}
			// An integer given as a string compares as an integer, not as a
			// double (9007199254740993 is not 9007199254740992).
			mustExec(t, a, q("DELETE FROM v"))
			mustExec(t, a, q("INSERT INTO v (i) VALUES (9007199254740993)"))
			got := mustQuery(t, a, typed("SELECT COUNT(*) AS n FROM v WHERE i = ?", []any{"9007199254740992"}, []adapter.ArgType{{Scalar: adapter.ScalarBigInt}}))
			if diff := cmp.Diff([][]any{{int64(0)}}, got.Rows); diff != "" {
				t.Errorf("bigint comparison (-want +got):\n%s", diff)
			}
			// Lists have no MySQL representation.
			_, err := a.Query(context.Background(), typed("SELECT ?", []any{[]any{"a"}}, []adapter.ArgType{{Scalar: adapter.ScalarString, List: true}}))
			if e := adapterError(t, err); e.Kind != adapter.InvalidInputValue {
				t.Errorf("list argument: %v", err)
			}
		})
	}
}
