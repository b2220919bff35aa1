//go:build cgo

package sqliteadapter

import (
	_ "github.com/mattn/go-sqlite3" // registers "sqlite3"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// DriverName is the database/sql driver [Open] uses: in builds with cgo,
// "sqlite3", github.com/mattn/go-sqlite3 (the C SQLite library); without
// cgo, "sqlite", modernc.org/sqlite (pure Go).
const DriverName = sqlitecore.DriverName
