package coding

import (
	"context"
	"strings"
	"testing"
	"time"

	marsad "github.com/marsad/marsad"
)

// TestLinkHeadline: a line «NAME: statement» between paragraphs (a link
// to a related story) is NAME's statement; topic labels, place labels of
// news and datelines are not (quotes_link_headline.go).
func TestLinkHeadline(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"a related-story line",
			"قال الوزير إن الميناء سيفتح قريبا.\nأردوغان: تركيا لن تتراجع عن دعم الحكومة في طرابلس\nوأضاف الوزير أن العمل مستمر.",
			"تركيا لن تتراجع", "أردوغان", ""},
		{"after a link word and a colon",
			"قال الوزير إن الميناء سيفتح قريبا.\nللمزيد: ماكرون: فرنسا ستستضيف مؤتمرا للسلام في الربيع المقبل\nوأضاف الوزير أن العمل مستمر.",
			"فرنسا ستستضيف", "ماكرون", ""},
	})
	an := chainAnalyzer(t)
	for _, text := range []string{
		"قال الوزير إن الميناء سيفتح قريبا.\nالحوثيون: من جبال صعدة إلى حكم صنعاء في أربع سنوات\nوأضاف الوزير أن العمل مستمر.",
		"قال الوزير إن الميناء سيفتح قريبا.\nاليمن: مقتل خمسة مسلحين في غارة على مأرب\nوأضاف الوزير أن العمل مستمر.",
		"قال الوزير إن الميناء سيفتح قريبا.\nواس - الرياض: افتتح أمير المنطقة المعرض الدولي للكتاب اليوم\nوأضاف الوزير أن العمل مستمر.",
	} {
		r, err := an.Analyze(context.Background(), &marsad.Article{ID: "q", Text: text, Published: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		line := strings.Split(text, "\n")[1]
		for _, q := range r.Quotes {
			if strings.Contains(line, q.Text) {
				t.Errorf("Analyze(%s): quote %q from the label line, want none", text, q.Text)
			}
		}
	}
}
