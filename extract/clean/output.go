package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimex/claimex/document"
)

// Origins of removed chunks that no element's rule explains. Consecutive
// chunks from the same origin with the same reason merge into one block,
// except single lines, which stay apart.
const (
	originPage  int32 = -1 // outside the article container
	originKept  int32 = -2 // nothing removed yet, or the last chunk was kept
	originLine  int32 = -3 // a line, header or pattern rule
	originLinks int32 = -4 // a block of links
)

// state is what an element passes to its descendants in the output walk.
type state struct {
	inside bool       // inside the article container
	furn   *furniture // the confirmed furniture around, or nil
	origin int32      // the element that furniture rule matched
	li     bool       // inside a list item
	list   int32      // 1 + the index of the innermost list (ul, ol); 0 outside lists
	link   bool       // inside a link
	blk    *html.Node // the innermost block element
	blkAt  int32      // the index of blk
	inP    bool       // inside a paragraph
	em     bool       // inside emphasis (em, i, small)
}

// A caption is a short emphasized line right under an image.
const (
	captionWords  = 30
	reasonCaption = "caption"
)

// writer gathers the chunks of text between block boundaries.
type writer struct {
	buf     []byte // the chunk's text so far, reused from chunk to chunk
	link    int
	text    int
	st      state
	paras   []string
	removed []document.Removed
	pieces  []string // texts of the last removed entry, joined by seal
	lastOr  int32
	c       *Cleaner
	p       *page
	best    int32
	run     *furniture // a header ("More from X") opened a run of furniture
	runEnd  *html.Node // the section the header titles: the run lasts to its end
	img     bool       // an image came after the last text
	capt    bool       // the chunk so far is emphasized text right after an image
	prose   bool       // a paragraph of some length was kept
	heads   []int      // paras from h1 elements before the first such paragraph
	open    []openElem // the elements the walk is inside, innermost last
	parts   []string   // the chunk's paragraphs, reused from chunk to chunk
	next    int32      // the index of the next element the walk may meet
	// nextText is the index in page.texts of the next text the walk may meet.
	nextText int32
}

// output walks the page in order, keeps the container's prose and lists
// everything else in d.Removed.
func (p *page) output(d *document.Document, best int32) {
	w := &writer{c: p.c, p: p, best: best, lastOr: originKept}
	root := p.body
	if root == nil && len(p.elems) > 0 {
		root = p.elems[0].n
	}
	if root == nil {
		d.Text = ""
		return
	}
	// The container may be the root itself or above it (html).
	ri, ti := int32(0), p.firstText
	if root == p.body {
		ri, ti = p.bodyAt, p.bodyText
	}
	inside := best >= 0 && p.holds(best, ri)
	w.next, w.nextText = ri, ti
	top := state{origin: originPage, inside: inside}
	for n := root; n != nil; {
		st := top
		if len(w.open) > 0 {
			st = w.open[len(w.open)-1].st
		}
		if w.enter(n, st) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		n = w.leave(n, root)
	}
	w.flush()
	w.seal()
	if paras := ldParagraphs(p.ldBody); len(paras) > 0 && 10*textLen(w.paras) < 3*textLen(paras) {
		// The page renders its article by script: the markup holds little of
		// what its JSON-LD articleBody says.
		for _, s := range w.paras {
			w.removed = append(w.removed, document.Removed{Text: s, Reason: ReasonOutside})
		}
		w.paras = paras
		p.usedLD = true
	}
	w.dropHeadline(d.Meta.Title)
	w.paras, w.removed = p.c.trimTrailer(w.paras, w.removed)
	d.Text = p.assemble(d, w.paras)
	d.Removed = append(d.Removed, w.removed...)
}

