package coding

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestQuoteJoinPieces: quoted pieces of one statement by one speaker in one
// sentence make one quote; a reporting word or a new act after a comma
// keeps two; a short quoted name before «إن» is dropped, not joined.
func TestQuoteJoinPieces(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string // pieces that must share one quote
		apart      []string // pieces that must stay in different quotes
		absent     string   // a phrase no quote may hold
	}{
		{"«\"…\" و\"…\"» after إن",
			"وقالت وزارة الخارجية المغربية إن التقرير الأخير \"متحيز\" و\"بعيد عن الواقع\".",
			[]string{"متحيز", "بعيد عن الواقع"}, nil, ""},
		{"«\"…\" كانت \"…\"» in one clause",
			"وقال الوزير السابق سليم قرداحي إن \"سياسة الحكومة\" كانت \"سببا مباشرا في تراجع الصادرات\".",
			[]string{"سياسة الحكومة", "سببا مباشرا"}, nil, ""},
		{"«، مضيفا أن» opens a second statement",
			"وقال رئيس البلدية إن \"المياه عادت إلى الأحياء الشرقية\"، مضيفا أن \"أعمال الصيانة ستنتهي قريبا\".",
			nil, []string{"المياه عادت", "أعمال الصيانة"}, ""},
		{"«، وحذر من أن» opens a second statement",
			"وأوضح المتحدث باسم الوزارة أن المفاوضات مع النقابات لم تنته بعد، وحذر من أن الإضراب قد يتوسع إلى قطاعات أخرى.",
			nil, []string{"المفاوضات مع النقابات", "الإضراب قد يتوسع"}, ""},
		{"a quoted name before «إن» is no piece",
			"وقال قائد \"لواء الفجر\" في بيان إن قواته استعادت السيطرة على التلال المحيطة بالبلدة.",
			nil, nil, "لواء الفجر"},
	} {
		_, qs := c.CodeText(tc.text, pub)
		holder := func(p string) int { return quoteHolder(qs, p) }
		if len(tc.want) > 0 {
			first := holder(tc.want[0])
			for _, p := range tc.want {
				if h := holder(p); h < 0 || h != first {
					t.Errorf("%s: CodeText(%s) quotes = %+v, want %q in one quote with %q", tc.name, tc.text, qs, p, tc.want[0])
				}
			}
		}
		checkApart(t, tc.name, tc.text, qs, tc.apart)
		if tc.absent != "" {
			if len(qs) == 0 {
				t.Errorf("%s: CodeText(%s): no quote, want the statement", tc.name, tc.text)
			}
			if h := holder(tc.absent); h >= 0 {
				t.Errorf("%s: CodeText(%s) quote %q holds %q", tc.name, tc.text, qs[h].Text, tc.absent)
			}
		}
	}
}

// quoteHolder returns the index of the first quote of qs holding p, or -1.
func quoteHolder(qs []marsad.Quote, p string) int {
	for i, q := range qs {
		if strings.Contains(q.Text, p) {
			return i
		}
	}
	return -1
}

// checkApart reports an error unless the two pieces of apart (when given)
// stand in two different quotes of qs.
func checkApart(t *testing.T, name, text string, qs []marsad.Quote, apart []string) {
	t.Helper()
	if len(apart) != 2 {
		return
	}
	if a, b := quoteHolder(qs, apart[0]), quoteHolder(qs, apart[1]); a < 0 || b < 0 || a == b {
		t.Errorf("%s: CodeText(%s) quotes = %+v, want %q and %q in two quotes", name, text, qs, apart[0], apart[1])
	}
}
