package actor

import (
	"testing"

	"github.com/marsad/marsad/internal/arabic"
)

// TestActingIsNoProsecution: «بالنيابة» after a title means «acting» (the
// company's acting chief), not the public prosecution; the prosecution
// named with «إلى/للـ» stays a party.
func TestActingIsNoProsecution(t *testing.T) {
	l := NewLinker(loadDefault(t))
	cases := []struct {
		text string
		jud  bool // a JUD party is linked
	}{
		{"وهنأ المهندس سالم العتيبي الرئيس التنفيذي للشركة بالنيابة، الموظفين بعيد الفطر.", false},
		{"وتولى نائب الوزير المهام بالنيابة عن الوزير خلال سفره.", false},
		{"وأحالت الشرطة المتهمين إلى النيابة العامة في الرياض.", true},
		{"وقدم المحامي بلاغا للنيابة ضد الشركة.", true},
	}
	for _, tc := range cases {
		jud := false
		for _, m := range l.Link(tc.text, arabic.Tokenize(tc.text), nil) {
			if m.Actor.Sector == "JUD" {
				jud = true
			}
		}
		if jud != tc.jud {
			t.Errorf("Link(%s): JUD party %v, want %v", tc.text, jud, tc.jud)
		}
	}
}
