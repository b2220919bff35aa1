package sqliteadapter

import (
	"time"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// AppendISO8601 appends t as Prisma's SQLite adapters write a DateTime in the
// iso8601 format: JavaScript's date.toISOString() with "Z" replaced by
// "+00:00", e.g. "2024-05-06T07:08:09.123+00:00". The time is converted to
// UTC and truncated to milliseconds; years outside 0..9999 use JavaScript's
// six-digit signed form ("+010000", "-000001").
func AppendISO8601(b []byte, t time.Time) []byte { return sqlitecore.AppendISO8601(b, t) }
