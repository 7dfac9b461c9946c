package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"
	"github.com/claimex/claimex/rules"
)

// The speaker of a trailing frame: read back from the cue ("..., Holt
// said", "..., a study by the council found") or, after an inverted cue,
// forward ("..., said Ana Ruiz, the mayor").

// trailingSpeaker finds the speaker of fr and the token where the frame
// starts: a speaker before the cue, or with an inverted cue one after it.
func (r *run) trailingSpeaker(fr *trailingFrame) bool {
	a, b := r.sents[fr.s][0], r.sents[fr.s][1]
	if fr.ac.rule.After {
		fr.spk, fr.pre, fr.as = r.speakerBeforeCue(fr.i, a)
	}
	if fr.pre < 0 && fr.ac.rule.Inverted && !r.subjectOpens(fr.i, a) && fr.i-1 >= a && r.framePunct(fr.i-1) {
		quoted := r.quoteBefore(fr.s, fr.i-1) >= 0
		if spk, tail, ok := r.invertedSpeaker(fr.j, b, quoted); ok {
			fr.spk, fr.pre, fr.tail = spk, fr.i-1, tail
		}
	}
	return fr.pre >= 0
}

// speakerBeforeCue returns the speaker phrase that ends before the cue at
// token i and the token where its frame starts: the punctuation before the
// speaker, before "as" and the speaker (as is then true), or before a speaker
// tied to a place or body by a preposition. pre is -1 when there is none.
func (r *run) speakerBeforeCue(i, a int) (spk tokenSpan, pre int, as bool) {
	sp, from, ok := r.speakerPhrase(i, a)
	if ok && r.loneGerund(sp) {
		return tokenSpan{}, -1, false // a verb and its object, not a speaker and a cue: "..., raising hopes of a deal"
	}
	if ok && (r.in(setDeterm, sp[0]) || r.pluralNoun(sp[1]-1)) {
		// Two speakers, each a phrase of its own; "the senator and
		// presidential candidate" is one person's two roles.
		if ns, found := r.joinedSpeakerBefore(from, a); found {
			return tokenSpan{ns, sp[1]}, ns - 1, false // "..., the company and the union said"
		}
	}
	switch {
	case !ok && i-2 > a && r.word(rules.WordObjectPronoun, i-1):
		// A modifier whose object is a pronoun: "the union representing them".
		if ns, speaks, ok := r.headBeforeModifier(i-2, a); ok && speaks && ns-1 >= a && r.framePunct(ns-1) {
			return tokenSpan{ns, i}, ns - 1, false
		}
	case !ok:
	case from-1 >= a && r.framePunct(from-1):
		return sp, from - 1, false
	case from == a && r.exclaimedQuoteBefore(a):
		return sp, a - 1, false
	case from-2 > a && r.word(rules.WordFrameAs, from-1) && r.framePunct(from-2):
		return sp, from - 2, true
	case from-2 > a && r.isLower(from-1):
		// Prepositional phrases after the head: "an official in Brussels",
		// "a study by the Council of Economic Advisers", "two people with
		// knowledge of the matter" (only the first head need speak).
		p := from - 1
		for n := 0; n < maxOfPhrases; n++ {
			ns, speaks, ok := r.headBeforePrep(p, a)
			if !ok {
				ns, speaks, ok = r.headBeforeModifier(p, a)
			}
			if !ok {
				break
			}
			if speaks && ns-1 >= a && r.framePunct(ns-1) {
				if ns-2 >= a && r.is(ns-1, ",") && r.isCap(ns-2) && r.personIn(ns-2, ns-1) {
					break // a role in apposition to the name before it: "Ana Ruiz, editor of the Gazette, wrote"
				}
				return tokenSpan{ns, sp[1]}, ns - 1, false
			}
			if p = ns - 1; p <= a || !r.isLower(p) {
				break
			}
		}
	}
	return tokenSpan{}, -1, false
}

// headBeforePrep returns the first token of the noun phrase that ends
// before the preposition at token p, and whether that phrase would head a
// speaker phrase over it (speaks): someone tied to a place or body ("an
// official in Brussels"), or a finding with its author ("a study by the
// council"). ok is false when no noun phrase stands before a preposition
// that may tie one to a speaker.
func (r *run) headBeforePrep(p, a int) (ns int, speaks, ok bool) {
	if p-1 <= a || !r.isWord(p-1) {
		return 0, false, false
	}
	ns = r.npBack(p-1, a)
	if ns > p-1 || !r.validNP(ns, p) {
		return 0, false, false
	}
	head := tokenSpan{ns, p}
	switch {
	case r.speakerPrep(p):
		return ns, r.agent(head) || r.agent(r.headBeforeFirstPrep(head)), true
	case r.wordIs(rules.WordAgentPrep, p):
		return ns, r.evidenceSource(head), true
	}
	return 0, false, false
}

