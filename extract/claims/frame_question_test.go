package claims

import "testing"

// TestQuestions checks the matter of a question put to someone: from "about"
// or the question word to the end of its phrase, and nothing for a request.
func TestQuestions(t *testing.T) {
	runRuleCases(t, ruleQuestion, []ruleCase{
		{"Asked about the merger, Smith said the deal was good for workers.", "about the merger", ""},
		{"Asked which county was his favorite, he smiled.", "which county was his favorite", ""},
		{"The mayor was asked whether the bridge would reopen in the spring.", "whether the bridge would reopen in the spring", ""},
		{"The mayor was asked about the budget during a debate on Monday.", "about the budget", ""},
		{"The mayor was asked to leave the room.", "", ""},
		{"The council asked for more time.", "", ""},
	})
}
