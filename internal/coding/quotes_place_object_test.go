package coding

import "testing"

// TestPlaceObjectCut: a place right after a title closed by its
// nationality is the object of «وصف/اتهم/حذر», not the title's holder.
func TestPlaceObjectCut(t *testing.T) {
	runChainSpeakers(t, []speakerCase{
		{"«ووصف الرئيس الأميركي تركيا بأنها «…»»",
			"وقال المتحدث إن الوضع صعب. ووصف الرئيس الأميركي تركيا بأنها \"مشكلة كبيرة منذ زمن طويل\".",
			"مشكلة كبيرة", "الرئيس الأميركي", "تركيا"},
		{"«زعيم الجماعة الموالية لإيران»: ل keeps the complement",
			"وقال زعيم الجماعة الموالية لإيران إن مقاتليه سينسحبون إلى الجبال.",
			"سينسحبون إلى الجبال", "الموالية لإيران", ""},
	})
}
