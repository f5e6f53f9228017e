package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) { benchWorkers(b, procs, 0) })
	}
	// Sustained load: one worker process, items published at a steady
	// 40 per second (below its capacity): the lag must stay small.
	b.Run("procs=1/rate=40", func(b *testing.B) { benchWorkers(b, 1, 40) })
}

// benchWorkers runs procs worker processes; rate > 0 publishes at that
// many items per second, else all at once.
func benchWorkers(b *testing.B, procs, rate int) {
	conn, base := postgresOrSkip(b)
	natsURL := jetstreamtest.URL(b)
	dir := b.TempDir()
	in := filepath.Join(dir, "articles.jsonl")
	writeGeneratedArticles(b, in, b.N)
	items := readQueueItems(b, in)
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
	if stored, _ := countStored(b, conn, dsn); stored != b.N {
		b.Fatalf("%d articles stored, want %d", stored, b.N)
	}
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
