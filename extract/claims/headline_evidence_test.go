package claims

import "testing"

// TestHeadlineEvidenceLabel checks that an evidence noun alone labels a
// headline's claim, and that another common noun does not.
func TestHeadlineEvidenceLabel(t *testing.T) {
	runRuleCases(t, "attribution.headline", []ruleCase{
		{"Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.", "Trump and Clinton hold narrow leads in Pennsylvania", "Poll"},
		{"Update: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.", "", ""},
		{"Weather: Storms move across the state tonight\n\nThe race is close.", "", ""},
	})
}
