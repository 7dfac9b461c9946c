package clean

import "strings"

// dropCode turns [dropCodeBodies] on; a variable for tests.
var dropCode = true

// dropCodeBodies returns raw with the bodies of <script>, <style> and
// <svg> elements removed, their tags kept, so that the parser does not build
// text nodes and drawing elements nothing reads (svg is furniture, skipped
// whole by the cleaner). Scripts of type application/ld+json keep their body:
// metadata reads it. Comments are passed over whole, so a tag inside one is
// left alone; from a script body holding "<!--" on, the page is left
// as it is. raw is returned as it is when it holds nothing to drop.
func dropCodeBodies(raw string) string {
	if !dropCode {
		return raw
	}
	cuts := codeBodies(raw)
	if len(cuts) == 0 {
		return raw
	}
	size := len(raw)
	for _, c := range cuts {
		size -= c[1] - c[0]
	}
	// Sized once: growing a builder page by page copied the kept markup
	// about twice over.
	var b strings.Builder
	b.Grow(size)
	last := 0 // raw[last:] is not yet copied to b
	for _, c := range cuts {
		b.WriteString(raw[last:c[0]])
		last = c[1]
	}
	b.WriteString(raw[last:])
	return b.String()
}

// codeBodies returns the spans of raw that [dropCodeBodies] drops, in
// order: the bodies of <script>, <style> and <svg> elements, less JSON-LD.
func codeBodies(raw string) [][2]int {
	var cuts [][2]int
	for i := 0; i < len(raw); {
		lt := strings.IndexByte(raw[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		if strings.HasPrefix(raw[i:], "<!--") {
			end := strings.Index(raw[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		name := codeTag(raw[i+1:])
		if name == "" {
			i++
			continue
		}
		open := tagEnd(raw, i+1+len(name))
		if open < 0 {
			break
		}
		closing := closeTag(raw, open, name)
		if closing < 0 {
			break
		}
		if name == "script" && strings.Contains(raw[open:closing], "<!--") {
			// An escaped script body may hold a "</script>" that does not
			// end it: leave the rest of the page to the parser.
			break
		}
		if name == "script" && strings.Contains(strings.ToLower(raw[i:open]), "ld+json") {
			i = closing
			continue
		}
		if name == "svg" && (raw[open-2] == '/' || indexFold(raw[open:closing], "<svg") >= 0) {
			// A self-closed <svg/> has no body, and a nested one would end
			// at the inner end tag: leave both to the parser.
			i = open
			continue
		}
		if closing > open {
			cuts = append(cuts, [2]int{open, closing})
		}
		i = closing
	}
	return cuts
}

// codeTag returns "script", "style" or "svg" when s, the text after a '<',
// starts with that tag name followed by the end of the name; otherwise "".
func codeTag(s string) string {
	if s == "" || s[0]|0x20 != 's' {
		return ""
	}
	for _, name := range [...]string{"script", "style", "svg"} {
		if len(s) > len(name) && strings.EqualFold(s[:len(name)], name) {
			switch s[len(name)] {
			case ' ', '\t', '\n', '\f', '\r', '/', '>':
				return name
			}
		}
	}
	return ""
}

// tagEnd returns the index just past the '>' that closes the start tag whose
// attributes begin at raw[i], passing over quoted attribute values, or -1.
func tagEnd(raw string, i int) int {
	var quote, prev byte
	for ; i < len(raw); i++ {
		c := raw[i]
		switch {
		case quote != 0:
			if c == quote {
				quote, c = 0, 0
			}
		case (c == '"' || c == '\'') && prev == '=':
			quote = c
		case c == '>':
			return i + 1
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			prev = c
		}
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
