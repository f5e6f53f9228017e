package coding

import (
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// FuzzCode runs the whole coder (events, quotes, dates) on arbitrary text:
// it must never panic, every event has a type and evidence, and every span
// lies inside the text. The seeds include the precision filters'
// constructions, which read tokens around triggers and must never index
// past a sentence or the text (a phrase at the very end once did:
// testdata/fuzz/FuzzCode/trigger-past-end).
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"قصفت الطائرات الحربية مواقع في إدلب أمس، وقال المتحدث: \"لن نتراجع\".",
		"اندلعت اشتباكات بين الجيش و",
		"«", "قال إن", "في 31 فبراير 2020", "قبل", "سيشن", "\xff\xfe", "بين", "أطلق * النار",
		"بناء على طلب", "سبق أن", "وكان الجيش قد", "دعاه إلى حضور", "رد على",
		"طردت الحكومة السفير", "قبل أن تطرد", "توعد أن", "اعترضت الدفاعات صواريخ",
		"الاتفاق الذي تم التوصل", "وفي 2004 وجه الرئيس نداء", "بتهمة قتل",
	} {
		f.Add(s)
	}
	c, err := NewCoder()
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		n := len([]rune(s))
		evs, qs := c.CodeText(s, pub)
		for _, e := range evs {
			if e.Type == "" || len(e.Evidence) == 0 {
				t.Fatalf("CodeText(%q): event without type or evidence: %+v", s, e)
			}
			for _, sp := range e.Evidence {
				if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
					t.Fatalf("event evidence %v outside [0,%d)", sp, n)
				}
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("confidence %v", e.Confidence)
			}
		}
		for _, q := range qs {
			if q.Start < 0 || q.End > n || q.Start >= q.End {
				t.Fatalf("quote span [%d,%d) outside [0,%d)", q.Start, q.End, n)
			}
		}
	})
}

// FuzzCalendar resolves dates in arbitrary text against arbitrary days.
func FuzzCalendar(f *testing.F) {
	for _, s := range []string{"الأربعاء الماضي", "في 21 نوفمبر 2026", "قبل 3 أيام", "قبل 999999999999 أيام", "في ٣١ ديسمبر"} {
		f.Add(s, int64(1764374400))
	}
	cal, err := LoadCalendar()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		pub := time.Unix(unix%(1<<34), 0).UTC()
		toks := arabic.Tokenize(s)
		for _, e := range cal.Find(toks, 0, len(toks), pub) {
			if e.TokStart < 0 || e.TokEnd > len(toks) || e.TokStart >= e.TokEnd {
				t.Fatalf("date tokens [%d,%d) outside [0,%d)", e.TokStart, e.TokEnd, len(toks))
			}
		}
	})
}

// FuzzParseLexicon feeds arbitrary YAML to the lexicon loader: an error,
// never a panic.
func FuzzParseLexicon(f *testing.F) {
	f.Add("version: 1\nentries:\n  - type: ASSAULT\n    verbs: [\"قصف/يقصف\"]\n")
	f.Add("version: 1\nentries:\n  - type: ASSAULT\n    phrases: [\"شن/يشن * غارة|غارات\"]\n")
	f.Add("entries: [{type: AGREE, phrases: ['/ي * ب']}]")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseLexicon(ontologyYAML, []byte(s))
	})
}

// FuzzParseNisba: any input gives a table or an EINVALID error, never a
// panic; every form of a table maps to an upper-case three-letter code.
func FuzzParseNisba(f *testing.F) {
	f.Add(string(nisbaData))
	for _, s := range []string{"USA أمريكي\n", "GBR\n", "usa x\n", "", "\xff", "ABC ي\n", "# c\nRUS روسي روسي\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseNisba([]byte(s))
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("ParseNisba error %v, want %s", err, marsad.EINVALID)
			}
			return
		}
		for form, code := range m {
			if len(code) != 3 || form == "" {
				t.Fatalf("nisba[%q] = %q", form, code)
			}
		}
	})
}
