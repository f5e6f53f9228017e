package coding

import (
	"iter"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
)

// precise checks one coded hit against constructions that make it no
// current event, or that change what it is. It returns false when the hit is
// no event at all; otherwise it may mark the event as history or as mere
// readiness (Aux), retype it (a reply by force is an ASSAULT, a verbal attack
// an ACCUSE, announced force a THREATEN) or clear the parties of an
// interception. The word lists are the lexicon's filters
// (data/lexicon_more.yaml).
func (c *Coder) precise(d *doc, h *hit, ev *marsad.Event, fb *fallback) bool {
	if i := h.head(); i < len(d.placeAt) && d.placeAt[i] >= 0 {
		return false // «ناحية سيدكان»: a place name read as a verb («سيدكان»)
	}
	switch who := c.bystander(d, h.sent); {
	case (who == commentatorSpeaks && !c.beforeCommentator(d, h, ev)) || (who == witnessSpeaks && verbal(h.trig.Type)):
		// analysts' views are quotes; onlookers' and journalists' words
		// are quotes too, though what they saw done may be news
		return false
	case c.relatedLink(d, h):
		return false // «للمزيد: …», «قد يهمك: …»: another article's headline
	case h.trig.Sufferer && !linked(ev.Recipient):
		return false // «إن الاقتصاد سيواجه تداعيات صعبة»: no party threatened (verbal13_stances.go)
	case h.trig.Type == "REQUEST" && (c.onRequest(d, h) || c.invitation(d, h)):
		return false
	case h.trig.Type == "CONCEDE" && c.declinedInvitation(d, h):
		return false
	case h.trig.Type == "REJECT" && c.answer(d, h):
		return false
	case h.trig.Type == "REQUEST" && c.seeker(d, h):
		return false
	case h.trig.Type == "CONSULT" && c.interview(d, h):
		return false
	case c.charged(d, h):
		return false
	case h.trig.Type != "REQUEST" && c.demanded(d, h):
		return false // «دعا الناخبين، إلى مقاطعة الانتخابات»: what is asked for
	case h.trig.Type != "ACCUSE" && c.accusedOf(d, h):
		return false // «متهما الفصائل باحتجاز المدنيين»: what is charged
	case c.opinionPiece(d, h):
		return false // «شجبت الصحيفة في افتتاحيتها»: an editorial's views
	case h.trig.Type == "ACCUSE" && (mediaVoice(ev.Actor) || (!linked(ev.Actor) && mediaVoice(fb.actor))):
		return false // «انتقد الإعلامي المصري …»: a commentator's opinion; the title may be in the fallback's name (accuse_commentator.go)
	case h.trig.Type == "ASSAULT" && c.notForce(d, h):
		return false
	case label(d, h):
		return false // «ووصفها بأنها هجوم ذو دوافع سياسية»: a name given, no act (precision_label.go)
	case h.trig.Type == "CONSULT" && pastContact(d, h):
		return false // «كن على اتصال مع كيانات أجنبية»: a past relationship (precision_label.go)
	case h.trig.Type == "ACCUSE" && bearing(d, h):
		return false // «وتحمل المسؤولية والعبء»: a burden borne, no blame (precision_label.go)
	case c.round5(d, h, ev):
		return false // constructions read on fresh articles (precision_round5.go)
	case c.round6(d, h, ev):
		return false // the sixth round's constructions (precision_round6.go)
	case c.round7(d, h, ev):
		return false // the seventh round's constructions, read on politics news (precision_round7.go)
	case c.backReference(d, h):
		return false
	case longPast(d, h):
		return false // «… في ذكرى النكبة عام 2014», «بين عامي 2005 و2013»: years past (precision_round8.go)
	case operationSeize(d, h, ev):
		return false // «عملية تحرير مدينة الحديدة»: a battle's aim, no capture (coerce_operation_name.go)
	case supplyLineCut(d, h):
		return false // «وقطع خط إمداد الحوثيين عبر الطريق»: a supply line, no protest (coerce_roadblock.go)
	case heldByClause(d, h, ev):
		return false // «إلى جانب 300 مدني تحتجزهم المعارضة»: captives described (coerce_held_state.go)
	case releasedCaptives(d, h, ev):
		return false // «الإفراج عن 34 سجينا اعتقلهم حزب الله»: the release is the news (coerce_release_clause.go)
	case reportedPractice(d, h, ev):
		return false // «وتقول المنظمة إن السلطات تعتقل 31 صحفيا»: a practice reported (coerce_report_practice.go)
	case reportedAttacks(d, h, ev):
		return false // «ويقول تقرير الأمم المتحدة إن التنظيم يشن هجمات»: a practice reported (assault_report_practice.go)
	case h.trig.Type == "PROTEST" && arousedProtest(d, h):
		return false // «ما أثار غضب واحتجاج الفلسطينيين»: the reaction a measure drew (background_round9.go)
	case strings.Contains(h.trig.Source, "حيز") && !c.truceInForce(d, h):
		return false // «دخل القانون حيز التنفيذ»: no truce
	case h.trig.Type == "THREATEN" && c.pledgeToBe(d, h):
		return false
	case !c.otherSense(d, h, ev):
		return false // «أوقفت تمويلها», «تشكل تهديدا»: the word's other sense
	}
	if vagueJudgement(d, h) {
		return false // «اعتبره كثيرون إخلالا», «ومن يصفه بالدكتاتوري» (accuse_described.go)
	}
	if impersonal(h) {
		speakerCondemns(d, h, ev, fb)
	}
	if blame(h) && !c.blamed(d, h, ev, fb) {
		return false // «قال الوزير إن روسيا تقف وراء الهجوم»: the speaker accuses (accuse_blame.go)
	}
	if h.trig.Type == "CONCEDE" && c.lx.filters.readiness[bareWord(d, h.head())] {
		if c.commanded(d, h) {
			return false // «أمر الجيش بأن يكون مستعدا»: the order is the event
		}
		// «كندا مستعدة للتحقيق»: willing, nothing done; but readiness
		// offered to the other side concedes («مستعد لضمان انسحاب المقاتلين»)
		if ev.Aux == "" && !d.has(h.head()+1, c.lx.filters.offer) {
			ev.Aux = marsad.AuxHypothetical
		}
	}
	if h.trig.Type == "REJECT" && strings.HasPrefix(h.trig.Source, "رد/") && c.repliedByForce(d, h) {
		retype(h, ev, "ASSAULT", "other")
	}
	if h.trig.Type == "ASSAULT" && c.verbalAttack(d, h, ev) {
		// «شن هجوما عنيفا على السفير في كلمة»: words, not force
		retype(h, ev, "ACCUSE", "disapprove")
		// words have the clause's subject as their actor: the one the
		// verb is coordinated with, or who speaks
		if h.coord != nil {
			ev.Actor = h.coord
		} else if sp := d.speakerOf[h.sent]; sp.actor != nil && linked(sp.actor) && !linked(ev.Actor) {
			ev.Actor = sp.toActor()
		}
	}
	roadCutByForce(h, ev)        // «وقطعت الميليشيات الطرق»: a restriction by force (coerce_roadblock.go)
	percentNoParty(ev)           // «استعادت 90 بالمئة من المحافظة»: a share of land is no party (coerce_seized_place.go)
	c.keptDetainee(d, h, ev, fb) // «وأقرت محكمة أخرى استمرار حبس القس»: the one kept (coerce_seized_place.go)
	if h.trig.Type == "PROTEST" && h.trig.Verb && strings.Contains(bareWord(d, h.head()), "حتج") && stateActor(ev.Actor) {
		// «وتحتج إسرائيل على ذلك», «احتجت الخارجية على …»: a state
		// protests in words, it does not demonstrate
		retype(h, ev, "ACCUSE", "disapprove")
	}
	if ev.Aux == marsad.AuxHypothetical && c.sequence(d, h) {
		ev.Aux = "" // «قبل أن تطرد السفير»: what happened next, told in the subjunctive
	}
	if ev.Aux == "" && h.trig.Type != "CONCEDE" && c.ready(d, h) {
		ev.Aux = marsad.AuxHypothetical // «على استعداد للدخول في محادثات»
	}
	if (ev.Aux == "" || ev.Aux == marsad.AuxFuture || ev.Aux == marsad.AuxHypothetical) && c.threat(d, h, ev.Aux) {
		// «سنرد بقوة»: force announced by the one who will use it is a threat
		// made now
		retype(h, ev, "THREATEN", "violence")
		ev.Aux = ""
		if ev.Actor == nil {
			ev.Actor = d.speakerOf[h.sent].toActor()
		}
	}
	if (h.trig.Mode == "expel" || summons(h)) && !linked(ev.Recipient) {
		// «طردت السفير الفلبيني»: the envoy, part of the trigger, names the
		// country expelled by his nisba (or protested to, when a sense rule
		// read the summons as a protest)
		if m := d.mentionAt[h.last()]; m >= 0 && linked(&d.mentions[m].Actor) {
			ev.Recipient = d.mentionActor(int(m)) // «السفير الفلبيني» as the actor layer read it
		} else if k := h.last() + 1; k < d.sents[h.sent].b {
			if code := c.nisbaCountry(d, k, k+1); code != "" {
				name, _ := d.spanText(h.last(), k+1)
				ev.Recipient = &marsad.Actor{Name: name, Country: code, Sector: "GOV"}
			}
		}
	}
	if summons(h) && h.trig.Type == "SANCTION" && foreignEnvoy(d, h, ev) {
		retype(h, ev, "ACCUSE", "disapprove") // «استدعت موسكو السفير البريطاني»: a formal protest (precision_label.go)
	}
	if ev.Aux == "" && h.trig.Type != "THREATEN" && h.trig.Type != "REQUEST" && h.trig.Type != "RETREAT" && (c.conditionAfter(d, h) || sanctionOnCondition(d, h)) {
		ev.Aux = marsad.AuxHypothetical // «يدعم إجراء محادثات مع إيران إذا أظهرت التزاما»
	}
	if ev.Aux == "" && c.aimedAt(d, h) {
		ev.Aux = marsad.AuxHypothetical // «وتسعى القوات، مدعومة من روسيا، إلى فرض سيطرتها»
	}
	if aux := describedCritic(d, h); ev.Aux == "" && aux != "" {
		ev.Aux = aux // «المعروف بانتقاده», «الذي كان ينتقد», «مشروع قرار يدين» (accuse_described.go)
	}
	if ev.Aux == "" && c.repeatedAfter(d, h) {
		ev.Aux = marsad.AuxHistorical // «وانتقد ترامب الاتفاق مرارا»: a habit
	}
	if ev.Aux == "" && severalInRelative(d, h) {
		ev.Aux = marsad.AuxHistorical // «وإسرائيل، التي شنت غارات عدة على …»: a habit (background_round9.go)
	}
	if ev.Aux == "" && (heldSince(d, h, ev) || standingMeasure(d, h, ev)) {
		ev.Aux = marsad.AuxHistorical // «وتحتجز أنقرة القس منذ نحو عامين»: a standing hold (coerce_held_state.go)
	}
	if ev.Aux == "" && advocacyClause(d, h, ev) {
		ev.Aux = marsad.AuxHistorical // «حركة "خدمة" التي يرأسها تدعو إلى …»: a standing aim (request_advocacy.go)
	}
	if ev.Aux == "" && c.toldAsHistory(d, h) {
		ev.Aux = marsad.AuxHistorical
	}
	if h.trig.Inverse {
		// «اعترض التحالف ثلاثة صواريخ»: the interceptor is neither who
		// attacked nor, as a rule, what was aimed at; both are told with
		// the attack, which this report joins
		ev.Actor, ev.Recipient = nil, nil
		fb.actor, fb.recip = nil, nil
		ev.Symmetric = false
	}
	return true
}

