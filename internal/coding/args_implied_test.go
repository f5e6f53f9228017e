package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// impliedRecipient returns the recipient's name of the first event of type
// typ whose first evidence sentence contains marker ("-" for none, "no
// event" when there is no such event).
func impliedRecipient(t *testing.T, an *Analyzer, text, typ, marker string) string {
	t.Helper()
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	r, err := an.Analyze(context.Background(), &marsad.Article{ID: "implied", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Events {
		ev := e.Evidence[0]
		if e.Type != typ || !strings.Contains(string([]rune(text)[ev.Start:ev.End]), marker) {
			continue
		}
		if e.Recipient == nil {
			return "-"
		}
		return e.Recipient.Name
	}
	return "no event"
}

// TestPairCounterpart: a sentence that names the story's two parties
// together («بين البلدين», «بين الطرفين») aims the act of one of them at
// the other, named before.
func TestPairCounterpart(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct{ text, typ, marker, want string }{
		// two states: the other state the story names
		{"استدعت الحكومة السودانية سفيرها لدى مصر الشهر الماضي. وأعلن وزير الخارجية المصري أنه تم الاتفاق على تشكيل لجنة مشتركة بين البلدين.",
			"AGREE", "لجنة مشتركة", "الحكومة السودانية"},
		// two sides: the nearest other side before the word
		{"شنت القوات العراقية هجوما على مواقع تنظيم داعش غرب الموصل. وتقدمت القوات العراقية في المدينة رغم المعارك الشرسة بين الطرفين ونشرت تعزيزات عسكرية.",
			"MOBILIZE", "تعزيزات", "تنظيم داعش"},
	}
	for _, tc := range cases {
		if got := impliedRecipient(t, an, tc.text, tc.typ, tc.marker); got != tc.want {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// TestPairExcluded: «البلدان» followed by a plural adjective is «the
// countries», «حل الدولتين» the two-state solution: no pair of the story.
func TestPairExcluded(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"واتهم الوزير الجماعة بنشر الفوضى في البلدان العربية.", true},
		{"وأكد الرئيس دعمه حل الدولتين.", true},
		{"وقال البلدان الجاران في بيان مشترك إنهما اتفقا.", false},
		{"وتوترت العلاقات بين البلدين منذ الاثنين.", false},
	}
	for _, tc := range cases {
		_, d := phraseDoc(t, tc.text)
		got, found := false, false
		for k := range d.toks {
			if ok, _ := pairWord(bareWord(d, k)); ok {
				found, got = true, pairExcluded(d, k, 0, len(d.toks))
			}
		}
		if !found || got != tc.want {
			t.Errorf("pairExcluded(%s) = %v (pair word found %v), want %v", tc.text, got, found, tc.want)
		}
	}
}

// TestMeetingCounterpart: an agreement told after a meeting with one
// party only is with the other party of that meeting.
func TestMeetingCounterpart(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct{ text, typ, marker, want string }{
		{"التقى الرئيس التونسي الرئيس الجزائري في الجزائر العاصمة أمس. وأعلن الرئيس التونسي أنه تم الاتفاق على فتح المعابر الحدودية قريبا.",
			"AGREE", "المعابر", "الرئيس الجزائري"},
		{"أجرى وزير الخارجية الأردني اتصالا هاتفيا مع وزير الخارجية العراقي أمس. وقال الوزير الأردني إنه اتفق على عقد اجتماع للجنة العليا الشهر المقبل.",
			"AGREE", "العليا", "وزير الخارجية العراقي"},
	}
	for _, tc := range cases {
		if got := impliedRecipient(t, an, tc.text, tc.typ, tc.marker); got != tc.want {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// TestReciprocalPartner: after «تبادل» the party joined by و to the
// subject is the other side.
func TestReciprocalPartner(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct{ text, typ, marker, want string }{
		{"وتبادل الجيش اليمني والحوثيون الاتهامات بخرق الهدنة في الحديدة أمس.", "ACCUSE", "الهدنة", "الحوثيون"},
		{"وتبادلت حركة حماس وحركة فتح الاتهامات بعرقلة المصالحة أمس.", "ACCUSE", "المصالحة", "حركة فتح"},
	}
	for _, tc := range cases {
		if got := impliedRecipient(t, an, tc.text, tc.typ, tc.marker); got != tc.want {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// TestSeizedFrom: a place taken by a state's forces with no holder named
// was taken from the armed group named before.
func TestSeizedFrom(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct{ text, typ, marker, want string }{
		{"وشنت ميليشيات الحوثي هجوما على مواقع الجيش في مديرية نهم أمس. واستعادت قوات الجيش اليمني السيطرة على عدة مواقع في المديرية بعد معارك عنيفة.",
			"COERCE", "عدة مواقع", "ميليشيات الحوثي"},
		{"وتواصلت المعارك مع مسلحي تنظيم داعش غرب المدينة. وتمكنت قوات الجيش العراقي والحشد العشائري من السيطرة على ثلاث قرى أمس.",
			"COERCE", "ثلاث قرى", "مسلحي تنظيم داعش"},
	}
	for _, tc := range cases {
		if got := impliedRecipient(t, an, tc.text, tc.typ, tc.marker); got != tc.want {
			t.Errorf("Analyze(%s) %s recipient = %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}
