package main

import (
	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/coding"
	"github.com/marsad/marsad/internal/ner"
)

// newAnalyzer builds the analysis chain: internal/coding assembles the
// Arabic, entity, actor, place, quote and event layers. A layer whose model
// is not built into this binary is left out (events are still coded, with
// names read from the text alone).
func newAnalyzer() (marsad.Analyzer, error) {
	cfg := coding.Config{}
	if tagger, err := ner.Load(); err == nil {
		cfg.Tagger = tagger
	}
	return coding.NewAnalyzer(cfg)
}
