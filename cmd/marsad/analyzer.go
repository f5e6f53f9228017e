package main

import (
	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/coding"
)

// newAnalyzer builds the analysis chain: internal/coding assembles the
// Arabic, entity, actor, place, quote and event layers.
func newAnalyzer() (marsad.Analyzer, error) {
	return coding.NewAnalyzer(coding.Config{})
}
