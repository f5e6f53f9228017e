// Package arabic is Marsad's Arabic text layer: normalisation for matching,
// tokens, sentences, clitic segmentation and number reading.
//
// Every result keeps offsets into the original text, in bytes (for slicing
// Go strings) and in Unicode code points (the unit of marsad.Span). The
// original text is never rewritten: Normalize produces a matching key
// (diacritics and tatweel dropped, alef/yeh/teh-marbuta variants folded,
// digits made ASCII, Latin lower-cased) that callers compare against their
// lexicons, while spans still point at the surface the reader saw.
//
// The layers build on one another:
//
//	Tokenize   text → []Token (words, numbers, punctuation; Norm per token)
//	Sentences  text → []Sentence (Arabic-aware boundaries)
//	Segment    word → []Analysis (proclitics و ف ب ك ل س ال, pronoun suffixes)
//	ParseNumber tokens → Number (digits in any script, number words, multipliers)
//
// All functions are pure, safe for concurrent use and never panic on any
// input, including invalid UTF-8.
package arabic
