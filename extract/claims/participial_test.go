package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

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

// TestOpeningParticipleWithQuotedTitle checks that an opening participle
// phrase holding a quoted title, whose comma stands inside the marks, is
// passed over to the sentence's subject.
func TestOpeningParticipleWithQuotedTitle(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Speaking to \"The Harbour Hour,\" chief strategist Tom Holt lashed out at the council, advising the mayor to stick to the issues.",
		ent{document.Person, "Tom Holt", nil})
	for _, c := range d.Claims {
		if c.Cue == "advising" && (c.Claimant == nil || c.Claimant.Name != "Tom Holt") {
			t.Errorf("%q by %+v, want Tom Holt", c.Text, c.Claimant)
		}
	}
}
