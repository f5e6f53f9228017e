// Package arabic is Marsad's Arabic text layer: normalisation for matching,
// tokens, sentences, clitic segmentation and number reading. Every other
// analysis layer (entities, gazetteer, event coding, near-duplicates,
// full-text search) builds on it.
//
// Offsets survive every step. Tokens and sentences carry offsets into the
// original text in bytes (for slicing Go strings: s[Start:End] == Text) and
// in Unicode code points (the unit of marsad.Span); clitic analyses give the
// stem's code-point span inside the original word; numbers give the token
// range they were read from. Invalid UTF-8 bytes count as one code point
// each, as []rune(s) counts them.
//
// Normalisation is for matching only. The stored text is never rewritten:
// Normalize produces a key (diacritics, tatweel and zero-width joiners
// dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; digits to ASCII; Latin
// lower-cased) that callers compare with their lexicons, while spans keep
// pointing at the surface the reader saw.
//
// The pieces:
//
//	Normalize, NormalizeRune, NormalizeInto  the matching key
//	Tokenize     text → []Token: words (clitics attached), numbers, punctuation, symbols; Norm per token
//	Sentences    text → []Sentence: . ! ? ؟ … and newlines, aware of quotes, decimals, abbreviations, ellipses
//	Segment      word → []Analysis: proclitics و ف ب ك ل س ال, pronoun suffixes, least stripped first
//	Stems        word → its candidate lexicon keys
//	ParseNumber  tokens → Quantity: digits in any script, number words, multipliers, vague amounts
//
// The lexicons the package needs (number words, abbreviations) are embedded
// files under data/. All functions are pure, safe for concurrent use and
// never panic, whatever the input.
package arabic
