package coding

import (
	"strings"
	"testing"
	"time"
)

// TestQuoteCases: reported speech in sentences written by the team; each
// case names a piece of the expected quote and its speaker.
func TestQuoteCases(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"sources are speakers", "وذكرت مصادر أمنية أن المسلحين انسحبوا من البلدة ليلا بعد اشتباكات.", "المسلحين انسحبوا", "مصادر أمنية"},
		{"a verbal noun after أفاد بـ", "وأفاد المرصد بوقوع اشتباكات عنيفة في أطراف المدينة منذ الصباح.", "بوقوع اشتباكات", "المرصد"},
		{"a verbal noun after أكد", "وأكد الوزير رفض حكومته أي تدخل خارجي في الانتخابات المقبلة.", "رفض حكومته", "الوزير"},
		{"the agency after «نقلت عنه»", "ونقلت عنه وكالة الأنباء الرسمية \"الحكومة ستعقد اجتماعا طارئا الأسبوع المقبل\".", "الحكومة ستعقد", "وكالة الأنباء الرسمية"},
		{"a verb after «ما» is content", "وقال المتحدث باسم الحكومة إن ما يراه الناس على الشاشات يثير القلق حول المستقبل.", "يثير القلق", "المتحدث باسم الحكومة"},
		{"a long attribution before إن", "وقال السفير الأمريكي لدى الأمم المتحدة في تغريدة على حسابه الرسمي في موقع تويتر، إن بلاده ستعيد النظر في المساعدات.", "بلاده ستعيد", "السفير الأمريكي لدى الأمم المتحدة"},
		{"direct quote after قال", "وقال المتحدث باسم الجيش إن \"القوات ستواصل عملياتها حتى تطهير المنطقة\".", "القوات ستواصل", "المتحدث باسم الجيش"},
	}
	t.Run("one quote per stretch of speech", func(t *testing.T) {
		text := "وأعلن الجيش والشرطة أن الطرق المؤدية إلى المدينة ستفتح صباح الغد أمام المدنيين."
		_, qs := c.CodeText(text, pub)
		seen := map[[2]int]bool{}
		for _, q := range qs {
			k := [2]int{q.Start, q.End}
			if seen[k] {
				t.Errorf("quotes(%s) lists %q twice", text, q.Text)
			}
			seen[k] = true
		}
	})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := c.CodeText(tc.text, pub)
			var got []string
			for _, q := range qs {
				sp := ""
				if q.Speaker != nil {
					sp = q.Speaker.Name
				}
				got = append(got, sp+": "+q.Text)
				if strings.Contains(q.Text, tc.quote) && NamesMatch(sp, []string{tc.speaker}) {
					return
				}
			}
			t.Errorf("quotes(%s) = %q, want %q said by %s", tc.text, got, tc.quote, tc.speaker)
		})
	}
}
