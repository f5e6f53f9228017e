package coding

import "testing"

// TestReferenceJoins checks that a trigger a demonstrative points back with
// («وتأتي هذه الزيارة», «وتبنى هذا الهجوم») adds its sentence to the
// happening told before instead of making another event, and that an act
// told without one («وفي حادث آخر، هاجم مسلحون …») stays its own event.
func TestReferenceJoins(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []joinCase{
		{"زار وفد أمريكي مدينة منبج يوم الخميس والتقى قادة المجلس العسكري. وتأتي هذه الزيارة بعد أسبوع من تهديدات تركية للمدينة.", "CONSULT", 1, 2, 0},
		{"قصفت طائرات حربية سوق البلدة يوم الأحد، ما أسفر عن مقتل خمسة مدنيين. وتبنى تنظيم داعش هذا الهجوم في بيان نشره على الإنترنت.", "ASSAULT", 1, 2, 0},
		// the earlier attack named after «بعد» is another happening
		{"قصفت طائرات حربية سوق البلدة يوم الأحد، ما أسفر عن مقتل خمسة مدنيين. وتأتي هذه الغارة بعد يومين من هجوم للمسلحين على حاجز للجيش.", "ASSAULT", 2, 2, 0},
		{"قصفت طائرات حربية سوق البلدة يوم الأحد. وفي حادث آخر، هاجم مسلحون حاجزا للشرطة في مدينة أخرى يوم الاثنين.", "ASSAULT", 2, 1, 0},
	}
	runJoinCases(t, an, cases)
}

// joinCase is a text whose events of type typ are counted after joining:
// want of them, the first with evidence sentences and, when count > 0,
// that count.
type joinCase struct {
	text     string
	typ      string
	want     int // events of type typ
	evidence int // evidence sentences of the first one
	count    int // the first one's count, 0 for none wanted
}

// runJoinCases runs the chain on each case and checks the events of its
// type as joinCase describes.
func runJoinCases(t *testing.T, an *Analyzer, cases []joinCase) {
	t.Helper()
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, tc.typ)
		ok := len(got) == tc.want && (len(got) == 0 || len(got[0].Evidence) == tc.evidence)
		if ok && tc.count > 0 {
			ok = len(got) > 0 && got[0].Count != nil && *got[0].Count == tc.count
		}
		if !ok {
			t.Errorf("Analyze(%s) = %s, want %d %s events, the first with %d evidence sentences and count %d", tc.text, all, tc.want, tc.typ, tc.evidence, tc.count)
		}
	}
}
