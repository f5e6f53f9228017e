package sqlite

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time (user + system) this process has used. On a
// shared machine, wall-clock benchmark figures depend on the neighbours;
// per-CPU-second figures much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportPerCPU adds "<unit>/cpu-s": n units over the CPU time since start.
func reportPerCPU(b *testing.B, start time.Duration, n float64, unit string) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(n/d.Seconds(), unit+"/cpu-s")
	}
}
