package clean

import (
	"slices"
	"strings"
)

// dropCode turns [pruneMarkup] on; a variable for tests.
var dropCode = true

// readAttributes are the attributes the cleaner reads, besides those its rule
// packs test, and those the parser reads on elements not exempt from
// pruning: type (a hidden <input> stays where it is in a table) and
// encoding (an <annotation-xml> may hold HTML).
var readAttributes = []string{
	"class", "id", "href", "rel", "lang", "type", "datetime",
	"content", "name", "itemprop", "http-equiv", "property", "style", "encoding",
}

// keptAttributes returns the attributes [pruneMarkup] keeps: those the
// cleaner reads and those its rule packs test. With a CSS selector rule,
// which may test any attribute, it returns nil: every attribute is kept.
func (c *Cleaner) keptAttributes() *nameSet {
	if len(c.selectors) > 0 {
		return nil
	}
	names := slices.Clone(readAttributes)
	for a := range c.attrs {
		names = append(names, a)
	}
	return newNameSet(names...)
}

// formattingTags keep every attribute: the parser compares the attributes
// of formatting elements when it reopens them, and reads font's. The
// formatting element <a> is not among them: a new <a> closes an open one, so
// the parser never holds two to compare.
var formattingTags = newNameSet("b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u")

// rawTextTags hold text up to their end tag, not markup.
var rawTextTags = newNameSet("textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript")

// pruneMarkup returns raw less what the parser would build and the cleaner
// never reads, so the tree is smaller and quicker to build:
//   - the bodies of <script>, <style> and <svg> elements, their tags kept
//     (scripts of type application/ld+json keep their body: metadata reads it);
//   - with keep not nil, the attributes of start tags whose names keep does
//     not hold, except on formatting elements.
//
// Comments and raw-text elements are passed over whole, so markup inside
// them is left alone; from a script body holding "<!--" on, a CDATA section
// or the end of the input inside a tag, the rest of the page is left as it
// is. raw is returned as it is when nothing is cut.
func pruneMarkup(raw string, keep *nameSet) string {
	out, _ := prune(raw, keep)
	return out
}

// prune is [pruneMarkup], also reporting whether the parser may read markup
// as the text of a <title> or <textarea> (see [swallowed]): one was never
// closed or may hold a tag, or the scan did not reach the end of the page.
func prune(raw string, keep *nameSet) (out string, textSuspect bool) {
	if !dropCode {
		return raw, true
	}
	p := pruner{raw: raw, keep: keep}
	for i := 0; i < len(raw); {
		lt := strings.IndexByte(raw[i:], '<')
		if lt < 0 {
			break
		}
		if i = p.markup(i + lt); i < 0 {
			p.textSuspect = true
			break
		}
	}
	return p.output(), p.textSuspect
}

// pruner collects the spans [pruneMarkup] cuts from a page.
type pruner struct {
	raw         string
	keep        *nameSet
	cuts        [][2]int // ascending and disjoint
	textSuspect bool     // a <title> or <textarea> may hold a tag
}

// markup reads the markup that opens with the '<' at raw[i] and returns
// where the scan goes on, or -1 to leave the rest of the page as it is.
func (p *pruner) markup(i int) int {
	raw, rest := p.raw, p.raw[i+1:]
	if rest == "" {
		return -1
	}
	switch c := rest[0]; {
	case isASCIILetter(c):
		return p.startTag(i)
	case c == '/':
		if len(rest) > 1 && isASCIILetter(rest[1]) {
			return readAttrs(raw, tagName(raw, i+2), nil)
		}
		return past(raw, i+2, '>')
	case c == '?':
		return past(raw, i+2, '>')
	case c != '!':
		return i + 1
	case strings.HasPrefix(rest, "!--"):
		return commentEnd(raw, i+4)
	case strings.HasPrefix(rest, "![CDATA["):
		return -1 // where it ends depends on the parser's state
	}
	return past(raw, i+2, '>')
}

// startTag reads the start tag at raw[i], cutting the attributes keep
// refuses, and then passes over or cuts its body where it is raw text.
func (p *pruner) startTag(i int) int {
	raw := p.raw
	nameEnd := tagName(raw, i+1)
	name := lowerASCII(raw[i+1 : nameEnd])
	strip := p.keep != nil && !formattingTags.has(name)
	mark := len(p.cuts)
	end := readAttrs(raw, nameEnd, func(a attrSpan) {
		// A prefixed name ("xlink:href") is read by its local name.
		if strip && !p.keep.has(a.key) && !strings.Contains(a.key, ":") {
			p.cut(a.start, a.end)
		}
	})
	if end < 0 {
		p.cuts = p.cuts[:mark]
		return -1
	}
	switch {
	case name == "script" || name == "style" || name == "svg":
		return p.codeBody(i, name, end)
	case rawTextTags.has(name):
		closing := closeTag(raw, end, name)
		// '&' may be a '<' written as a character reference.
		if (name == "title" || name == "textarea") && closing >= 0 && (hasTag(raw[end:closing]) || strings.IndexByte(raw[end:closing], '&') >= 0) {
			p.textSuspect = true
		}
		return closing
	case name == "plaintext":
		return -1
	}
	return end
}

