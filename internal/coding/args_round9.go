package coding

import (
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// Round 9: actor and recipient errors read on the unseen tune sets, each
// rule kept only after a reading of its changes on 400 politics articles.

// attributed reports a mention at token k that is the source an account
// is attributed to: «…، وفق المصادر الطبية», «بحسب الأمم المتحدة»,
// «نقلا عن مصدر». Who tells of an act is not the party it was aimed at.
func attributed(d *doc, k, start int) bool {
	for j := k - 1; j >= start && j >= k-2; j-- {
		switch w := d.toks[j].Norm; w {
		case "وفق", "وفقا", "حسب", "بحسب", "وبحسب", "وحسب", "طبقا", "نقلا":
			return true
		case "عن", "ل", "لـ":
			continue // «نقلا عن», «وفقا لـ» written apart
		}
		return false
	}
	return false
}

// reporterName reports a party named only as the source of an account:
// «مصادر عسكرية», «مصدر في الوزارة», «المصادر الطبية», «شهود عيان». It
// tells of a material act; it neither does it nor suffers it.
func reporterName(a *marsad.Actor) bool {
	if a == nil {
		return false
	}
	f := strings.Fields(a.Name)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimPrefix(f[0], "و")
	switch w {
	case "مصادر", "مصدر", "المصادر", "المصدر", "شهود", "الشهود":
		return true
	}
	return false
}

// dropReporters removes a source of the account from the parties of a
// material act (verbal acts keep it: «طالب مصدر في الوزارة …» is its
// speaker). It reports whether the actor was such a source.
func dropReporters(t string, ev *marsad.Event, fb *fallback) bool {
	if verbal(t) || t == "CONSULT" {
		return false
	}
	dropped := reporterName(ev.Actor)
	if dropped {
		ev.Actor = nil
	}
	if reporterName(ev.Recipient) {
		ev.Recipient = nil
	}
	if reporterName(fb.actor) {
		fb.actor = nil
	}
	if reporterName(fb.recip) {
		fb.recip = nil
	}
	return dropped
}

// coordinatedNoun reports an act noun joined by و to the act noun just
// before it in its sentence, with only that one's object between them:
// «دفع ذلك السعودية إلى طرد السفير الكندي، وتجميد العلاقات التجارية،
// وتعليق المنح». The acts of such a list have the first one's actor; the
// party named in between is the object of the first, not the actor of the
// next.
func (c *Coder) coordinatedNoun(d *doc, h, prev *hit) bool {
	if prev == nil || prev.sent != h.sent || prev.trig.Type != h.trig.Type {
		return false
	}
	if h.trig.Symmetric || prev.trig.Symmetric || c.toll(d, h) {
		return false // «قصف متبادل …، ومقتل مدنيين», «غارات للتحالف ومواجهات مع …»: the sides differ
	}
	i := h.head()
	if !strings.HasPrefix(d.toks[i].Norm, "و") || bareWord(d, i) == d.toks[i].Norm {
		return false
	}
	if i-prev.last() > 8 || i <= prev.last() {
		return false
	}
	for k := prev.last() + 1; k < i; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct && t.Text != "،" && t.Text != "," {
			return false
		}
		if complementizer(t.Norm) || c.isTrigger(d, k) || c.reportingAt(d, k) {
			return false
		}
	}
	return true
}

// agentNouns are act nouns of force whose genitive is who strikes, not
// whom: «غارات طائرات التحالف», «القصف المدفعي للقوات التركية» (unlike
// «استهداف قوات النظام», whose genitive is the target). Normalised.
var agentNouns = wordSet([]string{"قصف", "القصف", "غاره", "غارات", "الغاره", "الغارات", "ضربه", "ضربات", "الضربه", "الضربات", "هجوم", "هجمات", "الهجوم", "الهجمات", "نيران", "قذايف"})

