package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/extract/internal/fold"
	"github.com/claimex/claimex/rules"
)

// Segmenter splits text into paragraphs, sentences and tokens.
type Segmenter struct {
	abbrev   map[string]bool // never end a sentence
	final    map[string]bool // may end a sentence
	numbered map[string]bool // do not end a sentence before a number
	openers  map[string]bool // open a sentence after a final abbreviation
}

// New builds a Segmenter from the abbreviation rules in set.
func New(set *rules.Set) *Segmenter {
	s := &Segmenter{abbrev: map[string]bool{}, final: map[string]bool{}, numbered: map[string]bool{}, openers: map[string]bool{}}
	for _, r := range set.Abbreviations() {
		m := s.abbrev
		switch {
		case r.Final:
			m = s.final
		case r.BeforeNumber:
			m = s.numbered
		case r.Openers:
			m = s.openers
		}
		for _, w := range r.Words {
			m[w] = true
		}
	}
	return s
}

// Run sets d.Paragraphs, d.Sentences, d.Tokens, d.Compound, d.Spelling and
// d.Forms from d.Text.
func (s *Segmenter) Run(d *document.Document) {
	d.Paragraphs = Paragraphs(d.Text)
	d.Sentences = d.Sentences[:0]
	for i, p := range d.Paragraphs {
		for _, sp := range s.Sentences(d.Text, p) {
			d.Sentences = append(d.Sentences, document.Sentence{Span: sp, Paragraph: i})
		}
	}
	if n := len(d.Text)/bytesPerToken + 16; cap(d.Tokens) < n {
		d.Tokens = make([]document.Token, 0, n)
	}
	d.Compound = d.Compound[:0]
	d.Tokens = tokens(d.Text, document.Span{Start: 0, End: len(d.Text)}, d.Tokens[:0], &d.Compound)
	for len(d.Compound) < document.SizeFor(len(d.Tokens)) {
		d.Compound = append(d.Compound, 0)
	}
	d.Spelling, d.Forms = fold.Spell(d.Tokens, d.Spelling[:0])
	if len(d.Tokens) > shrinkTokens && cap(d.Tokens)-len(d.Tokens) > len(d.Tokens)/8 {
		// The tokens stay live through every later stage: the spare
		// capacity of the estimate would be held as long.
		d.Tokens = append(make([]document.Token, 0, len(d.Tokens)), d.Tokens...)
	}
}

// shrinkTokens is the token count over which Run copies the tokens into a
// slice of their own size when the estimate left over an eighth unused.
const shrinkTokens = 1 << 16

// bytesPerToken is a little under the bytes of text per token of news
// prose (about five), so that the token slice, sized from the text once,
// seldom grows: growing by doubling allocates twice the final slice.
const bytesPerToken = 4

// Paragraphs returns the spans of the blank-line separated blocks of text,
// trimmed of surrounding white space.
func Paragraphs(text string) []document.Span {
	var out []document.Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text)
		} else {
			end += start
			next = end + 2
		}
		if sp := trim(text, document.Span{Start: start, End: end}); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = next
	}
	return out
}

// trim narrows sp to exclude leading and trailing white space.
func trim(text string, sp document.Span) document.Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

// Sentences splits the paragraph span p of text into sentence spans. A line
// break inside a paragraph also ends a sentence.
func (s *Segmenter) Sentences(text string, p document.Span) []document.Span {
	var out []document.Span
	start := p.Start
	i := p.Start
	emit := func(end int) {
		if sp := trim(text, document.Span{Start: start, End: end}); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end
	}
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			i += n
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			for j < p.End { // more terminators and closing quotes belong to this sentence
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
					j += n2
					continue
				}
				break
			}
			if j >= p.End {
				i = j
				continue
			}
			r2, _ := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
			k := j
			for k < p.End {
				r3, n3 := utf8.DecodeRuneInString(text[k:])
				if r3 != ' ' && r3 != '\t' {
					break
				}
				k += n3
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if k < p.End && next != '\n' && !startsSentence(next) {
				i = j
				continue
			}
			if r == '.' && !s.endsSentence(text, p.Start, i, k, p.End) {
				i = j
				continue
			}
			emit(j)
			i = j
			continue
		}
		i += n
	}
	emit(p.End)
	return out
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(' || r == '[' || r == '«' || r == '-' || r == '—'
}

// endsSentence decides whether the period at dot ends a sentence, given the
// word before it and the text from next on.
func (s *Segmenter) endsSentence(text string, start, dot, next, end int) bool {
	w := dot
	for w > start {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return true
	}
	if s.abbrev[word] || s.abbrev[afterHyphen(word)] {
		return false // "Sen.", and a title after a prefix: "then-Sen."
	}
	if s.numbered[word] && next < end {
		r, _ := utf8.DecodeRuneInString(text[next:])
		return !unicode.IsDigit(r)
	}
	// A single capital letter is an initial ("J. Smith").
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false
	}
	if s.final[word] || isAcronymDot(word, 0, len(word)) {
		// "U.S. officials" and "J.M. Berger" continue; "in the U.S. The ..."
		// ends: a break before a word that opens sentences, or before a
		// quotation that opens with a capital ("for Acme Corp. “This ...").
		return s.openers[nextWord(text, next, end)] || quoteOpensAt(text, next, end)
	}
	return true
}

