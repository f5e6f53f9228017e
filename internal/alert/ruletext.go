package alert

import (
	"bytes"
	"os"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// The rule editor changes one rule at a time. Rewriting the whole file from
// its parsed form would drop the operator's comments, so an edit is made on
// the text instead: the lines of the rule's entry under rules: are replaced
// (or removed, or the new rule appended), and the result is kept only if it
// parses to exactly the rules intended; otherwise the file is written in
// canonical form.

// entrySpan is one entry of the block sequence under rules: lines first
// to last (1-based, inclusive), the "-" at column col (1-based).
type entrySpan struct{ first, last, col int }

// ruleEntries finds the entries of the rules: sequence in a rule file's
// text. Comment and blank lines that end an entry are left out of it (they
// head the next rule or close the list). ok is false for shapes it does not
// handle (flow style, no rules key).
func ruleEntries(b []byte) (spans []entrySpan, ok bool) {
	defer func() {
		if recover() != nil {
			spans, ok = nil, false
		}
	}()
	f, err := parser.ParseBytes(b, 0)
	if err != nil || len(f.Docs) != 1 || f.Docs[0].Body == nil {
		return nil, false
	}
	var keys []*ast.MappingValueNode
	switch n := f.Docs[0].Body.(type) {
	case *ast.MappingNode:
		keys = n.Values
	case *ast.MappingValueNode:
		keys = []*ast.MappingValueNode{n}
	default:
		return nil, false
	}
	lines := strings.Split(string(b), "\n")
	end := len(lines)
	var seq *ast.SequenceNode
	for i, kv := range keys {
		if kv.Key == nil || kv.Key.String() != "rules" {
			continue
		}
		s, isSeq := kv.Value.(*ast.SequenceNode)
		if !isSeq || s.IsFlowStyle || len(s.Entries) == 0 {
			return nil, false
		}
		seq = s
		if i+1 < len(keys) {
			end = keys[i+1].Key.GetToken().Position.Line - 1
		}
	}
	if seq == nil {
		return nil, false
	}
	for i, e := range seq.Entries {
		first, col := e.Start.Position.Line, e.Start.Position.Column
		last := end
		if i+1 < len(seq.Entries) {
			last = seq.Entries[i+1].Start.Position.Line - 1
		}
		for last > first {
			t := strings.TrimSpace(lines[last-1])
			if t != "" && !strings.HasPrefix(t, "#") {
				break
			}
			last--
		}
		spans = append(spans, entrySpan{first, last, col})
	}
	return spans, true
}

// entryText is the text of one entry without its "- " and indentation: the
// rule as written in the file, comments included.
func entryText(b []byte, s entrySpan) ([]byte, bool) {
	lines := strings.Split(string(b), "\n")
	var out []string
	for n := s.first; n <= s.last; n++ {
		l := lines[n-1]
		if n == s.first {
			if len(l) < s.col+1 || l[s.col-1] != '-' {
				return nil, false
			}
			l = strings.TrimPrefix(l[s.col:], " ")
		} else if strings.TrimSpace(l) != "" {
			pad := strings.Repeat(" ", s.col+1)
			if !strings.HasPrefix(l, pad) {
				return nil, false
			}
			l = l[len(pad):]
		} else {
			l = ""
		}
		out = append(out, l)
	}
	return []byte(strings.Join(out, "\n") + "\n"), true
}

// spliceRule is b with entry i replaced by text (i < 0: text appended after
// the last entry; text nil: entry i removed), indented as the entries are.
func spliceRule(b []byte, spans []entrySpan, i int, text []byte) []byte {
	lines := strings.Split(string(b), "\n")
	ref := spans[len(spans)-1]
	if i >= 0 {
		ref = spans[i]
	}
	var entry []string
	if text != nil {
		dashed := false
		for _, l := range strings.Split(strings.TrimRight(string(text), "\n"), "\n") {
			t := strings.TrimSpace(l)
			switch {
			case !dashed && (t == "" || strings.HasPrefix(t, "#")):
				// Comments before the rule head its entry, as in the file.
				entry = append(entry, strings.Repeat(" ", ref.col-1)+t)
			case !dashed:
				entry = append(entry, strings.Repeat(" ", ref.col-1)+"- "+l)
				dashed = true
			case t == "":
				entry = append(entry, "")
			default:
				entry = append(entry, strings.Repeat(" ", ref.col+1)+l)
			}
		}
	}
	var out []string
	switch {
	case i < 0:
		out = append(append(append(out, lines[:ref.last]...), entry...), lines[ref.last:]...)
	default:
		out = append(append(append(out, lines[:ref.first-1]...), entry...), lines[ref.last:]...)
	}
	return []byte(strings.Join(out, "\n"))
}

// editRuleText is the rule file at path with the rule oldID replaced by
// text (oldID not in the file: text appended; text nil: oldID removed),
// provided the file is the one in use (it parses to cur) and the result
// parses to want. ok is false otherwise: write want in canonical form.
func editRuleText(path string, cur, want *File, zones *Zones, oldID string, text []byte) (out []byte, ok bool) {
	if path == "" {
		return nil, false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	if f, err := Parse(b, zones); err != nil || !sameFile(f, cur) {
		return nil, false
	}
	spans, found := ruleEntries(b)
	if !found || len(spans) != len(cur.Rules) {
		return nil, false
	}
	i := cur.ruleIndex(oldID)
	if i < 0 && text == nil {
		return nil, false
	}
	out = spliceRule(b, spans, i, text)
	if f, err := Parse(out, zones); err != nil || !sameFile(f, want) {
		return nil, false
	}
	return out, true
}

// ruleText is the rule id as written in the rule file at path, if the file
// is the one in use; else its canonical YAML.
func ruleText(path string, cur *File, zones *Zones, id string) ([]byte, error) {
	i := cur.ruleIndex(id)
	canonical, err := MarshalRule(&cur.Rules[i])
	if err != nil || path == "" {
		return canonical, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return canonical, nil
	}
	spans, found := ruleEntries(b)
	if !found || len(spans) != len(cur.Rules) {
		return canonical, nil
	}
	text, found := entryText(b, spans[i])
	if !found {
		return canonical, nil
	}
	r, err := ParseRule(text, zones, cur.Webhooks)
	if err != nil {
		return canonical, nil
	}
	if y, err := MarshalRule(r); err != nil || !bytes.Equal(y, canonical) {
		return canonical, nil
	}
	return text, nil
}

// sameFile reports whether two rule files say the same, secrets included.
func sameFile(a, b *File) bool {
	x, err1 := a.Marshal()
	y, err2 := b.Marshal()
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}
