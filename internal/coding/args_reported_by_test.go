package coding

import (
	"strings"
	"testing"
)

// TestReportedByChain: the monitor an act of force is attributed to («وفق
// ما أفاد المرصد») is not the party the act hit.
func TestReportedByChain(t *testing.T) {
	an := chainAnalyzer(t)
	text := "وقصفت قوات النظام السوري، الأحد، بلدات في ريف إدلب، وفق ما أفاد المرصد السوري لحقوق الإنسان."
	got := eventArgs(t, an, text, "ASSAULT")
	if len(got) == 0 {
		t.Fatalf("Analyze(%s): no ASSAULT event", text)
	}
	for _, p := range got {
		if strings.Contains(p[1], "المرصد") {
			t.Errorf("Analyze(%s) ASSAULT recipient = %q, want no monitor", text, p[1])
		}
	}
}

// TestReportedBy: the predicate on the words of a text of our own: the
// subject of «وفق ما أفاد», «حسبما أعلن», «بحسب ما ذكرت»; not the
// subject of a plain verb of telling or the object of a verb of force.
func TestReportedBy(t *testing.T) {
	_, d := phraseDoc(t, "وفق ما أفاد المرصد ثم حسبما أعلن الجيش ثم بحسب ما ذكرت الوكالة ثم أعلن الوزير ثم قصف المدينة")
	want := map[string]bool{"المرصد": true, "الجيش": true, "الوكالة": true, "الوزير": false, "المدينة": false}
	checkWords(t, d, "reportedBy", want, func(k int) bool { return reportedBy(d, k, 0) })
}