// afterHyphen returns the part of word after its last hyphen, or "" when
// it has none.
func afterHyphen(word string) string {
	if i := strings.LastIndexByte(word, '-'); i >= 0 {
		return word[i+1:]
	}
	return ""
}

// quoteOpensAt reports whether an opening quotation mark and a capital
// letter start text at i.
func quoteOpensAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != '"' && r != '“' && r != '‘' || i+n >= end {
		return false
	}
	c, _ := utf8.DecodeRuneInString(text[i+n:])
	return unicode.IsUpper(c)
}

func nextWord(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// Tokens appends the tokens of text within sp to dst: words (with inner
// apostrophes, hyphens, and periods or commas between digits), possessive
// endings ("'s") as their own tokens, and single punctuation marks.
func Tokens(text string, sp document.Span, dst []document.Token) []document.Token {
	return tokens(text, sp, dst, nil)
}

// Kinds of the bytes of a word, which tokens joins to tell a token of one
// run of ASCII letters or of ASCII digits from a compound one.
const (
	kLetter   = 1 // an ASCII letter
	kDigit    = 2 // an ASCII digit
	kCompound = 4 // anything else: a joining mark, a character that is not ASCII
)

// tokens is Tokens, adding to compound (when not nil) the index in dst of
// each token other than a run of ASCII letters, a run of ASCII digits or a
// single ASCII character (see document.Document.Compound).
func tokens(text string, sp document.Span, dst []document.Token, compound *document.TokenSet) []document.Token {
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if (r == '\'' || r == '’' || r == '‘' && gluedAfterWord(text, i, sp.Start)) && isPossessive(text, i+n, sp.End) && i > sp.Start {
			if compound != nil {
				compound.Add(len(dst))
			}
			dst = append(dst, document.Token{Span: document.Span{Start: i, End: i + n + 1}, Text: text[i : i+n+1]})
			i += n + 1
			continue
		}
		if !isWordRune(r) {
			if compound != nil && n > 1 {
				compound.Add(len(dst))
			}
			dst = append(dst, document.Token{Span: document.Span{Start: i, End: i + n}, Text: text[i : i+n]})
			i += n
			continue
		}
		kinds := byte(kCompound)
		if r < utf8.RuneSelf {
			kinds = asciiWord[r]
		}
		j := i + n
		for j < sp.End {
			if c := text[j]; c < utf8.RuneSelf && asciiWord[c] != 0 {
				kinds |= asciiWord[c]
				j++ // the common case, without decoding
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				kinds |= kCompound
				j += n2
				continue
			}
			if j+n2 < sp.End && (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' || r2 == '&') {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				prev, _ := utf8.DecodeLastRuneInString(text[:j])
				joins := false
				switch r2 {
				case '\'', '’':
					// Keep "don't", split the possessive "'s".
					joins = isWordRune(r3) && !isPossessive(text, j+n2, sp.End)
				case '-', '&':
					joins = isWordRune(r3)
				case ',':
					joins = unicode.IsDigit(prev) && unicode.IsDigit(r3)
				case '.':
					// "3.5", "U.S", and a domain name: "Outsports.com", "state.gov".
					joins = (unicode.IsDigit(prev) && unicode.IsDigit(r3)) || (unicode.IsUpper(prev) && unicode.IsUpper(r3) && isAcronymDot(text, i, j)) ||
						unicode.IsLetter(prev) && unicode.IsLower(r3)
				}
				if joins {
					kinds |= kCompound
					j += n2
					continue
				}
			}
			break
		}
		// "U.S." keeps its final period.
		if j < sp.End && text[j] == '.' && strings.Count(text[i:j], ".") > 0 && isAcronymDot(text, i, j) {
			j++
			kinds |= kCompound
		}
		if compound != nil && kinds != kLetter && kinds != kDigit {
			compound.Add(len(dst))
		}
		dst = append(dst, document.Token{Span: document.Span{Start: i, End: j}, Text: text[i:j]})
		i = j
	}
	return dst
}

// gluedAfterWord reports whether the byte at i follows a letter or digit
// with no space: a left single mark there stands for an apostrophe, as
// careless typesetting has it ("Trump‘s").
func gluedAfterWord(text string, i, start int) bool {
	if i <= start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	return isWordRune(prev)
}

// isPossessive reports whether text[i:] starts with an "s" that ends a word,
// as after the apostrophe of "Huawei's".
func isPossessive(text string, i, end int) bool {
	if i >= end || text[i] != 's' {
		return false
	}
	if i+1 >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !isWordRune(r)
}

// asciiWord gives the kind of the ASCII bytes isWordRune accepts, kLetter
// or kDigit, and 0 for the others.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = kLetter
		case '0' <= c && c <= '9':
			t[c] = kDigit
		}
	}
	return t
}()

// isWordRune reports the runes of a word: letters, digits and combining marks.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isAcronymDot reports whether text[i:j] followed by "." looks like an
// initialism such as "U.S" (single capitals separated by periods).
func isAcronymDot(text string, i, j int) bool {
	w := text[i:j]
	for k, r := range w {
		if k%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
		if k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
