package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/coding"
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

// analyseGold analyses each gold article exactly as `marsad extract` does
// and returns the results in the output contract, one JSON line each. A
// gold line extract would skip is an error here.
func analyseGold(ctx context.Context, an marsad.Analyzer, gold []byte) ([]byte, error) {
	var out, errb bytes.Buffer
	if err := extractStream(ctx, an, bytes.NewReader(gold), &out, &errb); err != nil {
		return nil, err
	}
	if errb.Len() > 0 {
		return nil, marsad.Errorf(marsad.EINVALID, "gold: %s", strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}
