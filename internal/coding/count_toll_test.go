package coding

import "testing"

// TestCountTolls runs the toll cases of count_toll.go.
func TestCountTolls(t *testing.T) {
	runCoderCases(t, "testdata/count_cases.txt")
}

// TestTakeCount checks which toll a merged event keeps.
func TestTakeCount(t *testing.T) {
	n := func(v int) *int { return &v }
	for _, tc := range []struct {
		name           string
		o, e           coded
		want           int
		wantKilledKept bool
	}{
		{"none kept takes any", coded{}, coded{killed: false}, -1, false},
		{"the killed outrank the injured", mk(n(50), false), mk(n(12), true), 12, true},
		{"the injured never replace the killed", mk(n(12), true), mk(n(50), false), 12, true},
		{"a rising toll of the killed", mk(n(12), true), mk(n(20), true), 20, true},
		{"a larger count of the same kind", mk(n(3), false), mk(n(7), false), 7, false},
		{"an empty count takes the other", mk(nil, false), mk(n(5), true), 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o
			takeCount(&o, &tc.e)
			got := -1
			if o.Count != nil {
				got = *o.Count
			}
			if got != tc.want || o.killed != tc.wantKilledKept {
				t.Errorf("takeCount = %d killed=%v, want %d killed=%v", got, o.killed, tc.want, tc.wantKilledKept)
			}
		})
	}
}

func mk(n *int, killed bool) coded {
	c := coded{killed: killed}
	c.Count = n
	return c
}
