package coding

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/bitfilter"
)

//go:embed data/lexicon.yaml
var lexiconYAML []byte

//go:embed data/ontology.yaml
var ontologyYAML []byte

// lexiconMoreYAML holds further triggers and cues in the schema of
// lexicon.yaml, kept apart so that two people can extend the lexicon at
// once; it is merged into the same lexicon.
//
//go:embed data/lexicon_more.yaml
var lexiconMoreYAML []byte

// lexiconRecallYAML holds triggers added for events the other files missed
// on fresh articles, in the same schema and merged the same way.
//
//go:embed data/lexicon_recall.yaml
var lexiconRecallYAML []byte

// lexiconRound5YAML holds the fifth session's triggers, found by reading
// Marsad's output on random fresh articles; same schema, merged the same way.
//
//go:embed data/lexicon_round5.yaml
var lexiconRound5YAML []byte

//go:embed data/lexicon_round6.yaml
var lexiconRound6YAML []byte // the sixth session's triggers (recall_code6.go)

// maxGap is how many words a "*" in a phrase may skip.
const maxGap = 8

// Genitive roles of the noun phrase after a verbal noun.
const (
	GenRecipient = "recipient"
	GenActor     = "actor"
	GenAuto      = "auto"
)

// Trigger is one lexicon pattern: a sequence of word slots (each a set of
// normalised forms, or a gap) coding one PLOVER type and mode.
type Trigger struct {
	Type       string
	Mode       string
	Slots      []Slot
	Verb       bool // the head is a conjugated verb
	Object     bool // the verb's direct object is the recipient
	Preps      []string
	Genitive   string
	Symmetric  bool
	Confidence float64
	Weak       bool            // adds evidence only; never an event alone
	FutureOnly bool            // matches only with a future marker; the event is current
	FutureOK   bool            // a future marker does not make it a plan
	NotBefore  map[string]bool // words that, right after the trigger, cancel it
	Inverse    bool            // the verb's subject suffered the act (an interception)
	Alleged    bool            // a wrong a speaker lays on a party named after «إن/أن» (accuse_erred.go); no event otherwise
	VerbWords  bool            // a phrase read as a verb whose forms are listed whole («أثنى»); the quote layer does not class its words
	OwnParty   bool            // the party named right after the pattern is the actor's own (verbal11_stances.go)
	Affirmed   bool            // the noun is the object of a stance verb earlier in its clause (verbal13_stances.go)
	Sufferer   bool            // the verb's subject is threatened with what it will suffer; the speaker threatens (verbal13_stances.go)
	Source     string          // the lexicon text the pattern came from

	// slotFP holds, per slot, a fingerprint bit (fpBit) of each of its
	// forms (nil until index runs): a token whose keys share no bit with
	// a slot's cannot match its forms. nextSet says the token right after
	// the head must itself be one of slot 1's forms, so findHits skips a
	// pattern whose slot 1 the next token cannot match.
	slotFP  []uint64
	nextSet bool
}

// Slot is one position of a trigger pattern.
type Slot struct {
	Forms    map[string]bool // normalised forms; nil for a gap
	Prefixes []string        // one-letter prepositions (ب ل) that may be glued to the word
	Gap      bool
}

// words is the number of non-gap slots: longer patterns win.
func (t *Trigger) words() int {
	n := 0
	for _, s := range t.Slots {
		if !s.Gap {
			n++
		}
	}
	return n
}

// TypeInfo is one PLOVER type of the ontology.
type TypeInfo struct {
	Name  string   `yaml:"name"`
	Quad  string   `yaml:"quad"`
	Modes []string `yaml:"modes"`
}

// Ontology is the PLOVER ontology Marsad codes into.
type Ontology struct {
	Version  int        `yaml:"version"`
	Types    []TypeInfo `yaml:"types"`
	Contexts []string   `yaml:"contexts"`
}

// Lexicon is the compiled trigger lexicon.
type Lexicon struct {
	Ontology Ontology
	byFirst  map[string][]*Trigger
	firstF   *bitfilter.Filter // the keys of byFirst; nil: ask byFirst alone (a nil filter answers true)
	triggers []*Trigger

	reporting    map[string]bool // reporting verbs and participles (normalised)
	continuation map[string]bool
	negation     map[string]bool
	future       map[string]bool
	conditional  map[string]bool
	habitual     map[string]bool
	halt         map[string]bool
	background   map[string]bool

	stop     map[string]bool
	timeW    map[string]bool
	agent    [][]string // normalised word sequences
	passive  map[string]bool
	victims  map[string]bool
	hazards  map[string]bool // natural and accidental causes of harm
	irrealis map[string]bool // forecasts, intentions, proposals governing a later act
	deaths   map[string]bool
	injuries map[string]bool
	dual     map[string]bool // two people in a dual that cannot be a plural (count_toll.go)
	met      map[string]bool // «لقي» of «لقي N مصرعهم»
	killed   map[string]bool // «قتلوا» of «12 شخصا على الأقل قتلوا»
	toll     map[string]bool // «أسفر», «أوقع»: a toll clause after the act
	units    map[string]bool
	armed    map[string]bool
	light    map[string]bool
	singular map[string]bool

	opinion  map[string]bool // opinion verbs and participles
	negative map[string]bool
	positive map[string]bool
	negated  map[string]bool // words that judge only after a negation («غير عادلة»)

	filters filterLists // word lists of the precision filters
	senses  []senseRule // readings of a trigger word that are no event of its type
	// sensesOf lists, by event type, the indices of that type's senses in
	// their order, so a hit reads only the rules of its own type
	sensesOf map[string][]int
}

