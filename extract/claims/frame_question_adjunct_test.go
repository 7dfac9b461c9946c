package claims

import "testing"

// TestQuestionAfterAdjuncts checks the matter of a question after the
// adjuncts of "asked" and after a subordinator, opening the sentence or
// after a frame.
func TestQuestionAfterAdjuncts(t *testing.T) {
	runRuleCases(t, ruleQuestion, []ruleCase{
		{"Asked at a briefing Monday in Washington about her future role, the spokesman said she was a powerful voice.", "about her future role", ""},
		{"When asked at the conference about the merger, she defended her decision.", "about the merger", ""},
		{"When asked whom she supported, the voter smiled.", "whom she supported", ""},
		{"When asked to leave, the voter smiled.", "", ""},
		{"“It is possible,” the mayor said when asked about the merger.", "about the merger", ""},
		{"The mayor smiled when asked to leave.", "", ""},
	})
}
