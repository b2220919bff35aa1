package sqlitecore

import "time"

// TimestampFormat selects how DateTime arguments are written. Both formats are
// always read.
type TimestampFormat uint8

const (
	// TimestampISO8601 writes TEXT such as "2024-05-06T07:08:09.123+00:00":
	// UTC, three fraction digits, as JavaScript's
	// date.toISOString().replace('Z', '+00:00'). This is Prisma 7's default.
	TimestampISO8601 TimestampFormat = iota
	// TimestampUnixEpochMS writes an INTEGER of milliseconds since the Unix
	// epoch, the format of Prisma's Rust query engine.
	TimestampUnixEpochMS
)

// String returns Prisma's name of the format: "iso8601" or "unixepoch-ms".
func (f TimestampFormat) String() string {
	switch f {
	case TimestampISO8601:
		return "iso8601"
	case TimestampUnixEpochMS:
		return "unixepoch-ms"
	}
	return "unknown"
}

// FormatISOString formats t as JavaScript's date.toISOString() does
// ("2024-05-06T07:08:09.123Z"): how Prisma's SQLite adapters return a
// DateTime stored as Unix milliseconds.
func FormatISOString(t time.Time) string {
	var buf [40]byte
	b := AppendISO8601(buf[:0], t)
	return string(append(b[:len(b)-len("+00:00")], 'Z'))
}

// AppendISO8601 appends t as Prisma's SQLite adapters write a DateTime in the
// iso8601 format: JavaScript's date.toISOString() with "Z" replaced by
// "+00:00", e.g. "2024-05-06T07:08:09.123+00:00". The time is converted to
// UTC and truncated to milliseconds; years outside 0..9999 use JavaScript's
// six-digit signed form ("+010000", "-000001").
func AppendISO8601(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	ms := t.Nanosecond() / int(time.Millisecond)
	switch {
	case year >= 0 && year <= 9999:
		b = appendPad(b, year, 4)
	case year < 0:
		b = append(b, '-')
		b = appendPad(b, -year, 6)
	default:
		b = append(b, '+')
		b = appendPad(b, year, 6)
	}
	b = append(b, '-')
	b = appendPad(b, int(month), 2)
	b = append(b, '-')
	b = appendPad(b, day, 2)
	b = append(b, 'T')
	b = appendPad(b, hour, 2)
	b = append(b, ':')
	b = appendPad(b, min, 2)
	b = append(b, ':')
	b = appendPad(b, sec, 2)
	b = append(b, '.')
	b = appendPad(b, ms, 3)
	return append(b, "+00:00"...)
}

func appendPad(b []byte, v, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// ParseDateTimeArg parses a DateTime given as a string, as JavaScript's Date
// constructor would for the ISO shapes Prisma produces. A value without a
// zone is taken as UTC.
func ParseDateTimeArg(s string) (time.Time, bool) {
	layouts := [...]string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05.999999999",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999",
		"2006-01-02",
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
