// Command materialize writes Marsad's unseen evaluation set as gold JSON
// Lines in the evaluation kit's format, reading the article texts from the
// shared corpora:
//
//	go run ./internal/evalset/cmd/materialize [-shared ../shared] [-split all|tune|held|places|all2|tune2|held2|all3|tune3|held3|held4|tune4|tune5] [-o FILE]
//
// Score it with `marsad eval events --gold FILE` or ../shared/eval/score.py.
// The places split has no events or quotes annotated: on it only the
// places lines of the score mean anything. "all" is tune + held (batches 1
// and 2); "all2" is tune2 + held2 (batch 4) and "all3" is tune3 + held3
// (batch 5), each a separate measure; "held4" is batch 6, a held split
// with no tune half, and "tune4" and "tune5" are batches 7 and 8, tune
// splits with no held half; each is written only when asked for by name.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/internal/evalset"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "materialize:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("materialize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.String("shared", "../shared", "the shared data directory (holds data/ and eval/)")
	split := fs.String("split", "all", "which split: all (tune and held), tune, held, places (places only), all2 (tune2 and held2), tune2, held2, all3 (tune3 and held3), tune3, held3, held4 (batch 6, held only), tune4 (batch 7, tune only) or tune5 (batch 8, tune only)")
	out := fs.String("o", "", "output file (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	anns, err := evalset.Unseen()
	if err != nil {
		return err
	}
	if anns, err = evalset.Select(anns, *split); err != nil {
		return err
	}
	golds, err := evalset.Materialise(*shared, anns)
	if errors.Is(err, evalset.ErrNoShared) {
		return fmt.Errorf("%w (run from the repository root beside ../shared, or pass -shared)", err)
	}
	if err != nil {
		return err
	}
	if *out == "" {
		if err := evalset.Write(stdout, golds); err != nil {
			return err
		}
	} else {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := evalset.Write(f, golds); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "materialize: %d articles (%s)\n", len(golds), *split)
	return nil
}
