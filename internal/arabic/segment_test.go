package arabic

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSegment(t *testing.T) {
	type seg struct {
		procs string
		stem  string
		enc   string
	}
	tests := []struct {
		in      string
		want    []seg // must appear, in this relative order
		notWant []seg
	}{
		{"بالحسكة", []seg{{"", "بالحسكه", ""}, {"ب", "الحسكه", ""}, {"ب+ال", "حسكه", ""}}, nil},
		{"وبالحسكة", []seg{{"", "وبالحسكه", ""}, {"و+ب+ال", "حسكه", ""}}, nil},
		{"للحكومة", []seg{{"", "للحكومه", ""}, {"ل+ال", "حكومه", ""}}, nil},
		{"للبنان", []seg{{"", "للبنان", ""}, {"ل", "لبنان", ""}}, nil},
		{"بلال", []seg{{"", "بلال", ""}, {"ب", "لال", ""}}, nil},
		{"لبنان", []seg{{"", "لبنان", ""}, {"ل", "بنان", ""}}, nil},
		{"وسيقوم", []seg{{"", "وسيقوم", ""}, {"و", "سيقوم", ""}, {"و+س", "يقوم", ""}}, nil},
		{"حكومته", []seg{{"", "حكومته", ""}, {"", "حكومت", "ه"}, {"", "حكومه", "ه"}}, nil},
		{"وزيرها", []seg{{"", "وزيرها", ""}, {"", "وزير", "ها"}}, nil},
		{"الكتاب", []seg{{"", "الكتاب", ""}, {"ال", "كتاب", ""}}, []seg{{"ال", "كتا", "ب"}}},
		{"ال", []seg{{"", "ال", ""}}, nil},
		{"الى", []seg{{"", "الي", ""}}, []seg{{"ال", "ي", ""}}},
		{"سلام", []seg{{"", "سلام", ""}}, []seg{{"س", "لام", ""}}},
		{"وو", []seg{{"", "وو", ""}}, nil},
		{"باراك", []seg{{"", "باراك", ""}}, []seg{{"", "باري", "ك"}}},
		{"الحسكة", []seg{{"ال", "حسكه", ""}}, []seg{{"", "الحسك", "ه"}}},
		{"على", []seg{{"", "علي", ""}}, []seg{{"", "عل", "ي"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			as := Segment(tt.in)
			var got []seg
			for _, a := range as {
				got = append(got, seg{strings.Join(a.Proclitics, "+"), a.Stem, a.Enclitic})
			}
			pos := -1
			for _, w := range tt.want {
				k := slices.Index(got, w)
				if k < 0 || k < pos {
					t.Errorf("Segment(%q) = %v, want %v in order", tt.in, got, tt.want)
					break
				}
				pos = k
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("Segment(%q) = %v, must not contain %v", tt.in, got, w)
				}
			}
			if len(got) == 0 || got[0] != (seg{"", Normalize(tt.in), ""}) {
				t.Errorf("Segment(%q)[0] = %v, want the whole word", tt.in, got)
			}
			runes := []rune(tt.in)
			for _, a := range as {
				if Normalize(string(runes[a.StemStart:a.StemEnd])) != a.Stem && !strings.HasSuffix(a.Stem, "ه") {
					t.Errorf("Segment(%q): stem %q at %d:%d reads %q", tt.in, a.Stem, a.StemStart, a.StemEnd, string(runes[a.StemStart:a.StemEnd]))
				}
			}
		})
	}
}

func TestSegmentSpans(t *testing.T) {
	tests := []struct {
		word, stem string
		start, end int
	}{
		{"وَبِالْحَسَكَةِ", "حسكه", 7, 15},
		{"بالحسكة", "حسكه", 3, 7},
		{"للحكومة", "حكومه", 2, 7},
		{"وزيرُها", "وزير", 0, 5},
		{"وسيقــوم", "يقوم", 2, 8},
	}
	for _, tt := range tests {
		found := false
		for _, a := range Segment(tt.word) {
			if a.Stem == tt.stem {
				found = true
				if a.StemStart != tt.start || a.StemEnd != tt.end {
					t.Errorf("Segment(%q) stem %q at %d:%d, want %d:%d", tt.word, a.Stem, a.StemStart, a.StemEnd, tt.start, tt.end)
				}
			}
		}
		if !found {
			t.Errorf("Segment(%q) has no stem %q", tt.word, tt.stem)
		}
	}
}

func TestAppendSegment(t *testing.T) {
	buf := AppendSegment(nil, "بالحسكة")
	n := len(buf)
	buf = AppendSegment(buf, "وزيرها")
	if !cmp.Equal(buf[:n], Segment("بالحسكة")) || !cmp.Equal(buf[n:], Segment("وزيرها")) {
		t.Errorf("AppendSegment(AppendSegment(nil, بالحسكة), وزيرها) = %v, want the two Segment results in a row", buf)
	}
	if got := AppendSegment(buf[:0], ""); len(got) != 0 {
		t.Errorf("AppendSegment(dst, \"\") = %v, want dst unchanged", got)
	}
}

func TestStems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"بالحسكة", []string{"بالحسكه", "الحسكه", "حسكه"}},
		{"والحكومة", []string{"والحكومه", "الحكومه", "حكومه"}},
		{"حكومتها", []string{"حكومتها", "حكومت", "حكومه"}},
		{"MBC", []string{"mbc"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Stems(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Stems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
