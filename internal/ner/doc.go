// Package ner finds named entities (persons, organisations, locations and
// other names) in Arabic text with a statistical sequence tagger.
//
// The tagger is an averaged structured perceptron over BIO labels (the
// ANERcorp label set) with first-order transitions and Viterbi decoding.
// Its features are hashed into a fixed-size float32 weight table: word
// forms and their normalised and clitic-stripped stems, affixes, shape,
// neighbouring words, small gazetteers written for Marsad (titles, given
// names, place and organisation words), the names of Marsad's actor
// dictionary and place gazetteer (compiled into the model by `marsad train
// ner`) and word clusters learned by
// `marsad train clusters` from unlabelled Arabic news. The trained model and
// the cluster file are embedded in the binary, so a fresh machine tags with
// no download.
//
// `marsad train ner` trains the model from CoNLL files; `marsad tag --conll`
// tags CoNLL input. Actor linking lives in internal/actor.
package ner