// summons reports a hit of the summons patterns («استدعى * السفير»,
// «استدعاء السفير»), whatever
// type a sense rule gave it.
func summons(h *hit) bool {
	return strings.HasPrefix(h.trig.Source, "استدعى/") || strings.HasPrefix(h.trig.Source, "استدعاء ")
}

// stateActor reports a government or a country («إسرائيل», «الخارجية
// الروسية»), as the actor layer linked it.
func stateActor(a *marsad.Actor) bool {
	return a != nil && linked(a) && (a.Sector == "GOV" || len(a.ID) == 3)
}

// retype gives a hit and its event another type and mode. The hit's
// trigger is copied (the lexicon's is shared) and made strong: the new
// event stands alone even where the act's noun would only add evidence
// («ضربات»).
func retype(h *hit, ev *marsad.Event, typ, mode string) {
	ev.Type, ev.Mode = typ, mode
	t := *h.trig
	t.Type, t.Mode, t.Weak = typ, mode, false
	h.trig = &t
}

// wordsIn returns the indexes of the word tokens in [a,b), nil when there
// is none. The slice is part of d.wordIx (capacity cut at its end, so an
// append copies): callers must not write into it.
func (d *doc) wordsIn(a, b int) []int {
	if d.wordIx != nil {
		lo, hi := sort.SearchInts(d.wordIx, a), sort.SearchInts(d.wordIx, b)
		if lo >= hi {
			return nil
		}
		return d.wordIx[lo:hi:hi]
	}
	var out []int // a doc not built by newDoc
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		if d.toks[k].Kind == arabic.Word {
			out = append(out, k)
		}
	}
	return out
}

