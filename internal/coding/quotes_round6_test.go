package coding

import (
	"strings"
	"testing"
	"time"
)

// TestQuoteFearedOrNoted: «يخشى X من أن …» voices a fear and «سجل X أن
// …» puts a finding on record; «يخشى» with a noun and «سجل» a score are
// no statements.
func TestQuoteFearedOrNoted(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وتخشى المنظمة من أن»",
			"وتخشى الأمم المتحدة من أن يدفع القتال آلاف العائلات إلى النزوح نحو الحدود.",
			"يدفع القتال", "الأمم المتحدة", ""},
		{"«ويخشى خبراء من أن»",
			"ويخشى خبراء في الاقتصاد من أن الضرائب الجديدة ستضعف الاستثمار في البلاد.",
			"الضرائب الجديدة", "خبراء", ""},
		{"«وسجلت المنظمة أن»",
			"وسجلت المنظمة الدولية أن عدد المهاجرين ارتفع بنسبة كبيرة خلال العام.",
			"عدد المهاجرين", "المنظمة الدولية", ""},
	})
	checkNoQuotes(t, []string{
		"وسجل المهاجم 25 هدفا في الموسم، علما أن الفريق خسر اللقب في الجولة الأخيرة.",
		"ويخشى السكان الفيضانات التي تضرب القرية كل شتاء.",
	})
}

// TestQuoteSaidIn: «قال/أكد … فيه/فيها» after a statement noun describes
// the noun; who made the statement speaks, not the phrase before the verb.
func TestQuoteSaidIn(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«بعد تصريح لـX قال فيه»",
			"وتظاهر آلاف الطلاب أمام البرلمان، في أعقاب تصريح لوزير العدل قال فيه إن البلاد تواجه موجة فساد.",
			"البلاد تواجه", "وزير العدل", "الطلاب"},
		{"«نشرت الوكالة بيانا للجيش قالت فيه»",
			"ونشرت وكالة الأنباء الرسمية بيانا للقيادة العسكرية قالت فيه إن عشرين صاروخا أطلقت على المطار.",
			"عشرين صاروخا", "القيادة العسكرية", "وكالة الأنباء"},
		{"«كتب X رسالة لـY قال فيها»: ل names the addressee",
			"وكتب المدرب على حسابه في تويتر، الأحد، رسالة لجماهير الفريق قال فيها إن الإدارة لن تتخلى عنه.",
			"الإدارة لن تتخلى", "المدرب", "جماهير"},
		{"«نشر X تغريدة قال فيها» after another speaker",
			"وقال وزير الخارجية إن المفاوضات ستستأنف.\nوكان الرئيس الأمريكي قد نشر تغريدة الثلاثاء، قال فيها إن السفير الجديد سيصل الأسبوع المقبل.",
			"السفير الجديد", "الرئيس الأمريكي", "وزير الخارجية"},
	})
}

// TestQuoteNameOnTheWay: a short quoted name between the verb and «إن/أن»,
// or after a noun that heads a title («كتاب "…"», «معهد "…"»), is no quote; a quote followed by «لأن» or «وأن» still is.
func TestQuoteNameOnTheWay(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, name string }{
		{"وأفادت الإذاعة المحلية \"صوت المدينة\" أن المجلس البلدي قرر إغلاق السوق القديم.", "صوت المدينة"},
		{"وقال الباحث في حديث مع \"قناة الشرق\" إن المحادثات لم تصل إلى نتيجة.", "قناة الشرق"},
		{"وقالت الكاتبة التي روت قصتها في كتاب \"الطريق الطويل\" إن الحرب غيرت حياتها.", "الطريق الطويل"},
		{"وقال الخبير في معهد \"الدراسات الاستراتيجية\" لوكالة الأنباء إن الأسعار ستنخفض.", "الدراسات الاستراتيجية"},
	} {
		_, qs := c.CodeText(tc.text, pub)
		if len(qs) == 0 {
			t.Errorf("CodeText(%s): no quote, want the paraphrase", tc.text)
		}
		for _, q := range qs {
			if strings.Contains(q.Text, tc.name) {
				t.Errorf("CodeText(%s): quote %q holds the name %q", tc.text, q.Text, tc.name)
			}
		}
	}
	runChainSpeakers(t, []speakerCase{
		{"a quote followed by «لأنها» stays",
			"وكتب المدرب على صفحته \"انتظرونا في النهائي\" لأنها البطولة التي يحلم بها كل لاعب.",
			"انتظرونا في النهائي", "المدرب", ""},
	})
}

// TestQuoteBelieves: «يعتقد X أن …» attributes a view to X; impersonal,
// vague, relative and survey uses are no quotes.
func TestQuoteBelieves(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ويعتقد الباحثون أن»",
			"ويعتقد الباحثون أن تلوث المياه يضر بصحة الأطفال في المدن الساحلية.",
			"تلوث المياه", "الباحثون", ""},
		{"«وتعتقد الشرطة أن»",
			"وتعتقد الشرطة المحلية أن الحريقين مرتبطان ببعضهما.",
			"الحريقين مرتبطان", "الشرطة المحلية", ""},
	})
	checkNoQuotes(t, []string{
		"ويعتقد على نطاق واسع أن المدينة بنيت قبل ألفي عام.",
		"ويعتقد كثيرون أن الحظ يلعب دورا في الحياة.",
		"وعثر الجنود قرب الجسر على جسم يعتقد أنه قذيفة لم تنفجر.",
	})
}

// TestQuoteQuotedNameAfter: a common noun heading an organisation takes
// the quoted name after it as the speaker's name.
func TestQuoteQuotedNameAfter(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ويعتقد بنك \"…\" الاستثماري أن»",
			"ويعتقد بنك \"الأفق\" الاستثماري أن أسعار الذهب سترتفع خلال العام المقبل.",
			"أسعار الذهب", "الأفق", ""},
		{"«وقال مركز أبحاث \"…\" إن»",
			"وقال مركز أبحاث \"المدار للدراسات\" إن الاستثمارات الأجنبية تراجعت بنسبة كبيرة.",
			"الاستثمارات الأجنبية", "المدار للدراسات", ""},
	})
}
