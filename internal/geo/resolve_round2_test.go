package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad"
)

// runeSpan returns the code-point span of sub's first occurrence in text.
func runeSpan(text, sub string) marsad.Span {
	i := strings.Index(text, sub)
	s := len([]rune(text[:i]))
	return marsad.Span{Start: s, End: s + len([]rune(sub))}
}

// TestRound2Places checks the second place round: a short small place
// read after stripping a proclitic needs the article's support, a name that
// is also a word after a cue noun is dropped in an article about other
// countries only, and a city written with ب at the end of an organisation's
// span is where that organisation is.
func TestRound2Places(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		exclude string // an ORG span of the text ("": none)
		want    []string
	}{
		{"«بيلدا» is the Yalda feast in a report from Iran",
			"اعتقلت الشرطة في طهران عشرات الشبان المحتفلين بيلدا.", "", []string{"طهران"}},
		{"«ويلدا» joined to a Damascus suburb stays the town",
			"دخلت الحافلات إلى ببيلا ويلدا جنوب دمشق.", "", []string{"ببيلا", "يلدا", "دمشق"}},
		{"a Yemeni front after «منطقة» in a report from Hodeidah is no Saudi Taif",
			"تواصلت المعارك في منطقة الطائف قرب الدريهمي بمحافظة الحديدة اليمنية.", "", []string{"الدريهمي", "الحديدة"}},
		{"Taif after «مدينة» in a Saudi report",
			"افتتح الأمير مهرجانا في مدينة الطائف غرب السعودية.", "", []string{"الطائف", "السعودية"}},
		{"«بفيينا» at the end of a hall's name is where the hall is",
			"ألقى الوزير كلمته في قاعة بلفيدير بفيينا صباح اليوم.", "بلفيدير بفيينا", []string{"فيينا"}},
		{"a city inside an organisation's name stays excluded",
			"ألقى الوزير كلمته في قاعة بلفيدير بفيينا صباح اليوم.", "قاعة بلفيدير بفيينا صباح", nil},
		{"a Galilee town called Palestinian in a report from Germany",
			"ولد الشاعر في مدينة الناصرة الفلسطينية وعاش سنواته الأخيرة في ألمانيا.", "", []string{"الناصرة", "ألمانيا"}},
		{"a Yemeni town after its head noun gives the bare name",
			"اشتبكت القوات في مدينة دمت شمال الضالع.", "", []string{"دمت", "الضالع"}},
		{"«الحمامات» are bathrooms", "نظفت العاملات الحمامات في الفندق.", "", nil},
		{"Hammamet after «في» with Nabeul close by",
			"انعقد المؤتمر في الحمامات بولاية نابل.", "", []string{"الحمامات", "نابل"}},
		{"«الجديدة» is new", "أعلنت الحكومة الجديدة برنامجها في الرباط.", "", []string{"الرباط"}},
		{"El Jadida after «مدينة»", "وصل الوفد إلى مدينة الجديدة غرب المغرب.", "", []string{"الجديدة", "المغرب"}},
		{"a club town in a short football report is the club",
			"تعادل نيوكاسل مع بورنموث في الجولة الأخيرة من الدوري الممتاز.", "", nil},
		{"Sheffield after «مدينة»", "ولد الكاتب في مدينة شيفيلد البريطانية.", "", []string{"شيفيلد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.exclude != "" {
				opts.Exclude = []marsad.Span{runeSpan(tt.text, tt.exclude)}
			}
			var got []string
			for _, p := range resolveTest(t, tt.text, opts) {
				got = append(got, p.Name)
			}
			if strings.Join(got, "،") != strings.Join(tt.want, "،") {
				t.Errorf("Resolve(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
