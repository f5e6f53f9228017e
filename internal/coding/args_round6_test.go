package coding

import (
	"strings"
	"testing"
)

// TestRound6OwnSubject: a clause that names a subject of its own, an
// indefinite person or body or a phrase headed by one, keeps it; the party
// of the sentence before does not replace it.
func TestRound6OwnSubject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, actor string
	}{
		{"وقالت الحكومة إنها ترفض الخطة الجديدة. وكانت أطراف النزاع وقعت اتفاقا في الصيف الماضي.", "AGREE", "أطراف"},
		{"وضغطت الإدارة الأمريكية على أنقرة للإفراج عن القس. إلا أن محكمة مدينة أنطاليا رفضت الطلب يوم الأربعاء.", "REJECT", "محكمة"},
		{"وطالبت واشنطن بالإفراج عن الناشط. وقضت محكمة في القاهرة بسجنه خمس سنوات.", "SANCTION", "محكمة"},
		{"واعتقلت الشرطة الفرنسية ثلاثة رجال أمس. وناشد موقع إخباري محلي السكان الإبلاغ عن أي تحركات مريبة.", "REQUEST", "موقع"},
	}
	for _, tc := range cases {
		a, _ := round5Args(t, an, tc.text, tc.typ)
		if !strings.Contains(a, tc.actor) {
			t.Errorf("Analyze(%s) %s actor = %q, want %q", tc.text, tc.typ, a, tc.actor)
		}
	}
}

// TestRound6ArmedAgent: a party glued to ل after a strike noun, or after a
// bare armed head before its name («غارات لطيران التحالف»), is who
// struck: the actor, not the recipient of the strike or of its toll.
func TestRound6ArmedAgent(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, notRecip, notActor string
	}{
		{"وأسفرت ضربات لطيران التحالف العربي على مواقع الحوثيين قرب صعدة عن مقتل عشرة مسلحين.", "التحالف", "الحوثيين"},
		{"وأسفرت غارات لمقاتلات التحالف والاشتباكات مع قوات المقاومة الشعبية عن مقتل 40 من ميليشيات الحوثي في الساحل الغربي.", "التحالف", "الحوثي"},
	}
	for _, tc := range cases {
		a, r := round5Args(t, an, tc.text, "ASSAULT")
		if strings.Contains(r, tc.notRecip) || a == "-" || strings.Contains(a, tc.notActor) {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want the agent %q as actor", tc.text, a, r, tc.notRecip)
		}
	}
}

// TestRound6KilledIn: the people killed in an act («عنصر من قوات الأمن
// قتل في الهجوم») are not its actor through the nearest mention.
func TestRound6KilledIn(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, notActor string
	}{
		{"وقالت الشرطة إن عنصرا من قوات الأمن قتل في الهجوم الذي استهدف الدورية.", "الأمن"},
		{"وذكر المرصد أن ثلاثة من الجنود السوريين قتلوا جراء القصف على البلدة.", "الجنود"},
	}
	for _, tc := range cases {
		a, r := round5Args(t, an, tc.text, "ASSAULT")
		if strings.Contains(a, tc.notActor) {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want no actor %q", tc.text, a, r, tc.notActor)
		}
	}
}