// headBeforeModifier returns, like headBeforePrep, the noun phrase that a
// verbal modifier ending at token p follows: a present participle ("the
// union representing them") or a relative clause ("officials who attended
// the talks"), the verb at p.
func (r *run) headBeforeModifier(p, a int) (ns int, speaks, ok bool) {
	if !r.isLower(p) {
		return 0, false, false
	}
	e := p // the end of the noun phrase; a past form may be finite ("Holt recalled the mayor saying")
	if p-1 > a && r.isLower(p-1) && r.word(rules.WordSubjectRelative, p-1) {
		e = p - 1
	} else if !r.endsWith(rules.WordGerundEnd, p) {
		return 0, false, false
	}
	if e-1 <= a || !r.isWord(e-1) {
		return 0, false, false
	}
	ns = r.npBack(e-1, a)
	if ns > e-1 || !r.validNP(ns, e) {
		return 0, false, false
	}
	return ns, r.agent(tokenSpan{ns, e}), true
}

// headBeforeFirstPrep returns the words of phrase np before its first
// preposition that may tie something to a speaker, the phrase's head when
// it carries one of its own ("people" of "people with knowledge"), or np.
func (r *run) headBeforeFirstPrep(np tokenSpan) tokenSpan {
	for k := np[0] + 1; k < np[1]; k++ {
		if r.isLower(k) && r.speakerPrep(k) {
			return tokenSpan{np[0], k}
		}
	}
	return np
}

// exclaimedQuoteBefore reports whether the sentence starting at token a
// follows, in the same paragraph, a quotation that closes on a question or
// exclamation mark: the segmenter ends a sentence there, but a speaker and
// cue after it ("...?" Smith asked.) still speak for the quotation.
func (r *run) exclaimedQuoteBefore(a int) bool {
	s := r.sentOf(a)
	if a < 2 || s < 1 || r.d.Sentences[s-1].Paragraph != r.d.Sentences[s].Paragraph {
		return false
	}
	return r.isClose(a-1) && r.is(r.beforeClose(a-1), "?!")
}

// subjectOpens reports whether the speaker phrase before the cue at token i
// opens the sentence: it is the subject, with an appositive before its cue,
// and not a frame after content.
func (r *run) subjectOpens(i, a int) bool {
	_, from, ok := r.speakerPhrase(i, a)
	return ok && from == a
}

// invertedSpeaker returns the speaker noun phrase after an inverted cue
// ending at token j and the token after it. A name in apposition to a role
// noun phrase wins over the role; a phrase with a verb group of its own
// after it is no speaker but a clause's subject. After prose rather than a quotation
// (quoted), the phrase must name someone who can speak, judged by the head
// of an "of" phrase after it.
func (r *run) invertedSpeaker(j, b int, quoted bool) (tokenSpan, int, bool) {
	e := r.npForward(j, b)
	if e <= j {
		return tokenSpan{}, 0, false
	}
	if n, ok := r.apposedName(j, e, b); ok {
		return tokenSpan{e + 1, n}, n, true
	}
	m := r.postModifierEnd(j, e, b)
	if n, ok := r.apposedName(j, m, b); m > e && ok && r.personIn(m+1, n) {
		return tokenSpan{m + 1, n}, n, true // "a former spokesman for the ministry, Oleg Voloshyn"
	}
	if s := r.sentOf(j); s >= 0 && m < b && r.verbGroupAt(s, m) {
		return tokenSpan{}, 0, false // the subject of a clause: "..., said the council should wait"
	}
	if !quoted {
		head := e // the head of "a host of new songs" is the songs
		if e+1 < b && r.word(rules.WordGroupOf, e) {
			head = r.ofPhraseEnd(e+1, b)
		}
		if !r.agent(tokenSpan{j, max(head, m)}) {
			return tokenSpan{}, 0, false // an object, not a speaker: "..., wrote a host of new songs"
		}
	}
	return tokenSpan{j, m}, m, true
}

