package main

import (
	"bufio"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testEnv(vars map[string]string) *env {
	return &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string { return vars[k] }}
}

// TestConfigFixtures loads every fixture: good-*.yaml must load, bad-*.yaml
// must fail with the text after "# want:" on their first line.
func TestConfigFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/config/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			c := defaultConfig()
			err := loadConfigFile(f, &c)
			if err == nil {
				err = c.validate()
			}
			if strings.HasPrefix(filepath.Base(f), "good-") {
				if err != nil {
					t.Fatalf("load: %v", err)
				}
				return
			}
			want := wantLine(t, f)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("load error = %v, want it to contain %q", err, want)
			}
		})
	}
}

func wantLine(t *testing.T, path string) string {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Scan()
	w, ok := strings.CutPrefix(sc.Text(), "# want: ")
	if !ok {
		t.Fatalf("%s: first line must be '# want: <error text>'", path)
	}
	return w
}

func TestConfigPrecedence(t *testing.T) {
	e := testEnv(map[string]string{
		"MARSAD_CONFIG":        "testdata/config/good-full.yaml",
		"MARSAD_POLL_INTERVAL": "20m",
		"MARSAD_ADDR":          "127.0.0.1:7000",
	})
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	load := configFlags(fs, e, "addr", "data")
	if err := fs.Parse([]string{"--addr", "127.0.0.1:7777"}); err != nil {
		t.Fatal(err)
	}
	c, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != "127.0.0.1:7777" {
		t.Errorf("addr = %q, want the flag's 127.0.0.1:7777", c.Addr)
	}
	if c.PollInterval != 20*time.Minute {
		t.Errorf("poll-interval = %v, want the environment's 20m", c.PollInterval)
	}
	if c.Data != "/var/lib/marsad" {
		t.Errorf("data = %q, want the file's /var/lib/marsad", c.Data)
	}
	if c.Politeness != 3*time.Second {
		t.Errorf("politeness = %v, want the file's 3s", c.Politeness)
	}
}

func TestConfigBadEnv(t *testing.T) {
	e := testEnv(map[string]string{"MARSAD_WORKERS": "two"})
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	load := configFlags(fs, e)
	fs.Parse(nil)
	if _, err := load(); err == nil || !strings.Contains(err.Error(), "MARSAD_WORKERS") {
		t.Fatalf("load() error = %v, want one naming MARSAD_WORKERS", err)
	}
}

// FuzzConfig feeds arbitrary YAML to the configuration parser and checks
// that it fails cleanly, never panics, and that what it accepts validates
// or fails with a message naming a setting.
func FuzzConfig(f *testing.F) {
	for _, name := range []string{"good-full.yaml", "good-minimal.yaml", "bad-type.yaml", "bad-unknown-key.yaml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "config", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("workers: [1, 2]\n"))
	f.Add([]byte("poll-interval: 99999999999999h\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c := defaultConfig()
		if err := parseConfig(b, &c); err != nil {
			return
		}
		if err := c.validate(); err != nil && !strings.Contains(err.Error(), ":") {
			t.Errorf("validate error %q names no setting", err)
		}
	})
}
