//go:build !cgo

package sqliteadapter

import (
	"errors"

	"modernc.org/sqlite"
)

// driverErrorReachable reports whether modernc.org/sqlite's error is in
// err's chain.
func driverErrorReachable(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se)
}
