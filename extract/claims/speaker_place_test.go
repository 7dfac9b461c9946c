package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPlaceModifiesSpeaker checks that a place after a preposition modifies
// the speaker noun before it rather than being the claimant.
func TestPlaceModifiesSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "officials in a city",
			text: "Officials in Lyon insisted the bridge would reopen next month.",
			ents: []ent{{document.GPE, "Lyon", nil}},
			want: want{kinds: k(r), claimant: "Officials in Lyon", contains: "the bridge would reopen"}},
		{name: "the government in a capital",
			text: "The government in Lisbon has denied that the port would be sold.",
			ents: []ent{{document.GPE, "Lisbon", nil}},
			want: want{kinds: k(r), claimant: "The government in Lisbon", contains: "the port would be sold"}},
		{name: "a common noun after a preposition",
			text: "The voters in the valley said the harvest had been poor.",
			want: want{kinds: k(r), claimant: "The voters in the valley", contains: "the harvest had been poor"}},
		{name: "a clause after a time word is no modifier",
			text: "The council met again after the inspectors said the bridge had to close.",
			want: want{kinds: k(r), claimant: "the inspectors", contains: "the bridge had to close"}},
	})
}

// TestRoleModifiedByPlace checks that a person's role modified by a place is
// the claimant as written, not the place.
func TestRoleModifiedByPlace(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "a place before a title",
			text: "\"We will not sell the port,\" the Lisbon mayor said on Tuesday.",
			ents: []ent{{document.GPE, "Lisbon", nil}},
			want: want{kinds: k(document.Quote), claimant: "Lisbon mayor", contains: "We will not sell the port"}},
	})
}

// TestPeopleNounModified checks that nouns for people that organize, back
// or host ("organizers", "proponents") head a phrase that a prepositional
// phrase modifies, rather than the noun after the preposition.
func TestPeopleNounModified(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "organizers of an event",
			text: "Organizers of both conventions say the budget will be met by June.",
			want: want{kinds: k(r), claimant: "Organizers of both conventions", contains: "the budget will be met"}},
		{name: "proponents of a bill",
			text: "Proponents of the new bill said the safeguards would stay in place.",
			want: want{kinds: k(r), claimant: "Proponents of the new bill", contains: "the safeguards would stay"}},
	})
}

// TestPlaceAfterCapitalizedHead checks that a place after a preposition in a
// speaker phrase whose head opens the sentence capitalized modifies that
// head, and is no claimant.
func TestPlaceAfterCapitalizedHead(t *testing.T) {
	runClaimCases(t, []claimCase{
		{name: "polls in a state",
			text: "The vote is near.\n\nPolls in New Hampshire show the top two candidates are the same as in Iowa: Pell and Ruiz.",
			ents: []ent{{document.GPE, "New Hampshire", nil}, {document.GPE, "Iowa", nil}},
			want: want{kinds: k(document.Reported), claimant: "Polls in New Hampshire", contains: "the top two candidates"}},
	})
}

// TestPluralHeadBeforePreposition checks that a plural noun heading a
// speaker phrase before a preposition is its head, even when no list of
// people nouns holds it: "the bundlers in both parties", not "parties".
func TestPluralHeadBeforePreposition(t *testing.T) {
	set, f := testFinder(t)
	text := "The bundlers in both parties said their networks had changed."
	d := runOn(t, set, f, text)
	c := claimWith(d, document.Reported, "their networks had changed")
	if c == nil || c.Claimant == nil || c.Claimant.Name != "The bundlers in both parties" {
		t.Errorf("%q: want the bundlers in both parties to speak, got %+v", text, c)
	}
}

// TestPlaceAfterPrepositionIsNoClaimant checks that a place that is the
// object of a preposition speaks for no one, and that the name it follows
// speaks when that name opens the clause.
func TestPlaceAfterPrepositionIsNoClaimant(t *testing.T) {
	r := document.Reported
	leeds := ent{document.GPE, "Leeds", nil}
	runClaimCases(t, []claimCase{
		{name: "a name and its town",
			text: "Ana Ruiz of Leeds says the harbour plan will fail.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}, leeds},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the harbour plan will fail"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ruiz supporter Tom Holt told the mayor that he drove from Leeds to ask her about the harbour plan.", leeds,
		ent{document.Person, "Tom Holt", nil})
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name == "Leeds" {
			t.Errorf("the town holds %q", c.Text)
		}
	}
}
