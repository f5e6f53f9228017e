package coding

import "strings"

// timePassed reports «مضى/مضت» at i after a noun of time: «أقوى من أي
// وقت مضى», «خلال العام الذي مضى», «الأيام التي مضت». The verb tells that
// time went by, not that a speaker went on («ومضى قائلا»).
func timePassed(d *doc, i int) bool {
	switch d.toks[i].Norm {
	case "مضي", "مضت":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := strings.TrimPrefix(d.toks[k].Norm, "ال")
		switch w {
		case "وقت", "عام", "اعوام", "سنه", "سنوات", "زمن", "يوم", "ايام", "شهر", "اشهر", "شهور", "اسبوع", "اسابيع", "عقد", "عقود", "قرن", "ساعات", "ساعه", "فتره", "مده":
			return true
		case "الذي", "التي", "ذي", "قد":
			continue // «العام الذي مضى», «الأيام التي مضت»
		}
		return false
	}
	return false
}
