// Command marsad turns Arabic news into structured, evidence-linked event
// data. One binary, several subcommands; see `marsad help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// env is what a subcommand gets from main: its arguments and the standard
// streams, so tests can run commands in-process.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand. Each lives in its own file.
type command struct {
	summary string
	run     func(ctx context.Context, e *env) error
}

// commands lists the subcommands. A new one adds one line here and a file.
func commands() map[string]command {
	return map[string]command{
		"eval":      {"score events, quotes and places against gold articles (eval events --gold FILE)", runEval},
		"actors":    {"check actor dictionary files; resolve phrases; link actors in text on stdin", runActors},
		"ingest":    {"store articles from files, directories or stdin", runIngest},
		"serve":     {"run the HTTP API and poll feeds (--demo: sample articles)", runServe},
		"extract":   {"read articles as JSON Lines on stdin, write analyses on stdout", runExtract},
		"gazetteer": {"import GeoNames dumps into the data directory; look names up", runGazetteer},
		"tag":       {"tag entities in CoNLL input (--conll)", runTag},
		"train":     {"train models: ner, clusters", runTrain},
		"migrate":   {"bring the store schema up to date (--store postgres://… or the SQLite db in --data)", runMigrate},
		"rules":     {"check watch rules; test them on articles (rules test RULES.yaml ARTICLES.jsonl)", runRules},
		"token":     {"create API tokens with a role (token create --role reader|editor|admin); list them", runToken},
	}
}

// errUsage marks a command-line mistake: exit status 2, no stack of wrapping.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "marsad: unknown command %q\n", args[0])
		usage(stderr, cmds)
		return 2
	}
	err := c.run(ctx, &env{args: args[1:], stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv})
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "marsad %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(stderr, "marsad %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: marsad COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun `marsad COMMAND -h` for a command's flags.")
}

// newFlags returns a FlagSet that reports errors instead of exiting.
func newFlags(name string, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet("marsad "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// dataDir registers the --data flag shared by every command that touches the
// store: flag, then MARSAD_DATA, then ./marsad-data.
func dataDir(fs *flag.FlagSet, e *env) *string {
	def := e.getenv("MARSAD_DATA")
	if def == "" {
		def = "marsad-data"
	}
	return fs.String("data", def, "data directory (env MARSAD_DATA)")
}
