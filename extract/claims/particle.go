package claims

import "github.com/claimex/claimex/rules"

// particleVerb reports whether the particle at token j, right after a cue,
// turns the cue into a verb of another sense that reports no words: "called
// off the deal", "backed down", "the promises add up to ...". A particle
// before "to" and an amount ("expected up to 250,000") is not one.
func (r *run) particleVerb(j int) bool {
	if j >= len(r.toks) || !r.word(rules.WordSenseParticle, j) {
		return false
	}
	return !(j+1 < len(r.toks) && r.word(rules.WordInfinitive, j+1) && j+2 < len(r.toks) && r.amountAt(j+2))
}

// otherSense reports whether the word at token j, right after the cue ac,
// gives the cue a sense that reports no words: a particle ("called off") or
// one of the rule's words after which it reports nothing ("compared with").
func (r *run) otherSense(ac *attrCue, j int) bool {
	return r.particleVerb(j) || j < len(r.toks) && r.isLower(j) && ac.notBefore[r.lower(j)]
}
