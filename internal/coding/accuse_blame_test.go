package coding

import "testing"

// TestAccuseCases runs testdata/accuse_cases.txt through the coder with
// the real actor linker and place resolver: an attack laid at a party's
// door is the speaker's accusation of that party; a blame, a threat of
// measures or a refusal of mediation coded with its parties.
func TestAccuseCases(t *testing.T) {
	if cases := runChainCases(t, "testdata/accuse_cases.txt"); len(cases) < 5 {
		t.Errorf("accuse_cases.txt has %d cases, want at least 5", len(cases))
	}
}
