// Package benchtest helps benchmarks report figures that hold on a shared
// machine: work per CPU-second, where wall-clock time also counts waiting
// for a core that a neighbour holds.
package benchtest

import (
	"testing"
	"time"
)

// ReportPerCPU adds the metric "<unit>/cpu-s": n units over the CPU time
// this process used since start (a CPUTime reading). Nothing is reported
// where CPU time cannot be read.
func ReportPerCPU(b *testing.B, start time.Duration, n float64, unit string) {
	if d := CPUTime() - start; d > 0 && start > 0 {
		b.ReportMetric(n/d.Seconds(), unit+"/cpu-s")
	}
}
