package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteBeforeParticipleCue checks that a quotation opening a content
// ends it when a participle cue follows, which frames a claim of its own.
func TestQuoteBeforeParticipleCue(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz said, \"We will win the vote,\" adding that the polls were wrong.", ent{document.Person, "Ana Ruiz", nil})
	c := claimWith(d, document.Quote, "We will win the vote")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "Ana Ruiz" {
		t.Errorf("no quotation by Ana Ruiz alone: %+v", d.Claims)
	}
}

// TestColonAfterClause checks that the speaker of a quotation after a
// clause and a colon is the clause's subject when the phrase before the
// colon is the object of a preposition, and stays the phrase when it is
// the object of a verb.
func TestColonAfterClause(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Tom Holt", nil}, {document.Org, "Harbour Radio", nil}}
	runClaimantCases(t, "", lastName, []claimantCase{
		{"the object of a preposition", "Ana Ruiz put it bluntly in an interview with Harbour Radio: “The harbour will close.”", "Ana Ruiz"},
		{"a cue and a topic", "Ana Ruiz said of Tom Holt: “He is wrong about the harbour.”", "Ana Ruiz"},
		{"the object of a verb", "The result does not surprise pollster Tom Holt: “Turnout was always going to be low.”", "Tom Holt"},
	}, ents...)
}

// TestAsideBeforeThat checks that an aside set off by commas between a cue
// and its "that" clause stays out of the content.
func TestAsideBeforeThat(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"Ana Ruiz noted, however, that the harbour fine could have been higher.",
		"Ana Ruiz testified, for example, that the harbour fine could have been higher.",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Ana Ruiz", nil})
		c := claimWith(d, document.Reported, "the harbour fine could have been higher")
		if c == nil || c.Text != "the harbour fine could have been higher" {
			t.Errorf("%q: want the clause after \"that\" alone: %+v", text, d.Claims)
		}
	}
}
