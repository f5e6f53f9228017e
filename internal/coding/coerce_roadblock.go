package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Roads cut by fighters (ninth session, docs/parts/coding-precision.md).
// «قطع المحتجون الطريق» is a protest; the same phrase with an armed party
// as subject («وقطعت الميليشيات الطرق المؤدية إلى المدينة») is a
// restriction imposed by force, and «قطع خط إمداد الحوثيين عبر الطريق
// الساحلي» is the cut of a supply line (the lexicon codes it by «إمداد»),
// no road blocked in protest.

// supplyLineWords in the gap of «قطع * الطريق» make the cut a supply line's.
var supplyLineWords = wordSet([]string{"خط", "خطوط", "إمداد", "الإمداد", "إمدادات", "الإمدادات", "تموين"})

// roadCut reports a hit of the protest phrase «قطع/يقطع * الطريق».
func roadCut(h *hit) bool {
	return h.trig.Type == "PROTEST" && strings.HasPrefix(h.trig.Source, "قطع/")
}

// supplyLineCut reports «قطع * الطريق» whose gap names a supply line
// («وقطع خط إمداد الحوثيين عبر الطريق الرابط …»).
func supplyLineCut(d *doc, h *hit) bool {
	if !roadCut(h) || len(h.pos) < 2 {
		return false
	}
	for k := h.pos[0] + 1; k < h.pos[len(h.pos)-1]; k++ {
		if d.has(k, supplyLineWords) {
			return true
		}
	}
	return false
}

// roadCutByForce retypes «قطع الطرق» done by an armed party (fighters,
// army, police) as COERCE restrict.
func roadCutByForce(h *hit, ev *marsad.Event) bool {
	if !roadCut(h) || ev.Actor == nil || !(armedSector(ev.Actor) || fighterName(ev.Actor.Name)) {
		return false
	}
	retype(h, ev, "COERCE", "restrict")
	return true
}

// armedStems name fighters, troops and police in an actor the actor layer
// left without a sector («الميليشيات», «قوات الأمن»).
var armedStems = []string{"ميليشي", "مليشي", "مسلح", "قوات", "جيش", "الشرطه", "الامن"}

// fighterName reports an actor's name with one of armedStems.
func fighterName(name string) bool {
	n := arabic.Normalize(name)
	for _, s := range armedStems {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}
