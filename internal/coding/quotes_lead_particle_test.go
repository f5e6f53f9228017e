package coding

import "testing"

// TestLeadParticleSubject: a continuation after a comma in a sentence
// opened by «كما/فقد/وقد + verb + subject» is the subject's, not the last
// speaker's of an earlier sentence (quotes_lead_particle.go).
func TestLeadParticleSubject(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«كما حذرت الحكومة …، وقالت»",
			"قال وزير الدفاع الإيراني إن بلاده مستعدة للحوار. كما حذرت الحكومة اليمنية من زرع الألغام قرب الموانئ، وقالت إن ذلك يهدد حركة السفن.",
			"يهدد حركة السفن", "الحكومة اليمنية", "وزير الدفاع الإيراني"},
		{"«فقد أبدت واشنطن قلقها …، وقالت»: a capital for its government",
			"وقال وزير الخارجية الروسي إن موسكو لن تتراجع. فقد أبدت واشنطن قلقها من نشر المنظومة الجديدة، وقالت إن الصفقة ستراجع قبل نهاية العام.",
			"الصفقة ستراجع", "واشنطن", "وزير الخارجية الروسي"},
		{"«وقد رفضت الولايات المتحدة مقترح …، مشددة»: the object is cut",
			"وقال وزير الخارجية التركي إن بلاده تنتظر ردا. وقد رفضت الولايات المتحدة مقترح أنقرة، مشددة على أنها لا تقبل المساومة.",
			"لا تقبل المساومة", "الولايات المتحدة", "وزير الخارجية التركي"},
	})
}

// TestLeadParticleNoSubject: a verb after the particle whose next words are
// its object («كذلك ثمن دور الجيش …») names nobody; the last speaker stays.
func TestLeadParticleNoSubject(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«كذلك ثمن دور الجيش …، قائلا»",
			"وأوضح المحافظ سعيد الهاشمي في بيان أن الطرق فتحت. كذلك ثمن دور الجيش في حماية القرى، قائلا إن \"الأمن عاد إلى المنطقة\".",
			"الأمن عاد", "المحافظ سعيد الهاشمي", "دور الجيش"},
	})
}
