package claims

import (
	"unicode"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// speakerBefore finds the speaker of a cue at token i: the noun phrase before
// it, past auxiliaries ("has repeatedly insisted"), a relative pronoun ("Hu,
// who said") or an appositive ("Ken Hu, Huawei's chairman, said").
func (r *run) speakerBefore(i, a int) (tokenSpan, bool) {
	spk, _, ok := r.speakerPhrase(i, a)
	return spk, ok
}

// speakerPhrase is speakerBefore that also returns the first token of the
// whole phrase, appositives included.
func (r *run) speakerPhrase(i, a int) (tokenSpan, int, bool) {
	if ac, j, ok := match(r, r.f.cues, i, len(r.toks)); ok && j == i+1 && !ac.rule.Subject && r.passiveCue(i, a) {
		return tokenSpan{}, 0, false
	}
	if sp, from, ok := r.nearSpeaker(i, a); ok {
		return sp, from, true
	}
	k, name := r.subjectEnd(i, a)
	if k >= a && k < i-1 && r.word(rules.WordVerbJoiner, k) {
		return tokenSpan{}, 0, false // a second verb after a time: "but on Tuesday wrote" (see elided)
	}
	// A named subject opening the sentence, then an appositive and a relative
	// clause: "Angelique Brunner, a developer and spokeswoman for the EB-5
	// Coalition, which is made up of investors, said ...".
	if sp, ok := r.openingName(k, a); ok {
		return sp, a, true
	}
	k, name, ok := r.appositivesBack(k, a, name)
	if !ok {
		return tokenSpan{}, 0, false
	}
	if name[1] == 0 {
		if sp, ok := r.amountSubject(k, a); ok {
			return sp, sp[0], true
		}
	}
	ns := r.npBack(k, a)
	if name[1] > 0 {
		if ns > k {
			ns = name[0]
		}
		return name, ns, true
	}
	if ns <= k {
		if sp, ok := r.relativeHead(ns, k, a); ok {
			return sp, sp[0], true
		}
	}
	if ns > k || !r.validNP(ns, k+1) {
		if q := r.partitiveStart(ns, k, a); q >= 0 {
			return tokenSpan{q, k + 1}, q, true // "Many of them believe"
		}
		if ns <= k {
			if q := r.shareStart(ns, a); q < ns && !r.timePhrase(ns, k+1) {
				return tokenSpan{q, k + 1}, q, true // "About three in 10 said"
			}
		}
		return tokenSpan{}, 0, false
	}
	if ns == k && k == a && k == i-1 && r.quantifier(k) && i+1 < len(r.toks) && r.is(i+1, ",") && r.quoteAt(i+1, len(r.toks)) < 0 {
		return tokenSpan{}, 0, false // an idiom opening the sentence, not a subject: "All told, ..."; not "Others shouted, “...”"
	}
	if ns == k && ns-1 >= a && r.wordIs(rules.WordInfinitive, ns-1) && r.isLower(ns) {
		return tokenSpan{}, 0, false // a verb: "to settle claims that"
	}
	if ns == k && !r.endsWith(rules.WordPluralEnd, k) {
		// A nationality adjective is no speaker: "Republican attacks".
		if m := r.mentionIn(r.span(k, k+1)); m >= 0 && r.d.Entities[r.mentions[m].ent].Type == document.NORP {
			return tokenSpan{}, 0, false
		}
	}
	if !r.timePhrase(ns, k+1) {
		ns = r.shareStart(ns, a) // "Nearly nine out of 10 say", not "less than two weeks ago"
	}
	from := ns
	if k >= a && r.subjectPronoun(k) {
		// A pronoun is a noun phrase of its own: words before it are no
		// part of the speaker's phrase ("every time he thinks").
		ns, from = k, k
	}
	if x := r.skipAuxBack(i-1, a); x == k+2 && r.datedParticiple(x, a) {
		k = x // the participle and its day tell which one: "The report published Tuesday"
	}
	return tokenSpan{ns, k + 1}, from, true
}

// datedParticiple reports whether token k, after token a, is a day after
// a participle that modifies the noun before it: "Tuesday" in "A report
// published Tuesday".
func (r *run) datedParticiple(k, a int) bool {
	return k-2 >= a && r.timePhrase(k, k+1) && r.isLower(k-1) && r.participleForm(k-1) && r.isLower(k-2) && r.nounBefore(k-2)
}

// partitiveStart returns the quantifier that opens a partitive subject whose
// pronoun [ns, k] follows "of" ("Many of them", "All of us"), when the
// quantifier stands as a subject; else -1.
func (r *run) partitiveStart(ns, k, a int) int {
	if ns != k || ns-2 < a || !r.word(rules.WordObjectPronoun, k) || !r.word(rules.WordGroupOf, ns-1) || !r.quantifierSubject(ns-2) {
		return -1
	}
	return ns - 2
}

// subjectEnd walks back from the cue at token i past what may stand between
// a subject and its cue: auxiliaries, a dash aside, a time, an aside and a
// relative pronoun. It returns the last token before them and the name a
// dash aside holds, if any.
func (r *run) subjectEnd(i, a int) (int, tokenSpan) {
	var name tokenSpan
	k := r.skipAuxBack(i-1, a)
	if p := r.dashAsideStart(k, a); p >= 0 {
		name = r.dashedName(p, k) // "a former rival - John McCain, who ... - said"
		k = r.skipAuxBack(p-1, a) // "Holt - who has led the board since 2010 - said"
	}
	// A time between subject and cue: "McConnell, who in 2010 said", "Trump on Monday said".
	if k-1 > a && r.isWord(k) && (unicode.IsDigit(rune(r.toks[k].Text[0])) || r.isCap(k) && r.in(setAdverb, k)) &&
		r.word(rules.WordAsidePrep, k-1) && !r.ratioAt(k) {
		k = r.skipAuxBack(k-2, a)
	}
	if r.datedParticiple(k, a) {
		k = k - 2 // a participle and its day on the subject: "A campaign ad released Thursday accuses"
	} else if t := r.timeBack(k, a); t > a && !r.wordClass(t).Has(phr.Preposition) {
		if x := r.skipAuxBack(t-1, a); x >= a && x < t-1 && r.isCap(x) && r.mentionIn(r.span(x, x+1)) >= 0 {
			k = x // a time after a name and an adverb: "Ruiz later Thursday told"
		}
	}
	if p := r.parenAsideStart(k, a); p >= 0 {
		k = r.skipAuxBack(p-1, a) // "Sen. Ana Ruiz (a Democrat elected in ...) says"
	}
	if x := r.asideBefore(k, a); x < k {
		k = r.skipAuxBack(x, a) // "Trump at the time said"
	}
	if k-1 > a && r.isLower(k) && r.timeUnit(k) && r.word(rules.WordRelativeLink, k-1) {
		k = r.skipAuxBack(k-2, a) // "A study published last month found"
	}
	if k-1 >= a && (r.word(rules.WordSubjectRelative, k) || r.relativeThat(k)) {
		person := r.word(rules.WordPersonRelative, k)
		k = r.beforePronoun(k) // "Hu, who said", "voters who see"
		if person {
			k = r.placeBack(k, a) // "who" is the person before the place: "Price, a firefighter in Roanoke, Va., who voted"
		}
		if n, ok := r.nameBeforeAppositive(k, a, person); ok && name[1] == 0 {
			name = n // "who" is the person the appositive names: "Holt, head of the union, who called for", "Holt, a native who writes"
		}
	}
	return k, name
}

// maxAppositives is the most phrases set off by commas that appositivesBack
// walks over, and appositiveWindow the most tokens of one.
const (
	maxAppositives   = 3
	appositiveWindow = 30
)

// appositivesBack walks back from token k over up to three appositives and
// relative clauses between commas ("Ken Hu, Huawei's chairman, said",
// "Schiff, 56, who has served ..., told"), keeping the first name among
// them unless name already holds one. It returns the token before them, the
// name, and false when a comma opens no such phrase.
func (r *run) appositivesBack(k, a int, name tokenSpan) (int, tokenSpan, bool) {
	place := -1 // the end of a place of a place walked over, if any
	for n := 0; k >= a && r.is(k, ",") && n < maxAppositives; n++ {
		p := k - 1
		for p >= a && p > k-appositiveWindow && !(r.is(p, ",") && r.quoteOf[p] < 0 && !r.placeComma(p)) {
			p-- // a comma inside quotation marks is the title's: `the author of "Going Viral,"`
		}
		if p < a || !r.is(p, ",") || p+1 >= k {
			if place >= 0 {
				return place, name, true // the place ends the subject itself
			}
			return 0, name, false
		}
		if e := r.beforeParens(p+1, k); r.nameLike(p+1, e) && !r.partyTag(p+1, e) && !r.placeIn(p+1, e) && name[1] == 0 {
			name = tokenSpan{p + 1, e} // "Gov. Ana Ruiz (D-N.M.), said"
		} else if c, ok := r.roledName(p+1, k); ok && name[1] == 0 {
			name = tokenSpan{c, k} // "one prominent conservative, syndicated radio host Dennis Prager, said"
		} else if n, ok := r.nameBeforePrep(p+1, k); ok && name[1] == 0 {
			name = n // "One pilot, Ana Ruiz of the harbour board, said"
		}
		place, k = -1, r.placeBack(p-1, a) // "Bond, 30, of Raleigh, N.C., who was polled, said"
		if k != p-1 {
			place = p - 1
		}
		if k-1 >= a && r.isWord(k) && (unicode.IsDigit(rune(r.toks[k].Text[0])) || r.partyTag(k, k+1)) && r.is(k-1, ",") {
			k -= 2 // an age or a party: "Schiff, 56, who ...", "Corker, R-Tenn., said"
		}
	}
	return k, name, true
}

// nameBeforePrep returns the person's full name (two words or more) that
// opens the appositive [c, e) and a lower-case preposition follows: "Ana
// Ruiz of the harbour board", "Ana Ruiz at the port"; not a party
// ("Republican of West Virginia").
func (r *run) nameBeforePrep(c, e int) (tokenSpan, bool) {
	m := r.mentionIn(r.span(c, c+1))
	if m < 0 || r.d.Entities[r.mentions[m].ent].Type != document.Person || r.mentions[m].Start != r.toks[c].Start {
		return tokenSpan{}, false
	}
	x := r.tokenFrom(r.mentions[m].End)
	if x <= c+1 || x >= e || !r.isLower(x) || !r.wordClass(x).Has(phr.Preposition) {
		return tokenSpan{}, false
	}
	return tokenSpan{c, x}, true
}

// parenAsideWindow is the most tokens of a parenthetical aside between a
// subject and its cue, and minParenAsideWords the fewest words that make
// one (a shorter tag, "(D-N.Y.)", stays in the speaker's phrase).
const (
	parenAsideWindow   = 40
	minParenAsideWords = 3
)

// openParen returns the nearest opening parenthesis before token k, after
// token lo and fewer than window tokens back, or -1.
func (r *run) openParen(k, lo, window int) int {
	for p := k - 1; p > lo && p > k-window; p-- {
		if r.is(p, "(") {
			return p
		}
	}
	return -1
}

// parenAsideStart returns the opening parenthesis of an aside that closes
// at token k, between a subject and its cue, or -1.
func (r *run) parenAsideStart(k, a int) int {
	if k <= a || !r.is(k, ")") {
		return -1
	}
	p := r.openParen(k, a, parenAsideWindow)
	if p < 0 || r.words(p+1, k) < minParenAsideWords || !r.isWord(p-1) {
		return -1
	}
	for t := p + 1; t < k; t++ {
		if r.is(t, ").;") {
			return -1 // the aside holds a sentence's end: no aside
		}
	}
	return p
}

// beforeParens returns the token that opens a parenthesis closing tokens
// [s, e), such as a party tag after a name ("Ana Ruiz (D-N.M.)"), when
// words stand before it; else e.
func (r *run) beforeParens(s, e int) int {
	if e-1 <= s || !r.is(e-1, ")") {
		return e
	}
	if p := r.openParen(e-1, s, e-s); p >= 0 {
		return p
	}
	return e
}

// placeBack returns the comma inside a place of a place that ends at token
// k ("Raleigh, N.C."), so that the phrase before it is read as the
// speaker's; k when there is none.
func (r *run) placeBack(k, a int) int {
	ps := r.npBack(k, a)
	if ps > k || ps-2 <= a || !r.is(ps-1, ",") || !r.wholePlace(ps, k+1) {
		return k
	}
	if m := r.mentionIn(r.span(ps-2, ps-1)); m < 0 || !r.wholePlace(max(a, r.tokenAt(r.mentions[m].Start)), ps-1) {
		return k
	}
	return ps - 1
}

// maxRegionTokens is the most tokens of the region after a place's comma:
// "Pa.", "South Carolina", "N.C.".
const maxRegionTokens = 4

// placeComma reports whether the comma at token c joins a place and the
// region it lies in, both found by the entity stage, with a comma after the
// region: the commas of "a teacher in Dayton, Ohio, said" set off one
// appositive, not two.
func (r *run) placeComma(c int) bool {
	if c < 1 || !r.is(c, ",") {
		return false
	}
	if m := r.mentionIn(r.span(c-1, c)); m < 0 || !isPlace(r.d.Entities[r.mentions[m].ent].Type) {
		return false
	}
	e := c + 1
	for e < len(r.toks) && e <= c+maxRegionTokens && !r.is(e, ",") {
		e++
	}
	return e < len(r.toks) && e > c+1 && r.is(e, ",") && r.wholePlace(c+1, e)
}

// wholePlace reports whether tokens [s, e) are one place mention, its
// abbreviation's period aside.
func (r *run) wholePlace(s, e int) bool {
	if r.abbrevPeriod(e-1, s) {
		e--
	}
	m := r.mentionIn(r.span(s, e))
	return m >= 0 && isPlace(r.d.Entities[r.mentions[m].ent].Type) &&
		r.mentions[m].Start <= r.toks[s].Start && r.mentions[m].End >= r.toks[e-1].End
}

// agent reports whether the speaker tokens can hold a stance: a person,
// organization or place the entity stage found, a name, a personal pronoun,
// a noun for people or bodies, or a percent of those polled. An inanimate
// noun phrase is no speaker.
func (r *run) agent(spk tokenSpan) bool {
	s, e := spk[0], spk[1]
	if e <= s {
		return false
	}
	if e-s == 1 && r.subjectPronoun(s) {
		return !r.wordIs(rules.WordReaderPronoun, s)
	}
	if m := r.mentionIn(r.span(s, e)); m >= 0 && r.d.Entities[r.mentions[m].ent].Type != "" {
		return true
	}
	for k := s; k < e; k++ {
		// A name; the first word of a sentence is capitalized anyway, unless
		// the text writes it so inside sentences too.
		if r.isWord(k) && r.isCap(k) && !r.in(setDeterm, k) && (r.sentOf(k) < 0 || k != r.sents[r.sentOf(k)][0] || k+1 < e && r.isCap(k+1) || r.nameInside(k)) {
			return true
		}
	}
	head := r.lower(e - 1)
	if r.in(setAgent, e-1) || r.in(setOrg, e-1) || r.in(setTitle, e-1) {
		return true
	}
	if sing := singular(head); sing != head && (r.f.agents[sing] || r.f.org[sing] || r.f.titles[sing]) {
		return true
	}
	return r.quantifier(e-1) || r.percentEndingAt(e-1) >= s // "27 percent support"
}
