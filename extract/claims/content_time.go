package claims

import "github.com/claimex/claimex/rules"

// pastTimeValue returns the first token of the content after a time value
// that opens with no adverb right after a cue, at token k: "wrote two years
// ago that ...", "said a few days earlier, "..."", "said Jan. 5 the council
// would". It returns k when no such time and content follow.
func (r *run) pastTimeValue(k, b int) int {
	x := r.timeValueEnd(k, b)
	if x == k || x >= b || r.in(setAdverb, k) {
		return k
	}
	switch {
	case r.word(rules.WordComplementizer, x):
		return x + 1
	case r.is(x, ",") && x+1 < b && r.isOpen(x+1):
		return x + 1
	case r.clauseAt(x):
		return x
	}
	return k
}
