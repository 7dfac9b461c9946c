package claims

import "github.com/claimex/claimex/rules"

// maxNounModifiers is the most words (determiners, adjectives, a
// preposition) read back from a cue noun to the verb that governs it.
const maxNounModifiers = 3

// subjectNoun returns the subject of sentence s as the speaker of the cue
// noun [i, j) when the noun takes a "that" clause and follows a verb of the
// subject within a few words: "Democrats also persisted in arguments that
// ...", "She repeated the claim that ...". A "that" followed by a verb opens
// a relative clause ("the claims that were made") and is no content.
func (r *run) subjectNoun(s, i, j, limit int) (tokenSpan, bool) {
	if !r.complementClause(s, j, limit) || r.in(setAux, j+1) {
		return tokenSpan{}, false // no clause of its own: "read the statement that the agency published"
	}
	// Back to the verb: past a determiner or an adjective, and a preposition.
	v := i - 1
	for k := 0; k < maxNounModifiers && v > r.sents[s][0] && r.isLower(v) && (r.in(setDeterm, v) || r.in(setBoundary, v) && !r.wordIs(rules.WordObjectStop, v)); k++ {
		v--
	}
	if v <= r.sents[s][0] || !r.isLower(v) || r.in(setDeterm, v) || r.in(setBoundary, v) {
		return tokenSpan{}, false
	}
	sub, ok := r.sentenceSubject(s, v)
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
