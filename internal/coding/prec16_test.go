package coding

import "testing"

// TestPrec16Cases runs testdata/prec16_cases.txt: acts dated months back by
// a month told between commas are history (prec16_paren_date.go); a month of
// this month, or one far off dating another clause, leaves the act news.
func TestPrec16Cases(t *testing.T) {
	runCoderCases(t, "testdata/prec16_cases.txt")
}
