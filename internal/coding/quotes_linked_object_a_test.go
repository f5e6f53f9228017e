package coding

import "testing"

// TestLinkedObjectInA: a party in ا after a linked name is the object of
// the opening verb, not part of the participle's speaker.
func TestLinkedObjectInA(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وهاجم ترامب روسيا، قائلا»",
			"وعقد الرئيس مؤتمرا صحفيا في البيت الأبيض. وهاجم ترامب روسيا، قائلا إن صبر بلاده بدأ ينفد.",
			"صبر بلاده", "ترامب", "روسيا"},
		{"«وانتقد … دونالد ترامب تركيا، مؤكدا»",
			"وتصاعد الخلاف التجاري بين البلدين هذا الشهر. وانتقد الرئيس الأمريكي دونالد ترامب تركيا بشدة، مؤكدا أن الرسوم الجديدة ستبقى.",
			"الرسوم الجديدة", "ترامب", "تركيا"},
	})
}
