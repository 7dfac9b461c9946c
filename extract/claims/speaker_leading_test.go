package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestInfinitiveAfterObjectNoun checks the speaker of an agent cue in an
// infinitive after an object noun: the subject when it can hold a stance,
// else the possessor of the noun ("his reluctance to embrace"), and else no
// one: the infinitive tells a purpose ("left enough time to discuss").
func TestInfinitiveAfterObjectNoun(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	lead := "Ana Ruiz runs the harbour board. "
	cases := []struct {
		name, text, cue, claimant string // claimant "" for no claim of the cue
	}{
		{"the subject", "Ruiz used the meeting to defend the budget cuts.", "defend", "Ana Ruiz"},
		{"a possessor", "The vote showed his reluctance to defend the budget cuts.", "defend", "his"},
		{"a purpose", "The delay left enough time to discuss the budget cuts.", "discuss", ""},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			got := ""
			for _, c := range d.Claims {
				if c.Cue == tc.cue && c.Claimant != nil {
					got = c.Claimant.Name
				}
			}
			if got != tc.claimant && !(tc.claimant != "" && got != "" && claimantIs(d, &document.Claimant{Name: got}, tc.claimant)) {
				t.Errorf("claimant of %q: %q, want %q", tc.cue, got, tc.claimant)
			}
		})
	}
}
