package sqlitecore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/noengine/noengine/adapter"
)

func TestJSParse(t *testing.T) {
	ints := map[string]float64{"42": 42, " -7x": -7, "0x1f": 31, "12.9": 12, "+3": 3}
	for s, want := range ints {
		if got, ok := JSParseInt(s); !ok || got != want {
			t.Errorf("JSParseInt(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	if _, ok := JSParseInt("x"); ok {
		t.Error(`JSParseInt("x") is not NaN`)
	}
	floats := map[string]float64{"2.5": 2.5, "1e3": 1000, " .5abc": 0.5, "-Infinity": math.Inf(-1), "1e": 1, "7.": 7}
	for s, want := range floats {
		if got, ok := JSParseFloat(s); !ok || got != want {
			t.Errorf("JSParseFloat(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "abc", ".", "-"} {
		if _, ok := JSParseFloat(s); ok {
			t.Errorf("JSParseFloat(%q) is not NaN", s)
		}
	}
}

func TestDeclaredTypeIgnoresCase(t *testing.T) {
	for _, decl := range []string{"datetime", "DATETIME", "DateTime"} {
		if got, ok := DeclaredType(decl); !ok || got != adapter.TypeDateTime {
			t.Errorf("DeclaredType(%q) = %v, %v; want DateTime", decl, got, ok)
		}
	}
	if _, ok := DeclaredType("VARCHAR(10)"); ok {
		t.Error(`"VARCHAR(10)" is declared; Prisma matches whole type names only`)
	}
}

func TestParseCode(t *testing.T) {
	tests := map[string]int{
		"2067": 2067, "1": 1, "SQLITE_CONSTRAINT_UNIQUE": 2067, "SQLITE_CONSTRAINT": 19, "SQLITE_CONSTRAINT_PRIMARYKEY": 1555,
		"UNKNOWN_SQLITE_ERROR_773": 773, "SQLITE_BUSY_TIMEOUT": 773, "SQLITE_ERROR": 1,
	}
	for s, want := range tests {
		if got, ok := ParseCode(s); !ok || got != want {
			t.Errorf("ParseCode(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "-1", "SQLITE_NOPE", "SQL_PARSE_ERROR", "UNKNOWN_SQLITE_ERROR_x"} {
		if got, ok := ParseCode(s); ok {
			t.Errorf("ParseCode(%q) = %d, want no code", s, got)
		}
	}
}

func TestCodeFromMessage(t *testing.T) {
	tests := map[string]int{
		"UNIQUE constraint failed: User.email":           2067,
		"NOT NULL constraint failed: User.email":         1299,
		"FOREIGN KEY constraint failed":                  787,
		"CHECK constraint failed: positive":              275,
		"database is locked":                             5,
		"database table is locked":                       6,
		"interrupted":                                    9,
		"no such table: nope":                            1,
		`near "SELEC": syntax error`:                     1,
		"attempt to write a readonly database":           8,
		"this message mentions UNIQUE constraint failed": 1,
	}
	for msg, want := range tests {
		if got := CodeFromMessage(msg); got != want {
			t.Errorf("CodeFromMessage(%q) = %d, want %d", msg, got, want)
		}
	}
}

// The libsql style: OriginalCode is the extended code in decimal and
// unclassified errors keep their code, as in @prisma/adapter-libsql's tests.
func TestClassifyCodeNumbers(t *testing.T) {
	tests := []struct {
		code int
		msg  string
		want string
	}{
		{2067, "UNIQUE constraint failed: app_major_versions.appId, app_major_versions.number",
			`{"originalCode":"2067","originalMessage":"UNIQUE constraint failed: app_major_versions.appId, app_major_versions.number","kind":"UniqueConstraintViolation","constraint":{"fields":["appId","number"]},"table":"app_major_versions"}`},
		{2067, "UNIQUE constraint failed: index 'users_email_idx'",
			`{"originalCode":"2067","originalMessage":"UNIQUE constraint failed: index 'users_email_idx'","kind":"UniqueConstraintViolation","constraint":{"fields":["index 'users_email_idx'"]}}`},
		{1, `near "SELEC": syntax error`,
			`{"originalCode":"1","originalMessage":"near \"SELEC\": syntax error","kind":"sqlite","extendedCode":1,"message":"near \"SELEC\": syntax error"}`},
		{10 | 35<<8, "disk I/O error",
			`{"originalCode":"8970","originalMessage":"disk I/O error","kind":"sqlite","extendedCode":8970,"message":"disk I/O error"}`},
		{5 | 3<<8, "database is locked", `{"originalCode":"773","originalMessage":"database is locked","kind":"SocketTimeout"}`},
		{1, "no such table: nope", `{"originalCode":"1","originalMessage":"no such table: nope","kind":"TableDoesNotExist","table":"nope"}`},
	}
	for _, tt := range tests {
		got, _ := json.Marshal(Classify(tt.code, tt.msg, nil, CodeNumbers))
		if s := unescapeHTML(string(got)); s != tt.want {
			t.Errorf("Classify(%d, %q):\n got %s\nwant %s", tt.code, tt.msg, s, tt.want)
		}
	}
}

func unescapeHTML(s string) string {
	return strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(s)
}

func TestChangesRows(t *testing.T) {
	tests := map[string]bool{
		"INSERT INTO t VALUES (1)": true, "  update t set a = 1": true, "DELETE FROM t": true, "REPLACE INTO t VALUES (1)": true,
		"WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x": true, "-- c\n/* d */ insert into t values (1)": true,
		"SELECT 1": false, "CREATE TABLE t (a)": false, "PRAGMA foreign_keys": false, "": false, "/* unclosed": false,
	}
	for sql, want := range tests {
		if got := ChangesRows(sql); got != want {
			t.Errorf("ChangesRows(%q) = %v, want %v", sql, got, want)
		}
	}
}

// A result wider than the preallocated blank declared types (256 columns)
// is read with its values as stored.
func TestReadRowsWideResult(t *testing.T) {
	db, err := sql.Open(DriverName, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	var cols []string
	for i := range 300 {
		cols = append(cols, fmt.Sprintf("c%d DATETIME", i))
	}
	if _, err := db.ExecContext(ctx, "CREATE TABLE w ("+strings.Join(cols, ", ")+")"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO w (c0, c299) VALUES ('2024-01-02 03:04:05', 1000)"); err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var rs *adapter.ResultSet
	err = conn.Raw(func(dc any) error {
		rows, err := dc.(driver.QueryerContext).QueryContext(ctx, "SELECT * FROM w", nil)
		if err != nil {
			return err
		}
		defer rows.Close()
		rs, err = ReadRows(rows, DeclTypes)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.Rows) != 1 || rs.Rows[0][0] != "2024-01-02 03:04:05" || rs.Rows[0][299] != "1970-01-01T00:00:01.000Z" || rs.Types[299] != adapter.TypeDateTime {
		t.Errorf("row %v, types %v", rs.Rows[0][:2], rs.Types[:2])
	}
}

func TestConvertDecimalText(t *testing.T) {
	c := &ArgConverter{Prefix: "test"}
	dec := adapter.ArgType{Scalar: adapter.ScalarDecimal}
	tests := []struct {
		in   string
		want driver.Value
	}{
		{"1.25", 1.25},
		{"-3", -3.0},
		// SQLite has no NaN: a NaN double is stored as NULL, as Prisma's
		// SQLite adapters bind it.
		{"NaN", nil},
	}
	for _, tc := range tests {
		got, err := c.Convert(tc.in, dec)
		if err != nil || got != tc.want {
			t.Errorf("Convert(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	if _, err := c.Convert("abc", dec); err == nil {
		t.Error(`Convert("abc") succeeded; text that is no number must be rejected`)
	} else if e, ok := adapter.AsError(err); !ok || e.Kind != adapter.InvalidInputValue {
		t.Errorf(`Convert("abc") = %v, want an InvalidInputValue error`, err)
	}
}
