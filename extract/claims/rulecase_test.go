package claims

import "testing"

// ruleCase is one text and the claim of one rule it must give: its text and
// claimant, both empty for no claim of the rule.
type ruleCase struct{ text, want, speaker string }

// runRuleCases runs the claims stage on each case's text and checks the last
// claim of rule there.
func runRuleCases(t *testing.T, rule string, cases []ruleCase) {
	t.Helper()
	set, f := testFinder(t)
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text)
		got, spk := "", ""
		for _, c := range d.Claims {
			if c.Rule == rule {
				got, spk = c.Text, ""
				if c.Claimant != nil {
					spk = c.Claimant.Name
				}
			}
		}
		if got != tc.want || spk != tc.speaker {
			t.Errorf("%q: %s claim %q by %q, want %q by %q", tc.text, rule, got, spk, tc.want, tc.speaker)
		}
	}
}
