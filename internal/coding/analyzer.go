package coding

import (
	"context"
	"fmt"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/bitfilter"
)

// Coder codes events and quotes in prepared documents. It is safe for
// concurrent use.
type Coder struct {
	lx     *Lexicon
	cal    *Calendar
	nisba  map[string]string // nisba adjective → ISO3 (data/nisba.txt)
	class  map[string]uint8  // the lexicon's word classes in one table (classTable)
	classF *bitfilter.Filter // the words of class
	// opinionF and judgeF filter the opinion verbs and the evaluative
	// words, which opinions asks of every token of most sentences
	opinionF, judgeF *bitfilter.Filter
}

// NewCoder returns a Coder over the embedded lexicon and calendar.
func NewCoder() (*Coder, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	cal, err := LoadCalendar()
	if err != nil {
		return nil, err
	}
	nisba, err := ParseNisba(nisbaData)
	if err != nil {
		return nil, fmt.Errorf("load nisba table: %w", err)
	}
	class := classTable(lx)
	return &Coder{lx: lx, cal: cal, nisba: nisba, class: class, classF: newWordFilter(class),
		opinionF: newWordFilter(lx.opinion), judgeF: newWordFilter(lx.negative, lx.positive, lx.negated)}, nil
}

// Config chooses the layers the Analyzer chains. A nil layer is skipped:
// events are still coded, with actors and places read from the text alone.
type Config struct {
	Tagger EntityTagger
	Linker ActorLinker
	Places PlaceResolver
	// MaxBytes rejects longer articles (0 = 2 MiB).
	MaxBytes int
}

// Validate checks the configuration.
func (c Config) Validate() error {
	if c.MaxBytes < 0 {
		return marsad.Errorf(marsad.EINVALID, "coding: MaxBytes %d is negative", c.MaxBytes)
	}
	return nil
}

// Analyzer is the whole analysis chain: tokens and sentences, entities,
// actors, places, quotes and events.
type Analyzer struct {
	cfg   Config
	coder *Coder
	docs  docPool // doc_pool.go
}

var _ marsad.Analyzer = (*Analyzer)(nil)

// NewAnalyzer builds the analysis chain.
func NewAnalyzer(cfg Config) (*Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 2 << 20
	}
	c, err := NewCoder()
	if err != nil {
		return nil, err
	}
	return &Analyzer{cfg: cfg, coder: c}, nil
}

// Analyze analyses one article.
func (an *Analyzer) Analyze(ctx context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	if a == nil {
		return nil, marsad.Errorf(marsad.EINVALID, "analyze: no article")
	}
	if len(a.Text) > an.cfg.MaxBytes {
		return nil, marsad.Errorf(marsad.ETOOLARGE, "analyze: article of %d bytes exceeds %d", len(a.Text), an.cfg.MaxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := &marsad.Analysis{ArticleID: a.ID, Entities: []marsad.Entity{}, Places: []marsad.Place{}, Quotes: []marsad.Quote{}, Events: []marsad.Event{}}
	bufs := an.docs.get()
	defer an.docs.put(bufs)
	d := newDocInto(bufs, a.Text, a.Published, an.coder.lx, an.coder.cal)
	var ents []marsad.Entity
	if an.cfg.Tagger != nil {
		ents = an.cfg.Tagger.Entities(a.Text, d.toks)
	}
	d.setPersons(ents)
	if an.cfg.Linker != nil {
		var ms []ActorMention
		if sl, ok := an.cfg.Linker.(SentenceLinker); ok {
			ms = sl.LinkSentences(a.Text, d.toks, d.split, ents)
		} else {
			ms = an.cfg.Linker.Link(a.Text, d.toks, ents)
		}
		d.setMentions(ms)
		for k := range ents {
			for _, m := range ms {
				if m.Span.Start < ents[k].End && ents[k].Start < m.Span.End {
					act := m.Actor
					ents[k].Actor = &act
					break
				}
			}
		}
	}
	if an.cfg.Linker == nil && len(ents) > 0 {
		d.setMentions(entityMentions(d, ents))
	}
	if ents != nil {
		out.Entities = ents
	}
	if an.cfg.Places != nil {
		ps := an.cfg.Places.Resolve(a.Text, d.toks, ents)
		d.setPlaces(ps)
		d.readDateline(an.cfg.Places, ps)
		d.placer, _ = an.cfg.Places.(PlaceLookup)
		if ps != nil {
			out.Places = ps
		}
	}
	out.Quotes = append(out.Quotes, an.coder.quotes(d)...)
	out.Events = append(out.Events, an.coder.events(d, a.ID)...)
	return out, nil
}

// CodeText codes a bare text published at pub with no other layers: a
// convenience for tests and tools.
func (c *Coder) CodeText(text string, pub time.Time) ([]marsad.Event, []marsad.Quote) {
	d := newDoc(text, pub, c.lx, c.cal)
	qs := c.quotes(d)
	return c.events(d, "t"), qs
}

// entityMentions turns named entities into actor mentions with no country
// or sector, for when no actor linker is configured: they still give the
// argument finder the boundaries of names.
func entityMentions(d *doc, ents []marsad.Entity) []ActorMention {
	var out []ActorMention
	ti := 0
	for _, e := range ents {
		for ti < len(d.toks) && d.toks[ti].CEnd <= e.Start {
			ti++
		}
		a := ti
		b := a
		for b < len(d.toks) && d.toks[b].CStart < e.End {
			b++
		}
		if b > a {
			out = append(out, ActorMention{Span: e.Span, TokStart: a, TokEnd: b, Actor: marsad.Actor{Name: e.Text}})
		}
	}
	return out
}
