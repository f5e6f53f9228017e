package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestChainQuoteSpeakers: speakers found through known actors, in
// sentences written by the team.
func TestChainQuoteSpeakers(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"a participle speaks for the subject of the opening verb",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nمن جهة أخرى، هدد الأمين العام لحزب الله حسن نصر الله بالرد على الغارة، مؤكدا أن المقاومة لن تقف مكتوفة الأيدي.",
			"المقاومة لن تقف", "حسن نصر الله"},
		{"a participle after «كان X قد» + verb",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوكان الرئيس الأمريكي دونالد ترامب قد هدد إيران في وقت سابق، قائلا إن بلاده سترد بقوة على أي هجوم.",
			"بلاده سترد", "دونالد ترامب"},
		{"a verb joined to the opening verb shares its subject",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوطالب الرئيس الأمريكي دونالد ترامب بتحقيق مستقل في الهجوم وقال إن بلاده لن تسكت على ما جرى.",
			"بلاده لن تسكت", "دونالد ترامب"},
		{"a title with a nisba points back to the named official",
			"وقال ظريف إن بلاده لن تفاوض تحت الضغط.\nوقال المبعوث الأممي إن المحادثات ستستأنف الأسبوع المقبل.\nوأكد الوزير الإيراني أن العقوبات لن تغير سياسة طهران في المنطقة.",
			"العقوبات لن تغير", "ظريف"},
		{"a joined verb speaks for a subject named «باسم»",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nمن جانبه، أدان باسم العلي، شقيق المعتقل، إجراءات المحاكمة ووصف القرار بأنه \"جائر ولا يستند إلى أي دليل\".",
			"جائر ولا يستند", "باسم العلي"},
		{"an act with its object after بـ ends the speaker",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوطالبت كل من فرنسا وألمانيا بإجراء تحقيق مستقل في الحادث، وقالتا إن المسؤولين يجب أن يحاسبوا.",
			"المسؤولين يجب", "فرنسا"},
		{"the feminine of a listed participle",
			"وانتقدت وزيرة الخارجية الكندية، سارة كامبل، المجلس، متهمة إياه بـ\"ارتكاب أسوأ الانتهاكات بحق المعتقلين\".",
			"ارتكاب أسوأ الانتهاكات", "سارة كامبل"},
		{"a linked name with a word that reads as a verb",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوقال وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، إن الجيش مستعد لكل الاحتمالات على الحدود الشمالية.",
			"الجيش مستعد", "أفيغدور ليبرمان"},
		{"a linked subject before the verb, its content after it",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوتحدثت صحف محلية عن صفقة كبيرة، لكن إيران نفت، كاذبة، أن تكون توصلت إلى أي اتفاق مع الشركة الأجنبية.",
			"توصلت إلى أي اتفاق", "إيران"},
		{"a body named after the verb stays its subject",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوفي الملف النووي الإيراني تؤكد صحيفة الأخبار أن المفاوضات ستستأنف قريبا.",
			"المفاوضات ستستأنف", "صحيفة الأخبار"},
		{"the subject of «وكان X» opening the sentence speaks for a joined verb",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nوكان دونالد ترامب تراجع عن الاتفاق قبل ساعات، وقال في بيان صادر عن مكتبه \"قررت إلغاء الاتفاق بعد مراجعة عيوبه\".",
			"قررت إلغاء الاتفاق", "دونالد ترامب"},
		{"«ومن جانبه» before the opening verb",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nومن جانبه انتقد وزير الدفاع الإسرائيلي أفيغدور ليبرمان القرار قائلا إن الجيش لن يتراجع عن خططه.",
			"الجيش لن يتراجع", "أفيغدور ليبرمان"},
		{"«ما أفاد به X» is not the sentence's speaker",
			"وقال وزير الخارجية الإيراني إن المفاوضات متوقفة منذ أسابيع.\nعلّق الرئيس الأمريكي، دونالد ترامب، على ما أفاد به مصدران عن أن الحكومة تعد تقريرا جديدا، مشددا على أنه لا يعلم ما إذا كانت تلك الأنباء دقيقة.",
			"لا يعلم ما إذا", "دونالد ترامب"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range r.Quotes {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Name
				}
				got = append(got, sp+": "+q.Text)
				if strings.Contains(q.Text, tc.quote) && NamesMatch(sp, []string{tc.speaker}) {
					return
				}
			}
			t.Errorf("Analyze(%s) quotes = %q, want %q said by %s", tc.text, got, tc.quote, tc.speaker)
		})
	}
}
