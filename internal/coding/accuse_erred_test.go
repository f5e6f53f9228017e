package coding

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// erredCases are sentences written by the Marsad team for accuse_erred.go,
// in the format of testdata/cases.txt (publication date 2026-11-29).
var erredCases = []string{
	"# a party the speaker says erred or failed: the speaker accuses it",
	"وقال وزير الخارجية المغربي إن الجزائر ارتكبت خطأ كبيرا. => ACCUSE a=وزير الخارجية المغربي r=الجزائر",
	"وأكد الرئيس التونسي أن ليبيا فشلت في حماية الحدود المشتركة. => ACCUSE a=الرئيس التونسي r=ليبيا",
	"# a second speaker named before «قائلا» says the clause after it",
	"وانتقد الرئيس الأمريكي الاتفاق، ورد عليه الرئيس الإيراني قائلا إن أمريكا فشلت في الوفاء بتعهداتها. => ACCUSE a=الرئيس الأمريكي | ACCUSE a=الرئيس الإيراني r=أمريكا",
	"# no accusation: the narrator tells a failure, a pronoun fails, the speaker erred",
	"وفشلت الحكومة الليبية في تمرير الميزانية. => -",
	"وقال وزير الخارجية المغربي إنه فشل في إقناع نظيره بالحضور. => -",
	"وقال رئيس الوزراء الموريتاني: \"ارتكبنا خطأ في إدارة الملف\". => -",
	"وقال الوزير السوداني إن المفاوضات فشلت في التوصل إلى اتفاق. => -",
}

// TestErredCases runs erredCases through the full chain.
func TestErredCases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "erred_cases.txt")
	if err := os.WriteFile(path, []byte(strings.Join(erredCases, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runChainCases(t, path)
}
