package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/internal/ner"
)

func runTag(ctx context.Context, e *env) error {
	fs := newFlags("tag", e)
	conll := fs.Bool("conll", false, "read CoNLL (one token per line, optional labels ignored, blank line between sentences), write token<TAB>label")
	if err := fs.Parse(e.args); err != nil {
		return errUsage
	}
	if !*conll {
		return fmt.Errorf("%w: only --conll input is supported", errUsage)
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one input file", errUsage)
	}
	t, err := ner.Load()
	if err != nil {
		return err
	}
	var r io.Reader = e.stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		r = f
	}
	return ner.TagCoNLL(ctx, t, r, e.stdout)
}
