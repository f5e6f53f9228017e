package source

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad"
)

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want marsad.RawItem
		code string
	}{
		{
			name: "canonical fields",
			in:   `{"id":"x1","text":"نص","url":"https://e.org/1","title":"عنوان","published":"2020-01-02T03:04:05Z","source":"موقع","author":"كاتب","summary":"ملخص"}`,
			want: marsad.RawItem{ID: "x1", Text: "نص", URL: "https://e.org/1", Title: "عنوان", Published: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), Source: "موقع", Author: "كاتب", Summary: "ملخص"},
		},
		{
			name: "variants",
			in:   `{"DocNo":7,"Body":"نص","Link":"https://e.org/2","headline":"ع","pubDate":"Sun, 18 Feb 2018 21:35:43 +0400","publisher":{"name":"ناشر"},"authors":[{"name":"أ"},{"name":"ب"}],"abstract":"م"}`,
			want: marsad.RawItem{ID: "7", Text: "نص", URL: "https://e.org/2", Title: "ع", Published: time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC), Source: "ناشر", Author: "أ, ب", Summary: "م"},
		},
		{
			name: "published_at unix, content paragraphs",
			in:   `{"content":["فقرة أولى"," فقرة ثانية "],"published_at":1700000000,"outlet":"منفذ"}`,
			want: marsad.RawItem{Text: "فقرة أولى\nفقرة ثانية", Published: time.Unix(1700000000, 0).UTC(), Source: "منفذ"},
		},
		{
			name: "date preferred over date_iso",
			in:   `{"text":"ن","date":"Sun, 18 Feb 2018 21:35:43 +0400","date_iso":"2018-02-18"}`,
			want: marsad.RawItem{Text: "ن", Published: time.Date(2018, 2, 18, 17, 35, 43, 0, time.UTC)},
		},
		{
			name: "bad date ignored",
			in:   `{"text":"ن","published":"soon","date_iso":"2019-05-06"}`,
			want: marsad.RawItem{Text: "ن", Published: time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)},
		},
		{
			name: "html only",
			in:   `{"html":"<p>ص</p>","site":"s"}`,
			want: marsad.RawItem{HTML: []byte("<p>ص</p>"), Source: "s"},
		},
		{name: "empty text", in: `{"id":"e","text":"  "}`, code: marsad.EINVALID},
		{name: "no text field", in: `{"id":"e","title":"t"}`, code: marsad.EINVALID},
		{name: "array", in: `[1,2]`, code: marsad.EINVALID},
		{name: "malformed", in: `{"text":"x"`, code: marsad.EINVALID},
		{name: "invalid utf8", in: "{\"text\":\"\xff\"}", code: marsad.EINVALID},
		{name: "empty", in: ``, code: marsad.EINVALID},
		{name: "text wrong type", in: `{"text":{"a":1}}`, code: marsad.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeJSON([]byte(tt.in))
			if tt.code != "" {
				if marsad.ErrorCode(err) != tt.code {
					t.Errorf("DecodeJSON(%s) error = %v, want code %s", tt.in, err, tt.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("DecodeJSON(%s) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DecodeJSON(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// BenchmarkDecodeJSON decodes one typical article line (our own text:
// 12 paragraphs, escaped newlines and quotes, RFC 1123 date).
func BenchmarkDecodeJSON(b *testing.B) {
	para := `وقال المتحدث باسم الوزارة إن \"الاجتماع\" تناول ملفات التعاون الاقتصادي والتجاري بين البلدين، وسبل تطوير العلاقات في مجالات الطاقة والنقل.`
	text := strings.Repeat(para+`\n`, 12)
	line := []byte(`{"id":"bench-1","source":"صحيفة","url":"https://example.org/a/b","title":"عنوان الخبر","date":"Sun, 18 Feb 2018 21:35:43 +0400","date_iso":"2018-02-18","author":"","abstract":"ملخص قصير للخبر","text":"` + text + `"}`)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		if _, err := DecodeJSON(line); err != nil {
			b.Fatal(err)
		}
	}
}