// filterLists are the word lists of the precision filters
// (precision_filter.go), normalised; phrases are word sequences.
type filterLists struct {
	invite, invitePart, inviteVerbs map[string]bool
	onRequest, history, related     [][]string
	readiness, offer, command       map[string]bool
	pluperfect                      map[string]bool
	declined, answer, bystanders    map[string]bool
	sought, media, charge, possible map[string]bool
	verbalTargets, verbalMedia      map[string]bool
	armedTargets                    map[string]bool // «شن النظام هجوما على معاقل الفصائل»: arms, not words (assault_armed_target.go)
	forces, opinionPieces, accuse   map[string]bool
	idiomObjects, reflexive         map[string]bool
	commentators                    map[string]bool
	involvement, verdict, about     map[string]bool
	truce, appeal, forceReply       map[string]bool
	responsible                     map[string]bool
	occur, outcome, goesOn          map[string]bool
	bothSides                       map[string]bool
	blowOutcome, blowCause          map[string]bool
	blowToll, blowBreak, blowAlso   map[string]bool
	sinceOnset                      map[string]bool
	talkTopic, talkFrame            map[string]bool // merge_retell_talks.go
	dealSigned, talkDual            map[string]bool
}

type lexEntry struct {
	Type       string   `yaml:"type"`
	Mode       string   `yaml:"mode"`
	Verbs      []string `yaml:"verbs"`
	Nouns      []string `yaml:"nouns"`
	Phrases    []string `yaml:"phrases"`
	Object     *bool    `yaml:"object"`
	Recipient  []string `yaml:"recipient"`
	Genitive   string   `yaml:"genitive"`
	Symmetric  bool     `yaml:"symmetric"`
	Confidence float64  `yaml:"confidence"`
	Weak       []string `yaml:"weak"`
	Future     string   `yaml:"future"`
	NotBefore  []string `yaml:"not_before"`
	Inverse    bool     `yaml:"inverse"`
	Alleged    bool     `yaml:"alleged"`
	// VerbWords says the phrases' first words are verb forms written out
	// whole, for a verb whose conjugation would make other words («أثنى»
	// would give «اثنين»): they are read as verbs, their subject after them.
	VerbWords bool `yaml:"verb_words"`
	// OwnParty says the party named right after the pattern must be the
	// actor's own, by country, or the act is dropped: «أكد المسؤول
	// الإيراني دعم إيران لقطر», not «تؤكد الأسلحة دعم إيران للحوثيين»
	// (verbal11_stances.go).
	OwnParty bool `yaml:"own_party"`
	// Affirmed says the noun must be the object of a stance verb earlier in
	// its clause, however long the subject between: «وأكد الشيخ عبد الله
	// بن زايد أمس في تصريح له تضامن دولة الإمارات مع السعودية»
	// (verbal13_stances.go).
	Affirmed bool `yaml:"affirmed"`
	// Sufferer says the verb's subject is the one threatened («إن النظام
	// السوري سيواجه عواقب وخيمة»): it is the recipient, and the speaker of
	// the sentence the actor (verbal13_stances.go).
	Sufferer bool `yaml:"sufferer"`
}

