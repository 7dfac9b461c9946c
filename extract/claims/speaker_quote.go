package claims

import (
	"sort"
	"strings"

	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// quoteTail returns the speaker of quote q read from the words right after
// it, in its paragraph: a quote closed by a comma, then a person or a name
// (capitalized words) or "he" or "she" and a verb (`"...," Toomey fumed`), or
// a cue and then the name (`"...," said Rick Wilson`; any past form in -ed
// will do there: `"...," scoffed Arianna Gil`). The verb after a
// comma need not be a known cue: the punctuation inside the marks and the
// order of the words make the frame. After a full stop, a question or an
// exclamation mark, which may end the sentence, the verb must be a cue or
// end in -ed, and end the tail (`"...?" Mrs. Clinton asked.`). It also
// returns the verb's token.
func (r *run) quoteTail(q *quoteRegion) (tokenSpan, int, bool) {
	p := r.tailMark(q)
	j := r.afterStrayMark(q.close + 1)
	if p < 0 || j+1 >= len(r.toks) || !r.isWord(j) || r.quoteOf[j] >= 0 || r.isOpen(j) || r.paraOf(r.toks[j].Start) != q.para {
		return tokenSpan{}, 0, false
	}
	comma := r.is(p, ",")
	if (r.isCueWord(j) || r.endsWith(rules.WordPastEnd, j)) && comma && r.isLower(j) && !r.in(setPerson, j) {
		b := min(len(r.toks), j+1+npForwardWindow)
		e := r.npForward(j+1, b)
		if e > j+1 && r.tailName(j+1, e) {
			// "said Rick Wilson, a strategist", "said an adviser to both Clintons"
			return tokenSpan{j + 1, r.postModifierEnd(j+1, e, r.sents[r.sentOf(j)][1])}, j, true
		}
		return tokenSpan{}, 0, false
	}
	e := j + 1
	if !r.in(setPerson, j) || !r.isLower(j) {
		e = r.npForward(j, min(len(r.toks), j+npForwardWindow))
		if e > j && comma && !r.tailName(j, e) {
			return r.documentTail(j, e)
		}
		if e <= j || !r.tailName(j, e) {
			return tokenSpan{}, 0, false
		}
	}
	v := r.afterAppositives(e, q.para)
	if v >= len(r.toks) || !r.isWord(v) || !r.isLower(v) || r.in(setBoundary, v) || r.in(setDeterm, v) || r.in(setAux, v) && !r.leadEnds(v) {
		return tokenSpan{}, 0, false
	}
	if v > e {
		// An appositive between the name and the verb: `"...," Jim Bennett, 57, told`.
		if !r.isCueWord(v) || !comma {
			return tokenSpan{}, 0, false
		}
		return tokenSpan{j, e}, v, true
	}
	if !comma && (!r.isCueWord(e) && !r.endsWith(rules.WordPastEnd, e) || !r.tailEnds(e)) {
		return tokenSpan{}, 0, false
	}
	return tokenSpan{j, e}, e, true
}

// leadEnds reports whether token v, a verb the speaker rules hold as a
// lead before another verb ("started to", "went on to"), is no auxiliary
// and ends the tail of a quote on its own: `"...," Hale started.`, `"...,"
// he went on.`.
func (r *run) leadEnds(v int) bool {
	if r.wordClass(v).Has(phr.Be | phr.Auxiliary | phr.Modal) {
		return false
	}
	k := v + 1
	if k < len(r.toks) && r.isLower(k) && r.wordClass(k).Has(phr.Preposition) {
		k++ // a particle: "went on"
	}
	return k >= len(r.toks) || !r.isWord(k)
}

// maxDocumentPlace is the most tokens of the phrase that places a document
// speaking after a quote: "in the ad", "on its website".
const maxDocumentPlace = 4

// documentTail reads the tail of a quote whose speaker is the document that
// holds the words, the noun phrase [j, e) that a message noun heads, and
// any verb that ends the tail: `"...," the statement read`, `"...," a
// voice-over in the ad states`. It returns the speaker and the verb's token.
func (r *run) documentTail(j, e int) (tokenSpan, int, bool) {
	if e-1 > j+1 && r.wordIs(rules.WordMessageNoun, e-2) && r.verbOfDocument(e-1) {
		e-- // the noun phrase reading took in the verb: "the suit reads"
	}
	if !r.isLower(j) || !r.in(setDeterm, j) || !r.wordIs(rules.WordMessageNoun, e-1) {
		return tokenSpan{}, 0, false
	}
	v := e
	if v < len(r.toks) && r.isLower(v) && r.wordClass(v).Has(phr.Preposition) {
		for v++; v < len(r.toks) && v <= e+maxDocumentPlace && r.isWord(v) && !r.verbOfDocument(v); v++ {
		}
	}
	if v >= len(r.toks) || !r.verbOfDocument(v) || !r.tailEnds(v) {
		return tokenSpan{}, 0, false
	}
	return tokenSpan{j, e}, v, true
}

// verbOfDocument reports whether token v is a lower-case verb a document
// may speak with: a cue, a past form or a present one in -s.
func (r *run) verbOfDocument(v int) bool {
	if !r.isWord(v) || !r.isLower(v) || r.in(setBoundary, v) {
		return false
	}
	if r.isCueWord(v) {
		return true
	}
	return r.endsWith(rules.WordPastEnd, v) || r.wordClass(v).Has(phr.Participle|phr.Verb) || r.endsWith(rules.WordPluralEnd, v)
}

// tailEnds reports whether the verb of a quote's tail at token v ends the
// tail: punctuation, an adverbial or, after a verb that takes a listener, an
// object follows ("Weaver said.", "Trump said on Monday", "Renteria told
// reporters"), not the clause of a new sentence ("Kasich said he would ...")
// nor a colon and the quotation the verb brings in.
func (r *run) tailEnds(v int) bool {
	k := v + 1
	if k+1 < len(r.toks) && r.is(k, ":") && r.isOpen(k+1) {
		return false // the verb brings in the next quotation: `Ms. Ruiz said: "..."`
	}
	if k >= len(r.toks) || !r.isWord(k) || r.in(setAdverb, k) {
		return true
	}
	if r.ids[v] < 0 || r.subjectPronoun(k) {
		return false
	}
	for _, p := range r.f.cues.byID[r.ids[v]] {
		if len(p.words) == 1 && p.val.rule.Object {
			return true
		}
	}
	return false
}

// tailName reports whether tokens [a, b) after a quote can be its speaker:
// a person, or capitalized words that are neither a pronoun ("I", "We")
// nor a place.
func (r *run) tailName(a, b int) bool {
	if r.personIn(a, b) {
		return true
	}
	if r.subjectPronoun(a) || strings.ContainsAny(r.toks[a].Text, "'’") || !r.nameLike(a, b) {
		return false
	}
	m := r.mentionIn(r.span(a, b))
	return m < 0 || !isPlace(r.d.Entities[r.mentions[m].ent].Type)
}

// tailMark returns the punctuation token that ends quote q inside its
// marks, past the first half of a doubled mark (”) and a closing inner
// quote (`need?’”`): a comma, a full stop, a question or an exclamation
// mark; -1 when the quote ends otherwise or has no closing mark.
func (r *run) tailMark(q *quoteRegion) int {
	c := q.close
	if c < 1 {
		return -1
	}
	p := c - 1
	for p > q.open && r.toks[p].Start >= q.closeAt {
		p--
	}
	if p > q.open+1 && r.is(p, "'’") && r.is(p-1, ",.?!") {
		p--
	}
	if p <= q.open || !r.is(p, ",.?!") {
		return -1
	}
	return p
}

// quoteLeadIn returns the speaker of quote q that opens its paragraph when
// the paragraph before ends on a verb and a colon ("Cruz continued:",
// "Breitbart News responded:"): the subject of that verb. It also returns the
// verb's token.
func (r *run) quoteLeadIn(q *quoteRegion) (tokenSpan, int, bool) {
	c := q.open - 1
	if c < 2 || !r.is(c, ":") || r.quoteOf[c] >= 0 || r.paraOf(r.toks[c].Start) != q.para-1 || r.sentOf(c-1) < 0 {
		return tokenSpan{}, 0, false
	}
	v := c - 1
	if !r.isWord(v) || !r.isLower(v) || r.in(setBoundary, v) || r.in(setDeterm, v) || r.quoteOf[v] >= 0 {
		return tokenSpan{}, 0, false
	}
	spk, ok := r.speakerBefore(v, r.sents[r.sentOf(v)][0])
	if !ok || !r.agent(spk) {
		return tokenSpan{}, 0, false
	}
	return spk, v, true
}

// quoteAfterColon returns the speaker of quote q that a colon in its own
// sentence brings in, when the clause before the colon has someone who can
// speak, or a finding, as its subject, whatever its verb ("Hannity
// interjected:", "the senator went even further:"). It also returns the
// token after the subject, which stands for the cue.
func (r *run) quoteAfterColon(q *quoteRegion) (tokenSpan, int, bool) {
	c := q.open - 1
	s := r.sentOf(q.open)
	if c < 1 || s < 0 || r.sentOf(c) != s || r.quoteOf[c] >= 0 || !r.isWord(c-1) {
		return tokenSpan{}, 0, false
	}
	if r.is(c, ",") {
		return r.quoteAfterComma(q, s, c)
	}
	if !r.is(c, ":") {
		return tokenSpan{}, 0, false
	}
	sub, ok := r.sentenceSubject(s, c)
	if ok && sub[1] < c && r.agent(sub) && !r.quoteIn(sub[1], c) {
		v := sub[1]
		if r.is(v, ",") && !r.isLower(v+1) {
			v = r.afterAppositives(v, q.para) // "McConnell, 74, delivered"
		} else if r.is(v, ",") {
			v++ // after a party tag: "McConnell, R-Ky., delivered"
		}
		if v < c && r.isLower(v) {
			return sub, v, true
		}
	}
	// The phrase layer's subject, after a conjunction ("And Mr. Christie
	// gloated:") or naming a finding ("A footnote in the report makes that
	// clear:").
	sub, ok = r.firstSubject(s, c)
	if !ok || sub[1] >= c || r.quoteIn(sub[1], c) || r.wordIs(rules.WordRelativePronoun, sub[0]) || r.in(setBoundary, sub[0]) || r.in(setAdverb, sub[0]) {
		return tokenSpan{}, 0, false
	}
	if !r.agent(sub) && !r.evidenceSource(sub) {
		return tokenSpan{}, 0, false // a sign's words: "The banner read:"
	}
	return sub, sub[1], true
}

// firstSubject returns the subject noun phrase of the first verb group
// outside quotation marks of sentence s, before token c, as the phrase layer
// reads it.
func (r *run) firstSubject(s, c int) (tokenSpan, bool) {
	p, a := r.phrasesOf(s), r.sents[s][0]
	for ci, ch := range p.Chunks {
		if a+ch.Start >= c {
			break
		}
		if ch.Kind != phr.VerbGroup || r.quoteOf[a+ch.Start] >= 0 {
			continue
		}
		subj, ok := subjectOf(p, ci)
		return tokenSpan{a + subj[0], a + subj[1]}, ok
	}
	return tokenSpan{}, false
}

// maxSignatureTokens is the most tokens of a signature line after a quote:
// the dash, the speaker and a short descriptor.
const maxSignatureTokens = 16

// quoteSignature returns the speaker of quote q that fills its paragraph when
// the paragraph after it is a signature line: a dash, the speaker, and at most
// a short descriptor (`- Clinton.`, `-Michelle Marks, Philadelphia.`). It also
// returns the dash's token, which stands for the cue.
func (r *run) quoteSignature(q *quoteRegion) (tokenSpan, int, bool) {
	ps := r.d.Paragraphs
	if q.close < 0 || q.para+1 >= len(ps) || r.tokenFrom(ps[q.para].Start) != q.open || !r.endsParagraph(q.close+1, q.para) {
		return tokenSpan{}, 0, false
	}
	d, end := r.tokenFrom(ps[q.para+1].Start), r.tokenAt(ps[q.para+1].End-1)+1
	if d+1 >= end || end-d > maxSignatureTokens || !r.is(d, "-–—") || r.quoteOf[d+1] >= 0 {
		return tokenSpan{}, 0, false
	}
	e := r.npForward(d+1, end)
	if e <= d+1 || !r.tailName(d+1, e) || e < end && !r.is(e, ",.") {
		return tokenSpan{}, 0, false
	}
	return tokenSpan{d + 1, e}, d, true
}

// endsParagraph reports whether nothing but punctuation lies between token
// k and the end of paragraph p.
func (r *run) endsParagraph(k, p int) bool {
	for ; k < len(r.toks) && r.toks[k].Start < r.d.Paragraphs[p].End; k++ {
		if r.isWord(k) || r.isOpen(k) {
			return false
		}
	}
	return true
}

// addTailed adds a quote claim for region qi whose speaker the words after
// it, or a lead-in paragraph before it, name; it reports whether it did.
func (r *run) addTailed(qi int) bool {
	q := &r.quotes[qi]
	spk, v, ok := r.quoteTail(q)
	if !ok {
		spk, v, ok = r.quoteLeadIn(q)
	}
	if !ok {
		spk, v, ok = r.quoteSignature(q)
	}
	if !ok {
		spk, v, ok = r.quoteAfterColon(q)
	}
	if !ok {
		return false
	}
	r.drafts = append(r.drafts, draft{kind: document.Quote, speaker: spk, content: q.inner, cueSpan: r.span(v, v+1),
		cue: r.toks[v].Text, rule: r.f.quoteID, region: qi, inherit: -1})
	q.claim = len(r.drafts) - 1
	r.markClaimed(q.inner)
	return true
}

// maxTailAppositive is the most tokens of one appositive between a quote's
// speaker and its verb.
const maxTailAppositive = 12

// afterAppositives returns the token after one or two appositives set off by
// commas that open at token e, in paragraph para ("Jim Bennett, 57, told",
// "Nate Silver, the polling guru who founded the site, said"), or e when
// none does. An appositive holds words only, no quotation.
func (r *run) afterAppositives(e, para int) int {
	t := e
	for n := 0; n < 2 && t < len(r.toks) && r.is(t, ","); n++ {
		c := t + 1
		for c < len(r.toks) && c <= t+maxTailAppositive && !(r.is(c, ",") && !r.placeComma(c)) {
			if r.quoteOf[c] >= 0 || r.isOpen(c) || r.is(c, ".;:!?") && !(c > 0 && r.isCap(c-1) && len(r.toks[c-1].Text) <= 4) && !r.partyTag(c-1, c) {
				return e
			}
			c++
		}
		if c >= len(r.toks) || !r.is(c, ",") || c == t+1 || r.paraOf(r.toks[c].Start) != para {
			return e
		}
		// A determiner opens a second appositive, not the verb: "Ana Ruiz,
		// 67, a retired nurse in Elmira, N.Y., said".
		if v := c + 1; v < len(r.toks) && r.isWord(v) && r.isLower(v) && !r.in(setDeterm, v) {
			return v
		}
		t = c
	}
	return e
}

// chainSpeaker returns the draft whose speaker a quote without attribution
// goes on with: the latest draft last, unless a reported frame inside the
// attribution of the latest quote lastQuote (an appositive or relative clause
// on its speaker: `"...," said Jones, who has accused the mayor of ...`)
// came after it in the same sentence; the quotation goes on in the quoted
// speaker's words.
func (r *run) chainSpeaker(last, lastQuote int) int {
	if lastQuote < 0 || lastQuote == last || r.drafts[last].kind == document.Quote {
		return last
	}
	q, d := &r.drafts[lastQuote], &r.drafts[last]
	if q.cueSpan.Len() == 0 || r.sentOfOff(q.order()) != r.sentOfOff(d.order()) || d.order() < q.content.End {
		return last
	}
	return lastQuote
}

// afterStrayMark returns the token after a single quotation mark at token j
// that sticks to the mark before it, or j: when an inner quote in single
// apostrophes closes with an outer quote in doubled ones, three apostrophes
// in a row, the last is left over after the region's closing mark.
func (r *run) afterStrayMark(j int) int {
	if j > 0 && j < len(r.toks) && r.is(j, "'’") && r.toks[j].Start == r.toks[j-1].End && r.opensAt[j] < 0 {
		return j + 1
	}
	return j
}

// introducingFrame returns the speaker of a frame with nothing after its cue
// but an adverbial, which ends the sentence before quote q, in q's
// paragraph or the one before: the frame brings in the quotation ("Lau said
// in a statement. “There are no ballots to recount.”"). The speaker opens
// that sentence, and no quotation lies in it.
func (r *run) introducingFrame(q *quoteRegion) (tokenSpan, bool) {
	s := r.sentOf(q.open)
	if s <= 0 || r.sentOf(q.open-1) == s && r.isWord(q.open-1) {
		return tokenSpan{}, false
	}
	a, b := r.sents[s-1][0], r.sents[s-1][1]
	if q.para-r.paraOf(r.toks[a].Start) > 1 {
		return tokenSpan{}, false
	}
	end := b
	for end > a && r.is(end-1, ".") {
		end--
	}
	if r.quotedIn(a, end) {
		return tokenSpan{}, false
	}
	for i := a + 1; i < end; i++ {
		r.steps++
		ac, j, ok := match(r, r.f.cues, i, end)
		if !ok || !ac.rule.After {
			continue
		}
		if spk, from, ok := r.speakerPhrase(i, a); ok && from == a {
			if t, ok := r.frameEnd(j, end, ac, true); ok && t >= end {
				return spk, true
			}
		}
	}
	return tokenSpan{}, false
}

// paragraphTopic returns the speaker phrase for quote q when q opens its
// paragraph and the sentence before it, the last of the paragraph before,
// has a person for its subject: a name, or "he" or "she" for the pronoun
// resolution to follow. A quotation set off on its own after a paragraph
// about someone is theirs. It returns an empty span otherwise.
func (r *run) paragraphTopic(q *quoteRegion) tokenSpan {
	s := r.sentOf(q.open)
	if s <= 0 || !r.standsAlone(q) || r.paraOf(r.toks[r.sents[s-1][0]].Start) != q.para-1 {
		return tokenSpan{}
	}
	return r.personBefore(s, q)
}

// personBefore returns the person subject of the sentence before sentence
// s, which quote q opens: a name, or "he" or "she" for the pronoun
// resolution to follow; else an empty span.
func (r *run) personBefore(s int, q *quoteRegion) tokenSpan {
	a := r.sents[s-1][0]
	if r.wordClass(a).Has(phr.Coordinator) && a+1 < r.sents[s-1][1] {
		a++
	}
	if r.subjectPronoun(a) {
		if g := r.f.gender.pronoun[r.lower(a)]; g == genderMale || g == genderFemale {
			return tokenSpan{a, a + 1}
		}
		return tokenSpan{}
	}
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= r.toks[q.open].Start })
	person := func(m mention) bool {
		return r.d.Entities[m.ent].Type == document.Person && r.quoteOf[r.tokenAt(m.Start)] < 0
	}
	m := r.subjectOf(s-1, i, person)
	if m < 0 {
		return tokenSpan{}
	}
	return tokenSpan{r.tokenAt(r.mentions[m].Start), r.tokenAt(r.mentions[m].End-1) + 1}
}

// sentenceTopic returns the speaker phrase for quote q when the sentence
// right before it, in its paragraph, tells of a person, its subject, and
// holds no quotation and no frame that the chain's latest draft last has:
// the words that follow are that person's. It returns an empty span
// otherwise, and the chain goes on as before.
func (r *run) sentenceTopic(q *quoteRegion, last int) tokenSpan {
	s := r.sentOf(q.open)
	if s <= 0 || r.paraOf(r.toks[r.sents[s-1][0]].Start) != q.para {
		return tokenSpan{}
	}
	a, b := r.sents[s-1][0], r.sents[s-1][1]
	if last >= 0 && r.drafts[last].order() >= r.toks[a].Start || r.quotedIn(a, b) {
		return tokenSpan{} // the sentence before has a claim or quoted words of its own
	}
	return r.personBefore(s, q)
}
