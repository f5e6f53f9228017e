package benchtest

import "testing"

func TestCPUTimeAdvances(t *testing.T) {
	start := CPUTime()
	if start <= 0 {
		t.Skip("CPU time is not available on this system")
	}
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if CPUTime() <= start {
		t.Errorf("CPUTime did not advance over a busy loop (%d)", x)
	}
}
