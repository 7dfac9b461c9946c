package clean

import "strings"

// This file reads start and end tags as the HTML tokenizer
// (golang.org/x/net/html) does, so that what [pruneMarkup] cuts from a page
// are exactly attributes and bodies the parser would have built. Where the
// input ends inside a tag, the scan gives up and the rest of the page is
// left to the parser.

// attrSpan is one attribute of a start tag: its key, lower-cased as the
// tokenizer does, and the bytes it spans in the page, value included.
type attrSpan struct {
	key        string
	start, end int
}

// isSpace reports the bytes the tokenizer skips between attributes.
func isSpace(c byte) bool { return spaceBytes[c] }

var spaceBytes = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true}

// isASCIILetter reports an ASCII letter, the byte that opens a tag after '<'.
func isASCIILetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

// tagName returns the end of the tag name starting at raw[i].
func tagName(raw string, i int) int {
	for i < len(raw) && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	return i
}

// skipSpace returns the first index at or after i that is not a space.
func skipSpace(raw string, i int) int {
	for i < len(raw) && isSpace(raw[i]) {
		i++
	}
	return i
}

// readAttrs reads the attributes of a tag from raw[i], just past its name,
// calling each for every attribute with a key, and returns the index just
// past the tag's '>', or -1 when the input ends first.
func readAttrs(raw string, i int, each func(attrSpan)) int {
	for i = skipSpace(raw, i); i < len(raw); i = skipSpace(raw, i) {
		if raw[i] == '>' {
			return i + 1
		}
		a, next := readAttr(raw, i)
		if next < 0 {
			return -1
		}
		if a.end > a.start && each != nil {
			each(a)
		}
		i = next
	}
	return -1
}

// readAttr reads one attribute from raw[i] as the tokenizer's
// readTagAttrKey and readTagAttrVal do. It returns the attribute (a zero
// span when its key is empty) and where reading goes on, or -1 at the end of
// the input.
func readAttr(raw string, i int) (attrSpan, int) {
	keyEnd := attrKeyEnd(raw, i)
	if keyEnd < 0 {
		return attrSpan{}, -1
	}
	end, next := readValue(raw, keyEnd)
	if next < 0 {
		return attrSpan{}, -1
	}
	if keyEnd == i {
		return attrSpan{}, next
	}
	a := attrSpan{key: lowerASCII(raw[i:keyEnd]), start: i, end: keyEnd}
	if end > 0 {
		a.end = end
	}
	return a, next
}

// attrKeyEnd returns the end of the attribute name that starts at raw[i]:
// the first space, '/', '>' or '=' after its first byte (an '=' there is part
// of the name); -1 at the end of the input.
func attrKeyEnd(raw string, i int) int {
	for j := i; j < len(raw); j++ {
		switch c := raw[j]; {
		case c == '=' && j == i:
		case isSpace(c) || c == '/' || c == '>' || c == '=':
			return j
		}
	}
	return -1
}

// readValue reads an attribute's "= value" from raw[j], if there is one. It
// returns the end of the value (0 when there is none) and where reading goes
// on, or -1 at the end of the input.
func readValue(raw string, j int) (end, next int) {
	j = skipSpace(raw, j)
	if j >= len(raw) {
		return 0, -1
	}
	switch raw[j] {
	case '/':
		return 0, j + 1
	case '=':
	default:
		return 0, j
	}
	j = skipSpace(raw, j+1)
	if j >= len(raw) {
		return 0, -1
	}
	switch q := raw[j]; q {
	case '>':
		return j, j
	case '"', '\'':
		k := strings.IndexByte(raw[j+1:], q)
		if k < 0 {
			return 0, -1
		}
		end = j + 1 + k + 1
		return end, end
	}
	for k := j; k < len(raw); k++ {
		if isSpace(raw[k]) || raw[k] == '>' {
			return k, k
		}
	}
	return 0, -1
}

// lowerASCII lower-cases the ASCII letters of s, as the tokenizer does,
// returning s itself when it has none.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
