package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropLinkBlocks removes from an extracted content tree the blocks whose
// text is (almost) all link text: "related news" headlines, tag lists and
// share bars that the extractors kept. A real paragraph is rarely a link
// from end to end.
func dropLinkBlocks(n *html.Node) {
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && isTextBlock(c) {
				total, linked := linkText(c, 0, false)
				if total > 0 && linked*10 >= total*9 {
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			visit(c, depth+1)
			c = next
		}
	}
	visit(n, 0)
}

// isTextBlock reports whether n is a block that holds text directly (no
// nested blocks): the unit a link-only test applies to.
func isTextBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Div, atom.Span, atom.Dd, atom.Dt, atom.Td:
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Section, atom.Article, atom.Blockquote:
				return false
			}
		}
	}
	return true
}

// linkText counts the runes of non-space text under n, and how many of them
// are inside <a> elements.
func linkText(n *html.Node, depth int, inLink bool) (total, linked int) {
	if depth > 256 {
		return 0, 0
	}
	if n.Type == html.TextNode {
		k := utf8.RuneCountInString(strings.Join(strings.Fields(n.Data), ""))
		if inLink {
			return k, k
		}
		return k, 0
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		inLink = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := linkText(c, depth+1, inLink)
		total += t
		linked += l
	}
	return total, linked
}
