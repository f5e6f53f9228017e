package coding

import "testing"

// TestRoadCut runs testdata/coerce_state_cases.txt through the full chain
// (the real actor linker: the rules ask who cut the road): a supply line
// cut on a road and a road cut by fighters are no protest, the latter a
// restriction; protesters blocking a road stay a protest
// (coerce_roadblock.go).
func TestRoadCut(t *testing.T) {
	if cases := runChainCases(t, "testdata/coerce_state_cases.txt"); len(cases) < 3 {
		t.Errorf("coerce_state_cases.txt has %d cases, want at least 3", len(cases))
	}
}
