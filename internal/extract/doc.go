// Package extract turns an HTML news page into its main text and metadata
// (title, publication date, author, site name, language, canonical URL).
//
// It combines two maintained extractors rather than hand-written heuristics:
// go-readability keeps the article's paragraphs best, go-trafilatura (with
// htmldate) finds dates and metadata best. A cleaning pass then drops the
// boilerplate both leave behind (share lines, "read also" links, comment
// policies, copyright footers, scraper watermarks), using the phrase list in
// boilerplate.txt. docs/parts/extract.md records how the combination was
// chosen on real Arabic pages.
package extract
