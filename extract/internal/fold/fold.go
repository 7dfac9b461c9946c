// Package fold shares lower-cased token texts between the tokens of one
// spelling, so that a stage's token table holds a pointer, not a second
// string, for each of the text's many tokens.
package fold

import (
	"strings"
	"unicode/utf8"
)

// Forms maps a spelling to its lower-cased form. The zero value is not
// usable: make one per document with [New].
type Forms map[string]*string

// New returns an empty table.
func New() Forms { return make(Forms) }

// Lower returns a pointer to word's lower-cased form: own, which must
// point to word, when word is lower-case already, and otherwise the form
// shared by every token spelled like word, lower-cased once.
func (f Forms) Lower(word string, own *string) *string {
	if IsLowerASCII(word) {
		return own
	}
	if p, ok := f[word]; ok {
		return p
	}
	low := strings.ToLower(word)
	p := &low
	f[word] = p
	return p
}

// IsLowerASCII reports whether s is ASCII with no upper-case letter, so
// that it is its own lower-cased form.
func IsLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
