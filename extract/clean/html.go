package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// elem is one element of the page, indexed in document order.
type elem struct {
	n       *html.Node
	parent  int32
	end     int32      // the index past the element's last descendant
	textEnd int32      // the index in page.texts past the element's last text
	furn    *furniture // furniture rule matched by the element itself
	content int8       // content cue: 0 none, 1 a class word, 2 a class substring or attribute
	block   bool
	own     int32 // text directly owned (this block's inline text)
	ownLink int32 // of which inside links
	ownPunc int32 // sentence punctuation in own text
	good    int32 // subtree: text of prose blocks
	bad     int32 // subtree: other text outside links
	badLink int32 // subtree: other text inside links
	confirm bool  // furniture confirmed (holds little of the page's prose)
	inFurn  bool  // inside a confirmed furniture element
	raw     int32 // subtree: text of prose blocks, furniture or not
	sub     int32 // subtree: all text
	subLink int32 // subtree: link text
	links   int32 // subtree: number of links
}

// page is the state of one HTML run.
type page struct {
	c      *Cleaner
	elems  []elem
	meta   metaState
	body   *html.Node
	bodyAt int32 // the index of body
	// texts holds the non-space length of each text node index1 met, in
	// order; firstText and bodyText are where the first element's and
	// body's texts start in it.
	texts               []int32
	firstText, bodyText int32
	ldBody              string                    // JSON-LD articleBody, for pages that render their text by script
	sel                 map[*html.Node]*furniture // elements selector rules match
	picked              []int32                   // elements content selectors match, in page order
	usedLD              bool                      // the body came from ldBody

	domAuthors bool // the authors came from a byline element, not from metadata

	overruled []int32 // elements whose furniture rule lost to the main prose
}

type cueHit struct {
	furn    *furniture
	content int8
}

// Block-level elements: their boundaries end a paragraph.
var blockTags = newAtomSet(
	atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
	atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div,
	atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
	atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
	atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
	atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
	atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody,
	atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul,
	atom.Caption, atom.Legend, atom.Title,
)

var headingTags = newAtomSet(atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)

func (c *Cleaner) runHTML(d *document.Document) error {
	raw, textSuspect := prune(d.Raw, c.keepAttrs)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(raw))
	if err != nil {
		// The parser refuses pathological pages (nesting deeper than 512
		// elements): read their text without the tree.
		d.Warn(document.WarnFallbackBody, "the page is nested too deeply to parse; its text was read without the markup")
		c.runText(d, flatText(raw))
		return nil
	}
	for range 4 {
		if !textSuspect {
			break // no <title> or <textarea> can hold markup: no need to look
		}
		tag, at, ok := swallowed(doc.Nodes[0], raw)
		if !ok {
			break
		}
		fixed, err := goquery.NewDocumentFromReader(strings.NewReader(closeAt(raw, tag, at)))
		if err != nil {
			break
		}
		raw, doc = closeAt(raw, tag, at), fixed
		d.Warn(document.WarnMarkupRepair, "an unclosed <"+tag+"> held the page's markup; it was closed and the page parsed again")
	}
	// About half the tags open an element: sized from them, the index
	// does not grow and rehash as the walk fills it.
	elems := strings.Count(raw, "<") / 2
	p := &page{c: c, elems: make([]elem, 0, elems)}
	p.sel = c.matchSelectors(doc)
	p.index1(doc.Nodes[0])
	p.readMeta(d)
	best := p.choose()
	if i := p.chosen(); i >= 0 {
		best = i
	}
	fallback := best < 0
	if best < 0 && p.body != nil {
		// No prose anywhere (a list of short lines): keep the body, less its furniture.
		best = p.bodyAt
		d.Warn(document.WarnFallbackBody, "no block of prose was found; the body is the page's text less its furniture")
	}
	for _, i := range p.overruled {
		r := p.elems[i].furn
		d.Warn(document.WarnRuleOverruled, "the furniture rule "+r.id+" ("+r.reason+") matched the block holding most of the page's prose and was overruled")
	}
	p.output(d, best)
	p.recordOverruled(d)
	if p.usedLD {
		d.Warn(document.WarnFallbackBody, "the markup holds little of the article; the body is the page's JSON-LD articleBody")
	}
	if p.indexPage(best) || fallback {
		if p.indexPage(best) {
			d.Warn(document.WarnIndexPage, "the page looks like an index or list of stories, not an article")
		}
		if p.domAuthors {
			// The bylines of a list of stories are other articles' authors.
			d.Meta.Authors = nil
		}
	}
	return nil
}

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

