package claims

import (
	"unicode"

	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// cueOK reports whether the cue ac at token i is used as a cue: it is in
// lower case (a capitalized word is part of a name, outside headlines), and a
// base form follows an auxiliary, "to" or a plural subject.
func (r *run) cueOK(i int, ac *attrCue) bool {
	if r.gluedColon(i) {
		return false
	}
	if ac.rule.Source || !r.isWord(i) {
		return true
	}
	if !r.isLower(i) && !r.headline(i) && !(ac.rule.Passive && r.sentOf(i) >= 0 && i == r.sents[r.sentOf(i)][0]) && !r.openingGerund(i) {
		return false
	}
	if i > 0 && r.endsWith(rules.WordPluralEnd, i) && (r.isWord(i-1) && unicode.IsDigit(rune(r.toks[i-1].Text[0])) || r.wordIs(rules.WordAmountNoun, i-1)) {
		return false // a noun after an amount: "3 percentage points to 9.2%"
	}
	if i > 0 && !ac.rule.After && r.nounCompound(i) {
		return false
	}
	if r.namingParticiple(i) {
		return false // a name given to the noun before it: "a group called Save Our Marsh said"
	}
	if r.adjectivalParticiple(i) {
		return false // a participle before its noun: "300 pledged delegates", "among pledged delegates"
	}
	if r.afterDeterminer(i) {
		return false // a noun or an adjective after an article or a possessive, not a pronoun: "The remarks drew", "the newly released email"; "One says"
	}
	if r.modifiedCueHead(i, ac.base) {
		return false
	}
	if !ac.rule.Complement && r.beforeEvidenceVerb(i) {
		return false
	}
	if !ac.base || i == 0 {
		return true
	}
	if ac.rule.NotModal && r.isLower(i-1) && (r.modal(i-1) || r.wordIs(rules.WordInfinitive, i-1)) {
		return false
	}
	if (r.endsWith(rules.WordAdverbEnd, i-1) || r.in(setAux, i-1)) && r.isLower(i-1) {
		return true
	}
	if r.wordIs(rules.WordBaseLicensor, i-1) {
		return true // a subject, an auxiliary or "to" before it: "they believe", "voters who believe"
	}
	if r.pluralNoun(i-1) || r.pluralNoun(r.beforeAside(i-1)) || r.quantifierSubject(i-1) || r.sharesBefore(i) {
		return true
	}
	if r.coordinatedNames(i) || r.pluralBeforePhrase(i) {
		return true
	}
	// After a name, a base form is a verb when a clause follows it, as after
	// a speaker noun tied to a body by a preposition.
	return r.isCap(i-1) && r.sentOf(i) >= 0 && i-1 > r.sents[r.sentOf(i)][0] && r.clauseFollows(i+1)
}

// adjectivalParticiple reports whether the past participle at token i
// modifies the lower-case noun after it, after a number or a preposition
// that opens no clause: "more than 300 pledged delegates", "among pledged
// delegates". A verb needs a subject there.
func (r *run) adjectivalParticiple(i int) bool {
	if i == 0 || i+1 >= len(r.toks) || !r.isLower(i) || !r.participleForm(i) || !r.isLower(i+1) || !r.isWord(i+1) {
		return false
	}
	if c := r.wordClass(i + 1); !(c == 0 || c == phr.Adverb && r.endsWith(rules.WordPluralEnd, i+1)) {
		return false // no content word after it: "said that", "pledged to"
	}
	p := i - 1
	if r.isWord(p) && unicode.IsDigit(rune(r.toks[p].Text[0])) {
		return !r.ratioAt(p) // "4 in 10 said ..." is a share and its verb
	}
	return r.isLower(p) && r.wordClass(p).Has(phr.Preposition) && !r.wordClass(p).Has(phr.Subordinator|phr.Infinitive) && !r.word(rules.WordAgentPrep, p)
}

// afterDeterminer reports whether an article or a possessive, not a
// pronoun, comes right before token i, or before adverbs in "-ly" that
// lead to it ("the alleged victim", "a newly released email").
func (r *run) afterDeterminer(i int) bool {
	j := i - 1
	for j > 0 && r.isLower(j) && r.endsWith(rules.WordAdverbEnd, j) && r.wordClass(j).Has(phr.Adverb) {
		j--
	}
	return j >= 0 && r.isWord(j) && (r.wordIs(rules.WordDefiniteArt, j) || r.wordIs(rules.WordIndefiniteArt, j) || r.possessivePronoun(j)) &&
		!r.wordClass(j).Has(phr.Pronoun)
}

// modifiedCueHead reports whether the cue at token i heads a noun phrase that
// an article or a possessive opens, with one modifier between them: a base
// form after a singular modifier ("a bold note", "an early report"), or any
// form after an "-ing" modifier ("his closing remarks"). A modifier that
// names people or bodies is a subject instead: "the police say".
func (r *run) modifiedCueHead(i int, base bool) bool {
	m := i - 1
	if m < 1 || !r.isWord(m) || !r.isLower(m) || !(r.endsWith(rules.WordGerundEnd, m) || base && !r.endsWith(rules.WordPluralEnd, m)) {
		return false
	}
	if r.wordClass(m).Has(functionClasses) || !r.afterDeterminer(m) {
		return false
	}
	if d := m - 2; d >= 0 && r.isLower(d) && r.wordClass(d).Has(phr.Preposition) {
		return false // the object of a preposition in the subject: "supporters of the law hope"
	}
	mod := tokenSpan{m, i}
	return !r.agent(mod) && !r.evidenceSource(mod)
}

// nounCompound reports whether the -s word at token i is the plural head of
// a compound after a lower-case noun that cannot be its subject, with no
// complement after it: "terror attacks,", "phone calls in". A subject before
// a verb is a pronoun, a relative, a noun for people or bodies, or a name.
func (r *run) nounCompound(i int) bool {
	if !r.endsWith(rules.WordPluralEnd, i) || r.endsWith(rules.WordSingularEnd, i) {
		return false
	}
	if r.compoundHeadBeforeVerb(i) {
		return true // "Tenant advocates disputed that", "park rangers reported"
	}
	named := r.isCap(i-1) && r.nameAfterDeterminer(i-1)
	if !r.isLower(i-1) && !named || r.isPossessive(i-1) {
		return false
	}
	if named && i+1 < len(r.toks) && r.verbAt(i+1) && !r.wordIs(rules.WordComplementizer, i+1) && !r.wordClass(i).Has(phr.Be|phr.Auxiliary|phr.Modal) {
		return true // the noun's own verb follows: "the Paris attacks highlight"
	}
	if n := i + 1; n < len(r.toks) && r.isWord(n) && !(r.isLower(n) && (r.in(setBoundary, n) || r.in(setAux, n)) && !r.wordIs(rules.WordComplementizer, n) && !r.wordIs(rules.WordInfinitive, n)) {
		return false // a complement follows: "the email shows Clinton knew"
	}
	if named {
		return i+1 >= len(r.toks) || !r.isWord(i+1) // a name modifying the noun: "after the Paris attacks,"
	}
	if r.in(setAdverb, i-1) || r.in(setBoundary, i-1) || r.in(setDeterm, i-1) || r.in(setAux, i-1) || r.subjectPronoun(i-1) || r.nameParticle(i-1) ||
		r.wordIs(rules.WordSubjectRelative, i-1) || r.endsWith(rules.WordAdverbEnd, i-1) || r.endsWith(rules.WordPluralEnd, i-1) || r.endsWith(rules.WordGerundEnd, i-1) {
		return false
	}
	return !r.agent(tokenSpan{i - 1, i})
}

// nameAfterDeterminer reports whether the capitalized word at token k ends
// a run of capitalized words (at most a name's length) that a determiner in
// lower case opens: a name modifying the noun after it ("the Paris ...").
func (r *run) nameAfterDeterminer(k int) bool {
	s := r.sentOf(k)
	if s < 0 {
		return false
	}
	a := r.sents[s][0]
	t := k
	for t > a && t > k-coordinatedNameWords && r.isCap(t-1) {
		t--
	}
	if t == a && t < k && r.in(setDeterm, a) {
		return !r.isPossessive(k) // "The Paris ..." opening the sentence
	}
	return t > a && r.isLower(t-1) && r.in(setDeterm, t-1) && !r.isPossessive(k)
}

// compoundHeadBeforeVerb reports whether the -s word at token i heads a
// compound whose own verb follows it, a past form or a cue: a lower-case
// word or a capitalized common word opening the sentence modifies it
// ("Tenant advocates disputed ...", "whose legal challenges led to"). A verb
// in "-s" takes no such verb right after it unless its own subject comes
// before ("what he says happened"); a past form before a noun is an
// adjective ("recommends unspecified changes").
func (r *run) compoundHeadBeforeVerb(i int) bool {
	n := i + 1
	if r.wordClass(i).Has(phr.Be|phr.Auxiliary|phr.Modal) || n >= len(r.toks) || !r.isLower(n) || !r.participleForm(n) && !(r.verbAt(n) && r.isCueWord(n)) {
		return false
	}
	if c := r.wordClass(n); c.Has(phr.Be|phr.Auxiliary|phr.Modal|phr.Gerund) || r.endsWith(rules.WordPluralEnd, n) || r.wordIs(rules.WordComplementizer, n) {
		return false
	}
	if n+1 < len(r.toks) && r.isLower(n+1) && r.isWord(n+1) && r.wordClass(n+1) == 0 {
		return false // an adjective before its noun: "recommends unspecified changes"
	}
	m := i - 1
	if !r.isWord(m) || r.isPossessive(m) || r.subjectPronoun(m) || r.wordClass(m).Has(functionClasses) {
		return false
	}
	if r.isLower(m) {
		return true
	}
	s := r.sentOf(m)
	return s >= 0 && r.sents[s][0] == m && r.mentionIn(r.span(m, m+1)) < 0
}

// namingParticiple reports whether the naming participle at token i gives
// the name after it to the common noun before it, which an article opens: "a group
// called Save Our Marsh said", "a website called Real News, which". The
// name then ends at a verb, a comma or the sentence's end; a verb would
// take a complement after its object ("the group called Holt a liar").
func (r *run) namingParticiple(i int) bool {
	s := r.sentOf(i)
	if s < 0 || i-2 < r.sents[s][0] || !r.word(rules.WordNamingParticiple, i) || i+1 >= len(r.toks) || !r.isCap(i+1) {
		return false
	}
	if !r.isLower(i-1) || !r.nounBefore(i-1) || !r.in(setDeterm, i-2) {
		return false
	}
	b := r.sents[s][1]
	e := i + 1
	for e < b && e < i+1+coordinatedNameWords && (r.isCap(e) || r.nameParticle(e)) {
		r.steps++
		e++
	}
	return e >= b || r.is(e, ",;.") || r.verbAt(e) || r.wordIs(rules.WordSubjectRelative, e)
}
