package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/cluster"
)

const crashEnv = "MARSAD_SQLITE_CRASH_CHILD"

// TestCrashChild is the writer that TestSurvivesKill runs as a child
// process and kills; on its own it does nothing.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("child of TestSurvivesKill only")
	}
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	for batch := 0; ; batch++ {
		var as []*marsad.Article
		for i := range 20 {
			a := &marsad.Article{Source: "crash", URL: fmt.Sprintf("https://crash.example/%d/%d", batch, i),
				Text: benchText(batch*20 + i), Published: time.Unix(int64(batch*20+i), 0)}
			cluster.Prepare(a)
			as = append(as, a)
		}
		if _, err := s.PutArticles(ctx, as); err != nil {
			fmt.Println("put:", err)
			os.Exit(1)
		}
		for _, a := range as {
			if err := s.PutAnalysis(ctx, &marsad.Analysis{ArticleID: a.ID, Events: []marsad.Event{
				{ID: "e", Type: "ASSAULT", Confidence: 0.5, Evidence: []marsad.Span{{Start: 0, End: 5}}}}}); err != nil {
				fmt.Println("analysis:", err)
				os.Exit(1)
			}
		}
		fmt.Printf("batch %d\n", batch)
	}
}

// TestSurvivesKill kills a writing process with SIGKILL mid-batch and checks
// that the database reopens sound with whole batches only.
func TestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	batches := 0
	for sc.Scan() && batches < 5 {
		if strings.HasPrefix(sc.Text(), "batch ") {
			batches++
		}
	}
	time.Sleep(30 * time.Millisecond) // land inside a later batch
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if batches < 5 {
		t.Fatalf("child wrote %d batches before dying", batches)
	}

	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v; want ok", res, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles < 100 || st.Articles%20 != 0 {
		t.Errorf("after the kill %d articles are stored, want whole batches of 20 (at least 5)", st.Articles)
	}
	// Every stored article is whole: story, bands, full-text row.
	var orphans int
	err = s.r.QueryRow(`SELECT
		(SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)) +
		(SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_bands b WHERE b.article_seq = a.seq) <> ?) +
		(SELECT count(*) FROM articles) - (SELECT count(*) FROM articles_fts)`, cluster.Bands).Scan(&orphans)
	if err != nil || orphans != 0 {
		t.Errorf("partial articles after the kill: %d (%v)", orphans, err)
	}
	t.Logf("killed after %d reported batches: %d articles, %d events stored", batches, st.Articles, st.Events)
}
