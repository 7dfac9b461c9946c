package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelling is one spelling of the document's tokens with the facts the
// finder reads of it, worked out once for all the tokens written so.
type spelling struct {
	text string
	low  string // lower-cased
	// lx answers its questions, each once: asked marks those answered, yes
	// those answered yes (see question).
	lx         *lexicon
	asked, yes uint64
	// The longest phrases of the lexicon's tables that start with it, in
	// words, or -1 before they are first asked (see bound).
	bounds   [numBounds]int8
	runes    uint8 // its length in runes, at most 255
	cap      bool  // can be part of a name (see capitalized)
	allCaps  bool  // has letters, all upper case
	letters  bool  // has at least one letter
	num      bool  // starts with a digit
	curly    bool  // holds a curly apostrophe, which the lexicon's keys write straight
	spaced   bool  // holds a space, so that a key of it may span words
	compound bool  // a hyphenated word with a capitalized first part (see work.compoundHead)
}

// newSpelling returns the facts of text.
func newSpelling(lx *lexicon, text string) spelling {
	var sp spelling
	sp.init(lx, text, "")
	return sp
}

// init sets the facts of text, in place: a spelling is not copied. One
// pass over the bytes counts the cases, decoding only non-ASCII runes and
// looking up the case only of those that may have one. low is text
// lower-cased, or "" to have init lower-case it.
func (sp *spelling) init(lx *lexicon, text, low string) {
	sp.text, sp.low, sp.lx = text, text, lx
	up, lows, runes := 0, 0, 0
	cased, hyphen := false, false // cased: holds a non-ASCII rune that may have a case
	for i := 0; i < len(text); runes++ {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				up++
			case 'a' <= c && c <= 'z':
				lows++
			case c == ' ':
				sp.spaced = true
			case c == '-':
				hyphen = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if caseless(r) {
			sp.curly = sp.curly || r == '’'
			continue
		}
		cased = true
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			lows++
		}
	}
	if up > 0 || cased {
		if low == "" {
			low = strings.ToLower(text)
		}
		sp.low = low
	}
	sp.runes = uint8(min(runes, 255))
	sp.letters = up+lows > 0
	sp.allCaps = up > 0 && lows == 0
	r, _ := utf8.DecodeRuneInString(text)
	sp.num = unicode.IsDigit(r)
	sp.cap = up > 0 && lx.capitalized(text) // a capital first needs one
	if hyphen {
		if h, rest, _ := strings.Cut(text, "-"); h != "" && rest != "" {
			r, _ := utf8.DecodeRuneInString(h)
			sp.compound = unicode.IsUpper(r)
		}
	}
	for i := range sp.bounds {
		sp.bounds[i] = -1
	}
}

// caseless reports whether r is in the General Punctuation block (dashes,
// quotation marks, the ellipsis), whose runes have no case and no case
// mapping, so that a word of them and of ASCII lower-case letters is its
// own lower-cased form (see TestCaselessRunes).
func caseless(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// key returns the text, or with fold its lower-cased form, as the
// lexicon's keys write it: "O’Neill" is "O'Neill".
func (sp *spelling) key(fold bool) string {
	s := sp.text
	if fold {
		s = sp.low
	}
	if sp.curly {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// appendKey appends key(fold) to buf.
func (sp *spelling) appendKey(buf []byte, fold bool) []byte {
	if sp.curly {
		return append(buf, sp.key(fold)...)
	}
	if fold {
		return append(buf, sp.low...)
	}
	return append(buf, sp.text...)
}
