package coding

import "testing"

// TestOperationSeize checks operationSeize (coerce_operation_name.go) on
// texts of our own: an operation named for a capture («عملية تحرير
// المدينة») takes no ground; a capture told in the sentence stays.
func TestOperationSeize(t *testing.T) {
	runCurrentCases(t, []currentCase{
		{"operation launched", "وأعلن قائد الجيش انطلاق المرحلة الثانية من عملية تحرير المدينة الساحلية من الجماعات المسلحة.", "COERCE", false},
		{"battle fought", "وتواصل القوات الحكومية تقدمها في معركة استعادة السيطرة على الميناء، وتخوض معارك عنيفة جنوبي المدينة.", "COERCE", false},
		{"capture later in the sentence", "ودخلت معركة تحرير المدينة مرحلة جديدة، وتم خلالها تحرير معظم مناطق المديرية الشرقية.", "COERCE", true},
		{"capture told", "وأعلن الجيش تحرير المدينة الساحلية من الجماعات المسلحة بعد معارك عنيفة.", "COERCE", true},
		{"campaign of raids", "وشنت الشرطة حملة مداهمات واسعة في أحياء العاصمة الأحد.", "COERCE", true},
	})
}
