package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language guessing: each listed function word votes for its languages;
// the text's language is the one whose words make up a clear share of the
// text and clearly outnumber the runner-up's.
const (
	langMinWords = 25 // fewer words: unsure
	langMinHits  = 6  // fewer function words of the best language: unsure
	langMinShare = 8  // percent of the words that must be the best language's
)

// langWords maps a lower-case function word to the languages it belongs to.
type langWords struct {
	codes []string
	words map[string][]uint8 // word -> indexes into codes
}

func (lw *langWords) add(code string, ws []string) {
	if lw.words == nil {
		lw.words = map[string][]uint8{}
	}
	idx := -1
	for i, c := range lw.codes {
		if c == code {
			idx = i
		}
	}
	if idx < 0 {
		if len(lw.codes) >= 255 {
			return
		}
		idx = len(lw.codes)
		lw.codes = append(lw.codes, code)
	}
	for _, w := range ws {
		w = strings.ToLower(w)
		seen := false
		for _, i := range lw.words[w] {
			seen = seen || int(i) == idx
		}
		if !seen {
			lw.words[w] = append(lw.words[w], uint8(idx))
		}
	}
}

// guess returns the language code of text, or "" when the text is short or
// no language stands out.
func (lw *langWords) guess(text string) string {
	if len(lw.codes) == 0 {
		return ""
	}
	var counts [256]int
	total := 0
	var buf []byte
	start := -1
	for i := 0; i <= len(text); {
		r, size := rune(0), 1
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if i < len(text) && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			buf = appendLower(buf[:0], text[start:i])
			total++
			for _, k := range lw.words[string(buf)] {
				counts[k]++
			}
			start = -1
		}
		i += size
	}
	if total < langMinWords {
		return ""
	}
	best, second := -1, 0
	for i := range lw.codes {
		switch {
		case best < 0 || counts[i] > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = i
		case counts[i] > second:
			second = counts[i]
		}
	}
	n := counts[best]
	if n < langMinHits || n*100 < total*langMinShare || n < 2*second {
		return ""
	}
	return lw.codes[best]
}

// appendLower appends the lower-case form of s to b.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = append(b, string(unicode.ToLower(r))...)
	}
	return b
}
