package claims

import "testing"

// TestReactions checks that a verb no cue rule holds reports a stance when
// its object is a noun cue's phrase naming someone else's statement, and
// not when the possessor is the subject's own pronoun or a cue already
// reads the verb.
func TestReactions(t *testing.T) {
	runRuleCases(t, "attribution.reaction", []ruleCase{
		{"Joe Biden rubbished Donald Trump’s claim to understand the middle class.", "Donald Trump’s claim to understand the middle class", "Joe Biden"},
		{"Donald Trump railed at Barack Obama’s refusal to cut taxes for the middle class.", "Barack Obama’s refusal to cut taxes for the middle class", "Donald Trump"},
		{"Ana Ruiz sharpened her pitch about the stakes of the election.", "", ""},
		{"Joe Biden denounced Donald Trump’s claim to understand the middle class.", "", ""},
	})
}
