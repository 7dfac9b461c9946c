package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// pastListener returns the first token of a clause that follows the
// listener of a cue at token k, over a time after the listener: "told
// reporters the deal was good", "told CNN on Sunday the talks had
// stalled". It returns -1 when no listener and clause follow.
func (r *run) pastListener(k, b int) int {
	s := r.sentOf(k)
	if s < 0 || r.sentOf(b-1) != s {
		return -1
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[k-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != k-a {
		return -1
	}
	end := a + p.Chunks[ci].End
	listener := r.agent(tokenSpan{k, end}) || end == k+1 && r.word(rules.WordObjectPronoun, k) // "told him the deal was good"
	if end >= b || !listener {
		return -1 // a message as the object: "told a different story"
	}
	x := r.timeValueEnd(end, b)
	if x == end {
		x = r.pastTime(end, b)
	}
	if x >= b || !r.subjectAndVerbAt(p, a, x) {
		return -1
	}
	return x
}

// subjectAndVerbAt reports whether a clause opens at token x of the
// sentence parsed as p from token a: a noun phrase, or a subject pronoun
// but no relative one, and right after it a verb group with a tense of its
// own.
func (r *run) subjectAndVerbAt(p *phr.Parse, a, x int) bool {
	ci := p.ChunkOf[x-a]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != x-a || ci+1 >= len(p.Chunks) || p.Classes[x-a].Has(phr.Relative) {
		return false // "voters who wonder" is one noun phrase
	}
	vg := p.Chunks[ci+1]
	if vg.Kind != phr.VerbGroup || vg.Start != p.Chunks[ci].End || p.Classes[vg.Start].Has(phr.Infinitive) {
		return false
	}
	return vg.Head != vg.Start || !p.Classes[vg.Head].Has(phr.Gerund|phr.Participle) || vg.Head > 0 && p.Classes[vg.Head].Has(phr.Verb)
}
