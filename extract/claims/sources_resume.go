package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// sourceResumes reports whether the sentence's content goes on at token k,
// after a source set off by commas inside it: the content's predicate ("At
// the heart of it, according to X, was ...") or a clause of its own after an
// opening phrase ("Since May, according to X, the forces have ..."). A
// relative clause there tells of the source ("according to X, who ..."),
// and a subordinate or coordinate clause adds the article's own words.
func (r *run) sourceResumes(s, k, b int) bool {
	if r.isWord(k) && (r.wordIs(rules.WordRelativePronoun, k) || r.wordClass(k).Has(phr.Subordinator|phr.Coordinator)) {
		return false // "according to X, who ...", "..., although ..."
	}
	if r.verbGroupAt(s, k) {
		return true
	}
	a := r.sents[s][0]
	_, ok := clauseStart(r.phrasesOf(s), k-a, b-a)
	return ok
}
