package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
	"github.com/marsad/marsad/internal/coding"
	"github.com/marsad/marsad/internal/geo"
	"github.com/marsad/marsad/internal/ner"
)

// newAnalyzer builds the analysis chain: internal/coding assembles the
// Arabic, entity, actor, place, quote and event layers. The entity tagger is
// left out when its model is not built into this binary (events are still
// coded, with names read from the text alone).
func newAnalyzer() (marsad.Analyzer, error) {
	dir := os.Getenv("MARSAD_DATA")
	if dir == "" {
		dir = "marsad-data"
	}
	return newAnalyzerIn(dir)
}

// newAnalyzerIn builds the analysis chain with the data directory's own
// additions: a GeoNames gazetteer imported there by `marsad gazetteer
// import` is used on top of the built-in one.
func newAnalyzerIn(dataDir string) (marsad.Analyzer, error) {
	cfg := coding.Config{}
	if tagger, err := ner.Load(); err == nil {
		cfg.Tagger = tagger
	}
	// Users extend the actor dictionary with their own files, without a
	// rebuild: MARSAD_ACTORS is a comma-separated list of paths.
	var userFiles []string
	for _, p := range strings.Split(os.Getenv("MARSAD_ACTORS"), ",") {
		if p = strings.TrimSpace(p); p != "" {
			userFiles = append(userFiles, p)
		}
	}
	dict, err := actor.LoadDefaultWith(userFiles...)
	if err != nil {
		return nil, fmt.Errorf("load actor dictionary: %w", err)
	}
	cfg.Linker = actorLinker{actor.NewLinker(dict)}
	gaz, err := geo.Open(dataDir)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	res, err := geo.NewResolver(gaz)
	if err != nil {
		return nil, fmt.Errorf("build place resolver: %w", err)
	}
	cfg.Places = placeResolver{res}
	return coding.NewAnalyzer(cfg)
}

// actorLinker adapts internal/actor to the coder: mentions that read as
// places («في دمشق») are places, not actors.
type actorLinker struct{ l *actor.Linker }

var _ coding.SentenceLinker = actorLinker{}

func (a actorLinker) Link(text string, toks []arabic.Token, ents []marsad.Entity) []coding.ActorMention {
	return a.LinkSentences(text, toks, nil, ents)
}

// LinkSentences passes the coder's sentences on (coding.SentenceLinker).
func (a actorLinker) LinkSentences(text string, toks []arabic.Token, sents []arabic.Sentence, ents []marsad.Entity) []coding.ActorMention {
	ms := a.l.LinkSentences(text, toks, sents, ents)
	out := make([]coding.ActorMention, 0, len(ms))
	for _, m := range ms {
		if m.Place {
			continue
		}
		out = append(out, coding.ActorMention{Span: m.Span, TokStart: m.TokStart, TokEnd: m.TokEnd, Actor: m.Actor})
	}
	return out
}

// placeResolver adapts internal/geo: names of people and organisations are
// not searched for places.
type placeResolver struct{ r *geo.Resolver }

func (p placeResolver) Resolve(text string, toks []arabic.Token, ents []marsad.Entity) []marsad.Place {
	var ex []marsad.Span
	for _, e := range ents {
		if e.Type == marsad.PER || e.Type == marsad.ORG || namedBody(e) {
			ex = append(ex, e.Span)
		}
	}
	return p.r.Resolve(text, toks, geo.Options{Exclude: ex})
}

// namedBody reports an entity linked as a whole to a dictionary actor
// that is a newspaper, company, party, NGO, school or religious body: a
// name such as «القدس العربي» tagged as a place is that body, not the
// city (a body matched on part of the entity, «وأم» of «وأم المياذن»,
// leaves the place alone).
func namedBody(e marsad.Entity) bool {
	a := e.Actor
	if a == nil || a.ID == "" || !strings.Contains(a.Name, e.Text) {
		return false
	}
	switch a.Sector {
	case "MED", "BUS", "NGO", "PTY", "EDU", "REL":
		return true
	}
	return false
}

// CountryPlace and CityPlace give the coder the gazetteer's places for
// what an article implies without naming it (coding.PlaceLookup).
func (p placeResolver) CountryPlace(iso3 string) (marsad.Place, bool) { return p.r.CountryPlace(iso3) }

func (p placeResolver) CityPlace(name, iso3 string) (marsad.Place, bool) {
	return p.r.CityPlace(name, iso3)
}

// ReadDateline reads the article's newsroom header («دبي، الإمارات العربية
// المتحدة (CNN) --») from the resolved places: its span and the indexes of
// its places, the filing city first.
func (p placeResolver) ReadDateline(text string, toks []arabic.Token, ps []marsad.Place) (marsad.Span, []int, bool) {
	d, ok := p.r.ReadDateline(text, toks, ps)
	if !ok {
		return marsad.Span{}, nil, false
	}
	return d.Span, d.Places, true
}

var _ coding.DatelineReader = placeResolver{}
var _ coding.PlaceLookup = placeResolver{}
