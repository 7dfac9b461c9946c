package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/rules"
)

// shareClasses are the value word classes whose words count people in a
// share: number words and fractions ("three in 10", "half").
var shareClasses = map[string]bool{"number.unit": true, "number.ten": true, "number.fraction": true}

// newShareWords reads the words of shareClasses from the value word packs
// in set.
func newShareWords(set *rules.Set) map[string]bool {
	words := map[string]bool{}
	for _, v := range set.ValueWords() {
		if shareClasses[v.Class] {
			for w := range v.Words {
				words[w] = true
			}
		}
	}
	return words
}

// shareWord reports whether token k counts: a numeral, a number word or a
// fraction, alone or in a hyphenated compound ("10", "three", "half",
// "two-thirds", "Seventy-four").
func (r *run) shareWord(k int) bool {
	if k < 0 || k >= len(r.toks) || !r.isWord(k) {
		return false
	}
	t := r.toks[k].Text
	if c, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(c) {
		return true
	}
	for part := range strings.SplitSeq(r.lower(k), "-") {
		if r.f.shares[part] {
			return true
		}
	}
	return false
}

// phraseEndingAt returns the first token of a phrase of role that ends
// with token k, or -1: "out of" ending at "of".
func (r *run) phraseEndingAt(role rules.WordRole, k int) int {
	for _, p := range r.f.words.phrases[role] {
		s := k - len(p) + 1
		if s < 0 || k >= len(r.toks) {
			continue
		}
		match := true
		for n, w := range p {
			if r.lower(s+n) != w {
				match = false
				break
			}
		}
		if match {
			return s
		}
	}
	return -1
}

// shareStart returns the first token of a share of people whose counted
// words open at token ns, read back from them over a ratio ("three in 10",
// "nine out of 10") and a degree before it ("About", "Nearly", "At least",
// "Less than"), so that "Nearly nine out of 10 say" speaks as a whole; ns
// when no share opens there. The reading may have stopped inside the
// degree ("least half"), which is then taken whole.
func (r *run) shareStart(ns, a int) int {
	if p := r.phraseEndingAt(rules.WordAmountDegree, ns); p >= a && p < ns && r.counted(ns+1) && r.opensCount(p, a) {
		return p
	}
	if !r.counted(ns) {
		return ns
	}
	x := ns
	if p := r.phraseEndingAt(rules.WordShareLink, x-1); p-1 >= a && r.shareWord(p-1) && r.shareWord(x) {
		x = p - 1
	}
	y := x
	if p := r.phraseEndingAt(rules.WordAmountDegree, x-1); p >= a {
		y = p
	} else if x-1 >= a && r.wordIs(rules.WordApproximator, x-1) {
		y = x - 1
	}
	if y < x && !r.opensCount(y, a) {
		return x // the degree word is a preposition after a head: "Those over 60"
	}
	return y
}

// opensCount reports whether a count may open at token y after token a:
// at the start, after punctuation, or after a conjunction or preposition,
// not after a head or a determiner ("Those over 60", "the nearly 40").
func (r *run) opensCount(y, a int) bool {
	return y == a || !r.isWord(y-1) || r.in(setBoundary, y-1) && !r.in(setDeterm, y-1)
}

// counted reports whether a count opens at token k: a share word, or an
// article before one ("a third").
func (r *run) counted(k int) bool {
	return r.shareWord(k) || r.wordIs(rules.WordIndefiniteArt, k) && r.shareWord(k+1)
}

// ratioAt reports whether the number at token k closes a ratio of people:
// "three in 10", not the time in "who in 2010 said".
func (r *run) ratioAt(k int) bool {
	p := r.phraseEndingAt(rules.WordShareLink, k-1)
	return p >= 1 && r.shareWord(p-1) && r.shareWord(k)
}

// subjectOpen returns the first token of the subject whose noun phrase
// starts at token ns after token a, with the count, the part and the words
// of focus that open it: "Nearly nine out of 10", "more than half of the
// respondents", "Only one of the delegates".
func (r *run) subjectOpen(ns, a int) int {
	ns = r.shareStart(ns, a)
	if p := r.partitiveOpen(ns, a); p < ns {
		ns = r.shareStart(p, a)
	}
	return r.focusStart(ns, a)
}

// focusStart returns the first token of the words of focus or degree that
// open a subject starting at token ns after token a, when they open the
// clause, a list or an aside: "Only" in "Only three senators", "Not" in
// "Not everyone". A name keeps its own start ("only Holt" is Holt).
func (r *run) focusStart(ns, a int) int {
	if !r.isLower(ns) && !r.shareWord(ns) {
		return ns
	}
	y := ns
	for y-1 >= a && r.wordIs(rules.WordSubjectFocus, y-1) {
		y--
	}
	if y < ns && r.opensCount(y, a) {
		return y
	}
	return ns
}

// partitiveOpen returns the first token of a partitive subject whose whole
// starts at token ns after token a ("Some" in "Some of the delegates"),
// when the part opens the clause or follows a word of focus; else ns.
func (r *run) partitiveOpen(ns, a int) int {
	q := ns - 2
	if q < a || !r.word(rules.WordGroupOf, ns-1) || !r.wordIs(rules.WordPartitiveHead, q) || r.wordIs(rules.WordRelativePronoun, ns) {
		return ns
	}
	if r.opensCount(q, a) || q-1 >= a && r.wordIs(rules.WordSubjectFocus, q-1) {
		return q
	}
	return ns
}
