package claims

import (
	phr "github.com/claimex/claimex/extract/phrase"

	"github.com/claimex/claimex/document"
	"github.com/claimex/claimex/rules"
)

// npForward returns the end of the noun phrase starting at token j: "said
// Hu", "said Sen. John McCain", "said a spokesman", "said former tech
// executive Jane Doe". A party tag in parentheses after the phrase belongs
// to it.
func (r *run) npForward(j, b int) int {
	if j >= b || !r.isWord(j) {
		return j
	}
	if r.isLower(j) && !r.in(setDeterm, j) {
		if e := r.roleBeforeName(j, b); e > j {
			return r.partyTagAfter(e, b)
		}
		return j
	}
	det := r.isLower(j)
	t := j
	for t < b && t < j+npForwardWindow {
		switch {
		case r.isWord(t):
			if r.isLower(t) && (r.in(setBoundary, t) || r.in(setAdverb, t) || r.in(setAux, t)) && t > j {
				return t
			}
			if r.isLower(t) && !det && !r.nameParticle(t) {
				if e := r.roleBeforeName(t, b); e > t {
					return r.partyTagAfter(e, b)
				}
				return r.headAfterName(t, b)
			}
		case r.isPossessive(t) || r.is(t, "-&"):
		case r.is(t, ".") && t > j && r.isCap(t-1) && len(r.toks[t-1].Text) <= 4 && t+1 < b && r.isWord(t+1):
		default:
			return r.partyTagAfter(t, b)
		}
		t++
	}
	return t
}

// headAfterName returns the end of a speaker noun that heads the phrase
// whose name ends before token t, across a few lower-case modifiers
// ("Clinton aides", "Trump campaign officials"), or t when none does.
func (r *run) headAfterName(t, b int) int {
	if t > 0 && r.isPossessive(t-1) {
		return t // a possessed noun is read as the name's: "Supporters' groups"
	}
	end := t
	for k := t; k < b && k <= t+maxRoleModifierWords && r.isWord(k) && r.isLower(k); k++ {
		if r.in(setBoundary, k) || r.in(setAdverb, k) || r.in(setAux, k) {
			break
		}
		if r.speakerNoun(k) {
			end = k + 1
		} else if r.wordClass(k).Has(phr.Verb | phr.Participle) {
			break // the name's verb: "Holt met supporters"
		}
	}
	return end
}

// roleBeforeName returns the end of a person's name that follows a run of
// lower-case modifiers starting at token t ("retired neurosurgeon", "tech
// executive"), or t when none does. The run holds no function word and the
// entity stage must have found a person in the capitalized words after it.
func (r *run) roleBeforeName(t, b int) int {
	k := t
	for k < b && k < t+roleRunWindow && (r.isLower(k) || r.is(k, "-")) {
		if r.isLower(k) && !r.roleWord(k, k == t) {
			return t
		}
		k++
	}
	if k == t || k >= b || !r.isCap(k) {
		return t
	}
	e := k
	for e < b && e < k+npForwardWindow && (r.isCap(e) || r.is(e, ".") && r.isCap(e-1) && e+1 < b && r.isCap(e+1) || r.isWord(e) && r.nameParticle(e)) {
		e++
	}
	if !r.personIn(k, e) {
		if e-k <= maxRoleModifierWords && e < b && r.isLower(e) {
			// Capitalized words that modify the role rather than name the
			// person: "former Vermont governor Howard Dean".
			if n := r.roleBeforeName(e, b); n > e {
				return n
			}
		}
		return t
	}
	return e
}

// maxRoleModifierWords is the most capitalized words of a modifier (a place,
// a body) inside a role run before a name.
const maxRoleModifierWords = 2

// roleNoun reports whether token k is a noun for a person's role or body
// ("spokesman", "delegates"): an agent noun or a person title.
func (r *run) roleNoun(k int) bool {
	w := r.lower(k)
	if sing := singular(w); r.endsWith(rules.WordPluralEnd, k) && sing != w && (r.f.agents[sing] || r.f.titles[sing]) {
		return true
	}
	return r.in(setAgent, k) || r.in(setTitle, k)
}

// roleWord reports whether the lower-case token k can modify a role before
// a name: no function word, cue or verb form (an -ed word opens the run as an
// adjective, "retired"), and a plural form only of a role noun, except for
// "of" inside the role and the noun after it ("master of ceremonies").
func (r *run) roleWord(k int, first bool) bool {
	if !first && r.word(rules.WordGroupOf, k) && k+1 < len(r.toks) && r.isLower(k+1) {
		return true // "chief of staff", "master of ceremonies"; not "mother of Benghazi victim Sean Smith"
	}
	if !first && r.word(rules.WordGroupOf, k-1) && !r.in(setBoundary, k) && !r.in(setDeterm, k) {
		return true // the noun after it, plural or not
	}
	if r.in(setBoundary, k) || r.in(setAdverb, k) || r.in(setDeterm, k) || r.in(setAux, k) || r.subjectPronoun(k) || r.wordIs(rules.WordInfinitive, k) {
		return false
	}
	if r.isCueWord(k) {
		return false
	}
	if !first && r.verbForm(k) || first && r.wordClass(k).Has(phr.Verb) {
		return false // a verb, not a modifier: "Holt met Mark Lind"; "retired" opens a role
	}
	return !r.endsWith(rules.WordPluralEnd, k) || r.endsWith(rules.WordSingularEnd, k) || r.roleNoun(k)
}

// personIn reports whether the entity stage found a person in tokens [a, b).
func (r *run) personIn(a, b int) bool { return r.mentionType(a, b) == document.Person }

// mentionType returns the entity type of the mention in tokens [a, b) that
// mentionIn picks, or "" when there is none.
func (r *run) mentionType(a, b int) string {
	if m := r.mentionIn(r.span(a, b)); m >= 0 {
		return r.d.Entities[r.mentions[m].ent].Type
	}
	return ""
}

// verbForm reports whether token k ends like a past or present participle.
func (r *run) verbForm(k int) bool {
	return r.endsWith(rules.WordPastEnd, k) || r.endsWith(rules.WordGerundEnd, k)
}

// partyTagAfter returns the token after a parenthesized party tag that opens
// at token e ("(D-Conn.)"), or e when none does.
func (r *run) partyTagAfter(e, b int) int {
	if e+2 >= b || !r.is(e, "(") {
		return e
	}
	c := e + 1
	for c < b && c < e+partyTagWindow && !r.is(c, ")") {
		c++
	}
	if c < b && r.is(c, ")") && c > e+1 && r.partyTag(e+1, c) {
		return c + 1
	}
	return e
}

// roledName returns the first token of a person's name that closes the
// appositive [a, b) after a role ("syndicated radio host Dennis Prager",
// "Alabama Democratic Party chairwoman Nancy Worley"): capitalized words
// after a lower-case role noun and its modifiers, in which the entity stage
// found a person.
func (r *run) roledName(a, b int) (int, bool) {
	c := b
	for c > a && (r.isCap(c-1) || r.is(c-1, ".") && c-2 > a && r.isCap(c-2)) {
		c--
	}
	if c == a || c >= b || !r.isLower(c-1) || !r.roleNoun(c-1) || !r.personIn(c, b) {
		return 0, false
	}
	for k := a; k < c; k++ {
		// Only modifiers of the role: no verb or preposition ("led by campaign
		// manager X", "mother of X"), and a determiner only first.
		if r.isLower(k) && !r.roleWord(k, k == a) && !(k == a && r.in(setDeterm, k)) {
			return 0, false
		}
	}
	return c, true
}
