package coding

import (
	"testing"
	"time"
)

// TestLocationSeat: a court, prosecution or municipality named for its town
// acts in that town (sentences of the team's own writing).
func TestLocationSeat(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
	}{
		{"أصدرت محكمة جنايات القاهرة، الأحد، حكما بسجن 12 متهما في قضية تهريب آثار.", "SANCTION", "القاهرة"},
		{"وقضت محكمة جنايات الإسكندرية الاثنين بإعدام ثلاثة متهمين بقتل شرطي.", "SANCTION", "الإسكندرية"},
		// a governor or a health directorate telling of an attack tells of
		// one in its own town
		{"وقال محافظ البصرة إن مسلحين مجهولين اغتالوا ناشطا مدنيا مساء الأحد.", "ASSAULT", "البصرة"},
		{"وأعلنت مديرية صحة غزة أن ثلاثة شبان قتلوا برصاص الجيش الإسرائيلي.", "ASSAULT", "غزة"},
		// a place that only says where the addressee is («لدى», «في» after
		// the recipient) is not where the statement was made
		{"وانتقد وزير الخارجية التركي السفير الأمريكي لدى العراق بشدة.", "ACCUSE", "تركيا"},
		{"وأيدت الحكومة الفرنسية محاكمة المقاتلين الفرنسيين في العراق.", "SUPPORT", "فرنسا"},
		// reinforcements are sent to the place after «إلى», not from the
		// places after «من»
		{"وأرسل الحوثيون تعزيزات عسكرية من صنعاء وذمار إلى الحديدة الأحد.", "MOBILIZE", "الحديدة"},
	} {
		checkEventPlace(t, an, pub, tc.text, tc.typ, tc.place)
	}
}

// TestLocationSeatTown: a body named for a town the place layer keeps inside
// its name acts in that town when the sentence names no other place (geo15;
// sentences of the team's own writing).
func TestLocationSeatTown(t *testing.T) {
	an := chainAnalyzer(t)
	pub := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, typ, place string
	}{
		// the body is the actor
		{"وقالت شرطة الرياض إنها اعتقلت خمسة مقيمين بتهمة سرقة المحلات التجارية.", "COERCE", "الرياض"},
		{"وأعلنت جامعة صنعاء تعليق الدراسة احتجاجا على تأخر رواتب الأساتذة.", "PROTEST", "صنعاء"},
		// a police force telling of an arrest it made
		{"وأوردت شرطة إسطنبول أن قوات الأمن التركية اعتقلت 12 شخصا للاشتباه في تخطيطهم لهجمات.", "COERCE", "إسطنبول"},
		// a police chief telling of an arrest by a party of no known country
		{"وقال مدير شرطة البصرة إن دورية اعتقلت أربعة متهمين بتهريب المخدرات قرب الحدود مع العراق.", "COERCE", "البصرة"},
	} {
		checkEventPlace(t, an, pub, tc.text, tc.typ, tc.place)
	}
	// a town named in another party places nothing
	checkEventPlace(t, an, pub, "واعتقلت الشرطة التركية أستاذا في جامعة أنقرة بتهمة الانتماء لجماعة غولن.", "COERCE", "تركيا")
}
