package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
)

// dropAdjunctContents drops the contents of the drafts of sentence s (from
// first on) that are only the adjunct opening the sentence before their
// frame, when the frame's own words follow its cue: a quotation after a comma,
// or a content straight after the cue ("At a rally on Monday, X said, \"...\"",
// "Since then, X has responded by ..."). The adjunct then says when, where or
// on what occasion the words were said, not what was said.
func (r *run) dropAdjunctContents(s, first int) {
	for k := first; k < len(r.drafts); k++ {
		d := &r.drafts[k]
		if d.kind != document.Reported || d.region >= 0 || d.content.Len() <= 0 || d.cueSpan.Start < d.content.End {
			continue
		}
		c, e := r.tokenAt(d.content.Start), r.tokenAt(d.content.End-1)+1
		if r.sentOf(c) != s || !r.opensSentence(s, c) || e >= r.sents[s][1] || !r.is(e, ",") {
			continue
		}
		if r.prepositionalAdjunct(s, e) && r.saysAfterCue(s, r.tokenAt(d.cueSpan.End-1)+1) {
			d.content.End = d.content.Start // no claim of its own
		}
	}
}

// prepositionalAdjunct reports whether the tokens of sentence s before the
// comma at token e are an opening adjunct that a preposition opens and no
// verb group or comma of its own follows: a phrase of time, place or
// occasion ("At a rally in Ohio", "Since then"), not a clause ("If she
// wins", "After the vote was held") whose words may be part of what is said.
func (r *run) prepositionalAdjunct(s, e int) bool {
	op := r.openingAdjunct(s, e)
	if op < 0 || !r.wordClass(op).Has(phr.Preposition) {
		return false
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	for t := op + 1; t < e; t++ {
		if r.is(t, ",") && r.quoteOf[t] < 0 {
			return false
		}
		if x := p.ChunkOf[t-a]; x >= 0 && p.Chunks[x].Kind == phr.VerbGroup || p.Classes[t-a].Has(phr.Verb) {
			return false
		}
	}
	return true
}

// saysAfterCue reports whether the words said follow the cue that ends
// before token j of sentence s: a quotation, after a comma or a colon or
// straight away, or a word straight after the cue.
func (r *run) saysAfterCue(s, j int) bool {
	b := r.sents[s][1]
	if j < b && r.is(j, ",:") {
		j++
		return j < b && r.isOpen(j)
	}
	return j < b && (r.isOpen(j) || r.isWord(j))
}

// opensSentence reports whether token c is the first word of sentence s.
func (r *run) opensSentence(s, c int) bool {
	for t := r.sents[s][0]; t < c; t++ {
		if r.isWord(t) {
			return false
		}
	}
	return true
}
