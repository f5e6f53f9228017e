package coding

import (
	"strings"
	"testing"
)

// TestRound11AppositionObject: a role phrase after the act, closed by a
// comma and followed by the person's name between commas, has that name as
// the recipient; a place or a time after the comma is none.
func TestRound11AppositionObject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct {
		text, typ, want, notWant string
	}{
		{"وألقت الشرطة القبض على الناشط الطلابي البارز، خالد منصور، في منزله بعمان.", "COERCE", "خالد منصور", ""},
		{"وألقت قوات الأمن القبض على المدون المعروف، خالد منصور، فجر اليوم.", "COERCE", "خالد منصور", ""},
		{"وألقت الشرطة الأردنية القبض على الأمين العام السابق لحزب الوسط، أمس الأحد، في منزله.", "COERCE", "", "أمس"},
		{"وطالب الوزير، خالد منصور، الحكومة بالإفراج عن المعتقلين.", "REQUEST", "", "|خالد"},
		{"وألقت الشرطة الأردنية القبض على الأمين العام السابق لحزب الوسط، في عمان، بعد مداهمة منزله.", "COERCE", "", "عمان"},
	}
	for _, tc := range cases {
		got := strings.Join(round9Args(t, an, tc.text, tc.typ), " ; ")
		if got == "" || (tc.want != "" && !strings.Contains(got, "|"+tc.want)) || (tc.notWant != "" && strings.Contains(got, "|"+tc.notWant)) {
			t.Errorf("Analyze(%s) %s = %q, want recipient %q and not %q", tc.text, tc.typ, got, tc.want, tc.notWant)
		}
	}
}

// TestRound11PronounObject: an object pronoun on a verb joined by و points
// back to the object of the verb before it; a party named between them
// takes it instead, and a party after the verb is its subject.
func TestRound11PronounObject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []argsCase{
		{"وألقت الشرطة القبض على الناشط الطلابي البارز، خالد منصور، واتهمته بالتحريض على العنف.", "ACCUSE", "|خالد منصور", ""},
		{"وقطعت البحرين علاقاتها الدبلوماسية مع قطر، واتهمتها بتمويل جماعات متشددة.", "ACCUSE", "|قطر", ""},
		{"واعتقلت الشرطة الأردنية الناشط الحقوقي، واتهمته النيابة العامة بالتحريض على العنف.", "ACCUSE", "النيابة", "الشرطة الأردنية|"},
		{"وأشاد الوزير اليمني بالموقف الأمريكي من الأطماع الإيرانية في المنطقة، واتهمها بنشر الفوضى.", "ACCUSE", "", "|الموقف"},
	}
	runArgsCases(t, an, cases)
}
