package coding

import (
	"testing"
	"time"
)

// TestContentParticiple: a participle form glued to a word inside what an
// earlier verb reports («تعليمات مشددة», «مطالبه», «متابعة») is part of
// that statement and does not cut it; after a comma a participle still
// opens a statement of its own.
func TestContentParticiple(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		whole      string // a quote must hold this whole stretch
		apart      []string
	}{
		{"an adjective «مشددة»",
			"وقال أحد أعضاء اللجنة المنظمة إن اللجنة وضعت قواعد مشددة للزوار بعدم دخول القاعة قبل الموعد.",
			"اللجنة وضعت قواعد مشددة للزوار بعدم دخول القاعة", nil},
		{"a noun with its pronoun «مطالبه»",
			"وأكدت مصادر نقابية أن الاتحاد كرر مطالبه برفع الأجور وتحسين ظروف العمل في المصانع.",
			"الاتحاد كرر مطالبه برفع الأجور", nil},
		{"a verbal noun «متابعة»",
			"وأوضح رئيس البعثة أن فريقه سيواصل متابعة الانتخابات المحلية في جميع المحافظات.",
			"فريقه سيواصل متابعة الانتخابات المحلية", nil},
		{"after a comma a participle speaks",
			"وقال المتحدث باسم البلدية إن الطرق أعيد فتحها صباح اليوم، مشددا على أن فرق الصيانة ستبقى في الميدان.",
			"", []string{"الطرق أعيد فتحها", "فرق الصيانة ستبقى"}},
	} {
		_, qs := c.CodeText(tc.text, pub)
		if tc.whole != "" && quoteHolder(qs, tc.whole) < 0 {
			t.Errorf("%s: CodeText(%s) quotes = %+v, want one holding %q", tc.name, tc.text, qs, tc.whole)
		}
		checkApart(t, tc.name, tc.text, qs, tc.apart)
	}
}
