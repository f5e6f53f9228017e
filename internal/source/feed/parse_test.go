package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func TestParseDocument(t *testing.T) {
	date := func(s string) time.Time {
		t.Helper()
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		file  string
		base  string
		title string
		want  []entry
	}{
		{
			file:  "rss2.xml",
			base:  "https://news.example/rss.xml",
			title: "صحيفة المرصد التجريبية",
			want: []entry{
				{
					GUID: "news-example-1002", Link: "https://news.example/culture/book-fair",
					Title: "افتتاح معرض الكتاب في عمّان", Author: "سارة الخطيب",
					Published: date("2026-11-28T10:30:00+03:00"),
					Summary:   "افتتح وزير الثقافة معرض الكتاب صباح السبت.",
				},
				{
					GUID: "https://news.example/local/alex-rain", Link: "https://news.example/local/alex-rain",
					Title: "الأمطار تغمر شوارع الإسكندرية", Author: "قسم المحليات",
					Published: date("2026-11-27T08:00:00Z"),
					Content:   "هطلت أمطار غزيرة على مدينة الإسكندرية يوم الجمعة.\nوقالت المحافظة إن فرق الطوارئ تعمل على تصريف المياه.",
					Summary:   "هطلت أمطار غزيرة على المدينة.",
				},
			},
		},
		{
			file:  "rdf.xml",
			base:  "https://rdf.example/rss",
			title: "إذاعة تجريبية",
			want: []entry{{
				Link: "https://rdf.example/a/7", Title: "البرلمان يناقش الموازنة", Author: "مراسلنا",
				Published: date("2026-11-28T09:15:00Z"), Summary: "ناقش البرلمان مشروع الموازنة العامة.",
			}},
		},
		{
			file:  "atom.xml",
			base:  "https://atom.example/feed",
			title: "وكالة الأنباء التجريبية",
			want: []entry{{
				GUID: "tag:atom.example,2026:42", Link: "https://atom.example/news/42",
				Title: "توقيع اتفاق تعاون زراعي", Author: "نور حداد",
				Published: date("2026-11-28T11:00:00Z"),
				Content:   "وقّع البلدان اتفاقاً للتعاون في مجال الزراعة والري.",
				Summary:   "وقّع البلدان اتفاقاً للتعاون في مجال الزراعة.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parseDocument(b, tt.base)
			if err != nil {
				t.Fatalf("parseDocument(%s) error = %v", tt.file, err)
			}
			if doc.Title != tt.title {
				t.Errorf("parseDocument(%s).Title = %q, want %q", tt.file, doc.Title, tt.title)
			}
			eq := cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })
			if diff := cmp.Diff(tt.want, doc.Entries, eq); diff != "" {
				t.Errorf("parseDocument(%s) entries mismatch (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestParseDocumentMalformed(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"spaces", "  \n\t "},
		{"html page", "<!DOCTYPE html><html><body><p>not a feed</p></body></html>"},
		{"truncated rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>y`},
		{"binary", "\x00\x01\x02\xff\xfe"},
		{"json garbage", `{"version": 3`},
		{"plain text", "hello world"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseDocument([]byte(tt.in), "https://x.example/feed")
			if err == nil {
				t.Fatalf("parseDocument(%q) = %+v, want an error", tt.in, doc)
			}
			if marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(err.Error(), "parse feed") {
				t.Errorf("parseDocument(%q) error = %v (code %s), want EINVALID parse feed error", tt.in, err, marsad.ErrorCode(err))
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"نص عادي", "نص عادي"},
		{"  كلمة \t  أخرى ", "كلمة أخرى"},
		{"<p>فقرة أولى</p><p>فقرة ثانية</p>", "فقرة أولى\nفقرة ثانية"},
		{"سطر<br/>سطر", "سطر\nسطر"},
		{"A &amp; B &lt;tag&gt; &#1575;", "A & B <tag> ا"},
		{"<div>قبل<script>var x = '<p>';</script>بعد</div>", "قبلبعد"},
		{"<style>p{}</style><b>غامق</b> و<i>مائل</i>", "غامق ومائل"},
		{"<p>unclosed <b>bold", "unclosed bold"},
		{"\xff\xfe<p>x</p>", "\uFFFD\nx"},
	}
	for _, tt := range tests {
		if got := htmlText(tt.in); got != tt.want {
			t.Errorf("htmlText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntryKeys(t *testing.T) {
	shares := func(a, b entry) bool {
		for _, x := range a.keys() {
			for _, y := range b.keys() {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	base := entry{GUID: "g1", Link: "https://x.example/1", Title: "عنوان"}
	tests := []struct {
		name string
		a, b entry
		same bool
	}{
		{"identical", base, base, true},
		{"GUID re-issued, same link and title", base, entry{GUID: "g2", Link: base.Link, Title: base.Title}, true},
		{"title edited, same GUID", base, entry{GUID: "g1", Link: base.Link, Title: "عنوان معدّل"}, true},
		{"shared home-page link, different articles", entry{GUID: "a", Link: "https://x.example/", Title: "خبر أ"},
			entry{GUID: "b", Link: "https://x.example/", Title: "خبر ب"}, false},
		{"no GUID, same link, title edited", entry{Link: base.Link, Title: "قديم"}, entry{Link: base.Link, Title: "جديد"}, true},
		{"no GUID, different links", entry{Link: "https://x.example/1"}, entry{Link: "https://x.example/2"}, false},
		{"nothing but text", entry{Title: "t", Summary: "s"}, entry{Title: "t", Summary: "s"}, true},
		{"nothing but text, differs", entry{Title: "t", Summary: "s"}, entry{Title: "t", Summary: "other"}, false},
	}
	for _, tt := range tests {
		if got := shares(tt.a, tt.b); got != tt.same {
			t.Errorf("%s: keys(%v) and keys(%v) shared = %v, want %v", tt.name, tt.a, tt.b, got, tt.same)
		}
	}
}

func TestTrimSeen(t *testing.T) {
	old := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name    string
		current []string
		limit   int
		want    []string
	}{
		{"under limit", []string{"f"}, 10, []string{"a", "b", "c", "d", "e", "f"}},
		{"drops oldest", []string{"f"}, 3, []string{"d", "e", "f"}},
		{"current moves to end", []string{"b"}, 3, []string{"d", "e", "b"}},
		{"current beyond limit kept", []string{"x", "y", "z"}, 2, []string{"x", "y", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cur := make(map[string]bool)
			for _, k := range tt.current {
				cur[k] = true
			}
			got := trimSeen(old, cur, tt.limit)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("trimSeen(%v, %v, %d) mismatch (-want +got):\n%s", old, tt.current, tt.limit, diff)
			}
		})
	}
}
