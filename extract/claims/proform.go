package claims

import "github.com/claimex/claimex/rules"

// maxNameWords is the most words of a name between "what" and the cue it
// opens a clause with.
const maxNameWords = 4

// proForm returns the first token of a pro-form that stands for the content
// of the cue [i, j) in sentence tokens [a, b), or -1: "as much" right after
// the cue ("Mook said as much in an interview"), or "what" right before a
// speaker who opens a clause with the cue ("That was what Liz Wahl said when
// she resigned"). What follows the cue must not be content of its own.
func (r *run) proForm(i, j, a, b int) int {
	if n := r.phraseAt(rules.WordProformAfter, j, b); n > 0 && r.closes(j+n, b) {
		return j
	}
	if !r.closes(j, b) {
		return -1
	}
	k := i - 1
	for n := 0; k > a && n < maxNameWords && r.isWord(k) && !r.isLower(k); n++ {
		k-- // a name: "what Liz Wahl said"
	}
	if k >= a && k < i-1 && r.word(rules.WordProformBefore, k) {
		return k
	}
	return -1
}

// proLen returns the number of tokens of the pro-form at token x.
func (r *run) proLen(x int) int {
	return max(r.phraseAt(rules.WordProformAfter, x, len(r.toks)), 1)
}

// closes reports whether nothing that could be content follows from token
// k: the sentence ends, or a comma, a time or cause clause, or a phrase of
// place or time follows ("in an interview", "on Monday").
func (r *run) closes(k, b int) bool {
	if k >= b || r.is(k, ".!?,;") {
		return true
	}
	if !r.isLower(k) {
		return false
	}
	return r.wordIs(rules.WordProformCloser, k) || r.timeClause(k)
}
