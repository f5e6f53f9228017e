package cluster

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/benchtest"
)

func TestContentHash(t *testing.T) {
	const base = "قالت الأمم المتحدة إن 25 شخصاً قتلوا في مدينة حلب."
	same := []struct{ name, text string }{
		{"identical", base},
		{"diacritics", "قَالَتْ الأُمَمُ المُتَّحِدَةُ إِنَّ 25 شَخْصاً قُتِلُوا فِي مَدِينَةِ حَلَبَ."},
		{"tatweel", "قالـــت الأمم المتحدة إن 25 شخصاً قتلوا في مدينـة حلب."},
		{"alef and teh marbuta", "قالت الامم المتحده ان 25 شخصاً قتلوا في مدينه حلب."},
		{"Arabic-Indic digits", "قالت الأمم المتحدة إن ٢٥ شخصاً قتلوا في مدينة حلب."},
		{"spacing", "  قالت الأمم\u00a0المتحدة  إن 25\tشخصاً\nقتلوا في مدينة حلب.  "},
		{"format characters", "قالت\u200c الأمم المتحدة\u200f إن 25 شخصاً قتلوا في مدينة حلب.\ufeff"},
		{"presentation forms", "\ufed7\ufe8e\ufedf\ufe96 الأمم المتحدة إن 25 شخصاً قتلوا في مدينة حلب."},
	}
	want := ContentHash(base)
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(want) {
		t.Fatalf("ContentHash(%q) = %q, want 64 hex digits", base, want)
	}
	for _, tt := range same {
		t.Run(tt.name, func(t *testing.T) {
			if got := ContentHash(tt.text); got != want {
				t.Errorf("ContentHash(%q) = %s, want %s (NormalizeText = %q)", tt.text, got, want, NormalizeText(tt.text))
			}
		})
	}
	different := []string{
		"قالت الأمم المتحدة إن 26 شخصاً قتلوا في مدينة حلب.",
		"قالت الأمم المتحدة إن 25 شخصاً قتلوا في مدينة حمص.",
	}
	for _, text := range different {
		if got := ContentHash(text); got == want {
			t.Errorf("ContentHash(%q) = %s, the hash of a different text", text, got)
		}
	}
}

func TestArticleID(t *testing.T) {
	id := ArticleID("bbc", "https://bbc.com/arabic/1", ContentHash("نص"))
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(id) {
		t.Fatalf("ArticleID = %q, want 32 hex digits", id)
	}
	if again := ArticleID("bbc", "https://bbc.com/arabic/1", ContentHash("نص")); again != id {
		t.Errorf("ArticleID twice = %q and %q, want equal", id, again)
	}
	// The separator keeps field boundaries: moving a character from one
	// field to the next gives another id.
	if other := ArticleID("bb", "chttps://bbc.com/arabic/1", ContentHash("نص")); other == id {
		t.Errorf("ArticleID with shifted fields = %q, want different from %q", other, id)
	}
}

func TestPrepare(t *testing.T) {
	a := &marsad.Article{Source: "sky", URL: "https://www.skynewsarabia.com/world/1?utm_source=rss", Text: "نص الخبر هنا"}
	Prepare(a)
	want := marsad.Article{Source: "sky", URL: a.URL, Text: a.Text,
		CanonicalURL: "https://skynewsarabia.com/world/1",
		ContentHash:  ContentHash(a.Text),
		SimHash:      SimHash(a.Text),
	}
	want.ID = ArticleID(want.Source, want.CanonicalURL, want.ContentHash)
	if *a != want {
		t.Errorf("Prepare = %+v, want %+v", *a, want)
	}
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSimHashPairs(t *testing.T) {
	wire := readTestdata(t, "wire.txt")
	tests := []struct {
		name string
		text string
		near bool
	}{
		{"republished with headline, dateline, edit and footer", readTestdata(t, "wire_republished.txt"), true},
		{"re-encoded with diacritics and Arabic-Indic digits", strings.NewReplacer("مئة", "مِئَة", "الحصبة", "الحَصبة", "أعلنت", "اعلنت").Replace(wire), true},
		{"first paragraph only", strings.SplitN(wire, "\n", 2)[0], false},
		{"first four paragraphs: a shortened copy", strings.Join(strings.Split(wire, "\n")[:4], "\n"), true},
		{"different story on the same topic and place", readTestdata(t, "same_topic.txt"), false},
	}
	h := SimHash(wire)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Distance(h, SimHash(tt.text))
			ov := Containment(Shingles(wire), Shingles(tt.text))
			if got := SameStory(d, func() float64 { return ov }); got != tt.near {
				t.Errorf("SameStory(wire, %s) = %v at distance %d, containment %.2f; want %v", tt.name, got, d, ov, tt.near)
			}
		})
	}
}

