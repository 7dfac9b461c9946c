package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// clauseEnd returns where reported content [c, e) ends: at the first comma
// outside quotation marks that a source phrase follows (", according to
// ..."), which names who gave the writer the preceding words; else e. It
// looks a bounded way ahead.
func (r *run) clauseEnd(c, e int) int {
	for k := c + 1; k+1 < e && k < c+contentWindow; k++ {
		if !r.is(k, ",") || r.quoteOf[k] >= 0 || !r.isLower(k+1) {
			continue
		}
		if ac, _, ok := match(r, r.f.cues, k+1, e); ok && ac.rule.Source {
			return k
		}
	}
	return e
}

// quoteRunEnd returns where reported content [c, e) ends when a quotation
// that opens inside it runs on past e, over the sentence end, to its closing
// mark in the same paragraph: after that mark, since the quoted words go on
// with the content; else e.
func (r *run) quoteRunEnd(c, e int) int {
	if e <= c || e > len(r.toks) {
		return e
	}
	q := r.quoteOf[e-1]
	if q < 0 {
		return e
	}
	if rg := &r.quotes[q]; rg.open >= c && rg.close >= e {
		return rg.close + 1
	}
	return e
}

// maxLeadWords is the most words of a short lead set off by its own comma
// before a sentence's opening adjunct ("Moments earlier, in ...").
const maxLeadWords = 3

// openingAdjunct returns the first token of the adjunct that the tokens of
// sentence s up to the comma at token k are, before the sentence's main
// clause, or -1: they open with a subordinating conjunction, a preposition
// or a participle, after at most a short lead set off by its own comma. A
// frame read inside such an adjunct speaks for the adjunct only, not for
// the main clause after k.
func (r *run) openingAdjunct(s, k int) int {
	a := r.sents[s][0]
	for a < k && !r.isWord(a) {
		a++
	}
	if a >= k {
		return -1
	}
	if r.adjunctOpener(a) {
		return a
	}
	if r.leadBeforeSubordinator(a, k) {
		return a // "But when she said ...,", "Shortly after she said ...,"
	}
	for t := a + 1; t < k && r.words(a, t) <= maxLeadWords; t++ {
		if r.is(t, ",") {
			if t+1 < k && r.adjunctOpener(t+1) {
				return t + 1
			}
			return -1
		}
	}
	return -1
}

// leadBeforeSubordinator reports whether the sentence opens at token a,
// before the comma at token k, with an adverb or a conjunction and then a
// subordinating conjunction that opens an adjunct ("But when", "Shortly
// after"), not a lead set off by its own comma ("And so, he said").
func (r *run) leadBeforeSubordinator(a, k int) bool {
	if a+2 >= k || !r.in(setAdverb, a) && !r.wordIs(rules.WordCoordinator, a) {
		return false
	}
	return r.wordClass(a+1).Has(phr.Subordinator) && r.adjunctOpener(a+1) && r.isWord(a+2)
}

// adjunctOpener reports whether token t can open an adjunct clause or
// phrase by its word class: a subordinating conjunction, a preposition, an
// infinitive marker or a participle, and not a name nor a determiner
// ("That ...").
func (r *run) adjunctOpener(t int) bool {
	if !r.isWord(t) {
		return false
	}
	cl := r.wordClass(t)
	if !cl.Has(phr.Subordinator|phr.Preposition|phr.Infinitive|phr.Participle|phr.Gerund) || cl.Has(phr.Determiner) {
		return false
	}
	return r.mentionIn(r.span(t, t+1)) < 0
}

// mainAfterOpening returns the first token of the adjunct that opens the
// sentence when the frame of draft d, right after the comma at token c, is
// the main clause after it, so that contents read inside the adjunct end at
// c; else -1.
func (r *run) mainAfterOpening(d *draft, c int) int {
	s := r.sentOf(c)
	if s < 0 || r.quoteOf[c] >= 0 || !r.is(c, ",") || !r.mainClause(d) {
		return -1
	}
	return r.openingAdjunct(s, c)
}

