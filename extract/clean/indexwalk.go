package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// classify matches an element against the tag, attribute and class rules;
// af is what its class and id values hold.
func (p *page) classify(n *html.Node, af *attrFacts) (furn *furniture, content int8, silent bool) {
	c := p.c
	if f := c.tags[n.Data]; f != nil {
		if f.silent {
			return f, 0, true
		}
		furn = f
	}
	for _, a := range n.Attr {
		tests := c.attrs[a.Key]
		if tests == nil {
			continue
		}
		v := compactLower(a.Val)
		for _, t := range tests {
			if t.value == "" || v == t.value || (a.Key == "style" && strings.Contains(v, t.value)) {
				if t.rule.silent {
					return t.rule, 0, true
				}
				if t.rule.content {
					content = 2
				} else if furn == nil {
					furn = t.rule
				}
			}
		}
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		// Body classes name the page type ("has-sidebar"), not furniture.
		return furn, content, false
	}
	hit := af.cue.hit()
	if hit.furn != nil && hit.furn.silent {
		return hit.furn, 0, true
	}
	if hit.content > content {
		content = hit.content
	}
	if furn == nil && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		// Article classes describe the post ("no-image", "tag-deals").
		furn = hit.furn
	}
	return furn, content, false
}

// frame is what an open node passes to its children in the index walk.
type frame struct {
	n      *html.Node
	parent int32 // index of the nearest indexed element
	block  int32 // index of the nearest block element
	link   bool
	inP    bool // inside a paragraph or heading: class cues on inline elements do not apply
}

// inlineTags are phrasing elements: inside a paragraph their class cues
// ("affiliate-link", "credit") would cut sentences, so they are ignored.
var inlineTags = newAtomSet(
	atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I,
	atom.U, atom.Small, atom.Sup, atom.Sub, atom.Abbr, atom.Cite,
	atom.Code, atom.Font, atom.Time, atom.Mark, atom.Q, atom.S,
)

// inSentence reports whether text runs on either side of n: an element in
// the middle of a sentence (a formula, a term) is part of it, whatever its
// classes say.
func inSentence(n *html.Node) bool {
	for _, s := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return true
		}
	}
	return false
}

