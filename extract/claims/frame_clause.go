package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// cutAtSpeakers ends the content of a frame where a coordinated frame of the
// sentence names its own speaker: a clause joined by a comma and a
// conjunction whose subject speaks anew. Drafts from first on are the
// sentence's.
func (r *run) cutAtSpeakers(first int) {
	for k2 := first; k2 < len(r.drafts); k2++ {
		d2 := &r.drafts[k2]
		if d2.speaker.empty() || d2.cueSpan.Len() == 0 {
			continue
		}
		start, opener, tail, ok := r.cutStart(first, k2)
		if !ok {
			continue
		}
		at := r.toks[start].Start
		for k1 := max(first, k2-nearbyDrafts); k1 < len(r.drafts) && k1 <= k2+nearbyDrafts; k1++ {
			r.steps++
			d1 := &r.drafts[k1]
			if k1 == k2 || d1.region >= 0 || d1.kind == document.Assertion || d1.content.Start >= at || d1.content.End <= at {
				continue
			}
			if tail && d2.content.End < d1.content.End {
				continue // "the plan, which officials say is costly, will pass"
			}
			if tail && r.asMainClause(d1) && r.adjunctBefore(d1, start) {
				continue // the clause's fronted adjunct opens the content: "As the paper reported, on Friday, the mayor was refusing ..."
			}
			if d1.medial && r.afterFrameComma(d1, start) {
				continue // a medial frame's clause holds the subject after it: "If the vote passes, she said, he will consider ..."
			}
			if d1.cueSpan.Len() > 0 && (d1.cueSpan.Start >= at || opener >= 0 && d1.cueSpan.Start < r.toks[opener].Start) {
				continue
			}
			c, e := r.tokenAt(d1.content.Start), start
			for e > c && (!r.isWord(e-1) || r.isLower(e-1) && r.in(setBoundary, e-1)) {
				if r.isClose(e-1) && r.quotes[r.closedBy(e-1)].open >= c {
					break // the closing mark of a quote inside the content
				}
				e-- // ", but", "and"
			}
			if c, e = r.trimContent(c, e); r.words(c, e) >= 2 {
				d1.content = r.span(c, e)
			}
		}
	}
}

// adjunctBefore reports whether the content of draft d1 holds, before
// token start, a phrase set off by a comma but no verb group: an adjunct
// fronted in the clause from start, which the content holds whole.
func (r *run) adjunctBefore(d1 *draft, start int) bool {
	c := r.tokenAt(d1.content.Start)
	s := r.sentOf(c)
	if s < 0 || r.sentOf(start) != s || start-1 <= c || !r.is(start-1, ",") {
		return false
	}
	for k := c; k < start-1; k++ {
		r.steps++
		if r.quoteOf[k] >= 0 || r.verbGroupAt(s, k) {
			return false
		}
	}
	return true
}

// cutStart returns the token where the frame of draft k starts, so that
// the contents of the sentence's drafts (from first on) before it end
// there: the words joining an elided frame ("..., and argued that"), a
// coordinator before the speaker phrase (", but a spokesman noted"), or
// the start of a clause of its own. opener is the first token of an
// adjunct opening the sentence when the frame is its main clause, -1
// otherwise, and tail tells a phrase after a comma whose frame runs to the
// end (", in a move ministers hope will ..."). It reports false for a
// speaker after its cue and for a frame inside the content.
func (r *run) cutStart(first, k int) (start, opener int, tail, ok bool) {
	d := &r.drafts[k]
	switch {
	case d.joinAt > 0:
		return d.joinAt - 1, -1, false, true
	case d.inherit >= 0 || r.toks[d.speaker[0]].Start >= d.cueSpan.Start:
		return 0, -1, false, false
	}
	start = r.apposedStart(first, k)
	if st := r.coordinatedBefore(start); st >= 0 && (st == start || r.mainClause(d)) {
		return st, -1, false, true
	}
	if st, op, ok := r.ownClauseStart(d); ok {
		return st, op, true, true
	}
	return 0, -1, false, false
}

