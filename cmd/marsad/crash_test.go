package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/store/sqlite"
)

// TestIngestChild is `marsad ingest` run as a child process by
// TestIngestSurvivesKill; it does nothing on its own.
func TestIngestChild(t *testing.T) {
	args := os.Getenv("MARSAD_TEST_INGEST_ARGS")
	if args == "" {
		t.Skip("child of TestIngestSurvivesKill only")
	}
	os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// TestIngestSurvivesKill kills `marsad ingest` with SIGKILL in the middle of
// a run, runs it again, and checks that every article is stored exactly
// once and the database is intact.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	const n = 3000
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		enc.Encode(map[string]string{
			"id":  fmt.Sprintf("k%d", i),
			"url": fmt.Sprintf("https://example.org/kill/%d", i),
			"text": fmt.Sprintf("أعلنت مديرية التربية في المحافظة رقم %d افتتاح %d مدارس جديدة، وقال المدير إن المدارس ستستقبل %d طالب في العام الدراسي المقبل بعد اكتمال التجهيزات.",
				i, i%17+2, i*13+40),
		})
	}
	w.Flush()
	f.Close()
	data := filepath.Join(dir, "data")
	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$")
		cmd.Env = append(os.Environ(), "MARSAD_TEST_INGEST_ARGS="+strings.Join([]string{"ingest", "--data", data, "--no-analyze", "--quiet", in}, "\x1f"))
		return cmd
	}
	cmd := child()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some articles are in the database, but not all.
	db := filepath.Join(data, "marsad.db")
	killed := false
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 1<<20 {
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
			break
		}
	}
	cmd.Wait()
	if !killed {
		t.Skip("the child finished before it could be killed")
	}
	out, err := child().CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if res, err := st.IntegrityCheck(context.Background()); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != n {
		t.Fatalf("after kill and resume: %d articles stored, want exactly %d (second run said %q)", stats.Articles, n, strings.TrimSpace(string(out)))
	}
	if !strings.Contains(string(out), "duplicates") {
		t.Errorf("second run summary %q", out)
	}
	t.Logf("second run: %s", strings.TrimSpace(string(out)))
}
