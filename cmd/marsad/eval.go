package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/coding"
	"github.com/marsad/marsad/internal/source"
)

// runEval scores Marsad against annotated gold articles:
//
//	marsad eval events --gold FILE [--pred FILE] [--verbose]
//
// Without --pred it analyses the gold articles itself. The printed measures
// are those of the evaluation kit's score.py (events, events_full,
// arguments, quotes, places).
func runEval(ctx context.Context, e *env) error {
	if len(e.args) == 0 || e.args[0] != "events" {
		fmt.Fprintln(e.stderr, "usage: marsad eval events --gold FILE [--pred FILE] [--verbose]")
		return errUsage
	}
	fs := newFlags("eval events", e)
	goldPath := fs.String("gold", "", "gold articles (JSON Lines, the evaluation kit's format)")
	predPath := fs.String("pred", "", "predictions to score (JSON Lines); default: analyse the gold articles")
	verbose := fs.Bool("verbose", false, "list every missed and spurious event")
	if err := fs.Parse(e.args[1:]); err != nil {
		return errUsage
	}
	if *goldPath == "" {
		fmt.Fprintln(e.stderr, "marsad eval events: --gold is required")
		return errUsage
	}
	gold, err := os.ReadFile(*goldPath)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	var pred []byte
	if *predPath != "" {
		if pred, err = os.ReadFile(*predPath); err != nil {
			return fmt.Errorf("read predictions: %w", err)
		}
	} else {
		an, err := newAnalyzer()
		if err != nil {
			return err
		}
		if pred, err = analyseGold(ctx, an, gold); err != nil {
			return err
		}
	}
	rep, err := coding.NewScorer().Score(bytes.NewReader(gold), bytes.NewReader(pred), *verbose)
	if err != nil {
		return err
	}
	return rep.WriteText(e.stdout)
}

// analyseGold analyses each gold article and returns the results in the
// output contract, one JSON line each.
func analyseGold(ctx context.Context, an marsad.Analyzer, gold []byte) ([]byte, error) {
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	for n, line := range bytes.Split(gold, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var in extractInput
		if err := json.Unmarshal(line, &in); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "gold line %d: invalid JSON: %v", n+1, err)
		}
		a := &marsad.Article{ID: in.ID, ExternalID: in.ID, Text: in.Text, Title: in.Title, URL: in.URL}
		if t, ok := source.ParseDate(in.Published); ok {
			a.Published = t
		}
		res, err := an.Analyze(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("analyse %s: %w", in.ID, err)
		}
		if err := enc.Encode(toContract(in.ID, res)); err != nil {
			return nil, fmt.Errorf("encode %s: %w", in.ID, err)
		}
	}
	return out.Bytes(), nil
}
