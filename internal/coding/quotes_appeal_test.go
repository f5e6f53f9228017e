package coding

import (
	"strings"
	"testing"
	"time"
)

// TestAppealQuoted: «دعا/حث X إلى/على + verbal noun + "…"» is a quote from
// the verbal noun to the end of its clause, by the one who appealed; a
// bare verbal noun without quotation marks is not.
func TestAppealQuoted(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       string // a quote must hold this ("" : no quote at all)
		speaker    string
	}{
		{"دعا … إلى + masdar + quoted phrase",
			"دعا وزير الزراعة سامر الحلبي المزارعين إلى استغلال \"موسم مطري استثنائي\" هذا العام، خلال زيارة إلى الأرياف.",
			"استغلال \"موسم مطري استثنائي\" هذا العام", "وزير الزراعة"},
		{"حث … على + masdar + quoted phrase (حث is no reporting verb by itself)",
			"حث رئيس الاتحاد الرياضي نادر الخطيب الأندية على احترام \"روح المنافسة\" في المباريات المقبلة، وفق بيان للاتحاد.",
			"احترام \"روح المنافسة\" في المباريات المقبلة", "نادر الخطيب"},
		{"past another quoted phrase to the clause's end",
			"ودعا المبعوث الأممي خلال الاجتماع إلى البحث عن تسوية \"عادلة\" وليس \"مؤقتة\".",
			"البحث عن تسوية \"عادلة\" وليس \"مؤقتة\"", "المبعوث الأممي"},
		{"a bare verbal noun is no quote",
			"ودعا المحافظ السكان إلى ترشيد استهلاك المياه خلال فصل الصيف.",
			"", ""},
	} {
		_, qs := c.CodeText(tc.text, pub)
		if tc.want == "" {
			if len(qs) > 0 {
				t.Errorf("%s: CodeText(%s) quotes = %+v, want none", tc.name, tc.text, qs)
			}
			continue
		}
		found := false
		for _, q := range qs {
			if strings.Contains(q.Text, tc.want) {
				found = true
				if q.Speaker == nil || !strings.Contains(q.Speaker.Name, tc.speaker) {
					t.Errorf("%s: CodeText(%s) speaker = %+v, want %q", tc.name, tc.text, q.Speaker, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: CodeText(%s) quotes = %+v, want one holding %q", tc.name, tc.text, qs, tc.want)
		}
	}
}
