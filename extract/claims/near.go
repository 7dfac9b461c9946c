package claims

import "github.com/claimex/claimex/rules"

// maxNearPhrase is the most tokens from the adjective of nearness to the
// end of the phrase before the cue ("close to the campaign").
const maxNearPhrase = 7

// nearSpeaker reads a source described by its nearness to the matter, which
// ends just before the cue at token i: "people close to the campaign said",
// "those familiar with the talks say", "sources close to him say". The whole
// phrase is the speaker, not the campaign or the talks. It returns the
// speaker and its first token.
func (r *run) nearSpeaker(i, a int) (tokenSpan, int, bool) {
	k := r.skipAuxBack(i-1, a)
	if k < a || !r.isWord(k) {
		return tokenSpan{}, 0, false
	}
	p := k - 1
	for p > a && p >= k-maxNearPhrase && !r.f.near[r.lower(p)] {
		if !r.isWord(p) && !r.is(p, "'’-") || r.isLower(p) && r.in(setBoundary, p) && !r.in(setDeterm, p) && !r.f.near[r.lower(p-1)] {
			return tokenSpan{}, 0, false
		}
		if r.isCueWord(p) {
			return tokenSpan{}, 0, false
		}
		p--
	}
	if p <= a || p < k-maxNearPhrase || !r.isLower(p) || !r.f.near[r.lower(p)] {
		return tokenSpan{}, 0, false
	}
	if !r.wordIs(rules.WordNearParticle, p+1) {
		return tokenSpan{}, 0, false
	}
	h := p - 1
	if !r.isWord(h) {
		return tokenSpan{}, 0, false
	}
	if r.wordIs(rules.WordNearPronoun, h) {
		return tokenSpan{h, k + 1}, h, true
	}
	if !r.isLower(h) && h != a || r.in(setBoundary, h) || r.in(setAux, h) {
		return tokenSpan{}, 0, false
	}
	ns := r.npBack(h, a)
	if ns > h || !r.validNP(ns, h+1) || !r.agent(tokenSpan{ns, h + 1}) {
		return tokenSpan{}, 0, false
	}
	return tokenSpan{ns, k + 1}, ns, true
}
