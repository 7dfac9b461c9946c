package claims

import (
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// nominal reads a noun cue whose possessor speaks: a possessive name or
// pronoun, the noun, then a preposition, "that" or an infinitive; or whose
// source follows it after "from" ("complaints from the union that ...").
// The content runs from the preposition or "that" after the noun or its
// source to the next comma.
func (r *run) nominal(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	if !r.isLower(i) {
		return false
	}
	// The possessor, past a few adjectives.
	p := i - 1
	for n := 0; n < maxPossessorAdjectives && p >= a && r.isLower(p) && !r.isPossessive(p) && !r.possessivePronoun(p) && !r.in(setDeterm, p) && !r.in(setBoundary, p); n++ {
		p--
	}
	var spk tokenSpan
	src, sourced := r.sourceAfterNoun(j, limit)
	switch {
	case sourced:
		// The source after the noun: "criticism from rivals that ...".
		spk = src
	case p >= a && r.possessivePronoun(p):
		spk = tokenSpan{p, p + 1}
	case p-1 >= a && r.isPossessive(p) && r.isWord(p-1):
		ns := r.npBack(p-1, a)
		if ns > p-1 || !r.validNP(ns, p) {
			return false
		}
		spk = tokenSpan{ns, p}
	default:
		// The subject's own noun cue before a "that" clause, as the object of
		// its verb or of a preposition after it.
		sub, ok := r.subjectNoun(s, i, j, limit)
		switch {
		case ok:
			spk = sub
		case r.copulaThat(j, limit) > 0:
			// No one named holds it: "The hope has been that ..."
		case !r.complementClause(s, j, limit) || i > a && r.agent(tokenSpan{i - 1, i}):
			return false // after someone it is a verb: "The company hopes that ..."
		case r.contentAt(s, j+1):
			return false // the noun is part of a frame: "said in a statement that ..."
		}
		// Else no one named holds the clause: "complaints that it was
		// underfunded", "fears that the owners would close the plant".
	}
	if j >= limit {
		return false
	}
	c := j
	if sourced {
		c = src[1]
	}
	if c+1 < limit && r.isCap(c) && r.in(setAdverb, c) {
		c++ // a day between the noun and its preposition
	}
	switch {
	case r.wordIs(rules.WordNominalParticle, c):
		c++
	case r.wordIs(rules.WordInfinitive, c):
		if c+1 < limit && r.isLower(c+1) && !r.in(setDeterm, c+1) {
			break // "determination to act alone"
		}
		c++
	case r.wordIs(rules.WordNominalModal, c):
		c++ // a modal after the noun: the content is the predicate
	case r.negatedInfinitive(c, limit):
		// "his decision not to run": the negation stays in the content
	default:
		x := r.copulaThat(c, limit) // a form of "be" and "that": "his message long has been that"
		if x < 0 {
			return false
		}
		c = x
	}
	e := c
	for e < limit && e < c+contentWindow && !r.is(e, ",;:") {
		if r.isOpen(e) && r.quotes[r.opensAt[e]].close > e {
			e = r.quotes[r.opensAt[e]].close
		}
		e++
	}
	e = r.subjectContentEnd(s, i, c, e)
	if r.words(c, e) == 0 {
		return false
	}
	if x, y := r.trimContent(c, e); r.words(x, y) == 1 && r.agentName(x, y) {
		r.add(document.Reported, spk, r.span(x, y), i, j, ac.id, -1, ac.rule.Hedged) // "her endorsement of Trump"
		return true
	}
	_, ok := r.addContent(document.Reported, spk, c, e, i, j, ac)
	return ok
}

// copulaThat returns the token after "that" when a copula opens at token
// c before its "that" clause, past adverbs and auxiliaries ("was that",
// "long has been that"), or -1.
func (r *run) copulaThat(c, limit int) int {
	k := c
	for n := 0; n <= maxAuxModifiers && k < limit && r.isLower(k) && !r.wordClass(k).Has(phr.Be) &&
		(r.in(setAdverb, k) || r.in(setAdverbEnd, k) || r.in(setAux, k)); n++ {
		k++
	}
	if k+1 >= limit || !r.isLower(k) || !r.wordIs(rules.WordComplementizer, k+1) {
		return -1
	}
	if !r.wordIs(rules.WordNominalCopula, k) && (k == c || !r.wordClass(k).Has(phr.Be)) {
		return -1
	}
	return k + 2
}

// contentAt reports whether a claim of sentence s read so far has its
// content start at token c.
func (r *run) contentAt(s, c int) bool {
	at := r.toks[c].Start
	for k := len(r.drafts) - 1; k >= 0 && r.sentOfOff(r.drafts[k].order()) == s; k-- {
		if r.drafts[k].content.Start == at {
			return true
		}
	}
	return false
}

// complementClause reports whether a "that" clause of its own opens at
// token j of sentence s, before limit, as the complement of the noun before
// it: a subject and a verb group with its object, not a relative clause
// whose object is the noun ("the claim that he made").
func (r *run) complementClause(s, j, limit int) bool {
	if j+1 >= limit || !r.word(rules.WordComplementizer, j) || !r.subjectAfter(j+1, limit) {
		return false
	}
	return r.clauseOpensAt(r.phrasesOf(s), r.sents[s][0], j+1)
}

// possessivePronoun reports whether token k is "his", "her", "their" or "its".
func (r *run) possessivePronoun(k int) bool {
	t := r.toks[k].Text
	return r.wordIs(rules.WordPossessivePronoun, k) && (r.isLower(k) || t[1:] == strings.ToLower(t[1:]))
}

// subjectContentEnd returns where the content [c, e) of the noun cue at
// token i ends when the noun heads its sentence's subject: before the main
// clause's verb group, which follows the content clause's own verb group
// right away ("The claim that the port would close was false"); else e.
func (r *run) subjectContentEnd(s, i, c, e int) int {
	a := r.sents[s][0]
	for k := r.pastOpenings(a, i); k < i; k++ {
		if r.isLower(k) && !r.in(setDeterm, k) && !r.possessivePronoun(k) && r.wordClass(k) != 0 {
			return e // the noun is an object or follows a verb: "rejected the claim that ..."
		}
	}
	p := r.phrasesOf(s)
	for ci := p.ChunkOf[c-a]; ci >= 0 && ci+1 < len(p.Chunks) && a+p.Chunks[ci+1].Start < e; ci++ {
		cur, next := p.Chunks[ci], p.Chunks[ci+1]
		if cur.Kind == phr.VerbGroup && next.Kind == phr.VerbGroup && cur.End == next.Start && a+cur.Start >= c &&
			!p.Classes[cur.Start].Has(phr.Infinitive) && !p.Classes[next.Start].Has(phr.Infinitive|phr.Modal) {
			return a + next.Start // a finite verb of the main clause, no infinitive or modal of the content's
		}
	}
	return e
}

// sourceAfterNoun returns the source of a noun cue ending at token j, read
// after it: "from", then a noun phrase naming someone who can speak, then a
// word that opens the content ("criticism from rivals that ...", "calls from
// her opponents to ...", "advice from aides on how ...").
func (r *run) sourceAfterNoun(j, limit int) (tokenSpan, bool) {
	if j+2 >= limit || !r.isLower(j) || !r.word(rules.WordSourcePrep, j) || r.word(rules.WordAgentPrep, j) {
		return tokenSpan{}, false
	}
	e := r.npForward(j+1, limit)
	if e <= j+1 {
		e = r.bareNounsEnd(j+1, limit) // "from rivals", "from party leaders"
	}
	if e <= j+1 || e >= limit {
		return tokenSpan{}, false
	}
	if e+1 < limit && r.isLower(e) && r.word(rules.WordGroupOf, e) {
		e = r.nounPhraseEnd(e+1, limit) // "from some of the homeowners to"
	}
	src := tokenSpan{j + 1, e}
	if !r.agent(src) || !r.isLower(e) || !(r.wordIs(rules.WordNominalParticle, e) || r.wordIs(rules.WordInfinitive, e)) {
		return tokenSpan{}, false
	}
	return src, true
}

// bareNounsEnd returns the end of the lower-case words from token k that
// make a noun phrase with no determiner ("rivals", "party leaders"), before
// a boundary word, an auxiliary or a word that opens a content; at most
// maxBareNouns of them.
func (r *run) bareNounsEnd(k, limit int) int {
	e := k
	for e < limit && e < k+maxBareNouns && r.isWord(e) && r.isLower(e) && !r.in(setBoundary|setAux|setAdverb|setDeterm, e) &&
		!r.wordIs(rules.WordNominalParticle, e) && !r.wordIs(rules.WordInfinitive, e) {
		e++
	}
	return e
}

// maxBareNouns is the most words of a noun phrase with no determiner that
// bareNounsEnd reads.
const maxBareNouns = 3
