package coding

import "testing"

// TestCoerceStateCases runs testdata/coerce_state_cases.txt through the
// full chain (the real actor linker: the road rules ask who cut the road):
// a supply line cut on a road and a road cut by fighters are no protest,
// the latter a restriction, and protesters blocking a road stay a protest
// (coerce_roadblock.go); a coercion named as a need is no act (the ninth
// session's senses in data/lexicon_more.yaml).
func TestCoerceStateCases(t *testing.T) {
	if cases := runChainCases(t, "testdata/coerce_state_cases.txt"); len(cases) < 4 {
		t.Errorf("coerce_state_cases.txt has %d cases, want at least 4", len(cases))
	}
}