// index1 walks the tree once, iteratively: it indexes elements, attributes
// text to blocks, collects metadata and skips what is never content.
func (p *page) index1(root *html.Node) {
	var open []frame // the nodes the walk is inside, innermost last
	for n := root; n != nil; {
		f := frame{parent: -1, block: -1}
		if len(open) > 0 {
			f = open[len(open)-1]
		}
		if ch, ok := p.visit(n, f); ok {
			open = append(open, ch)
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
		}
		for { // past n: to its next sibling or an ancestor's
			if k := len(open) - 1; k >= 0 && open[k].n == n {
				if n.Type == html.ElementNode {
					e := &p.elems[open[k].parent]
					e.end, e.textEnd = int32(len(p.elems)), int32(len(p.texts))
				}
				open = open[:k]
			}
			if n == root {
				n = nil
				break
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// visit reads node n, whose parent passes it f, and returns what n passes
// its children, ok false when the walk does not go into them.
func (p *page) visit(n *html.Node, f frame) (frame, bool) {
	switch n.Type {
	case html.TextNode:
		p.text(n.Data, f)
		return frame{}, false
	case html.ElementNode:
	case html.DocumentNode:
		return frame{n: n, parent: f.parent, block: f.block, link: f.link}, true
	default:
		return frame{}, false
	}
	af := p.c.readAttrFacts(n)
	p.meta.element(n, &af)
	furn, content, silent := p.classify(n, &af)
	if furn != nil && !silent && (f.inP && inlineTags.has(n.DataAtom) || !blockTags.has(n.DataAtom) && inSentence(n)) {
		furn = nil
	}
	sel := p.sel[n]
	if sel != nil {
		selected(sel, &furn, &content, &silent)
	}
	if silent {
		return frame{}, false // hidden: neither n nor anything inside it is indexed
	}
	i := int32(len(p.elems))
	if n.DataAtom == atom.Body && p.body == nil {
		p.body, p.bodyAt, p.bodyText = n, i, int32(len(p.texts))
	}
	if i == 0 {
		p.firstText = int32(len(p.texts))
	}
	p.elems = append(p.elems, elem{n: n, parent: f.parent, furn: furn, content: content, block: blockTags.has(n.DataAtom)})
	if content == 0 && (n.DataAtom == atom.Article || n.DataAtom == atom.Main) {
		p.elems[i].content = 1
	}
	if p.elems[i].content == 2 && furn != nil && !furn.forced {
		p.elems[i].furn = nil // a content cue beats a furniture word
	}
	if sel != nil && sel.content {
		p.picked = append(p.picked, i)
	}
	blk := f.block
	if p.elems[i].block {
		blk = i
	}
	link := f.link || n.DataAtom == atom.A && leadsAway(n)
	inP := f.inP || n.DataAtom == atom.P || headingTags.has(n.DataAtom)
	return frame{n: n, parent: i, block: blk, link: link, inP: inP}, true
}

// text attributes a text node's length and punctuation to its block and
// parent.
func (p *page) text(s string, f frame) {
	l, punc := measure(s)
	p.texts = append(p.texts, l)
	if f.block >= 0 {
		e := &p.elems[f.block]
		e.own += l
		e.ownPunc += punc
		if f.link {
			e.ownLink += l
		}
	}
	if f.parent >= 0 {
		e := &p.elems[f.parent]
		e.sub += l
		if f.link {
			e.subLink += l
		}
	}
}

// leadsAway reports whether a link goes somewhere. One without an address
// (none, an empty fragment, a script) that wraps paragraphs is text a page
// made clickable; without paragraphs it is still a button ("Share", "Back").
func leadsAway(a *html.Node) bool {
	for _, at := range a.Attr {
		if at.Key == "href" {
			v := strings.TrimSpace(at.Val)
			if v != "" && v != "#" && !hasPrefixFold(v, "javascript:") {
				return true
			}
			break
		}
	}
	for ch := a.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && blockTags.has(ch.DataAtom) {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s starts with the lower-case prefix, case folded.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// measure counts the non-space bytes of s and its sentence punctuation:
// besides ASCII marks, the ideographic ones ("，", "。") and a space between
// two ideographs, which parts clauses in Chinese written without marks.
func measure(s string) (n, punc int32) {
	// ASCII bytes are summed from a table, the loop free of calls so that
	// its counters stay in registers; the first byte past ASCII hands the
	// rest to measureFrom.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return measureFrom(s, i, n, punc)
		}
		t := asciiMeasure[c]
		n += int32(t & 1)
		punc += int32(t >> 1)
	}
	return n, punc
}

// asciiMeasure holds, for each ASCII byte, 1 when [measure] counts it, plus
// 2 when it is sentence punctuation.
var asciiMeasure = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = 1
	}
	for _, c := range " \n\t\r\f" {
		t[c] = 0
	}
	for _, c := range ".,?!;" {
		t[c] = 3
	}
	return t
}()

// measureFrom is [measure] of s[i:] added to n and punc, for text with
// characters past ASCII.
func measureFrom(s string, i int, n, punc int32) (int32, int32) {
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if c == ' ' && i > 0 && s[i-1] >= utf8.RuneSelf && i+1 < len(s) && s[i+1] >= utf8.RuneSelf && clauseSpace(s, i) {
				punc++
			}
			t := asciiMeasure[c]
			n += int32(t & 1)
			punc += int32(t >> 1)
		case c >= 0xe3 && c <= 0xef && wideMark(s[i:]):
			n++
			punc++
		default:
			n++
		}
	}
	return n, punc
}

// clauseSpace reports whether the space at s[i] lies between two ideographs.
func clauseSpace(s string, i int) bool {
	a, _ := utf8.DecodeLastRuneInString(s[:i])
	b, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.Is(unicode.Han, a) && unicode.Is(unicode.Han, b)
}

// wideMark reports whether s starts with an ideographic or full-width
// sentence mark.
func wideMark(s string) bool {
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '，', '。', '、', '！', '？', '；', '．':
		return true
	}
	return false
}
