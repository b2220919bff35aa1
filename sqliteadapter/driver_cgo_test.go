//go:build cgo

package sqliteadapter

import (
	"errors"
	"testing"

	"github.com/mattn/go-sqlite3"

	"github.com/noengine/noengine/internal/sqlitecore"
)

func TestRawValuesSupported(t *testing.T) {
	if !sqlitecore.RawValuesSupported {
		t.Fatal("the go-sqlite3 version in go.mod has no SQLiteRows.decltype []string field: DATETIME text and Unix-millisecond values can no longer be read as stored; update internal/sqlitecore/mattn.go")
	}
}

// driverErrorReachable reports whether go-sqlite3's error is in err's chain.
func driverErrorReachable(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se)
}
