package coding

import "testing"

// TestPlaceObjectAfterAct: after an opening verb that is no reporting
// verb, a place right after a title closed by its nationality is the
// object, not part of the participle's speaker.
func TestPlaceObjectAfterAct(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وتوعد رئيس الوزراء الإسرائيلي إيران …، مشددا»",
			"وسقطت قذيفتان في منطقة مفتوحة شمال البلاد. وتوعد رئيس الوزراء الإسرائيلي إيران وحلفاءها، مشددا على أن الرد سيكون قاسيا.",
			"الرد سيكون", "رئيس الوزراء الإسرائيلي", "إيران"},
	})
}
