package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// round5Args codes text and returns the actor and recipient names of its
// first event of type typ ("-" for none, "?" when no such event).
func round5Args(t *testing.T, an *Analyzer, text, typ string) (actor, recip string) {
	t.Helper()
	if ps := eventArgs(t, an, text, typ); len(ps) > 0 {
		return ps[0][0], ps[0][1]
	}
	return "?", "?"
}

// eventArgs codes text and returns the actor and recipient names ("-" for
// none) of its events of type typ, in order.
func eventArgs(t *testing.T, an *Analyzer, text, typ string) [][2]string {
	t.Helper()
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "args", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	name := func(a *marsad.Actor) string {
		if a == nil {
			return "-"
		}
		return a.Name
	}
	var out [][2]string
	for _, e := range r.Events {
		if e.Type == typ {
			out = append(out, [2]string{name(e.Actor), name(e.Recipient)})
		}
	}
	return out
}

// TestRound5ProtestGenitive: the phrase after a protest noun is who
// protests, not whom the protest is against.
func TestRound5ProtestGenitive(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, actor, notRecip string
	}{
		{"وقالت إدارة الميناء إن إضراب عمال الرصيف كلفها خسائر كبيرة هذا الأسبوع.", "عمال", "عمال"},
		{"وتواصل أمس إضراب المعلمين في مدينة الزرقاء للمطالبة بزيادة الرواتب.", "المعلمين", "المعلمين"},
		{"وأوقف المطعم الحفل بعد احتجاج فريق العمل على حضور الوزير.", "فريق العمل", "فريق العمل"},
	}
	for _, tc := range cases {
		a, r := round5Args(t, an, tc.text, "PROTEST")
		if !strings.Contains(a, tc.actor) || strings.Contains(r, tc.notRecip) {
			t.Errorf("Analyze(%s) PROTEST = actor %q recipient %q, want actor %q", tc.text, a, r, tc.actor)
		}
	}
}

// TestRound5Apposition: a name, a title or a second subject beside the
// actor is the actor again, not the recipient; the object comes after it.
func TestRound5Apposition(t *testing.T) {
	an, err := NewAnalyzer(chainConfig(t)) // with the entity tagger, which finds the names
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, typ, recip, notRecip string
	}{
		{"انتقد وليد الصافي، مدير مركز الدراسات الإعلامية، الحكومة الأردنية بسبب القانون الجديد.", "ACCUSE", "الحكومة", "مركز"},
		{"وزار رئيس الوزراء التونسي، ووزير الداخلية، مدينة صفاقس لتفقد الأضرار.", "CONSULT", "", "وزير الداخلية"},
		{"وأشاد مجلس الوزراء برئاسة الملك سلمان بالخطة الجديدة للإسكان.", "SUPPORT", "", "سلمان"},
		{"اتهم العقيد وليد الصافي، المتحدث باسم الجيش الليبي، الحوثيين بتهريب السلاح.", "ACCUSE", "الحوثيين", "الجيش"},
	}
	for _, tc := range cases {
		_, r := round5Args(t, an, tc.text, tc.typ)
		if r == "?" || strings.Contains(r, tc.notRecip) || !strings.Contains(r, tc.recip) {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q, not %q", tc.text, tc.typ, r, tc.recip, tc.notRecip)
		}
	}
}

// TestRound5ActionRecipient: what an act asks for, refuses or backs is
// its content, not its recipient.
func TestRound5ActionRecipient(t *testing.T) {
	checkNoRecipient(t, []notRecipCase{
		{"وأعلنت الحركة رفضها تمديد العمل بالاتفاق الذي ينتهي الليلة.", "REJECT", "تمديد"},
		{"وأعرب الرئيس عن دعمه للتفاوض على معاهدة سلام شاملة.", "SUPPORT", "للتفاوض"},
		{"وامتنع أحد النواب عن التصويت.", "REJECT", "التصويت"},
		{"وتطالب أحزاب يمينية بحظر كامل لارتداء النقاب في البلاد.", "REQUEST", "لارتداء"},
		{"ويدعو الحزب إلى تغيير جزئي حفاظا على الاستقرار.", "REQUEST", "تغيير"},
	})
}

// TestRound5JunkRecipient: a particle, a time phrase or a lone adjective
// of the actor is no recipient.
func TestRound5JunkRecipient(t *testing.T) {
	checkNoRecipient(t, []notRecipCase{
		{"وطالبت المعارضة الرئيسية بإجراء انتخابات مبكرة.", "REQUEST", "الرئيسية"},
		{"وهددت الحركة الإسلامية بمقاطعة الانتخابات.", "THREATEN", "الإسلامية"},
		{"ودعا مجلس الأمن الدولي لمدة ثلاثين يوما إلى وقف إطلاق النار في سوريا.", "REQUEST", "لمدة"},
	})
}

// TestRound5AmongTheDead: a party named among those who died is not the
// actor of the act they died in.
func TestRound5AmongTheDead(t *testing.T) {
	an, err := NewAnalyzer(chainConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, notActor string
	}{
		{"لقي اثنان من كبار قادة الجيش العراقي مصرعهما في المعارك الدائرة بمحافظة نينوى شمالي العراق.", "الجيش"},
		{"ولقي خمسة من عناصر الشرطة الأفغانية حتفهم في الهجوم على مركز أمني.", "الشرطة"},
	}
	for _, tc := range cases {
		a, _ := round5Args(t, an, tc.text, "ASSAULT")
		if a == "?" || strings.Contains(a, tc.notActor) {
			t.Errorf("Analyze(%s) ASSAULT actor = %q, want no %q", tc.text, a, tc.notActor)
		}
	}
}

// notRecipCase is a sentence, the type of the event it codes and a word
// its recipient must not hold.
type notRecipCase struct {
	text, typ, notRecip string
}

// checkNoRecipient codes each case through the analyser and fails when the
// event of its type is missing or its recipient holds the word.
func checkNoRecipient(t *testing.T, cases []notRecipCase) {
	t.Helper()
	an, err := NewAnalyzer(chainConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		_, r := round5Args(t, an, tc.text, tc.typ)
		if r == "?" || strings.Contains(r, tc.notRecip) {
			t.Errorf("Analyze(%s) %s recipient = %q, want no %q", tc.text, tc.typ, r, tc.notRecip)
		}
	}
}
