package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxReducedModifiers bounds the modifiers that reducedRelative passes
// over between a participle and the verb of its clause.
const maxReducedModifiers = 4

// reducedRelative reports whether the cue [i, j) is a past participle that
// modifies the noun before it, not a verb of its own: it follows a common
// noun,
// and after it only times, adverbs and prepositional phrases come before
// the cue that is the verb of the clause ("A report released Monday found
// that ..."). A noun phrase after the cue is its object or the subject of
// its clause ("noted the plan would cost"), and a verb that is no cue may
// be its complement's ("said Monday 2016 has seen"), so the cue is a verb
// then.
func (r *run) reducedRelative(s, i, j int) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if j != i+1 || i-1 < a || !r.isLower(i) || !r.participleForm(i) || !r.isLower(i-1) || !r.nounBefore(i-1) {
		return false
	}
	t := j
	for n := 0; t < b && n < maxReducedModifiers; n++ {
		switch x := r.modifierEnd(t, b); {
		case r.wordIs(rules.WordInfinitive, t):
			return false // an infinitive after a verb: "refused to endorse"
		case x > t:
			t = x
		case r.isLower(t) && r.isCueWord(t) && r.wordClass(t).Has(phr.Verb|phr.Participle) && !r.endsWith(rules.WordGerundEnd, t):
			return t > j
		case t > j && r.isLower(t) && (r.modal(t) || r.wordClass(t).Has(phr.Be|phr.Auxiliary)) && !r.agent(tokenSpan{i - 1, i}):
			return true // a thing no one says, then the clause's verb: "tariffs announced this month could push ..."
		default:
			return false
		}
	}
	return false
}

// nounBefore reports whether token k may end a noun phrase that a
// participle modifies: a word that is no function word, pronoun or verb.
func (r *run) nounBefore(k int) bool {
	if !r.isWord(k) || r.subjectPronoun(k) {
		return false
	}
	return !r.isLower(k) || !r.wordClass(k).Has(phr.Determiner|phr.Pronoun|phr.Preposition|phr.Auxiliary|phr.Be|phr.Modal|phr.Negation|phr.Adverb|phr.Subordinator|phr.Relative|phr.Coordinator|phr.Infinitive|phr.Verb|phr.Gerund)
}

// modifierEnd returns the end of a time, an adverb or a prepositional
// phrase that starts at token t, or t when none does.
func (r *run) modifierEnd(t, b int) int {
	if r.isLower(t) && r.wordClass(t).Has(phr.Preposition) && !r.wordIs(rules.WordInfinitive, t) {
		if e := r.prepObjectEnd(t+1, b); e > t+1 {
			return e
		}
	}
	if x := r.timeValueEnd(t, b); x > t {
		return x
	}
	if x := r.pastTime(t, b); x > t {
		return x
	}
	if r.timeWord(t) {
		return t + 1 // a day or month the values stage did not read: "released Monday"
	}
	if r.isLower(t) && (r.in(setAdverb, t) || r.endsWith(rules.WordAdverbEnd, t)) {
		return t + 1
	}
	return t
}

// maxPrepObject bounds the words of a preposition's object that
// prepObjectEnd reads.
const maxPrepObject = 6

// prepObjectEnd returns the end of the noun phrase that starts at token k
// as a preposition's object: words and possessive endings up to a verb, a
// function word that opens another phrase, a cue or punctuation.
func (r *run) prepObjectEnd(k, b int) int {
	e := k
	for e < b && e < k+maxPrepObject && (r.isWord(e) || r.isPossessive(e)) {
		if r.isLower(e) && (r.wordClass(e).Has(phr.Verb|phr.Be|phr.Auxiliary|phr.Modal|phr.Preposition|phr.Subordinator|phr.Relative|phr.Coordinator) || r.isCueWord(e)) {
			break
		}
		e++
	}
	return e
}
