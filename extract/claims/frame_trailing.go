package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// trailingFrame is a frame whose speaker follows its content: the sentence,
// the cue tokens [i, j) and their rule, the speaker tokens, the token where the
// frame starts (pre), the token after the frame's last word (tail), and
// whether "as" opens the frame.
type trailingFrame struct {
	s, i, j   int
	ac        *attrCue
	spk       tokenSpan
	pre, tail int
	as        bool
}

// afterFrame reads a frame whose content comes first: a quotation or clause,
// then a comma or closing mark, then the speaker and cue in either order; a
// frame inside its content ("X, the speaker said, is ...") gives the words
// on both sides. It returns the token where the frame starts.
func (r *run) afterFrame(s, i, j int, ac *attrCue) (int, bool) {
	fr := &trailingFrame{s: s, i: i, j: j, ac: ac, pre: -1, tail: j}
	if !r.trailingSpeaker(fr) || ac.rule.Complement && !r.evidenceSource(fr.spk) && !r.findingAgent(fr) {
		return -1, false
	}
	b := r.sents[s][1]
	q := r.quoteBefore(s, fr.pre)
	t, ok := r.frameEnd(fr.tail, b, ac, q >= 0)
	if !ok {
		return -1, false
	}
	if fr.as && t < b && r.is(t, ",") && r.quoteAt(t+1, b) >= 0 {
		// "as" and a speaker, then the quotation they speak for.
		if k, ok := r.addContent(document.Reported, fr.spk, t+1, b, i, j, ac); ok {
			return fr.pre, k >= 0
		}
		return -1, false
	}
	if q < 0 && r.adjunctBeforeQuote(fr, t) {
		r.contentAfter(fr, t, q, -1)
		return min(fr.spk[0], fr.i), true // a frame in the adjunct may end at its comma
	}
	first, ok := r.contentBefore(fr, q, t)
	if !ok {
		return -1, false
	}
	r.contentAfter(fr, t, q, first)
	return fr.pre, true
}

// frameEnd reads what follows a trailing frame from token tail: nothing, an
// adverbial, or a comma and more content. It returns the token where that
// stretch ends, or false when the words after the cue show that it is no
// trailing frame (a "that" clause, an infinitive object, an opening quote).
// After a quotation (quoted) the adverbial may be longer: a time and a
// place, "said Dec. 6 on CNN's State of the Union".
func (r *run) frameEnd(tail, b int, ac *attrCue, quoted bool) (int, bool) {
	most := maxTrailingAdverbial
	if quoted {
		most = maxQuotedAdverbial
	}
	t := tail
	if ac.rule.Object && tail < b && r.isLower(tail) {
		// A listener, then a subordinate clause of the frame: "..., Holt told
		// her aides as she left the hall."
		if e := r.npForward(tail, b); e > tail && e < b && r.isLower(e) && r.wordClass(e).Has(phr.Subordinator) {
			tail = e
		}
	}
	clause := tail < b && r.isLower(tail) && r.in(setAdverb, tail) && r.in(setBoundary, tail) // "said after ..."
	// A phrase of time or place, unlike a clause, leaves a "that" after it
	// to the cue: "said on Friday that ...".
	phrase := clause && !r.wordClass(tail).Has(phr.Subordinator)
	for t < b && !r.is(t, ",;") && !r.isOpen(t) && !r.appositiveDash(t, b) {
		if t >= tail+trailingTailWindow {
			if !clause {
				return 0, false
			}
			break
		}
		if r.word(rules.WordComplementizer, t) && (!clause || phrase && r.subjectAfter(t+1, b)) {
			return 0, false
		}
		if r.wordIs(rules.WordInfinitive, t) && t+1 < b && r.isLower(t+1) && !r.in(setDeterm, t+1) && !clause {
			return 0, false // a verb with an object and an infinitive
		}
		t++
	}
	if t > tail && !clause {
		if t-tail > most || !(r.in(setAdverb, tail) || r.mannerAdverb(tail) || ac.rule.Object || r.is(tail, ".!?") || r.isCap(tail)) {
			return 0, false
		}
		if r.clauseAt(tail) {
			return 0, false // a clause after the cue is its content: "..., the president said Congress had failed"
		}
	}
	if t < b && r.isOpen(t) && (t == tail || !clause && !quoted && r.quoteContinues(tail, t, b)) {
		// A quotation right after the cue belongs to a frame before its
		// content, and so does one that continues a clause after the cue:
		// "Zucker said CNN's business “is broader” than ratings".
		return 0, false
	}
	return t, true
}