// dropHeadline removes the page's headline (h1) above the body when it
// differs from the title the text opens with: a second headline is not the
// article's text. One equal to the title is left for assemble to fold.
func (w *writer) dropHeadline(title string) {
	if !w.prose || len(w.heads) == 0 || title == "" {
		return
	}
	ft := alnum(title)
	drop := map[int]bool{}
	for _, i := range w.heads {
		if alnum(w.paras[i]) != ft {
			drop[i] = true
			w.removed = append(w.removed, document.Removed{Text: w.paras[i], Reason: ReasonHeadline})
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := w.paras[:0]
	for i, s := range w.paras {
		if !drop[i] {
			kept = append(kept, s)
		}
	}
	w.paras = kept
}

// add appends the text s, of l bytes that are not space, to the chunk.
func (w *writer) add(s string, l int32, st state) {
	if strings.TrimSpace(s) != "" {
		if w.text == 0 {
			w.capt = w.img && st.em
		} else if !st.em {
			w.capt = false
		}
		w.img = false
	}
	w.st = st
	w.buf = append(w.buf, s...)
	w.text += int(l)
	if st.link {
		w.link += int(l)
	}
}

// flush ends the current chunk: kept as a paragraph or listed as removed.
func (w *writer) flush() {
	blank := len(bytes.TrimSpace(w.buf)) == 0
	// raw aliases the buffer, which is not written before the next chunk:
	// only the collapsed copies of its parts outlive this call.
	raw := unsafe.String(unsafe.SliceData(w.buf), len(w.buf))
	w.buf = w.buf[:0]
	link, total := w.link, w.text
	w.link, w.text = 0, 0
	capt := w.capt
	w.capt = false
	st := w.st
	if blank {
		return
	}
	// Blank lines made of <br><br> separate paragraphs.
	w.parts = splitBreaks(w.parts[:0], raw)
	parts := w.parts
	for _, part := range parts {
		t := collapseCopy(part)
		if t == "" {
			continue
		}
		reason, origin := w.judge(t, st, link, total, len(parts))
		if reason == "" && capt && len(parts) == 1 && words(t) <= captionWords && !startsQuote(t) {
			// Emphasized lines right under an image are its caption
			// (unless they quote someone: a pull quote is the article's).
			reason, origin = reasonCaption, originLine
		}
		if reason == "" && st.blk != nil && st.blk.DataAtom == atom.H1 && !w.prose {
			w.heads = append(w.heads, len(w.paras))
		}
		if reason == "" {
			if !w.prose && words(t) >= 15 {
				w.prose = true
			}
			w.paras = append(w.paras, t)
			w.lastOr = originKept
			continue
		}
		w.remove(t, reason, origin)
	}
}

// judge decides why a chunk goes, or "" to keep it.
func (w *writer) judge(t string, st state, link, total, parts int) (string, int32) {
	if st.furn != nil {
		return st.furn.reason, st.origin
	}
	if !st.inside {
		return ReasonOutside, originPage
	}
	l := newRuleLine(t)
	if f := w.c.headerRuleOf(l); f != nil && f.reason != "" {
		if w.runEnd == nil {
			w.run = f
			if st.blk != nil && st.blk.Parent != nil && opensSection(st.blk) && w.minor(st.blkAt) {
				w.runEnd = st.blk.Parent
			}
		}
		return f.reason, originLine
	}
	if w.runEnd != nil {
		return w.run.reason, originLine
	}
	if w.run != nil && st.blk != nil && headingTags.has(st.blk.DataAtom) {
		w.run = nil // a heading that is no header opens a section of its own
	}
	if w.run != nil {
		// The run lasts until real prose comes back; the items of a
		// list are the run's however long they are.
		if n := words(t); n < w.c.prose.RunEndWords || st.li || !w.c.isProse(t, n) {
			return w.run.reason, originLine
		}
		w.run = nil
	}
	if f := w.c.lineRuleOf(l); f != nil && !f.content && f.reason != "" {
		return f.reason, originLine
	}
	if ll := w.c.linkList; total > 0 && parts == 1 && link*100 > total*ll.Share && (st.li || total < ll.MaxChars) && !w.c.isProse(t, words(t)) && !w.textList(st) {
		return ReasonLinkList, originLinks
	}
	return "", 0
}

// textList reports whether a chunk lies in a list item of a list that is
// mostly text outside links: a list of the article's, whose items link
// their subjects, not a list of links.
func (w *writer) textList(st state) bool {
	if !st.li || st.list == 0 {
		return false
	}
	e := &w.p.elems[st.list-1]
	return e.subLink*100 <= e.sub*int32(w.c.linkList.Share)
}

func (w *writer) remove(t, reason string, origin int32) {
	if n := len(w.removed); n > 0 && origin != originLine && w.lastOr == origin && w.removed[n-1].Reason == reason {
		// Joined once in seal: appending to the string each time copies
		// it each time, quadratic in a table of thousands of cells.
		w.pieces = append(w.pieces, t)
		return
	}
	w.seal()
	w.removed = append(w.removed, document.Removed{Text: t, Reason: reason})
	w.pieces = append(w.pieces[:0], t)
	w.lastOr = origin
}

// seal sets the text of the last removed entry from its pieces.
func (w *writer) seal() {
	if n := len(w.removed); n > 0 && len(w.pieces) > 1 {
		w.removed[n-1].Text = strings.Join(w.pieces, "\n")
	}
	w.pieces = w.pieces[:0]
}

// splitBreaks appends to parts the pieces of s between blank lines made by
// two or more <br>.
func splitBreaks(parts []string, s string) []string {
	if strings.IndexByte(s, '\n') < 0 {
		return append(parts, s)
	}
	start, nl := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			nl++
		case ' ', '\t', '\r':
		default:
			if nl >= 2 {
				parts = append(parts, s[start:i])
				start = i
			}
			nl = 0
		}
	}
	return append(parts, s[start:])
}

