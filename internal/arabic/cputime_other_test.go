//go:build !unix

package arabic

import "time"

// cpuTime is unavailable here; benchmarks then omit the cpu-MB/s metric.
func cpuTime() time.Duration { return 0 }