type lexFile struct {
	Version   int        `yaml:"version"`
	Entries   []lexEntry `yaml:"entries"`
	Reporting struct {
		Verbs        []string `yaml:"verbs"`
		Nouns        []string `yaml:"nouns"`
		Continuation []string `yaml:"continuation"`
	} `yaml:"reporting"`
	Cues struct {
		Negation    []string `yaml:"negation"`
		Future      []string `yaml:"future"`
		Conditional []string `yaml:"conditional"`
		Habitual    []string `yaml:"habitual"`
		Halt        []string `yaml:"halt"`
		Background  []string `yaml:"background"`
	} `yaml:"cues"`
	Opinion struct {
		Verbs    []string `yaml:"verbs"`
		Nouns    []string `yaml:"nouns"`
		Negative []string `yaml:"negative"`
		Positive []string `yaml:"positive"`
		Negated  []string `yaml:"negated"`
	} `yaml:"opinion"`
	Grammar struct {
		Stop     []string `yaml:"stop"`
		Time     []string `yaml:"time"`
		Agent    []string `yaml:"agent"`
		Passive  []string `yaml:"passive"`
		Victims  []string `yaml:"victims"`
		Deaths   []string `yaml:"deaths"`
		Injuries []string `yaml:"injuries"`
		Dual     []string `yaml:"dual"`
		Met      []string `yaml:"met"`
		Killed   []string `yaml:"killed"`
		Toll     []string `yaml:"toll"`
		Units    []string `yaml:"units"`
		Armed    []string `yaml:"armed"`
		Light    []string `yaml:"light"`
		Singular []string `yaml:"singular"`
		Hazards  []string `yaml:"hazards"`
		Irrealis []string `yaml:"irrealis"`
	} `yaml:"grammar"`
	Filters struct {
		Invite      []string `yaml:"invite"`
		InvitePart  []string `yaml:"invite_part"`
		InviteVerbs []string `yaml:"invite_verbs"`
		OnRequest   []string `yaml:"on_request"`
		Readiness   []string `yaml:"readiness"`
		Offer       []string `yaml:"offer"`
		Command     []string `yaml:"command"`
		History     []string `yaml:"history"`
		Related     []string `yaml:"related"`
		Pluperfect  []string `yaml:"pluperfect"`
		Declined    []string `yaml:"declined"`
		Answer      []string `yaml:"answer"`
		Bystanders  []string `yaml:"bystanders"`
		Commentator []string `yaml:"commentators"`
		Involvement []string `yaml:"involvement"`
		Verdict     []string `yaml:"verdict"`
		About       []string `yaml:"about"`
		Truce       []string `yaml:"truce"`
		Appeal      []string `yaml:"appeal"`
		ForceReply  []string `yaml:"force_reply"`
		Sought      []string `yaml:"sought"`
		Media       []string `yaml:"media"`
		Charge      []string `yaml:"charge"`
		Possible    []string `yaml:"possible"`
		VerbalTgt   []string `yaml:"verbal_targets"`
		VerbalMedia []string `yaml:"verbal_media"`
		ArmedTgt    []string `yaml:"armed_targets"`
		Forces      []string `yaml:"forces"`
		Opinion     []string `yaml:"opinion_pieces"`
		Accuse      []string `yaml:"accuse"`
		IdiomObj    []string `yaml:"idiom_objects"`
		Reflexive   []string `yaml:"reflexive"`
		Responsible []string `yaml:"responsible"`
		Occur       []string `yaml:"occur"`
		GoesOn      []string `yaml:"goes_on"`
		Outcome     []string `yaml:"outcome"`
		BothSides   []string `yaml:"both_sides"`
		BlowOutcome []string `yaml:"blow_outcome"`
		BlowCause   []string `yaml:"blow_cause"`
		BlowToll    []string `yaml:"blow_toll"`
		BlowBreak   []string `yaml:"blow_break"`
		BlowAlso    []string `yaml:"blow_also"`
		SinceOnset  []string `yaml:"since_onset"`
		TalkTopic   []string `yaml:"talk_topic"`
		TalkFrame   []string `yaml:"talk_frame"`
		DealSigned  []string `yaml:"deal_signed"`
		TalkDual    []string `yaml:"talk_dual"`
	} `yaml:"filters"`
	Senses []lexSense `yaml:"senses"`
}

// LoadLexicon compiles the embedded ontology and lexicons.
func LoadLexicon() (*Lexicon, error) {
	return ParseLexicon(ontologyYAML, lexiconYAML, lexiconMoreYAML, lexiconRecallYAML, lexiconRound5YAML, lexiconRound6YAML)
}

