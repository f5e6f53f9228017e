package main

import (
	"context"
	"fmt"

	"github.com/marsad/marsad"
)

// tokenStore is what `marsad token` needs of a store; both engines have it.
type tokenStore interface {
	CreateToken(ctx context.Context, role, name string) (string, error)
	Tokens(ctx context.Context) ([]marsad.TokenInfo, error)
}

// runToken manages API tokens in the store (SQLite under --data, or
// PostgreSQL with --store):
// `marsad token create --role reader|editor|admin [--name NAME]` prints a new
// token once (only its SHA-256 is kept); `marsad token list` shows the
// stored tokens' roles, names, creation and last use.
func runToken(ctx context.Context, e *env) error {
	if len(e.args) == 0 {
		return fmt.Errorf("%w: marsad token create --role reader|editor|admin | marsad token list", errUsage)
	}
	sub := e.args[0]
	fs := newFlags("token "+sub, e)
	data := dataDir(fs, e)
	store := fs.String("store", e.getenv("MARSAD_STORE"), "PostgreSQL DSN; empty: the SQLite store in --data (env MARSAD_STORE)")
	role := fs.String("role", "", "reader, editor or admin (create)")
	name := fs.String("name", "", "a note saying whose token it is (create)")
	if err := fs.Parse(e.args[1:]); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	switch sub {
	case "create", "list":
	default:
		return fmt.Errorf("%w: unknown token command %q (create, list)", errUsage, sub)
	}
	cfg := defaultConfig()
	cfg.Data, cfg.Store = *data, *store
	opened, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer opened.Close()
	st, ok := opened.(tokenStore)
	if !ok {
		return fmt.Errorf("this store keeps no tokens")
	}
	if sub == "create" {
		tok, err := st.CreateToken(ctx, *role, *name)
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, tok)
		fmt.Fprintf(e.stderr, "A %s token was created. It is shown only now; keep it safe.\n", *role)
		return nil
	}
	list, err := st.Tokens(ctx)
	if err != nil {
		return err
	}
	for _, t := range list {
		last := "never"
		if !t.LastUsed.IsZero() {
			last = t.LastUsed.Format("2006-01-02 15:04")
		}
		fmt.Fprintf(e.stdout, "%s  %-6s  created %s  last used %s  %s\n", t.Hash, t.Role, t.Created.Format("2006-01-02 15:04"), last, t.Name)
	}
	return nil
}
