package main

import (
	"context"

	"github.com/marsad/marsad"
)

// newAnalyzer builds the analysis chain. The entity, place and event layers
// plug in here as they land.
func newAnalyzer() (marsad.Analyzer, error) {
	return emptyAnalyzer{}, nil
}

type emptyAnalyzer struct{}

func (emptyAnalyzer) Analyze(_ context.Context, a *marsad.Article) (*marsad.Analysis, error) {
	return &marsad.Analysis{ArticleID: a.ID}, nil
}