func TestSimHashEdges(t *testing.T) {
	for _, s := range []string{"", "   ", "...؟!", "\xff\xfe"} {
		if got := SimHash(s); got != 0 {
			t.Errorf("SimHash(%q) = %x, want 0", s, got)
		}
	}
	if SimHash("حلب") == 0 || SimHash("حلب") == SimHash("حمص") {
		t.Errorf("SimHash of one word: %x vs %x, want distinct non-zero", SimHash("حلب"), SimHash("حمص"))
	}
}

func TestBandValues(t *testing.T) {
	h := uint64(0x0123456789abcdef)
	b := BandValues(h)
	var cut1, cut2 uint64
	for i, v := range b {
		if v >= 1<<BandBits {
			t.Errorf("BandValues(%x)[%d] = %x, wider than %d bits", h, i, v, BandBits)
		}
		if i < 8 {
			cut1 |= v << (i * BandBits)
			continue
		}
		for j := range BandBits {
			cut2 |= (v >> j & 1) << (j*8 + i - 8)
		}
	}
	if cut1 != h || cut2 != h {
		t.Errorf("BandValues(%x) reassembled = %x and %x", h, cut1, cut2)
	}
	// Any 7 flipped bits leave a band of the first cut untouched.
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		x := h
		for range 7 {
			x ^= 1 << rng.IntN(64)
		}
		bx := BandValues(x)
		shared := false
		for i := range 8 {
			shared = shared || bx[i] == b[i]
		}
		if !shared {
			t.Fatalf("BandValues(%x) and BandValues(%x) share no band at distance %d", h, x, Distance(h, x))
		}
	}
}

func TestDataFiles(t *testing.T) {
	for _, name := range []string{"data/tracking_params.txt", "data/stopwords.txt"} {
		w, err := loadWordList(name)
		if err != nil {
			t.Fatalf("loadWordList(%s): %v", name, err)
		}
		if len(w.words)+len(w.prefixes) < 20 {
			t.Errorf("loadWordList(%s): %d entries, want at least 20", name, len(w.words)+len(w.prefixes))
		}
		for word := range w.words {
			if name == "data/stopwords.txt" && arabic.Normalize(word) != word {
				t.Errorf("%s: %q is not normalised (want %q)", name, word, arabic.Normalize(word))
			}
			if name == "data/tracking_params.txt" && strings.ToLower(word) != word {
				t.Errorf("%s: %q is not lower case", name, word)
			}
		}
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := readTestdata(b, "wire.txt") + readTestdata(b, "same_topic.txt")
	b.SetBytes(int64(len(text)))
	cpu0 := benchtest.CPUTime()
	for b.Loop() {
		SimHash(text)
	}
	benchtest.ReportPerCPU(b, cpu0, float64(len(text))*float64(b.N)/1e6, "MB")
}

func BenchmarkContentHash(b *testing.B) {
	text := readTestdata(b, "wire.txt") + readTestdata(b, "same_topic.txt")
	b.SetBytes(int64(len(text)))
	cpu0 := benchtest.CPUTime()
	for b.Loop() {
		ContentHash(text)
	}
	benchtest.ReportPerCPU(b, cpu0, float64(len(text))*float64(b.N)/1e6, "MB")
}

func TestNeedsNFKC(t *testing.T) {
	// Where needsNFKC says no, NFKC must indeed leave the text alone.
	for r := rune(0); r < 0x2100; r++ {
		s := "ا" + string(r) + "ب"
		if !needsNFKC(s) && norm.NFKC.String(s) != s {
			t.Errorf("needsNFKC(%q U+%04X) = false, but NFKC changes it to %q", s, r, norm.NFKC.String(s))
		}
	}
}

func TestNormalizeTextReference(t *testing.T) {
	ref := func(s string) string {
		s = norm.NFKC.String(s)
		s = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.Fields(arabic.Normalize(s)), " ")
	}
	inputs := []string{
		readTestdata(t, "wire.txt"), readTestdata(t, "same_topic.txt"),
		"  قَالَ\u200c  الـــرئيس\t«نعم» ٢٠٢٦ Hello WORLD \ufeff\n\n", "\xff\xfeنص", "", " \u00a0 ",
		"\ufed7\ufe8e\ufedf\ufe96 \u0627\u0654 ﻻ",
	}
	for _, s := range inputs {
		if got, want := NormalizeText(s), ref(s); got != want {
			t.Errorf("NormalizeText(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestContainment(t *testing.T) {
	a := Shingles("قال الوزير إن الحكومة ستعقد اجتماعا طارئا يوم الأحد لبحث الأوضاع")
	b := Shingles("عاجل: قال الوزير إن الحكومة ستعقد اجتماعا طارئا يوم الأحد لبحث الأوضاع. تابعونا")
	if got := Containment(a, b); got != 1 {
		t.Errorf("Containment(text, text with additions) = %v, want 1", got)
	}
	if got := Containment(a, Shingles("سقطت أمطار غزيرة على المدينة صباح اليوم")); got != 0 {
		t.Errorf("Containment(unrelated) = %v, want 0", got)
	}
	if got := Containment(a, nil); got != 0 {
		t.Errorf("Containment(a, empty) = %v, want 0", got)
	}
}
