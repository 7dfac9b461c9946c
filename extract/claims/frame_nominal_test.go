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

// TestSubjectNounContentEnds checks that the clause of a noun cue heading
// the sentence's subject ends before the main clause's verb, and only
// there: a second verb of the clause stays in the content.
func TestSubjectNounContentEnds(t *testing.T) {
	runRuleCases(t, "attribution.nominal", []ruleCase{
		{"The claim that the harbour would close was false.", "the harbour would close", ""},
		{"Holt's claim that the harbour is closing drew criticism.", "the harbour is closing", "Holt"},
		{"Holt's claim that the harbour is closing and will not reopen drew criticism.", "the harbour is closing and will not reopen", "Holt"},
	})
}
