package values

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/extract/internal/fold"
)

// Token kinds.
const (
	kWord  = 'a' // a run of letters
	kDigit = 'd' // a run of ASCII digits
	kPunct = 'p' // any other single character
)

// tok is one token of the text the recognizers scan. Values are built from
// whole tokens, so their spans never cut a word.
type tok struct {
	s, e  int32   // byte span in the text
	raw   string  // the text as written
	low   *string // lower-cased: raw itself, or a form shared by the tokens of one spelling
	kind  byte
	space bool // whitespace (or the start of the text) comes before it
	nl    bool // a blank line comes before it
	// b numbers the lexicon's bucket of phrases that start with this token,
	// set by the scan; 0 when none (see lexicon.bucket). An index, not a
	// pointer, keeps the token at 40 bytes: there is one for every few
	// bytes of text.
	b int32
}

// tokenize splits text into letter runs, digit runs and single other
// characters. It is one linear pass.
func tokenize(text string) []tok {
	return appendRuns(make([]tok, 0, tokenBound(text)), text, 0, len(text), true, false, fold.New())
}

// appendRuns appends to ts the tokens of text[from:to] as tokenize finds
// them, the first one after white space when space is set and after a blank
// line when nl is, sharing lower-cased forms through forms.
func appendRuns(ts []tok, text string, from, to int, space, nl bool, forms fold.Forms) []tok {
	newlines := 0
	for i := from; i < to; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			newlines++
			space = true
			if newlines >= 2 {
				nl = true
			}
			i += n
			continue
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		}
		newlines = 0
		start := i
		var kind byte
		switch {
		case r >= '0' && r <= '9':
			kind = kDigit
			for i < to && text[i] >= '0' && text[i] <= '9' {
				i++
			}
		case isASCIILetter(text[i]) || (r >= utf8.RuneSelf && unicode.IsLetter(r) && !isHan(r)):
			kind = kWord
			i += n
			for i < to {
				if c := text[i]; c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					i++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if !(unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2)) || isHan(r2) {
					break
				}
				i += n2
			}
		default:
			kind = kPunct
			i += n
		}
		raw := text[start:i]
		ts = append(ts, tok{s: int32(start), e: int32(i), raw: raw, kind: kind, space: space, nl: nl})
		t := &ts[len(ts)-1]
		t.low = &t.raw
		if kind == kWord {
			t.low = forms.Lower(raw, &t.raw)
		}
		space, nl = false, false
	}
	return ts
}

// lower returns the token's text in lower case.
func (t *tok) lower() string { return *t.low }

// ASCII byte classes for tokenBound.
const (
	bSpace  = iota // white space
	bDigit         // a digit
	bLetter        // a letter
	bOther         // any other character, a token of its own
	bMulti         // the last character was not ASCII
)

// asciiClasses classifies the ASCII bytes for tokenBound.
var asciiClasses = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			t[c] = bSpace
		case c >= '0' && c <= '9':
			t[c] = bDigit
		case isASCIILetter(byte(c)):
			t[c] = bLetter
		default:
			t[c] = bOther
		}
	}
	return t
}()

// startsToken[p][c] is 1 when an ASCII byte of class c after a byte of
// class p may begin a token.
var startsToken = func() (t [bMulti + 1][bMulti + 1]byte) {
	for p := range t {
		t[p][bOther] = 1
		for _, c := range []int{bDigit, bLetter} {
			if p != c {
				t[p][c] = 1
			}
		}
	}
	return t
}()

// tokenBound returns at least the number of tokens tokenize finds in text,
// exactly that many for ASCII text, so that the token list is allocated
// once at its size. A token may begin only at a character that is not
// ASCII, at an ASCII character that is neither space, letter nor digit, or
// at a letter or digit after a byte of another class.
func tokenBound(text string) int {
	n, prev := 0, byte(bSpace)
	for i := 0; i < len(text); {
		if text[i] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(text[i:])
			n, prev = n+1, bMulti
			i += size
			continue
		}
		c := asciiClasses[text[i]]
		n += int(startsToken[prev][c])
		prev = c
		i++
	}
	return n
}

// isASCIILetter reports whether c is an ASCII letter, the only ASCII
// characters unicode.IsLetter accepts.
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// isHan reports CJK ideographs, which are tokens of their own ("100元").
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// lower lower-cases s, without allocating when it is lower-case already.
func lower(s string) string {
	if fold.IsLowerASCII(s) {
		return s
	}
	return strings.ToLower(s)
}

// normQuote maps typographic apostrophes to the ASCII one.
func normQuote(s string) string {
	if s == "’" || s == "‘" || s == "`" {
		return "'"
	}
	return s
}

// isUpperWord reports whether a word token is written in capitals ("USD").
func isUpperWord(t tok) bool {
	return t.kind == kWord && t.raw == strings.ToUpper(t.raw) && t.raw != t.lower()
}

// isCapitalized reports whether a word token starts with a capital letter.
func isCapitalized(t tok) bool {
	if t.kind != kWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.raw)
	return unicode.IsUpper(r)
}
