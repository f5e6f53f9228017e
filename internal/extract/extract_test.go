package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractFixtures(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		published string // RFC3339 date, "" for none expected
		author    string
		site      string
		lang      string
		canonical string
		want      []string // phrases the text must contain
		wantNot   []string // phrases it must not contain
		lines     int      // paragraphs expected
	}{
		{
			file:      "junk.html",
			title:     "افتتاح جسر جديد فوق النهر في مدينة الواحة",
			published: "2025-03-14T09:30:00+02:00",
			author:    "سلمى الراشد",
			site:      "جريدة المرصد التجريبية",
			lang:      "ar",
			canonical: "https://example.org/news/2025/03/14/bridge",
			want:      []string{"افتتح محافظ مدينة الواحة", "ثمانمئة متر", "من الأسبوع المقبل"},
			wantNot:   []string{"الرئيسية", "فيسبوك", "اقرأ أيضا", "الوسوم", "أخبار ذات صلة", "بلدية الواحة تطلق", "التعليقات", "جميع الحقوق محفوظة", "تابعونا"},
			lines:     5,
		},
		{
			file:      "watermark.html",
			title:     "موسم حصاد القمح يبدأ مبكراً في السهول الشمالية",
			published: "2024-06-02T00:00:00Z",
			lang:      "ar",
			want:      []string{"بدأ المزارعون", "بعد اجتماع مع ممثلي النقابة.", "موجة الحر"},
			wantNot:   []string{"aGVsbG8", "Zm9vYmFy"},
			lines:     4,
		},
		{
			file:      "jsonld.html",
			title:     "وزير الصحة يعلن حملة تطعيم وطنية للأطفال",
			published: "2023-11-05T14:20:00+03:00",
			author:    "كريم الهاشمي",
			site:      "موقع الأنباء التجريبي",
			lang:      "ar",
			want:      []string{"أعلن وزير الصحة", "نحو تسعين في المئة"},
			wantNot:   []string{"@context", "NewsArticle"},
			lines:     4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := Extract(readFixture(t, tt.file), "https://example.org/a")
			if err != nil {
				t.Fatalf("Extract(%s) error: %v", tt.file, err)
			}
			if res.Title != tt.title {
				t.Errorf("Extract(%s).Title = %q, want %q", tt.file, res.Title, tt.title)
			}
			if tt.published != "" {
				want, _ := time.Parse(time.RFC3339, tt.published)
				if !res.Published.Equal(want) {
					t.Errorf("Extract(%s).Published = %v, want %v", tt.file, res.Published, want)
				}
			}
			if tt.author != "" && res.Author != tt.author {
				t.Errorf("Extract(%s).Author = %q, want %q", tt.file, res.Author, tt.author)
			}
			if tt.site != "" && res.SiteName != tt.site {
				t.Errorf("Extract(%s).SiteName = %q, want %q", tt.file, res.SiteName, tt.site)
			}
			if res.Lang != tt.lang {
				t.Errorf("Extract(%s).Lang = %q, want %q", tt.file, res.Lang, tt.lang)
			}
			if tt.canonical != "" && res.CanonicalURL != tt.canonical {
				t.Errorf("Extract(%s).CanonicalURL = %q, want %q", tt.file, res.CanonicalURL, tt.canonical)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("Extract(%s).Text lacks %q; text:\n%s", tt.file, w, res.Text)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(res.Text, w) {
					t.Errorf("Extract(%s).Text contains %q; text:\n%s", tt.file, w, res.Text)
				}
			}
			if got := strings.Count(res.Text, "\n") + 1; got != tt.lines {
				t.Errorf("Extract(%s).Text has %d lines, want %d; text:\n%s", tt.file, got, tt.lines, res.Text)
			}
		})
	}
}

