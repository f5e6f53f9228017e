package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// TestLocationRound4: the place of an event where its sentence alone does
// not say it (sentences of the team's own writing).
func TestLocationRound4(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
	}{
		// an army's attack is not placed in its own country because the
		// article names that country: the story's place stands
		{"تظاهر آلاف الفلسطينيين في مدينة رفح الجمعة. وقالت إسرائيل إن التظاهرات غير سلمية. وطالبت إسرائيل بوقفها فورا. وقتل ثلاثة شبان برصاص الجيش الإسرائيلي.", "ASSAULT", "رفح"},
		{"وقتل ثلاثة شبان برصاص الجيش الإسرائيلي. وقالت إسرائيل إن التظاهرات غير سلمية. وشيع الآلاف الضحايا في مدينة رفح.", "ASSAULT", "رفح"},
		{"تظاهر آلاف الفلسطينيين في مدينة رفح الجمعة. وقالت إسرائيل إن التظاهرات غير سلمية. وطالبت إسرائيل بوقفها فورا. وكان الرصاص الإسرائيلي قد أسفر عن مقتل ثلاثة شبان.", "ASSAULT", "رفح"},
		// a place in what the act answers («احتجاجا على», «رفضا لـ») is not
		// where it happened
		{"وتظاهر الآلاف في مدينة نابلس الجمعة. وأصيب عشرة شبان برصاص الشرطة خلال المواجهات، احتجاجا على افتتاح السفارة في القدس.", "ASSAULT", "نابلس"},
		{"وصل الآلاف إلى مدينة الخليل صباح الجمعة. وخرجت مظاهرة حاشدة بعد الصلاة تضامنا مع سكان غزة.", "PROTEST", "الخليل"},
		// a wider place that only says where a specific one lies is not
		// the event's place: the specific one is
		{"وفي بلدة بيت حنينا بالقدس هدمت الجرافات منزلين لعائلة واحدة.", "ASSAULT", "بيت حنينا"},
		{"وفي مديرية الدريهمي جنوبي الحديدة اندلعت اشتباكات عنيفة بين الطرفين.", "ASSAULT", "الدريهمي"},
		// a statement is made in its speaker's country, not at the place
		// of what it says (past «أن/بأن»)
		{"وطالبت الحكومة الأردنية بأن تفتح السلطات معبرا جديدا في مدينة درعا.", "REQUEST", "الأردن"},
		{"وحذرت الحكومة التركية من أن أي هجوم على مدينة منبج سيقابل برد حازم.", "THREATEN", "تركيا"},
		// a meeting its sentence does not place is where the story says the
		// occasion was held
		{"التقى وزير الخارجية السعودي نظيره الفرنسي الثلاثاء. وقال الوزير خلال المؤتمر الصحفي الذي عقد العاصمة الفرنسية باريس إن المحادثات كانت مثمرة.", "CONSULT", "باريس"},
	} {
		checkEventPlace(t, an, pub, tc.text, tc.typ, tc.place)
	}
}

// checkEventPlace analyses text and fails unless it has an event of type
// typ and every such event is placed at place.
func checkEventPlace(t *testing.T, an *Analyzer, pub time.Time, text, typ, place string) {
	t.Helper()
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "l4", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range r.Events {
		if ev.Type != typ {
			continue
		}
		found = true
		if ev.Location == nil || ev.Location.Name != place {
			t.Errorf("Analyze(%s) %s location = %v, want %s", text, typ, ev.Location, place)
		}
	}
	if !found {
		t.Errorf("Analyze(%s) = %s, want a %s event", text, describe(r.Events), typ)
	}
}

// nameTagger plays an entity tagger that takes one place name for a name
// the actor dictionary does not know.
type nameTagger struct {
	ActorLinker
	word string
}

func (n nameTagger) Link(text string, toks []arabic.Token, ents []marsad.Entity) []ActorMention {
	ms := n.ActorLinker.Link(text, toks, ents)
	for i, tk := range toks {
		if tk.Text == n.word {
			ms = append(ms, ActorMention{Span: marsad.Span{Start: tk.CStart, End: tk.CEnd}, TokStart: i, TokEnd: i + 1, Actor: marsad.Actor{Name: n.word}})
		}
	}
	return ms
}

// TestUnlinkedPlace: a town the tagger took for an unknown name is still
// the place of a material act, rather than the province it lies in.
func TestUnlinkedPlace(t *testing.T) {
	an := chainAnalyzerWith(t, func(l ActorLinker) ActorLinker { return nameTagger{l, "باقم"} })
	text := "واستعادت القوات الحكومية السيطرة على مواقع جديدة في مديرية باقم شمالي محافظة صعدة بعد معارك عنيفة."
	checkEventPlace(t, an, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC), text, "COERCE", "باقم")
}
