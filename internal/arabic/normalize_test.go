package arabic

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"مدرسة", "مدرسه"},
		{"أحمد", "احمد"},
		{"إسلام", "اسلام"},
		{"آمال", "امال"},
		{"ٱلله", "الله"},
		{"مستشفى", "مستشفي"},
		{"مسؤول", "مسوول"},
		{"رئيس", "رييس"},
		{"مُحَمَّدٌ", "محمد"},
		{"الحسكــــة", "الحسكه"},
		{"هٰذا", "هذا"},
		{"١٢٣٤٥٦٧٨٩٠", "1234567890"},
		{"۱۲۳", "123"},
		{"٣٫٥", "3.5"},
		{"١٬٢٠٠", "1,200"},
		{"Hello WORLD", "hello world"},
		{"ÉCOLE", "école"},
		{"هل؟ نعم، لا؛", "هل؟ نعم، لا؛"},
		{"ی ک", "ي ك"},
		{"a\xffb", "a\xffb"},
		{"😀", "😀"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(NormalizeInto(nil, tt.in)); got != tt.want {
				t.Errorf("NormalizeInto(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeRune(t *testing.T) {
	tests := []struct{ in, want rune }{
		{'أ', 'ا'}, {'ة', 'ه'}, {'ى', 'ي'}, {'\u064E', -1}, {'ـ', -1}, {'٧', '7'}, {'A', 'a'}, {'،', '،'}, {'؟', '؟'}, {'ب', 'ب'},
	}
	for _, tt := range tests {
		if got := NormalizeRune(tt.in); got != tt.want {
			t.Errorf("NormalizeRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkTokens verifies the offset invariants of toks over s.
