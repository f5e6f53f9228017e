package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/marsad/marsad"
)

// Model is the weights of the tagger: one row of numLabels float32 weights
// per hashed feature bucket, and the label transition weights.
type Model struct {
	Bits     int       // the weight table has 1<<Bits rows
	W        []float32 // (1<<Bits) * numLabels emission weights
	T        []float32 // (numLabels+1) * numLabels transitions; row 0 is the sentence start
	Clusters uint64    // checksum of the cluster file the model was trained with
	// OPenalty is subtracted from the score of O at every token when
	// decoding: a positive value trades precision for recall.
	OPenalty float32
	// Second is the optional history stage (same Bits), nil for a
	// one-stage model.
	Second *Model
	// Tally is the self-tagged tally of each normalised word (packTally),
	// nil when the model was trained without an unlabelled corpus.
	Tally map[string]uint32
	// Gaz is the gazetteer bits of each normalised word (compileGazetteer),
	// nil when the model was trained without a gazetteer.
	Gaz map[string]uint32
}

// newModel returns a zero model with 1<<bits rows.
func newModel(bits int) *Model {
	return &Model{
		Bits: bits,
		W:    make([]float32, (1<<bits)*numLabels),
		T:    make([]float32, (numLabels+1)*numLabels),
	}
}

const modelMagic = "MARSAD-NER\x00"

// maxBits bounds the weight table (2^22 rows × 9 labels × 4 bytes = 151 MB
// per stage), so a corrupt header cannot ask for gigabytes.
const maxBits = 22

// WriteTo writes the model gzip-compressed: a header, the transitions and
// the non-zero rows of the weight table.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putF := func(f float32) {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(f))
		bw.Write(buf[:4])
	}
	putU(featureVersion)
	putU(uint64(numLabels))
	putU(uint64(m.Bits))
	putU(m.Clusters)
	putF(m.OPenalty)
	writeStage(bw, m, putU, putF)
	if m.Second != nil {
		putU(1)
		writeStage(bw, m.Second, putU, putF)
	} else {
		putU(0)
	}
	for _, wm := range []map[string]uint32{m.Tally, m.Gaz} {
		putU(uint64(len(wm)))
		for _, k := range sortedKeys(wm) {
			putU(uint64(len(k)))
			bw.WriteString(k)
			putU(uint64(wm[k]))
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

// writeStage writes the transitions and non-zero weight rows of one stage.
func writeStage(bw *bufio.Writer, m *Model, putU func(uint64), putF func(float32)) {
	for _, f := range m.T {
		putF(f)
	}
	rows := 1 << m.Bits
	nonzero := 0
	for r := 0; r < rows; r++ {
		if !zeroRow(m.W[r*numLabels : (r+1)*numLabels]) {
			nonzero++
		}
	}
	putU(uint64(nonzero))
	last := -1
	for r := 0; r < rows; r++ {
		row := m.W[r*numLabels : (r+1)*numLabels]
		if zeroRow(row) {
			continue
		}
		putU(uint64(r - last))
		last = r
		for _, f := range row {
			putF(f)
		}
	}
}

func zeroRow(row []float32) bool {
	for _, f := range row {
		if f != 0 {
			return false
		}
	}
	return true
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "ner model: not gzip: %v", err)
	}
	br := bufio.NewReader(zr)
	bad := func(what string, err error) error {
		if err == nil {
			return marsad.Errorf(marsad.EINVALID, "ner model: %s", what)
		}
		return marsad.Errorf(marsad.EINVALID, "ner model: %s: %v", what, err)
	}
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, bad("bad magic", err)
	}
	getU := func() (uint64, error) { return binary.ReadUvarint(br) }
	var fb [4]byte
	getF := func() (float32, error) {
		if _, err := io.ReadFull(br, fb[:]); err != nil {
			return 0, err
		}
		return math.Float32frombits(binary.LittleEndian.Uint32(fb[:])), nil
	}
	ver, err := getU()
	if err != nil || ver != featureVersion {
		return nil, bad(fmt.Sprintf("feature version %d, this binary reads %d (retrain with `marsad train ner`)", ver, featureVersion), err)
	}
	nl, err := getU()
	if err != nil || nl != uint64(numLabels) {
		return nil, bad("label count", err)
	}
	bits, err := getU()
	if err != nil || bits < 4 || bits > maxBits {
		return nil, bad("table size", err)
	}
	m := newModel(int(bits))
	if m.Clusters, err = getU(); err != nil {
		return nil, bad("cluster checksum", err)
	}
	if m.OPenalty, err = getF(); err != nil || math.IsNaN(float64(m.OPenalty)) || math.IsInf(float64(m.OPenalty), 0) {
		return nil, bad("O penalty", err)
	}
	if err := readStage(m, getU, getF, bad); err != nil {
		return nil, err
	}
	more, err := getU()
	if err != nil || more > 1 {
		return nil, bad("stage count", err)
	}
	if more == 1 {
		m.Second = newModel(m.Bits)
		m.Second.Clusters, m.Second.OPenalty = m.Clusters, m.OPenalty
		if err := readStage(m.Second, getU, getF, bad); err != nil {
			return nil, err
		}
	}
	if m.Tally, err = readWordMap(br, getU, tallyUnknown, bad); err != nil {
		return nil, err
	}
	if m.Gaz, err = readWordMap(br, getU, 1<<gazBits, bad); err != nil {
		return nil, err
	}
	return m, nil
}

// readStage reads what writeStage wrote into m.
func readStage(m *Model, getU func() (uint64, error), getF func() (float32, error), bad func(string, error) error) error {
	var err error
	bits := uint64(m.Bits)
	for i := range m.T {
		if m.T[i], err = getF(); err != nil {
			return bad("transitions", err)
		}
	}
	nonzero, err := getU()
	if err != nil || nonzero > 1<<bits {
		return bad("row count", err)
	}
	r0 := -1
	for k := uint64(0); k < nonzero; k++ {
		d, err := getU()
		if err != nil || d == 0 || d > 1<<bits || r0+int(d) >= 1<<bits {
			return bad("row index", err)
		}
		r0 += int(d)
		for j := 0; j < numLabels; j++ {
			if m.W[r0*numLabels+j], err = getF(); err != nil {
				return bad("weights", err)
			}
		}
	}
	return nil
}

// readWordMap reads a word → value table written by WriteTo; values are in
// 1..limit-1 (nil for an empty table).
func readWordMap(br *bufio.Reader, getU func() (uint64, error), limit uint64, bad func(string, error) error) (map[string]uint32, error) {
	n, err := getU()
	if err != nil || n > 1<<24 {
		return nil, bad("word table size", err)
	}
	if n == 0 {
		return nil, nil
	}
	out := make(map[string]uint32, n)
	var kb []byte
	for i := uint64(0); i < n; i++ {
		l, err := getU()
		if err != nil || l == 0 || l > 1024 {
			return nil, bad("word table entry", err)
		}
		kb = resizeBytes(kb, int(l))
		if _, err := io.ReadFull(br, kb); err != nil {
			return nil, bad("word table entry", err)
		}
		v, err := getU()
		if err != nil || v == 0 || v >= limit {
			return nil, bad("word table value", err)
		}
		out[string(kb)] = uint32(v)
	}
	return out, nil
}

func resizeBytes(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}
