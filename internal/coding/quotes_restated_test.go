package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	marsad "github.com/marsad/marsad"
)

// TestRestatedReport: «كرر/يصر/أبان/قدّر/رجّح/بيّن X أن …» report what X
// says when a complementiser follows (quotes_restated.go).
func TestRestatedReport(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«كررت X أن»",
			"وكررت الحكومة أن الموازنة الجديدة لن تمس رواتب الموظفين.",
			"الموازنة الجديدة لن تمس", "الحكومة", ""},
		{"«كرر X موقف Y بأن»: the stance is no part of the speaker",
			"وكرر الوزير موقف الحكومة السابق بأن الانتخابات ستجري في موعدها.",
			"الانتخابات ستجري", "الوزير", "الوزير موقف الحكومة"},
		{"«وتصر X على أن» (the imperfect of أصر)",
			"وتصر النقابة على أن الإضراب سيستمر حتى تلبية المطالب.",
			"الإضراب سيستمر", "النقابة", ""},
		{"«ويصر X على أن»",
			"ويصر المزارعون على أن الأسعار لم تعد تغطي كلفة الإنتاج.",
			"الأسعار لم تعد", "المزارعون", ""},
		{"«وأبان X أن»",
			"وأبان مدير الدفاع المدني أن فرق الإنقاذ أخلت جميع السكان.",
			"فرق الإنقاذ أخلت", "مدير الدفاع المدني", ""},
		{"«وقدر X أن»",
			"وقدرت المنظمة أن نحو ثلاثة آلاف أسرة نزحت من القرى الحدودية.",
			"ثلاثة آلاف أسرة نزحت", "المنظمة", ""},
		{"«ورجح X أن»",
			"ورجح خبراء أن يرتفع سعر الصرف مجددا خلال الأسابيع المقبلة.",
			"يرتفع سعر الصرف", "خبراء", ""},
		{"«وبيّن X أن» with its shadda",
			"وبيّن الناطق باسم البلدية أن أعمال الصيانة ستنتهي الأسبوع المقبل.",
			"أعمال الصيانة ستنتهي", "الناطق باسم البلدية", ""},
		{"«وبين X أن» opening the sentence",
			"وبين مدير المستشفى أن حالة الجرحى مستقرة.",
			"حالة الجرحى مستقرة", "مدير المستشفى", ""},
	})
}

// TestRestatedSpeakerWhole: through the whole chain, «وبيّن» with a title
// and a name after it reports, said by the title with its name (subjectEnd
// reads the phrase after these verbs as after «أوضح»: in the full binary
// with its data, «المهندس الهويمل» was cut to «المهندس»).
func TestRestatedSpeakerWhole(t *testing.T) {
	an := chainAnalyzer(t)
	text := "وبيّن المهندس الهويمل أن المنتزه استقبل مسيرة كرنفالية."
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range r.Quotes {
		if strings.Contains(q.Text, "المنتزه استقبل") && q.Speaker != nil && strings.Contains(q.Speaker.Name, "الهويمل") {
			return
		}
	}
	var got []string
	for _, q := range r.Quotes {
		if q.Speaker != nil {
			got = append(got, q.Speaker.Name+": "+q.Text)
		}
	}
	t.Errorf("Analyze(%s) quotes = %q, want «المنتزه استقبل» said by المهندس الهويمل", text, got)
}

// TestRestatedNotReport: without a complementiser, or with «بين» as
// "between" or «أن» after a condition, these forms report nothing.
func TestRestatedNotReport(t *testing.T) {
	checkNoQuotes(t, []string{
		"وكرر الجيش غاراته على المنطقة الجبلية.",
		"وقدرت الحكومة الخسائر بنحو مليون دولار.",
		"وتوزعت المساعدات بين الأهالي والنازحين أن يتسلموها تباعا.",
		"وكرر الرئيس مناشدته استئناف الحوار بشرط أن تتوقف الاعتداءات.",
		"ويشهد الحي انقطاعا متكررا للكهرباء.",
	})
}
