package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestQuoteSpeakersRound3: speakers of the third quotes round (issue 5),
// in sentences written by the team and read through the actor linker.
// Each case names a piece of the quote, the speaker it must have and, where
// the old reading was wrong, a name it must not have.
func TestQuoteSpeakersRound3(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	const lead = "وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\n"
	cases := []struct{ name, text, quote, speaker, not string }{
		{"«لجنة» opens a subject, it is no ل + noun",
			lead + "وقالت لجنة الانتخابات المركزية إنها ستعلن النتائج النهائية مساء الأحد.",
			"ستعلن النتائج", "لجنة الانتخابات", "وزير الخارجية"},
		{"a name that reads as a participle, before an apposition",
			lead + "وقالت مونيكا شتاين، المتحدثة باسم الحكومة الألمانية، إن برلين لن تغلق حدودها.",
			"برلين لن تغلق", "مونيكا شتاين", "وزير الخارجية"},
		{"«تقرير لـX»: X states it",
			lead + "وأكد تقرير للأمم المتحدة أن الفصائل تلقت أسلحة عبر الموانئ الجنوبية.",
			"الفصائل تلقت", "الأمم المتحدة", "وزير الخارجية"},
		{"«ورد X قائلا»",
			lead + "ورد الرئيس الفرنسي إيمانويل ماكرون قائلا \"لن نتراجع عن هذا الإصلاح مهما كانت الضغوط\".",
			"لن نتراجع", "ماكرون", "وزير الخارجية"},
		{"«نقلت X، يوم، عن Y قوله»: Y speaks",
			lead + "ونقلت وكالة رويترز، الأربعاء، عن مسؤول أمريكي قوله إن القوات ستبقى في القاعدة حتى نهاية العام.",
			"القوات ستبقى", "مسؤول أمريكي", "رويترز"},
		{"«من جهتها» between the verb and its subject",
			lead + "تؤكد من جهتها سلمى حداد، مديرة الجمعية، أن المساعدات لم تصل إلى القرى الجبلية.",
			"المساعدات لم تصل", "سلمى حداد", "وزير الخارجية"},
		{"«عبر حسابه» is no «expressed»",
			lead + "وأوضح الرئيس الأمريكي دونالد ترامب، عبر حسابه على تويتر، أن الرسوم الجديدة ستطبق الشهر المقبل.",
			"الرسوم الجديدة", "دونالد ترامب", "حسابه"},
		{"a reflexive object is not the speaker",
			"وعمل الرئيس الأمريكي دونالد ترامب في قطاع العقارات طويلا. ويصف نفسه بأنه أنجح رجل أعمال في جيله.",
			"أنجح رجل أعمال", "دونالد ترامب", "نفسه"},
		{"«عدم» is what is declared",
			lead + "وعقد الرئيس الأمريكي دونالد ترامب مؤتمرا صحفيا، وأعلن عدم نيته الترشح مجددا، مشيرا إلى أن الحزب سيختار مرشحا آخر.",
			"الحزب سيختار", "دونالد ترامب", "عدم"},
		{"«وأضاف وهو …:» keeps the last speaker",
			"وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا تمر بمرحلة صعبة.\nوأضاف وهو يلوح بيده للحضور: \"سنبقى متحدين مهما حدث في السنوات المقبلة\".",
			"سنبقى متحدين", "ماكرون", "يلوح"},
		{"«لم يذكر اسمه» is an aside, not a report",
			"وقال متحدث عسكري، لم يذكر اسمه، صباح الجمعة: \"وصلت الكتيبة إلى مشارف المدينة دون مقاومة\".",
			"وصلت الكتيبة", "متحدث عسكري", "اسمه"},
		{"a relative clause on the occasion names no subject",
			"وكان الرئيس الفرنسي إيمانويل ماكرون قد فاجأ الحضور عندما أكد في كلمة ألقاها في العاصمة أنه يريد \"إعادة كل القطع المنهوبة إلى أصحابها\".",
			"إعادة كل القطع", "ماكرون", "ألقاها"},
		{"an owned verbal noun after the verb is no speaker",
			"وقالت سلمى حداد إن زوجها غاب طويلا.\nوكشفت ظنها في البداية أن الأمر مجرد سوء فهم بين العائلتين.",
			"مجرد سوء فهم", "سلمى حداد", "ظنها"},
		{"the first object of «اعتبرت» is no speaker",
			"وقالت وزارة الخارجية الفلسطينية إن المستوطنين نصبوا خياما قرب المسجد.\nواعتبرت الخطوة \"تصعيدا خطيرا وغير مسبوق في المدينة القديمة\".",
			"تصعيدا خطيرا", "وزارة الخارجية الفلسطينية", "الخطوة"},
		{"a name opening with ب",
			"وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا تمر بمرحلة صعبة.\nوقالت برناديت سولير إن الحكومة تجاهلت مطالب المزارعين طوال العام.",
			"تجاهلت مطالب", "برناديت سولير", "ماكرون"},
		{"«بسخرية» is how it was said",
			"وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا تمر بمرحلة صعبة.\nوقال بسخرية إن \"المعارضة لا تعرف ماذا تريد من هذه الحكومة\".",
			"المعارضة لا تعرف", "ماكرون", "بسخرية"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			ok := false
			for _, q := range r.Quotes {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Name
				}
				got = append(got, sp+": "+q.Text)
				if !strings.Contains(q.Text, tc.quote) {
					continue
				}
				if tc.not != "" && strings.Contains(sp, tc.not) {
					t.Errorf("Analyze(%s): %q said by %s", tc.text, q.Text, sp)
				}
				if NamesMatch(sp, []string{tc.speaker}) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("Analyze(%s) quotes = %q, want %q said by %s", tc.text, got, tc.quote, tc.speaker)
			}
		})
	}
}