// subjectAfter reports whether a subject opens at token k, before b, past
// an opening quotation mark: a subject pronoun, a determiner or a
// capitalized word, as after the "that" of a complement ("said on Friday
// that it had ...") and not of a relative clause ("a documentary that
// showed") or before a noun ("that night").
func (r *run) subjectAfter(k, b int) bool {
	for k < b && (r.isOpen(k) || !r.isWord(k) && r.quoteOf[k] >= 0) {
		k++ // an opening mark, doubled or not
	}
	if k >= b || !r.isWord(k) {
		return false
	}
	return r.subjectPronoun(k) || r.in(setDeterm, k) || r.isCap(k)
}

// quoteContinues reports whether the quotation opening at token t, after
// the words [tail, t) that follow a cue, goes on with them: those words hold
// a verb, or words follow the quotation in its sentence ending at b. A
// title after a time and place ("said Monday on MSNBC's “Morning Joe.”")
// does neither.
func (r *run) quoteContinues(tail, t, b int) bool {
	if !r.verbless(tail, t) {
		return true
	}
	q := r.opensAt[t]
	return q >= 0 && r.quotes[q].close >= 0 && r.words(r.quotes[q].close+1, b) > 0
}

// quoteBefore returns the quotation that closes at the frame start pre (or
// just before its comma) in sentence s, or -1. A partial quote that closes a
// clause of the article's own words does not count.
func (r *run) quoteBefore(s, pre int) int {
	q := r.closedBy(pre)
	if q < 0 && r.is(pre, ",") {
		q = r.closedBy(pre - 1)
	}
	if q >= 0 && r.quotes[q].prev < 0 && r.sentOf(r.quotes[q].open) == s && r.words(r.sents[s][0], r.quotes[q].open) >= 2 {
		return -1
	}
	return q
}

// adjunctBeforeQuote reports whether the words before frame fr are an
// adjunct opening the sentence (a subordinate clause, a prepositional or
// participial phrase) and a quotation opens after the frame's comma at
// token t: "While she was speaking in Leeds, she said, "..."" speaks the
// quotation, and the adjunct only sets it. A clause of condition is part of
// what is said ("If she wins, he said, "..."").
func (r *run) adjunctBeforeQuote(fr *trailingFrame, t int) bool {
	b := r.sents[fr.s][1]
	if t+1 >= b || !r.is(t, ",") || !r.isOpen(t+1) {
		return false
	}
	op := r.openingAdjunct(fr.s, fr.pre)
	return op >= 0 && !r.wordIs(rules.WordCondition, op)
}

// contentBefore adds the content before the frame fr: the quotation q, or
// else the clause that ends at the frame. It returns the new draft.
func (r *run) contentBefore(fr *trailingFrame, q, t int) (int, bool) {
	if q >= 0 {
		return r.add(document.Quote, fr.spk, r.quotes[q].inner, fr.i, fr.j, fr.ac.id, q, fr.ac.rule.Hedged), true
	}
	pre := fr.pre
	a := r.sents[fr.s][0]
	c := r.clauseBeforeFrame(a, pre, fr.as)
	if r.openingPhrase(c, pre) && (c != a || r.frontedAdjunct(r.phrasesOf(fr.s), a, c, pre) < 0) && !r.openingBeforeMedial(fr, c, t) {
		return -1, false
	}
	end := pre
	if r.isClose(pre) && r.quotes[r.closedBy(pre)].open >= c {
		end = pre + 1 // keep the closing mark of a quote inside the content
	}
	return r.addContent(document.Reported, fr.spk, c, end, fr.i, fr.j, fr.ac)
}

// openingBeforeMedial reports whether the short words from token c before
// frame fr open the clause the frame interrupts, so that they are content
// and not an opening phrase to leave out: a subordinate clause, a gerund
// subject or a prepositional adjunct (see the three tests it calls).
func (r *run) openingBeforeMedial(fr *trailingFrame, c, t int) bool {
	return r.clauseBeforeMedial(fr, c, t) || r.gerundSubjectBeforeMedial(fr, c, t) || r.adjunctBeforeMedial(fr, c, t)
}

