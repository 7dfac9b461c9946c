package claims

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// commitment reads a commitment frame starting with cue tokens [i, j): a
// modal after an actor, a cue with an object noun a few words on, or a verb
// of commitment with its complement.
func (r *run) commitment(s, i, j, limit, first int, cc *commitCue) bool {
	switch {
	case cc.rule.Modal:
		return r.modalCommitment(s, i, j, limit, cc)
	case len(cc.nouns) > 0:
		return r.nounCommitment(s, i, j, limit, cc)
	default:
		return r.verbCommitment(s, i, j, limit, first, cc)
	}
}

// modalCommitment reads a modal cue after its actor, past adverbs, followed
// by an active verb and at least two words of content.
func (r *run) modalCommitment(s, i, j, limit int, cc *commitCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	k := i - 1
	for k >= a && r.isLower(k) && (r.wordIs(rules.WordModalAdverb, k) || r.endsWith(rules.WordAdverbEnd, k)) {
		k--
	}
	ns := r.npBack(k, a)
	if ns > k || !r.validNP(ns, k+1) || !r.actor(ns, k+1) {
		return false
	}
	if ns > a && !r.is(ns-1, ",;:—") && !(r.isLower(ns-1) && r.in(setBoundary, ns-1)) {
		return false
	}
	if j >= b || !r.isLower(j) || r.wordIs(rules.WordModalBlocker, j) {
		return false
	}
	if r.wordIs(rules.WordPassiveBase, j) && j+1 < b && r.isLower(j+1) && r.endsWith(rules.WordParticipleEnd, j+1) {
		return false // a passive after the modal
	}
	if r.stateAfter(j-1, b) {
		return false // a state foretold: "Gowdy will be fully exonerated", "it will be close"
	}
	for t := j; t < b && t < j+maxModalAdverbs && r.isLower(t) && (r.wordIs(rules.WordModalAdverb, t) || r.endsWith(rules.WordAdverbEnd, t)); t++ {
		if _, _, ok := match(r, r.f.hedges, t, b); ok {
			return false // a hedged forecast: "will likely win", "will probably face"
		}
	}
	c, e := r.trimContent(j, limit)
	if r.words(c, e) < 2 {
		return false
	}
	r.add(document.Commitment, tokenSpan{ns, k + 1}, r.span(i, e), i, j, cc.id, -1, false)
	return true
}

// nounCommitment reads a cue whose rule lists object nouns: one of them must
// follow within the rule's window, and the cue's speaker precede it.
func (r *run) nounCommitment(s, i, j, limit int, cc *commitCue) bool {
	a, b := r.sents[s][0], r.sents[s][1]
	w := cc.rule.Window
	if w == 0 {
		w = commitNounWindow
	}
	found := -1
	for t := j; t < b && t < j+w && r.isWord(t) || t < b && t < j+w && r.is(t, "-$"); t++ {
		if cc.nouns[r.lower(t)] {
			found = t
			break
		}
	}
	if found < 0 {
		return false
	}
	spk, ok := r.speakerBefore(i, a)
	if !ok {
		return false
	}
	c, e := r.trimContent(j, limit)
	if r.words(c, e) < 2 {
		return false
	}
	r.add(document.Commitment, spk, r.span(c, e), i, j, cc.id, -1, false)
	return true
}

// verbCommitment reads a verb of commitment used as a verb, with an
// infinitive, a "that" clause, a determiner object or an amount as its
// complement, and a speaker before it (or the sentence's subject for a
// participle after a comma).
func (r *run) verbCommitment(s, i, j, limit, first int, cc *commitCue) bool {
	a := r.sents[s][0]
	if !r.commitVerb(a, i, j) {
		return false
	}
	c, ok := r.commitComplement(s, i, j, cc)
	if !ok {
		return false
	}
	from, at := -1, -1
	spk, ok := r.speakerBefore(i, a)
	if !ok && i-1 >= a && r.is(i-1, ",") && r.endsWith(rules.WordGerundEnd, i) {
		spk, ok = r.sentenceSubject(s, i)
	}
	if !ok {
		spk, from, at, ok = r.elidedSpeaker(s, i, first)
	}
	if !ok {
		return false
	}
	c, e := r.trimContent(c, limit)
	if r.words(c, e) < 1 {
		return false
	}
	k := r.add(document.Commitment, spk, r.span(c, e), i, j, cc.id, -1, false)
	r.drafts[k].inherit, r.drafts[k].joinAt = from, at+1
	return true
}

// elidedSpeaker returns the speaker of a second verb of the same subject,
// the cue at token i after "and" or "but": the speaker of the frame it
// goes on from, with that draft, or the subject of the first verb, at the
// joiner ("The union called the cuts unfair and vowed to fight them").
func (r *run) elidedSpeaker(s, i, first int) (spk tokenSpan, from, at int, ok bool) {
	from, at = r.elided(i, r.sents[s][0], first)
	switch {
	case from >= 0:
		return r.drafts[from].speaker, from, at, true
	case at >= 0:
		if sub, ok := r.sentenceSubject(s, at); ok && r.agent(sub) {
			return sub, -1, -1, true
		}
	}
	return tokenSpan{}, -1, -1, false
}

