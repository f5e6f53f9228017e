package coding

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestSelfTargets: an ASSAULT or COERCE whose actor and recipient are one
// party keeps the side the sentence names in its place.
func TestSelfTargets(t *testing.T) {
	houthi := func(name string) *marsad.Actor {
		return &marsad.Actor{ID: "YEM_HOUTHI", Name: name, Country: "YEM", Sector: "REB"}
	}
	cases := []struct {
		name, text, typ string
		a, r            *marsad.Actor
		sym             bool
		wantA, wantR    string
	}{
		{"the party only after «ضد»", "وشنت المقاومة الشعبية، فجر اليوم، هجوما واسعا ضد مسلحي الحوثي في أطراف المدينة.", "ASSAULT",
			houthi("مسلحي الحوثي"), houthi("الحوثيين"), false, "-", "الحوثيين"},
		{"the party only glued to «ل»", "ودمرت مدفعية الجيش مخزنا للحوثيين شرق المديرية.", "ASSAULT",
			houthi("الحوثيين"), houthi("جماعة الحوثي"), false, "-", "جماعة الحوثي"},
		{"the actor not in the sentence", "وقتل عشرة من عناصر الجماعة في غارة على تجمع لهم قرب الطريق.", "ASSAULT",
			houthi("الحوثيون"), houthi("الجماعة"), false, "-", "الجماعة"},
		{"a mark glued to a conjunction", "وتواصل القوات تقدمها لطرد الحوثيين من آخر القرى.", "COERCE",
			houthi("الحوثيين"), houthi("الميليشيات"), false, "-", "الميليشيات"},
		{"the subject, its own side again", "ونصب الحوثيون كمينا لقافلة عسكرية على طريق الساحل، بحسب بيان للجماعة.", "ASSAULT",
			houthi("الحوثيون"), houthi("الجماعة"), false, "الحوثيون", "-"},
		{"both in their places: the link is wrong", "وهاجمت القوات المشتركة مواقع الحوثيين في الأطراف الجنوبية.", "ASSAULT",
			houthi("القوات"), houthi("الحوثيين"), false, "القوات", "الحوثيين"},
		{"a count before «من»: the party counted was taken", "وأسرت القوات الحكومية العشرات من مقاتلي الجماعة قرب الميناء.", "COERCE",
			houthi("القوات"), houthi("مقاتلي الجماعة"), false, "القوات", "مقاتلي الجماعة"},
		{"a symmetric clash", "واندلعت اشتباكات بين فصائل حوثية متنافسة في ضواحي المدينة.", "ASSAULT",
			houthi("الحوثيين"), houthi("فصائل حوثية"), true, "الحوثيين", "فصائل حوثية"},
		{"a verbal act", "واتهم الوزير الجماعة بتصعيد هجماتها، وقال إن الحوثيين لا يريدون السلام.", "ACCUSE",
			houthi("الحوثيين"), houthi("الجماعة"), false, "الحوثيين", "الجماعة"},
		{"a cooperative act", "ورحب الحوثيون بقرار قيادة الجماعة.", "SUPPORT",
			houthi("الحوثيون"), houthi("الجماعة"), false, "الحوثيون", "الجماعة"},
		{"two parties", "وهاجم الجيش السوري مواقع للجيش السوري الحر قرب القرية.", "ASSAULT",
			&marsad.Actor{ID: "SYR_MIL", Name: "الجيش السوري", Country: "SYR", Sector: "MIL"},
			&marsad.Actor{ID: "SYR_FSA", Name: "الجيش السوري الحر", Country: "SYR", Sector: "REB"}, false, "الجيش السوري", "الجيش السوري الحر"},
	}
	for _, tc := range cases {
		d := &doc{text: tc.text}
		evs := []marsad.Event{{Type: tc.typ, Actor: tc.a, Recipient: tc.r, Symmetric: tc.sym,
			Evidence: []marsad.Span{{Start: 0, End: len([]rune(tc.text))}}}}
		selfTargets(d, evs)
		gotA, gotR := "-", "-"
		if evs[0].Actor != nil {
			gotA = evs[0].Actor.Name
		}
		if evs[0].Recipient != nil {
			gotR = evs[0].Recipient.Name
		}
		if gotA != tc.wantA || gotR != tc.wantR {
			t.Errorf("selfTargets(%s) = %s → %s, want %s → %s", tc.name, gotA, gotR, tc.wantA, tc.wantR)
		}
	}
}
