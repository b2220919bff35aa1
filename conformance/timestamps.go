package conformance

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noengine/noengine/adapter"
)

// Timestamp formats of SQLite-family adapters.
const (
	FormatISO8601     = "iso8601"
	FormatUnixEpochMS = "unixepoch-ms"
)

// runTimestampFormats checks how a SQLite-family adapter stores DateTime
// values (issue 5, item 3): what it writes, that it reads both formats, and
// that comparisons work within its format.
func (s *suite) runTimestampFormats(t *testing.T) {
	if s.p != sqlite {
		t.Skipf("only SQLite and libSQL store DateTime as text or integers; %s has a timestamp type", s.p)
	}
	switch s.caps.TimestampFormat {
	case FormatISO8601, FormatUnixEpochMS:
	case "":
		t.Skip("the adapter does not declare Capabilities.TimestampFormat (iso8601 or unixepoch-ms)")
	default:
		t.Fatalf("Capabilities.TimestampFormat %q is neither %q nor %q", s.caps.TimestampFormat, FormatISO8601, FormatUnixEpochMS)
	}
	t.Run("Written", s.testTimestampWritten)
	t.Run("ReadISO8601", s.testReadISO8601)
	t.Run("ReadUnixEpochMS", s.testReadUnixEpochMS)
	t.Run("Compare", s.testTimestampCompare)
}

var tsValues = []time.Time{
	time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.UTC),
	time.Date(1990, 1, 1, 0, 0, 0, 123_000_000, time.UTC),     // 631152000123 ms: below 1e12, where some drivers guess seconds
	time.Date(1969, 7, 20, 20, 17, 40, 500_000_000, time.UTC), // negative
	time.Date(2024, 1, 1, 0, 30, 0, 0, ist),                   // not UTC
}

func (s *suite) testTimestampWritten(t *testing.T) {
	e := s.newEnv(t)
	e.createTable("conf_ts", "id INTEGER PRIMARY KEY", "at DATETIME")
	for i, v := range tsValues {
		e.exec(e.a, "INSERT INTO conf_ts (id, at) VALUES (?, ?)", bind(int64(i), adapter.ScalarInt), bind(v, adapter.ScalarDateTime))
	}
	// CASE hides the declared type, so that the value comes back as stored.
	rs := e.query(e.a, "SELECT typeof(at), CASE WHEN 1 THEN at END FROM conf_ts ORDER BY id")
	var want [][]any
	for _, v := range tsValues {
		if s.caps.TimestampFormat == FormatISO8601 {
			// JavaScript's date.toISOString().replace('Z', '+00:00').
			want = append(want, []any{"text", v.UTC().Format("2006-01-02T15:04:05.000") + "+00:00"})
		} else {
			want = append(want, []any{"integer", v.UnixMilli()})
		}
	}
	if diff := cmp.Diff(want, rs.Rows); diff != "" {
		t.Errorf("stored typeof(at), at (-want +got):\n%s", diff)
	}
}

func (s *suite) testReadISO8601(t *testing.T) {
	e := s.newEnv(t)
	e.createTable("conf_ts", "id INTEGER PRIMARY KEY", "at DATETIME")
	// Text DateTime values are returned as stored (the executor normalises
	// them, as Prisma's data mapper does), whatever format the adapter
	// writes.
	stored := []string{"2024-05-06T07:08:09.123+00:00", "1969-07-20T20:17:40.500+00:00", "2024-05-06 07:08:09", "2024-05-06T07:08:09Z"}
	for i, v := range stored {
		e.exec(e.a, "INSERT INTO conf_ts (id, at) VALUES ("+strconv.Itoa(i)+", '"+v+"')")
	}
	rs := e.query(e.a, "SELECT at FROM conf_ts ORDER BY id")
	var want [][]any
	for _, v := range stored {
		want = append(want, []any{v})
	}
	if diff := cmp.Diff(want, rs.Rows); diff != "" {
		t.Errorf("text DATETIME values (-want +got):\n%s", diff)
	}
	if rs.Types[0] != adapter.TypeDateTime {
		t.Errorf("column type %v, want DateTime", rs.Types[0])
	}
}

