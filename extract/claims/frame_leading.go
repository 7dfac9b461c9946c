package claims

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// beforeFrame reads a frame whose speaker and cue come first: a speaker, a
// cue (after auxiliaries and adverbs), then a "that" clause, a bare clause or
// a colon and a quotation.
func (r *run) beforeFrame(s, i, j, limit, first int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	spk, from, at, ok := r.leadingSpeaker(s, i, first, ac)
	if !ok {
		return false
	}
	if ac.rule.Named && r.quoteAt(j, len(r.toks)) >= 0 {
		spk = r.colonClauseSubject(s, spk)
	}
	if ac.rule.Named && (r.sectionColons[i] || !r.namedEntity(spk) && !r.evidenceLabel(spk) || r.inParens(spk[0]) || r.buriedLabel(a, spk, j) || ac.notLabel[r.lowerSpan(spk)]) {
		return false
	}
	if x := r.proForm(i, j, a, b); x >= 0 {
		// A pro-form stands for the content, after the cue or as the subject of
		// a relative clause of the cue.
		k := r.add(document.Reported, spk, r.span(x, x+r.proLen(x)), i, j, ac.id, -1, ac.rule.Hedged)
		r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
		return true
	}
	c := r.contentStart(j, b, ac.rule.Object)
	gap := r.relativeGap(spk[0], j, b)
	if gap {
		c = j
	} else if ac.rule.After {
		if x := r.asClauseEnd(spk, j, a, b, ac.rule.Object); x > 0 {
			c = x
		}
	}
	if c < 0 || c >= limit || (c == j && r.act(i, j)) || ac.rule.Named && !r.letteredIn(c, limit) {
		return false // a tally after a label is no claim: "Sanders: 46."
	}
	if ac.base && c == j && r.word(rules.WordObjectPronoun, c) && c+1 < b && r.is(c+1, ",") {
		return false // a lone pronoun holds no view: "how voters see her, ..."
	}
	if c == j && i-2 >= a && r.wordIs(rules.WordInfinitive, i-1) {
		if _, e, ok := match(r, r.f.commits, i-2, i-1); ok && e == i-1 {
			return false // the action of a commitment: "plans to add a production line"
		}
	}
	end := limit
	if q := r.quoteAt(c, b); q >= 0 && r.quotes[q].close < 0 {
		end = b
	} else if x := r.quoteBeforeParticiple(q, end); x > 0 {
		end = x // "said, “We will win,” adding that ...": the quotation is the content
	} else {
		end = r.cueAfterComma(c, end)
		if x := r.causeAfterComma(c, end); !ac.rule.After && !r.quoteIn(c, x) {
			end = x
		}
	}
	if c > j && r.word(rules.WordTopicParticle, c-1) {
		end = r.topicEnd(s, c, end)
	}
	if k, ok := r.addObjectOrContent(spk, c, end, b, i, j, ac); ok {
		r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
		if gap {
			r.cutAtComma(&r.drafts[k]) // the relative clause ends at its comma
		}
		return true
	}
	return false
}

// relativeGap reports whether the cue ending at token j speaks inside a
// relative clause whose pronoun, right before the speaker at token k, is
// the subject of the reported clause, which then opens with its verb group
// at j: "which critics said was unfair", "what analysts say is a sign".
func (r *run) relativeGap(k, j, b int) bool {
	if k < 1 || j >= b || !r.isLower(k-1) || !r.isLower(j) || !r.wordClass(j).Has(phr.Be|phr.Modal|phr.Auxiliary) {
		return false
	}
	return r.wordIs(rules.WordRelativePronoun, k-1) || r.word(rules.WordProformBefore, k-1)
}

// letteredIn reports whether a word with a letter lies in tokens [c, e).
func (r *run) letteredIn(c, e int) bool {
	for t := c; t < e; t++ {
		if r.isWord(t) {
			if ch, _ := utf8.DecodeRuneInString(r.toks[t].Text); unicode.IsLetter(ch) {
				return true
			}
		}
	}
	return false
}