// armedGenitive finds the armed body after an act noun of force, past its
// adjectives: «بغارات طائرات التحالف», «القصف المدفعي للقوات التركية»,
// «من القصف الكثيف لقوات النظام». It is the act's actor; it used to be
// read as the target (or left to the context, which named the target).
func (c *Coder) armedGenitive(d *doc, h *hit) np {
	i := h.head()
	if h.trig.Type != "ASSAULT" || h.trig.Verb || len(h.pos) != 1 {
		return np{}
	}
	w := bareWord(d, i)
	if !agentNouns[w] {
		if len(w) < 3 || !(strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) || !agentNouns[w[len("ب"):]] {
			return np{}
		}
	}
	s := d.sents[h.sent]
	g := i + 1
	for k := 0; k < 2 && g < s.b && d.toks[g].Kind == arabic.Word && d.mentionAt[g] < 0 && (nisbaForm(d.toks[g]) || (definite(d.toks[g].Norm) && definite(d.toks[i].Norm) && !c.isStop(d, g))) && !gluedLam(d, g) && !c.armedHead(d, np{a: g, b: g + 1}); k++ {
		g++ // «المدفعي», «الكثيف», «الجوية»
	}
	if g >= s.b {
		return np{}
	}
	p := c.phraseAt(d, g, s.b)
	if !p.ok() {
		return np{}
	}
	if a := c.lamArmed(d, p); a != nil {
		return np{a: p.a, b: lamArmedEnd(d, p), actor: a}
	}
	if !gluedLam(d, p.a) && c.armedHead(d, p) && (p.actor == nil || p.actor.Sector != "CVL") {
		return p // «غارات طائرات التحالف»
	}
	return np{}
}

// titleWords are words two different parties of one country share
// («وزير الخارجية الأمريكي» and «وزير الدفاع الأمريكي»): no sign that
// they are one party. Normalised, without the article.
var titleWords = wordSet([]string{"وزير", "وزيره", "رئيس", "رييس", "ناب", "نايب", "مسوول", "مسوولين", "مسوولي", "متحدث", "باسم", "امير", "ملك", "ولي", "عهد", "مجلس", "وزاره", "حكومه", "سفير", "قاده", "قايد", "زعيم", "مدير", "امين", "عام"})

// oneParty reports an actor and a recipient that name one party twice:
// of one country and sector, sharing a name word that is no title
// («الجيش الليبي» and «للجيش الوطني الليبي», «قوات الأمن» and «الأمن
// العام», «ميليشيات الحوثي» twice in a two-sided act). A party is not the
// other side of its own act.
func oneParty(a, r *marsad.Actor) bool {
	if a == nil || r == nil || a.Name == "" || r.Name == "" {
		return false
	}
	if namesOverlap(a.Name, r.Name) {
		return true
	}
	if a.Country == "" || a.Country != r.Country || a.Sector != r.Sector {
		return false
	}
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(nameKey(s)) {
			for _, p := range []string{"و", "ل", "ب"} {
				if strings.HasPrefix(w, p) && len([]rune(w)) > 4 {
					w = strings.TrimPrefix(w, p)
					if strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "ل") {
						w = strings.TrimPrefix(strings.TrimPrefix(w, "ال"), "ل")
					}
					break
				}
			}
			if len([]rune(w)) >= 3 && !titleWords[w] {
				m[w] = true
			}
		}
		return m
	}
	wa := words(a.Name)
	for w := range words(r.Name) {
		if wa[w] {
			return true
		}
	}
	return false
}

// countedKill reports a verb of killing or wounding read as a passive
// because a count follows it at once: «وقتل 62 من المحتجين خلال مواجهات مع
// القوات الإسرائيلية», «قتل نحو 17 من المسلحين». Like a toll, its cause is
// told in its own sentence, if at all (tollAgent), not by the last party
// named before it.
func (c *Coder) countedKill(d *doc, h *hit) bool {
	if h.trig.Type != "ASSAULT" || !h.trig.Verb || len(h.pos) != 1 {
		return false
	}
	i := h.head()
	if !d.has(i, c.lx.deaths) && !d.has(i, c.lx.injuries) {
		switch bareWord(d, i) {
		case "قتل", "اصيب", "جرح":
		default:
			return false
		}
	}
	s := d.sents[h.sent]
	k := approxEnd(d, c.skipAdverbs(d, i+1, s.b), s.b)
	return k < s.b && d.toks[k].Kind == arabic.Number
}