// commitVerb reports whether the cue [i, j) is a verb: not a gerund after
// "to", and a one-word base form only after a subject pronoun, an auxiliary
// or a plural (a base form elsewhere is a noun).
func (r *run) commitVerb(a, i, j int) bool {
	if i-1 >= a && r.wordIs(rules.WordInfinitive, i-1) && r.endsWith(rules.WordGerundEnd, i) {
		return false
	}
	if j == i+1 && !r.endsWith(rules.WordPluralEnd, i) && !r.endsWith(rules.WordPastEnd, i) && !r.endsWith(rules.WordGerundEnd, i) {
		if i == a || !(r.subjectPronoun(i-1) || (r.isLower(i-1) && r.in(setAux, i-1)) || r.endsWith(rules.WordPluralEnd, i-1)) {
			return false
		}
	}
	return true
}

// commitComplement returns the first content token after the cue [i, j):
// past "to", or past "that" after a cue of the rule's clauses, or at a
// determiner object of a verb that takes one (not a noun in -s), or at an
// amount followed by an infinitive. A rule that needs "to" fails without
// one.
func (r *run) commitComplement(s, i, j int, cc *commitCue) (int, bool) {
	b := r.sents[s][1]
	c := j
	switch {
	case c+1 < b && r.wordIs(rules.WordInfinitive, c) && r.lowerPastMark(c+1, b):
		c++
	case r.negatedInfinitive(c, b):
		// "promised not to raise taxes": the negation stays in the content
	case c < b && r.word(rules.WordComplementizer, c):
		if len(cc.clauses) > 0 && !cc.clauses[r.lower(j-1)] {
			return 0, false // "agreed that the plan was sound" reports a view
		}
		c++
	case c < b && r.isLower(c) && r.in(setDeterm, c) && r.verbInS(i) && cc.objects[r.lower(j-1)]:
		// a verb that takes a noun-phrase object, and not a noun in -s
	case c < b && r.isLower(c) && r.verbInS(i) && r.clauseAt(c):
		// a clause without "that": "promise they will rebuild the wall"
	case c < b && r.amountAt(c) && r.toAfterAmount(c, b):
		// an amount pledged for a purpose
	default:
		if cc.rule.To {
			return 0, false
		}
	}
	return c, true
}

// lowerPastMark reports whether token k, or the token after an opening
// quotation mark at k, is a lower-case word before b: an infinitive may
// quote its verb ("vowed to "bomb ..."").
func (r *run) lowerPastMark(k, b int) bool {
	if k+1 < b && r.isOpen(k) {
		k++
	}
	return r.isLower(k)
}

// verbInS reports whether the cue at token i is a verb: a form in -s is
// one only after a name, its subject ("Gowdy promises a report"), and a
// noun elsewhere ("the promises a candidate makes").
func (r *run) verbInS(i int) bool {
	if !r.endsWith(rules.WordPluralEnd, i) {
		return true
	}
	a := r.sents[r.sentOf(i)][0]
	return i-1 >= a && r.isCap(i-1) && !r.in(setDeterm, i-1) && r.isWord(i-1)
}

// commitsSpeaker reports whether content tokens [c, e) commit the speaker:
// its subject is the speaker or refers back to it, followed by "will" or "would".
func (r *run) commitsSpeaker(spk tokenSpan, c, e int) bool {
	if spk.empty() {
		return false
	}
	for t := c; t < e && t < c+commitSubjectWindow; t++ {
		if !r.isWord(t) {
			return false
		}
		if !r.wordIs(rules.WordCommitModal, t) {
			continue
		}
		if t == c || r.stateAfter(t, e) {
			return false // "it would be easier": a state foretold, no act promised
		}
		if t == c+1 && r.wordIs(rules.WordBodyPronoun, c) && r.personSpeaker(spk) {
			return false // "it" is no person: "the senator said it would fail"
		}
		if t == c+1 && (r.in(setPerson, c) || r.wordIs(rules.WordCommitSubject, c)) {
			return true
		}
		if t == c+1 && r.wordIs(rules.WordPluralPronoun, c) {
			return r.wordIs(rules.WordPluralPronoun, spk[1]-1) || r.endsWith(rules.WordPluralEnd, spk[1]-1)
		}
		if r.in(setOrg, t-1) && r.in(setDeterm, c) {
			return true
		}
		// The speaker named again as the subject of the content.
		return r.isCap(t-1) && r.lower(t-1) == r.lower(spk[1]-1)
	}
	return false
}

// personSpeaker reports whether speaker spk is a person: a personal
// pronoun, or a person the entity stage found whose name ends the phrase
// ("Holt", not "the Holt campaign").
func (r *run) personSpeaker(spk tokenSpan) bool {
	if spk[1]-spk[0] == 1 && r.in(setPerson, spk[0]) {
		return true
	}
	m := r.mentionIn(r.span(spk[0], spk[1]))
	return m >= 0 && r.d.Entities[r.mentions[m].ent].Type == document.Person && r.mentions[m].End >= r.toks[spk[1]-1].End
}

