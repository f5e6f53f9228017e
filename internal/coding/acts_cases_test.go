package coding

import "testing"

// TestActsCases runs testdata/acts_cases.txt through the full chain (the
// real actor linker and place resolver): material acts (a halt of ties, a
// seizure, arms sent, fighters evacuated) coded with their parties, and the
// look-alike sentences that are no such act.
func TestActsCases(t *testing.T) {
	if cases := runChainCases(t, "testdata/acts_cases.txt"); len(cases) < 5 {
		t.Errorf("acts_cases.txt has %d cases, want at least 5", len(cases))
	}
}
