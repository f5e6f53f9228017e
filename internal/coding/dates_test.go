package coding

import (
	"testing"
	"time"

	"github.com/marsad/marsad/internal/arabic"
)

func TestCalendarFind(t *testing.T) {
	cal, err := LoadCalendar()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		text, date, prec string
	}{
		{"اعتقلت الشرطة الأربعاء خمسة", "2026-11-25", PrecDay},
		{"قصفت الطائرات الأحد", "2026-11-29", PrecDay},
		{"الأحد الماضي", "2026-11-22", PrecDay},
		{"والإثنين الماضي، حذر", "2026-11-23", PrecDay},
		{"مساء الثلاثاء", "2026-11-24", PrecDay},
		{"أمس", "2026-11-28", PrecDay},
		{"بالأمس", "2026-11-28", PrecDay},
		{"اليوم", "2026-11-29", PrecDay},
		{"أول أمس", "2026-11-27", PrecDay},
		{"قبل يومين", "2026-11-27", PrecDay},
		{"قبل ثلاثة أيام", "2026-11-26", PrecDay},
		{"قبل 5 أيام", "2026-11-24", PrecDay},
		{"الأسبوع الماضي", "2026-11-22", PrecWeek},
		{"الشهر الماضي", "2026-10-29", PrecMonth},
		{"في 21 نوفمبر", "2026-11-21", PrecDay},
		{"في ٢١ نوفمبر", "2026-11-21", PrecDay},
		{"يوم 19 تشرين الثاني", "2026-11-19", PrecDay},
		{"في 8 يوليو/تموز الماضي", "2026-07-08", PrecDay},
		{"بتاريخ 21 أبريل/ نيسان الماضي", "2026-04-21", PrecDay},
		{"في 3 مارس 2019", "2019-03-03", PrecDay},
		{"في 15 ديسمبر", "2025-12-15", PrecDay},
		{"في 2 جانفي", "2026-01-02", PrecDay},
		{"في 14 أوت", "2026-08-14", PrecDay},
		{"في فبراير الماضي", "2026-02-28", PrecMonth},
		{"في أيلول", "2026-09-30", PrecMonth},
		{"عام 2014", "2014-12-31", PrecYear},
		{"الجمعة 20 نوفمبر", "2026-11-20", PrecDay},
		{"بالثامن من نوفمبر الجاري", "2026-11-08", PrecDay},
		{"يوم الخامس عشر من يوليو/تموز الماضي", "2026-07-15", PrecDay},
		{"في الحادي والعشرين من أيلول", "2026-09-21", PrecDay},
		{"يعقد المجلس جلسة الخميس المقبل", "2026-12-03", PrecDay},
		{"تبدأ المحادثات يوم الأحد القادم", "2026-12-06", PrecDay},
		{"يصل الوفد غدا (الاثنين)", "2026-11-30", PrecDay},
		{"يصل الوفد غداً الثلاثاء", "2026-12-01", PrecDay},
		{"أعلن اليوم (الأحد)", "2026-11-29", PrecDay},
	}
	for _, tc := range tests {
		toks := arabic.Tokenize(tc.text)
		got := cal.Find(toks, 0, len(toks), pub)
		if len(got) == 0 {
			t.Errorf("Find(%q) = nothing, want %s", tc.text, tc.date)
			continue
		}
		if d := got[0].Date.Format("2006-01-02"); d != tc.date || got[0].Precision != tc.prec {
			t.Errorf("Find(%q) = %s/%s, want %s/%s", tc.text, d, got[0].Precision, tc.date, tc.prec)
		}
	}
	for _, none := range []string{"لم يتظاهر أحد", "قتل اثنين من الجنود", "في 31 فبراير", "150 مسلحا", "ماي"} {
		toks := arabic.Tokenize(none)
		if got := cal.Find(toks, 0, len(toks), pub); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", none, got[0].Date.Format("2006-01-02"))
		}
	}
	// no publication date: only absolute dates with a year resolve
	toks := arabic.Tokenize("أمس وفي 3 مارس 2019")
	got := cal.Find(toks, 0, len(toks), time.Time{})
	if len(got) != 1 || got[0].Date.Format("2006-01-02") != "2019-03-03" {
		t.Errorf("Find without publication = %v, want only 2019-03-03", got)
	}
}

func TestParseCalendarRejects(t *testing.T) {
	for _, bad := range []string{"weekdays: [", "version: 1\nweekdays:\n  0: [الأحد]\nmonths:\n  1: [يناير]\n"} {
		if _, err := ParseCalendar([]byte(bad)); err == nil {
			t.Errorf("ParseCalendar(%q) = nil error, want one", bad)
		}
	}
}
