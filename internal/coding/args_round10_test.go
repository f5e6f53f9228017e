package coding

import "testing"

// TestRound10BareName: a conjunction or preposition glued to a country's
// name or a definite noun leaves the argument's name; a name that opens
// with the letter of its own keeps it.
func TestRound10BareName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"وفرنسا", "فرنسا"},
		{"وبريطانيا", "بريطانيا"},
		{"بالقاهرة", "القاهرة"},
		{"والحكومة الكندية", "الحكومة الكندية"},
		{"بكندا", "كندا"},
		{"للحوثيين", "الحوثيين"},
		{"لإيران", "إيران"},
		{"ولبنان", "لبنان"},
		{"لبنان", "لبنان"},
		{"ليبيا", "ليبيا"},
		{"واشنطن", "واشنطن"},
		{"وائل عباس", "وائل عباس"},
		{"والي الولاية", "والي الولاية"},
		{"والدة الطفل", "والدة الطفل"},
		{"بيروت", "بيروت"},
		{"بوتين", "بوتين"},
		{"وزير الخارجية", "وزير الخارجية"},
	}
	for _, tc := range cases {
		if got := bareName(tc.in); got != tc.want {
			t.Errorf("bareName(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
