package actor

import "testing"

func TestLoadDefault(t *testing.T) {
	d, err := LoadDefault()
	if err != nil {
		t.Fatalf("LoadDefault() error: %v", err)
	}
	if d.Len() < 1000 {
		t.Errorf("LoadDefault() has %d entries, want at least 1000", d.Len())
	}
}
