package claims

import "testing"

// TestNounCueBeforeCopula checks that a noun cue followed by a form of
// "be", past adverbs and auxiliaries, and a "that" clause holds the clause:
// its possessor's view, or no one's when none is named.
func TestNounCueBeforeCopula(t *testing.T) {
	runRuleCases(t, "attribution.nominal", []ruleCase{
		{"Holt's message long has been that the harbour wall will hold.", "the harbour wall will hold", "Holt"},
		{"The hope has been that the harbour wall would hold.", "the harbour wall would hold", ""},
		{"His view is that the wall is too low.", "the wall is too low", "his"},
	})
}
