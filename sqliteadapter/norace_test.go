//go:build !race

package sqliteadapter_test

const raceEnabled = false
