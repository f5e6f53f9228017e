package coding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// verbal10Cases are sentences written by the Marsad team for the ninth
// session's verbal-event rules (events_commentator_clause.go), in the
// format of testdata/cases.txt (publication date 2026-11-29).
var verbal10Cases = []string{
	"# a party's act told before the experts whose report it answers",
	"رفضت الحكومة العراقية تقريرا من خبراء الأمم المتحدة يقول إن الفساد انتشر في الوزارات. => REJECT a=الحكومة العراقية",
	"# what the expert says stays his opinion",
	"وقال الخبير الاقتصادي إن الحكومة العراقية رفضت الخطة. => -",
	"# a titled speaker whose title ends like the experts' («حقوق الإنسان») is no expert",
	"التقى وفد من خبراء حقوق الإنسان بعائلات المعتقلين في القاهرة. وقال مفوض حقوق الإنسان إن الوضع مقلق، ودعا المفوض السامي السلطات المصرية إلى الإفراج عن المعتقلين. => CONSULT | REQUEST a=المفوض السامي r=السلطات المصرية",
	"# the analyst named in full elsewhere still comments",
	"التقى المحلل فريد زكريا طلابا في الجامعة. وقال زكريا إن الحكومة الإيرانية طالبت واشنطن بالتراجع. => CONSULT",
}

// TestVerbal10Cases runs verbal10Cases through the full chain.
func TestVerbal10Cases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "verbal10_cases.txt")
	if err := os.WriteFile(path, []byte(strings.Join(verbal10Cases, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runChainCases(t, path)
}