// ParseLexicon compiles an ontology and a lexicon from their YAML text and
// validates them: every entry names a PLOVER type of the ontology and one of
// its modes, and every pattern is well formed. Further lexicon files (more)
// in the same schema are merged into the first: their entries are added and
// their word lists joined.
func ParseLexicon(ontology, lexicon []byte, more ...[]byte) (*Lexicon, error) {
	var onto Ontology
	if err := yaml.Unmarshal(ontology, &onto); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "ontology: %v", err)
	}
	modes := map[string]map[string]bool{}
	for _, t := range onto.Types {
		modes[t.Name] = map[string]bool{}
		for _, m := range t.Modes {
			modes[t.Name][m] = true
		}
	}
	for _, want := range marsad.EventTypes {
		if modes[want] == nil {
			return nil, marsad.Errorf(marsad.EINVALID, "ontology: type %s missing", want)
		}
	}
	if len(onto.Types) != len(marsad.EventTypes) {
		return nil, marsad.Errorf(marsad.EINVALID, "ontology: %d types, want %d", len(onto.Types), len(marsad.EventTypes))
	}
	var f lexFile
	if err := yaml.Unmarshal(lexicon, &f); err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "lexicon: %v", err)
	}
	for k, m := range more {
		var g lexFile
		if err := yaml.Unmarshal(m, &g); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon %d: %v", k+2, err)
		}
		if g.Version != 0 && g.Version != f.Version {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon %d: version %d, want %d", k+2, g.Version, f.Version)
		}
		f.merge(&g)
	}
	lx := &Lexicon{Ontology: onto, byFirst: map[string][]*Trigger{}}
	for i, e := range f.Entries {
		where := fmt.Sprintf("lexicon entry %d (%s)", i+1, e.Type)
		if modes[e.Type] == nil {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: unknown type %q", where, e.Type)
		}
		if e.Mode != "" && !modes[e.Type][e.Mode] {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: mode %q is not a mode of %s", where, e.Mode, e.Type)
		}
		switch e.Genitive {
		case "", GenRecipient, GenActor, GenAuto:
		default:
			return nil, marsad.Errorf(marsad.EINVALID, "%s: genitive %q", where, e.Genitive)
		}
		if len(e.Verbs)+len(e.Nouns)+len(e.Phrases) == 0 {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: no verbs, nouns or phrases", where)
		}
		conf := e.Confidence
		if conf == 0 {
			conf = 0.7
		}
		if conf < 0 || conf > 1 {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: confidence %v outside [0,1]", where, conf)
		}
		object := e.Object == nil || *e.Object
		preps := make([]string, 0, len(e.Recipient))
		for _, p := range e.Recipient {
			preps = append(preps, arabic.Normalize(p))
		}
		if e.Future != "" && e.Future != "only" && e.Future != "allowed" {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: future %q (want only or allowed)", where, e.Future)
		}
		base := Trigger{Type: e.Type, Mode: e.Mode, Object: object, Preps: preps, Genitive: e.Genitive, Symmetric: e.Symmetric, Confidence: conf, FutureOnly: e.Future == "only", FutureOK: e.Future == "allowed", NotBefore: wordSet(e.NotBefore), Inverse: e.Inverse, Alleged: e.Alleged, OwnParty: e.OwnParty, Affirmed: e.Affirmed, Sufferer: e.Sufferer}
		for _, v := range e.Verbs {
			forms, err := conjugate(v, e.Symmetric)
			if err != nil {
				return nil, marsad.Errorf(marsad.EINVALID, "%s: %v", where, err)
			}
			t := base
			t.Verb, t.Source = true, v
			t.Slots = []Slot{{Forms: forms}}
			lx.add(&t)
		}
		weak := map[string]bool{}
		for _, w := range e.Weak {
			weak[w] = true
		}
		for _, n := range e.Nouns {
			t := base
			t.Source = n
			t.Weak = weak[n]
			delete(weak, n)
			for _, w := range strings.Fields(n) {
				t.Slots = append(t.Slots, Slot{Forms: map[string]bool{stripArticle(arabic.Normalize(w)): true}})
			}
			if len(t.Slots) == 0 {
				return nil, marsad.Errorf(marsad.EINVALID, "%s: empty noun", where)
			}
			lx.add(&t)
		}
		for w := range weak {
			return nil, marsad.Errorf(marsad.EINVALID, "%s: weak %q is not one of the nouns", where, w)
		}
		for _, p := range e.Phrases {
			t := base
			t.Source = p
			for k, w := range strings.Fields(p) {
				if w == "*" {
					if k == 0 {
						return nil, marsad.Errorf(marsad.EINVALID, "%s: phrase %q starts with a gap", where, p)
					}
					t.Slots = append(t.Slots, Slot{Gap: true})
					continue
				}
				forms := map[string]bool{}
				var prefixes []string
				for _, alt := range strings.Split(w, "|") {
					if strings.Contains(alt, "/") {
						vf, err := conjugate(alt, e.Symmetric)
						if err != nil {
							return nil, marsad.Errorf(marsad.EINVALID, "%s: %v", where, err)
						}
						for f := range vf {
							forms[f] = true
						}
						if k == 0 {
							t.Verb = true
						}
						continue
					}
					alt = strings.TrimSuffix(alt, "ـ")
					if alt == "" {
						return nil, marsad.Errorf(marsad.EINVALID, "%s: empty alternative in %q", where, p)
					}
					if n := arabic.Normalize(alt); n == "ب" || n == "ل" || n == "ك" {
						prefixes = append(prefixes, n)
					}
					forms[stripArticle(arabic.Normalize(alt))] = true
				}
				t.Slots = append(t.Slots, Slot{Forms: forms, Prefixes: prefixes})
				if k == 0 && e.VerbWords {
					t.Verb, t.VerbWords = true, true
				}
			}
			if t.Slots[len(t.Slots)-1].Gap {
				return nil, marsad.Errorf(marsad.EINVALID, "%s: phrase %q ends with a gap", where, p)
			}
			// the subject of a verb may sit between it and the rest (VSO):
			// «أطلق الحوثيون سراح», «توصل الطرفان إلى اتفاق»
			if t.Verb && len(t.Slots) > 1 && !t.Slots[1].Gap {
				t.Slots = append(t.Slots[:1], append([]Slot{{Gap: true}}, t.Slots[1:]...)...)
			}
			lx.add(&t)
		}
	}
	lx.reporting = map[string]bool{}
	for _, v := range f.Reporting.Verbs {
		forms, err := conjugate(v, true)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "reporting verb: %v", err)
		}
		for f := range forms {
			lx.reporting[f] = true
		}
	}
	for _, n := range f.Reporting.Nouns {
		lx.reporting[arabic.Normalize(n)] = true
	}
	lx.continuation = wordSet(f.Reporting.Continuation)
	lx.negation = wordSet(f.Cues.Negation)
	lx.future = wordSet(f.Cues.Future)
	lx.conditional = wordSet(f.Cues.Conditional)
	lx.habitual = wordSet(f.Cues.Habitual)
	lx.halt = wordSet(f.Cues.Halt)
	lx.background = wordSet(f.Cues.Background)
	lx.opinion = wordSet(f.Opinion.Nouns)
	for _, v := range f.Opinion.Verbs {
		forms, err := conjugate(v, false)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "opinion verb: %v", err)
		}
		for f := range forms {
			lx.opinion[f] = true
		}
	}
	lx.negative, lx.positive = wordSet(f.Opinion.Negative), wordSet(f.Opinion.Positive)
	lx.negated = wordSet(f.Opinion.Negated)
	g := f.Grammar
	lx.stop, lx.timeW, lx.passive = wordSet(g.Stop), wordSet(g.Time), wordSet(g.Passive)
	lx.victims, lx.deaths, lx.injuries, lx.units = wordSet(g.Victims), wordSet(g.Deaths), wordSet(g.Injuries), wordSet(g.Units)
	lx.dual, lx.met, lx.killed, lx.toll = wordSet(g.Dual), wordSet(g.Met), wordSet(g.Killed), wordSet(g.Toll)
	lx.armed = wordSet(g.Armed)
	lx.light = wordSet(g.Light)
	lx.singular = wordSet(g.Singular)
	lx.hazards = wordSet(g.Hazards)
	lx.irrealis = wordSet(g.Irrealis)
	for _, a := range g.Agent {
		lx.agent = append(lx.agent, strings.Fields(arabic.Normalize(a)))
	}
	fl := f.Filters
	lx.filters = filterLists{
		invite: wordSet(fl.Invite), invitePart: wordSet(fl.InvitePart), inviteVerbs: wordSet(fl.InviteVerbs),
		onRequest: phrases(fl.OnRequest), history: phrases(fl.History), related: phrases(fl.Related),
		readiness: wordSet(fl.Readiness), offer: wordSet(fl.Offer), command: wordSet(fl.Command), pluperfect: wordSet(fl.Pluperfect),
		declined: wordSet(fl.Declined), answer: wordSet(fl.Answer), bystanders: wordSet(fl.Bystanders),
		commentators: wordSet(fl.Commentator), involvement: wordSet(fl.Involvement), verdict: wordSet(fl.Verdict), about: wordSet(fl.About), truce: wordSet(fl.Truce), appeal: wordSet(fl.Appeal), forceReply: wordSet(fl.ForceReply),
		sought: wordSet(fl.Sought), media: wordSet(fl.Media), charge: wordSet(fl.Charge), possible: wordSet(fl.Possible),
		verbalTargets: wordSet(fl.VerbalTgt), verbalMedia: wordSet(fl.VerbalMedia), armedTargets: wordSet(fl.ArmedTgt),
		forces: wordSet(fl.Forces), opinionPieces: wordSet(fl.Opinion), accuse: wordSet(fl.Accuse),
		idiomObjects: wordSet(fl.IdiomObj), reflexive: wordSet(fl.Reflexive), responsible: wordSet(fl.Responsible),
		occur: wordSet(fl.Occur), outcome: wordSet(fl.Outcome), goesOn: wordSet(fl.GoesOn), bothSides: wordSet(fl.BothSides),
		blowOutcome: wordSet(fl.BlowOutcome), blowCause: wordSet(fl.BlowCause), blowToll: wordSet(fl.BlowToll), blowBreak: wordSet(fl.BlowBreak), blowAlso: wordSet(fl.BlowAlso), sinceOnset: wordSet(fl.SinceOnset),
		talkTopic: wordSet(fl.TalkTopic), talkFrame: wordSet(fl.TalkFrame), dealSigned: wordSet(fl.DealSigned), talkDual: wordSet(fl.TalkDual),
	}
	for i, e := range f.Senses {
		r, err := compileSense(e, modes)
		if err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "lexicon sense %d: %v", i+1, err)
		}
		lx.senses = append(lx.senses, r)
	}
	lx.sensesOf = map[string][]int{}
	for i, r := range lx.senses {
		lx.sensesOf[r.typ] = append(lx.sensesOf[r.typ], i)
	}
	if len(lx.stop) == 0 || len(lx.agent) == 0 || len(lx.victims) == 0 || len(lx.hazards) == 0 || len(lx.irrealis) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "lexicon: grammar lists missing")
	}
	if len(lx.triggers) == 0 || len(lx.reporting) == 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "lexicon: no triggers or reporting verbs")
	}
	lx.index()
	return lx, nil
}

