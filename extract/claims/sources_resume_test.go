package claims

import "testing"

// TestSourceResumes checks a source set off by commas inside a sentence:
// the clause after it is content, and a relative clause after it, which
// tells of the source, is not.
func TestSourceResumes(t *testing.T) {
	runRuleCases(t, "attribution.according-to", []ruleCase{
		{"Since last November, according to the group, security forces have killed more than 400 protesters.", "security forces have killed more than 400 protesters", "the group"},
		{"Fundraising, according to the campaign, has surged in the same period.", "has surged in the same period", "the campaign"},
		{"The case is weak, according to the lawyer, who prosecuted the bombers.", "The case is weak", "the lawyer"},
	})
}
