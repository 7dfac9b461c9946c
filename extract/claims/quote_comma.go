package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
)

// Bounds of a quotation a comma brings in after its speaker's verb: the
// most words between the verb and the comma, and the fewest words quoted.
const (
	maxCommaVerbWords  = 3
	minCommaQuoteWords = 4
)

// quoteAfterComma returns the speaker of quote q that the comma at token c
// brings in, when the clause before it is a subject who can speak and a
// verb with at most a particle or adverbs after it, whatever the verb
// ("Sanders shot back, "..."": a word of no other class than a participle
// right after a subject is its verb; an auxiliary there makes a passive or
// a copula), and the quotation is words of some length
// that close the sentence, not a title.
func (r *run) quoteAfterComma(q *quoteRegion, s, c int) (tokenSpan, int, bool) {
	if !r.closingWords(q) {
		return tokenSpan{}, 0, false
	}
	sub, ok := r.sentenceSubject(s, c)
	if !ok || sub[1] >= c || !r.agent(sub) || r.quoteIn(sub[1], c) {
		return tokenSpan{}, 0, false
	}
	v := sub[1]
	if !r.verbAt(v) && r.wordClass(v)&^phr.Participle != 0 || r.wordClass(v).Has(phr.Be|phr.Auxiliary|phr.Modal) || c-v > maxCommaVerbWords {
		return tokenSpan{}, 0, false // "Trump was asked, "..."": the subject heard the words
	}
	for k := v; k < c; k++ {
		if !r.isLower(k) {
			return tokenSpan{}, 0, false
		}
	}
	return sub, v, true
}

// commaQuoteSubject returns who says quote q that a comma brings in when
// no frame names a speaker: the sentence's subject, someone who can speak,
// unless a form of "be" or another auxiliary follows it (a passive: "Trump
// was asked, "..."" heard the words); else an empty span.
func (r *run) commaQuoteSubject(q *quoteRegion) tokenSpan {
	s, c := r.sentOf(q.open), q.open-1
	sub, ok := r.sentenceSubject(s, c)
	if !ok || sub[1] >= c || !r.agent(sub) || r.quoteIn(sub[1], c) {
		return tokenSpan{}
	}
	if v := sub[1]; r.isLower(v) && r.wordClass(v).Has(phr.Be|phr.Auxiliary|phr.Modal) {
		return tokenSpan{}
	}
	return sub
}

// maxInvertedLead is the most tokens between an inverted cue and the
// comma before the quotation it brings in: the name and an appositive.
const maxInvertedLead = 16

// invertedBefore adds the quote of region qi when the comma before it
// closes an inverted cue and its speaker ("Said Comey, "..."", "But, said
// Solovey, "..."", "explained Rosenberg, "...""), and reports whether it
// did.
func (r *run) invertedBefore(qi int) bool {
	q := &r.quotes[qi]
	c := q.open - 1
	s := r.sentOf(c)
	a := r.sents[s][0]
	for k := c - 2; k >= a && k >= c-maxInvertedLead; k-- {
		if r.quoteOf[k] >= 0 || r.isClose(k) {
			return false
		}
		ac, j, ok := match(r, r.f.cues, k, c)
		if !ok || !ac.rule.Inverted {
			continue
		}
		spk, tail, ok := r.invertedSpeaker(j, c+1, true)
		if !ok || r.afterAppositives(tail, q.para) != q.open && tail != c {
			return false
		}
		r.drafts = append(r.drafts, draft{kind: document.Quote, speaker: spk, content: q.inner, cueSpan: r.span(k, j),
			cue: r.text[r.toks[k].Start:r.toks[j-1].End], rule: ac.id, region: qi, inherit: -1})
		q.claim = len(r.drafts) - 1
		r.markClaimed(q.inner)
		return true
	}
	return false
}

// closingWords reports whether quote q holds words of some length and
// closes its sentence, as a quotation a comma brings in does, not a title.
func (r *run) closingWords(q *quoteRegion) bool {
	s := r.sentOf(q.open)
	return s >= 0 && q.words >= minCommaQuoteWords && q.close >= 0 && !(q.close+1 < r.sents[s][1] && r.isWord(q.close+1))
}

// splitQuoteClaim returns the claim of the quotation before region qi in
// its sentence, when the two are one quotation split by its attribution
// (`"The risk," said Leamer, an economist, "is that ..."`): the earlier
// region closes on a comma inside its marks and has a speaker. Else -1.
func (r *run) splitQuoteClaim(qi int) int {
	if qi == 0 {
		return -1
	}
	p := &r.quotes[qi-1]
	if p.claim < 0 || r.drafts[p.claim].speaker.empty() || p.close < 0 || r.sentOf(p.open) != r.sentOf(r.quotes[qi].open) || !r.commaInQuote(p.close) {
		return -1
	}
	return p.claim
}

// addCommaQuote adds the quote of region qi that a comma brings in, by the
// subject of the clause before the comma ("..., telling reporters, "..."",
// "Trump was asked, "...""). When only opening phrases stand before it, the
// quotation is the sentence's main clause, and it goes on in the words of
// the latest quote of its paragraph, last or lastQuote: `"...," said Ruiz.
// Unless the board acts, "the port will close."`
func (r *run) addCommaQuote(qi, last, lastQuote int) {
	q := &r.quotes[qi]
	spk := r.commaQuoteSubject(q)
	if spk.empty() && last >= 0 && r.drafts[last].kind == document.Quote && r.paraOf(r.drafts[last].order()) == q.para {
		if s := r.sentOf(q.open); s >= 0 && r.pastOpenings(r.sents[s][0], q.open) >= q.open {
			r.addInherited(qi, r.chainSpeaker(last, lastQuote))
			return
		}
	}
	r.addQuoteBy(qi, spk)
}