// index builds the matching aids of the finished trigger list: the filter
// of byFirst's keys and each pattern's fingerprint of its second slot.
func (lx *Lexicon) index() {
	lx.firstF = newWordFilter(lx.byFirst)
	for _, t := range lx.triggers {
		t.slotFP = make([]uint64, len(t.Slots))
		for j, sl := range t.Slots {
			for f := range sl.Forms {
				t.slotFP[j] |= fpBit(f)
			}
		}
		// not when slot 1 is missing, a gap, or a glued preposition may match it
		t.nextSet = len(t.Slots) >= 2 && !t.Slots[1].Gap && !(len(t.Slots[1].Prefixes) > 0 && len(t.Slots) == 2)
	}
}

// triggersFrom returns the patterns whose first slot has the form k.
func (lx *Lexicon) triggersFrom(k string) []*Trigger {
	if !lx.firstF.MayHave(k) {
		return nil
	}
	return lx.byFirst[k]
}

// fpBit is one of bits 1–63 standing for the word w (tokFPs marks a
// computed entry with bit 0).
func fpBit(w string) uint64 { return 2 << (bitfilter.Hash(w) >> 32 % 63) }

// merge adds g's entries and word lists to f.
func (f *lexFile) merge(g *lexFile) {
	f.Entries = append(f.Entries, g.Entries...)
	r, gr := &f.Reporting, &g.Reporting
	r.Verbs, r.Nouns, r.Continuation = append(r.Verbs, gr.Verbs...), append(r.Nouns, gr.Nouns...), append(r.Continuation, gr.Continuation...)
	c, gc := &f.Cues, &g.Cues
	c.Negation, c.Future, c.Conditional = append(c.Negation, gc.Negation...), append(c.Future, gc.Future...), append(c.Conditional, gc.Conditional...)
	c.Habitual, c.Halt, c.Background = append(c.Habitual, gc.Habitual...), append(c.Halt, gc.Halt...), append(c.Background, gc.Background...)
	o, gop := &f.Opinion, &g.Opinion
	o.Verbs, o.Nouns = append(o.Verbs, gop.Verbs...), append(o.Nouns, gop.Nouns...)
	o.Negative, o.Positive = append(o.Negative, gop.Negative...), append(o.Positive, gop.Positive...)
	o.Negated = append(o.Negated, gop.Negated...)
	m, gm := &f.Grammar, &g.Grammar
	for _, p := range []struct{ dst, src *[]string }{
		{&m.Stop, &gm.Stop}, {&m.Time, &gm.Time}, {&m.Agent, &gm.Agent}, {&m.Passive, &gm.Passive},
		{&m.Victims, &gm.Victims}, {&m.Deaths, &gm.Deaths}, {&m.Injuries, &gm.Injuries}, {&m.Units, &gm.Units},
		{&m.Armed, &gm.Armed}, {&m.Light, &gm.Light}, {&m.Singular, &gm.Singular}, {&m.Hazards, &gm.Hazards},
		{&m.Irrealis, &gm.Irrealis},
	} {
		*p.dst = append(*p.dst, *p.src...)
	}
	f.Senses = append(f.Senses, g.Senses...)
	x, gx := &f.Filters, &g.Filters
	for _, p := range []struct{ dst, src *[]string }{
		{&x.Invite, &gx.Invite}, {&x.InvitePart, &gx.InvitePart}, {&x.InviteVerbs, &gx.InviteVerbs},
		{&x.OnRequest, &gx.OnRequest}, {&x.Readiness, &gx.Readiness}, {&x.Offer, &gx.Offer}, {&x.Command, &gx.Command},
		{&x.History, &gx.History}, {&x.Related, &gx.Related}, {&x.Pluperfect, &gx.Pluperfect}, {&x.Declined, &gx.Declined},
		{&x.Answer, &gx.Answer}, {&x.Bystanders, &gx.Bystanders}, {&x.Commentator, &gx.Commentator},
		{&x.Involvement, &gx.Involvement}, {&x.Verdict, &gx.Verdict}, {&x.About, &gx.About}, {&x.Truce, &gx.Truce}, {&x.Appeal, &gx.Appeal}, {&x.ForceReply, &gx.ForceReply}, {&x.Sought, &gx.Sought}, {&x.Media, &gx.Media}, {&x.Charge, &gx.Charge}, {&x.Possible, &gx.Possible},
		{&x.VerbalTgt, &gx.VerbalTgt}, {&x.VerbalMedia, &gx.VerbalMedia}, {&x.ArmedTgt, &gx.ArmedTgt},
		{&x.Forces, &gx.Forces}, {&x.Opinion, &gx.Opinion}, {&x.Accuse, &gx.Accuse},
		{&x.IdiomObj, &gx.IdiomObj}, {&x.Reflexive, &gx.Reflexive}, {&x.Responsible, &gx.Responsible},
		{&x.Occur, &gx.Occur}, {&x.Outcome, &gx.Outcome}, {&x.GoesOn, &gx.GoesOn}, {&x.BothSides, &gx.BothSides},
		{&x.BlowOutcome, &gx.BlowOutcome}, {&x.BlowCause, &gx.BlowCause}, {&x.BlowToll, &gx.BlowToll}, {&x.BlowBreak, &gx.BlowBreak}, {&x.BlowAlso, &gx.BlowAlso}, {&x.SinceOnset, &gx.SinceOnset},
		{&x.TalkTopic, &gx.TalkTopic}, {&x.TalkFrame, &gx.TalkFrame}, {&x.DealSigned, &gx.DealSigned}, {&x.TalkDual, &gx.TalkDual},
	} {
		*p.dst = append(*p.dst, *p.src...)
	}
}

