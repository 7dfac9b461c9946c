package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// The subject noun phrase of a sentence, read before a token.

// sentenceSubject finds the subject of sentence s before token i, past all
// the opening phrases of the sentence ("Hours later, Trump returned ...,
// telling ...").
func (r *run) sentenceSubject(s, i int) (tokenSpan, bool) {
	return r.subjectFrom(r.pastOpenings(r.sents[s][0], i), i)
}

// subjectFrom reads the subject noun phrase that starts at token x, before
// token i.
func (r *run) subjectFrom(x, i int) (tokenSpan, bool) {
	if x >= i {
		return tokenSpan{}, false
	}
	if r.subjectPronoun(x) {
		return tokenSpan{x, x + 1}, true
	}
	if sub, ok := r.determinedSubject(x, i); ok {
		if n, ok := r.apposedName(sub[0], sub[1], i); ok && n < i && r.is(n, ",") {
			return tokenSpan{sub[1] + 1, n}, true // the name set off after a role: "her lawyer, Ana Ruiz,"
		}
		return sub, true
	}
	e := r.npForward(x, i)
	if e > x && e < i && r.is(e, ",") && r.validNP(x, e) {
		// Appositives between the subject and its verb: "Mitch McConnell,
		// R-Ky., delivered", "Ana Ruiz, 56, a former mayor, said".
		v := e + 1 // after a party tag the phrase reading took in: "McConnell, R-Ky.,"
		if !r.isLower(v) || r.in(setBoundary, v) {
			v = r.afterAppositives(e, r.paraOf(r.toks[e].Start)) // or an aside: "Ana Ruiz, for her part, is"
		}
		if v > e && v < i && r.isWord(v) && r.isLower(v) && !r.in(setBoundary, v) {
			return tokenSpan{x, e}, true
		}
	}
	if e <= x || e >= i || !r.isLower(e) || !r.validNP(x, e) {
		return tokenSpan{}, false
	}
	e = r.ofPhrasesAfter(x, e, i)
	// A plural noun after a name before a preposition or an auxiliary:
	// the plural head of a compound noun after a capitalized word.
	if w := r.lower(e); e+1 < i && r.isCap(e-1) && r.endsWith(rules.WordPluralEnd, e) && !r.endsWith(rules.WordSingularEnd, e) &&
		!r.f.aux[w] && !r.f.boundary[w] && r.isLower(e+1) && (r.in(setBoundary, e+1) || r.in(setAux, e+1)) {
		if !r.isCueWord(e) {
			e++
		}
	}
	return tokenSpan{x, e}, true
}

// possessedSubject reads the subject of sentence s before token i, past its
// opening phrases, when a possessor opens it and a verb group follows the
// possessed noun phrase: "Holt's campaign shrugged off ..., telling".
func (r *run) possessedSubject(s, i int) (tokenSpan, bool) {
	x := r.pastOpenings(r.sents[s][0], i)
	e := r.npForward(x, i)
	if e <= x || e >= i || !r.isPossessive(e-1) {
		return tokenSpan{}, false
	}
	if n := r.possessedEnd(s, e, i); n > e {
		return tokenSpan{x, n}, true
	}
	return tokenSpan{}, false
}

// possessedEnd returns the end of the noun phrase that the phrase layer
// reads from token e of sentence s, right after a possessive ("campaign" in
// "Holt's campaign"), before token i, when a verb group follows it; else e.
func (r *run) possessedEnd(s, e, i int) int {
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[e-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || a+p.Chunks[ci].End > i || !verbAfter(p, ci) {
		return e // no verb group right after it: not the subject
	}
	return a + p.Chunks[ci].End
}

// ofPhrasesAfter returns the end of subject [x, e) with the "of" phrases
// that hang on its head before token i ("The attorney general of the state
// of New York", "A number of the families"), when a lower-case word
// follows them; else e.
func (r *run) ofPhrasesAfter(x, e, i int) int {
	end := e
	for n := 0; n < maxOfPhrases && end+1 < i && r.isLower(end) && r.word(rules.WordGroupOf, end); n++ {
		f := r.npForward(end+1, i)
		if f <= end+1 || f >= i || !r.validNP(end+1, f) {
			break
		}
		end = f
	}
	if end == e || !r.isLower(end) {
		return e
	}
	return end
}

// determinedSubject reads a subject that a determiner opens at token x, as
// the phrase layer chunks it, before token i: "The email goes on", where the
// backward name reading would stop at a capitalized "The".
func (r *run) determinedSubject(x, i int) (tokenSpan, bool) {
	s := r.sentOf(x)
	if s < 0 || !r.in(setDeterm, x) {
		return tokenSpan{}, false
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[x-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != x-a {
		return tokenSpan{}, false
	}
	e := a + p.Chunks[ci].End
	if e <= x+1 || e >= i || !r.validNP(x, e) {
		return tokenSpan{}, false
	}
	return tokenSpan{x, r.ofPhrasesAfter(x, e, i)}, true
}

// inParens reports whether token k follows an opening parenthesis or
// bracket right before it: a label there is a parenthetical, such as a
// stock ticker ("(Nasdaq: ACME)"), and speaks for nothing.
func (r *run) inParens(k int) bool {
	return k > 0 && r.is(k-1, "([")
}

// maxOfPhrases is the most "of" phrases a subject's head takes on: "a
// number of the families of those killed".
const maxOfPhrases = 3
