package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// endObjects ends the noun-phrase contents of the reported drafts of
// sentence s (from first on) at their object, once every frame of the
// sentence has been read: a coordinated verb after the object ("... and
// argued that") finds its frame by the content that runs over the
// coordinator. A commitment keeps its time ("promises a new wall by the
// winter"), and a quotation after the cut keeps the content whole ("said
// back in May: “...”").
func (r *run) endObjects(s, first int) {
	for k := first; k < len(r.drafts); k++ {
		d := &r.drafts[k]
		if d.kind != document.Reported || d.region >= 0 || d.content.Len() <= 0 || d.medial {
			continue
		}
		c, e := r.tokenAt(d.content.Start), r.tokenAt(d.content.End-1)+1
		if r.sentOf(c) != s {
			continue
		}
		if y := r.objectEnd(c, e); y < e && !r.quoteIn(y, e) {
			if x, y := r.trimContent(c, y); (r.words(x, y) >= 2 || !r.wordClass(x).Has(phr.Adverb)) && !r.timePhrase(x, y) {
				d.content = r.span(x, y)
			}
		}
	}
}

// objectEnd returns where content [c, e0) ends when it is a noun phrase and
// no clause: before a time adjunct after the object ("endorsed Holt in
// February", "backed the plan on Tuesday") and before a coordinator that
// joins a second verb of the subject ("endorsed Holt and campaigned for
// her"). The time must follow the object and the phrases that hang on it
// ("the plan for the port on Tuesday"), not other words ("sales up so far
// this year"). A clause content, or an object with neither, keeps end e0;
// only the first objectWindow tokens are read.
func (r *run) objectEnd(c, e0 int) int {
	s := r.sentOf(c)
	if s < 0 || c > 0 && r.wordIs(rules.WordComplementizer, c-1) || r.wordIs(rules.WordQuestionWord, c) {
		return e0 // a clause: "said that the port ...", "asked why the port ..."
	}
	e := min(e0, c+objectWindow)
	if !r.cutCandidate(c, e) {
		return e0 // no coordinator and no time: nothing to parse
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[c-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != c-a || verbAfter(p, ci) || isThat(p, c-a) ||
		c-1 >= a && isThat(p, c-1-a) {
		return e0 // a clause: "asked whether the port ..."
	}
	cut, phrases := e0, true // phrases: only noun phrases and prepositions since the object
	for k := a + p.Chunks[ci].End; k < e && k < r.sents[s][1]; k++ {
		r.steps++
		if r.quoteOf[k] >= 0 {
			continue
		}
		if r.wordClass(k).Has(phr.Coordinator) && r.isLower(k) && k+1 < e && r.verbGroupAt(s, k+1) {
			return min(cut, k)
		}
		if phrases && r.is(k, ",") && k+1 < e && r.isLower(k+1) && r.wordClass(k+1).Has(phr.Coordinator) && r.clauseAfterJoin(k+2, e) {
			return min(cut, k) // "denied any wrongdoing, and in a statement he said ..."
		}
		if r.verbGroupAt(s, k) {
			return e0 // a verb of a clause in the content: "told her on Monday the port was closing"
		}
		x := p.ChunkOf[k-a]
		if cut == e0 && phrases && x >= 0 && p.Chunks[x].Start == k-a && p.Chunks[x].Kind == phr.NounPhrase && r.timePhrase(k, a+p.Chunks[x].End) {
			if t, ok := r.timeCut(k); ok {
				cut = t
			}
		}
		if cut == e0 && phrases && r.occasionAt(s, k) {
			cut = k
		}
		phrases = phrases && (x >= 0 && p.Chunks[x].Kind == phr.NounPhrase || r.wordClass(k).Has(phr.Preposition))
	}
	return cut
}

// clauseAfterJoin reports whether a clause of its own opens at token k,
// after a coordinator, at once or past adjuncts: a subject and its verb
// ("and in a statement to reporters, he said").
func (r *run) clauseAfterJoin(k, e int) bool {
	return k < e && (r.subjectPronoun(k) || r.clauseAt(k) || r.adjunctClause(k, e) >= 0)
}

// objectWindow is the most tokens after its start that a noun-phrase
// content is read for a time adjunct or a second verb to end it at.
const objectWindow = 40

// timeCut returns where a content ends before the time phrase at token k
// that follows its object: at the preposition that opens the time ("on
// Tuesday"), or at the time itself ("the plan Tuesday"). It reports false
// for a time that belongs to a word before it: "the rest of the year", "so
// far this year", "an offer first made in 2021".
func (r *run) timeCut(k int) (int, bool) {
	t := k - 1
	if d, ok := r.degreeBefore(t); ok {
		return d, true
	}
	if r.isLower(t) && r.wordClass(t).Has(phr.Preposition) {
		if r.word(rules.WordGroupOf, t) || r.isLower(t-1) && r.lexParticiple(t-1) {
			return 0, false
		}
		return t, true
	}
	if r.isLower(t) && (r.wordClass(t).Has(phr.Adverb) || r.lexParticiple(t)) {
		return 0, false
	}
	return k, true
}

// degreeBefore returns the first token of a comparison of degree that ends
// with the word at token t before a time: "as early as", "earlier than". A
// time there belongs to the comparison.
func (r *run) degreeBefore(t int) (int, bool) {
	d := t - 1
	if d < 0 || !r.word(rules.WordDegree, t) || !r.isLower(d) || r.wordIs(rules.WordDegree, d) || r.wordClass(d).Has(functionClasses&^phr.Adverb) {
		return 0, false
	}
	if d-1 >= 0 && r.word(rules.WordDegree, d-1) {
		return d - 1, true
	}
	return d, true
}

// cutCandidate reports whether tokens (c, e) hold, outside quotations, a
// lower-case coordinator, a preposition of occasion or a time word, where
// objectEnd may cut.
func (r *run) cutCandidate(c, e int) bool {
	for k := c + 1; k < e; k++ {
		r.steps++
		if r.quoteOf[k] < 0 && (r.isLower(k) && (r.wordClass(k).Has(phr.Coordinator) || r.wordIs(rules.WordOccasionPrep, k)) || r.timeWord(k) || r.year(k)) {
			return true
		}
	}
	return false
}

// occasionAt reports whether a preposition of occasion at token k of
// sentence s opens a noun phrase headed by a noun of occasion or medium
// ("in an interview", "at a campaign rally", "on Twitter"), one that no
// participle or message noun before it holds ("remarks made at a rally",
// "her speech at the summit").
func (r *run) occasionAt(s, k int) bool {
	if !r.isLower(k) || !r.wordIs(rules.WordOccasionPrep, k) || r.isLower(k-1) && r.lexParticiple(k-1) {
		return false
	}
	if r.wordIs(rules.WordOccasionNoun, k-1) || r.wordIs(rules.WordMessageNoun, k-1) {
		return false // the occasion of a message in the object: "quoted her speech at the summit"
	}
	if k+1 >= r.sents[s][1] {
		return false
	}
	e := r.nounPhraseEnd(k+1, r.sents[s][1])
	return e > k+1 && r.wordIs(rules.WordOccasionNoun, e-1)
}