// afterFrameComma reports whether token k follows the comma that closes
// draft d's frame, a few tokens after its cue: the first words of the
// clause the frame interrupts.
func (r *run) afterFrameComma(d *draft, k int) bool {
	from := r.tokenAt(d.cueSpan.End)
	for x := from; x < k && x < from+frameTailWindow; x++ {
		if r.is(x, ",") {
			return x+1 == k
		}
	}
	return false
}

// frameTailWindow is the most tokens between a medial frame's cue and the
// comma that closes it: an inverted speaker ("said Ana Ruiz, the mayor,").
const frameTailWindow = 12

// coordinated reports whether token k opens a clause joined to the one before
// it: after "; " or after a comma and "but", "and", "while", "whereas",
// "although" or "though".
func (r *run) coordinated(k int) bool {
	if k-1 < 0 {
		return false
	}
	if r.is(k-1, ";") {
		return true
	}
	if k-2 < 0 || !r.is(k-2, ",") || !r.isLower(k-1) {
		return false
	}
	return r.wordIs(rules.WordCoordinator, k-1)
}

// coordinatedBefore returns the token at or up to five words before token k
// that opens a coordinated clause (see coordinated), or -1.
func (r *run) coordinatedBefore(k int) int {
	for st := k; st >= 0 && st > k-coordinatorWindow; st-- {
		if st < k && !r.isWord(st) {
			return -1
		}
		if r.coordinated(st) && !r.wordIs(rules.WordComplementizer, st) { // ", and that ..." goes on with the content
			return st
		}
	}
	return -1
}

// mainClause reports whether the frame of draft d is a clause of its own:
// nothing but auxiliaries and adverbs between its speaker and its cue, no
// relative pronoun or infinitive marker between them, past the comma that
// closes a name set off after its role.
func (r *run) mainClause(d *draft) bool {
	cue := r.tokenAt(d.cueSpan.Start)
	t := d.speaker[1]
	if t < cue && r.is(t, ",") && d.speaker[0] > 0 && r.is(d.speaker[0]-1, ",") {
		t++ // a name set off by commas after its role: "the retailer, Marten Group, said"
	}
	for ; t < cue && t < d.speaker[1]+speakerCueGap; t++ {
		if !r.isLower(t) || r.in(setBoundary, t) && !r.in(setAux, t) {
			return false
		}
	}
	return true
}

// clauseAt reports whether a clause with a subject starts at token x: a
// subject pronoun, or up to four words of a noun phrase, then an auxiliary
// or a modal.
func (r *run) clauseAt(x int) bool {
	if x >= len(r.toks) || !r.isWord(x) {
		return false
	}
	if r.subjectPronoun(x) && !r.wordIs(rules.WordReaderPronoun, x) {
		return x+1 < len(r.toks) && r.isLower(x+1)
	}
	if !r.in(setDeterm, x) && !r.isCap(x) {
		return false
	}
	for t := x + 1; t < len(r.toks) && t <= x+clauseSubjectWords && r.isWord(t); t++ {
		if r.isLower(t) && (r.modal(t) || r.in(setAux, t) && !r.in(setAdverb, t)) {
			return true
		}
	}
	return false
}

// clauseFollows reports whether a clause starts at token k: "that", or a
// subject of up to three words followed by a modal or a form of "be" or "have".
func (r *run) clauseFollows(k int) bool {
	if k >= len(r.toks) || !r.isLower(k) && !r.isCap(k) {
		return false
	}
	if r.wordIs(rules.WordComplementizer, k) {
		return true
	}
	for t := k + 1; t < len(r.toks) && t <= k+clauseFollowsWords && r.isWord(t); t++ {
		if r.wordIs(rules.WordClauseVerb, t) {
			return true
		}
	}
	return false
}

