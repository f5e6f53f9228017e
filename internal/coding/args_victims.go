package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// countedVictims reports a phrase that counts people who are not armed
// («عشرة أشخاص», «30 شخصا», «تسعة مدنيين», «سبعة محتجين»). In a report of
// force such a count names the people it hit, whatever verb it is the
// subject of («لقي عشرة أشخاص مصرعهم», «أن تسعة أشخاص أصيبوا», «خمسة
// أشخاص قتلوا عندما …», «قتل قرابة 20 جنديا في هجوم»): it is the
// recipient, never the actor. Counted armed men («50 مسلحا هاجموا») keep
// their role.
func (c *Coder) countedVictims(d *doc, p np) bool {
	if !p.ok() {
		return false
	}
	head := -1
	if n, ok := arabic.ParseNumber(d.toks, p.a); ok && n.End < p.b {
		head = n.End // the phrase holds its number
	}
	for j := p.a - 1; head < 0 && j >= 0 && j >= p.a-2; j-- {
		if n, ok := arabic.ParseNumber(d.toks, j); ok && n.End == p.a {
			head = p.a // the number stands right before the phrase
		}
	}
	if head < 0 || !d.has(head, c.lx.victims) || d.has(head, c.lx.armed) || c.datePhrase(d, p) {
		return false
	}
	// «تعرضا لهجوم من قبل ثلاثة أشخاص»: a count after an agent marker acts
	for k := max(0, p.a-5); k < p.a; k++ {
		if n := c.agentAt(d, k, p.a); n > 0 {
			return false
		}
	}
	return true
}

// metDeath reports «لقي X مصرعه/حتفه» («لقي العشرات من عناصر الميليشيات
// مصرعهم»): its subject died, armed or not, and is never the actor.
func metDeath(d *doc, h *hit) bool {
	if len(h.pos) < 2 {
		return false
	}
	switch bareWord(d, h.head()) {
	case "لقي", "لقى", "لقيت", "لقوا", "لقيا", "يلقى", "يلقون":
	default:
		return false
	}
	w := bareWord(d, h.last())
	if !strings.HasPrefix(w, "مصرع") && !strings.HasPrefix(w, "حتف") {
		return false
	}
	// «لقي عدد من الحوثيين مصرعهم بعد هجوم على مواقع للجيش»: they may
	// have died in their own attack
	return h.last()+1 >= len(d.toks) || bareWord(d, h.last()+1) != "بعد"
}

// diedSubject reports a phrase that is the subject of «لقي … مصرعه/حتفه»
// when the act at token i is what killed it («كما لقي العشرات من عناصر
// الميليشيات مصرعهم بغارات …», «… حتفهم جراء قصف …»): that act was not
// made by those it killed. After «بعد/خلال» the act may be their own
// («لقي عدد من الحوثيين مصرعهم بعد هجوم على مواقع للجيش»).
func diedSubject(d *doc, p np, i int) bool {
	if p.ok() && killedIn(d, p, i) {
		return true // «جنود قتلوا في الهجوم» (args_round6.go)
	}
	if !p.ok() || i <= p.b {
		return false
	}
	if struckTarget(d, p, i) {
		return true // «غارات على مواقع الحوثيين أسفرت عن مقتل …» (args_round6.go)
	}
	death := -1
	for k := p.b; k < i && k <= p.b+1; k++ {
		if w := bareWord(d, k); strings.HasPrefix(w, "مصرع") || strings.HasPrefix(w, "حتف") {
			death = k
		}
	}
	if death < 0 || i-death > 3 {
		return false
	}
	for k := death + 1; k < i; k++ {
		switch bareWord(d, k) {
		case "بعد", "خلال", "اثناء", "قبل":
			return false
		}
	}
	for k := p.a - 1; k >= 0 && k >= p.a-4; k-- {
		switch bareWord(d, k) {
		case "لقي", "لقى", "لقيت", "لقوا", "لقيا", "يلقى", "يلقون":
			return true
		}
	}
	return false
}

// approxEnd moves k past a word of approximation before a number («نحو 60
// فلسطينيا», «حوالي 50 شخصا», «قرابة 20 جنديا», «ما لا يقل عن 12
// مدنيا», «ما يقارب 30», «أكثر من 400 شخص»): the count and its people follow. It returns k
// when no number follows.
func approxEnd(d *doc, k, end int) int {
	j := k
	switch {
	case j < end && approxWord(bareWord(d, j)):
		j++
	case j+3 < end && bareWord(d, j) == "ما" && d.toks[j+1].Norm == "لا" && strings.HasPrefix(d.toks[j+2].Norm, "يقل"):
		j += 4 // «ما لا يقل عن»
	case j+1 < end && bareWord(d, j) == "ما" && (strings.HasPrefix(d.toks[j+1].Norm, "يقارب") || strings.HasPrefix(d.toks[j+1].Norm, "يناهز")):
		j += 2
	case j+1 < end && (bareWord(d, j) == "اكثر" || bareWord(d, j) == "اقل") && d.toks[j+1].Norm == "من":
		j += 2 // «أكثر من 400 شخص»
	default:
		return k
	}
	if n, ok := arabic.ParseNumber(d.toks, j); ok && !n.Vague && j < end {
		return j
	}
	return k
}

// approxWord reports a word of approximation before a count.
func approxWord(w string) bool {
	switch w {
	case "نحو", "حوالي", "قرابه", "زهاء", "قرابة":
		return true
	}
	return false
}

// tollBefore reads the dead counted earlier in the sentence of an act told
// as their cause («أعلنت الوزارة مقتل ثلاثة فلسطينيين …، وذلك في قتال
// امتد … بين الجيش وحماس»): the act after «في/جراء/خلال/إثر» killed them.
// It returns nil when the act is not told as a cause or no death count
// precedes it.
func (c *Coder) tollBefore(d *doc, h *hit) *int {
	s := d.sents[h.sent]
	i := h.head()
	if i <= s.a {
		return nil
	}
	switch bareWord(d, i-1) {
	case "في", "جراء", "خلال", "اثر", "بسبب":
	default:
		return nil
	}
	for k := s.a + 1; k < i; k++ {
		if !d.has(k-1, c.lx.deaths) {
			continue
		}
		if n, ok := arabic.ParseNumber(d.toks, k); ok && !n.Vague && n.Value > 0 && n.Value <= 10_000_000 && n.End < len(d.toks) && d.has(n.End, c.lx.victims) {
			v := int(n.Value)
			return &v
		}
	}
	return nil
}
