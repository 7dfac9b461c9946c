package claims

import "testing"

// TestUnsourcedPastAdjunct checks that the clause of an unsourced cue
// starts at its subject, past a phrase of time or place that opens the
// sentence, and keeps a clause or a list before the cue.
func TestUnsourcedPastAdjunct(t *testing.T) {
	runRuleCases(t, "attribution.unsourced", []ruleCase{
		{"In some cases, the companies have been criticized for keeping the pages online.", "the companies have been criticized for keeping the pages online", ""},
		{"At this moment, the senator is seen as the strongest candidate in the field.", "the senator is seen as the strongest candidate in the field", ""},
		{"When the vote was held, the delegates reportedly walked out of the hall.", "When the vote was held, the delegates reportedly walked out of the hall", ""},
	})
}

// TestUnsourcedAdverbInCue checks that an adverb in -ly after the
// auxiliary of a cue phrase leaves the phrase whole: "is widely believed to".
func TestUnsourcedAdverbInCue(t *testing.T) {
	runRuleCases(t, "attribution.unsourced", []ruleCase{
		{"The minister is widely believed to favour a delay of the vote.", "The minister is widely believed to favour a delay of the vote", ""},
	})
}
