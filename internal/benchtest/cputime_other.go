//go:build !unix

package benchtest

import "time"

// CPUTime is unavailable on this system: it returns 0, and ReportPerCPU
// then reports nothing.
func CPUTime() time.Duration { return 0 }
