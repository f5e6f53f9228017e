package coding

import "testing"

// TestRecallCode5Cases runs testdata/recall_code5_cases.txt through the
// full chain: acts joined by «و» after a denial («ونفت … وهددت …», «،
// وردت بطرد …») are coded; what the denial holds is not.
func TestRecallCode5Cases(t *testing.T) {
	if cases := runChainCases(t, "testdata/recall_code5_cases.txt"); len(cases) < 4 {
		t.Errorf("recall_code5_cases.txt has %d cases, want at least 4", len(cases))
	}
}
