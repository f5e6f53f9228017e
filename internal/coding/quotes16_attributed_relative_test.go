package coding

import "testing"

// TestAttributedAntecedent: «…، وفق/وفقا لـ X الذي/التي أضاف أن …»: X
// speaks, not the party named before it (quotes16_attributed_relative.go).
func TestAttributedAntecedent(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وفق المرصد الذي أضاف أن»",
			"وقال الجيش إن المعارك توقفت. وتنتشر في البلدة قوات الجيش ومسلحون موالون له، وفق المرصد الذي أضاف أن قذائف سقطت قرب المستشفى.",
			"قذائف سقطت", "المرصد", "الجيش"},
		{"«وفقا لـX، التي ذكرت أن»",
			"واعتقلت الشرطة ثلاثة أشخاص في المدينة، وفقا لصحيفة الوطن المحلية، التي ذكرت أن المعتقلين نقلوا إلى العاصمة.",
			"المعتقلين نقلوا", "صحيفة الوطن المحلية", "الشرطة"},
	})
	runChainSpeakers(t, []speakerCase{
		{"a clause with its own subject keeps it",
			"وقال الوزير إن الاجتماع انتهى. وحسب هذه الوثائق التي قال رئيس الوزراء إن الحكومة حصلت عليها، فإن المشروع سري.",
			"الحكومة حصلت عليها", "رئيس الوزراء", "الوثائق"},
	})
}
