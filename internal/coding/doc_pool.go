package coding

import (
	"sync"

	"github.com/marsad/marsad/internal/arabic"
)

// docBuffers are the arrays of a doc that Analyze reuses from article to
// article: the tokens and their lookup keys are about half the bytes an
// article's analysis allocates, and no layer keeps them once Analyze
// returns (the results hold strings, never tokens or key slices), so
// reusing them spares the collector.
type docBuffers struct {
	toks   []arabic.Token
	keys   [][]string
	keyBuf []string // the first chunk the keys are appended to
}

// docPool keeps docBuffers for Analyze.
type docPool struct{ p sync.Pool }

// maxPooledTokens bounds the arrays kept: an unusually long article's
// are left to the collector.
const maxPooledTokens = 1 << 14

func (dp *docPool) get() *docBuffers {
	if b, ok := dp.p.Get().(*docBuffers); ok {
		return b
	}
	return &docBuffers{}
}

// put returns b for reuse, cleared so that it keeps no article's strings
// alive.
func (dp *docPool) put(b *docBuffers) {
	if cap(b.toks) > maxPooledTokens {
		return
	}
	// newDocInto leaves each array's length at the part it wrote
	clear(b.toks)
	clear(b.keys)
	clear(b.keyBuf)
	b.toks, b.keys, b.keyBuf = b.toks[:0], b.keys[:0], b.keyBuf[:0]
	dp.p.Put(b)
}