// hasKey reports whether token i has key w (the word or one of its stems).
func (d *doc) hasKey(i int, w string) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	if d.toks[i].Norm == w {
		return true
	}
	for _, k := range d.keys[i] {
		if k == w {
			return true
		}
	}
	return false
}

// phraseEndsAt reports whether the words of phrase p end at token i (each
// word equal to a token's form or its form without a conjunction).
func (d *doc) phraseEndsAt(p []string, i, start int) bool {
	if i >= len(d.toks) {
		return false
	}
	k := i
	for j := len(p) - 1; j >= 0; j-- {
		for k >= start && d.toks[k].Kind != arabic.Word {
			k--
		}
		if k < start || (d.toks[k].Norm != p[j] && bareWord(d, k) != p[j]) {
			return false
		}
		k--
	}
	return true
}

// onRequest reports a demand named only as the origin of something else:
// «تمت العملية بناء على طلب من الحكومة», «بدعوة من الرئيس».
func (c *Coder) onRequest(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for _, p := range c.lx.filters.onRequest {
		if d.phraseEndsAt(p, h.head(), s.a) {
			return true
		}
	}
	return false
}

// inviteWord reports a form of دعا/دعوة (call, or invite).
func inviteWord(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	w = strings.TrimPrefix(strings.TrimPrefix(w, "ب"), "ل")
	w = strings.TrimPrefix(w, "ال")
	for _, p := range []string{"دعا", "دعت", "دعو", "يدعو", "تدعو", "ندعو"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// invitation reports دعا/دعوة meaning "invite": what follows is an occasion
// to attend («دعاه إلى حضور المؤتمر», «دعوة لزيارة البلاد», «دعته للمشاركة
// في القمة»), or the invitation is sent, received or accepted («وجه الدعوة
// إلى الوزير», «تلقى دعوة»). Taking part alone («تدعوهم لمشاركة الجيش في
// …») is an appeal.
func (c *Coder) invitation(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	at := -1
	for _, p := range h.pos {
		if inviteWord(d.toks[p].Norm) {
			at = p
		}
	}
	if at < 0 {
		return false
	}
	fl := &c.lx.filters
	// sent, received or accepted: «تلقى دعوة», «لبى الدعوة», «لتوجيهه الدعوة»
	for _, k := range d.wordsIn(max(s.a, at-3), at) {
		for _, key := range d.keys[k] {
			if fl.inviteVerbs[key] {
				return true
			}
		}
	}
	part := false // «للمشاركة» seen: an occasion named after it makes it attending
	for k := at + 1; k < s.b && k <= at+8; k++ {
		t := d.toks[k]
		if t.Kind == arabic.Punct && (t.Text == "." || t.Text == "،" || t.Text == ",") {
			break
		}
		if t.Kind != arabic.Word {
			continue
		}
		// the occasion follows إلى or a glued ل: «إلى حضور», «لزيارة»,
		// or «للمشاركة في المؤتمر»
		introduced := strings.HasPrefix(bareWord(d, k), "ل") || (k > s.a && (bareWord(d, k-1) == "الي" || bareWord(d, k-1) == "الى"))
		for _, key := range d.keys[k] {
			if fl.invite[key] && (introduced || part) {
				return true
			}
			if fl.invitePart[key] && introduced {
				part = true
			}
		}
	}
	return false
}

// declinedInvitation reports an apology that declines («اعتذر الوزير عن
// الحضور»): «عن» after the verb (and its subject) opens what is declined.
func (c *Coder) declinedInvitation(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.last() + 1; k+1 < s.b && k <= h.last()+6; k++ {
		if bareWord(d, k) == "عن" {
			return d.has(k+1, c.lx.filters.declined)
		}
	}
	return false
}

// answer reports «رد» as a noun that answers a question («في رد على سؤال»)
// rather than a rebuttal aimed at a party.
func (c *Coder) answer(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	if i > s.a {
		switch bareWord(d, i-1) {
		case "في", "وفي", "على", "خلال", "بعد":
			return true
		}
	}
	for k := h.last() + 1; k < s.b && k <= h.last()+3; k++ {
		if d.has(k, c.lx.filters.answer) {
			return true
		}
	}
	return false
}

// repliedByForce reports «رد على» answered with force («وردت إسرائيل على
// الضربات بإطلاق صواريخ»): the reply is the attack (whose own trigger, the
// content of the reply, was set aside).
func (c *Coder) repliedByForce(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+8; k++ {
		if d.has(k, c.lx.filters.forceReply) {
			return true
		}
	}
	return false
}

// seeker reports «طالب» as a noun, one who seeks («طالب لجوء», «طالبو
// اللجوء»), not the verb "demanded".
func (c *Coder) seeker(d *doc, h *hit) bool {
	i := h.head()
	if !strings.HasPrefix(bareWord(d, i), "طالب") || i+1 >= d.sents[h.sent].b {
		return false
	}
	return d.has(i+1, c.lx.filters.sought)
}

// interview reports a meeting with a newspaper, channel or agency («في لقاء
// مع قناة …», «لقاء تلفزيوني»): an interview, reported speech, not talks.
func (c *Coder) interview(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+2; k++ {
		if d.has(k, c.lx.filters.media) {
			return true
		}
		if m := d.mentionAt[k]; m >= 0 && d.mentions[m].Actor.Sector == "MED" {
			return true // «في لقاء مع سكاي نيوز عربية»
		}
	}
	return false
}

// charged reports an act named as the content of a charge («حكم عليه
// بتهمة قتل», «لاتهامهم بالقرصنة، بينها هجمات»): the charge is told, the
// act itself is told elsewhere if it is news.
func (c *Coder) charged(d *doc, h *hit) bool {
	if verbal(h.trig.Type) {
		return false
	}
	s := d.sents[h.sent]
	for k, n := h.head()-1, 0; k >= s.a && n < 6; k-- {
		t := d.toks[k]
		if t.Text == "." || t.Text == ":" {
			break
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.subordinate(k-1, k+1) {
			break // «بتهمة … بعد يومين من صدور حكم»: another clause
		}
		if d.has(k, c.lx.filters.charge) {
			return true
		}
		// «أحكاما بالإعدام … للتورط في هجمات»: involvement named by a
		// verdict earlier in the sentence
		if d.has(k, c.lx.filters.involvement) {
			for j := s.a; j < k; j++ {
				if d.has(j, c.lx.filters.verdict) {
					return true
				}
			}
		}
	}
	return c.quotedCharge(d, h)
}

// quotedCharge reports a hit inside a quoted list of charges: «ووجهت إلى
// المتهمين تهم "تنظيم جماعة … وإحداث عدة تفجيرات …"». The nearest quote
// mark before the hit is taken as the one that opens its quote; a charge
// or accusation word up to three words before it makes the quote the charges.
func (c *Coder) quotedCharge(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.head() - 1; k >= s.a && k >= h.head()-80; k-- {
		switch d.toks[k].Text {
		case "\"", "«", "“":
		default:
			continue
		}
		for j, n := k-1, 0; j >= s.a && n < 3; j-- {
			if d.toks[j].Kind != arabic.Word {
				continue
			}
			n++
			if d.has(j, c.lx.filters.charge) || d.has(j, c.lx.filters.accuse) {
				return true
			}
		}
		return false
	}
	return false
}

// ready reports a readiness word governing the hit in its clause («على
// استعداد للدخول في محادثات», «جاهزون لشن هجوم»).
func (c *Coder) ready(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k, n := h.head()-1, 0; k >= s.a && n < 4; k-- {
		t := d.toks[k]
		if t.Text == "،" || t.Text == "," || t.Text == "." {
			break
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		w := bareWord(d, k)
		if c.lx.filters.readiness[w] || (strings.HasPrefix(w, "استعداد") && k > s.a && bareWord(d, k-1) == "علي") {
			return true
		}
	}
	return false
}

// threat reports an act of force in the future tense («ستواصل … ضرب»,
// «سوف نستهدف») or floated as possible («قد تشارك في ضربات محتملة», «لم
// تستبعد فرض عقوبات») told as someone's words: announced, it threatens.
func (c *Coder) threat(d *doc, h *hit, aux string) bool {
	switch h.trig.Type {
	case "ASSAULT", "COERCE", "MOBILIZE", "SANCTION":
	default:
		return false
	}
	if d.speakerOf[h.sent].name == "" {
		return false
	}
	s := d.sents[h.sent]
	if aux == marsad.AuxFuture && h.trig.Type != "SANCTION" && (h.future || c.futureMarked(d, h.head(), s.a)) {
		return true
	}
	if aux == marsad.AuxFuture {
		return false
	}
	// «من المحتمل أن خمسة قد قتلوا»: doubt about a past act, no threat
	if w := d.toks[h.head()].Norm; h.trig.Verb && !(strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن")) {
		return false
	}
	for k, n := h.head()-1, 0; k >= s.a && n < 8; k-- {
		t := d.toks[k]
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, c.lx.conditional) {
			return false // «إذا هاجمت …»: the condition, not the threat
		}
	}
	return c.hedged(d, h)
}

// hedged reports an act floated as possible: «قد تشارك في ضربات»,
// «ضربات محتملة», «لم تستبعد فرض عقوبات», «من الممكن».
func (c *Coder) hedged(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.last() + 1; k < s.b && k <= h.last()+2; k++ {
		if d.has(k, c.lx.filters.possible) {
			return true
		}
	}
	for k, n := h.head()-1, 0; k >= s.a && n < 6; k-- {
		t := d.toks[k]
		if t.Text == "،" || t.Text == "," || t.Text == "." {
			break
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, c.lx.filters.possible) {
			return true
		}
		// «قد تشارك»: may; «قد شاركت» is "has taken part"
		if bareWord(d, k) == "قد" && k+1 < s.b {
			if w := d.toks[k+1].Norm; strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن") {
				return true
			}
		}
	}
	return false
}

// verbalAttack reports «هاجم»/«هجوم» meaning harsh criticism: aimed at an
// office holder, the media or a policy right after it, or qualified as
// verbal («هجوما لاذعا»), by a party that is no armed force.
func (c *Coder) verbalAttack(d *doc, h *hit, ev *marsad.Event) bool {
	head := false
	for _, p := range h.pos {
		w := strings.TrimPrefix(bareWord(d, p), "ال")
		if strings.HasPrefix(w, "هاجم") || strings.HasPrefix(w, "يهاجم") || strings.HasPrefix(w, "تهاجم") || strings.HasPrefix(w, "هجوم") {
			head = true
		}
	}
	if !head || c.armedTarget(d, h) {
		return false
	}
	a := ev.Actor
	if a != nil && (a.Sector == "MIL" || a.Sector == "REB" || a.Sector == "POL") {
		return false
	}
	s := d.sents[h.sent]
	fl := &c.lx.filters
	if k := h.last() + 1; k < s.b && d.has(k, fl.forces) {
		return false // «هجوم قوات الحكومة على المدينة»: forces attack
	}
	// a ministry, an official or a party attacks with words; a country
	// («هاجمت إسرائيل مواقع») may attack with arms
	// (a verb or «شن هجوما», not a bare «الهجوم» whose actor is only guessed)
	launched := h.trig.Verb
	if k := h.head() - 1; k >= s.a {
		switch d.toks[k].Norm {
		case "شن", "فشن", "وشن", "شنت", "وشنت", "فشنت":
			launched = true
		}
	}
	if launched && a != nil && linked(a) && len(a.ID) != 3 {
		switch a.Sector {
		case "GOV", "LEG", "PTY", "OPP", "MED", "NGO", "IGO", "EDU", "REL", "JUD":
			return true
		}
	}
	for k, n := h.last()+1, 0; k < s.b && n < 4; k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, fl.verbalTargets) {
			return true
		}
	}
	// «هجوما لاذعا», «هجوما كلاميا»
	return h.last()+1 < s.b && d.has(h.last()+1, fl.verbalMedia)
}