// assemble puts the title first and joins the paragraphs.
func (p *page) assemble(d *document.Document, paras []string) string {
	title := d.Meta.Title
	out := make([]string, 0, len(paras)+1)
	if title != "" {
		out = append(out, title)
	}
	ft := alnum(title)
	for i, s := range paras {
		// The page's own headline repeats the title, maybe with other quotes.
		if i < 5 && ft != "" && alnum(s) == ft {
			continue
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n\n")
}

// holds reports whether element i is best or one of its ancestors.
func (p *page) holds(i, best int32) bool {
	for j := best; j >= 0; j = p.elems[j].parent {
		if j == i {
			return true
		}
	}
	return false
}

// minor reports whether the section around the block at index blk holds
// less than half the article's prose, so a header that opens it may drop
// it whole.
func (w *writer) minor(blk int32) bool {
	p := w.p
	sec := p.elems[blk].parent // the nearest indexed ancestor: the section if it is indexed
	return sec >= 0 && p.elems[sec].n == p.elems[blk].n.Parent && w.best >= 0 && p.elems[sec].good*2 < p.elems[w.best].good
}

// opensSection reports whether no text comes before n in its parent: a
// header there titles the whole parent.
func opensSection(n *html.Node) bool {
	par := n.Parent
	if par == nil || par.DataAtom == atom.Body || par.DataAtom == atom.Html {
		return false
	}
	stack := []*html.Node{}
	for ch := par.LastChild; ch != nil; ch = ch.PrevSibling {
		stack = append(stack, ch)
	}
	for steps := 0; len(stack) > 0 && steps < 2000; steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == n {
			return true
		}
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			return false
		}
		if x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style) {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return false
}

// linkCard reports an element made of links and little else, as the
// furniture pack's linkcard thresholds say, none of its children being such
// a card itself.
func (p *page) linkCard(i int32) bool {
	if !p.isCard(i) {
		return false
	}
	// The indexed children of i, each past the one before and its subtree.
	for j := i + 1; j < p.elems[i].end; j = p.elems[j].end {
		if p.isCard(j) {
			return false
		}
	}
	return true
}

// isCard reports an element that meets the linkcard thresholds.
func (p *page) isCard(i int32) bool {
	e, lc := &p.elems[i], p.c.linkCard
	return int(e.links) >= lc.MinLinks && int(e.sub) >= lc.MinChars && int(e.subLink)*100 >= int(e.sub)*lc.Share
}

// alnum lower-cases s and keeps only its letters and digits.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ldParagraphs splits a JSON-LD articleBody of some length into paragraphs.
func ldParagraphs(body string) []string {
	if len(body) < 500 {
		return nil
	}
	var out []string
	for _, s := range strings.Split(strings.ReplaceAll(body, "\r", ""), "\n") {
		if t := collapse(s); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func textLen(paras []string) int {
	n := 0
	for _, s := range paras {
		n += len(s)
	}
	return n
}

// startsQuote reports whether s opens with a quotation mark.
func startsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"'“‘«„”’»", r)
}
