package coding

import (
	"testing"
	"time"
)

// TestAgreeingSpeaker: a subjectless continuation verb whose gender
// disagrees with the speaker carried over goes to the speaker or body of
// its gender named just before (quotes_gender.go).
func TestAgreeingSpeaker(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"feminine «وأوضحت» after «نسبت وكالة … لأحد السكان قوله»",
			"ونسبت وكالة \"الفجر\" للأنباء لأحد سكان البلدة قوله، إن القصف استمر طوال الليل. وأوضحت أن عشرات العائلات نزحت نحو الشمال.",
			"عشرات العائلات نزحت", "وكالة \"الفجر\"", "أحد سكان البلدة"},
		{"feminine «وأضافت» after a ministry's statement quoting a minister",
			"وبحسب بيان نشرته وزارة الزراعة، قال الوزير إن المحصول تضرر بشدة. وأضافت أن الأمطار ستتأخر هذا العام.",
			"الأمطار ستتأخر", "وزارة الزراعة", "الوزير"},
		{"masculine «وأضاف» after «وفقا لما نقلته وكالة»",
			"وقال نائب وزير المالية سامر الخوري إن \"الديون تراجعت بشكل كبير هذا العام\"، وفقا لما نقلته وكالة أنباء \"النهار\" الرسمية. وأضاف أن \"الموازنة المقبلة ستركز على التعليم\".",
			"الموازنة المقبلة ستركز", "نائب وزير المالية سامر الخوري", "وكالة أنباء"},
	})
}

// TestAgreeingSpeakerKept: verbs that agree, statements and verbs inside
// a clause keep the speaker carried over.
func TestAgreeingSpeakerKept(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"masculine «وأشار» after «وأوضح بيان لوزارة الصحة»: the statement is masculine",
			"وقال وزير الصحة إن اللقاحات وصلت. وأوضح بيان لوزارة الصحة أن الإصابات تراجعت. وأشار إلى أن المستشفيات استعادت طاقتها.",
			"المستشفيات استعادت", "وزارة الصحة", "وزير الصحة"},
		{"feminine «وأضافت» after a woman minister",
			"وقالت الوزيرة سلمى الحداد إن الموازنة أقرت. وأضافت أن الرواتب سترفع في الربيع.",
			"الرواتب سترفع", "الوزيرة سلمى الحداد", ""},
	})
}

// TestContinuationGender reads the gender of a verb opening a clause.
func TestContinuationGender(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"وأضافت أن", 1}, {"وأضاف أن", -1}, {"وتابع أن", 0}, {"وتابعت أن", 1}, {"ولفت إلى", -1}, {"ولفتت إلى", 1},
		{"ويضيف أن", -1}, {"وأضافوا أن", 0}, {"قال إن", 0},
	} {
		d := newDoc(tc.text, time.Time{}, c.lx, c.cal)
		if got := continuationGender(d, 0, 0); got != tc.want {
			t.Errorf("continuationGender(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestAddressedOutletCut: a source's post widened to the complementiser
// stops at the outlet it spoke to, for its own quote and the continuation
// that inherits it (quotes_speaker_outlet.go).
func TestAddressedOutletCut(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«مصدر في … لفرانس برس إن»",
			"وقال مسؤول في إدارة المطار لفرانس برس إن الرحلات علقت حتى المساء. وأضاف أن المسافرين نقلوا إلى الفنادق.",
			"الرحلات علقت", "مسؤول في إدارة المطار", "مسؤول في إدارة المطار لفرانس برس"},
		{"the continuation inherits the cut phrase",
			"وقال مسؤول في إدارة المطار لرويترز إن الرحلات علقت حتى المساء. وأضاف أن المسافرين نقلوا إلى الفنادق.",
			"المسافرين نقلوا", "مسؤول في إدارة المطار", "مسؤول في إدارة المطار لرويترز"},
	})
}
