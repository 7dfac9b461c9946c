package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// thatClauses reads the verb groups of sentence s that no cue rule holds but
// whose complement is a "that" clause, with someone as their subject: "he
// figures that ...", "the panel concluded that ...". The subject holds the
// clause, whatever the verb; drafts from first on are the sentence's frames
// found by cue, which a verb group already read by one of them is left to.
func (r *run) thatClauses(s, first int) {
	ac := r.f.thatCue
	a, b := r.sents[s][0], r.sents[s][1]
	if ac == nil || !r.complementizerIn(a, b) {
		return
	}
	p := r.phrasesOf(s)
	for ci := range p.Chunks {
		vg := p.Chunks[ci]
		if vg.Kind != phr.VerbGroup || vg.Head < 0 || vg.End+1 >= len(p.Tokens) || !isThat(p, vg.End) || !r.wordIs(rules.WordComplementizer, a+vg.End) {
			continue
		}
		h := a + vg.Head
		if r.quoteOf[h] >= 0 || p.Classes[vg.Head].Has(phr.Be|phr.Auxiliary|phr.Modal) || r.readAt(s, h, a+vg.End+1, first) {
			continue
		}
		if !r.subjectAfter(a+vg.End+1, b) {
			continue // no clause after "that": a demonstrative ("liked that idea")
		}
		spk, ok := r.thatSubject(p, a, ci)
		if !ok {
			continue
		}
		if !r.agent(spk) || spk[1]-spk[0] == 1 && r.wordIs(rules.WordNonHolder, spk[0]) {
			continue
		}
		r.addContent(document.Reported, spk, a+vg.End+1, b, a+vg.Start, h+1, ac)
	}
	r.participleThatClauses(s, first)
}

// participleThatClauses reads the "that" clauses of participles after a
// comma that no cue rule holds, whose speaker is the sentence's subject:
// "the judge blocked the ban, ruling that ...". The parse leaves an "-ing"
// form without an auxiliary out of its verb groups, so they are read here.
func (r *run) participleThatClauses(s, first int) {
	a, b := r.sents[s][0], r.sents[s][1]
	for h := a + 1; h+2 < b; h++ {
		r.steps++
		if !r.is(h-1, ",") || r.quoteOf[h] >= 0 || !r.isLower(h) || !r.wordClass(h).Has(phr.Gerund) ||
			r.wordClass(h).Has(phr.Preposition) || r.wordIs(rules.WordLinkingParticiple, h) ||
			!r.wordIs(rules.WordComplementizer, h+1) || r.readAt(s, h, h+2, first) || !r.subjectAfter(h+2, b) {
			continue
		}
		spk, ok := r.sentenceSubject(s, h)
		if !ok || !r.agent(spk) {
			continue
		}
		r.addContent(document.Reported, spk, h+2, b, h, h+1, r.f.thatCue)
	}
}

// readAt reports whether a draft of sentence s, drafts from first on, has
// its cue at token h or its content starting at token c.
func (r *run) readAt(s, h, c, first int) bool {
	at := r.toks[h].Start
	for k := first; k < len(r.drafts); k++ {
		if d := &r.drafts[k]; d.cueSpan.Start <= at && at < d.cueSpan.End {
			return true
		}
	}
	return r.contentAt(s, c)
}

// complementizerIn reports whether a complementizer ("that") outside
// quotation marks lies in tokens [a, b), so that a sentence without one is
// not parsed for its "that" clauses.
func (r *run) complementizerIn(a, b int) bool {
	for t := a; t < b; t++ {
		if r.quoteOf[t] < 0 && r.isWord(t) && r.wordIs(rules.WordComplementizer, t) {
			return true
		}
	}
	return false
}

// thatSubject returns the subject of verb group ci of sentence parse p
// (its tokens from a): the noun phrase right before it, or the antecedent
// of a relative pronoun there ("the board, which ruled that ...").
func (r *run) thatSubject(p *phr.Parse, a, ci int) (tokenSpan, bool) {
	if subj, ok := subjectOf(p, ci); ok {
		return tokenSpan{a + subj[0], a + subj[1]}, true
	}
	k := a + p.Chunks[ci].Start - 1
	if k <= a || !r.isLower(k) || !r.word(rules.WordSubjectRelative, k) {
		return tokenSpan{}, false
	}
	e := r.beforePronoun(k) + 1 // past a comma: "the board, which"
	hs, ok := r.relativeAntecedent(e, a)
	if !ok {
		return tokenSpan{}, false
	}
	return tokenSpan{hs, e}, true
}
