// Package evalset holds Marsad's own unseen evaluation set: news articles
// drawn at random from the shared corpora, annotated by hand under the
// evaluation kit's GUIDELINES.md without running Marsad on them first.
//
// The repository carries no article text. data/unseen.jsonl names each
// article by corpus file, line, document id and the SHA-256 of its text, and
// gives every text piece (evidence, quote, place mention, and actor names
// that occur in the article) as code-point offsets into that text.
// Materialise reads the corpus at run time, checks the hash and writes gold
// records in the format ../shared/eval/score.py and `marsad eval events`
// read. The set is split once, by a fixed rule, into a "tune" half whose
// errors developers may inspect and a "held" half that is only scored.
// A third split, "places", holds articles whose places alone are annotated
// (no events, no quotes); nobody tunes on it, and Select returns it only
// when asked for by name ("all" means tune and held). A later batch is split
// the same way into "tune2" and "held2" ("all2" is both), and a fifth into
// "tune3" and "held3" ("all3"); "all" leaves both out. A sixth batch is one
// split, "held4", with no tune half: nobody tunes on it, and no other
// selection includes it. A seventh batch is one split too, "tune4", a fresh
// set for error reading, likewise selected only by its own name, and so is
// an eighth, "tune5".
package evalset