// notForce reports an assault verb in an idiom or a description that harms
// no one by force: «خطفت الماسة الأنظار», «طعن في الحكم» (an appeal),
// «حاولت قتل نفسها» (suicide; «فجر نفسه» is a suicide attack),
// «المسؤولين عن قتل …» (who is held responsible, not a new act).
func (c *Coder) notForce(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	fl := &c.lx.filters
	for k, n := h.last()+1, 0; k < s.b && n < 3; k++ {
		if d.toks[k].Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, fl.idiomObjects) || (n == 1 && d.has(k, fl.reflexive) && strings.HasPrefix(h.trig.Source, "قتل")) {
			return true
		}
	}
	if k := h.head() - 1; k > s.a && bareWord(d, k) == "عن" && d.has(k-1, fl.responsible) {
		return true
	}
	// «طعن المحامي في الحكم»: an appeal
	if strings.HasPrefix(h.trig.Source, "طعن/") {
		for k := h.last() + 1; k+1 < s.b && k <= h.last()+4; k++ {
			if w := bareWord(d, k); (w == "في" || w == "علي") && d.has(k+1, fl.appeal) {
				return true
			}
		}
	}
	return false
}

// backReference reports a trigger that only refers to a happening told
// elsewhere: the topic of a purpose, result or agenda («الهدف من اجتماع
// اللجنة», «نتائج المحادثات»), or a passive relative clause on a noun of
// the same act («الاتفاق الذي تم التوصل إليه»).
func (c *Coder) backReference(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	i := h.head()
	if !h.trig.Verb && (h.trig.Type == "CONSULT" || h.trig.Type == "AGREE") {
		for k, n := i-1, 0; k >= s.a && n < 2; k-- {
			if d.toks[k].Kind != arabic.Word {
				break
			}
			n++
			if d.has(k, c.lx.filters.about) {
				return true
			}
		}
	}
	// «الاتفاق الذي تم التوصل إليه»: a passive relative clause; an active
	// one names who acted («الضربة التي استهدفت …») and is kept
	k := i - 1
	switch {
	case d.has(i, c.lx.passive):
	case k >= s.a && d.has(k, c.lx.passive):
		k--
	default:
		return false
	}
	if k-1 < s.a {
		return false
	}
	switch d.toks[k].Norm {
	case "الذي", "التي":
	default:
		return false
	}
	ante := k - 1
	if !strings.HasPrefix(bareWord(d, ante), "ال") {
		return false
	}
	// the antecedent is a word of some pattern of the same type
	for _, t := range c.lx.triggers {
		if t.Type != h.trig.Type {
			continue
		}
		for _, sl := range t.Slots {
			for _, key := range d.keys[ante] {
				if sl.Forms[key] {
					return true
				}
			}
		}
	}
	return false
}