// maxAsideTokens is the most tokens of an aside set off by commas between a
// cue and its "that" clause.
const maxAsideTokens = 12

// thatPastAside returns the token after "that" when the comma at token k
// opens an aside closed by another comma right before "that" ("a demand,
// by the House minority leader, that ...", "in Buffalo, New York, that"),
// or -1. The aside holds no quotation, and a verb right after "that" makes
// it a relative pronoun.
func (r *run) thatPastAside(k, b int) int {
	if !r.is(k, ",") || r.quoteOf[k] >= 0 {
		return -1
	}
	for t := k + 1; t+1 < b && t <= k+maxAsideTokens; t++ {
		switch {
		case r.isOpen(t) || r.quoteOf[t] >= 0 || r.is(t, ";:.!?"):
			return -1
		case r.is(t, ","):
			if t > k+1 && r.isLower(t+1) && r.wordIs(rules.WordComplementizer, t+1) && t+2 < b && !r.verbForm(t+2) && !r.wordClass(t+2).Has(phr.Be|phr.Auxiliary|phr.Modal) {
				return t + 2 // not a relative clause: "the attacks on Sept. 11, 2012, that killed ..."
			}
		}
	}
	return -1
}

// cueStarts reports whether a cue starts at token t.
func (r *run) cueStarts(t, b int) bool {
	_, _, ok := match(r, r.f.cues, t, b)
	return ok
}

// contentStart returns the first token of the content after a cue ending at
// token j, or -1 when the cue is not followed by content.
func (r *run) contentStart(j, b int, object bool) int {
	k := j
	if k >= b {
		return -1
	}
	// scan looks n tokens on for where the content opens; an indirect
	// question opens it only past an adjunct (questions).
	scan := func(n int, questions bool) int {
		for t := k; t < b && t < k+n; t++ {
			switch {
			case r.word(rules.WordComplementizer, t):
				return t + 1
			case questions && t > k && r.isLower(t) && r.word(rules.WordIndirectQuestion, t):
				return t // "asked on Monday whether ...
			case r.is(t, ":") && !r.gluedColon(t):
				return t + 1
			case r.isOpen(t) && r.quotes[r.opensAt[t]].words < shortTitleWords && r.quotes[r.opensAt[t]].close > t:
				if r.quotes[r.opensAt[t]].doubled {
					n += 2 // doubled marks ('') count as the single ones do
				}
				t = r.quotes[r.opensAt[t]].close // a short quoted title, such as a programme's name
			case r.isOpen(t):
				return t
			case t-1 > k && r.isLower(t) && r.personSpeaker(tokenSpan{t - 1, t}) && r.cueStarts(t, b):
				return -1 // a later clause's cue brings in what follows: "called for X because she believed "...""
			case object && t > k && r.isLower(t) && (r.modal(t) || r.wordClass(t).Has(phr.Be|phr.Auxiliary)):
				return -1 // the clause after a listener has begun: "told reporters the records would show that ..."
			case r.is(t, ",;"):
				if t+1 < b && r.isOpen(t+1) {
					return t + 1
				}
				if x := r.thatPastAside(t, b); x > 0 {
					return x // "said on CNN, where he is a contributor, that ..."
				}
				return -2
			}
		}
		return -1
	}
	if object {
		if c := scan(contentStartWindow, false); c >= 0 {
			return c
		}
		if c := r.pastListener(k, b); c > k {
			return c
		}
	}
	if c := r.objectStart(k, b); c >= 0 {
		return c
	}
	infinitive := r.wordIs(rules.WordInfinitive, k) && k+1 < b && r.isLower(k+1) && !r.in(setDeterm, k+1) &&
		(!r.in(setBoundary, k+1) || r.wordClass(k+1).Has(phr.Be|phr.Auxiliary)) // "to be heard", not "to the board"
	subject := r.wordIs(rules.WordDemonstrative, k) && k+1 < b && r.isLower(k+1) && r.in(setAux, k+1) // "convinced this is"
	if r.in(setAdverb, k) && (r.isLower(k) || !r.in(setBoundary, k)) && !r.wordIs(rules.WordComplementizer, k) && !infinitive && !subject {
		c := scan(contentStartWindow, true)
		if x := r.timeValueEnd(k, b); c < 0 && x > k && x < b && r.clauseAt(x) {
			return x // a time before a bare clause: "said Monday the council would ..."
		}
		if c < 0 && !r.isLower(k) && !(k+1 < b && r.isLower(k+1) && r.timeClause(k+1)) {
			return k // a capitalized day or month that opens the content
		}
		if c < 0 {
			if x := r.pastTime(k, b); x > k && x < b && r.clauseAt(x) {
				return x // "said last month it would delay ..."
			}
			return r.adjunctClause(k, b)
		}
		return c
	}
	if r.is(k, ".!?") || r.word(rules.WordRelativeCopula, k) {
		return -1 // a cue inside a relative clause: its content is the pronoun before it
	}
	if x := r.thatPastAside(k, b); x > 0 {
		return x // "noted, however, that ...", "testified, for example, that ..."
	}
	if (r.word(rules.WordComplementizer, k)) || r.is(k, ":,") {
		return k + 1
	}
	return k
}

