package coding

import (
	"strconv"
	"testing"
	"time"
)

// TestAssaultPrecision13Cases runs testdata/assault_precision13_cases.txt:
// deaths in accidents, «إيقاف إطلاق النار», rules of engagement, a toll
// «ومذاك» and an attack only threatened are no ASSAULT (the precision13
// sense rules and lists of the lexicon); the guards keep real attacks.
func TestAssaultPrecision13Cases(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	cases := readCases(t, "testdata/assault_precision13_cases.txt")
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(strconv.Itoa(tc.line), func(t *testing.T) {
			all, _ := c.CodeText(tc.text, pub)
			if got, ok := matchCase(tc, all); !ok {
				t.Errorf("Code(%s) = %s, want %v", tc.text, describe(got), tc.events)
			}
		})
	}
}
