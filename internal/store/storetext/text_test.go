package storetext

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func TestIndexTerms(t *testing.T) {
	got := IndexTerms("سقطت قذائف بالحسكة")
	for _, want := range []string{"بالحسكه", "الحسكه", "حسكه", "قذايف"} {
		if !slices.Contains(got, want) {
			t.Errorf("IndexTerms(…بالحسكة) = %q, want it to hold %q", got, want)
		}
	}
	if got := IndexTerms("Reuters 2026 ؟!"); !slices.Equal(got, []string{"reuters", "2026"}) {
		t.Errorf("IndexTerms(Reuters 2026 ؟!) = %q, want [reuters 2026]", got)
	}
}

func TestQueryGroups(t *testing.T) {
	tests := []struct {
		q    string
		want [][]string
	}{
		{"الحسكة", [][]string{{"الحسكه", "حسكه"}}},
		{"بالحسكة", [][]string{{"بالحسكه", "الحسكه", "حسكه"}}},
		{"حلب", [][]string{{"حلب"}}},
		{"Reuters 2026", [][]string{{"reuters"}, {"2026"}}},
		{`"حلب" OR دمشق*`, [][]string{{"حلب"}, {"or"}, {"دمشق"}}},
		{`'a' & !b | c:*`, [][]string{{"a"}, {"b"}, {"c"}}},
		{"؟!...", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, QueryGroups(tt.q)); diff != "" {
			t.Errorf("QueryGroups(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestActorKeys(t *testing.T) {
	a := &marsad.Actor{ID: "TUR-MIL", Name: "الجيش التركي", English: "Turkish  Army", Aliases: []string{"الجيش  التركي", ""}}
	want := []string{"id:TUR-MIL", "n:الجيش التركي", "n:turkish army"}
	if diff := cmp.Diff(want, ActorKeys(a)); diff != "" {
		t.Errorf("ActorKeys (-want +got):\n%s", diff)
	}
	if got := ActorKeys(nil); got != nil {
		t.Errorf("ActorKeys(nil) = %q, want nil", got)
	}
	if got, want := QueryActorKeys("Turkish army"), []string{"id:Turkish army", "n:turkish army"}; !slices.Equal(got, want) {
		t.Errorf("QueryActorKeys = %q, want %q", got, want)
	}
}

func TestChooseStory(t *testing.T) {
	text := "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين بسبب الخلافات"
	stored := map[int64]string{
		1: text + " وأضاف أن الوفد سيضم خبراء",
		2: "أعلنت شركة النفط عن زيادة الإنتاج في الحقول الجنوبية خلال الربع الأخير من العام الجاري",
	}
	read := func(seq int64) (string, error) { return stored[seq], nil }
	tests := []struct {
		name  string
		cands []Candidate
		want  int64
		ok    bool
	}{
		{"none", nil, 0, false},
		{"close wins without reading", []Candidate{{Distance: 20, Seq: 9}, {Distance: 3, Time: 5, Seq: 7}}, 7, true},
		{"ties: earliest", []Candidate{{Distance: 3, Time: 5, Seq: 7}, {Distance: 3, Time: 4, Seq: 8}}, 8, true},
		{"checked: shared 3-grams", []Candidate{{Distance: 12, Seq: 2}, {Distance: 11, Seq: 1}}, 1, true},
		{"checked: another text", []Candidate{{Distance: 12, Seq: 2}}, 0, false},
		{"too far", []Candidate{{Distance: 15, Seq: 1}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok, err := ChooseStory(text, tt.cands, read)
			if err != nil || got != tt.want || ok != tt.ok {
				t.Errorf("ChooseStory = %d, %v, %v; want %d, %v", got, ok, err, tt.want, tt.ok)
			}
		})
	}
}

func TestCheckArticle(t *testing.T) {
	tests := []struct {
		name string
		a    *marsad.Article
		code string
	}{
		{"good", &marsad.Article{ID: "x", Text: "نص", URL: "https://a.example/1?utm_source=x"}, ""},
		{"nil", nil, marsad.EINVALID},
		{"no id", &marsad.Article{Text: "نص"}, marsad.EINVALID},
		{"blank", &marsad.Article{ID: "x", Text: " \n"}, marsad.EINVALID},
		{"too large", &marsad.Article{ID: "x", Text: "نص طويل جدا"}, marsad.ETOOLARGE},
		{"bad UTF-8", &marsad.Article{ID: "x", Text: "نص", Title: "\xff"}, marsad.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit := 10
			if tt.name != "too large" {
				limit = 1 << 20
			}
			err := CheckArticle(tt.a, limit)
			if got := marsad.ErrorCode(err); got != tt.code {
				t.Errorf("CheckArticle = %v (code %q), want code %q", err, got, tt.code)
			}
			if err == nil && (tt.a.ContentHash == "" || tt.a.CanonicalURL != "https://a.example/1") {
				t.Errorf("CheckArticle filled hash %q, canonical URL %q", tt.a.ContentHash, tt.a.CanonicalURL)
			}
		})
	}
}
