package coding

import (
	"sync"

	"github.com/marsad/marsad/internal/arabic"
)

// tokenPool keeps token arrays for Analyze to tokenize the next article
// into: an article's tokens are about a quarter of the bytes its analysis
// allocates, and no layer keeps them once Analyze returns (the results
// hold strings, never tokens), so reusing them spares the collector.
type tokenPool struct{ p sync.Pool }

// maxPooledTokens bounds the arrays kept: an unusually long article's
// tokens are left to the collector.
const maxPooledTokens = 1 << 14

func (tp *tokenPool) get() []arabic.Token {
	if p, ok := tp.p.Get().(*[]arabic.Token); ok {
		return *p
	}
	return nil
}

// put returns toks for reuse, cleared so that it keeps no article's
// strings alive.
func (tp *tokenPool) put(toks []arabic.Token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks)
	toks = toks[:0]
	tp.p.Put(&toks)
}
