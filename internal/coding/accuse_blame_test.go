package coding

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestAccuseCases runs testdata/accuse_cases.txt through the coder with
// the real actor linker and place resolver: an attack laid at a party's
// door is the speaker's accusation of that party.
func TestAccuseCases(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := readCases(t, "testdata/accuse_cases.txt")
	if len(cases) < 5 {
		t.Errorf("accuse_cases.txt has %d cases, want at least 5", len(cases))
	}
	for _, tc := range cases {
		t.Run(strconv.Itoa(tc.line), func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "a", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if got, ok := matchCase(tc, r.Events); !ok {
				t.Errorf("Analyze(%s) = %s, want %v", tc.text, describe(got), tc.events)
			}
		})
	}
}
