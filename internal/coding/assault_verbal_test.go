package coding

import (
	"strconv"
	"testing"
	"time"
)

// TestAssaultVerbalCases runs testdata/assault_verbal_cases.txt: «هاجم» of
// words read as ACCUSE, physical attacks told in speech kept as ASSAULT,
// and attacks told as a habit dropped (the sense rules of assault11 in
// lexicon_more.yaml).
func TestAssaultVerbalCases(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	cases := readCases(t, "testdata/assault_verbal_cases.txt")
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
