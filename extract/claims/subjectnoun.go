package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxNounModifiers is the most words (determiners, adjectives, a
// preposition) read back from a cue noun to the verb that governs it.
const maxNounModifiers = 3

// subjectNoun returns the subject of sentence s as the speaker of the cue
// noun [i, j) when the noun takes a "that" clause and follows a verb of the
// subject within a few words: "Democrats also persisted in arguments that
// ...", "She repeated the claim that ...". A "that" followed by a verb opens
// a relative clause ("the claims that were made") and is no content.
func (r *run) subjectNoun(s, i, j, limit int) (tokenSpan, bool) {
	var v int
	if r.complementClause(s, j, limit) && !r.in(setAux, j+1) {
		v = r.governingVerb(s, i)
	} else if v = r.stanceVerb(s, i, j, limit); v < 0 {
		return tokenSpan{}, false // no clause of its own: "read the statement that the agency published"
	}
	if v <= r.sents[s][0] || !r.isLower(v) || r.in(setDeterm, v) || r.in(setBoundary, v) {
		return tokenSpan{}, false
	}
	if sub, ok := r.coordinatedSubjectAt(s, v); ok {
		return sub, true // "Holt toured the port and made a case for"
	}
	sub, ok := r.sentenceSubject(s, v+1) // the subject may end right before the verb: "Clinton made a case for"
	if !ok || sub[1] > v || !(r.agent(sub) || r.actor(sub[0], sub[1])) {
		return tokenSpan{}, false
	}
	// Only auxiliaries and adverbs between the subject and the verb.
	for k := sub[1]; k < v; k++ {
		if !r.isLower(k) || !(r.in(setAux, k) || r.in(setAdverbEnd, k)) {
			return tokenSpan{}, false
		}
	}
	return sub, true
}

// governingVerb returns the verb before the cue noun at token i, back past
// a determiner or an adjective, and a preposition: "persisted in arguments".
func (r *run) governingVerb(s, i int) int {
	v := i - 1
	for k := 0; k < maxNounModifiers && v > r.sents[s][0] && r.isLower(v) && (r.in(setDeterm, v) || r.in(setBoundary, v) && !r.wordIs(rules.WordObjectStop, v)); k++ {
		v--
	}
	return v
}

// stanceVerb returns the verb whose object is the cue noun [i, j) of
// sentence s when the noun names a stance toward what follows it ("an
// attack on Ben Carson", "a forceful case for the plan"), before limit: an
// indefinite or definite article before it, past adjectives, and a
// preposition of stance and a word after it. It returns -1 otherwise.
func (r *run) stanceVerb(s, i, j, limit int) int {
	if j+1 >= limit || !r.word(rules.WordStanceParticle, j) || !r.isWord(j+1) {
		return -1
	}
	return r.verbBeforeObject(s, i)
}

// verbBeforeObject returns the verb before the article that opens the noun
// phrase ending at token i ("unleashed a harsh attack"), past at most
// maxPossessorAdjectives adjectives, or -1.
func (r *run) verbBeforeObject(s, i int) int {
	a := r.sents[s][0]
	k := i - 1
	for n := 0; n < maxPossessorAdjectives && k > a && r.isLower(k) && r.isWord(k) && !r.in(setDeterm, k) && !r.in(setBoundary, k) && !r.verbAt(k); n++ {
		k--
	}
	if k > a && r.isLower(k) && r.verbAt(k) && !r.in(setAux, k) && !r.wordClass(k).Has(phr.Be) {
		if _, _, ok := match(r, r.f.commits, k, k+1); ok {
			return -1 // a plan announced is a commitment's: "unveiled plans for"
		}
		return k // no article, right after the verb: "expressed support for", "voiced concern over"
	}
	if k <= a || !r.isLower(k) || !r.wordIs(rules.WordIndefiniteArt, k) && !r.wordIs(rules.WordDefiniteArt, k) {
		return -1
	}
	if v := k - 1; v > a && r.isLower(v) && r.isWord(v) && !r.in(setDeterm, v) && !r.in(setBoundary, v) {
		return v
	}
	return -1
}

// coordinatedSubjectAt returns the subject that the verb group starting at
// token v of sentence s shares with a verb before it, when it can hold a
// view (see coordinatedSubject).
func (r *run) coordinatedSubjectAt(s, v int) (tokenSpan, bool) {
	if !r.verbGroupAt(s, v) {
		return tokenSpan{}, false
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	subj, ok := coordinatedSubject(p, p.ChunkOf[v-a])
	sub := tokenSpan{a + subj[0], a + subj[1]}
	if !ok || !(r.agent(sub) || r.actor(sub[0], sub[1])) {
		return tokenSpan{}, false
	}
	return sub, true
}
