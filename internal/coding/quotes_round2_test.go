package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestQuoteSpeakersRound2: speakers of the second quotes round (issue 5),
// in sentences written by the team. Each case names a piece of the quote,
// the speaker it must have and, where the old reading was wrong, a name it
// must not have.
func TestQuoteSpeakersRound2(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	cases := []speakerCase{
		{"a place after the occasion is no subject",
			"أكد الوزير سامي خالد أن الحكومة تبحث الهدنة.\nوقال في مؤتمر صحافي في كابول \"هناك احتمال بأن يعلن وقف لإطلاق النار في العيد\". وأضاف أن التفاصيل ستعلن لاحقا.",
			"هناك احتمال", "الوزير سامي خالد", "كابول"},
		{"a platform after the occasion is no subject",
			"قال المحافظ فادي منصور إن المدارس مغلقة.\nوكتب في تغريدة على تويتر إن \"كل الأحياء في حالة تأهب\".",
			"كل الأحياء", "المحافظ فادي منصور", "تويتر"},
		{"an adjective of the occasion is no subject",
			"قال المحافظ فادي منصور إن المدارس مغلقة.\nوتابع في تغريدة منفصلة: \"على الجميع البقاء في منازلهم حتى صباح الغد\".",
			"على الجميع البقاء", "المحافظ فادي منصور", "منفصلة"},
		{"«عنه» after the verb is not the speaker",
			"وقالت سلمى حداد إن زوجها تغير كثيرا بعد السفر.\nوكانت تقول عنه دائما: \"إنه أطيب رجل عرفته في حياتي\".",
			"أطيب رجل", "سلمى حداد", "عنه"},
		{"the subject after «عنها»",
			"وصل الوزير إلى العاصمة في زيارة قالت عنها الحكومة إنها تهدف إلى تعزيز التعاون بين البلدين.",
			"تهدف إلى تعزيز", "الحكومة", ""},
		{"a relative clause with a subject of its own",
			"ودفعت العائلة عشرة آلاف دولار، وهو نصف المبلغ الذي تقول سلمى إنها ادخرته في بلدها.",
			"ادخرته", "سلمى", "المبلغ"},
		{"«اللذين قالت X إنهما»",
			"واعتقلت الشرطة الشابين اللذين قالت النيابة إنهما خططا لتفجير محطة القطار.",
			"خططا لتفجير", "النيابة", "الشابين"},
		{"«التي يقول X إنها» is a statement",
			"وزار الوفد القلعة القديمة التي يقول مؤرخون إنها بنيت في القرن الثاني عشر.",
			"بنيت في القرن", "مؤرخون", ""},
		{"the subject of a relative clause does not carry on",
			"وقال العقيد سامر الحسن إن الممر فتح صباحا أمام المدنيين الذي يقول الجيشان إن بوسعهم الخروج عبره، وقال \"ليس من المستبعد أن يخرج المسلحون أيضا\".",
			"ليس من المستبعد", "العقيد سامر الحسن", "الجيشان"},
		{"«جاء ذلك في تغريدة لـX، حيث قال:»",
			"انتقد الشيخ سلمان بن خالد موقف الحكومة من الاتفاق.\nجاء ذلك في تغريدة للشيخ سلمان على صفحته بموقع تويتر، حيث قال: \"الحكومة تورط شعبنا في موقف مرتبك\".\nوتابع في تغريدة منفصلة: \"إلى متى تبقى بلادنا رهينة لمصالح الآخرين؟\"",
			"إلى متى تبقى", "الشيخ سلمان", "منفصلة"},
		{"a participle after an opening «وبحسب X، فإن»",
			"وقالت مصادر ميدانية إن القوات تقدمت نحو المطار.\nوبحسب شهود عيان، فإن المسلحين فروا باتجاه وسط المدينة، مؤكدين أن القصف استهدف الأحياء السكنية.",
			"القصف استهدف", "شهود عيان", "مصادر ميدانية"},
	}
	runCoderSpeakers(t, c, cases)
}

// runCoderSpeakers runs speaker cases through the coder alone (no entity
// tagger or linker), published on a Sunday.
func runCoderSpeakers(t *testing.T, c *Coder, cases []speakerCase) {
	t.Helper()
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := c.CodeText(tc.text, pub)
			checkSpeaker(t, tc.text, qs, tc.quote, tc.speaker, tc.not)
		})
	}
}

// speakerCase is one speaker test: a sentence, a piece of one of its
// quotes, the speaker that quote must have and, where an old reading was
// wrong, a name it must not have.
type speakerCase struct{ name, text, quote, speaker, not string }

// runChainSpeakers runs speaker cases through the whole chain (entity
// tagger, actor linker, place resolver, coder).
func runChainSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			checkSpeaker(t, tc.text, r.Quotes, tc.quote, tc.speaker, tc.not)
		})
	}
}

// checkNoQuotes reports an error for every text the coder finds a quote in.
func checkNoQuotes(t *testing.T, texts []string) {
	t.Helper()
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		if _, qs := c.CodeText(text, pub); len(qs) != 0 {
			t.Errorf("CodeText(%s) quotes = %+v, want none", text, qs)
		}
	}
}

// checkSpeaker reports an error unless a quote of qs holding the piece
// quote is said by speaker, and when one holding it is said by not.
func checkSpeaker(t *testing.T, text string, qs []marsad.Quote, quote, speaker, not string) {
	t.Helper()
	var got []string
	ok := false
	for _, q := range qs {
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Name
		}
		got = append(got, sp+": "+q.Text)
		if !strings.Contains(q.Text, quote) {
			continue
		}
		if not != "" && strings.Contains(sp, not) {
			t.Errorf("quotes(%s): %q said by %s", text, q.Text, sp)
		}
		if NamesMatch(sp, []string{speaker}) {
			ok = true
		}
	}
	if !ok {
		t.Errorf("quotes(%s) = %q, want %q said by %s", text, got, quote, speaker)
	}
}