// truceInForce reports a truce word between the verb and «حيز التنفيذ»
// («دخلت الهدنة حيز التنفيذ», «دخل اتفاق وقف إطلاق النار حيز التنفيذ»).
func (c *Coder) truceInForce(d *doc, h *hit) bool {
	for k := h.head(); k <= h.last(); k++ {
		if d.has(k, c.lx.filters.truce) {
			return true
		}
	}
	return false
}

// sequence reports a verb after «قبل أن»/«بعد أن»: in a report of what
// happened, the subjunctive tells the next or the earlier act, not a
// possible one.
func (c *Coder) sequence(d *doc, h *hit) bool {
	i := h.head()
	s := d.sents[h.sent]
	if !h.trig.Verb || i-2 < s.a || d.toks[i-1].Norm != "ان" {
		return false
	}
	switch bareWord(d, i-2) {
	case "قبل", "بعد":
		return true
	}
	return false
}

// pledgeToBe reports a vow about the speaker's own conduct («توعد المرشح أن
// يكون محايدا», «تعهد بأن يكون رئيسا للجميع»): a campaign pledge, no threat.
func (c *Coder) pledgeToBe(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := h.last() + 1; k+1 < s.b && k <= h.last()+14; k++ {
		if d.toks[k].Text == "." {
			break
		}
		switch d.toks[k].Norm {
		case "ان", "بان":
			switch d.toks[k+1].Norm {
			case "يكون", "تكون", "اكون", "نكون", "يكونوا":
				return true
			}
			return false
		}
	}
	return false
}

// commanded reports a command word shortly before the hit in its clause.
func (c *Coder) commanded(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for _, k := range d.wordsIn(max(s.a, h.head()-10), h.head()) {
		if c.lx.filters.command[bareWord(d, k)] {
			return true
		}
	}
	return false
}

// thenWords tell an act as of a time past («آنذاك», «في حينها»).
var thenWords = map[string]bool{"انذاك": true, "حينذاك": true, "وقتذاك": true, "حينها": true, "حينه": true, "وقتها": true}

// repeatedWords tell an act done again and again: after the
// act's object («انتقد الاتفاق مرارا») it is a habit or
// history, no report of today.
var repeatedWords = map[string]bool{"مرارا": true, "تاريخيا": true, "عاده": true}

// repeatedAfter reports a word of repetition up to four words after the
// act, in its clause (events.go reads two).
func (c *Coder) repeatedAfter(d *doc, h *hit) bool {
	for k := range d.clauseWordsAfter(h, 4) {
		if repeatedWords[strings.TrimSuffix(bareWord(d, k), "ً")] {
			return true
		}
	}
	return false
}

// clauseWordsAfter yields the first n words after the hit, stopping at the
// end of its clause (a stop, comma, colon or semicolon).
func (d *doc) clauseWordsAfter(h *hit, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		s := d.sents[h.sent]
		for k, seen := h.last()+1, 0; k < s.b && seen < n; k++ {
			t := d.toks[k]
			switch t.Text {
			case ".", "،", ",", ":", "؛":
				return
			}
			if t.Kind != arabic.Word {
				continue
			}
			seen++
			if !yield(k) {
				return
			}
		}
	}
}

// conditionAfter reports a condition that follows the act in its clause
// («يدعم إجراء محادثات مع إيران "إذا أظهرت التزاما"», «وافقت على
// الانسحاب شريطة …»): the act depends on it, none is reported. «ما إذا»
// (whether) is no condition. A threat or a demand under a condition is
// made all the same, and a release on conditions («بالخروج من السجن في
// حال دفع كفالة») is granted: the caller leaves those types out.
func (c *Coder) conditionAfter(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k := range d.clauseWordsAfter(h, 6) {
		switch bareWord(d, k) {
		case "اذا":
			return !(k > s.a && (d.toks[k-1].Norm == "ما" || d.toks[k-1].Norm == "عما"))
		case "شريطه", "بشرط", "شرط", "مشروطا", "مشروطه":
			return true
		case "حال":
			return k > s.a && strings.HasSuffix(d.toks[k-1].Norm, "في")
		}
	}
	return false
}

// relatedLink reports a sentence that opens with a link to another article
// («للمزيد: البيت الأبيض: ترامب لم يتخذ قراره حول شن ضربات», «قد يهمك.. …»):
// a headline of other news, not a report of this article.
func (c *Coder) relatedLink(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	ws := d.wordsIn(s.a, s.b)
	for _, p := range c.lx.filters.related {
		if len(ws) >= len(p) && d.phraseEndsAt(p, ws[len(p)-1], s.a) {
			return true
		}
	}
	if len(ws) < 2 {
		return false
	}
	// a bare «اقرأ..» or «شاهد:» before the headline
	if linkWords[bareWord(d, ws[0])] && d.toks[ws[0]+1].Kind == arabic.Punct {
		return true
	}
	// a question for a headline: «لماذا انسحبت الولايات المتحدة من
	// الاتفاق؟» asks what the linked article tells
	last := s.b - 1
	for last > ws[0] && d.toks[last].Kind != arabic.Word && d.toks[last].Text != "؟" && d.toks[last].Text != "?" {
		last--
	}
	return questionWords[bareWord(d, ws[0])] && (d.toks[last].Text == "؟" || d.toks[last].Text == "?")
}

