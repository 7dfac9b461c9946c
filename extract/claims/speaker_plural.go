package claims

import (
	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// groupSpeaker is the latest claim whose speaker is a group: a plural noun
// phrase or names joined by "and".
type groupSpeaker struct {
	claimant *document.Claimant
	sent     int // sentence of that claim
}

// groupPronoun reports whether the speaker tokens [s, e) are a pronoun for a
// group: "they".
func (r *run) groupPronoun(s, e int) bool {
	return e-s == 1 && r.wordIs(rules.WordGroupPronoun, s)
}

// groupPhrase reports whether the speaker tokens [s, e) name a group: a
// plural head ("other Republican candidates") or two names or nouns joined
// by "and" ("Paradis and Bennett").
func (r *run) groupPhrase(s, e int) bool {
	if e-s < 1 || !r.isWord(e-1) || r.subjectPronoun(e-1) {
		return false
	}
	if r.timeUnit(e - 1) {
		return false // a time, not a group: "the last couple of weeks"
	}
	if r.endsWith(rules.WordPluralEnd, e-1) && !r.endsWith(rules.WordSingularEnd, e-1) {
		return true
	}
	for k := s + 1; k < e-1; k++ {
		if r.isLower(k) && r.word(rules.WordPhraseJoiner, k) && r.word(rules.WordCoordinator, k) {
			return true
		}
	}
	return false
}

// noteGroup records the claimant of draft k as the latest group speaker
// when its speaker phrase names a group and its claimant is not one person.
func (r *run) noteGroup(k int) {
	d := &r.drafts[k]
	if d.claimant == nil || d.speaker.empty() || !r.groupPhrase(d.speaker[0], d.speaker[1]) {
		return
	}
	if d.claimant.Entity != "" && r.entType[d.claimant.Entity] == document.Person {
		return // one person named for the group: "the Clintons", "Sanders supporters"
	}
	r.speaking.group = groupSpeaker{claimant: d.claimant, sent: r.sentOfOff(d.order())}
}

// groupAntecedent returns the claimant that the group pronoun at token t
// refers to, or nil: the subject of its own sentence when that names a
// group ("Trump and other Republicans pointed at what they called"), else
// the latest group speaker within a few sentences.
func (r *run) groupAntecedent(t int) *document.Claimant {
	s := r.sentOf(t)
	if s < 0 || r.quoteOf[t] >= 0 {
		return nil
	}
	if sub, ok := r.sentenceSubject(s, t); ok && sub[0] == r.sents[s][0] && sub[1] <= t && r.groupPhrase(sub[0], sub[1]) && r.agent(sub) {
		return r.claimantOf(sub[0], sub[1])
	}
	if g := r.speaking.group; g.claimant != nil && g.sent <= s && g.sent > s-salienceSentences {
		c := *g.claimant
		return &c
	}
	// The group the sentence before is about, headed by a plural noun, not
	// a name that ends in "s": "Union members walked out on Monday. They
	// said ...".
	if ps := s - 1; ps >= 0 && r.d.Sentences[ps].Paragraph == r.d.Sentences[s].Paragraph {
		if sub, ok := r.sentenceSubject(ps, r.sents[ps][1]); ok {
			if co := r.coordinatedForward(ps, sub); co != sub {
				return r.phraseClaimant(co[0], co[1]) // "Trump and other Republicans spoke. They ..."
			}
			if r.pluralHead(ps, sub) && r.groupPhrase(sub[0], sub[1]) && r.agent(sub) {
				return r.claimantOf(sub[0], sub[1])
			}
		}
	}
	return nil
}

// coordinatedForward returns subject sub of sentence s with the noun
// phrases joined to it by "and" (see the name coordinator words) when a
// lower-case word, its verb, follows them: "Trump and other Republicans
// spoke"; else sub.
func (r *run) coordinatedForward(s int, sub tokenSpan) tokenSpan {
	b := r.sents[s][1]
	e := sub[1]
	for e+1 < b && r.word(rules.WordNameCoordinator, e) {
		f := r.nounPhraseEnd(e+1, b)
		if f == e+1 || !r.agent(tokenSpan{e + 1, f}) {
			break
		}
		e = f
	}
	if e == sub[1] || e >= b || !r.isLower(e) {
		return sub
	}
	return tokenSpan{sub[0], e}
}

// pluralHead reports whether the subject sub of sentence s ends on a common
// noun, lower case or the sentence's first word ("Unions"), rather than on
// a person's name such as "Sanders".
func (r *run) pluralHead(s int, sub tokenSpan) bool {
	h := sub[1] - 1
	return r.isLower(h) || h == r.sents[s][0] && !r.personIn(sub[0], sub[1])
}
