package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad"
)

// TestSpeakerNamesThatReadAsVerbs runs the whole chain (with the entity
// tagger): a person's name whose letters read as a verb form («تامر» =
// «تأمر», «ياسر» = «يأسر») stays in the speaker phrase.
func TestSpeakerNamesThatReadAsVerbs(t *testing.T) {
	an, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, quote, speaker string }{
		{"وقال المتحدث العسكري المصري العقيد تامر الرفاعي إن العملية حققت أهدافها في شمال سيناء.", "العملية حققت", "تامر الرفاعي"},
		{"وأكد قائد اللواء الثالث، العميد ياسر الكعبي، أن قواته سيطرت على التلال المحيطة بالمدينة.", "قواته سيطرت", "ياسر الكعبي"},
	} {
		res, err := an.Analyze(context.Background(), &marsad.Article{ID: "t", Text: tc.text, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range res.Quotes {
			if strings.Contains(string([]rune(tc.text)[q.Start:q.End]), tc.quote) {
				found = true
				if q.Speaker == nil || !strings.Contains(q.Speaker.Name, tc.speaker) {
					t.Errorf("%s: speaker %v, want one naming %s", tc.text, q.Speaker, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote with %q (quotes %v)", tc.text, tc.quote, res.Quotes)
		}
	}
}
