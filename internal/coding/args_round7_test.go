package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestRound7ClauseBreak: the party the context gives as recipient is not
// taken from a clause opened after a comma by another verb or a
// connective («، وسعت …», «، فيما …», «، وذلك …»).
func TestRound7ClauseBreak(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, notRecip string
	}{
		{"وأعلنت الحكومة الفرنسية خطة أمنية. ورفضت وزارة الداخلية الفرنسية تقديم أي تعليق على الموضوع، وسعت الصحيفة للحصول على رد من السلطات الصينية دون جدوى.", "REJECT", "الصينية"},
		{"وحث رئيس الوزراء الأردني على الإسراع في إصلاح التعليم، فيما انتقدت المعارضة الحكومة بشدة.", "REQUEST", "الحكومة"},
	}
	for _, tc := range cases {
		a, r := round5Args(t, an, tc.text, tc.typ)
		if a == "?" || strings.Contains(r, tc.notRecip) {
			t.Errorf("Analyze(%s) %s = actor %q recipient %q, want no recipient %q", tc.text, tc.typ, a, r, tc.notRecip)
		}
	}
}

// TestRound7ResultAgent: a toll told as the result of an act of its
// sentence («…، مما أسفر عن مقتل …») is the act of the clause's subject,
// not of the party the act hit, named nearer the toll.
func TestRound7ResultAgent(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, actor, notActor string
	}{
		{"واستهدفت مقاتلات التحالف العربي بغارات مكثفة تجمعات للميليشيات الحوثية في مديرية حيس، مما أسفر عن مقتل عشرين مسلحا.", "التحالف", "الحوثي"},
		{"وأكد المتحدث أن مسلحي تنظيم داعش هاجموا دورية للجيش العراقي قرب الحدود، مما أسفر عن مقتل ثلاثة جنود.", "داعش", "الجيش"},
		{"وارتكبت القوات الإسرائيلية، الجمعة، مجزرة بحق المتظاهرين قرب السياج، أسفرت عن مقتل 20 فلسطينيا.", "الإسرائيلية", "المتظاهرين"},
		{"أغارت طائرات التحالف، الخميس، على مواقع لميليشيا الحوثي في محافظة صعدة، ما أدى إلى سقوط قتلى في صفوف الميليشيا.", "التحالف", "الحوثي"},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "r7", Text: tc.text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range r.Events {
			if e.Type != "ASSAULT" || e.Actor == nil {
				continue
			}
			found = true
			if !strings.Contains(e.Actor.Name, tc.actor) || strings.Contains(e.Actor.Name, tc.notActor) {
				t.Errorf("Analyze(%s) ASSAULT %q actor = %q, want %q", tc.text, e.Trigger, e.Actor.Name, tc.actor)
			}
		}
		if !found {
			t.Errorf("Analyze(%s): no ASSAULT with an actor", tc.text)
		}
	}
}

// TestRound7MeansAfterSubject: an agent phrase («بغارات», «برصاص») after
// the named subject of an active verb is its means; the party after it is
// not the actor.
func TestRound7MeansAfterSubject(t *testing.T) {
	an := chainAnalyzer(t)
	for _, text := range []string{
		"وقصفت طائرات التحالف الدولي بغارات عنيفة مواقع لتنظيم داعش شرق الفرات.",
		"وهاجمت قوات الأمن العراقية بقصف مدفعي أوكارا لمسلحي التنظيم في صحراء الأنبار.",
	} {
		a, r := round5Args(t, an, text, "ASSAULT")
		if strings.Contains(a, "داعش") || strings.Contains(a, "التنظيم") || a == "?" || a == "-" {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want the verb's subject", text, a, r)
		}
	}
}

