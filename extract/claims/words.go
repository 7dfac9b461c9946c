package claims

import (
	"strings"

	"github.com/claimex/claimex/rules"
)

// claimWords holds the claim word rules by role: each role's words, and its
// phrases split into words, and for each word the set of roles it plays.
type claimWords struct {
	roles   [rules.WordRoleCount]roleWords
	phrases [rules.WordRoleCount][][]string
	byWord  map[string]roleSet
	// firsts holds, for each role, the first words of its phrases.
	firsts map[string]roleSet
}

// roleSet is a set of claim word roles, one bit a role.
type roleSet [(rules.WordRoleCount + 63) / 64]uint64

// has reports whether role is in s.
func (s roleSet) has(role rules.WordRole) bool { return s[role/64]&(1<<(role%64)) != 0 }

// add puts role in s.
func (s *roleSet) add(role rules.WordRole) { s[role/64] |= 1 << (role % 64) }

// roleWords are one role's words in pack order, for affix tests, and the
// set of their lengths, so most words are refused before they are hashed.
type roleWords struct {
	list []string
	lens uint64 // bit n set when a word has n bytes; bit 63 for 63 and more
}

// lenBit returns the bit of lens for a word of n bytes.
func lenBit(n int) uint64 { return 1 << min(n, 63) }

// newClaimWords indexes the claim word rules of set.
func newClaimWords(set *rules.Set) claimWords {
	w := claimWords{byWord: map[string]roleSet{}, firsts: map[string]roleSet{}}
	for _, r := range set.ClaimWords() {
		role, ok := rules.WordRoleNamed(r.Role)
		if !ok {
			continue // packs are validated when loaded
		}
		for _, p := range r.Words {
			roles := w.byWord[p]
			if !roles.has(role) {
				w.roles[role].list = append(w.roles[role].list, p)
				w.roles[role].lens |= lenBit(len(p))
			}
			roles.add(role)
			w.byWord[p] = roles
			fields := strings.Fields(p)
			w.phrases[role] = append(w.phrases[role], fields)
			first := w.firsts[fields[0]]
			first.add(role)
			w.firsts[fields[0]] = first
		}
	}
	return w
}

// rolesOf returns the roles that word plays.
func (w *claimWords) rolesOf(word string) roleSet { return w.byWord[word] }

// is reports whether word is one of role's words.
func (w *claimWords) is(role rules.WordRole, word string) bool {
	return w.roles[role].lens&lenBit(len(word)) != 0 && w.byWord[word].has(role)
}

// hasPrefix reports whether word begins with one of role's words.
func (w *claimWords) hasPrefix(role rules.WordRole, word string) bool {
	for _, p := range w.roles[role].list {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

// hasSuffix reports whether word ends with one of role's words.
func (w *claimWords) hasSuffix(role rules.WordRole, word string) bool {
	for _, p := range w.roles[role].list {
		if strings.HasSuffix(word, p) {
			return true
		}
	}
	return false
}

// word reports whether token k is a lower-case word of role.
func (r *run) word(role rules.WordRole, k int) bool {
	return k >= 0 && k < len(r.toks) && r.isLower(k) && r.wordIs(role, k)
}

// wordIs reports whether token k's lower-cased form is one of role's words.
func (r *run) wordIs(role rules.WordRole, k int) bool { return r.form(k).roles.has(role) }

// endsWith reports whether token k's lower-cased form ends with one of the
// endings of role, which must be one of endingRoles.
func (r *run) endsWith(role rules.WordRole, k int) bool { return r.form(k).ends.has(role) }

// in reports whether token k's lower-cased form is in the Finder's word set.
func (r *run) in(set wordSet, k int) bool { return r.form(k).sets&set != 0 }

// formFacts are what the claim word rules and the Finder's word sets say of
// one lower-cased form.
type formFacts struct {
	roles roleSet
	ends  roleSet // the ending roles whose endings the form ends with
	sets  wordSet
}

// endingRoles are the claim word roles that hold word endings.
var endingRoles = []rules.WordRole{rules.WordParticipleEnd, rules.WordAdverbEnd, rules.WordPluralEnd,
	rules.WordSingularEnd, rules.WordMassEnd, rules.WordGerundEnd, rules.WordPastEnd}

// wordSet is a set of the Finder's word sets, one bit a set.
type wordSet uint16

// The Finder's word sets read per token.
const (
	setDeterm wordSet = 1 << iota
	setBoundary
	setAux
	setAdverb
	setPerson
	setOrg
	setTitle
	setAgent
	setTime      // words of a time phrase (see timeLex.words)
	setAdverbEnd // not a Finder set: a word longer than four letters with an adverb ending
)

// form returns the facts of token k's lower-cased form.
func (r *run) form(k int) *formFacts { return &r.facts[r.lowOf[k]] }

// indexWordSets records, for each word of the Finder's word sets, the sets
// it is in, so a form's sets take one lookup.
func (f *Finder) indexWordSets() {
	f.sets = map[string]wordSet{}
	for _, s := range []struct {
		set   wordSet
		words map[string]bool
	}{{setDeterm, f.determ}, {setBoundary, f.boundary}, {setAux, f.aux}, {setAdverb, f.adverb},
		{setPerson, f.person}, {setOrg, f.org}, {setTitle, f.titles}, {setAgent, f.agents}, {setTime, f.time.words}} {
		for w, ok := range s.words {
			if ok {
				f.sets[w] |= s.set
			}
		}
	}
}

// factsOf looks up what the rules say of the lower-cased form w.
func (f *Finder) factsOf(w string) formFacts {
	var ends roleSet
	for _, role := range endingRoles {
		if f.words.hasSuffix(role, w) {
			ends.add(role)
		}
	}
	sets := f.sets[w]
	if len(w) > 4 && ends.has(rules.WordAdverbEnd) {
		sets |= setAdverbEnd
	}
	return formFacts{roles: f.words.rolesOf(w), ends: ends, sets: sets}
}

// phraseAt returns the number of tokens of the longest phrase of role that
// starts at token k and ends before b, or 0.
func (r *run) phraseAt(role rules.WordRole, k, b int) int {
	if k >= b || !r.f.words.firsts[r.lower(k)].has(role) {
		return 0
	}
	best := 0
	for _, p := range r.f.words.phrases[role] {
		if len(p) <= best || k+len(p) > b {
			continue
		}
		ok := true
		for n, w := range p {
			ok = ok && r.isLower(k+n) && r.lower(k+n) == w
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// isCueWord reports whether token k alone is a speech cue ("said",
// "denied"); cueStarts also finds the cues of several words.
func (r *run) isCueWord(k int) bool {
	_, _, ok := match(r, r.f.cues, k, k+1)
	return ok
}

// isNounCue reports whether token k alone is a noun cue ("complaints").
func (r *run) isNounCue(k int) bool {
	_, _, ok := match(r, r.f.nouns, k, k+1)
	return ok
}
