package claims

import (
	"sort"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// nominalSpeaker is the latest speaker named by a description rather than
// a name ("one fund manager", "a senior official"), which "he" or "she" in
// the sentences after it may refer to.
type nominalSpeaker struct {
	claimant *document.Claimant
	sent     int // sentence of its latest claim
}

// noteNominal records the claimant of draft k as the current nominal
// speaker when its phrase is a singular description of a person, and keeps
// that speaker current when a pronoun resolved to it speaks again.
func (r *run) noteNominal(k int) {
	d := &r.drafts[k]
	if d.claimant == nil || d.claimant.Entity != "" || d.speaker.empty() {
		return
	}
	sent := r.sentOfOff(d.order())
	if n := r.speaking.nominal; n.claimant != nil && d.claimant.Name == n.claimant.Name {
		r.speaking.nominal.sent = sent
		return
	}
	if d.cueSpan.Len() > 0 && r.wordIs(rules.WordQuestionVerb, r.tokenAt(d.cueSpan.Start)) {
		return // whoever asks, the one asked answers: "A reporter asked: ..."
	}
	if r.personDescription(d.speaker[0], d.speaker[1]) {
		r.speaking.nominal = nominalSpeaker{claimant: d.claimant, sent: sent}
	}
}

// personDescription reports whether tokens [s, e) introduce one person
// not named: an indefinite determiner ("a", "one"), then a lower-case title as the
// head ("one fund manager", "a senior official"). A definite description
// ("the senator") refers back to someone named, whom the entity stage reads.
func (r *run) personDescription(s, e int) bool {
	if e-s < 2 || !r.isLower(e-1) || !r.in(setTitle, e-1) || r.in(setOrg, e-1) || r.proxy(e-1) {
		return false
	}
	return r.wordIs(rules.WordIndefiniteArt, s)
}

// nominalAntecedent returns the nominal speaker that the person pronoun pron
// at span sp refers to, or nil: the pronoun stands outside quoted words, the
// description spoke within the last few sentences and after the latest
// named person did, and no person is named from the start of its sentence
// to the pronoun (one named there may be whom it describes or addresses:
// "a reporter asked Sanders ... He replied"), nor stands for by a pronoun.
func (r *run) nominalAntecedent(sp document.Span, pron string) *document.Claimant {
	n := r.speaking.nominal
	tok := r.tokenAt(sp.Start)
	s := r.sentOf(tok)
	if n.claimant == nil || s < 0 || r.quoteOf[tok] >= 0 || r.f.gender.pronoun[pron] == genderNone {
		return nil
	}
	if n.sent > s || n.sent <= s-salienceSentences || r.speaking.id != "" && r.speaking.sent >= n.sent {
		return nil
	}
	from := r.toks[r.sents[n.sent][0]].Start
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= from })
	for ; i < len(r.mentions) && r.mentions[i].Start < sp.Start; i++ {
		if r.d.Entities[r.mentions[i].ent].Type == document.Person {
			return nil
		}
	}
	for k := r.sents[n.sent][0]; k < tok; k++ {
		if r.quoteOf[k] < 0 && r.f.gender.pronoun[r.lower(k)] != genderNone && r.subjectPronoun(k) {
			return nil // another person is the topic: "he campaigned with a popular governor"
		}
	}
	c := *n.claimant
	return &c
}