// linkWords open a link to another article when punctuation follows them.
var linkWords = map[string]bool{"اقرا": true, "شاهد": true, "طالع": true, "شاهدوا": true}

// questionWords open a question.
var questionWords = map[string]bool{"لماذا": true, "هل": true, "كيف": true, "ماذا": true, "متي": true, "اين": true}

// toldAsHistory reports an act told as background: after «سبق أن»
// («الذي سبق أن فرضت عليه عقوبات»), or in a pluperfect clause («وكان X قد
// فرض …») that dates itself more than a month before publication.
func (c *Coder) toldAsHistory(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	i := h.head()
	fl := &c.lx.filters
	for _, k := range d.wordsIn(max(s.a, i-5), i) {
		for _, p := range fl.history {
			if k+len(p)-1 < i && d.phraseEndsAt(p, k+len(p)-1, s.a) {
				return true
			}
		}
	}
	if d.pub.IsZero() {
		return false
	}
	old := dayOf(d.pub).AddDate(0, 0, -31)
	// a past year opening the clause: «وفي 2004 وجه الرئيس نداء»
	if !c.ownDate(d, h) {
		for k := i - 1; k >= s.a && k >= i-8; k-- {
			t := d.toks[k]
			if t.Text == "،" || t.Text == "," || t.Text == "." || t.Text == ":" {
				break
			}
			if y, ok := year(t); ok && k > s.a && time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).Before(old) {
				switch bareWord(d, k-1) {
				case "في", "وفي", "عام", "العام", "سنه", "منذ", "ومنذ", "خلال":
					return true
				}
			}
		}
	}
	// a month or year long past opening the sentence: «وفي مايو، أعلن ترامب
	// الانسحاب» in a July article (the year may go unsaid here: the
	// opener dates the whole sentence)
	if !c.ownDate(d, h) && c.pastOpener(d, h, old) {
		return true
	}
	// a month or year long past just after the act, in its clause: «زيارة
	// الرئيس إلى بكين في مايو 1990», «هجمات وقعت في أواخر 2016»
	if !c.ownDate(d, h) && c.pastPeriodAfter(d, h, old) {
		return true
	}
	// «وتوعد نتنياهو إيران في حينها», «التي قتل فيها آنذاك»: told as then,
	// not now
	if !c.ownDate(d, h) {
		for _, k := range d.wordsIn(max(s.a, i-3), min(s.b, h.last()+7)) {
			if thenWords[bareWord(d, k)] {
				return true
			}
		}
	}
	// a toll counted since a year long past: «الحرب التي قتل فيها أكثر من
	// 350 ألف شخص منذ 2011» tells the war's whole toll, no news
	if h.trig.Type == "ASSAULT" && (c.tollSince(d, h) || (!c.ownDate(d, h) && c.resultSince(d, h))) {
		return true
	}
	// a pluperfect opener before the hit in its sentence
	plu := -1
	for _, k := range d.wordsIn(s.a, i) {
		if !fl.pluperfect[d.toks[k].Norm] {
			continue
		}
		for _, q := range d.wordsIn(k+1, min(i+1, k+8)) {
			if bareWord(d, q) == "قد" {
				plu = k
				break
			}
		}
		if plu >= 0 {
			break
		}
	}
	if plu < 0 {
		return false
	}
	for _, de := range s.dates {
		if de.TokStart >= plu && (de.Precision == PrecMonth || de.Precision == PrecYear) && de.Date.Before(old) {
			return true
		}
	}
	return false
}

// Who speaks in a sentence, for bystander.
const (
	partySpeaks = iota
	commentatorSpeaks
	witnessSpeaks
)

// bystander tells whether a sentence's speaker comments or testifies
// rather than acts: a speaker named with an analyst's word («المحلل
// السياسي …»: commentatorSpeaks) or a journalist's, artist's or onlooker's
// («طالبة الحقوق …»: witnessSpeaks), or whose name the article gives
// elsewhere with one («فريد زكريا، المحلل السياسي» … «وأوضح زكريا»).
func (c *Coder) bystander(d *doc, si int) int {
	sp := d.speakerOf[si]
	if sp.name == "" {
		return partySpeaks
	}
	fl := &c.lx.filters
	kind := func(w string) int {
		w = strings.TrimPrefix(w, "و")
		switch {
		case fl.commentators[w]:
			return commentatorSpeaks
		case fl.bystanders[w]:
			return witnessSpeaks
		}
		return partySpeaks
	}
	words := strings.Fields(arabic.Normalize(sp.name))
	if len(words) > 0 {
		if k := kind(words[0]); k != partySpeaks {
			return k // «طالبة الحقوق …», «المحلل السياسي …»
		}
	}
	if sp.actor != nil && linked(sp.actor) && sp.actor.Sector != "EDU" {
		return partySpeaks // a known party (an outlet too) speaks for itself
	}
	if len(words) == 0 {
		return partySpeaks
	}
	last := words[len(words)-1]
	if len([]rune(last)) < 3 {
		return partySpeaks
	}
	// the same name elsewhere, after a bystander's word («المحلل فريد
	// زكريا») or in apposition after a comma («فريد زكريا، المحلل السياسي»)
	for i := range d.toks {
		if d.toks[i].Kind != arabic.Word || bareWord(d, i) != last || !wholeNameAt(d, words, i) {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if w := kind(bareWord(d, k)); w != partySpeaks {
				return w
			}
		}
		if i+2 < len(d.toks) && (d.toks[i+1].Text == "،" || d.toks[i+1].Text == ",") {
			if w := kind(bareWord(d, i+2)); w != partySpeaks {
				return w
			}
		}
	}
	return partySpeaks
}

// thatWords are «إن» and «أن» with their pronouns: what follows them is
// what was said (pastPeriodAfter).
var thatWords = wordSet([]string{"إن", "إنه", "إنها", "إنهم", "أن", "أنه", "أنها", "أنهم"})