// linkedClause reports whether the frame of draft d is a clause of its own
// that the conjunction at token k joins to the content before it ("... while
// the minister argued that ..."): its subject is an agent and nothing but
// auxiliaries and adverbs stand between the subject and the cue, nor
// anything but adverbs between the conjunction and the subject.
func (r *run) linkedClause(d *draft, k int) bool {
	if !r.isLower(k) || !r.wordIs(rules.WordCoordinator, k) || k > 0 && r.isCap(k-1) {
		return false // "Smith and Jones said" is one subject
	}
	for t := k + 1; t < d.speaker[0]; t++ {
		if !r.in(setAdverb, t) {
			return false // "and that she said": the content goes on
		}
	}
	return r.mainClause(d) && r.agent(d.speaker)
}

// endAtMainClause ends, at the comma that closes an adjunct opening
// sentence s, the contents of the sentence's drafts (from first on) whose
// cue lies inside the adjunct, when a main clause follows that comma: a
// noun phrase there is the subject of a verb group ("When Smith criticized
// the plan, the mayor left the room").
func (r *run) endAtMainClause(s, first int) {
	a, b := r.sents[s][0], r.sents[s][1]
	if first >= len(r.drafts) || !r.contentComma(first) {
		return // no content holds a comma: nothing to end, and no need to parse
	}
	op := -1
	for k := a + 1; k+1 < b && k < a+contentWindow; k++ {
		end, next := r.adjunctEnd(k)
		if end < 0 {
			continue
		}
		if op < 0 {
			if op = r.openingAdjunct(s, k); op < 0 {
				return
			}
		}
		if next >= b {
			return
		}
		if _, _, ok := r.mainClauseAt(s, next); ok {
			// The first comma a main clause follows closes the adjunct,
			// whether or not a content runs over it.
			if r.anyRunsOver(first, op, end) {
				r.endContentsAt(first, op, end)
			}
			return
		}
	}
}

// adjunctEnd returns where an opening adjunct ends at the comma at token k
// and where the clause after it starts: at the comma outside quotation
// marks, or after the closing mark right after it when a quotation ends the
// adjunct (`After X said they might do better at "less advanced schools,"
// Y said`); else -1, -1.
func (r *run) adjunctEnd(k int) (end, next int) {
	if !r.is(k, ",") {
		return -1, -1
	}
	q := r.quoteOf[k]
	if q < 0 {
		return k, k + 1
	}
	if c := r.quotes[q].close; c == k+1 {
		return c + 1, c + 1
	}
	return -1, -1
}

// mainClauseAt returns the tokens of the verb group of the clause that
// opens at token k of sentence s, when a noun phrase there, with the phrases
// that hang on it, is the verb group's subject.
func (r *run) mainClauseAt(s, k int) (int, int, bool) {
	a := r.sents[s][0]
	p := r.phrasesOf(s)
	x := k - a
	ci := p.ChunkOf[x]
	if ci < 0 || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != x || p.Classes[x].Has(phr.Relative) {
		return 0, 0, false // ", who argued" opens a relative clause
	}
	for v := ci + 1; v < len(p.Chunks) && v <= ci+maxLeadWords; v++ {
		if p.Chunks[v].Kind != phr.VerbGroup {
			continue
		}
		subj, ok := subjectOf(p, v)
		return a + p.Chunks[v].Start, a + p.Chunks[v].End, ok && subj[0] == x
	}
	return 0, 0, false
}

// endContentsAt ends at the comma at token k the contents of drafts from
// first on whose cue lies in [op, k) and whose content runs over k.
func (r *run) endContentsAt(first, op, k int) {
	for i := first; i < len(r.drafts); i++ {
		d := &r.drafts[i]
		if !r.runsOver(d, op, k) {
			continue
		}
		if c, e := r.trimContent(r.tokenAt(d.content.Start), k); r.words(c, e) >= 2 {
			d.content = r.span(c, e)
		}
	}
}

