package claims

import (
	"strings"

	"github.com/claimex/claimex/rules"
)

// claimWords holds the claim word rules by role: each role's words, and its
// phrases split into words.
type claimWords struct {
	set     map[string]map[string]bool
	list    map[string][]string // each role's words in pack order, for affix tests
	phrases map[string][][]string
}

// newClaimWords indexes the claim word rules of set.
func newClaimWords(set *rules.Set) claimWords {
	w := claimWords{set: map[string]map[string]bool{}, list: map[string][]string{}, phrases: map[string][][]string{}}
	for _, r := range set.ClaimWords() {
		m := w.set[r.Role]
		if m == nil {
			m = map[string]bool{}
			w.set[r.Role] = m
		}
		for _, p := range r.Words {
			if !m[p] {
				w.list[r.Role] = append(w.list[r.Role], p)
			}
			m[p] = true
			w.phrases[r.Role] = append(w.phrases[r.Role], strings.Fields(p))
		}
	}
	return w
}

// is reports whether word is one of role's words.
func (w claimWords) is(role, word string) bool { return w.set[role][word] }

// hasPrefix reports whether word begins with one of role's words.
func (w claimWords) hasPrefix(role, word string) bool {
	for _, p := range w.list[role] {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

// hasSuffix reports whether word ends with one of role's words.
func (w claimWords) hasSuffix(role, word string) bool {
	for _, p := range w.list[role] {
		if strings.HasSuffix(word, p) {
			return true
		}
	}
	return false
}

// word reports whether token k is a lower-case word of role.
func (r *run) word(role string, k int) bool {
	return k >= 0 && k < len(r.low) && r.isLower(k) && r.f.words.is(role, r.low[k])
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
			ok = ok && r.isLower(k+n) && r.low[k+n] == w
		}
		if ok {
			best = len(p)
		}
	}
	return best
}
