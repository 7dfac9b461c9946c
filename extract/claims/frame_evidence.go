package claims

import (
	"github.com/claimex/claimex/document"
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// ruleEvidence names the rule of claims whose source is a finding.
const ruleEvidence = "claimword.evidence-nouns"

// minEvidenceWords is the fewest words of a clause a finding supports; fewer
// are a name set off by commas, as a subject's appositive is.
const minEvidenceWords = 3

// leadingEvidence reads sentence s when no frame of it (drafts from first
// on) has: it opens with a preposition and a phrase naming a finding, set
// off by a comma ("In a new poll by the university, the senator leads by
// four points"). The phrase is the source, and the clause after the comma
// its content.
func (r *run) leadingEvidence(s, first int) {
	a, b := r.sents[s][0], r.sents[s][1]
	if len(r.drafts) > first {
		return
	}
	i := a
	if i+1 < b && r.isWord(i) && r.wordIs(rules.WordSourceOpener, i) {
		i++
	}
	if !r.isWord(i) || r.quoteOf[i] >= 0 || !r.wordIs(rules.WordEvidencePrep, i) {
		return
	}
	found, object := false, true // object: still in the preposition's object, or its "of" phrases
	e := i + 1
	for ; e < b && e < i+maxSourceTokens && !r.is(e, ",;:.!?") && !r.isOpen(e); e++ {
		if r.isLower(e) && r.wordClass(e).Has(phr.Preposition|phr.Infinitive) && !r.word(rules.WordGroupOf, e) {
			object = false // "In response to the filings": the finding is no longer the object
		}
		found = found || object && r.word(rules.WordEvidenceNoun, e)
	}
	if !found || e >= b || !r.is(e, ",") || r.words(e+1, b) < 2 {
		return
	}
	if r.isLower(e+1) && r.wordClass(e+1).Has(phr.Preposition) {
		return // another phrase of place, no clause: "In emails, on social media and on websites, ..."
	}
	if r.isLower(e+1) && r.endsWith(rules.WordPastEnd, e+1) {
		// A participle phrase on the finding: "In the poll, conducted in May, ..."
		e++
		for e < b && !r.is(e, ",;:.!?") {
			e++
		}
		if e >= b || !r.is(e, ",") {
			return
		}
	}
	x := e + 1
	for x < b && !(r.is(x, ",;") && r.quoteOf[x] < 0) {
		x++ // the clause ends at a comma: ", up four points from ..."
	}
	if c, x := r.trimContent(e+1, x); r.words(c, x) >= minEvidenceWords {
		r.add(document.Reported, tokenSpan{i + 1, e}, r.span(c, x), i, i+1, ruleEvidence, -1, false)
	}
}

// evidenceSource reports whether the speaker phrase spk names a finding:
// a lower-case evidence noun heads it or a phrase hanging on it ("campaign
// finance records", "a study by the council"). An evidence verb after its
// content needs such a source, since "show" and "found" also follow a
// noun as nouns do ("a TV show") or a person who came upon something.
func (r *run) evidenceSource(spk tokenSpan) bool {
	for k := spk[0]; k < spk[1]; k++ {
		if r.word(rules.WordEvidenceNoun, k) {
			return true
		}
	}
	return false
}

// beforeEvidenceVerb reports whether an evidence verb follows token i, in
// lower case and in its sentence: the word at i is then the noun that heads
// the verb's subject, not a cue ("new fundraising reports show").
func (r *run) beforeEvidenceVerb(i int) bool {
	s := r.sentOf(i)
	if s < 0 || i+1 >= r.sents[s][1] || !r.isLower(i+1) {
		return false
	}
	ac, _, ok := match(r, r.f.cues, i+1, r.sents[s][1])
	return ok && ac.rule.Complement
}