// objectStart returns where the content starts when the cue ending at
// token k is followed by an adverb before "that", an amount, a question
// word, a topic particle or a time, or -1.
func (r *run) objectStart(k, b int) int {
	switch {
	case k+1 < b && r.isLower(k) && r.endsWith(rules.WordAdverbEnd, k) && r.wordClass(k).Has(phr.Adverb) && r.word(rules.WordComplementizer, k+1):
		return k + 2 // a manner adverb before "that": "warning darkly that ..."
	case r.approximator(k) && k+1 < b && r.amountAt(k+1), r.boundedAmountAt(k):
		return k // an amount as the object: "recalling about 1.2 million chargers", "at least 20 boats"
	case r.word(rules.WordQuestionWord, k):
		return k // "have not said when they would ..."
	case r.word(rules.WordTopicParticle, k) && k+1 < b && r.isWord(k+1) && !r.amountAt(k+1) && r.timeValueEnd(k+1, b) == k+1 && r.pastTime(k+1, b) == k+1:
		return k + 1 // what a stance is about: "raised questions about the plan"
	}
	if n := r.phraseAt(rules.WordTopicParticle, k, b); n > 1 && k+n < b && r.isWord(k+n) {
		return k + n // "voted in favor of the bill"
	}
	if c := r.pastTimeValue(k, b); c > k {
		return c
	}
	return -1
}

