package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
	"github.com/marsad/marsad/internal/source"
)

// BenchmarkQueueWorkers measures the throughput of 1, 2 and 4 `marsad
// serve --roles=process` processes (one analysis goroutine each) sharing
// the JetStream consumer, storing into PostgreSQL. One iteration is one
// generated article; run with -benchtime=2000x. All b.N articles are
// published at once when the timer starts, so the queue is never empty:
// max_pending is the largest lag seen (sampled every 100 ms) and
// articles/s the rate at which the workers drain it.
func BenchmarkQueueWorkers(b *testing.B) {
	for _, procs := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) { benchWorkers(b, procs, 0, generatedItems) })
	}
	// Sustained load: one worker process, items published at a steady
	// 40 per second (below its capacity): the lag must stay small.
	b.Run("procs=1/rate=40", func(b *testing.B) { benchWorkers(b, 1, 40, generatedItems) })
	// Real news of real length: the ANT multi-source corpus from ../shared.
	b.Run("procs=2/corpus", func(b *testing.B) { benchWorkers(b, 2, 0, corpusItems) })
}

// generatedItems are n of the kill test's generated articles.
func generatedItems(b *testing.B, dir string, n int) []*marsad.RawItem {
	in := filepath.Join(dir, "articles.jsonl")
	writeGeneratedArticles(b, in, n)
	return readQueueItems(b, in)
}

// corpusItems are the first n articles of the ANT multi-source corpus
// beside the checkout; the benchmark is skipped without it.
func corpusItems(b *testing.B, _ string, n int) []*marsad.RawItem {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "ant-corpus-multisource", "ant-corpus-multisource.jsonl.gz"))
	if err != nil {
		b.Skipf("news corpus absent (../shared beside the checkout): %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []*marsad.RawItem
	for len(out) < n && sc.Scan() {
		var r struct {
			ID, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		out = append(out, &marsad.RawItem{Origin: "ant", ID: r.ID, URL: "https://ant.example.org/" + r.ID, Text: r.Text})
	}
	if len(out) < n {
		b.Skipf("the corpus has %d articles, want %d", len(out), n)
	}
	return out
}

// benchWorkers runs procs worker processes; rate > 0 publishes at that
// many items per second, else all at once.
func benchWorkers(b *testing.B, procs, rate int, source func(*testing.B, string, int) []*marsad.RawItem) {
	conn, base := postgresOrSkip(b)
	natsURL := jetstreamtest.URL(b)
	dir := b.TempDir()
	items := source(b, dir, b.N)
	runes := 0
	for _, it := range items {
		runes += utf8.RuneCountInString(it.Text)
	}
	dsn := freshSchema(b, conn, base)
	qURL := natsURL + "?prefix=BENCH" + jetstreamtest.Suffix()
	qc, err := queueConfig(qURL)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	q, err := jetstream.Open(ctx, qc)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { q.Delete(ctx); q.Close() }()
	var cmds []*exec.Cmd
	for i := 0; i < procs; i++ {
		cmds = append(cmds, startWorker(b, dir, fmt.Sprintf("w%d", i), qURL, dsn, 1, true))
	}
	defer func() {
		for _, c := range cmds {
			c.Process.Kill()
			c.Wait()
		}
	}()
	cpu0 := workersCPU(cmds)
	b.ResetTimer()
	start := time.Now()
	var maxPending uint64
	var tick <-chan time.Time
	if rate > 0 {
		tk := time.NewTicker(time.Second / time.Duration(rate))
		defer tk.Stop()
		tick = tk.C
	}
	for i, it := range items {
		if tick != nil {
			<-tick
			if i%20 == 0 {
				if lag, err := q.Lag(ctx); err == nil {
					maxPending = max(maxPending, lag.Pending)
				}
			}
		}
		if err := q.Publish(ctx, it); err != nil {
			b.Fatal(err)
		}
	}
	for deadline := time.Now().Add(30 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		lag, err := q.Lag(ctx)
		if err == nil {
			maxPending = max(maxPending, lag.Pending)
			if lag.Pending == 0 && lag.AckPending == 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			b.Fatalf("queue not drained: %+v", lag)
		}
	}
	b.StopTimer()
	el := time.Since(start)
	cpu := workersCPU(cmds) - cpu0
	stored, _ := countStored(b, conn, dsn)
	if stored == 0 || stored > b.N {
		b.Fatalf("%d articles stored of %d", stored, b.N)
	}
	b.ReportMetric(float64(runes)/float64(b.N), "chars/article")
	b.ReportMetric(float64(stored), "stored")
	b.ReportMetric(float64(b.N)/el.Seconds(), "articles/s")
	b.ReportMetric(float64(maxPending), "max_pending")
	if cpu > 0 {
		// CPU seconds the workers spent, whatever else shares the machine:
		// the per-core figure for capacity planning.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu_s")
	}
}

func readQueueItems(tb testing.TB, path string) []*marsad.RawItem {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []*marsad.RawItem
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		it, err := source.DecodeJSON(sc.Bytes())
		if err != nil {
			tb.Fatal(err)
		}
		it.Origin = path
		out = append(out, &it)
	}
	return out
}

// workersCPU is the user+system CPU time the worker processes have used so
// far, from /proc (Linux; 0 elsewhere). /proc counts in USER_HZ = 100 ticks
// per second.
func workersCPU(cmds []*exec.Cmd) time.Duration {
	var ticks int64
	for _, c := range cmds {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", c.Process.Pid))
		if err != nil {
			return 0
		}
		// Fields after the command name (which may hold spaces) start at state.
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
		if len(f) < 13 {
			return 0
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		s, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + s
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}