// phrases normalises word sequences.
func phrases(ps []string) [][]string {
	out := make([][]string, 0, len(ps))
	for _, p := range ps {
		if f := strings.Fields(arabic.Normalize(p)); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[arabic.Normalize(w)] = true
	}
	return m
}

func (lx *Lexicon) add(t *Trigger) {
	lx.triggers = append(lx.triggers, t)
	for f := range t.Slots[0].Forms {
		lx.byFirst[f] = append(lx.byFirst[f], t)
	}
}

// Triggers returns the compiled patterns (for tests and documentation).
func (lx *Lexicon) Triggers() []*Trigger { return lx.triggers }

// stripArticle drops a leading definite article so that lexicon forms and
// clitic-stripped tokens meet on the bare stem.
func stripArticle(s string) string {
	if strings.HasPrefix(s, "ال") && len([]rune(s)) > 4 {
		return s[len("ال"):]
	}
	return s
}

// conjugate generates the conjugated forms of "PERFECT/IMPERFECT" (third
// person masculine singular lemmas), normalised. A leading "~" drops the bare
// perfect form; an empty imperfect generates perfect forms only.
func conjugate(spec string, dual bool) (map[string]bool, error) {
	dropBare := strings.HasPrefix(spec, "~")
	spec = strings.TrimPrefix(spec, "~")
	perf, imperf, ok := strings.Cut(spec, "/")
	if !ok {
		return nil, fmt.Errorf("verb %q: want PERFECT/IMPERFECT", spec)
	}
	p := arabic.Normalize(strings.TrimSpace(perf))
	i := arabic.Normalize(strings.TrimSpace(imperf))
	forms := map[string]bool{}
	if p == "" {
		if i == "" {
			return nil, fmt.Errorf("verb %q: no forms", spec)
		}
		imperfectForms(i, forms)
		if len(forms) == 0 {
			return nil, fmt.Errorf("verb %q: imperfect must start with ي", spec)
		}
		return forms, nil
	}
	if len([]rune(p)) < 2 {
		return nil, fmt.Errorf("verb %q: perfect too short", spec)
	}
	if !dropBare {
		forms[p] = true
	}
	// Perfect: فعلت فعلوا فعلا فعلتا فعلن فعلنا فعلتم
	stem := p
	if strings.HasSuffix(p, "ي") || strings.HasSuffix(p, "ا") { // defective: ألقى، دعا
		stem = p[:len(p)-len("ي")] // ي and ا are both two bytes
		for _, s := range []string{"ت", "وا", "تا"} {
			forms[stem+s] = true
		}
		forms[p+"ا"] = true
		forms[stem+"ينا"] = true
		forms[stem+"وا"] = true
	}
	for _, s := range []string{"ت", "وا", "ن", "نا", "تم"} {
		forms[p+s] = true
	}
	if dual {
		forms[p+"ا"], forms[p+"تا"] = true, true
	}
	if i != "" {
		n := len(forms)
		imperfectForms(i, forms)
		if len(forms) == n {
			return nil, fmt.Errorf("verb %q: imperfect must start with ي", spec)
		}
	}
	if dropBare {
		delete(forms, p) // also the first person of a form IV imperfect (أوقف)
	}
	return forms, nil
}

