package coding

import "testing"

// TestBorderRecipient: the state across a border («قرب الحدود مع
// الأردن») is where the act happened, not the party it is aimed at.
func TestBorderRecipient(t *testing.T) {
	an := chainAnalyzer(t)
	runArgsCases(t, an, []argsCase{
		{"وسيطرت قوات النظام على ثلاث قرى جديدة قرب الحدود مع العراق بعد معارك عنيفة.", "COERCE", "قوات النظام|", "|العراق"},
		{"وانسحب مقاتلو الميليشيا من مواقعهم في البلدة القريبة من الحدود مع لبنان.", "RETREAT", "", "|لبنان"},
		{"وشن الجيش هجوما واسعا على البلدات الواقعة قرب الحدود مع الأردن.", "ASSAULT", "الجيش|", "|الأردن"},
	})
}
