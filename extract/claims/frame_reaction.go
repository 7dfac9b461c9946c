package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
)

// maxReactionParticles is the most prepositions or particles between a
// reaction's verb and its object: "railed at", "doubled down on".
const maxReactionParticles = 2

// reactions reads the verbs of sentence s that no cue rule holds but whose
// object is the phrase of a noun cue, drafts from first on: "Biden rubbished
// Trump's claim to understand the middle class". The verb's subject reacts
// to the statement or stance the phrase names, which is its content.
func (r *run) reactions(s, first int) {
	ac := r.f.reactCue
	if ac == nil {
		return
	}
	n := len(r.drafts)
	for k := first; k < n; k++ {
		d := &r.drafts[k]
		if !r.f.nominals[d.rule] || d.cueSpan.Len() <= 0 || d.content.Len() <= 0 {
			continue
		}
		if d.speaker[1]-d.speaker[0] == 1 && r.possessivePronoun(d.speaker[0]) {
			continue // the subject's own stance: "she sharpened her pitch"
		}
		if !d.speaker.empty() && r.toks[d.speaker[0]].Start >= d.cueSpan.End {
			continue // the source follows the noun: the subject is its target, "faced criticism from rivals"
		}
		spk, np, v, ok := r.reactionVerb(s, r.tokenAt(d.cueSpan.Start), first)
		if !ok {
			continue
		}
		r.add(document.Reported, spk, document.Span{Start: r.toks[np].Start, End: d.content.End}, v, np, ac.id, -1, false)
	}
}

// reactionVerb finds the verb group of sentence s whose object is the noun
// phrase holding the noun cue at token i: it returns the verb's subject, the
// phrase's first token and the verb's head. The verb is active, no form of
// "be", "have" or a modal, no cue already read, and its subject can hold a
// stance.
func (r *run) reactionVerb(s, i, first int) (tokenSpan, int, int, bool) {
	p, a := r.phrasesOf(s), r.sents[s][0]
	ni := p.ChunkOf[i-a]
	if ni < 1 || p.Chunks[ni].Kind != phr.NounPhrase {
		return tokenSpan{}, 0, 0, false
	}
	np, vi := a+p.Chunks[ni].Start, ni-1
	vg := p.Chunks[vi]
	if vg.Kind != phr.VerbGroup || vg.Passive || vg.Head < 0 {
		return tokenSpan{}, 0, 0, false
	}
	for t := a + vg.End; t < np; t++ {
		if t >= a+vg.End+maxReactionParticles || !r.isLower(t) || !p.Classes[t-a].Has(phr.Preposition|phr.Adverb) {
			return tokenSpan{}, 0, 0, false
		}
	}
	h := a + vg.Head
	if r.quoteOf[h] >= 0 || p.Classes[vg.Head].Has(phr.Be|phr.Auxiliary|phr.Modal) || r.readAt(s, h, np, first) {
		return tokenSpan{}, 0, 0, false
	}
	subj, ok := subjectOf(p, vi)
	if !ok {
		return tokenSpan{}, 0, 0, false
	}
	spk := tokenSpan{a + subj[0], a + subj[1]}
	if !r.agent(spk) {
		return tokenSpan{}, 0, 0, false
	}
	return spk, np, h, true
}
