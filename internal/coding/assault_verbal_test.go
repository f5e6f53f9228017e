package coding

import "testing"

// TestAssaultVerbalCases runs testdata/assault_verbal_cases.txt: «هاجم» of
// words read as ACCUSE, physical attacks told in speech kept as ASSAULT,
// and attacks told as a habit dropped (the sense rules of assault11 in
// lexicon_more.yaml).
func TestAssaultVerbalCases(t *testing.T) {
	runCoderCases(t, "testdata/assault_verbal_cases.txt")
}
