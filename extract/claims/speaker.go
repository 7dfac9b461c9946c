package claims

import (
	"slices"
	"strings"
	"unicode"

	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// skipAuxBack walks back from token k over auxiliaries and adverbs ("has",
// "also", "repeatedly", "so far") and returns the first token before them.
// When the token after k, the cue, is capitalized inside its sentence, the
// sentence is a title-case headline, and its capitalized auxiliaries and
// adverbs are skipped too: "Trump Now Says".
func (r *run) skipAuxBack(k, a int) int {
	titled := k >= a && k+1 < len(r.toks) && r.isCap(k+1)
	for k >= a {
		if k-1 >= a && r.wordIs(rules.WordCliticAux, k) && r.subjectPronoun(k-1) {
			return k - 1 // a pronoun and its auxiliary: "He's said"
		}
		if !r.isLower(k) {
			if !titled || !r.isWord(k) || !r.headlineVerbal(k) {
				return k
			}
			k--
			continue
		}
		switch {
		case r.subjectPronoun(k):
			return k // a pronoun with its auxiliary: "he's said"
		case r.in(setAux, k) || r.in(setAdverbEnd, k) || r.wordIs(rules.WordPredicateLead, k):
			k--
		case k-1 >= a && r.asideAdverb(k-1):
			k -= 2 // "has so far resisted"
		case k-1 >= a && r.wordClass(k).Has(phr.Adverb) && r.isLower(k-1) && r.in(setAux, k-1):
			k-- // an adverb after an auxiliary: "can't quite say"
		default:
			return k
		}
	}
	return k
}

// asideAdverb reports whether tokens k and k+1 are a two-word phrase that may
// stand between a subject and its cue: "so far".
func (r *run) asideAdverb(k int) bool {
	for _, p := range r.f.words.phrases[rules.WordAsideAdverb] {
		if len(p) == 2 && r.lower(k) == p[0] && r.lower(k+1) == p[1] {
			return true
		}
	}
	return false
}

// maxNPWords is the most words of a noun phrase npBack reads.
const maxNPWords = 8

// npBack returns the first token of the noun phrase that ends at token k,
// read backwards; it returns k+1 when there is none. A phrase opens with no
// joiner: in "media reports and party sources described", where the cue
// word "reports" stops the reading, the phrase is "party sources".
func (r *run) npBack(k, a int) int {
	s := r.npStart(k, a)
	if s < k && r.isLower(s) && r.word(rules.WordPhraseJoiner, s) {
		return s + 1
	}
	return s
}

// maxParenTagTokens bounds the tag in parentheses that a name's phrase
// takes in: "(D-N.Y.)".
const maxParenTagTokens = 10

// npStart is npBack's reading, which may stop right after a joiner.
func (r *run) npStart(k, a int) int {
	t, n := k, 0
	for t >= a && n < maxNPWords {
		switch {
		case r.isWord(t):
			if r.word(rules.WordPhraseJoiner, t) && t < k && n <= 3 && t-1 >= a && (r.joins(t-1) || r.pairedModifier(t-1, a)) {
				// "Federal and state officials", "Experts on North Korea and
				// nuclear nonproliferation", "The head of Sony Pictures".
				t--
				continue
			}
			if r.isLower(t) && (r.in(setBoundary, t) || r.in(setAux, t)) {
				if r.modifiesHead(t, k, a) {
					t-- // "A longtime adviser to Ana Ruiz said", "Officials in Brussels said"
					continue
				}
				return t + 1
			}
			if t == a && !r.isLower(t) && r.in(setBoundary, t) {
				return t + 1
			}
			if t < k {
				if _, _, ok := match(r, r.f.cues, t, k+1); ok && r.isLower(t) {
					return t + 1
				}
				// A verb form ends the phrase ("included retired Air Force general
				// Lloyd Newton"), unless a determiner makes it an adjective.
				if r.isLower(t) && (r.endsWith(rules.WordPastEnd, t) || r.endsWith(rules.WordGerundEnd, t)) && t > a && r.isWord(t-1) && !r.in(setDeterm, t-1) {
					return t + 1
				}
			}
			n++
			if r.in(setDeterm, t) {
				if r.namedPartner(t, a) {
					t-- // "Trump and his attorneys", "Mr. Xi and other leaders"
					break
				}
				if t-2 >= a && r.isLower(t) && r.isPossessive(t-1) && r.isCap(t-2) {
					break // a possessor before it: "Holt's most loyal supporters"
				}
				return t
			}
		case r.isPossessive(t) || r.is(t, "-&"):
		case r.abbrevPeriod(t, a):
		case r.is(t, ")") && t == k:
			// A parenthesis after a name: "Rep. Gregory W. Meeks (D-N.Y.)".
			p := r.openParen(t, a, maxParenTagTokens)
			if p < 0 {
				return t + 1
			}
			t = p
		default:
			return t + 1
		}
		t--
	}
	return t + 1
}

// modifiesHead reports whether the preposition at token t, inside the noun
// phrase read back from token k, opens a phrase that modifies the noun for
// people or title before it: "adviser to Ana Ruiz", "spokesman for the
// company".
func (r *run) modifiesHead(t, k, a int) bool {
	if t >= k || t-1 < a || !(r.isLower(t-1) || t-1 == a && r.mentionIn(r.span(t-1, t)) < 0) || r.wordIs(rules.WordMessageNoun, t-1) || r.quantifier(t-1) {
		return false
	}
	prep := r.word(rules.WordSpeakerPrep, t) ||
		r.word(rules.WordInfinitive, t) && (r.isCap(t+1) || r.in(setDeterm, t+1)) // "to Ana Ruiz", not "to file"
	return prep && (r.speakerNoun(t-1) || r.in(setTitle, t-1))
}

// namedPartner reports whether the phrase opened by the determiner at token
// t is joined by "and" to a person or organization named before it, or to a
// subject pronoun: "Sanders and his supporters", "she and other Democrats".
func (r *run) namedPartner(t, a int) bool {
	j := t - 1
	if j-1 < a || !r.word(rules.WordPhraseJoiner, j) || !r.word(rules.WordCoordinator, j) {
		return false
	}
	if r.subjectPronoun(j - 1) {
		return true
	}
	m := r.mentionIn(r.span(j-1, j))
	return m >= 0 && typeRank(r.d.Entities[r.mentions[m].ent].Type) >= 2
}

// joins reports whether token t can end the first half of a noun phrase
// joined by "and" or "of": a capitalized word or a plural noun.
func (r *run) joins(t int) bool {
	if !r.isWord(t) || r.in(setBoundary, t) || r.in(setAux, t) || r.in(setDeterm, t) || r.subjectPronoun(t) {
		return false
	}
	if r.isCap(t) {
		return true
	}
	return r.endsWith(rules.WordPluralEnd, t) && !r.endsWith(rules.WordSingularEnd, t)
}

// pairedModifier reports whether the lowercase word at token t, before a
// joiner, is the first of two modifiers of one head that open their phrase:
// "current and former officials", ", state and local officials said". A
// word before it would make it the end of a clause ("failed and local
// officials said").
func (r *run) pairedModifier(t, a int) bool {
	if !r.isLower(t) || !r.isLower(t+2) || r.in(setBoundary, t) || r.in(setAux, t) || r.in(setDeterm, t) || r.subjectPronoun(t) {
		return false
	}
	return t == a || !r.isWord(t-1) && r.quoteOf[t-1] < 0 && !r.isPossessive(t-1)
}

// hasPossessive reports whether text opens with a possessive ending.
func (f *Finder) hasPossessive(text string) bool {
	for _, p := range f.possess {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// trimPossessive drops a possessive ending from the end of s.
func (f *Finder) trimPossessive(s string) string {
	for _, p := range f.possess {
		if t, ok := strings.CutSuffix(s, p); ok {
			return t
		}
	}
	return s
}

// isPossessive reports whether token t is a possessive ending: "'s", or an
// apostrophe after a plural ("Davis' commentary").
func (r *run) isPossessive(t int) bool {
	switch w := r.lower(t); {
	case slices.Contains(r.f.possess, w):
		return true
	case w == "'" || w == "’":
		// "Davis' commentary", but not a closing quotation mark.
		return t > 0 && r.toks[t-1].End == r.toks[t].Start && r.endsWith(rules.WordPluralEnd, t-1) &&
			r.quoteOf[t] < 0 && r.closedBy(t) < 0 && (t+1 >= len(r.toks) || r.toks[t+1].Text != r.toks[t].Text)
	}
	return false
}

// validNP reports whether tokens [a, b) can be a speaker: it holds a word
// that is neither a determiner nor a possessive at its end.
func (r *run) validNP(a, b int) bool {
	if a >= b {
		return false
	}
	if b-a == 1 && r.readerPronoun(a) {
		return false // the reader, not a speaker: "you plan", "you're considering"
	}
	last := b - 1
	if r.is(last, ")") {
		for last > a && !r.is(last, "(") {
			last--
		}
		last--
	}
	if r.abbrevPeriod(last, a) {
		last-- // a suffix after a name: "Joseph Biden Jr."
	}
	if last < a || r.isPossessive(last) || !r.isWord(last) {
		return false
	}
	if r.isLower(last) && r.endsWith(rules.WordPastEnd, last) && !r.in(setDeterm, last) {
		return false // a verb, not a noun: "unveiled plans to"
	}
	if r.f.words.is(rules.WordObjectPronoun, r.toks[last].Text) {
		return false
	}
	if r.in(setDeterm, last) && !(b-a == 1 && (r.isCap(a) || r.quantifier(a) && (a == 0 || !r.in(setDeterm, a-1)))) {
		return false // "the most anticipated witness" has no speaker "most"
	}
	if b-a == 1 && (r.in(setAdverb, a) || r.in(setAux, a) || r.in(setBoundary, a) || r.word(rules.WordPredicateLead, a)) && !r.subjectPronoun(a) && !r.quantifierSubject(a) {
		return false // "Now tell us ..."
	}
	for k := a; k < b; k++ {
		// A verb form inside the phrase means it is not a noun phrase:
		// "making dubious medical claims", "Crimea renewed fears".
		// An opening -ed word is an adjective: "retired Air Force general".
		if k < last && r.isLower(k) && (r.endsWith(rules.WordGerundEnd, k) && k == a || k > a && (r.endsWith(rules.WordPastEnd, k) || r.endsWith(rules.WordGerundEnd, k)) && !r.in(setDeterm, k-1)) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if r.isWord(k) && !unicode.IsDigit(rune(r.toks[k].Text[0])) {
			return true
		}
	}
	return false
}

// abbrevPeriod reports whether token t, after token a, is the period of a
// short capitalized abbreviation: "Jr.", "Sen.", "D.C.".
func (r *run) abbrevPeriod(t, a int) bool {
	return r.is(t, ".") && t > a && r.isCap(t-1) && len(r.toks[t-1].Text) <= 4
}

// readerPronoun reports whether token k is a pronoun for the reader, alone
// or contracted: "you", "you're".
func (r *run) readerPronoun(k int) bool {
	for _, p := range r.f.words.roles[rules.WordReaderPronoun].list {
		if rest, ok := strings.CutPrefix(r.lower(k), p); ok && (rest == "" || strings.ContainsAny(rest, "'’")) {
			return true
		}
	}
	return false
}

// quantifier reports whether token k can stand alone as a subject: "all agreed".
func (r *run) quantifier(k int) bool {
	return r.wordIs(rules.WordQuantifier, k)
}

// subjectPronoun reports whether token k is a subject pronoun.
func (r *run) subjectPronoun(k int) bool {
	return r.wordIs(rules.WordSubjectPronoun, k)
}

// dashMarks are the dashes that set off an aside.
const dashMarks = "-—–"

// dashAsideStart returns the opening dash of an aside set off by dashes that
// closes at token k ("X - who ... - said"), or -1. The aside holds no
// quotation mark and at least one word.
func (r *run) dashAsideStart(k, a int) int {
	if k <= a || !r.is(k, dashMarks) {
		return -1
	}
	k = r.dashRunStart(k, a) // a typed double hyphen, "--", is one dash
	for p := k - 1; p > a && p > k-dashAsideWindow; p-- {
		switch {
		case r.is(p, dashMarks):
			if p+1 < k && r.words(p+1, k) > 0 {
				return r.dashRunStart(p, a)
			}
			return -1
		case r.isClose(p) && r.closedBy(p) >= 0 && r.quotes[r.closedBy(p)].open > a:
			p = r.quotes[r.closedBy(p)].open // a quotation inside the aside
		case r.isOpen(p) || r.isClose(p) || r.is(p, ".;"):
			return -1
		}
	}
	return -1
}

// dashedName returns the name that opens a dash aside from token p to the
// dash at token e, after a lower-case word: the speaker a role before the
// aside stands for ("a former candidate - John McCain, who lost - said").
// It is empty when the aside opens with no name.
func (r *run) dashedName(p, e int) tokenSpan {
	c := p + 1
	for c < e && r.is(c, dashMarks) {
		c++ // the second mark of "--"
	}
	n := r.nameRunEnd(c, e)
	if p < 1 || !r.isLower(p-1) || n == c || !(n == e || r.is(n, ",")) || !r.isWord(n-1) || !r.nameLike(c, n) {
		return tokenSpan{}
	}
	return tokenSpan{c, n}
}

// dashRunStart returns the first of the dash marks that end at token k
// with no space between them, as in a typed "--".
func (r *run) dashRunStart(k, a int) int {
	for k > a && r.is(k-1, dashMarks) && r.toks[k-1].End == r.toks[k].Start {
		k--
	}
	return k
}

// passiveCue reports whether the cue at token i is a passive participle
// after a form of "be" ("he was formally called", "were told"): its subject is
// not the speaker.
func (r *run) passiveCue(i, a int) bool {
	if !r.participleForm(i) {
		return false
	}
	k := i - 1
	for k >= a && r.isLower(k) && r.in(setAdverbEnd, k) {
		k--
	}
	if k < a || !r.isLower(k) {
		return false
	}
	return r.wordIs(rules.WordPassiveAux, k)
}

// partyTag reports whether tokens [a, b) are a party and state tag such as
// "R-Tenn." or "D-N.Y.".
func (r *run) partyTag(a, b int) bool {
	initial, state, ok := strings.Cut(r.toks[a].Text, "-")
	if !ok || state == "" || !r.f.parties[initial] {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !r.is(k, ".") && !(r.isCap(k) && len(r.toks[k].Text) <= 3) {
			return false
		}
	}
	return true
}

// nameParticle reports whether token t is a lower-case word inside names ("de", "van").
func (r *run) nameParticle(t int) bool {
	return r.wordIs(rules.WordNameParticle, t)
}

// nameLike reports whether tokens [a, b) are a name: capitalized words,
// possibly joined by particles.
func (r *run) nameLike(a, b int) bool {
	if !r.isCap(a) {
		return false
	}
	for k := a; k < b; k++ {
		if r.isWord(k) && !r.isCap(k) && !r.nameParticle(k) {
			return false
		}
		if !r.isWord(k) && !r.is(k, ".-") {
			return false
		}
	}
	return true
}

// openingName returns the person or organization that opens the sentence
// and is followed by a comma, when token k is a comma closing a stretch of at
// least two commas and at most 60 tokens after it, with no quotation inside.
func (r *run) openingName(k, a int) (tokenSpan, bool) {
	if k < a || !r.is(k, ",") || k-a > 60 {
		return tokenSpan{}, false
	}
	x := a
	for x < k && !r.is(x, ",") {
		x++
	}
	if x >= k || x == a || !r.nameLike(a, x) || r.wordClass(a).Has(phr.Preposition|phr.Subordinator) {
		return tokenSpan{}, false // "At Boca West, ..." opens with a place, not the subject
	}
	commas := 0
	for t := x; t <= k; t++ {
		if r.quoteOf[t] >= 0 || r.isOpen(t) {
			return tokenSpan{}, false
		}
		if r.is(t, ",") {
			commas++
		}
	}
	m := r.mentionIn(r.span(a, x))
	if commas < 3 || m < 0 || typeRank(r.d.Entities[r.mentions[m].ent].Type) < 2 {
		return tokenSpan{}, false
	}
	return tokenSpan{a, x}, true
}
