package demo

import (
	"bytes"
	_ "embed"
)

//go:embed articles.jsonl
var articles []byte

// Articles returns the sample articles as JSON Lines, one article a line,
// with the fields `marsad ingest` reads (id, source, url, published, title, text).
func Articles() []byte { return bytes.Clone(articles) }
