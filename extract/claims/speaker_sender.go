package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// senderOf returns the subject of the verb before the speaker phrase of
// draft d when that phrase is the verb's object and is a message, or its cue
// a participle: in "the council approved a resolution condemning ...",
// "Ayotte wrote a letter congratulating ..." and "Sanders has drawn huge
// crowds describing ...", the council, Ayotte and Sanders speak, not the
// resolution, the letter or the crowds. It reports false otherwise.
func (r *run) senderOf(d *draft) (tokenSpan, bool) {
	s, e := d.speaker[0], d.speaker[1]
	if e <= s || !r.in(setDeterm, s) && !r.isLower(s) || r.subjectPronoun(s) {
		return tokenSpan{}, false // a pronoun subject is no object: "said they are reviewing"
	}
	if !r.word(rules.WordMessageNoun, e-1) && !r.participleCue(d) {
		return tokenSpan{}, false
	}
	if r.progressiveAfter(e, r.tokenAt(d.cueSpan.Start)) {
		return tokenSpan{}, false // the subject of its own verb group: "said workers were urging a strike"
	}
	v := s - 1
	x := r.sentOf(s)
	if x < 0 || v <= r.sents[x][0] || !r.isLower(v) || !r.isWord(v) {
		return tokenSpan{}, false
	}
	if w := r.lower(v); r.f.boundary[w] || r.f.aux[w] || r.f.determ[w] || r.f.adverb[w] || r.wordIs(rules.WordCoordinator, v) {
		return tokenSpan{}, false
	}
	sub, ok := r.speakerBefore(v, r.sents[x][0])
	if !ok || !r.agent(sub) {
		return tokenSpan{}, false
	}
	return sub, true
}

// participleCue reports whether the cue of draft d is a present participle
// ("describing", "saying").
func (r *run) participleCue(d *draft) bool {
	if d.cueSpan.Len() <= 0 {
		return false
	}
	i := r.tokenAt(d.cueSpan.Start)
	return i < len(r.toks) && r.isLower(i) && r.endsWith(rules.WordGerundEnd, i)
}

// progressiveAfter reports whether a form of "be", past adverbs, stands
// between the speaker phrase ending at token e and the cue at token c: the
// cue is the phrase's own verb, "workers were now urging".
func (r *run) progressiveAfter(e, c int) bool {
	k := c - 1
	for k > e && r.isLower(k) && r.wordClass(k).Has(phr.Adverb) && !r.wordClass(k).Has(phr.Be) {
		k--
	}
	return k >= e && k < c && r.isLower(k) && r.wordClass(k).Has(phr.Be)
}