// TestRound7ActDay: a material act dated after its noun («في انفجار وقع
// مساء الجمعة», «الهجوم الذي شهدته المدينة، الخميس») takes its own day,
// not the day its announcement is dated.
func TestRound7ActDay(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC) // a Sunday
	cases := []struct {
		text, typ, want string
	}{
		{"وطالب مجلس الأمن، السبت، بالتحقيق في الهجوم الذي شهدته مدينة الموصل، الخميس.", "ASSAULT", "2026-11-26"},
		{"وكشفت الشرطة الأردنية، السبت، ملابسات مقتل شرطي في انفجار وقع مساء الجمعة قرب مدينة الكرك.", "ASSAULT", "2026-11-27"},
	}
	for _, tc := range cases {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "r7", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range r.Events {
			if e.Type == tc.typ {
				found = true
				if e.Date != tc.want {
					t.Errorf("Analyze(%s) %s %q date = %s, want %s", tc.text, tc.typ, e.Trigger, e.Date, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("Analyze(%s): no %s", tc.text, tc.typ)
		}
	}
}

// TestRound7ReporterActor: who documents, counts or tells of an act of
// force («ووثق المرصد مقتل …», «وقال مدير المرصد إن قصفا …») is not its
// actor; a party of arms that tells of its own act is.
func TestRound7ReporterActor(t *testing.T) {
	an := chainAnalyzer(t)
	for _, tc := range []struct{ text, notActor string }{
		{"وقصفت قوات النظام السوري بلدات ريف إدلب. ووثق المرصد السوري لحقوق الإنسان مقتل 12 مدنيا في القصف على البلدات.", "المرصد"},
		{"وتواصل الحكومة السورية حملتها في الشمال. وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن قصفا عنيفا استهدف مدينة سراقب.", "رامي"},
	} {
		if a, r := round5Args(t, an, tc.text, "ASSAULT"); a == "?" || strings.Contains(a, tc.notActor) {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want no actor %q", tc.text, a, r, tc.notActor)
		}
	}
	text := "وقال الجيش العراقي إن قواته قتلت 15 مسلحا من تنظيم داعش في صحراء الأنبار."
	if a, r := round5Args(t, an, text, "ASSAULT"); !strings.Contains(a, "الجيش") && !strings.Contains(a, "قوات") {
		t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want the army", text, a, r)
	}
}

// TestRound7VictimNotActor: the genitive of a death noun («مقتل النقيب»)
// is who died, never the actor, even when a phrase before the noun
// reaches for it.
func TestRound7VictimNotActor(t *testing.T) {
	an := chainAnalyzer(t)
	for _, text := range []string{
		"وكشفت الحكومة الأردنية عن ملابسات مقتل ضابط من قوات الدرك في انفجار قرب مدينة السلط.",
		"وجاء مقتل القيادي بعد أسبوع على غارة شنها التحالف في محافظة الحديدة.",
	} {
		a, r := round5Args(t, an, text, "ASSAULT")
		if a == "?" || strings.Contains(a, "ضابط") || strings.Contains(a, "القيادي") {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want the one killed as no actor", text, a, r)
		}
	}
}

// TestRound7JunkWord: a recipient phrase that names no party — a weapon
// after ب, a definite adjective of the act — is dropped; a word with
// tanween («وفداً») is kept.
func TestRound7JunkWord(t *testing.T) {
	an := chainAnalyzer(t)
	for _, tc := range []struct{ text, junk string }{
		{"وقال المتحدث إن الجيش الإسرائيلي يواصل العملية العسكرية الواسعة في شمال القطاع.", "الواسعة"},
	} {
		if a, r := round5Args(t, an, tc.text, "ASSAULT"); a == "?" || strings.Contains(r, tc.junk) {
			t.Errorf("Analyze(%s) ASSAULT = actor %q recipient %q, want no recipient %q", tc.text, a, r, tc.junk)
		}
	}
}

// phraseDoc analyses text of our own as far as the argument readers need
// (tokens, linked mentions, places), for tests of one-word phrases.
func phraseDoc(t *testing.T, text string) (*Analyzer, *doc) {
	t.Helper()
	cfg := chainConfig(t)
	an, err := NewAnalyzer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(text, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC), an.coder.lx, an.coder.cal)
	d.setMentions(cfg.Linker.Link(text, d.toks, nil))
	d.setPlaces(cfg.Places.Resolve(text, d.toks, nil))
	return an, d
}

// checkWords applies pred to each token of d whose text is a key of want
// and reports every disagreement; each word of want must be read.
func checkWords(t *testing.T, d *doc, name string, want map[string]bool, pred func(k int) bool) {
	t.Helper()
	seen := map[string]bool{}
	for k, tok := range d.toks {
		w, ok := want[tok.Text]
		if !ok {
			continue
		}
		seen[tok.Text] = true
		if got := pred(k); got != w {
			t.Errorf("%s(%s) = %v, want %v", name, tok.Text, got, w)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("%s: read %d of the %d words", name, len(seen), len(want))
	}
}

// TestRound7JunkWordPhrases: junkWord on phrases read from text of our own.
func TestRound7JunkWordPhrases(t *testing.T) {
	an, d := phraseDoc(t, "بعد القصف العنيف سياسياً بالرصاص بخمس الحكومة")
	want := map[string]bool{"العنيف": true, "سياسياً": false, "بالرصاص": true, "بخمس": true, "الحكومة": false, "القصف": false}
	checkWords(t, d, "junkWord", want, func(k int) bool { return an.coder.junkWord(d, np{a: k, b: k + 1}) })
}