// runsOver reports whether draft d, its cue in tokens [op, k), has a
// content that runs over token k. A medial frame's content runs over the
// comma k that closes its frame by design.
func (r *run) runsOver(d *draft, op, k int) bool {
	from, at := r.toks[op].Start, r.toks[k].Start
	return d.region < 0 && d.cueSpan.Len() > 0 && d.cueSpan.Start >= from && d.cueSpan.Start < at &&
		d.content.Start < at && d.content.End > at && !(d.medial && r.afterFrameComma(d, k+1)) && !r.asMainClause(d)
}

// contentComma reports whether the content of a draft from first on, not
// a quotation's own, holds a comma. It reads the tokens the contents span
// once, with the count of contents open at each, so that many nested
// contents ("Hu said that Li said that ...") cost no more than one.
func (r *run) contentComma(first int) bool {
	lo, hi := len(r.toks), 0
	for i := first; i < len(r.drafts); i++ {
		if c := r.drafts[i].content; c.Len() > 0 && r.drafts[i].region < 0 {
			lo, hi = min(lo, r.tokenAt(c.Start)), max(hi, r.tokenAt(c.End-1)+1)
		}
	}
	if lo >= hi {
		return false
	}
	if n := hi - lo + 1; cap(r.openCounts) < n {
		r.openCounts = make([]int32, n)
	}
	open := r.openCounts[:hi-lo+1]
	clear(open)
	for i := first; i < len(r.drafts); i++ {
		if c := r.drafts[i].content; c.Len() > 0 && r.drafts[i].region < 0 {
			open[r.tokenAt(c.Start)-lo]++
			open[r.tokenAt(c.End-1)+1-lo]--
		}
	}
	var n int32
	for k := lo; k < hi; k++ {
		r.steps++
		if n += open[k-lo]; n > 0 && r.is(k, ",") {
			return true
		}
	}
	return false
}

// anyRunsOver reports whether a draft from first on runs over token k with
// its cue in [op, k) (see runsOver).
func (r *run) anyRunsOver(first, op, k int) bool {
	for i := first; i < len(r.drafts); i++ {
		if r.runsOver(&r.drafts[i], op, k) {
			return true
		}
	}
	return false
}

// ownClauseStart returns where the clause of draft d's frame starts when
// that frame is a clause of its own after the content of another: after a
// comma and function words (", in a move ministers hope will ..."), after a
// conjunction that joins its clause, after a closing quotation mark when
// its own content follows its cue, after a colon or dash, or after the
// comma that closes an adjunct opening the sentence (then opener is the adjunct's first token,
// else -1). It reports false for a frame inside another's content.
func (r *run) ownClauseStart(d *draft) (start, opener int, ok bool) {
	start = d.speaker[0]
	c := start - 1
	for c > start-speakerLeadWindow && c >= 0 && r.isLower(c) && (r.in(setBoundary, c) || r.in(setDeterm, c) || r.in(setAdverb, c)) {
		c--
	}
	switch {
	case c < 0:
	case c < start-1:
		if r.is(c, ",") || r.linkedClause(d, c+1) {
			return c + 1, -1, true
		}
	case r.isClose(c) && d.content.Start >= d.cueSpan.End:
		return start, -1, r.mainClause(d) && r.agent(d.speaker) // `..., "a quote," X said: "..."`
	case r.is(c, ":—–-") && r.quoteOf[c] < 0:
		return start, -1, r.mainClause(d) && r.agent(d.speaker) // "... problematic: a new poll showed"
	default:
		if op := r.mainAfterOpening(d, c); op >= 0 {
			return start, op, true
		}
	}
	return 0, -1, false
}

