package coding

import "testing"

// TestReferenceJoins checks that a trigger a demonstrative points back with
// («وتأتي هذه الزيارة», «وتبنى هذا الهجوم») adds its sentence to the
// happening told before instead of making another event, and that an act
// told without one («وفي حادث آخر، هاجم مسلحون …») stays its own event.
func TestReferenceJoins(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text     string
		typ      string
		want     int // events of type typ
		evidence int // evidence sentences of the first one
	}{
		{"زار وفد أمريكي مدينة منبج يوم الخميس والتقى قادة المجلس العسكري. وتأتي هذه الزيارة بعد أسبوع من تهديدات تركية للمدينة.", "CONSULT", 1, 2},
		{"قصفت طائرات حربية سوق البلدة يوم الأحد، ما أسفر عن مقتل خمسة مدنيين. وتبنى تنظيم داعش هذا الهجوم في بيان نشره على الإنترنت.", "ASSAULT", 1, 2},
		// the earlier attack named after «بعد» is another happening
		{"قصفت طائرات حربية سوق البلدة يوم الأحد، ما أسفر عن مقتل خمسة مدنيين. وتأتي هذه الغارة بعد يومين من هجوم للمسلحين على حاجز للجيش.", "ASSAULT", 2, 2},
		{"قصفت طائرات حربية سوق البلدة يوم الأحد. وفي حادث آخر، هاجم مسلحون حاجزا للشرطة في مدينة أخرى يوم الاثنين.", "ASSAULT", 2, 1},
	}
	for _, tc := range cases {
		got, all := chainEventsOf(t, an, tc.text, tc.typ)
		if len(got) != tc.want || (len(got) > 0 && len(got[0].Evidence) != tc.evidence) {
			t.Errorf("Analyze(%s) = %s, want %d %s events, the first with %d evidence sentences", tc.text, all, tc.want, tc.typ, tc.evidence)
		}
	}
}