func TestExtractRejects(t *testing.T) {
	small, err := New(Config{MaxBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	def, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	few, err := New(Config{MaxElements: 50})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		x    *Extractor
		in   []byte
		code string
	}{
		{"empty", def, nil, marsad.EINVALID},
		{"blank", def, []byte(" \n\t "), marsad.EINVALID},
		{"binary", def, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), marsad.EINVALID},
		{"nul bytes", def, []byte("<html>\x00\x00\x00</html>"), marsad.EINVALID},
		{"gzip", def, []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, marsad.EINVALID},
		{"no text", def, []byte("<html><body><script>var x=1;</script></body></html>"), marsad.EINVALID},
		{"too large", small, bytes.Repeat([]byte("<p>نص</p>"), 50), marsad.ETOOLARGE},
		{"too many elements", few, bytes.Repeat([]byte("<p>نص</p>"), 60), marsad.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.x.Extract(tt.in, "")
			if err == nil {
				t.Fatalf("Extract(%q) = %+v, want error %s", tt.in, res, tt.code)
			}
			if got := marsad.ErrorCode(err); got != tt.code {
				t.Errorf("Extract(%q) error code = %s (%v), want %s", tt.in, got, err, tt.code)
			}
		})
	}
}

// TestExtractWindows1256 checks a legacy-encoded page is decoded by its
// <meta charset>.
func TestExtractWindows1256(t *testing.T) {
	page := strings.Replace(string(readFixture(t, "jsonld.html")), `<meta charset="utf-8">`, `<meta charset="windows-1256">`, 1)
	enc, err := charmap.Windows1256.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract([]byte(enc), "")
	if err != nil {
		t.Fatalf("Extract(windows-1256 page) error: %v", err)
	}
	if !strings.Contains(res.Text, "أعلن وزير الصحة") {
		t.Errorf("Extract(windows-1256 page).Text = %q, want the decoded Arabic text", res.Text)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		cfg  Config
		code string
	}{
		{Config{}, ""},
		{Config{MaxBytes: -1}, marsad.EINVALID},
		{Config{Method: Method(9)}, marsad.EINVALID},
		{Config{MinTextRunes: -5}, marsad.EINVALID},
		{Config{MaxElements: -1}, marsad.EINVALID},
	}
	for _, tt := range tests {
		cfg := tt.cfg
		if got := marsad.ErrorCode(cfg.Validate()); got != tt.code {
			t.Errorf("(%+v).Validate() code = %q, want %q", tt.cfg, got, tt.code)
		}
	}
	cfg := Config{}
	if err := cfg.Validate(); err != nil || cfg.MaxBytes != DefaultMaxBytes || cfg.MaxElements != DefaultMaxElements || cfg.MinTextRunes != 250 {
		t.Errorf("Config{}.Validate() = %v, %+v; want defaults filled", err, cfg)
	}
}

func TestRulesFile(t *testing.T) {
	r, err := parseRules(boilerplateFile)
	if err != nil {
		t.Fatalf("parseRules(boilerplate.txt) error: %v", err)
	}
	if len(r.prefix) == 0 || len(r.contains) == 0 || len(r.equal) == 0 || len(r.social) == 0 || len(r.tail) == 0 || len(r.end) == 0 || len(r.dateword) == 0 {
		t.Errorf("parseRules(boilerplate.txt): a rule kind is empty: %d prefix, %d contains, %d equal, %d social, %d tail, %d end, %d dateword",
			len(r.prefix), len(r.contains), len(r.equal), len(r.social), len(r.tail), len(r.end), len(r.dateword))
	}
	for _, bad := range []string{"prefix", "weird\tx", "prefix\t   "} {
		if _, err := parseRules(bad); err == nil {
			t.Errorf("parseRules(%q) = nil error, want one", bad)
		}
	}
}

