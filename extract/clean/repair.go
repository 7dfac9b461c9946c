package clean

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Repair of broken markup. The parser reads the content of <title> and
// <textarea> as text up to their end tag; when a page never closes one,
// the rest of the page becomes that element's text. Such an element is
// closed where its first tag starts and the page parsed again.

// textOnly are the elements whose content the parser reads as text.
var textOnly = map[atom.Atom]string{atom.Title: "title", atom.Textarea: "textarea"}

// swallowed finds a text-only element in the tree whose text holds markup
// and returns its name and the byte where its content starts in raw; ok is
// false when there is none.
func swallowed(root *html.Node, raw string) (name string, at int, ok bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			if tag, is := textOnly[n.DataAtom]; is {
				if n.FirstChild != nil && hasTag(n.FirstChild.Data) {
					if i := contentStart(raw, tag, n.FirstChild.Data); i >= 0 {
						return tag, i, true
					}
				}
				continue
			}
		}
		for ch := n.LastChild; ch != nil; ch = ch.PrevSibling {
			stack = append(stack, ch)
		}
	}
	return "", 0, false
}

// contentStart finds where the content of the open tag <tag ...> that holds
// text starts in raw: after the '>' of the first <tag whose content begins
// like text.
func contentStart(raw, tag, text string) int {
	head := text[:min(len(text), 32)]
	for from := 0; ; {
		// Folded in place: lower-casing the page first can change its
		// length ("İ", "K"), and so every index into it.
		i := indexFold(raw[from:], "<"+tag)
		if i < 0 {
			return -1
		}
		i += from
		j := strings.IndexByte(raw[i:], '>')
		if j < 0 {
			return -1
		}
		start := i + j + 1
		if strings.HasPrefix(raw[start:], head) {
			return start
		}
		from = start
	}
}

// hasTag reports whether s holds a '<' followed by a tag name or '/' and one.
func hasTag(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' && i+2 < len(s) {
			c = s[i+2]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// closeAt closes element tag in raw at the first tag after content start at.
func closeAt(raw, tag string, at int) string {
	rest := raw[at:]
	cut := len(rest)
	for i := 0; i < len(rest); i++ {
		if rest[i] == '<' && hasTag(rest[i:min(len(rest), i+3)]) {
			cut = i
			break
		}
	}
	return raw[:at] + rest[:cut] + "</" + tag + ">" + rest[cut:]
}