// prose reports whether an element's own text reads like article prose, as
// the furniture pack's blockprose thresholds say.
func (e *elem) prose(b *rules.BlockProse) bool {
	own, link := int(e.own), int(e.ownLink)
	if own < b.MinChars || headingTags.has(e.n.DataAtom) {
		return false
	}
	if link*100 > own*b.LinkShare && (own < b.ShortChars || link*100 > own*b.LongLinkShare) {
		return false
	}
	return e.ownPunc > 0 || own >= b.UnpunctuatedChars
}

// sums adds each element's own text into its ancestors, as prose (good) or
// not (bad); text inside confirmed furniture is always bad.
func (p *page) sums() {
	for i := range p.elems {
		e := &p.elems[i]
		e.good, e.bad, e.badLink = 0, 0, 0
		switch {
		case e.own == 0:
		case e.prose(&p.c.blkProse) && !e.inFurn:
			e.good = e.own
		case headingTags.has(e.n.DataAtom) && !e.inFurn:
		default:
			e.bad, e.badLink = e.own-e.ownLink, e.ownLink
		}
	}
	for i := len(p.elems) - 1; i > 0; i-- {
		e := &p.elems[i]
		if e.parent >= 0 {
			par := &p.elems[e.parent]
			par.good += e.good
			par.bad += e.bad
			par.badLink += e.badLink
		}
	}
}

// Container scores: prose counts fully, other text against it, link text
// (menus, related headlines) twice as much as plain text (bylines, captions).
const (
	badWeight  = 0.5
	linkWeight = 1.0
)

// minProse is the least prose (characters without white space) a block
// needs for the guard of the main content to weigh it.
const minProse = 200

// choose scores every element as the article container and returns the
// best. It first trusts every furniture cue; when that leaves too little of
// the page's prose, cues on elements holding much prose are taken as misreads
// ("grid--adrail" around the body) and the choice is made again.
func (p *page) choose() int32 {
	if len(p.elems) == 0 {
		return -1
	}
	for i := len(p.elems) - 1; i > 0; i-- {
		e := &p.elems[i]
		if e.n.DataAtom == atom.A && leadsAway(e.n) {
			e.links++
		}
		if e.parent >= 0 {
			par := &p.elems[e.parent]
			par.sub += e.sub
			par.subLink += e.subLink
			par.links += e.links
		}
	}
	p.markTeasers()
	p.sums()
	total := p.elems[0].good
	p.unmarkIndexTeasers(total)
	for i := range p.elems {
		p.elems[i].raw = p.elems[i].good
	}
	best := p.chooseWith(func(e *elem) bool { return true })
	if best >= 0 && p.elems[best].good*10 >= total*3 {
		return p.keepBig(p.widen(best))
	}
	for i := range p.elems {
		p.elems[i].inFurn = false
	}
	p.sums()
	total -= p.tagFurnitureProse()
	trust := func(e *elem) bool {
		return e.good*2 < total || e.good < minProse || e.furn == p.c.teaserFurn && total-e.good >= minProse
	}
	for i := range p.elems {
		if e := &p.elems[i]; e.furn != nil && !e.furn.content && !e.furn.forced && !trust(e) {
			p.overrule(int32(i))
		}
	}
	return p.widen(p.chooseWith(trust))
}

