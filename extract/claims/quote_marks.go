package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pairCloser reports whether mark tx only closes a pair ("”", "»"), so that
// it also ends a quotation a straight double mark opened, as a text that
// mixes the two styles has it. A closer that is also an opener ("“" of
// "„“") or an apostrophe ("’") does not.
func (r *run) pairCloser(tx string) bool {
	if tx == "’" || r.f.opens[tx] != "" {
		return false
	}
	for _, c := range r.f.opens {
		if c == tx {
			return true
		}
	}
	return false
}

// openerAsCloser reports whether the mark at token i repeats the opening
// mark of region q where a closing mark belongs: after a word and before a
// space, where no quotation can open ("unusual,“ said ...").
func (r *run) openerAsCloser(i, q int) bool {
	return r.toks[i].Text == r.toks[r.quotes[q].open].Text && !r.opensHere(i)
}

// opensHere reports whether the mark at token i can open a quote: it is
// followed by a word or another mark, not by a space.
func (r *run) opensHere(i int) bool {
	t := r.toks[i]
	if t.End >= len(r.text) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.text[t.End:])
	if unicode.IsSpace(c) {
		return false
	}
	if t.Start == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(r.text[:t.Start])
	return !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

// closesHere reports whether a straight mark at token i closes a curly quote:
// it follows a word or punctuation without a space.
func (r *run) closesHere(i int) bool {
	t := r.toks[i]
	if t.Start == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(r.text[:t.Start])
	return !unicode.IsSpace(p)
}

// opensParagraph reports whether the mark at token i opens paragraph pi,
// past spaces and format characters only (a direction mark pasted with
// the text), with a word after it.
func (r *run) opensParagraph(i, pi int) bool {
	if pi >= len(r.d.Paragraphs) || !r.opensHere(i) {
		return false
	}
	lead := r.text[r.d.Paragraphs[pi].Start:r.toks[i].Start]
	return strings.TrimFunc(lead, func(c rune) bool { return unicode.Is(unicode.Cf, c) || unicode.IsSpace(c) }) == ""
}

func (r *run) firstInPara(i, pi int) bool {
	return pi < len(r.d.Paragraphs) && r.toks[i].Start == r.d.Paragraphs[pi].Start
}

// beforeClose returns the token before the closing mark whose last token is
// k: k-1, or k-2 when the mark is two apostrophes, so that what the quotation
// ends on (a comma, a question mark) is read alike for both styles.
func (r *run) beforeClose(k int) int {
	if q := r.closedBy(k); q >= 0 && r.quotes[q].doubled && k-1 > r.quotes[q].open {
		return k - 2
	}
	return k - 1
}
