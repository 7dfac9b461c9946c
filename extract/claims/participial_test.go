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

// TestParticipleAfterNameAndVerb checks that a participle frame after a
// main clause whose subject is a name and whose verb frames nothing finds
// that subject: the name's verb ends its noun phrase.
func TestParticipleAfterNameAndVerb(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Holt met supporters on the quay, saying that the harbour plan was in danger.", ent{document.Person, "Holt", nil})
	c := claimWith(d, document.Reported, "the harbour plan was in danger")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "Holt" {
		t.Errorf("no claim by Holt: %+v", d.Claims)
	}
}

// TestMannerAdverbBeforeThat checks that a manner adverb between a cue
// and its "that" is no part of the content.
func TestMannerAdverbBeforeThat(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Holt warned darkly that the harbour plan was in danger.", ent{document.Person, "Holt", nil})
	if claimWith(d, document.Reported, "the harbour plan was in danger") == nil {
		t.Errorf("the content keeps the adverb: %+v", d.Claims)
	}
}
