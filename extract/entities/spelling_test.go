package entities

import (
	"strings"
	"testing"
	"unicode"
)

// TestCaselessRunes holds caseless to runes that no case test or mapping
// of package unicode tells from punctuation.
func TestCaselessRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if caseless(r) && (unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) || unicode.IsLetter(r) || unicode.IsDigit(r) ||
			unicode.ToLower(r) != r || unicode.ToUpper(r) != r || unicode.ToTitle(r) != r || unicode.SimpleFold(r) != r) {
			t.Errorf("caseless(%U), but the rune has a case", r)
		}
	}
}

// TestSpellingFacts checks the facts a spelling works out once.
func TestSpellingFacts(t *testing.T) {
	lx := testFinder(t).lx
	for _, c := range []struct {
		text, low, key             string
		runes                      uint8
		cap, caps, alpha, compound bool
	}{
		{"Huawei", "huawei", "huawei", 6, true, false, true, false},
		{"ÉTAT", "état", "état", 4, true, true, true, false},
		{"O’Neill", "o’neill", "o'neill", 7, true, false, true, false},
		{"Shenzhen-headquartered", "shenzhen-headquartered", "shenzhen-headquartered", 22, false, false, true, true},
		{"1996", "1996", "1996", 4, false, false, false, false},
		{"’", "’", "'", 1, false, false, false, false},
		{"“Ⅻ", "“ⅻ", "“ⅻ", 2, false, false, false, false},
		{"\xffA", "\ufffda", "\ufffda", 2, false, true, true, false},
		{strings.Repeat("a", 300), strings.Repeat("a", 300), strings.Repeat("a", 300), 255, false, false, true, false},
	} {
		sp := newSpelling(lx, c.text)
		if sp.low != c.low || sp.key(true) != c.key || sp.runes != c.runes || sp.cap != c.cap || sp.allCaps != c.caps || sp.letters != c.alpha || sp.compound != c.compound {
			t.Errorf("newSpelling(%.20q) = low %.20q key %.20q runes %d cap %v caps %v letters %v compound %v", c.text, sp.low, sp.key(true), sp.runes, sp.cap, sp.allCaps, sp.letters, sp.compound)
		}
	}
}
