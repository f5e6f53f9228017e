package coding

import (
	"strings"

	"github.com/marsad/marsad/internal/arabic"
)

// blowLink says how a trigger tells the blow of an assault before it in
// its sentence.
type blowLink uint8

const (
	noBlow     blowLink = iota
	blowTold            // the same act told again, or its outcome: the blow's parties stand
	blowCaused          // the cause after a toll («قتل 14 … في تفجير»): the cause names who struck
)

// sameBlow reports an assault trigger h that tells, in its sentence, the
// blow an earlier assault trigger a of that sentence tells: its outcome
// («قصفت المدفعية القرية، ما أسفر عن مقتل ثلاثة», «هاجم المسلحون
// الحاجز، مسفرين عن …») or, after a toll, its cause («قتل أربعة جنود في
// تفجير استهدف دوريتهم», «قتلت طفلة جراء قصف الميليشيات»). The two
// readings of one happening often name its parties differently, or a place
// each (a district and its town), which kept them apart as two events; gold
// has one. A word opening another act between them («…، فيما قتل ناشط
// ثالث جراء …», «كما قصفت …») leaves them apart.
func (c *Coder) sameBlow(d *doc, a, h *hit) blowLink {
	if a.trig.Type != "ASSAULT" || h.trig.Type != "ASSAULT" || a.sent != h.sent || a.last() >= h.head() {
		return noBlow
	}
	fl := &c.lx.filters
	result := func(k int) bool { return d.has(k, fl.outcome) || d.has(k, fl.blowOutcome) }
	words := 0
	for k := a.last() + 1; k < h.head(); k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		words++
		if d.has(k, fl.blowBreak) {
			return noBlow
		}
	}
	i := h.head()
	// the toll first, then what caused it: «في تفجير», «جراء استهداف», «بغارة»
	if words <= 16 && d.has(a.head(), fl.blowToll) {
		if strings.HasPrefix(h.clitic, "ب") {
			return blowCaused
		}
		for k := i - 1; k > a.last() && k >= i-2; k-- {
			if d.has(k, fl.blowCause) {
				return blowCaused
			}
		}
	}
	// «… وتدمير آليات», «فضلا عن تدمير …»: joined to the act before
	joined := bareWord(d, i) != d.toks[i].Norm || (i-2 > a.last() && d.has(i-2, fl.blowAlso))
	if words <= 2 && !joined {
		return blowTold // one phrase: «تفجير انتحاري بسيارة مفخخة استهدف …», «استهداف مواقعهم بالغارات»
	}
	if joined && words <= 12 && h.trig.Verb && d.has(i, fl.blowToll) {
		return blowTold // «نفذت غارة جوية … وقتلت إرهابيين»
	}
	if joined && words <= 10 {
		for k := a.head(); k >= a.head()-3 && k >= d.sents[h.sent].a; k-- {
			if result(k) {
				return blowTold // a further outcome: «أدت إلى تدمير عربات وسقوط قتلى»
			}
		}
	}
	// what an outcome verb leads to is the blow's toll or damage, not a
	// further attack («وأدى الهجوم إلى شن الولايات المتحدة ضربات …»)
	outcome := false
	for k := a.last() + 1; k <= h.last() && !outcome; k++ {
		outcome = result(k) && (k >= i || d.has(i, fl.blowToll) || h.trig.Mode == "destroy")
	}
	if outcome && words <= 20 {
		return blowTold // «…، ما أسفر عن مقتل …», «… أسفر عن سقوط قتلى»
	}
	return noBlow
}

// linkBlow marks event e of trigger h as telling the blow of the
// sentence's last assault (last, of event seq), and returns the assault a
// later trigger of the sentence may tell again. A retelling's event is the
// one it points to, which may not be this sentence's blow.
func (c *Coder) linkBlow(d *doc, last *hit, seq int, h *hit, e *coded) (*hit, int) {
	if e.Type != "ASSAULT" {
		return last, seq
	}
	if last != nil {
		if e.blow = c.sameBlow(d, last, h); e.blow != noBlow {
			e.joins = seq
		}
	}
	if e.refers {
		return nil, 0
	}
	return h, e.seq
}

// joinBlow joins e, which no event took, to the event of the blow it tells
// (sameBlow) when its own sentence opened that event («قصفت الطائرات
// القرية، ما أسفر عن مقتل ثلاثة»: the strike and its toll, whose parties
// are read apart); a blow that joined one told before leaves its toll
// alone, as before. The blow's parties stand; what it lacks is taken.
func joinBlow(out []coded, opened map[int]int, e *coded) bool {
	k, ok := opened[e.joins]
	if e.joins == 0 || !ok {
		return false
	}
	o := &out[k]
	if o.Type != e.Type || o.Aux != e.Aux || o.Evidence[0] != e.Evidence[0] {
		return false
	}
	if o.Recipient == nil || (e.Recipient != nil && e.Recipient.Sector == "CVL" && o.Recipient.Sector != "CVL" && e.Count != nil) {
		o.Recipient, o.fb.recip = e.Recipient, e.fb.recip // «…، مما أسفر عن مقتل مدني»: whom the blow hit
	}
	// the toll's own reading of a party is often its teller («أعربت البعثة
	// عن قلقها إزاء الاشتباكات، ما أدى إلى مقتل …»): only the cause after a
	// toll names who struck («قتل أربعة جنود في هجوم للمسلحين»)
	if (o.Actor == nil || (e.blow == blowCaused && linked(e.Actor))) && e.Actor != nil && !(o.Recipient != nil && namesOverlap(e.Actor.Name, o.Recipient.Name)) {
		o.Actor, o.fb.actor = e.Actor, e.fb.actor
	} else if o.fb.actor == nil {
		o.fb.actor = e.fb.actor
	}
	takeCount(o, e)
	if o.Mode == "other" && e.Mode != "" && e.blow == blowCaused {
		o.Mode = e.Mode // «قتل … في غارة»: the blow's means
	}
	if o.Location == nil || (!o.ownPlace && e.ownPlace) {
		o.Location, o.ownPlace = e.Location, e.ownPlace
	}
	if (!o.ownDate && e.ownDate) || o.Date == "" {
		o.Date, o.DatePrecision, o.ownDate = e.Date, e.DatePrecision, e.ownDate
	}
	o.strong = o.strong || e.strong
	o.Confidence = min(1, max(o.Confidence, e.Confidence)+0.05)
	opened[e.seq] = k
	return true
}
