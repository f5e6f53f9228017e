package coding

import "testing"

// TestRound5RecallCases runs testdata/round5_recall_cases.txt through the
// full chain: the triggers of lexicon_round5.yaml (blame, suits,
// investigations begun, funding cut, crossings opened, security sweeps,
// roads blocked by protesters, judgements of the opinion rule) on sentences
// of their constructions, and the look-alikes that are no such event.
func TestRound5RecallCases(t *testing.T) {
	if cases := runChainCases(t, "testdata/round5_recall_cases.txt"); len(cases) < 10 {
		t.Errorf("round5_recall_cases.txt has %d cases, want at least 10", len(cases))
	}
}