// imperfectForms adds the imperfect forms of i (يفعل) to forms.
func imperfectForms(i string, forms map[string]bool) {
	r := []rune(i)
	if len(r) < 3 || r[0] != 'ي' {
		return
	}
	b := string(r[1:])
	bases := []string{b}
	if strings.HasSuffix(b, "ي") || strings.HasSuffix(b, "و") || strings.HasSuffix(b, "ا") {
		bases = append(bases, b[:len(b)-len("ي")])
	}
	for _, pre := range []string{"ي", "ت", "ن", "ا"} {
		forms[pre+b] = true
		for _, bb := range bases {
			for _, suf := range []string{"ون", "ان", "ين", "وا", "ن"} {
				// no dual of a two-letter stem: «يدكان» is rare, and with the
				// future «س» it reads names («ناحية سيدكان»)
				if suf == "ان" && len([]rune(bb)) <= 2 {
					continue
				}
				forms[pre+bb+suf] = true
			}
		}
	}
}

// shortStems are two-letter perfect verbs (doubled roots) that a
// conjunction may precede: «وحث», «فشن», «ودك». Other two-letter
// remainders are left whole («ورد» "was mentioned", «وقد», «ولا»).
var shortStems = map[string]bool{"حث": true, "شن": true, "دك": true}

