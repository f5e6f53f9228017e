package coding

import "testing"

// TestActNisbaSubject: an act noun with a country's adjective that opens
// its clause names the actor of the assault a later word tells (the verb
// it is subject of, or «وصف … بأنه اعتداء»), not a party in its phrase,
// the verb's object or the one who describes it; after a preposition
// («ردا على») it does not.
func TestActNisbaSubject(t *testing.T) {
	an := chainAnalyzer(t)
	cases := []struct{ text, actor string }{
		{"الغارات الروسية على ريف حلب استهدفت مستودعات للمعارضة.", "الروسية"},
		{"وذكر ناشطون أن القصف التركي على القرى أسفر عن مقتل خمسة مزارعين.", "التركي"},
		{"وكانت وزارة الخارجية العراقية وصفت القصف الإيراني على أربيل بأنه اعتداء سافر.", "الإيراني"},
		// the subject before the act noun stays the actor
		{"ورد الجيش السوري على الغارات الإسرائيلية بقصف مواقع في الجولان.", "الجيش السوري"},
	}
	for _, c := range cases {
		got := eventArgs(t, an, c.text, "ASSAULT")
		if len(got) == 0 {
			t.Errorf("Analyze(%s): no ASSAULT event", c.text)
			continue
		}
		if got[0][0] != c.actor {
			t.Errorf("Analyze(%s) actor = %q, want %q", c.text, got[0][0], c.actor)
		}
	}
}
