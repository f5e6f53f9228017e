package coding

import (
	"strings"
	"testing"
)

// TestFutureCoordinatedVerb: a future verb joined by و («وستفرض») shares
// the subject of the verb before it; the future's س is no object clitic,
// and the previous act's target is not its actor.
func TestFutureCoordinatedVerb(t *testing.T) {
	an := chainAnalyzer(t)
	text := "وقال وزير الخارجية الفرنسي إن بلاده ستعيد فرض عقوبات اقتصادية على إيران وستفرض عقوبات إضافية على شركات أجنبية."
	got := round9Args(t, an, text, "SANCTION")
	if len(got) != 2 || strings.HasPrefix(got[1], "إيران|") || !strings.Contains(got[1], "|شركات") {
		t.Errorf("Analyze(%s) SANCTION = %q, want the second act by the minister's side on the companies", text, got)
	}
}
