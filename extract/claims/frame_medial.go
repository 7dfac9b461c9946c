package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// medialFrame reports whether the frame fr, from its start to the comma at
// token t, interrupts one clause: the content of draft first before it is
// a subject without a verb and a verb group opens right after the comma
// ("The golf industry, she said, is doing better"), that content ends on
// a form of "be" whose complement follows ("The port is, as she put it, a
// machine for losing money"), or it is a condition whose main clause
// follows (see conditionBeforeFrame).
func (r *run) medialFrame(fr *trailingFrame, first, t int) bool {
	if first < 0 || t+1 >= r.sents[fr.s][1] {
		return false
	}
	c := r.tokenAt(r.drafts[first].content.Start)
	if c >= fr.pre {
		return false
	}
	for k := fr.pre + 1; k < fr.i; k++ {
		if r.word(rules.WordSubjectRelative, k) {
			return false // "Meyer, a governor who argued with her, said ..."
		}
	}
	if r.isLower(fr.pre-1) && r.wordClass(fr.pre-1).Has(phr.Be) {
		return true
	}
	if r.conditionBeforeFrame(fr, c, t) || r.adjunctBeforeMedial(fr, c, t) {
		return true
	}
	subj := r.relativeStart(c, fr.pre)
	return r.predicateAt(fr.s, t+1) && (r.verbless(c, subj) || r.nounPhraseOnly(fr.s, c, subj))
}

// predicateAt reports whether a predicate opens at token k of sentence s: a
// verb group, or a past form the phrase rules hold only as a participle
// ("The harbour, she said, brought trade to the town"), which after a
// subject and a frame is the clause's verb.
func (r *run) predicateAt(s, k int) bool {
	return r.verbGroupAt(s, k) || r.isLower(k) && r.wordClass(k).Has(phr.Participle) && !r.wordClass(k).Has(phr.Preposition|phr.Adverb)
}

// conditionBeforeFrame reports whether the content before frame fr, from
// token c, opens the sentence with a subordinator (a condition, a time, a
// concession) and the words after the frame's comma at token t are its
// main clause: "If the council
// approves the budget, officials said, work will begin in June" is one
// claim.
func (r *run) conditionBeforeFrame(fr *trailingFrame, c, t int) bool {
	if fr.as {
		return false // "as" speaks for the condition only: "If wages rise, as some hope, ..."
	}
	if a := r.sents[fr.s][0]; c == a && r.openingCoordinator(c, fr.pre) {
		c++ // "And if the council approves the budget, ..."
	} else if c != a {
		return false
	}
	if !r.isWord(c) || !r.wordClass(c).Has(phr.Subordinator) || r.wordClass(c).Has(phr.Preposition|phr.Relative|phr.Determiner) {
		return false
	}
	_, _, ok := r.mainClauseAt(fr.s, t+1)
	return ok
}

// adjunctBeforeMedial reports whether the content before frame fr, from
// token c, is a prepositional adjunct that opens the sentence and a main
// clause follows the frame's comma at token t: the adjunct sets what is
// said, not the saying ("In the long run, Holt said, the port will pay for
// itself" is one claim).
func (r *run) adjunctBeforeMedial(fr *trailingFrame, c, t int) bool {
	if fr.as || c != r.sents[fr.s][0] || t+1 >= r.sents[fr.s][1] || !r.is(t, ",") || !r.prepositionalAdjunct(fr.s, fr.pre) {
		return false
	}
	_, _, ok := r.mainClauseAt(fr.s, t+1)
	return ok
}

// relativeStart returns the first token of a relative clause that closes
// the noun phrase [c, e) ("the years that followed"), or e when none does.
func (r *run) relativeStart(c, e int) int {
	for k := c + 1; k < e; k++ {
		if r.isLower(k) && (r.wordIs(rules.WordSubjectRelative, k) || r.wordIs(rules.WordComplementizer, k)) {
			return k
		}
	}
	return e
}

// verbless reports whether tokens [c, e) hold no lower-case verb, auxiliary
// or form of "be": a noun phrase, not a clause.
func (r *run) verbless(c, e int) bool {
	return !r.lowerIn(c, e, phr.Be|phr.Auxiliary|phr.Modal|phr.Verb)
}

// lowerIn reports whether a lower-case word of tokens [c, e) has a word
// class of cl.
func (r *run) lowerIn(c, e int, cl phr.Class) bool {
	for k := c; k < e; k++ {
		if r.isLower(k) && r.wordClass(k).Has(cl) {
			return true
		}
	}
	return false
}

// joinMedial makes draft first, a subject before a medial frame, one claim
// with draft k, the predicate after it: the content runs over the frame, so
// the subject is not left a claim of its own.
func (r *run) joinMedial(first, k int) {
	f, d := &r.drafts[first], &r.drafts[k]
	f.content.End = d.content.End
	f.hedged = f.hedged || d.hedged
	f.medial = true
	d.content = document.Span{Start: d.content.Start, End: d.content.Start}
}

// nounPhraseOnly reports whether tokens [c, e) of sentence s are a subject
// without a finite verb by the phrase layer, which reads a noun that is
// also a verb form as a noun ("any reading of the talks") and lets an
// infinitive or a gerund stand in the subject ("the decision to sell").
func (r *run) nounPhraseOnly(s, c, e int) bool {
	return !r.lowerIn(c, e, phr.Be|phr.Auxiliary|phr.Modal) && !r.verbGroupOpeningIn(s, c, e, phr.Infinitive|phr.Gerund)
}
