package coding

import (
	"strings"
	"testing"
)

// TestRound8ReportedParticiple: a participle after a comma that agrees
// with the verb of saying goes with the speaker, not with the subject of
// the reported clause; one that does not agree is left to that clause.
func TestRound8ReportedParticiple(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, actor, notActor string
	}{
		{"قالت منظمة العفو الدولية إن مصر أعدمت عشرين سجينا خلال الشهر الماضي، داعية القاهرة إلى وقف أحكام الإعدام.", "REQUEST", "العفو", "مصر"},
		{"وأعلن وزير الخارجية الأميركي، مايك بومبيو، الجمعة، أن ألمانيا أرسلت طائرات استطلاع إلى العراق، محذرا من عودة التنظيم المتطرف إلى المنطقة.", "THREATEN", "بومبيو", "ألمانيا"},
	}
	for _, tc := range cases {
		a, _ := round5Args(t, an, tc.text, tc.typ)
		if !strings.Contains(a, tc.actor) || strings.Contains(a, tc.notActor) {
			t.Errorf("Analyze(%s) %s actor = %q, want %q", tc.text, tc.typ, a, tc.actor)
		}
	}
}

// TestRound8Agrees: the participle's gender must be the verb's.
func TestRound8Agrees(t *testing.T) {
	cases := []struct {
		verb, part string
		want       bool
	}{
		{"قالت", "داعية", true},
		{"قال", "محذرا", true},
		{"اعلن", "محذراً", true},
		{"كشف", "مهددة", false},
		{"اوضحت", "منددا", false},
	}
	for _, tc := range cases {
		if got := agrees(tc.verb, tc.part); got != tc.want {
			t.Errorf("agrees(%s, %s) = %v, want %v", tc.verb, tc.part, got, tc.want)
		}
	}
}