// tagFurnitureProse returns the prose inside elements whose tag is furniture
// (header, footer, nav, aside): it is never the article's, so it does not
// count in the page's prose that a class cue's element is measured against.
func (p *page) tagFurnitureProse() int32 {
	var n int32
	in := make([]bool, len(p.elems))
	for i := range p.elems {
		e := &p.elems[i]
		if e.parent >= 0 && in[e.parent] {
			in[i] = true
			continue
		}
		if e.furn != nil && !e.furn.content && p.c.tags[e.n.Data] == e.furn {
			in[i] = true
			n += e.raw
		}
	}
	return n
}

// indexPage reports a page that reads as a list of stories: its links hold
// far more text than the chosen body's prose, as the furniture pack's
// indexpage thresholds say.
func (p *page) indexPage(best int32) bool {
	if len(p.elems) == 0 {
		return false
	}
	root := &p.elems[0]
	prose := int32(0)
	if best >= 0 {
		prose = p.elems[best].raw
	}
	x := &p.c.index
	return int(root.links) >= x.MinLinks && int(root.subLink) > x.LinkRatio*int(prose) && int(prose)*x.BodyDivisor < int(root.raw)
}

// keepBig unconfirms furniture inside the container that holds at least half
// of the container's prose: a misread cue ("more" around the rest of the
// story) must not cut the article in two.
func (p *page) keepBig(best int32) int32 {
	if best < 0 {
		return best
	}
	all := p.elems[best].raw
	for i := best + 1; i < int32(len(p.elems)) && p.holds(best, p.elems[i].parent); i++ {
		if e := &p.elems[i]; e.confirm && !e.furn.forced && e.raw*2 >= all && e.raw >= 200 {
			e.confirm = false
			p.overrule(i)
		}
	}
	return best
}

// widen moves the choice up to an ancestor the page marks as the article
// body (itemprop=articleBody, "entry-content") when it holds more prose.
func (p *page) widen(best int32) int32 {
	if best < 0 {
		return best
	}
	for j := p.elems[best].parent; j >= 0; j = p.elems[j].parent {
		e := &p.elems[j]
		if e.inFurn {
			break
		}
		if e.content == 2 && e.good*10 >= p.elems[best].good*13 {
			return j
		}
	}
	return best
}

// chooseWith confirms the furniture elements trust accepts and returns the
// best-scoring container outside them.
func (p *page) chooseWith(trust func(*elem) bool) int32 {
	for i := range p.elems {
		e := &p.elems[i]
		e.confirm = e.furn != nil && !e.furn.content && (e.furn.forced || trust(e))
		e.inFurn = false
		if e.parent >= 0 && e.content < 2 {
			e.inFurn = p.elems[e.parent].inFurn
		}
		if e.confirm {
			e.inFurn = true
		}
	}
	p.sums()
	best, bestScore := int32(-1), 0.0
	for i := range p.elems {
		e := &p.elems[i]
		if e.inFurn || e.good == 0 {
			continue
		}
		s := float64(e.good) - badWeight*float64(e.bad) - linkWeight*float64(e.badLink)
		switch e.content {
		case 2:
			s *= 1.5
		case 1:
			s *= 1.1
		}
		if s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	return best
}

// headingAnchor reports whether id is the slug of the heading that opens n,
// as documentation and blog generators give each section: the id's words are
// the heading's words.
func headingAnchor(n *html.Node, id string) bool {
	h := n.FirstChild
	for h != nil && h.Type != html.ElementNode {
		h = h.NextSibling
	}
	if h == nil {
		return false
	}
	switch h.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	var idWords []string
	classWords(id, func(w string) bool { idWords = append(idWords, w); return true })
	if len(idWords) < 2 {
		return false
	}
	var text strings.Builder
	headingText(h, &text)
	i := 0
	ok := true
	classWords(text.String(), func(w string) bool {
		if i >= len(idWords) || idWords[i] != w {
			ok = false
			return false
		}
		i++
		return true
	})
	return ok && i == len(idWords)
}

// headingText appends the text under n to b.
func headingText(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			headingText(c, b)
		}
	}
}