// clauseStart reports whether token c can open the rest of a clause rather
// than an appositive or a participle ("who ...", "adding that ...").
func (r *run) clauseStart(c int) bool {
	if !r.isWord(c) {
		return false
	}
	if r.wordIs(rules.WordRelativePronoun, c) {
		return false
	}
	if r.isLower(c) && r.endsWith(rules.WordGerundEnd, c) && r.wordClass(c).Has(phr.Gerund) && !r.wordClass(c).Has(phr.Preposition) {
		// A participle after a trailing frame is a frame of its own
		// ("..., Holt said, blaming the storm") or an adjunct of the whole
		// sentence ("..., the board said, prompting calls for ..."), not
		// more of the content; "including" is a preposition.
		return false
	}
	return true
}

// coordinatedNames reports whether names joined by "and", or a plural noun
// and "of" before a name, end just before token i: a plural subject, after
// which a base form is a verb.
func (r *run) coordinatedNames(i int) bool {
	s := r.sentOf(i)
	if s < 0 {
		return false
	}
	a := r.sents[s][0]
	k := i - 1
	for n := 0; n < coordinatedNameWords && k >= a && r.isWord(k) && r.isCap(k); n++ {
		k--
	}
	if k == i-1 || k-1 < a || !r.isLower(k) {
		return false
	}
	switch {
	case r.wordIs(rules.WordNameCoordinator, k):
		return r.isWord(k-1) && r.isCap(k-1) && !r.in(setDeterm, k-1) && !r.in(setBoundary, k-1)
	case r.wordIs(rules.WordGroupOf, k):
		// A plural head noun and "of" before the name.
		w := r.lower(k - 1)
		return r.isLower(k-1) && len(w) > 3 && r.endsWith(rules.WordPluralEnd, k-1) && !r.endsWith(rules.WordSingularEnd, k-1) &&
			!r.endsWith(rules.WordMassEnd, k-1) && !r.in(setBoundary, k-1) && !r.in(setAux, k-1) && !r.in(setDeterm, k-1)
	}
	return false
}

// modal reports whether token k is a modal verb.
func (r *run) modal(k int) bool {
	return r.wordIs(rules.WordModal, k)
}

// cutAtComma ends the content of draft d at its first comma outside a
// quotation: the object of a naming participle is a phrase, and what follows
// the comma is an appositive on it ("referring to the senator, who ...").
func (r *run) cutAtComma(d *draft) {
	if d.region >= 0 {
		return
	}
	c, e := r.tokenAt(d.content.Start), r.tokenAt(d.content.End)
	for k := c + 1; k < e; k++ {
		if r.is(k, ",;") && r.quoteOf[k] < 0 {
			if x, y := r.trimContent(c, k); r.words(x, y) >= 1 {
				d.content = r.span(x, y)
			}
			return
		}
	}
}

// apposedStart returns the first token of draft k's speaker phrase with
// the role set off before its name: "the country's largest retailer" of
// "the country's largest retailer, Marten Group, said". It returns the
// speaker's own start when no comma sets it off, or when no content of the
// drafts from first on reaches the comma, which the role would cut.
func (r *run) apposedStart(first, k int) int {
	d := &r.drafts[k]
	start := d.speaker[0]
	if start < 1 || !r.is(start-1, ",") || d.cueSpan.Len() == 0 || !r.contentReaches(first, k, r.toks[start-1].Start) {
		return start
	}
	i := r.tokenAt(d.cueSpan.Start)
	s := r.sentOf(i)
	if s < 0 || r.sentOf(start) != s {
		return start
	}
	if spk, from, ok := r.speakerPhrase(i, r.sents[s][0]); ok && spk == d.speaker && from < start {
		return from
	}
	return start
}

// contentReaches reports whether the content of a draft near draft k (from
// first on, the drafts cutAtSpeakers would cut), other than k, runs past
// byte offset off.
func (r *run) contentReaches(first, k, off int) bool {
	for n := max(first, k-nearbyDrafts); n < len(r.drafts) && n <= k+nearbyDrafts; n++ {
		r.steps++
		if n != k && r.drafts[n].content.Start < off && r.drafts[n].content.End > off {
			return true
		}
	}
	return false
}
