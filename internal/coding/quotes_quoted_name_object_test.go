package coding

import "testing"

// TestQuotedNameObjectCut: a linked party after a quoted name is the
// object of the opening verb, not part of the participle's speaker.
func TestQuotedNameObjectCut(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«وطالبت منظمة \"X\" السلطات المصرية …، قائلة»",
			"واعتقل عدد من الصحافيين في القاهرة الأسبوع الماضي. وطالبت منظمة \"مراسلون بلا حدود\" السلطات المصرية بالإفراج عنهم، قائلة إن احتجازهم ينتهك القانون.",
			"احتجازهم ينتهك", "منظمة مراسلون بلا حدود", "السلطات"},
	})
}
