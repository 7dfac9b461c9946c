package segment

import "testing"

func TestASCIIWordAgreesWithIsWordRune(t *testing.T) {
	for c := range rune(len(asciiWord)) {
		if (asciiWord[c] != 0) != isWordRune(c) {
			t.Errorf("%q: table says %v, isWordRune %v", c, asciiWord[c], isWordRune(c))
		}
	}
}
