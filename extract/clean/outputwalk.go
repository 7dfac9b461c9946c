package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// openElem is an element the output walk is inside: the state it passes
// to its children, and whether its end is a chunk boundary.
type openElem struct {
	n     *html.Node
	st    state
	flush bool
}

// enter reads node n, whose parent passes it st, and reports whether the
// walk goes into its children: n is then the innermost open element.
func (w *writer) enter(n *html.Node, st state) bool {
	p := w.p
	switch n.Type {
	case html.TextNode:
		// Text comes in the order index1 measured it.
		w.add(n.Data, p.texts[w.nextText], st)
		w.nextText++
		return false
	case html.ElementNode:
	default:
		return false
	}
	// Elements come in the order index1 met them, which indexed every
	// element outside hidden ones: one that is not next is hidden.
	i := w.next
	if int(i) >= len(p.elems) || p.elems[i].n != n {
		return false
	}
	// Past n and its texts, unless the walk goes into it.
	text := w.nextText
	w.next, w.nextText = p.elems[i].end, p.elems[i].textEnd
	if n.DataAtom == atom.Br {
		w.buf = append(w.buf, '\n')
		return false
	}
	if n.DataAtom == atom.Img {
		w.img = true
		return false
	}
	boundary := w.narrow(n, i, &st)
	if boundary {
		w.flush()
	}
	if st.inP && st.inside && st.furn == nil && !blockTags.has(n.DataAtom) && p.linkCard(i) {
		// A card of links inside a paragraph (a hover card of the
		// person's latest stories): drop it, keep the sentence.
		w.remove(collapse(textOf(n)), ReasonLinkList, i)
		return false
	}
	if blockTags.has(n.DataAtom) {
		st.blk, st.blkAt = n, i
	}
	if n.DataAtom == atom.P {
		st.inP = true
	}
	w.openSectionRun(n, i, st.inside)
	w.open = append(w.open, openElem{n: n, st: st, flush: boundary})
	w.next, w.nextText = i+1, text
	return true
}

// narrow sets in st what element n, indexed i, makes true of its contents:
// the article, furniture, a list, a link or emphasis. It reports whether
// n's start and end are chunk boundaries.
func (w *writer) narrow(n *html.Node, i int32, st *state) bool {
	p, best := w.p, w.best
	boundary := blockTags.has(n.DataAtom)
	e := &p.elems[i]
	if i == best {
		st.inside = true
		st.furn, st.origin = nil, originPage
		boundary = true
	}
	if e.content == 2 {
		st.furn, st.origin = nil, originPage
	}
	if e.confirm && st.furn == nil && !(st.inside == false && p.holds(i, best)) {
		st.furn, st.origin = e.furn, i
		boundary = true
	}
	switch n.DataAtom {
	case atom.Li:
		st.li = true
	case atom.Ul, atom.Ol:
		st.list = i + 1
	case atom.A:
		st.link = st.link || leadsAway(n)
	case atom.Em, atom.I, atom.Small:
		st.em = true
	}
	return boundary
}

// openSectionRun starts a furniture run to the end of its section at a
// related or comments heading n, indexed i, that opens the section: such a
// heading titles all of it. inside tells n is in the article.
func (w *writer) openSectionRun(n *html.Node, i int32, inside bool) {
	p := w.p
	if inside && headingTags.has(n.DataAtom) && p.elems[i].confirm && w.runEnd == nil {
		if r := p.elems[i].furn.reason; (r == "related-list" || r == "comments") && opensSection(n) {
			w.run, w.runEnd = p.elems[i].furn, n.Parent
		}
	}
}

// leave moves the walk past n: to its next sibling, or up to the next
// sibling of an ancestor, closing each open element it ends. It returns nil
// past root.
func (w *writer) leave(n, root *html.Node) *html.Node {
	for {
		if k := len(w.open) - 1; k >= 0 && w.open[k].n == n {
			e := w.open[k]
			w.open = w.open[:k]
			if e.flush {
				w.flush()
			}
			if w.runEnd == n {
				w.run, w.runEnd = nil, nil
			}
		}
		if n == root {
			return nil
		}
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
}
