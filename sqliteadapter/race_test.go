//go:build race

package sqliteadapter_test

// raceEnabled: the race detector instruments modernc.org/sqlite (Go code)
// but not go-sqlite3 (C), which makes the former many times slower.
const raceEnabled = true