// maxModalAdverbs bounds the adverbs read after a commitment's modal.
const maxModalAdverbs = 2

// stateAfter reports whether the modal at token t, before e, is followed
// by "be" and no "-ing" form: a state, not an act ("will be launching").
func (r *run) stateAfter(t, e int) bool {
	return t+1 < e && r.wordIs(rules.WordPassiveBase, t+1) && !(t+2 < e && r.endsWith(rules.WordGerundEnd, t+2))
}

// actor reports whether tokens [a, b) name a person or organization that can
// commit itself: such an entity mention, or capitalized words alone.
func (r *run) actor(a, b int) bool {
	if m := r.mentionIn(r.span(a, b)); m >= 0 {
		t := r.d.Entities[r.mentions[m].ent].Type
		return t == document.Person || t == document.Org || t == document.GPE
	}
	// One capitalized word opening the sentence is a common noun as often as a
	// name; without the entity stage's word, no actor.
	return r.nameLike(a, b) && !(b-a == 1 && r.sentOf(a) >= 0 && a == r.sents[r.sentOf(a)][0] && (r.in(setBoundary, a) || len(r.d.Entities) > 0 && !r.nameInside(a)))
}

// named reports whether tokens [a, b) name someone: an entity mention or a
// capitalized word that does not open the sentence.
func (r *run) named(a, b int) bool {
	sp := r.span(a, b)
	if r.mentionIn(sp) >= 0 {
		return true
	}
	for k := a; k < b; k++ {
		if r.isCap(k) && (k > r.sents[max(r.sentOf(k), 0)][0] || k+1 < b && r.isCap(k+1)) {
			return true
		}
	}
	return false
}

// act reports whether the cue [i, j) reports an act rather than words: it is
// one of the rule packs' acts and an amount follows within a few words.
func (r *run) act(i, j int) bool {
	if !r.f.acts[r.lower(j-1)] {
		return false
	}
	for k := j; k < len(r.toks) && k < j+amountWindow; k++ {
		if r.wordIs(rules.WordComplementizer, k) || r.is(k, ",;:.!?") || r.isOpen(k) {
			return false
		}
		if k > j && r.isLower(k) && r.in(setBoundary, k) && !r.wordIs(rules.WordAmountLinker, k) {
			return false // the amount must be the object, not in a phrase after it: "a list of endorsements from 95 generals"
		}
		if r.amountAt(k) {
			return !r.subjectOfVerb(k) // "reported at least 20 boats left the harbour" reports a clause
		}
	}
	return false
}

// subjectOfVerb reports whether the noun phrase that holds token k is
// followed at once by a verb group in its sentence's parse: the subject of
// a clause rather than an object.
func (r *run) subjectOfVerb(k int) bool {
	s := r.sentOf(k)
	if s < 0 {
		return false
	}
	p, a := r.phrasesOf(s), r.sents[s][0]
	ci := p.ChunkOf[k-a]
	return ci >= 0 && p.Chunks[ci].Kind == phr.NounPhrase && verbAfter(p, ci)
}

// amountAt reports whether token k holds a number or the start of a money,
// percent or quantity value.
func (r *run) amountAt(k int) bool {
	t := r.toks[k].Text
	if c, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(c) || unicode.Is(unicode.Sc, c) {
		return true
	}
	v := r.valueFrom(k)
	return v != nil && v.Start <= r.toks[k].Start && (v.Type == document.Money || v.Type == document.Percent || v.Type == document.Quantity)
}

// boundedAmountAt reports whether the words from token k, at most two,
// are the bound of an amount the values stage read right after them ("at
// least 20 boats", "more than 300 jobs"): the value starts there and has a
// bound.
func (r *run) boundedAmountAt(k int) bool {
	for n := 1; n <= 2 && k+n < len(r.toks); n++ {
		if !r.isWord(k+n-1) || !r.isLower(k+n-1) {
			return false
		}
		if v := r.valueFrom(k + n); v != nil && v.Start == r.toks[k+n].Start && v.Bound != "" {
			return true
		}
	}
	return false
}

// approximator reports whether token k can open an amount: "about 1.2 million".
func (r *run) approximator(k int) bool {
	if !r.isLower(k) {
		return false
	}
	return r.wordIs(rules.WordApproximator, k)
}

// toAfterAmount reports whether the amount at token c is followed, within a
// few tokens, by "to" and a verb: "£300m to connect".
func (r *run) toAfterAmount(c, b int) bool {
	for k := c + 1; k+1 < b && k < c+amountWindow; k++ {
		if r.word(rules.WordInfinitive, k) && r.isLower(k+1) && !r.in(setDeterm, k+1) {
			return true
		}
		if r.is(k, ",;:") || r.isLower(k) && r.in(setBoundary, k) {
			return false
		}
	}
	return false
}

// negatedInfinitive reports whether a negation and an infinitive start at
// token c, before b: "not to", "never to".
func (r *run) negatedInfinitive(c, b int) bool {
	return c+2 < b && r.isLower(c) && r.wordClass(c).Has(phr.Negation) && r.wordIs(rules.WordInfinitive, c+1) && r.lowerPastMark(c+2, b)
}