// clauseBeforeMedial reports whether the words from token c before frame
// fr are a subordinate clause that opens the sentence ("When the vote
// comes", "Although the plan is costly") and a main clause follows the
// comma at token t that ends the frame: the frame interrupts one claim
// ("When the vote comes, Holt said, the port will close"), which the
// medial reading then joins (see conditionBeforeFrame).
func (r *run) clauseBeforeMedial(fr *trailingFrame, c, t int) bool {
	if t+1 >= r.sents[fr.s][1] || !r.is(t, ",") || r.words(c, fr.pre) < 3 || !r.subjectAndVerb(c+1, fr.pre) {
		return false
	}
	return r.conditionBeforeFrame(fr, c, t)
}

// gerundSubjectBeforeMedial reports whether the words from token c before
// frame fr are a gerund phrase that opens the sentence and a predicate
// with no subject of its own follows the comma at token t that ends the
// frame: the phrase is the subject ("Running the port, Holt said, takes
// patience"), not an opening adjunct.
func (r *run) gerundSubjectBeforeMedial(fr *trailingFrame, c, t int) bool {
	b := r.sents[fr.s][1]
	return c == r.sents[fr.s][0] && r.isWord(c) && r.endsWith(rules.WordGerundEnd, c) &&
		t+1 < b && r.is(t, ",") && r.predicateAt(fr.s, t+1)
}

// clauseBeforeFrame returns the first token of the content before a frame
// starting at token pre: the sentence start, or the token after a semicolon
// or colon outside quotes, looking a bounded way back. A frame opened by "as"
// speaks only for the phrase after the comma before it.
func (r *run) clauseBeforeFrame(a, pre int, as bool) int {
	for k := pre - 1; k > a && k > pre-trailingBackWindow; k-- {
		if r.is(k, ";:") && r.quoteOf[k] < 0 || as && r.is(k, ",") && r.quoteOf[k] < 0 {
			return k + 1
		}
	}
	return a
}

// openingPhrase reports whether tokens [c, pre) are too short to be content
// or a short opening phrase (an adverb or participle first) before the
// sentence's subject. A clause of its own, a subject and a verb group, is
// none: "This has been a problem, Smith said". (The caller also keeps such
// a phrase when a clause follows its comma: "In May, the plan failed".)
func (r *run) openingPhrase(c, pre int) bool {
	n := r.words(c, pre)
	if n > 2 && r.openingCoordinator(c, pre) && !r.wordClass(c+1).Has(phr.Adverb|phr.Preposition) {
		c, n = c+1, n-1 // the conjunction joins the clause to the one before: "But the new ferry, ..."
	}
	return n < 2 || (n <= maxOpeningPhrase && r.isWord(c) && (r.adverbialAt(c) || r.endsWith(rules.WordGerundEnd, c)) &&
		!r.subjectAndVerb(c, pre))
}

// adverbialAt reports whether token k opens an adverbial. A time
// determiner does so only before a unit of time: "This week, ..." is an
// adverbial, "This includes ..." a subject.
func (r *run) adverbialAt(k int) bool {
	if r.wordIs(rules.WordTimeDeterminer, k) {
		return k+1 < len(r.toks) && r.timeUnit(k+1) || r.timeValueEnd(k, len(r.toks)) > k
	}
	return r.in(setAdverb, k)
}

// subjectAndVerb reports whether tokens [c, e) open with a word that can
// start a subject (no preposition, subordinator or adverb) and hold a verb
// group after it: a form of "be" or "have", a modal or a known verb.
func (r *run) subjectAndVerb(c, e int) bool {
	if r.openingCoordinator(c, e) {
		c++ // "But the plan was a failure": the conjunction joins the clause to the one before
	}
	if (r.wordIs(rules.WordDemonstrative, c) || r.wordIs(rules.WordComplementizer, c)) && c+1 < e && r.wordClass(c+1).Has(phr.Be|phr.Modal|phr.Auxiliary) {
		return true // a pronoun, not a complementizer: "But that is too late"
	}
	if r.subjectPronoun(c) && c+1 < e && r.isLower(c+1) && !r.wordClass(c+1).Has(phr.Preposition|phr.Subordinator|phr.Coordinator) {
		return true // a subject pronoun's next word is its verb: "But she governs by ..."
	}
	if r.wordClass(c).Has(phr.Preposition | phr.Subordinator | phr.Adverb | phr.Relative | phr.Coordinator | phr.Infinitive) {
		return false
	}
	return !r.verbless(c+1, e)
}