// postModifierEnd returns the end of a phrase of a preposition that
// modifies the speaker noun phrase [j, e), or e when none does: "of" and
// people or a body after any head ("a handful of Democrats", "members of
// the Clinton family"), and a preposition after a noun for people or bodies
// ("a longtime adviser to both Clintons", "a person close to the
// Clintons").
func (r *run) postModifierEnd(j, e, b int) int {
	if e+1 >= b || !r.isLower(e) || !r.wordClass(e).Has(phr.Preposition|phr.Infinitive) || !r.isLower(e-1) {
		return e // a name is whole: "Stu Rothenberg of the Political Report"
	}
	m := r.ofPhraseEnd(e+1, b)
	if m <= e+1 || !r.agent(tokenSpan{e + 1, m}) || r.timePhrase(e+1, m) || r.wordIs(rules.WordMessageNoun, m-1) {
		return e // a time or a message is no modifier: "said a spokesman on Monday", "in a statement"
	}
	if r.word(rules.WordGroupOf, e) {
		return m
	}
	for k := e - 1; k >= j; k-- {
		if r.isLower(k) && (r.speakerNoun(k) || r.in(setTitle, k)) {
			return m
		}
	}
	return e
}

// ofPhraseEnd returns the end of the words after "of" from token k, before
// b: up to a punctuation mark other than a possessive or an initial's
// period, or a lower-case boundary word, at most ofPhraseWords of them.
func (r *run) ofPhraseEnd(k, b int) int {
	e := k
	for e < b && e < k+ofPhraseWords && (r.isWord(e) || r.isPossessive(e) || r.abbrevPeriod(e, k) && e+1 < b && r.isCap(e+1)) &&
		!(r.isLower(e) && r.in(setBoundary, e)) {
		e++
	}
	return e
}

// ofPhraseWords is the most words of an "of" phrase after a speaker's head.
const ofPhraseWords = 6

// apposedName returns the end of a name set off by a comma after the
// lower-case noun phrase [j, e), when one follows and closes the phrase.
func (r *run) apposedName(j, e, b int) (int, bool) {
	if !r.isLower(j) && !r.openingDeterminer(j) || e+1 >= b {
		return 0, false
	}
	placed := false // a phrase of a place after the role: then the name must be a person's
	if !r.is(e, ",") {
		e, placed = r.rolePlaceEnd(e, b), true // "his best friend at Lehigh, Bruce Turry"
		if e+1 >= b || !r.is(e, ",") {
			return 0, false
		}
	}
	n := r.nameRunEnd(e+1, b)
	ok := n > e+1 && (n == b || r.is(n, ",.;!?")) && r.nameLike(e+1, n) && r.isWord(n-1)
	return n, ok && (!placed || r.personIn(e+1, n))
}

// openingDeterminer reports whether token j is a determiner capitalized
// because it opens its sentence: "Her lawyer, Ana Ruiz, ...".
func (r *run) openingDeterminer(j int) bool {
	s := r.sentOf(j)
	return s >= 0 && j == r.sents[s][0] && r.in(setDeterm, j)
}

// rolePlaceEnd returns the end of a short phrase of a preposition and
// capitalized words after a role noun phrase ending at token e ("at Lehigh",
// "of the Fed"), or e when none follows.
func (r *run) rolePlaceEnd(e, b int) int {
	if e >= b || !r.isLower(e) || !r.wordClass(e).Has(phr.Preposition) {
		return e
	}
	k := e + 1
	if k < b && r.isLower(k) && r.in(setDeterm, k) {
		k++
	}
	n := r.nameRunEnd(k, b)
	if n == k || !r.nameLike(k, n) {
		return e
	}
	return n
}

// nameRunEnd returns the end of the run of words from token c, before b,
// that a name may span: words, and a period or hyphen between two of them,
// at most apposedNameWindow tokens.
func (r *run) nameRunEnd(c, b int) int {
	n := c
	for n < b && (r.isWord(n) || r.is(n, ".-") && n+1 < b && r.isWord(n+1)) && n < c-1+apposedNameWindow {
		n++
	}
	return n
}

// joinedSpeakerBefore returns the first token of a noun phrase for people or
// bodies that "and" joins to the speaker phrase starting at token from,
// right after a frame's punctuation: "..., the company and the union
// said". It reports false when there is none.
func (r *run) joinedSpeakerBefore(from, a int) (int, bool) {
	j := from - 1
	if j-1 <= a || !r.word(rules.WordNameCoordinator, j) {
		return 0, false
	}
	ns := r.npBack(j-1, a)
	if ns > j-1 || ns-1 < a || !r.framePunct(ns-1) || !r.validNP(ns, j) || !r.agent(tokenSpan{ns, j}) {
		return 0, false
	}
	return ns, true
}
