package claims

import "github.com/claimex/claimex/document"

// addContent adds a claim for content tokens [c, e): a quote when they are
// exactly one quotation, else reported speech (or a commitment when the content
// commits the speaker to an action).
func (r *run) addContent(kind string, spk tokenSpan, c, e, i, j int, ac *attrCue) (int, bool) {
	if q := r.quoteAt(c, e); q >= 0 {
		qe := r.quotes[q].close
		if qe < 0 || qe+1 >= e || r.words(qe+1, e) == 0 {
			return r.add(document.Quote, spk, r.quotes[q].inner, i, j, ac.id, q, ac.rule.Hedged), true
		}
	}
	c, e = r.trimContent(c, r.quoteRunEnd(c, r.clauseEnd(c, e)))
	if x := r.frameAtEnd(c, e); x >= 0 {
		c, e = r.trimContent(c, x) // another's frame closes the words: "attacks that, Sweet noted"
	}
	if r.words(c, e) < 2 && (ac.rule.After || !r.namedObject(c, e)) || r.timePhrase(c, e) {
		return -1, false // a time alone is no content: "her support on Tuesday"
	}
	if r.commentRequest(c, e) {
		return -1, false
	}
	_, _, tentative := match(r, r.f.hedges, i, max(j, i+1))
	if kind == document.Reported && !tentative && !ac.rule.Hedged && r.commitsSpeaker(spk, c, e) {
		kind = document.Commitment
	}
	return r.add(kind, spk, r.span(c, e), i, j, ac.id, -1, ac.rule.Hedged), true
}
