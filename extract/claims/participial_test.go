package claims

import "testing"

// TestParticipialNaming checks that a naming participle after a main clause
// gives its object, without an appositive on it, to the clause's subject,
// and that the same word heading a verb group of its own is no cue.
func TestParticipialNaming(t *testing.T) {
	runRuleCases(t, "attribution.naming", []ruleCase{
		{"Mayor Elena Brandt criticized the budget on Monday, calling it a gift to donors.", "it a gift to donors", "Mayor Elena Brandt"},
		{"Mayor Elena Brandt spoke for an hour, referring to the governor, who had left the room.", "the governor", "Mayor Elena Brandt"},
		{"The neighbours were calling friends on their phones all night.", "", ""},
	})
}
