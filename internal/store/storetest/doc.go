// Package storetest is the one conformance suite for marsad.Store engines.
// Each engine's tests call Run with a function that opens a fresh, empty
// store; the suite checks every method of the contract the same way for
// SQLite and PostgreSQL.
package storetest