// openingCoordinator reports whether token c is a coordinator with words
// of tokens [c, e) after it, which joins their clause to the one before:
// "But the plan ...".
func (r *run) openingCoordinator(c, e int) bool {
	return c+1 < e && r.isWord(c) && r.wordClass(c).Has(phr.Coordinator)
}

// contentAfter adds the content that resumes after the frame fr, from the
// comma at token t: a quotation that opens within a few tokens, or a clause
// when the frame interrupts the sentence's own prose. An appositive after the
// speaker is not content. The new draft inherits from draft first.
func (r *run) contentAfter(fr *trailingFrame, t, q, first int) {
	b := r.sents[fr.s][1]
	if t >= b || !r.is(t, ",") || t+1 >= b || r.isSourceAt(t+1, b) {
		return
	}
	c := t + 1
	q2 := -1
	for x := c; x < b && x < c+quoteResumeWindow && !r.is(x, ".;"); x++ {
		if q2 = r.quoteAt(x, b); q2 >= 0 {
			c = x
			break
		}
	}
	long := r.words(r.sents[fr.s][0], fr.pre) > longLeadWords
	medial := q < 0 && r.medialFrame(fr, first, t)
	// ", she said,", ", said Doyle," or, inside one clause, ", as she put it,"
	inverted := medial && fr.spk[0] >= fr.j && fr.pre == fr.i-1
	interrupts := fr.pre == fr.spk[0]-1 || inverted || medial && fr.as && fr.pre == fr.spk[0]-2
	prose := q < 0 && interrupts && (r.words(c, b) >= 3 || medial) && r.clauseStart(c) && (!long || !r.in(setDeterm, c))
	if q2 >= 0 || prose {
		if k, ok := r.addContent(document.Reported, fr.spk, c, b, fr.i, fr.j, fr.ac); ok {
			r.drafts[k].inherit = first
			if medial {
				r.joinMedial(first, k)
			}
		}
	}
}

// framePunct reports whether token i can separate content from a frame after it.
func (r *run) framePunct(i int) bool {
	return r.is(i, ",—–(") || r.isClose(i)
}

// speakerPrep reports whether token k is a preposition that can tie a place
// or a body to a speaker noun before it.
func (r *run) speakerPrep(k int) bool {
	return r.wordIs(rules.WordSpeakerPrep, k)
}

// mannerAdverb reports whether token k is a lower-case adverb by its
// ending ("carefully", "flatly"), which may follow a trailing cue.
func (r *run) mannerAdverb(k int) bool {
	return r.isLower(k) && r.in(setAdverbEnd, k)
}

// appositiveDash reports whether token t is a dash that sets off a phrase
// after a trailing frame rather than going on with it: a noun phrase, not a
// coordinator and its verb ("..., pilots believe — shippers the port will need",
// not "..., he said - and argued that ...").
func (r *run) appositiveDash(t, b int) bool {
	return r.is(t, dashMarks) && t+1 < b && r.isWord(t+1) && !(r.isLower(t+1) && r.wordClass(t+1).Has(phr.Coordinator))
}

// findingAgent reports whether the speaker of a trailing evidence cue is
// someone who found it out, with the cue a finite verb in lower case:
// "..., the researchers found." A passive ("has been found") or a base
// form, a noun as often ("a TV show"), is no such cue.
func (r *run) findingAgent(fr *trailingFrame) bool {
	i := fr.i
	finite := r.participleForm(i) || r.wordClass(i).Has(phr.Participle) || r.endsWith(rules.WordPluralEnd, i)
	return finite && r.isLower(i) && !r.in(setAux, i-1) && !r.wordClass(i-1).Has(phr.Be) && r.agent(fr.spk)
}