// endContentBefore ends the content of draft d before the source phrase
// at token k when it runs over it after a comma or a closing mark, keeping at
// least two words: the phrase names who gave the words, and is none of
// them. A phrase set off by dashes or parentheses interrupts the content.
func (r *run) endContentBefore(d *draft, k int) {
	e := k - 1 // the comma before the phrase
	if r.isClose(e) {
		e = k // a closing mark ends the quoted words of the content
	} else if !r.is(e, ",") {
		return
	}
	if d.region >= 0 || d.content.End <= r.toks[k].Start || d.content.Start >= r.toks[k-1].Start {
		return
	}
	if c, e := r.trimContent(r.tokenAt(d.content.Start), e); r.words(c, e) >= 2 {
		d.content = r.span(c, e)
	}
}

// maxEndFrameNames bounds the words of a name in a frame that closes a
// content: "Sen. Ana Ruiz said".
const maxEndFrameNames = 4

// frameAtEnd returns the comma before a frame of its own that closes
// content [c, e), a speaker and a one-word cue that reads after its content
// (", Sweet noted", "Instead, she said"), or -1. Such words are the
// frame's, not the content's.
func (r *run) frameAtEnd(c, e int) int {
	k := e - 1
	if k-1 <= c || !r.isLower(k) {
		return -1
	}
	ac, j, ok := match(r, r.f.cues, k, e)
	if !ok || j != e || !ac.rule.After {
		return -1
	}
	sp := k - 1
	if !r.subjectPronoun(sp) {
		for sp-1 > c && sp > k-maxEndFrameNames && r.isCap(sp-1) {
			sp--
		}
		if !r.isCap(sp) || r.mentionIn(r.span(sp, k)) < 0 {
			return -1
		}
	}
	if p := sp - 1; p > c && r.is(p, ",") && r.quoteOf[p] < 0 {
		return p
	}
	return -1
}

// quoteBeforeParticiple returns the token after the closing mark of
// quotation q, which opens a content, when a participle cue follows that
// mark before end, with a comma before or after it: the participle frames
// a claim of its own. It returns -1 otherwise.
func (r *run) quoteBeforeParticiple(q, end int) int {
	if q < 0 {
		return -1
	}
	x := r.quotes[q].close + 1
	k := x
	if k < end && r.is(k, ",") {
		k++
	} else if !r.is(x-2, ",") {
		return -1
	}
	if k >= end || !r.isLower(k) || !r.endsWith(rules.WordGerundEnd, k) {
		return -1
	}
	if _, _, ok := match(r, r.f.cues, k, end); !ok {
		return -1
	}
	return x
}

// cueAfterComma returns the first comma in tokens [c, end) that a speech cue
// follows, or end: when a subject with an appositive carrying its own object
// precedes the cue, the content of the appositive ends at that comma. It looks
// a bounded way ahead.
func (r *run) cueAfterComma(c, end int) int {
	for t := c; t+1 < end && t < c+contentWindow; t++ {
		if !r.is(t, ",") || r.quoteOf[t] >= 0 || !r.isLower(t+1) {
			continue
		}
		if ac, _, ok := match(r, r.f.cues, t+1, end); ok && ac.rule.Before && ac.rule.After && !r.endsWith(rules.WordGerundEnd, t+1) {
			return t
		}
	}
	return end
}

// causeAfterComma returns the comma in [c, end) that opens a clause of cause,
// concession or contrast (a causal conjunction, a concessive one, or "but"
// with a subject of its own), which gives the writer's account rather than
// the stance's object, or end.
func (r *run) causeAfterComma(c, end int) int {
	for t := c; t+1 < end && t < c+contentWindow; t++ {
		if !r.is(t, ",") || !r.isLower(t+1) {
			continue
		}
		switch {
		case r.phraseAt(rules.WordCauseConj, t+1, end) > 0:
			return t
		case r.wordIs(rules.WordContrastConj, t+1):
			// A clause with a subject of its own.
			if n := t + 2; n < end && r.isWord(n) && (r.isCap(n) || r.subjectPronoun(n) || r.in(setDeterm, n)) {
				return t
			}
		case r.wordIs(rules.WordCauseLead, t+1):
			for k := t + 2; k < end && k < t+causeMarkerWindow; k++ {
				if r.wordIs(rules.WordCauseMarker, k) {
					return t
				}
			}
		}
	}
	return end
}
