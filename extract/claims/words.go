package claims

import (
	"strings"

	"github.com/claimex/claimex/rules"
)

// claimWords holds the claim word rules by role: each role's words, and its
// phrases split into words.
type claimWords struct {
	set     map[string]map[string]bool
	roles   map[string]*roleWords
	phrases map[string][][]string
}

// roleWords are one role's words in pack order, for affix tests, and the
// set of their lengths, so most words are refused before they are hashed.
type roleWords struct {
	set  map[string]bool
	list []string
	lens uint64 // bit n set when a word has n bytes; bit 63 for 63 and more
}

// lenBit returns the bit of lens for a word of n bytes.
func lenBit(n int) uint64 { return 1 << min(n, 63) }

// newClaimWords indexes the claim word rules of set.
func newClaimWords(set *rules.Set) claimWords {
	w := claimWords{set: map[string]map[string]bool{}, roles: map[string]*roleWords{}, phrases: map[string][][]string{}}
	for _, r := range set.ClaimWords() {
		rw := w.roles[r.Role]
		if rw == nil {
			rw = &roleWords{set: map[string]bool{}}
			w.roles[r.Role], w.set[r.Role] = rw, rw.set
		}
		for _, p := range r.Words {
			if !rw.set[p] {
				rw.list = append(rw.list, p)
				rw.lens |= lenBit(len(p))
			}
			rw.set[p] = true
			w.phrases[r.Role] = append(w.phrases[r.Role], strings.Fields(p))
		}
	}
	return w
}

// is reports whether word is one of role's words.
func (w claimWords) is(role, word string) bool {
	rw := w.roles[role]
	return rw != nil && rw.lens&lenBit(len(word)) != 0 && rw.set[word]
}

// hasPrefix reports whether word begins with one of role's words.
func (w claimWords) hasPrefix(role, word string) bool {
	rw := w.roles[role]
	if rw == nil {
		return false
	}
	for _, p := range rw.list {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

// hasSuffix reports whether word ends with one of role's words.
func (w claimWords) hasSuffix(role, word string) bool {
	rw := w.roles[role]
	if rw == nil {
		return false
	}
	for _, p := range rw.list {
		if strings.HasSuffix(word, p) {
			return true
		}
	}
	return false
}

// word reports whether token k is a lower-case word of role.
func (r *run) word(role string, k int) bool {
	return k >= 0 && k < len(r.toks) && r.isLower(k) && r.f.words.is(role, r.lower(k))
}

// phraseAt returns the number of tokens of the longest phrase of role that
// starts at token k and ends before b, or 0.
func (r *run) phraseAt(role string, k, b int) int {
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
