package clean

import (
	"strings"

	"github.com/claimex/claimex/document"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// overrule notes the element whose furniture rule lost to the main prose,
// once per rule.
func (p *page) overrule(i int32) {
	for _, o := range p.overruled {
		if p.elems[o].furn == p.elems[i].furn {
			return
		}
	}
	p.overruled = append(p.overruled, i)
}

// recordOverruled lists each overruled block in d.Removed with its rule's
// reason, marked kept; its text is the block's first line of text, which
// says which block it was without repeating the article.
func (p *page) recordOverruled(d *document.Document) {
	for _, i := range p.overruled {
		d.Removed = append(d.Removed, document.Removed{Text: firstText(p.elems[i].n), Reason: p.elems[i].furn.reason, Kept: true})
	}
}

// firstText returns the first text node under n that holds more than space,
// its spaces folded.
func firstText(n *html.Node) string {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			if f := strings.Fields(x.Data); len(f) > 0 {
				return strings.Join(f, " ")
			}
			continue
		}
		if x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style || x.DataAtom == atom.Noscript) {
			continue
		}
		for ch := x.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return ""
}
