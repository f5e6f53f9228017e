package coding

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/geo"
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
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "l4", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range r.Events {
			if ev.Type != tc.typ {
				continue
			}
			found = true
			if ev.Location == nil || ev.Location.Name != tc.place {
				t.Errorf("Analyze(%s) %s location = %v, want %s", tc.text, tc.typ, ev.Location, tc.place)
			}
		}
		if !found {
			t.Errorf("Analyze(%s) = %s, want a %s event", tc.text, describe(r.Events), tc.typ)
		}
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
	dict, err := actor.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := geo.NewResolver(gaz)
	if err != nil {
		t.Fatal(err)
	}
	an, err := NewAnalyzer(Config{Linker: nameTagger{benchLinker{actor.NewLinker(dict)}, "باقم"}, Places: datelinePlaces{benchPlaces{res}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "واستعادت القوات الحكومية السيطرة على مواقع جديدة في مديرية باقم شمالي محافظة صعدة بعد معارك عنيفة."
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "u", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range r.Events {
		if ev.Type != "COERCE" {
			continue
		}
		found = true
		if ev.Location == nil || ev.Location.Name != "باقم" {
			t.Errorf("Analyze(%s) COERCE location = %v, want باقم", text, ev.Location)
		}
	}
	if !found {
		t.Errorf("Analyze(%s) = %s, want a COERCE event", text, describe(r.Events))
	}
}
