package arabic

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		value int64
		vague bool
		n     int // tokens consumed
		ok    bool
	}{
		{"150 مسلحا", 150, false, 1, true},
		{"١٥٠ مسلحا", 150, false, 1, true},
		{"١٬٢٠٠ شخص", 1200, false, 1, true},
		{"1,200 شخص", 1200, false, 1, true},
		{"3.5 في المئة", 3, false, 1, true},
		{"7 آلاف شخص", 7000, false, 2, true},
		{"2.5 مليون دولار", 2500000, false, 2, true},
		{"سبعة آلاف", 7000, false, 2, true},
		{"خمسة وعشرون قتيلا", 25, false, 2, true},
		{"ثلاثة آلاف وخمسمائة", 3500, false, 3, true},
		{"أحد عشر جنديا", 11, false, 2, true},
		{"إحدى عشرة", 11, false, 2, true},
		{"اثنا عشر", 12, false, 2, true},
		{"تسعة عشر", 19, false, 2, true},
		{"مئتين", 200, false, 1, true},
		{"مائتي شخص", 200, false, 1, true},
		{"ألفين", 2000, false, 1, true},
		{"ثلاثمئة", 300, false, 1, true},
		{"ثلاث مئة", 300, false, 2, true},
		{"مئة وخمسون ألف", 150000, false, 3, true},
		{"مليون و500 ألف", 1500000, false, 4, true},
		{"عشرات القتلى", 10, true, 1, true},
		{"العشرات", 10, true, 1, true},
		{"مئات", 100, true, 1, true},
		{"المئات", 100, true, 1, true},
		{"آلاف", 1000, true, 1, true},
		{"الآلاف", 1000, true, 1, true},
		{"عشرات الآلاف", 10000, true, 2, true},
		{"بضعة آلاف", 3000, true, 2, true},
		{"بضع", 3, true, 1, true},
		{"وثلاثة", 3, false, 1, true},
		{"عدد من", 0, false, 0, false},
		{"الأحد", 0, false, 0, false},
		{"الاثنين", 0, false, 0, false},
		{"بالمئة", 0, false, 0, false},
		{"قال", 0, false, 0, false},
		{"ثلاثة وأربعة", 3, false, 1, true},
		{"عشرون وخمسة", 20, false, 1, true},
		{"عشرات ومئات وآلاف", 10, true, 1, true},
		{"بين 5 آلاف و 8 آلاف", 0, false, 0, false},
		{"5 آلاف و 8 آلاف", 5000, false, 2, true},
		{"مليون و 500 ألف", 1500000, false, 4, true},
		{"نصف مليون", 500000, false, 2, true},
		{"مليون ونصف", 1500000, false, 2, true},
		{"نصف ساعة", 0, false, 0, false},
		{"أثنى على", 0, false, 0, false},
		{"اثني عشر", 12, false, 2, true},
		{"لست", 0, false, 0, false},
		{"ألست", 0, false, 0, false},
		{"ست سنوات", 6, false, 1, true},
		{"ميتا", 0, false, 0, false},
		{"كمية", 0, false, 0, false},
		{"ألّف كتابا", 0, false, 0, false},
		{"الألفي", 0, false, 0, false},
		{"مئات الآلاف", 100000, true, 2, true},
		{"بمئات الآلاف", 100000, true, 2, true},
		{"ست عشرة مليوناً", 16000000, false, 3, true},
		{"مليارين وخمس عشرة مليون", 2015000000, false, 4, true},
		{"المليار وأربعمائة وخمسين مليون", 1450000000, false, 4, true},
		{"32 ألفًا و 638 قطعة", 32638, false, 4, true},
		{"8,1 ملايين", 8100000, false, 2, true},
		{"بإحدى وعشرين جائزة", 21, false, 2, true},
		{"للمئات", 100, true, 1, true},
		{"١٠ بالمئة", 10, false, 1, true},
		{"الاثنا عشر", 12, false, 2, true},
		{"الحادية", 0, false, 0, false},
		{"أحد عشر ألفاً", 11000, false, 3, true},
		{"مئتي ألف", 200000, false, 2, true},
		{"ثلاثمئة وخمسين ألف", 350000, false, 3, true},
		{"مليونان", 2000000, false, 1, true},
		{"خمسة عشر ألف", 15000, false, 3, true},
		{"واحد وعشرون", 21, false, 2, true},
		{"مئة وخمسة وعشرون", 125, false, 3, true},
		{"٣ آلاف و٥٠٠", 3500, false, 4, true},
		{"عشرات الملايين", 10000000, true, 2, true},
		{"۱۲۰۰", 1200, false, 1, true},
		{"1.200.000", 1200000, false, 1, true},
		{"12.05.2018", 0, false, 0, false},
		{"تسع 500 شخص", 0, false, 0, false},
		{"ثاني", 0, false, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(tt.in)
			n, ok := ParseNumber(toks, 0)
			if ok != tt.ok || n.Value != tt.value || n.Vague != tt.vague || (ok && (n.Start != 0 || n.End != tt.n)) {
				t.Errorf("ParseNumber(%q) = %+v %v, want value %d vague %v tokens %d ok %v", tt.in, n, ok, tt.value, tt.vague, tt.n, tt.ok)
			}
		})
	}
	for _, tt := range []struct {
		in string
		i  int
		ok bool
	}{
		{"الدورة الحادية عشرة", 2, false},
		{"الذكرى الحادي والعشرين", 2, false},
		{"الدورة الثالثة والأربعين", 2, false},
		{"قتل ثلاثة عشر", 1, true},
		{"العام الثاني عشرة أشخاص", 2, false},
	} {
		if _, ok := ParseNumber(Tokenize(tt.in), tt.i); ok != tt.ok {
			t.Errorf("ParseNumber(%q, %d) ok = %v, want %v", tt.in, tt.i, ok, tt.ok)
		}
	}
	if _, ok := ParseNumber(nil, 0); ok {
		t.Errorf("ParseNumber(nil, 0) ok = true, want false")
	}
	if _, ok := ParseNumber(Tokenize("ثلاثة"), 5); ok {
		t.Errorf("ParseNumber(_, 5) ok = true, want false")
	}
}

func TestData(t *testing.T) {
	if _, err := parseNumberWords(numbersFile); err != nil {
		t.Fatalf("data/numbers.tsv: %v", err)
	}
	if _, err := parseWordList(abbreviationsFile); err != nil {
		t.Fatalf("data/abbreviations.txt: %v", err)
	}
	for _, bad := range []string{"x\t1", "x\tone\tunit", "x\t1\tbogus", "x\t1\tunit\nx\t2\tunit", "x\t0.5\tunit", "x\t-1\tunit"} {
		if _, err := parseNumberWords(bad); err == nil {
			t.Errorf("parseNumberWords(%q) error = nil, want an error", bad)
		}
	}
}
