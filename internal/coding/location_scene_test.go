package coding

import (
	"testing"
	"time"
)

// TestLocationSceneHeaded: a place the actor dictionary also knows as a
// party (al-Mayadeen, the channel) is the event's place after a settlement
// noun (places13).
func TestLocationSceneHeaded(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
	}{
		{"قصفت الطائرات الحربية مواقع للمسلحين قرب مدينة الميادين شرقي سوريا.", "ASSAULT", "الميادين"},
		{"وقتل خمسة مدنيين في غارة جوية بمدينة الميادين في ريف دير الزور.", "ASSAULT", "الميادين"},
	} {
		checkEventPlace(t, an, pub, tc.text, tc.typ, tc.place)
	}
}
