package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// The speaker of a label's colon: a named label, a finding, or the subject
// of the clause before the colon.

// buriedLabel reports whether the speaker spk of a label's colon, ending at
// token j, comes after other words of sentence a without a quotation after
// the colon or a dash before the speaker: "the obstacle confronting
// Sanders: Clinton's lead" names no speaker, while "pollster Daron Shaw:
// “Historically, ...”" does.
func (r *run) buriedLabel(a int, spk tokenSpan, j int) bool {
	if r.words(a, spk[0]) == 0 || r.quoteAt(j, len(r.toks)) >= 0 {
		return false
	}
	// A kicker before a dash opens a headline: "EXCLUSIVE – Roger Stone: ...".
	return !r.is(spk[0]-1, dashMarks)
}

// colonClauseSubject returns the subject of sentence s when the speaker
// phrase spk before a colon and a quotation is the object of a preposition
// in a clause of that subject: "Ruiz put it bluntly in an interview with
// the radio: “...”" is Ruiz's, not the radio's. Else it returns spk.
func (r *run) colonClauseSubject(s int, spk tokenSpan) tokenSpan {
	p := spk[0] - 1
	if p <= r.sents[s][0] || !r.isLower(p) || !r.wordClass(p).Has(phr.Preposition) {
		return spk
	}
	sub, ok := r.sentenceSubject(s, p)
	if !ok || sub[1] >= p || !r.agent(sub) || !r.verbBetween(s, sub[1], p) {
		return spk
	}
	return sub
}

// verbBetween reports whether a verb group of sentence s starts in tokens
// [x, y).
func (r *run) verbBetween(s, x, y int) bool {
	for k := x; k < y; k++ {
		r.steps++
		if r.verbGroupAt(s, k) {
			return true
		}
	}
	return false
}

// evidenceLabel reports whether speaker spk is one evidence noun alone, as
// the label of a headline: "Poll: Trump and Clinton hold narrow leads".
func (r *run) evidenceLabel(spk tokenSpan) bool {
	return spk[1]-spk[0] == 1 && r.wordIs(rules.WordEvidenceNoun, spk[0])
}
