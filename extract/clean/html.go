package clean

import (
	"strings"

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