func (s *suite) testReadUnixEpochMS(t *testing.T) {
	e := s.newEnv(t)
	e.createTable("conf_ts", "id INTEGER PRIMARY KEY", "at DATETIME")
	// Integers in a DATETIME column are Unix milliseconds, as Prisma's Rust
	// engine wrote them, whatever their size.
	for i, v := range tsValues {
		e.exec(e.a, "INSERT INTO conf_ts (id, at) VALUES ("+strconv.Itoa(i)+", "+strconv.FormatInt(v.UnixMilli(), 10)+")")
	}
	rs := e.query(e.a, "SELECT at FROM conf_ts ORDER BY id")
	tt := typeTest{name: "DateTime", scalar: adapter.ScalarDateTime}
	for i, v := range tsValues {
		got, err := s.canon(tt, rs.Rows[i][0], false)
		if err != nil {
			t.Errorf("%d ms: %v", v.UnixMilli(), err)
			continue
		}
		if want, _ := s.canon(tt, v, true); got != want {
			t.Errorf("%d ms read as %s (%s), want %s", v.UnixMilli(), got, describe(rs.Rows[i][0]), want)
		}
	}
}

func (s *suite) testTimestampCompare(t *testing.T) {
	e := s.newEnv(t)
	e.createTable("conf_ts", "id INTEGER PRIMARY KEY", "at DATETIME")
	times := []time.Time{
		time.Date(1969, 12, 31, 23, 59, 59, 999_000_000, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 5, 6, 7, 8, 9, 123_000_000, time.UTC),
		time.Date(2024, 5, 6, 7, 8, 9, 124_000_000, time.UTC),
		time.Date(2024, 5, 6, 12, 0, 0, 0, time.FixedZone("", 9*3600)), // 03:00Z, before the previous two
	}
	for i, v := range times {
		e.exec(e.a, "INSERT INTO conf_ts (id, at) VALUES (?, ?)", bind(int64(i), adapter.ScalarInt), bind(v, adapter.ScalarDateTime))
	}
	ids := func(rs *adapter.ResultSet) []int64 {
		out := []int64{}
		for _, r := range rs.Rows {
			n, _ := r[0].(int64)
			out = append(out, n)
		}
		return out
	}
	dt := func(v time.Time) arg { return bind(v, adapter.ScalarDateTime) }
	checks := []struct {
		name string
		sql  string
		args []arg
		want []int64
	}{
		{"order", "SELECT id FROM conf_ts ORDER BY at", nil, []int64{0, 1, 4, 2, 3}},
		{"gt", "SELECT id FROM conf_ts WHERE at > ? ORDER BY at", []arg{dt(times[2])}, []int64{3}},
		{"gte", "SELECT id FROM conf_ts WHERE at >= ? ORDER BY at", []arg{dt(times[2])}, []int64{2, 3}},
		{"lt before 1970", "SELECT id FROM conf_ts WHERE at < ? ORDER BY at", []arg{dt(times[1])}, []int64{0}},
		{"equals", "SELECT id FROM conf_ts WHERE at = ?", []arg{dt(times[3])}, []int64{3}},
		{"equals from another zone", "SELECT id FROM conf_ts WHERE at = ?", []arg{dt(times[4].In(pst))}, []int64{4}},
		{"between", "SELECT id FROM conf_ts WHERE at >= ? AND at < ? ORDER BY at", []arg{dt(times[1]), dt(times[3])}, []int64{1, 4, 2}},
		{"max", "SELECT id FROM conf_ts WHERE at = (SELECT max(at) FROM conf_ts)", nil, []int64{3}},
	}
	for _, c := range checks {
		rs := e.query(e.a, c.sql, c.args...)
		if diff := cmp.Diff(c.want, ids(rs)); diff != "" {
			t.Errorf("%s: %s (-want +got):\n%s", c.name, c.sql, diff)
		}
	}
}
