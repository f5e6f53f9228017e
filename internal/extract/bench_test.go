package extract

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtractSynthetic times each method on pages of n paragraphs
// (our own sentence repeated) to show how cost grows with page size; it is
// why Config.MaxElements exists.
func BenchmarkExtractSynthetic(b *testing.B) {
	for _, n := range []int{500, 5000, 20000} {
		page := []byte("<html><body>" + strings.Repeat("<p>وقال المتحدث إن الاجتماع بحث سبل التعاون بين البلدين في مجالات الطاقة.</p>\n", n) + "</body></html>")
		for _, m := range []Method{Readability, Trafilatura, Combined} {
			b.Run(fmt.Sprintf("paragraphs=%d/%s", n, m), func(b *testing.B) {
				x, err := New(Config{Method: m})
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := x.Extract(page, ""); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
