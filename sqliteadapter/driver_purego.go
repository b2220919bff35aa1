//go:build !cgo

package sqliteadapter

import (
	_ "modernc.org/sqlite" // registers "sqlite"

	"github.com/noengine/noengine/internal/sqlitecore"
)

// DriverName is the database/sql driver [Open] uses: in builds without cgo,
// "sqlite", modernc.org/sqlite (pure Go); with cgo, "sqlite3",
// github.com/mattn/go-sqlite3 (the C SQLite library).
const DriverName = sqlitecore.DriverName
