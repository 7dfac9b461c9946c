package claims

import (
	"unicode"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// unsourced reads a clause whose source is left unsaid: a subject with a
// passive verb of accusation or blame, or an adverb of hearsay by its verb. The
// content is the clause, subject included; there is no claimant.
func (r *run) unsourced(s, i, j, limit int, ac *attrCue) bool {
	a := r.sents[s][0]
	c := a
	for k := i - 1; k > a && k > i-clauseBackWindow; k-- {
		if r.is(k, ";:") && r.quoteOf[k] < 0 {
			c = k + 1
			break
		}
	}
	c = r.clauseOpen(c, i)
	// In a relative clause the subject is the noun it hangs on: "through a
	// tender that is expected to open next year".
	if k := i - 1; k-1 > c && r.word(rules.WordUnsourcedLink, k) {
		h, setOff := k-1, r.is(k-1, ",")
		if setOff {
			h-- // "The minister, who has been criticized for ...,"
		}
		if ns := r.npBack(h, c); ns <= h && ns >= c {
			c = ns
			if setOff {
				limit = r.relativeClauseEnd(j, limit)
			}
		}
	}
	c = r.pastOpeningAdjunct(s, c, i)
	if ac.rule.Clause {
		v := j
		for v+1 < limit && v < j+2 && r.isLower(v) && r.in(setAux, v) {
			v++ // "seem to be worried about", "appeared to have endorsed"
		}
		if ac2, _, ok := match(r, r.f.cues, v, limit); ok && !ac2.rule.Attitude {
			return false // a cue of its own after it: "Cruz seemed to blame the network"
		}
		limit = r.firstBreak(j, limit)
		if h, ok := r.clauseHolder(s, c, i); ok && r.words(j, limit) > 0 {
			// Someone who can hold a view is its holder: "voters seem to care
			// more about ...", "Rubio seemed hopeful that ...".
			_, ok := r.addContent(document.Reported, h, j, limit, i, j, ac)
			return ok
		}
	}
	if r.words(c, i) == 0 || r.words(j, limit) == 0 {
		return false
	}
	_, ok := r.addContent(document.Reported, tokenSpan{}, c, limit, i, j, ac)
	return ok
}

// clauseHolder returns the subject of the perception cue at token i when it
// names someone who can hold a view: the words from the clause start c, or
// else the noun phrase the sentence's parse puts right before the cue's
// verb group, past an opening connective or adjunct ("But Trump seemed
// to ...", "Before the attacks, Rubio seemed hopeful that ...").
func (r *run) clauseHolder(s, c, i int) (tokenSpan, bool) {
	if r.npBack(i-1, c) == c && r.holder(tokenSpan{c, i}) {
		return tokenSpan{c, i}, true
	}
	if !r.verbGroupAt(s, i) {
		return tokenSpan{}, false
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	subj, ok := subjectOf(p, p.ChunkOf[i-a])
	h := tokenSpan{a + subj[0], a + subj[1]}
	return h, ok && h[0] > c && r.holder(h)
}

// pastOpeningAdjunct returns the first token of the subject of the clause
// from token c to the cue at token i of sentence s, past an adjunct opening
// the sentence and set off by its only comma before the cue, a phrase with
// no verb ("In some cases, companies have been criticized for ..."); else c.
// A clause there ("When the vote was held, ...") may hold a claim of its
// own and is kept.
func (r *run) pastOpeningAdjunct(s, c, i int) int {
	if c != r.sents[s][0] {
		return c
	}
	k := -1
	for t := c; t < i; t++ {
		if r.is(t, ",") && r.quoteOf[t] < 0 {
			if k >= 0 {
				return c // an appositive or a list before the cue
			}
			k = t
		}
	}
	if k < 0 || !r.prepositionalAdjunct(s, k) {
		return c
	}
	return k + 1
}

// clauseOpen returns the first token of the clause that holds token i, past
// a conjunction set off by a comma or dash after token c, which is not the
// last link of a list:
// "..., and the House is expected to", "..., though the group is expected to".
func (r *run) clauseOpen(c, i int) int {
	for k := i - 1; k > c; k-- {
		if !r.is(k-1, ",―—–") || r.quoteOf[k] >= 0 || !r.isLower(k) {
			continue
		}
		cl := r.wordClass(k)
		if cl.Has(phr.Subordinator) || cl.Has(phr.Coordinator) && !r.listComma(k-1, c) {
			return k + 1
		}
	}
	return c
}

// listItemWords is the most tokens of a list item between two commas:
// "Pfizer, Johnson & Johnson, and Eli Lilly".
const listItemWords = 5

// listComma reports whether the comma at token k, after token c, closes an
// item of a list: another comma outside quotes comes a few tokens before it.
func (r *run) listComma(k, c int) bool {
	for x := k - 1; x > c && x >= k-listItemWords; x-- {
		if r.is(x, ",") && r.quoteOf[x] < 0 {
			return true
		}
	}
	return false
}

// passive reads an impersonal frame: "it", a passive cue, optionally a time
// phrase or a "by" agent, then "that" and the content.
func (r *run) passive(s, i, j, limit int, ac *attrCue) bool {
	var spk tokenSpan
	c := j
	if !r.wordIs(rules.WordComplementizer, j-1) {
		c = -1
		for k := j; k < limit && k < j+thatWindow && !r.is(k, ",;:.!?"); k++ {
			if r.word(rules.WordComplementizer, k) {
				c = k + 1
				break
			}
			if r.word(rules.WordAgentPrep, k) && spk[1] == 0 {
				if e := r.npForward(k+1, limit); e > k+1 {
					spk = tokenSpan{k + 1, e} // the source after all, as a "by" agent
				}
			}
		}
		if c < 0 {
			return false
		}
	}
	_, ok := r.addContent(document.Reported, spk, c, limit, i, j, ac)
	return ok
}

// pastTime returns the token after a time phrase starting at token k (a
// relative time word, a unit after "last" or "this", or a date after "on" or
// "in"), or k.
func (r *run) pastTime(k, b int) int {
	x := k
	switch {
	case r.wordIs(rules.WordRelativeTime, k):
		x++
		if x < b && r.wordIs(rules.WordRelativeLink, x) {
			x++
		}
		if x < b && r.isLower(x) && r.timeUnit(x) {
			x++
		}
		return x
	case r.wordIs(rules.WordTimeAdverb, k):
		return k + 1
	case r.wordIs(rules.WordTimeDeterminer, k):
		if k+1 < b && r.isLower(k+1) && r.timeUnit(k+1) {
			return k + 2
		}
	case r.wordIs(rules.WordDatePrep, k):
		x = k + 1
		for x < b && x < k+dateWords && r.isWord(x) && (r.isCap(x) || unicode.IsDigit(rune(r.toks[x].Text[0]))) {
			x++
		}
		if x > k+1 {
			return x
		}
	}
	return k
}

// timeUnit reports whether token k names a span of time: "week", "month".
func (r *run) timeUnit(k int) bool {
	return r.wordIs(rules.WordTimeUnit, k)
}

// firstBreak returns the first comma or semicolon outside quotation marks in
// tokens [j, limit), where the clause of a cue ending at j ends; else limit.
func (r *run) firstBreak(j, limit int) int {
	for k := j; k < limit; k++ {
		if r.is(k, ",;") && r.quoteOf[k] < 0 {
			return k
		}
	}
	return limit
}

// holder reports whether the subject tokens name someone who can hold a
// view: a personal pronoun other than "it", or a person or an organization.
func (r *run) holder(spk tokenSpan) bool {
	if spk[1]-spk[0] == 1 && r.subjectPronoun(spk[0]) {
		return !r.wordIs(rules.WordNonHolder, spk[0])
	}
	return r.namedEntity(spk)
}

// relativeClauseEnd returns the comma that closes a relative clause set off
// by commas whose cue ends at token j, before limit, or limit.
func (r *run) relativeClauseEnd(j, limit int) int {
	for t := j; t < limit; t++ {
		if r.is(t, ",") && r.quoteOf[t] < 0 {
			return t
		}
	}
	return limit
}