// monitorActor reports a monitor or an outlet (NGO, MED) read as the actor
// of an act of force, a sanction or a withdrawal or truce: «وأوضح مدير
// المرصد رامي عبد الرحمن "دخل وقف لإطلاق النار حيز التنفيذ …"». It tells
// of the act; the parties to it are named elsewhere, if at all.
func monitorActor(a *marsad.Actor, typ string) bool {
	if a == nil || (a.Sector != "NGO" && a.Sector != "MED") {
		return false
	}
	switch typ {
	case "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION":
		return true
	}
	return false
}

// subordinator reports a conjunction that opens a clause of its own
// («عندما», «حينما», «بعدما», «لما»): a verb right after it has its subject
// after it, never the words before the conjunction («وأغضبت كندا الرياض
// عندما دعت السفارة الكندية إلى …»). Normalised, without و.
func subordinator(w string) bool {
	switch w {
	case "عندما", "حينما", "بعدما", "لما", "حين":
		return true
	}
	return false
}

// lamAgent reports a party read with a glued ل that names an armed body
// («للتحالف العربي», «لقوات النظام»): after an act of force it is the
// agent («قتلت غارة جوية للتحالف العربي قائدا»), whatever slot the verb put
// it in.
func lamAgent(a *marsad.Actor) bool {
	if a == nil || !armedSector(a) {
		return false
	}
	f := strings.Fields(a.Name)
	if len(f) == 0 {
		return false
	}
	if strings.HasPrefix(f[0], "لل") {
		return true
	}
	switch f[0] {
	case "لقوات", "لجيش", "لطيران", "لميليشيات", "لميليشيا", "لمليشيات", "لمليشيا", "لمقاتلات":
		return true
	}
	return false
}

// kamaSubject finds the subject of a verb right after «كما» that names none
// after it: «وتدعم تركيا جماعات مسلحة في إدلب كما أرسلت قوات إلى
// المحافظة». The clause before «كما» goes on: its subject, named at the
// opening of the sentence (after its verb or before it), acts again; the
// party just before «كما» is that clause's object. Nil when the rule does
// not apply.
func (c *Coder) kamaSubject(d *doc, h *hit, actor np) *marsad.Actor {
	i := h.head()
	s := d.sents[h.sent]
	if !h.trig.Verb || h.clitic != "" || i-1 <= s.a || bareWord(d, i-1) != "كما" {
		return nil
	}
	if actor.ok() && actor.a > i && (actor.actor != nil || c.armedHead(d, actor) || c.nationalPhrase(d, actor)) {
		return nil // «كما أرسلت تركيا قوات»: its own subject (not «كما قصفت مخازن أسلحة»)
	}
	// the subject opens the clause (after «من جانبه،» and the like), or
	// follows its first word, the verb («وتدعم تركيا», «وكان ترامب التقى»)
	k := openingPhrase(d, sideOpener(d, s.a, i), i)
	for n := 0; n < 2 && k < i-1; n++ {
		if m := d.mentionAt[k]; m >= 0 && int(d.mentions[m].TokStart) >= k-0 {
			if !agentive(&d.mentions[m].Actor) {
				return nil
			}
			return d.mentionActor(int(m))
		}
		if d.toks[k].Kind != arabic.Word || c.isStop(d, k) || particles[bareWord(d, k)] {
			return nil // «وردا على قصف المتمردين …»: a fronted phrase, not a verb
		}
		k++
	}
	return nil
}
