package geo

import (
	"testing"

	"github.com/marsad/marsad"
)

// TestSentenceNeighbours checks the ninth session's rule for names that
// are also words: a kept place of the same country within 30 km in the
// same sentence vouches for one with no cue noun.
func TestSentenceNeighbours(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"Douma beside Harasta",
			"قال المرصد إن الجيش شطر دوما وعزلها عن حرستا بعد يومين من القتال.", []string{"دوما SYR", "حرستا SYR"}},
		{"Douma beside the Eastern Ghouta",
			"انضمت دوما، آخر معاقل المسلحين في الغوطة الشرقية، إلى الاتفاق.", []string{"دوما SYR", "الغوطة الشرقية SYR"}},
		{"the adverb «دوما» far from any place of Douma",
			"يؤكد المسؤولون دوما أن الحل في دمشق سياسي.", []string{"دمشق SYR"}},
		{"the adverb «دوما» in another sentence than the Ghouta",
			"تردد الحكومة دوما هذا الكلام. وقصفت الطائرات الغوطة الشرقية.", []string{"الغوطة الشرقية SYR"}},
		{"«مشهد» the scene, beside a place far from Mashhad",
			"نقلت الصور مشهد الدمار في طهران.", []string{"طهران IRN"}},
		{"Zabid on a road named with al-Tuhayta",
			"زرعت الميليشيات ألغاما على طريق زبيد - التحيتا قبل انسحابها.", []string{"زبيد YEM", "التحيتا YEM"}},
	})
}

// TestJunctionSpans checks that a junction named after a town is a place
// of its own: the span takes «مفرق», the point is the town's with the
// precision of an area; the dual «مفرقي» keeps the bare names.
func TestJunctionSpans(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"a junction named after a town that is also a word",
			"سيطرت القوات على مفرق زبيد بعد معارك عنيفة.", []string{"مفرق زبيد YEM"}},
		{"a junction after و",
			"تقدمت القوات نحو البرح ومفرق المخا غربي تعز.", []string{"البرح YEM", "مفرق المخا YEM", "تعز YEM"}},
		{"two junctions in the dual",
			"حررت القوات مفرقي زبيد والجبلية في الساحل الغربي.", []string{"زبيد YEM", "الساحل الغربي YEM"}},
		{"the town itself keeps its bare name",
			"دخلت القوات مدينة المخا صباح اليوم.", []string{"المخا YEM"}},
	})
	ps := resolveTest(t, "سيطرت القوات على مفرق المخا.", Options{})
	if len(ps) != 1 || ps[0].Kind != marsad.KindSite || ps[0].Precision != marsad.PrecisionRegion {
		t.Fatalf("Resolve(مفرق المخا) = %+v, want one site of precision %d", ps, marsad.PrecisionRegion)
	}
}

// TestPlaces10Data checks the ninth session's gazetteer entries and
// corrections: a camp listed with its head noun, a town listed beside its
// district, the spelling «التحيتة», and Tihama towns moved to their places.
func TestPlaces10Data(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"the al-Umari camp",
			"سيطرت المقاومة على معسكر العمري الاستراتيجي.", []string{"معسكر العمري YEM"}},
		{"Bani Qais after «بلدة»",
			"قتل مدنيون في غارة على حفل زفاف ببلدة بني قيس في محافظة حجة.", []string{"بني قيس YEM", "حجة YEM"}},
		{"al-Tuhayta spelt with ة",
			"تقدمت القوات نحو مديرية التحيتة جنوب الحديدة.", []string{"التحيتة YEM", "الحديدة YEM"}},
	})
	for _, c := range []struct {
		text     string
		lat, lon float64
	}{
		{"وصل الوفد إلى التحيتا.", 14.06, 43.22},
		{"وصل الوفد إلى مدينة حيس.", 13.93, 43.48},
	} {
		ps := resolveTest(t, c.text, Options{})
		if len(ps) != 1 {
			t.Errorf("Resolve(%q) = %v, want one place", c.text, ps)
			continue
		}
		if d := Distance(ps[0].Lat, ps[0].Lon, c.lat, c.lon); d > 10 {
			t.Errorf("Resolve(%q) = %.4f, %.4f, %.0f km from %.2f, %.2f", c.text, ps[0].Lat, ps[0].Lon, d, c.lat, c.lon)
		}
	}
}

// TestSentenceNeighboursSettlements checks that only settlements are
// vouched for: a shrine named like a word stays out.
func TestSentenceNeighboursSettlements(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"the guards of al-Aqsa beside Jerusalem",
			"وقعت في القدس مواجهات بين مستوطنين وحراس الأقصى صباح اليوم.", []string{"القدس PSE"}},
	})
}

// TestIndefiniteNames checks unknown names without the article after a
// singular settlement or area noun: placed at a place of their sentence,
// unless they look like an adjective, a verb, a participle or a noun of
// the stop list.
func TestIndefiniteNames(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"a village named after a family",
			"قطعت الميليشيات المياه في مديرية حيس عن قرية بني زهير.", []string{"حيس YEM", "بني زهير YEM"}},
		{"a mountain with its head noun",
			"تقدمت القوات في مديرية مقبنة وسيطرت على جبل شيفان.", []string{"مقبنة YEM", "جبل شيفان YEM"}},
		{"an area before the district it belongs to",
			"دارت المعارك في منطقة طلان التابعة لمديرية حيدان.", []string{"طلان YEM", "حيدان YEM"}},
		{"a two-word head before an adjective of belonging is no name",
			"دارت المعارك في منطقة دير التابعة لمديرية حيدان.", []string{"حيدان YEM"}},
		{"an adjective is no name",
			"أقام الجيش منطقة عسكرية قرب حلب.", []string{"حلب SYR"}},
		{"a verb is no name",
			"قتل جنود في منطقة تسيطر عليها المعارضة في درعا.", []string{"درعا SYR"}},
		{"a participle is no name",
			"وصف الوزير الضفة الغربية بأنها منطقة متنازع عليها.", []string{"الضفة الغربية PSE"}},
		{"the de-escalation zone is no place",
			"قصفت الطائرات إدلب رغم إعلانها منطقة خفض توتر.", []string{"إدلب SYR"}},
		{"no place in the sentence: nothing to place it at",
			"ولد الشاعر في قرية شيران. وكتب عن دمشق كثيرا.", []string{"دمشق SYR"}},
	})
}

// TestIndefiniteNameEnds checks where such a name ends: a definite noun
// in construct is its second word, an adjective is not, and an indefinite
// word after it leaves the name unbounded (no place).
func TestIndefiniteNameEnds(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"a name of two words",
			"استهدفت الضربات منطقة قرص النفل القريبة من درعا.", []string{"قرص النفل SYR", "درعا SYR"}},
		{"a known place with ب after the name",
			"قصفت الطائرات منطقة ماس بمأرب.", []string{"ماس YEM", "مأرب YEM"}},
		{"an adjective after the name",
			"حررت القوات جبل جالس الاستراتيجي في لحج.", []string{"جبل جالس YEM", "لحج YEM"}},
		{"an indefinite word after the name",
			"شاهد السكان حريقا في منطقة صهاريج رأس لانوف.", []string{"رأس لانوف LBY"}},
	})
}