func TestClean(t *testing.T) {
	r, err := parseRules(boilerplateFile)
	if err != nil {
		t.Fatal(err)
	}
	long := "وقال المتحدث باسم الوزارة إن الاجتماع تناول ملفات التعاون الاقتصادي والتجاري بين البلدين"
	tests := []struct {
		name, in, title, want string
	}{
		{"collapse space", "  كلمة\u00a0\u00a0 أخرى\t\u200bهنا ", "", "كلمة أخرى هنا"},
		{"blank lines", "سطر أول\n\n\n   \nسطر ثان", "", "سطر أول\nسطر ثان"},
		{"title repeated", "عنوان الخبر\n" + long, "عنوان الخبر", long},
		{"read also", long + "\nاقرأ أيضاً: خبر آخر عن شيء ما\n" + long + " أيضا", "", long + "\n" + long + " أيضا"},
		{"social bar", "فيسبوك تويتر واتساب\n" + long, "", long},
		{"share equal", "شارك\n" + long, "", long},
		{"copyright", long + "\n© 2025 جميع الحقوق محفوظة", "", long},
		{"dateline", "الأربعاء، 12 شباط/فبراير 2025، آخر تحديث 10:15 (GMT+0300)\n" + long, "", long},
		{"label", "الموضوع:\n" + long, "", long},
		{"watermark token", long + " QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkw", "", long},
		{"privacy policy in the story", long + "\nوأعلنت الشركة تعديل سياسة الخصوصية الخاصة بتطبيقها\n" + long + " 2\n" + long + " 3\n" + long + " 4\n" + long + " 5",
			"", long + "\nوأعلنت الشركة تعديل سياسة الخصوصية الخاصة بتطبيقها\n" + long + " 2\n" + long + " 3\n" + long + " 4\n" + long + " 5"},
		{"footer at the end", long + "\n" + long + " 2\n" + long + " 3\nالآراء الواردة أدناه لا تعبر عن رأي الموقع بل عن أصحابها\nتعليق قارئ", "", long + "\n" + long + " 2\n" + long + " 3"},
		{"tail block", long + "\n" + long + " ثانيا\nأخبار ذات صلة\nعنوان خبر مرتبط", "", long + "\n" + long + " ثانيا"},
		{"duplicate line", long + "\n" + long, "", long},
		{"digits only", "2025\n" + long, "", long},
		{"section label before the story", "العالم العربي\n" + long, "", long},
		{"short lines only are kept", "عاجل\nانفجار في الميناء", "", "عاجل\nانفجار في الميناء"},
		{"short subheading inside kept", long + "\nانتكاسة جديدة\n" + long + " ثانيا", "", long + "\nانتكاسة جديدة\n" + long + " ثانيا"},
		{"prose with phrase kept", "وأوضح أن " + strings.Repeat("الخطة تشمل جميع الحقوق محفوظة للعاملين وفق القانون ", 5), "", "وأوضح أن " + strings.TrimSpace(strings.Repeat("الخطة تشمل جميع الحقوق محفوظة للعاملين وفق القانون ", 5))},
		{"prefix needs word end", "الوسومات الجديدة في السوق مستوردة من الخارج", "", "الوسومات الجديدة في السوق مستوردة من الخارج"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.clean(tt.in, tt.title); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"إقرأ أيضاً:", "اقرا ايضا"},
		{"مدرسةٌ  كُبرى", "مدرسه كبري"},
		{"Share THIS!", "share this"},
		{"ـــالخبرـــ", "الخبر"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"خبر عن افتتاح الجسر الجديد - قناة صدى البلد", "قناة صدي البلد", "خبر عن افتتاح الجسر الجديد"},
		{"المدينة نيوز | خبر عن افتتاح الجسر الجديد", "المدينة نيوز", "خبر عن افتتاح الجسر الجديد"},
		{"خبر - تفاصيل", "موقع آخر", "خبر - تفاصيل"},
		{"قصير - الموقع", "الموقع", "قصير - الموقع"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestExtractGarbageNeverPanics(t *testing.T) {
	inputs := [][]byte{
		[]byte("<"), []byte("<html"), []byte("<<<<>>>>"), []byte(strings.Repeat("<div>", 20000)),
		[]byte(`<script type="application/ld+json">{"datePublished": [1,2,{"@graph":null}]}</script><p>نص</p>`),
		[]byte(`<meta property="article:published_time" content="99999-99-99"><p>` + strings.Repeat("نص عربي ", 100) + `</p>`),
		[]byte("\xff\xfe\xfd<html><body><p>\xc3\x28 bad utf8 " + strings.Repeat("كلمة ", 80) + "</p></body></html>"),
	}
	for i, in := range inputs {
		res, err := Extract(in, "::not a url")
		if err != nil {
			var me *marsad.Error
			if !errors.As(err, &me) {
				t.Errorf("Extract(input %d) error %v is not a *marsad.Error", i, err)
			}
			continue
		}
		if res.Text == "" {
			t.Errorf("Extract(input %d) = empty text without error", i)
		}
	}
}

func TestBylineDate(t *testing.T) {
	r, err := parseRules(boilerplateFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // 2006-01-02, "" for none
	}{
		{"الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)\nنص الخبر.", "2013-08-28"},
		{"نشر في ١٢ مايو ٢٠٢٤ الساعة 10:30\nنص", "2024-05-12"},
		{"GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020)\nنص", "2020-03-17"},
		{"آخر تحديث 14:00\nنص", ""},
		{"2013\nنص", ""},
		{"وقال الوزير في 28 آب 2013 إن الاتفاق سيوقع قريبا بعد مفاوضات طويلة.", ""}, // prose, not a byline
	}
	for _, tt := range tests {
		got := r.bylineDate(tt.text)
		gotS := ""
		if !got.IsZero() {
			gotS = got.Format("2006-01-02")
		}
		if gotS != tt.want {
			t.Errorf("bylineDate(%q) = %q, want %q", tt.text, gotS, tt.want)
		}
	}
}

// TestCombine checks the choice between the libraries' outputs: text from
// readability unless it is poor, dates by precedence.
func TestCombine(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("وقال المتحدث باسم الوزارة إن الاجتماع تناول ملفات التعاون بين البلدين. ", 5)
	short := "نص قصير جدا من المكتبة الأولى لا يكفي ليكون خبرا كاملا."
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tr := func(text string, date time.Time) *trafilatura.ExtractResult {
		return &trafilatura.ExtractResult{ContentText: text, Metadata: trafilatura.Metadata{Title: "عنوان", Date: date}}
	}
	tests := []struct {
		name     string
		meta     pageMeta
		rd       *readText
		tr       *trafilatura.ExtractResult
		wantText string
		wantDate string
	}{
		{"readability text kept", pageMeta{}, &readText{text: long}, tr(long+" زيادة", day("2020-05-06")), strings.TrimSpace(long), "2020-05-06"},
		{"poor readability text", pageMeta{}, &readText{text: short}, tr(long, time.Time{}), strings.TrimSpace(long), ""},
		{"readability missing", pageMeta{}, nil, tr(long, time.Time{}), strings.TrimSpace(long), ""},
		{"meta date first", pageMeta{Published: day("2021-01-02")}, &readText{text: long, published: day("2019-01-01")}, tr(long, day("2020-05-06")), strings.TrimSpace(long), "2021-01-02"},
		{"byline beats a year-only guess", pageMeta{}, &readText{text: "الأربعاء، 28 آب/اغسطس 2013\n" + long}, tr(long, day("2013-01-01")), strings.TrimSpace(long), "2013-08-28"},
		{"year-only guess kept without byline", pageMeta{}, &readText{text: long}, tr(long, day("2013-01-01")), strings.TrimSpace(long), "2013-01-01"},
		{"readability date last", pageMeta{}, &readText{text: long, published: day("2019-03-04")}, tr(long, time.Time{}), strings.TrimSpace(long), "2019-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.combine(tt.meta, tt.rd, tt.tr)
			if res.Text != tt.wantText {
				t.Errorf("combine().Text = %q, want %q", res.Text, tt.wantText)
			}
			got := ""
			if !res.Published.IsZero() {
				got = res.Published.Format("2006-01-02")
			}
			if got != tt.wantDate {
				t.Errorf("combine().Published = %q, want %q", got, tt.wantDate)
			}
		})
	}
}

// TestExtractConcurrent runs one Extractor from several goroutines, as the
// pipeline's workers do (run with -race).
func TestExtractConcurrent(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	pages := [][]byte{readFixture(t, "junk.html"), readFixture(t, "watermark.html"), readFixture(t, "jsonld.html")}
	want := make([]string, len(pages))
	for i, p := range pages {
		r, err := x.Extract(p, "")
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r.Text
	}
	errs := make(chan error, 12)
	for g := 0; g < 12; g++ {
		go func(g int) {
			r, err := x.Extract(pages[g%3], "")
			if err == nil && r.Text != want[g%3] {
				err = fmt.Errorf("concurrent Extract(page %d) text differs", g%3)
			}
			errs <- err
		}(g)
	}
	for g := 0; g < 12; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
