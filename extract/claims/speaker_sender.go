package claims

import "github.com/claimex/claimex/rules"

// senderOf returns the subject of the verb before the speaker phrase when the speaker phrase at
// tokens sp is a message that a verb before it makes the object of: in
// "the council approved a resolution condemning ..." and "Ayotte wrote a
// letter congratulating ...", the council and Ayotte speak, not the
// resolution or the letter. It reports false otherwise.
func (r *run) senderOf(sp tokenSpan) (tokenSpan, bool) {
	s, e := sp[0], sp[1]
	if e <= s || !r.word(rules.WordMessageNoun, e-1) || !r.f.determ[r.low[s]] && !r.isLower(s) {
		return tokenSpan{}, false
	}
	v := s - 1
	x := r.sent[s]
	if x < 0 || v <= r.sents[x][0] || !r.isLower(v) || !r.isWord(v) {
		return tokenSpan{}, false
	}
	if w := r.low[v]; r.f.boundary[w] || r.f.aux[w] || r.f.determ[w] || r.f.adverb[w] || r.f.words.is(rules.WordCoordinator, w) {
		return tokenSpan{}, false
	}
	sub, ok := r.speakerBefore(v, r.sents[x][0])
	if !ok || !r.agent(sub) {
		return tokenSpan{}, false
	}
	return sub, true
}