// keys returns the lookup keys of one normalised word: the word itself and
// its stems with proclitics (و ف, then ب ل ك or the future س, then ال) and a
// pronoun suffix split off. future reports a stripped future prefix.
func keys(w string, taMarbuta bool, buf []string) (out []string, future bool) {
	out = append(buf[:0], w)
	rest := w
	for _, c := range []string{"و", "ف"} {
		if strings.HasPrefix(rest, c) && (len(rest) > len(c)+2*len("ا") || shortStems[rest[len(c):]]) {
			rest = rest[len(c):]
			out = append(out, rest)
			break
		}
	}
	var stemBuf [2]string // (no heap slice a word)
	stems := append(stemBuf[:0], rest)
	switch {
	case strings.HasPrefix(rest, "لل") && len(rest) > 3*len("ا"):
		stems = append(stems, rest[len("لل"):])
	case strings.HasPrefix(rest, "س") && len(rest) > 3*len("ا") && strings.ContainsRune("يتنا", firstRune(rest[len("س"):])):
		stems = append(stems, rest[len("س"):])
		future = true
	case (strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك")) && len(rest) > 3*len("ا"):
		stems = append(stems, rest[len("ب"):])
	}
	for _, s := range stems {
		if s != rest {
			out = append(out, s)
		}
		if strings.HasPrefix(s, "ال") && len(s) > 3*len("ا") {
			out = append(out, s[len("ال"):])
		}
	}
	// the accusative ending of an indefinite noun: «هجوما», «إضرابا»
	if m := len(out); strings.HasSuffix(out[m-1], "ا") && !strings.HasSuffix(out[m-1], "وا") && len(out[m-1]) >= 4*len("ا") {
		out = append(out, strings.TrimSuffix(out[m-1], "ا"))
	}
	// pronoun suffixes on verbs and nouns: اعتقلته، اعتقالهم
	n := len(out)
	for k := 0; k < n && !taMarbuta; k++ {
		if s := out[k]; len(s) >= 2 {
			// only the suffixes ending in s's last letter can match
			var sufs []string
			switch s[len(s)-2:] {
			case "ا":
				sufs = pronounsA
			case "م":
				sufs = pronounsM
			case "ه":
				sufs = pronounsH
			case "ن":
				sufs = pronounsN
			}
			for _, suf := range sufs {
				if strings.HasSuffix(s, suf) && len(s)-len(suf) >= 3*len("ا") {
					out = append(out, s[:len(s)-len(suf)])
					break
				}
			}
		}
	}
	return out, future
}

// The pronoun suffixes keys strips, in the order it tries them («هما»,
// «هم», «ها», «ه», «هن», «كم», «نا»), grouped by their last letter.
var (
	pronounsA = []string{"هما", "ها", "نا"}
	pronounsM = []string{"هم", "كم"}
	pronounsH = []string{"ه"}
	pronounsN = []string{"هن"}
)

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// hasMode reports whether mode is one of typ's modes in the ontology.
func (lx *Lexicon) hasMode(typ, mode string) bool {
	for _, t := range lx.Ontology.Types {
		if t.Name == typ {
			return slices.Contains(t.Modes, mode)
		}
	}
	return false
}