// participle reads a participial frame after a comma, whose speaker is the
// subject of the sentence: a main clause, a comma, then a participle cue and
// its content.
func (r *run) participle(s, i, j, limit, first int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	p := i - 1
	if p-1 >= a && r.isLower(p) && r.endsWith(rules.WordAdverbEnd, p) && r.wordClass(p).Has(phr.Adverb) && r.is(p-1, ",") {
		p-- // an adverb after the comma: "..., eventually saying"
	}
	perfect := p-1 >= a && r.isLower(p) && r.wordClass(p).Has(phr.Auxiliary) && r.endsWith(rules.WordGerundEnd, p)
	if perfect {
		p-- // a perfect participle: "..., having referred to him as"
	}
	if p < a || !(r.is(p, ","+dashMarks) || r.commaInQuote(p)) || !perfect && !r.endsWith(rules.WordGerundEnd, i) {
		return false // after a comma or a dash: "..., saying", "... – saying", `on "Morning Joe," calling`
	}
	if r.is(p, dashMarks) && r.dashAfter(j, b) {
		return false // an aside between dashes: "Rubio -- seeking a breakout -- faced"
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit {
		return false
	}
	// The speaker of an earlier frame in the sentence, else its subject:
	// the frame whose cue comes last before the participle, unless a noun
	// cue that is not the subject's (see othersNoun).
	from := -1
	var cands [draftsBack]int
	nc := 0
	for k := len(r.drafts) - 1; k >= first && k >= len(r.drafts)-draftsBack; k-- {
		r.steps++
		if dk := &r.drafts[k]; !dk.speaker.empty() && dk.cueSpan.Start < r.toks[i].Start {
			cands[nc] = k
			nc++
		}
	}
	for _, k := range cands[:nc] {
		if !r.othersNoun(k, cands[:nc]) && (from < 0 || r.drafts[k].cueSpan.Start > r.drafts[from].cueSpan.Start) {
			from = k
		}
	}
	var spk tokenSpan
	if from >= 0 {
		spk = r.drafts[from].speaker
	} else {
		var ok bool
		if spk, ok = r.sentenceSubject(s, i); !ok {
			spk, ok = r.possessedSubject(s, i)
		}
		if ok && !r.agent(spk) {
			if sub, found := r.subordinateSubject(s, spk[1], p); found {
				spk = sub // "The vote came after Holt rallied the board, saying ..."
			}
		}
		if !ok && !perfect {
			return false
		} // a perfect participle without a subject found has no speaker, never "having"
	}
	k, ok := r.addContent(document.Reported, spk, c, limit, i, j, ac)
	if ok && from >= 0 {
		r.drafts[k].inherit = from
	}
	return ok
}

// othersNoun reports whether draft k, among the sentence's frames cands
// before a participle, is a noun cue that does not hold the participle:
// one inside another frame's content ("defended his plan to ..., telling"
// is the defender's), or one whose possessor is no pronoun ("took a swipe
// at Holt's stance, saying" is not Holt's). A possessive pronoun stands
// for the subject ("stood by his comment, refusing").
func (r *run) othersNoun(k int, cands []int) bool {
	if !r.nounCueOf(k) {
		return false
	}
	spk := r.drafts[k].speaker
	return r.nestedIn(k, cands) || !(spk[1]-spk[0] == 1 && r.possessivePronoun(spk[0]))
}

// nounCueOf reports whether draft k's cue is a noun cue ("plan", "claim").
func (r *run) nounCueOf(k int) bool {
	d := &r.drafts[k]
	i := r.tokenAt(d.cueSpan.Start)
	_, _, ok := match(r, r.f.nouns, i, r.tokenAt(d.cueSpan.End-1)+1)
	return ok
}

// commaInQuote reports whether token k closes a quotation whose last mark
// is a comma: the comma ends the sentence's phrase, not the quoted words.
func (r *run) commaInQuote(k int) bool {
	return k > 0 && r.isClose(k) && r.is(r.beforeClose(k), ",")
}

// dashAfter reports whether a dash comes at or after token j, before b.
func (r *run) dashAfter(j, b int) bool {
	for k := j; k < b; k++ {
		if r.is(k, dashMarks) && r.quoteOf[k] < 0 {
			return true
		}
	}
	return false
}

// prepParticiple reads a participle after a preposition, whose speaker is
// the subject of the main clause: an opening phrase of a preposition and a
// participle cue before the subject, or a participle cue that is the object of
// a preposition after the verb.
func (r *run) prepParticiple(s, i, j, limit int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if i-1 < a || !r.endsWith(rules.WordGerundEnd, i) || !r.isWord(i-1) {
		return false
	}
	opening := r.openingPrep(a, i-1) || r.openingPrepWord(a, i-1)
	if !opening && !r.wordIs(rules.WordParticiplePrep, i-1) {
		return false
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit {
		return false
	}
	if i-1 > a && !opening {
		// In the middle of the sentence: the content runs on, the subject speaks.
		spk, ok := r.sentenceSubject(s, i)
		if !ok || !r.agent(spk) {
			return false
		}
		_, ok = r.addContent(document.Reported, spk, c, limit, i, j, ac)
		return ok
	}
	return r.openingContent(c, i, j, limit, ac)
}

// openingParticiple reads a participle cue that opens the sentence, whose
// speaker is the subject after the phrase's comma: "Citing costs, the mayor
// said ...", "Acknowledging that ..., Allen did say ...".
func (r *run) openingParticiple(s, i, j, limit int, ac *attrCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	if i != a || !r.endsWith(rules.WordGerundEnd, i) {
		return false
	}
	c := r.contentStart(j, b, ac.rule.Object)
	if c < 0 || c >= limit {
		return false
	}
	return r.openingContent(c, i, j, limit, ac)
}

// verbIn reports whether a lower-case verb or past form stands in tokens
// [s, e): a clause of its own before a speaker.
func (r *run) verbIn(s, e int) bool {
	for k := s; k < e; k++ {
		r.steps++
		if r.isLower(k) && (r.verbAt(k) || r.participleForm(k)) {
			return true
		}
	}
	return false
}

// openingContent adds the content of a participle cue [i, j) in an opening
// phrase, from token c: it ends at the comma that closes the phrase, and the
// subject after that comma speaks.
func (r *run) openingContent(c, i, j, limit int, ac *attrCue) bool {
	b := r.sents[r.sentOf(i)][1]
	e, closed := c, false
	for e < limit && e < c+contentWindow {
		if r.is(e, ",") && r.quoteOf[e] < 0 {
			closed = true // the phrase ends before its comma
			break
		}
		e++
		if r.isClose(e-1) && r.is(r.beforeClose(e-1), ",") {
			closed = true // a quotation closing on the phrase's comma stays in it
			break
		}
	}
	if !closed || e > limit {
		return false
	}
	x := e
	if r.is(x, ",") {
		x++
	}
	v := x + 1
	for v < b && !r.verbAt(v) {
		v++ // the main clause's verb: its subject speaks
	}
	spk, ok := r.subjectFrom(x, v+1)
	if ok && v < b && r.isCueWord(v) {
		if sp, found := r.speakerBefore(v, x); found && !r.verbIn(x, sp[0]) {
			spk, ok = sp, true // the main cue's speaker, read as that cue reads it: "a spokesman, Luis Ortega, said"
		}
	}
	if !ok {
		return false
	}
	_, ok = r.addContent(document.Reported, spk, c, e, i, j, ac)
	return ok
}

// verbAt reports whether token k is a lower-case verb: a form of "be" or
// "have", a modal, a verb of the lexicon or a cue.
func (r *run) verbAt(k int) bool {
	if !r.isLower(k) {
		return false
	}
	if r.wordClass(k).Has(phr.Be | phr.Auxiliary | phr.Modal | phr.Verb) {
		return true
	}
	return r.isCueWord(k)
}

// openingPrepWord reports whether the preposition or subordinator at token
// p opens the sentence from token a, alone or after a short lead set off
// by its comma: "Despite challenging ...", "Now, after arguing ...".
func (r *run) openingPrepWord(a, p int) bool {
	if !r.isWord(p) || !r.wordClass(p).Has(phr.Preposition|phr.Subordinator) {
		return false
	}
	return p == a || p-1 > a && r.is(p-1, ",") && r.words(a, p-1) <= maxLeadWords && r.quoteOf[p-1] < 0
}

// maxPrepWords is the most words of a compound preposition before a
// participle cue: "in addition to", "in the course of".
const maxPrepWords = 4

// openingPrep reports whether tokens [a, p] open the sentence with a
// compound preposition ending at the preposition or "to" at p, so that the
// participle after p is set off before the subject: "In addition to",
// "Instead of".
func (r *run) openingPrep(a, p int) bool {
	if p <= a || p-a > maxPrepWords || !r.wordClass(a).Has(phr.Preposition) ||
		!r.wordClass(p).Has(phr.Preposition|phr.Infinitive) {
		return false
	}
	for k := a; k < p; k++ {
		if !r.isWord(k) || !r.isLower(k) && k > a {
			return false
		}
	}
	return true
}

// timeClause reports whether token k opens an adverbial clause of time or
// cause after a cue, which is no content.
func (r *run) timeClause(k int) bool {
	return r.wordIs(rules.WordTimeClause, k)
}
