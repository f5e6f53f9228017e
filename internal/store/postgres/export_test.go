package postgres

import "testing"

// OpenTest opens a store in a fresh schema of the test server (skipping
// without one), for the tests of package postgres_test.
func OpenTest(tb testing.TB) *Store {
	s, _ := openTest(tb, Options{})
	return s
}
