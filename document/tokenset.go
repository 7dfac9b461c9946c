package document

import "math/bits"

// TokenSet is a set of indexes into [Document.Tokens], one bit per token.
type TokenSet []uint64

// SizeFor returns the length of a TokenSet that holds the indexes of n tokens.
func SizeFor(n int) int { return (n + 63) / 64 }

// Has reports whether i is in s; i must be below 64*len(s).
func (s TokenSet) Has(i int) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }

// Add puts i into s, growing s as needed.
func (s *TokenSet) Add(i int) {
	for len(*s) <= i>>6 {
		*s = append(*s, 0)
	}
	(*s)[i>>6] |= 1 << (uint(i) & 63)
}

// Each calls yield with the indexes in s in increasing order until it
// returns false.
func (s TokenSet) Each(yield func(int) bool) {
	for k, w := range s {
		for w != 0 {
			if !yield(k<<6 + bits.TrailingZeros64(w)) {
				return
			}
			w &= w - 1
		}
	}
}
