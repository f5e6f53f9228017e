package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/arabic"
)

// runActors works with the actor dictionary:
//
//	marsad actors check [FILE...]          load the dictionary (and user files), print counts
//	marsad actors resolve [--file F] PHRASE...  resolve phrases («وزير الداخلية العراقي»)
//	marsad actors link [--file F] < TEXT   link the actors of a text (one JSON line each)
//
// User files (the format of internal/actor/data, see docs/parts/actor.md)
// come from --file (repeatable) and MARSAD_ACTORS (comma-separated paths).
func runActors(ctx context.Context, e *env) error {
	if len(e.args) == 0 {
		fmt.Fprintln(e.stderr, "usage: marsad actors check [FILE...] | resolve [--file F] PHRASE... | link [--file F] < TEXT")
		return errUsage
	}
	sub, args := e.args[0], e.args[1:]
	fs := newFlags("actors "+sub, e)
	var files multiFlag
	fs.Var(&files, "file", "user dictionary file to merge (repeatable; also MARSAD_ACTORS=a.yaml,b.yaml)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	paths := append(strings.Split(e.getenv("MARSAD_ACTORS"), ","), files...)
	if sub == "check" {
		paths = append(paths, fs.Args()...)
	}
	d, err := actor.LoadDefaultWith(paths...)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	switch sub {
	case "check":
		kinds := map[string]int{}
		for _, en := range d.Entries() {
			kinds[en.Kind]++
		}
		fmt.Fprintf(e.stdout, "entries %d, roles %d\n", d.Len(), len(d.Roles()))
		for _, k := range sortedKeys(kinds) {
			fmt.Fprintf(e.stdout, "%-20s %d\n", k, kinds[k])
		}
		return nil
	case "resolve":
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: no phrase", errUsage)
		}
		for _, p := range fs.Args() {
			m, ok := d.Resolve(p)
			out := map[string]any{"phrase": p, "found": ok}
			if ok {
				out["actor"], out["kind"], out["via"] = m.Actor, m.Kind, m.Via
			}
			if err := enc.Encode(out); err != nil {
				return err
			}
		}
		return nil
	case "link":
		b, err := io.ReadAll(bufio.NewReader(e.stdin))
		if err != nil {
			return fmt.Errorf("read text: %w", err)
		}
		text := string(b)
		for _, m := range actor.NewLinker(d).Link(text, arabic.Tokenize(text), nil) {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := enc.Encode(map[string]any{"span": m.Span, "actor": m.Actor, "kind": m.Kind, "via": m.Via, "place": m.Place}); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("%w: unknown actors command %q", errUsage, sub)
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