// pastPeriodAfter reports a month or year that ended before old, told within
// sixteen tokens after hit h with no clause break between.
func (c *Coder) pastPeriodAfter(d *doc, h *hit, old time.Time) bool {
	for _, de := range d.sents[h.sent].dates {
		if de.TokStart <= h.last() || de.TokStart > h.last()+16 {
			continue
		}
		end, ok := periodEnd(de)
		if !ok || !end.Before(old) || !d.yearIn(de.TokStart, de.TokEnd) {
			continue // «في مايو», «منذ أربعة شهور»: no year told, the reading is a guess
		}
		// «منذ 2014»: since then, the act may be today's («أول وزير يزور
		// الصين منذ 2014»); a relative clause dates another noun («حماس
		// التي تسيطر على غزة منذ 2007»)
		clause := true
		for k := h.last() + 1; k < de.TokStart && clause; k++ {
			switch t := d.toks[k].Text; t {
			case "،", ",", ".", ":", "؛":
				clause = false
			}
			switch w := bareWord(d, k); w {
			case "التي", "الذي", "الذين", "اللذين", "اللتين", "منذ":
				clause = false
			case "المبرم", "المبرمه", "الموقع", "الموقعه", "المعلن", "المعلنه", "الصادر", "الصادره", "المنعقد", "المنعقده":
				// «رحب بالاتفاق النووي المبرم في 2015»: a participle
				// dates the noun it describes, as a relative clause does
				clause = false
			default:
				// «قوله خلال اجتماعه إنه سيغلق … في مايو»: what is said
				// is another clause
				clause = !thatWords[w]
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// pastOpener reports a sentence that opens with a month or year that ended
// before old («وفي مايو،», «خلال عام 2016»), told before hit h.
func (c *Coder) pastOpener(d *doc, h *hit, old time.Time) bool {
	s := d.sents[h.sent]
	for _, de := range s.dates {
		if de.TokStart >= h.head() {
			continue
		}
		switch {
		case de.TokStart == s.a:
		case de.TokStart == s.a+1 && openerWords[d.toks[s.a].Norm]:
		default:
			continue
		}
		if end, ok := periodEnd(de); ok && end.Before(old) {
			return true
		}
	}
	// «وفي مايو، أعلن»: a month name after «وفي», which the date reader
	// leaves unread; the last such month up to publication
	k := s.a + 1
	if k >= h.head() || !openerWords[d.toks[s.a].Norm] {
		return false
	}
	m, _ := c.cal.month(d.toks, k, s.b)
	if m == 0 || d.yearIn(k, min(k+4, s.b)) {
		return false // no month, or one with its year (read above)
	}
	y := d.pub.Year()
	if m > int(d.pub.Month()) {
		y--
	}
	return lastDay(y, m).Before(old)
}

// openerWords may open a sentence before its date: «وفي مايو».
var openerWords = map[string]bool{"في": true, "وفي": true, "خلال": true, "وخلال": true}

// periodEnd is the last day of a month or year date; other precisions
// report false.
func periodEnd(de DateExpr) (time.Time, bool) {
	switch de.Precision {
	case PrecMonth:
		return de.Date.AddDate(0, 1, -1), true
	case PrecYear:
		return time.Date(de.Date.Year(), 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// yearIn reports a year written among tokens [a,b).
func (d *doc) yearIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.toks); k++ {
		if _, ok := year(d.toks[k]); ok {
			return true
		}
	}
	return false
}

// demandWords ask for an act: the verbal noun they govern is demanded, not
// done.
var demandWords = wordSet([]string{"دعا", "دعت", "يدعو", "تدعو", "دعوا", "يدعون", "داعيا", "داعية", "داعين",
	"طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "مطالبا", "مطالبة", "مطالبين",
	"ناشد", "ناشدت", "يناشد", "تناشد", "حث", "حثت", "يحث", "تحث", "حاثا"})

// toWords introduce what is asked for: «دعا إلى», «حث على», and the glued «ب».
var toWords = wordSet([]string{"إلى", "الى", "على"})

// demanded reports a verbal noun that is what a demand asks for when the
// demand and its content are parted by a comma or an inserted phrase
// («دعا النائب الناخبين، إلى مقاطعة الانتخابات», «وتطالب كافة القوى، بما
// فيها إيران، بالتوقف عن …»); the construction without a comma is
// events.go's embedded. A time or cause clause («بعد», «عقب») or a new
// sentence ends the search.
func (c *Coder) demanded(d *doc, h *hit) bool {
	return governedBefore(d, h, "ب", demandWords)
}

// governedBefore reports a verbal noun glued to the clitic (or after
// «إلى/على») that one of heads governs up to fourteen words before it,
// across commas and inserted phrases; a time, cause or contrast word
// («بعد», «عقب», «لكن», «أن») or a new sentence ends the search.
func governedBefore(d *doc, h *hit, clitic string, heads map[string]bool) bool {
	if h.trig.Verb {
		return false
	}
	i, s := h.head(), d.sents[h.sent]
	if !strings.HasPrefix(h.clitic, clitic) && !(i > s.a && d.has(i-1, toWords)) {
		return false
	}
	n := 0
	for k := i - 1; k >= s.a && n < 14; k-- {
		t := d.toks[k]
		if t.Text == "." || t.Text == ":" || t.Text == "؛" {
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		switch bareWord(d, k) {
		case "بعد", "قبل", "عندما", "حين", "اثر", "عقب", "بينما", "فيما", "لكن", "ولكن", "كما", "ان", "انه", "انها":
			return false
		}
		if d.has(k, heads) {
			return true
		}
	}
	return false
}

// accusedOf reports a verbal noun glued to «بـ» (or after «بمحاولة»,
// «بالتخطيط» …) that an accusation up to six words before governs
// («متهما الفصائل المقاتلة باحتجاز المدنيين», «تتهم المواطنين الروس
// بمحاولة شن هجمات»): the charge, not a reported act.
func (c *Coder) accusedOf(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	// «تتهم المواطنين الروس بمحاولة شن هجمات»: an attempt or a plot
	// glued to «بـ» governs the act after it (a verbal noun, even where
	// the lexicon reads a verb: «شن»)
	attempt := h.head() > s.a && attemptWords[d.toks[h.head()-1].Norm]
	if !attempt && (h.trig.Verb || !strings.HasPrefix(h.clitic, "ب")) {
		return false
	}
	at, _ := c.accuserBefore(d, h, 6)
	return at > 0
}

// accuserBefore looks back from h's head, within its clause (a stop,
// comma, colon or semicolon ends it), over at most limit words for a verb
// of accusing: at is its place in words counted back (0: none), and
// glued whether a word glued to «بـ» came within the first four words
// before it («بتدمير … واستهداف»: a charge the hit is joined to).
func (c *Coder) accuserBefore(d *doc, h *hit, limit int) (at int, glued bool) {
	s := d.sents[h.sent]
	for k, n := h.head()-1, 0; k >= s.a && n < limit; k-- {
		t := d.toks[k]
		if t.Text == "." || t.Text == "،" || t.Text == "," || t.Text == ":" || t.Text == "؛" {
			return 0, false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if d.has(k, c.lx.filters.accuse) {
			return n, glued
		}
		if n <= 4 && strings.HasPrefix(bareWord(d, k), "ب") {
			glued = true
		}
	}
	return 0, false
}

// attemptWords glued to «بـ» name an attempt or a part in an act: after
// an accusation, the act that follows them is charged too.
var attemptWords = map[string]bool{"بمحاوله": true, "بالتخطيط": true, "بالسعي": true, "بالتورط": true, "بالمشاركه": true, "بتدبير": true, "بالتحريض": true, "بالضلوع": true}

// opinionPiece reports a sentence told from an editorial or an opinion
// piece («التي شجبت في افتتاحيتها», «وفي مقال نشرته الصحيفة», «كتب مقال
// رأي», «محرر الافتتاحية يسأل»): what the writer says or asks are views (GUIDELINES:
// op-eds are no events). A piece that is itself the topic («ندد بمقال»,
// «أثار المقال غضب الرئيس») is not.
func (c *Coder) opinionPiece(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for _, k := range d.wordsIn(s.a+1, s.b) {
		if !d.has(k, c.lx.filters.opinionPieces) {
			continue
		}
		if k+1 < s.b && d.toks[k+1].Norm == "راي" {
			return true // «مقال رأي»
		}
		switch strings.TrimPrefix(bareWord(d, k-1), "و") {
		case "في", "محرر", "كاتب", "كاتبه", "كتب", "كتبت", "نشر", "نشرت":
			return true
		}
	}
	return false
}

// aimWords state a present aim: the verbal noun they govern after «إلى»
// or «لـ» is sought, not done.
var aimWords = wordSet([]string{"يسعى", "تسعى", "يسعون", "تسعيان", "يسعيان", "يهدف", "تهدف", "يهدفون"})

// aimedAt reports a verbal noun after «إلى/لـ» that an aim governs across
// a comma, an inserted phrase or more than three words («وتسعى قوات
// الشرعية إلى السيطرة على مديرية …», «تسعى للقيام برد انتقامي»).
// A time or cause word or a new sentence ends the search, as in demanded.
func (c *Coder) aimedAt(d *doc, h *hit) bool {
	return governedBefore(d, h, "ل", aimWords)
}

// tollSince reports «منذ» with a year at least two years before
// publication («منذ 2011», «منذ العام 2014») within twelve words after an
// assault, in its clause, unless a superlative compares the act with that
// past.
func (c *Coder) tollSince(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	if i := h.head(); i > s.a && superlative[bareWord(d, i-1)] {
		return false
	}
	n := 0
	for k := h.last() + 1; k < s.b && n < 12; k++ {
		t := d.toks[k]
		if t.Text == "،" || t.Text == "," || t.Text == "." || t.Text == ":" || t.Text == "؛" {
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		w := bareWord(d, k)
		if superlative[w] {
			return false // «أكبر هجوم منذ حرب 2014»: today's act, measured against the past
		}
		if w != "منذ" {
			continue
		}
		for j := k + 1; j < s.b && j <= k+3; j++ {
			if y, ok := year(d.toks[j]); ok {
				return y <= d.pub.Year()-2
			}
			if !sinceYearWords[bareWord(d, j)] {
				break
			}
		}
		if y, ok := c.onsetYear(d, k, s.b); ok {
			return y <= d.pub.Year()-2 // «منذ اندلاع الحرب في سوريا في 2011» (background_onset.go)
		}
		// a month with its year: «منذ مارس/ آذار 2011»
		for _, de := range s.dates {
			if de.TokStart == k+1 && de.Precision == PrecMonth && d.yearIn(de.TokStart, de.TokEnd) {
				return de.Date.Year() <= d.pub.Year()-2
			}
		}
		return sinceYears(d, k+1, s.b) >= 2
	}
	return false
}

// resultSince reports a toll told as the result of years of fighting:
// «يشن الحزب تمردا منذ ثلاثة عقود، مما أسفر عن سقوط نحو 40 ألف قتيل».
// A «منذ» with a span of two years or more, within twelve words before the
// hit, counts across a comma only when «مما» opens the result.
func (c *Coder) resultSince(d *doc, h *hit) bool {
	s := d.sents[h.sent]
	for k, n := h.head()-1, 0; k >= s.a && n < 12; k-- {
		t := d.toks[k]
		switch t.Text {
		case ".", ":", "؛":
			return false
		case "،", ",":
			if k+1 >= s.b || bareWord(d, k+1) != "مما" {
				return false
			}
			continue
		}
		if t.Kind != arabic.Word {
			continue
		}
		n++
		if bareWord(d, k) != "منذ" {
			continue
		}
		if k+1 < s.b {
			if y, ok := year(d.toks[k+1]); ok {
				return y <= d.pub.Year()-2
			}
		}
		return sinceYears(d, k+1, s.b) >= 2
	}
	return false
}

// sinceYears reads a span of years after «منذ» at token i: «ثلاثة عقود»
// (30), «سبع سنوات» (7), «عقدين» (20), «عامين» (2), «سنوات» (2, at
// least); 0 when no span of years follows.
func sinceYears(d *doc, i, end int) int64 {
	if i >= end {
		return 0
	}
	per := func(w string) int64 {
		switch w {
		case "عقود", "العقود", "عقدا":
			return 10
		case "سنوات", "أعوام", "اعوام", "عاما", "سنه", "عام":
			return 1
		}
		return 0
	}
	switch bareWord(d, i) {
	case "عقدين":
		return 20
	case "عامين", "سنتين":
		return 2
	case "عقود":
		return 20 // «منذ عقود»: decades, two at least
	case "سنوات", "اعوام":
		return 2
	}
	q, ok := arabic.ParseNumber(d.toks, i)
	if !ok || q.Vague || q.End >= end {
		return 0
	}
	return q.Value * per(bareWord(d, q.End))
}

// superlative words compare today's act with the past («أعنف هجوم منذ»).
var superlative = wordSet([]string{"أكبر", "الأكبر", "أعنف", "الأعنف", "أول", "الأول", "أسوأ", "الأسوأ", "أشد", "الأشد", "أخطر", "الأخطر", "أدمى", "الأدمى", "أضخم", "الأضخم"})

// sinceYearWords may stand between «منذ» and its year: «منذ العام 2011».
var sinceYearWords = wordSet([]string{"عام", "العام", "سنة", "السنة", "مطلع", "بداية", "أواخر", "أوائل", "منتصف"})
