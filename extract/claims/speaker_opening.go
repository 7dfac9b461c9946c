package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxOpeningCommas is the most commas an opening participial phrase may
// hold before the subject: "Speaking at a town hall in Salem, New
// Hampshire, Trump ...".
const maxOpeningCommas = 3

// participleOpening returns the first token after an opening participial
// phrase of the sentence that starts at token x ("Continuing to explain his
// perspective, Carson ...", "Having said that, the judge ..."), when one ends
// before token i, or x when the sentence opens otherwise. Past a comma, a
// capitalized phrase closed by another comma is still the opening phrase (a
// place: "in Salem, New Hampshire,").
func (r *run) participleOpening(x, i int) int {
	if x >= i || !r.isWord(x) || !r.isCap(x) || !r.verbForm(x) || r.endsWith(rules.WordPluralEnd, x) {
		return x
	}
	t := x
	for n := 0; n < maxOpeningCommas; n++ {
		for t < i && !r.is(t, ",") {
			if r.quoteOf[t] >= 0 {
				// A quoted title inside the phrase, whose comma may close it
				// inside the marks: `Speaking to "The Harbour Hour,"`.
				c := r.quotes[r.quoteOf[t]].close
				if c < 0 || c >= i || r.quotes[r.quoteOf[t]].words >= shortTitleWords {
					return x
				}
				if r.is(c-1, ",") {
					t = c
					break
				}
				t = c
			}
			t++
		}
		if t+1 >= i {
			return x
		}
		e := t + 1
		for e < i && (r.isCap(e) || r.is(e, ".")) {
			e++
		}
		if e == t+1 || e >= i || !r.is(e, ",") || r.agentMention(t+1, e) {
			return t + 1
		}
		t = e
	}
	return x
}

// maxOpenings is the most opening phrases, each set off by its comma, that
// the subject of a sentence is read past: "The day before, at a rally in
// Beaumont, Tex., Mr. Trump was ...".
const maxOpenings = 3

// maxPlaceWords is the most words of a place set off by its own comma after
// an opening phrase ("in Beaumont, Tex.,").
const maxPlaceWords = 3

// pastOpenings returns the first token after the dateline and the opening
// phrases of the sentence that starts at token x, each closed by a comma before token i,
// or x when the sentence opens with its subject. A token at or past i means
// the subject does not come before i.
func (r *run) pastOpenings(x, i int) int {
	x = r.afterDateline(x, i) // "WASHINGTON (AP) — Sen. Ruiz ..."
	if x+1 < i && r.isWord(x) && r.wordClass(x).Has(phr.Adverb) && !r.wordClass(x).Has(phr.Preposition|phr.Subordinator) && r.subjectPronoun(x+1) {
		x++ // an adverb right before the subject: "Then she ..."
	} else if x+1 < i && r.isWord(x) && r.wordClass(x).Has(phr.Coordinator) && !r.is(x+1, ",") {
		x++ // a coordinator opening the sentence before its subject: "But Ward and others ..."
		for x+1 < i && r.isLower(x) && r.wordClass(x).Has(phr.Adverb) && !r.wordClass(x).Has(phr.Preposition|phr.Subordinator) && !r.is(x+1, ",") {
			x++ // and adverbs after it: "And then Ward ..."
		}
	} else if p := r.prepositionalOpening(x, i); p > x {
		x = p // "By Sunday afternoon she had ..."
	} else if w := r.lower(x); r.f.boundary[w] || r.f.adverb[w] {
		// A sentence that opens with a function word or an adverbial: its
		// subject follows the first comma, or it has none before i.
		for x < i && !r.is(x, ",") {
			x++
		}
		x = r.pastPlace(x+1, i)
	}
	for n := 0; n < maxOpenings && x < i; n++ {
		y := r.participleOpening(x, i)
		if y == x {
			y = r.openingEnd(x, i)
		}
		if y == x {
			break
		}
		x = y
	}
	return x
}

// maxPrepOpening is the most words of an opening prepositional phrase
// that no comma closes before a subject pronoun.
const maxPrepOpening = 4

// prepositionalOpening returns the subject pronoun after a short opening
// prepositional phrase with no comma ("In 2010 she said", "On Tuesday he
// wrote"), before token i, or x when the sentence opens otherwise. The words
// between are the phrase's own: no boundary word, verb or pronoun, so a
// subordinate clause ("After she blurted") is no such phrase.
func (r *run) prepositionalOpening(x, i int) int {
	if !r.isWord(x) || !r.isCap(x) || !r.wordClass(x).Has(phr.Preposition) || r.wordClass(x).Has(phr.Subordinator) {
		return x
	}
	for t := x + 1; t < i && t <= x+maxPrepOpening; t++ {
		if r.subjectPronoun(t) {
			if t == x+1 || r.isCap(t) && len(r.toks[t].Text) > 1 {
				return x // a capitalized pronoun is a title's word: "In Stand By You, ..."
			}
			return t
		}
		if !r.isWord(t) || r.isLower(t) && (r.in(setBoundary, t) && !r.in(setDeterm, t) || r.verbForm(t)) {
			return x
		}
	}
	return x
}

