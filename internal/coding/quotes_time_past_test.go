package coding

import "testing"

// TestTimePassed: «أي وقت مضى» tells that time went by; the quote runs on
// and the speaker stays the one who spoke («ومضى X قائلا» still goes on).
func TestTimePassed(t *testing.T) {
	c, err := NewCoder()
	if err != nil {
		t.Fatal(err)
	}
	runCoderSpeakers(t, c, []speakerCase{
		{"«أقوى من أي وقت مضى»",
			"ورأى الجنرال أن الجيش \"أقوى من أي وقت مضى للدفاع عن الحدود\"، وأضاف أن القوات مستعدة لكل الاحتمالات.",
			"القوات مستعدة", "الجنرال", "وقت"},
		{"«ومضى X قائلا»",
			"ومضى المتحدث قائلا إن قوات الأمن اقتحمت المنزل فجرا.",
			"قوات الأمن اقتحمت", "المتحدث", ""},
	})
}

// TestTimePassedNoSpeaker: «أي وقت مضى» before an attribution read as
// «مضى» going on, with «وقت» as the speaker.
func TestTimePassedNoSpeaker(t *testing.T) {
	checkNoQuotes(t, []string{
		"وتشتد الحاجة إلى المساعدات أكثر من أي وقت مضى حسب بيان المنظمة، فإنها تناشد الأطراف احترام القانون الدولي.",
	})
}
