package claims

import (
	"strings"

	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// maxPostModifier bounds the words of a participle phrase after the head
// of a subject that participleSubject walks back over.
const maxPostModifier = 16

// participleSubject returns the speaker of the finite cue at token i when
// speaker phrase spk is the last noun phrase of a participle phrase on the
// subject that opens the clause: the head the participle modifies, when it
// can speak or names a finding ("surveys of voters taken as they entered
// polling stations showed": the surveys, not the stations; "a letter
// obtained by the group through a records request shows": the letter,
// which the group did not write). Other heads, a relative clause on spk and
// a participle with a subject of its own ("they entered") leave spk.
func (r *run) participleSubject(s int, spk tokenSpan, i int) tokenSpan {
	a := r.sents[s][0]
	if i-1 >= a && r.wordIs(rules.WordInfinitive, i-1) || r.endsWith(rules.WordGerundEnd, i) {
		return spk // no finite verb: "led X to announce", "sent an email saying"
	}
	if spk[1]-spk[0] > 1 && r.wordClass(spk[0]).Has(phr.Reflexive) && r.participleAt(spk[0]-1) {
		return tokenSpan{spk[0] + 1, spk[1]} // the head's own name: "A group calling itself Harbour Watch"
	}
	if spk[1]-spk[0] == 1 && r.subjectPronoun(spk[0]) {
		return spk // a pronoun is the subject of a clause of its own: "what they called"
	}
	if k := r.skipAuxBack(i-1, a); k >= spk[1] && r.wordIs(rules.WordSubjectRelative, k) {
		return spk // a relative clause on spk: "won among the voters who said"
	}
	for p := r.modifyingParticiple(a, spk[0]); p > a; p = r.modifyingParticiple(a, p) {
		if head, ok := r.modifiedSubject(a, p); ok {
			return head
		}
	}
	return spk
}

// modifiedSubject returns the subject that the participle at token p
// modifies, opening the clause: a noun phrase, with the prepositional
// phrases on it ("Surveys of voters taken ..."), whose head can speak
// or names a finding.
func (r *run) modifiedSubject(a, p int) (tokenSpan, bool) {
	ns := r.npBack(p-1, a)
	for ns-2 >= a && r.isLower(ns-1) && r.wordClass(ns-1).Has(phr.Preposition) {
		x := r.npBack(ns-2, a)
		if x > ns-2 || !r.validNP(x, ns-1) {
			break
		}
		ns = x
	}
	if ns > p-1 || !r.validNP(ns, p) || ns > a && !r.clauseOpener(ns-1) || r.lowerIn(ns, p, phr.Verb|phr.Be|phr.Auxiliary|phr.Modal) {
		return tokenSpan{}, false
	}
	head := tokenSpan{ns, p}
	return head, r.agent(head) || r.evidenceHead(head)
}

// evidenceHead reports whether a word of the subject phrase head names a
// finding, in lower case or opening the sentence: "Surveys of ...".
func (r *run) evidenceHead(head tokenSpan) bool {
	s := r.sentOf(head[0])
	for k := head[0]; k < head[1]; k++ {
		if r.wordIs(rules.WordEvidenceNoun, k) && (r.isLower(k) || s >= 0 && k == r.sents[s][0]) {
			return true
		}
	}
	return false
}

// modifyingParticiple returns the participle in lower case that opens a
// phrase running on to token k, walking back over words only, or -1. It
// follows a word that may end a noun phrase and no auxiliary, pronoun or
// relative word makes it a verb of its own clause, and no verb comes
// between it and k but one after a pronoun ("as they entered"); a past participle is
// followed by a preposition or a time ("taken as", "released Monday"), an
// active one may take an object ("Dock workers leaving a meeting with ...").
// A subordinator on the way opens the clause that k's phrase is the
// subject of, unless a pronoun is the subject of that clause.
func (r *run) modifyingParticiple(a, k int) int {
	for p := k - 1; p > a && p >= k-maxPostModifier; p-- {
		if r.is(p, "-") || r.isPossessive(p) || r.is(p, ".") && r.abbrevDot(p, k) {
			continue // inside a word or a name: "two-hour", "the party's", "U.S."
		}
		if !r.isWord(p) || r.isLower(p) && (r.wordClass(p).Has(phr.Relative|phr.Coordinator) || r.wordIs(rules.WordQuestionWord, p)) || r.finiteVerb(p) && !r.subjectPronoun(p-1) {
			return -1 // k's phrase is in a clause of its own: "A poll shows Holt at the top with ..."
		}
		if r.isLower(p) && r.wordClass(p).Has(phr.Subordinator) && !(p+2 < k && r.subjectPronoun(p+1)) {
			return -1 // the phrase at k opens a clause: "when a voter asked"; not "taken as they entered polling stations"
		}
		if r.infinitiveModifier(p, k) {
			return p // "Organizers of the push to boycott the speech said"
		}
		if !r.participleAt(p) {
			continue
		}
		if p+1 < k && r.wordClass(p+1).Has(phr.Reflexive) {
			return -1 // the phrase names its head: "A group calling itself Harbour Watch"
		}
		prev := p - 1
		if !r.isWord(prev) {
			return -1
		}
		if r.isLower(prev) && (r.wordClass(prev).Has(phr.Pronoun|phr.Auxiliary|phr.Be|phr.Modal|phr.Negation|phr.Adverb|phr.Determiner|phr.Preposition|phr.Infinitive) || r.wordIs(rules.WordSubjectRelative, prev)) {
			continue // a verb of its own clause: "as they entered", "who was named"
		}
		if r.subjectPronoun(prev) || r.lexParticiple(p) && !r.modifierAfter(p+1) {
			continue // a verb and its object: "Holt started a petition"
		}
		return p
	}
	return -1
}

// finiteVerb reports whether token p, in lower case, is a verb that heads
// a clause: a verb, auxiliary or modal that is no gerund, and no
// participle unless it is a cue ("shows", "has", "found").
func (r *run) finiteVerb(p int) bool {
	c := r.wordClass(p)
	if !r.isLower(p) || !c.Has(phr.Verb|phr.Be|phr.Auxiliary|phr.Modal) || c.Has(phr.Gerund) {
		return false
	}
	return !c.Has(phr.Participle) || r.isCueWord(p)
}

// infinitiveModifier reports whether the "to" at token p opens an
// infinitive phrase on the noun before it, with its verb and more before
// token k: "the push to boycott the speech".
func (r *run) infinitiveModifier(p, k int) bool {
	return r.isLower(p) && r.wordIs(rules.WordInfinitive, p) && p+1 <= k && r.isLower(p+1) && !r.in(setDeterm, p+1) &&
		!r.wordClass(p+1).Has(phr.Preposition) && r.isLower(p-1) && r.nounBefore(p-1)
}

// participleAt reports whether token p may be a participle opening a phrase
// on a noun: a past participle that is no cue of its own, or an active one
// in "-ing". A compound is an adjective or a noun ("state-funded", "op-ed").
func (r *run) participleAt(p int) bool {
	if !r.isLower(p) || strings.Contains(r.toks[p].Text, "-") {
		return false
	}
	if r.endsWith(rules.WordGerundEnd, p) {
		return r.wordClass(p).Has(phr.Gerund)
	}
	return r.lexParticiple(p) && !r.isCueWord(p)
}

// modifierAfter reports whether token k, right after a participle, goes on
// a phrase that modifies a noun rather than an object of a verb: a
// preposition or subordinator ("obtained by", "taken as") or a time
// ("released Monday").
func (r *run) modifierAfter(k int) bool {
	if k >= len(r.toks) || !r.isWord(k) {
		return false
	}
	if r.isLower(k) && r.wordClass(k).Has(phr.Preposition|phr.Subordinator) {
		return true
	}
	return r.timeWord(k) || r.isLower(k) && r.f.time.openers[r.lower(k)]
}

// clauseOpener reports whether token k, right before a subject, ends what
// may come before a clause's subject: a comma, a colon or a dash.
func (r *run) clauseOpener(k int) bool {
	return r.is(k, ",:;—-")
}

// loneGerund reports whether the speaker phrase sp is one lower-case verb in
// "-ing" that names no source of evidence ("polling"): a verb and its
// object, "raising questions", not a speaker and a cue.
func (r *run) loneGerund(sp tokenSpan) bool {
	a := sp[0]
	return sp[1]-a == 1 && r.isLower(a) && r.endsWith(rules.WordGerundEnd, a) && r.wordClass(a).Has(phr.Gerund) && !r.word(rules.WordEvidenceNoun, a)
}

// participleHolder returns the speaker of a claim whose speaker phrase is
// a lone word in -ing, a participle or an adjective and no noun ("raising
// questions", "blistering attacks"): the subject of the sentence for a
// participle after a comma ("Holt doubled down, raising questions
// about ..."), else none. It reports false when spk is no such word. A
// finding in -ing ("polling") is a noun.
func (r *run) participleHolder(spk tokenSpan) (tokenSpan, bool) {
	k := spk[0]
	if !r.loneGerund(spk) {
		return tokenSpan{}, false
	}
	s := r.sentOf(k)
	if s < 0 {
		return tokenSpan{}, false
	}
	if k-1 > r.sents[s][0] && r.is(k-1, ",") {
		if sub, ok := r.sentenceSubject(s, k-1); ok && r.agent(sub) {
			return sub, true
		}
	}
	return tokenSpan{}, true
}
