package coding

import "testing"

// TestAssaultPrecision13Cases runs testdata/assault_precision13_cases.txt:
// deaths in accidents, «إيقاف إطلاق النار», rules of engagement, a toll
// «ومذاك» and an attack only threatened are no ASSAULT (the precision13
// sense rules and lists of the lexicon); the guards keep real attacks.
func TestAssaultPrecision13Cases(t *testing.T) {
	runCoderCases(t, "testdata/assault_precision13_cases.txt")
}
