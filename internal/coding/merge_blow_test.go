package coding

import "testing"

// TestBlowTollJoins checks that an attack and its toll or damage told in
// one sentence — after an outcome verb, or as the cause after the toll —
// are one ASSAULT event even when the two readings name its parties or
// places apart, and that the cause names who struck.
func TestBlowTollJoins(t *testing.T) {
	an := chainAnalyzer(t)
	runBlowCases(t, an, []blowCase{
		// the strike, then what it caused, in two places of one sentence
		{"شنت طائرات الجيش غارات على مواقع للمسلحين في قرية الوادي وبلدة التل يوم الثلاثاء، ما أسفر عن سقوط قتلى في صفوفهم وتدمير آليات عسكرية.", 1, ""},
		// the toll, then the strike that caused it: the strike's party acts
		{"وكانت وكالة سبأ أعلنت مقتل القيادي الحوثي صالح الأحمد الخميس في غارة للتحالف العربي على محافظة الحديدة.", 1, "التحالف العربي"},
		{"قالت مصادر إن ميليشيات الحوثي تعيش حال استنفار بعد ساعات من الإعلان عن مقتل القيادي الحوثي صالح الأحمد، مع قادة آخرين، في غارات للتحالف.", 1, "التحالف"},
	})
}

// blowCase is a sentence and the ASSAULT events it must give: how many,
// and the first one's actor ("" for any).
type blowCase struct {
	text  string
	want  int
	actor string
}

// runBlowCases checks each case's ASSAULT events through the whole chain.
func runBlowCases(t *testing.T, an *Analyzer, cases []blowCase) {
	t.Helper()
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, "ASSAULT")
		ok := len(got) == tc.want
		if ok && tc.actor != "" {
			ok = got[0].Actor != nil && got[0].Actor.Name == tc.actor
		}
		if !ok {
			t.Errorf("Analyze(%s) = %s, want %d ASSAULT events, the first by %q", tc.text, all, tc.want, tc.actor)
		}
	}
}
