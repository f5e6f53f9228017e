package ner

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestModelRoundTrip(t *testing.T) {
	m := newModel(10)
	m.Clusters = 0xfeed
	m.OPenalty = 0.5
	m.W[3*numLabels+2] = 1.5
	m.W[1000*numLabels+8] = -2.25
	m.T[5] = 0.75
	m.Tally = map[string]uint32{"بغداد": packTally([5]int32{10, 0, 0, 90, 0}, 100), "قال": 1}
	m.Gaz = map[string]uint32{"بغداد": 1 << 6}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got); diff != "" {
		t.Errorf("ReadModel(WriteTo(m)) mismatch (-want +got):\n%s", diff)
	}
}

func TestReadModelRejects(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	var good bytes.Buffer
	newModel(10).WriteTo(&good)
	tests := []struct {
		name string
		in   []byte
	}{
		{"not gzip", []byte("hello")},
		{"bad magic", gz([]byte("NOT-A-MODEL"))},
		{"truncated", good.Bytes()[:len(good.Bytes())/2]},
		{"wrong version", gz([]byte(modelMagic + "\x63"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ReadModel(bytes.NewReader(tt.in)); err == nil {
				t.Errorf("ReadModel(%s) = nil error, want an error", tt.name)
			}
		})
	}
}

func FuzzReadModel(f *testing.F) {
	var good bytes.Buffer
	m := newModel(10)
	m.W[7] = 1
	m.WriteTo(&good)
	f.Add(good.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := ReadModel(bytes.NewReader(in))
		if err != nil {
			return
		}
		if len(m.W) != (1<<m.Bits)*numLabels {
			t.Fatalf("weights %d for %d bits", len(m.W), m.Bits)
		}
	})
}
