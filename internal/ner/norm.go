package ner

import "github.com/marsad/marsad/internal/arabic"

// normRune is the per-rune matching key shared with the rest of Marsad.
func normRune(r rune) rune { return arabic.NormalizeRune(r) }