// codeBody cuts the body of the script, style or svg element whose start
// tag spans raw[start:open], and returns where the scan goes on.
func (p *pruner) codeBody(start int, name string, open int) int {
	raw := p.raw
	closing := closeTag(raw, open, name)
	if closing < 0 {
		return -1
	}
	switch {
	case name == "script" && strings.Contains(raw[open:closing], "<!--"):
		// An escaped script body may hold a "</script>" that does not
		// end it: leave the rest of the page to the parser.
		return -1
	case name == "script" && indexFold(raw[start:open], "ld+json") >= 0:
		return closing
	case name == "svg" && (raw[open-2] == '/' || indexFold(raw[open:closing], "<svg") >= 0):
		// A self-closed <svg/> has no body, and a nested one would end
		// at the inner end tag: leave both to the parser.
		return open
	}
	if closing > open {
		p.cuts = append(p.cuts, [2]int{open, closing})
	}
	return closing
}

// cut records raw[start:end], an attribute, as cut, joining it to the cut
// before when only spaces lie between. Where the cut would leave "/>",
// turning the tag into a self-closing one, the slashes before it go too.
func (p *pruner) cut(start, end int) {
	for {
		n := len(p.cuts)
		switch {
		case n > 0 && onlySpace(p.raw[p.cuts[n-1][1]:start]):
			start = p.cuts[n-1][0]
			p.cuts = p.cuts[:n-1]
		case end < len(p.raw) && p.raw[end] == '>' && p.raw[start-1] == '/':
			start--
		default:
			p.cuts = append(p.cuts, [2]int{start, end})
			return
		}
	}
}

// onlySpace reports whether s is empty or all spaces.
func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			return false
		}
	}
	return true
}

// output returns the page less the cuts, sized once: growing a builder page
// by page copied the kept markup about twice over.
func (p *pruner) output() string {
	if len(p.cuts) == 0 {
		return p.raw
	}
	size := len(p.raw)
	for _, c := range p.cuts {
		size -= c[1] - c[0]
	}
	var b strings.Builder
	b.Grow(size)
	last := 0 // raw[last:] is not yet copied to b
	for _, c := range p.cuts {
		b.WriteString(p.raw[last:c[0]])
		last = c[1]
	}
	b.WriteString(p.raw[last:])
	return b.String()
}

// commentEnd returns the index just past the end of the comment whose body
// starts at raw[i], as the tokenizer ends one: at "-->", "--!>", or a '>'
// after nothing but dashes; -1 when the comment runs to the end.
func commentEnd(raw string, i int) int {
	dashes, beginning := 0, true
	for ; i < len(raw); i++ {
		switch c := raw[i]; {
		case c == '-':
			dashes++
			continue
		case c == '>' && (dashes >= 2 || beginning):
			return i + 1
		case c == '!' && dashes >= 2 && i+1 < len(raw):
			if raw[i+1] == '>' {
				return i + 2
			}
			if raw[i+1] == '-' {
				i++
				dashes, beginning = 1, false
				continue
			}
		}
		dashes, beginning = 0, false
	}
	return -1
}

// past returns the index just past the first c at or after raw[i], or -1.
func past(raw string, i int, c byte) int {
	if j := strings.IndexByte(raw[i:], c); j >= 0 {
		return i + j + 1
	}
	return -1
}

// closeTag returns the index of the end tag of name at or after raw[i], as
// the tokenizer ends raw text: "</" and the name, then a space, '/' or '>'.
func closeTag(raw string, i int, name string) int {
	for {
		j := indexFold(raw[i:], "</"+name)
		if j < 0 {
			return -1
		}
		j += i
		k := j + 2 + len(name)
		if k == len(raw) {
			return -1
		}
		switch raw[k] {
		case ' ', '\t', '\n', '\f', '\r', '/', '>':
			return j
		}
		i = k
	}
}

// indexFold is strings.Index ignoring ASCII case of substr, which is lower
// case.
func indexFold(s, substr string) int {
	first := substr[0]
	for i := 0; i+len(substr) <= len(s); i++ {
		j := strings.IndexByte(s[i:], first)
		if j < 0 {
			return -1
		}
		i += j
		if i+len(substr) <= len(s) && strings.EqualFold(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}
