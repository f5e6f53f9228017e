package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestExpectedImpersonal: «ويتوقع أن …» with no subject is the passive «it
// is expected», no one's statement; with a subject it stays a quote.
func TestExpectedImpersonal(t *testing.T) {
	an := chainAnalyzer(t)
	for _, tc := range []struct {
		name, text, frag string
		want             bool
	}{
		{"«ويتوقع أن» after a quote: no speaker",
			"وقال المتحدث باسم الجيش إن الحشود على الحدود تتزايد. ويتوقع أن تبلغ المظاهرات ذروتها يوم الجمعة المقبل.",
			"تبلغ المظاهرات ذروتها", false},
		{"«فيما يتوقع أن»",
			"وتعهد مدير المستودعات بإيصال الكتب خلال أسبوعين، فيما يتوقع أن توزع الكتب المتبقية نهاية الشهر الحالي.",
			"توزع الكتب المتبقية", false},
		{"«ويتوقع خبراء أن»: a subject, a quote",
			"وارتفعت أسعار النفط أمس. ويتوقع خبراء اقتصاديون أن تواصل الأسعار ارتفاعها خلال الشهر المقبل.",
			"تواصل الأسعار ارتفاعها", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: tc.text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, q := range r.Quotes {
				if strings.Contains(q.Text, tc.frag) {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("quotes(%s) hold %q = %v, want %v", tc.text, tc.frag, got, tc.want)
			}
		})
	}
}