// openingEnd returns the token after the comma that closes an opening
// phrase at token x, before token i, or x when none opens there. The phrase
// opens with an adverbial, a preposition or a subordinating conjunction, or
// it is a short time phrase ("Hours later,", "The day before,"); it holds
// no quotation, and a capitalized place closed by another comma after it
// is still its part ("in Beaumont, Tex.,"). An adjunct with no comma
// before i leaves no subject: it returns i.
func (r *run) openingEnd(x, i int) int {
	if x >= i || !r.isWord(x) {
		return x
	}
	t := x
	for t < i && r.words(x, t) < maxOpeningPhrase && !r.is(t, ",") {
		if r.quoteOf[t] >= 0 || r.isOpen(t) {
			return x
		}
		t++
	}
	if !r.is(t, ",") || t == x {
		if r.adjunctOpener(x) && !r.lexParticiple(x) {
			return i // an adjunct that runs past i: no subject before it
		}
		return x
	}
	opener := r.adjunctOpener(x) || r.wordClass(x).Has(phr.Adverb)
	if !opener && !(r.words(x, t) <= maxTimeLeadWords && r.timeLead(x, t)) {
		return x
	}
	return r.pastPlace(t+1, i)
}

// pastPlace returns the token after a capitalized place of at most
// maxPlaceWords words that opens at token x and is closed by a comma before
// token i ("Iowa," after "in Ames,"), or x when none does.
func (r *run) pastPlace(x, i int) int {
	e := x
	for e < i && !r.is(e, ",") && (r.isCap(e) || r.is(e, ".")) {
		e++
	}
	if e > x && e < i && r.is(e, ",") && r.words(x, e) <= maxPlaceWords && !r.agentMention(x, e) {
		return e + 1
	}
	return x
}

// agentMention reports whether tokens [x, e) hold a mention of a person or
// an organization: a name set off by commas after an opening phrase is the
// subject with its appositive ("During the campaign, Betsey Wright, a close
// aide, ..."), not a place of the phrase.
func (r *run) agentMention(x, e int) bool {
	m := r.mentionIn(r.span(x, e))
	return m >= 0 && typeRank(r.d.Entities[r.mentions[m].ent].Type) >= 2
}

// maxTimeLeadWords is the most words of a time phrase that opens a
// sentence before its subject: "A few minutes later,".
const maxTimeLeadWords = 5

// timeLead reports whether tokens [a, b) are a time phrase ("Last week"),
// or a short noun phrase before an adverbial of time that ends the lead
// ("Hours later", "The day before"), with no name in it: it opens with a
// determiner, a word of relative time or a plural.
func (r *run) timeLead(a, b int) bool {
	if r.timePhrase(a, b) {
		return true
	}
	if b-1 <= a || !r.isLower(b-1) || !r.in(setAdverb, b-1) || r.mentionIn(r.span(a, b-1)) >= 0 {
		return false
	}
	if w := r.lower(a); !r.f.determ[w] && !r.f.time.openers[w] && !r.endsWith(rules.WordPluralEnd, a) {
		return false
	}
	for k := a; k < b-1; k++ {
		if !r.isWord(k) || k > a && !r.isLower(k) || r.in(setBoundary, k) && !r.in(setDeterm, k) || r.subjectPronoun(k) {
			return false
		}
	}
	return true
}

// subordinateSubject returns the subject of the last subordinate clause
// of sentence s between tokens from and to ("after Holt rallied the
// board"), when it can hold a stance: a participle after it speaks for that
// clause's subject when the main subject cannot.
func (r *run) subordinateSubject(s, from, to int) (tokenSpan, bool) {
	p, a := r.phrasesOf(s), r.sents[s][0]
	for k := to - 2; k >= from; k-- {
		if !r.isLower(k) || !r.wordClass(k).Has(phr.Subordinator) {
			continue
		}
		ci := p.ChunkOf[k+1-a]
		if ci < 0 || ci+1 >= len(p.Chunks) || p.Chunks[ci].Kind != phr.NounPhrase || p.Chunks[ci].Start != k+1-a {
			return tokenSpan{}, false
		}
		if vg := p.Chunks[ci+1]; vg.Kind != phr.VerbGroup || vg.Start != p.Chunks[ci].End || p.Classes[vg.Start].Has(phr.Infinitive) {
			return tokenSpan{}, false
		}
		sub := tokenSpan{a + p.Chunks[ci].Start, a + p.Chunks[ci].End}
		return sub, r.agent(sub)
	}
	return tokenSpan{}, false
}
