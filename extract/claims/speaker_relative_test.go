package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRelativeClauseSpeaker checks that the object of a relative clause
// before the cue is not the speaker: the noun the clause modifies is, with
// the clause, and a name inside the clause does not become the claimant.
func TestRelativeClauseSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "object of the clause",
			text: "Senior campaign advisers who have run the numbers say the governor will win the state.",
			want: want{kinds: k(r), claimant: "Senior campaign advisers who have run the numbers", contains: "the governor will win"}},
		{name: "a clause with a subject of its own",
			text: "Harbour officials whose permits were struck down say the board acted too fast.",
			want: want{kinds: k(r), claimant: "Harbour officials whose permits were struck down", contains: "the board acted too fast"}},
		{name: "a name inside the clause",
			text: "Executives who have worked with Lachlan Murdoch say the company is independent.",
			ents: []ent{{document.Person, "Lachlan Murdoch", nil}},
			want: want{kinds: k(r), claimant: "Executives who have worked with Lachlan Murdoch", contains: "the company is independent"}},
		{name: "a cue inside the clause",
			text: "Officials who spoke with Reuters said the talks had stalled.",
			ents: []ent{{document.Org, "Reuters", nil}},
			want: want{kinds: k(r, r), claimant: "Officials who spoke with Reuters", contains: "the talks had stalled"}},
		{name: "a pronoun opens a clause of its own",
			text: "The organizers thanked the volunteers who cleaned the hall while she said the event was a success.",
			want: want{kinds: k(r), claimant: "she", contains: "the event was a success"}},
		{name: "no relative clause",
			text: "The advisers say the governor will win the state.",
			want: want{kinds: k(r), claimant: "The advisers", contains: "the governor will win"}},
	})
}

// TestRelativeBaseForm checks that a base form right after "who" is the verb
// of the relative clause, whose antecedent speaks, and that the antecedent
// leaves out the preposition or verb of the clause it sits in.
func TestRelativeBaseForm(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a base form after who",
			text: "The letter came from harbour pilots who worry that the port will close.",
			want: want{kinds: k(r), claimant: "harbour pilots", contains: "the port will close"}},
		{name: "after a comma",
			text: "The move angered dock workers, who believe the port should stay open.",
			want: want{kinds: k(r), claimant: "dock workers", contains: "the port should stay open"}},
		{name: "a preposition before the antecedent",
			text: "The mayor polled well among harbour workers who believe that the port should stay open.",
			want: want{kinds: k(r), claimant: "harbour workers", contains: "the port should stay open"}},
		{name: "a verb after an auxiliary before the antecedent",
			text: "A new terminal would almost certainly benefit shippers, who say the port is too small.",
			want: want{kinds: k(r), claimant: "shippers", contains: "the port is too small"}},
	})
}

// TestRelativeThatSpeaker checks that "that" between a noun for people,
// bodies or findings and a cue is a subject relative whose antecedent
// speaks, while "that" after a verb or after another noun opens no such
// clause.
func TestRelativeThatSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a body", text: "The harbour poll was run by a group that says the economy is weak.",
			want: want{kinds: k(r), claimant: "a group", contains: "the economy is weak"}},
		{name: "a finding", text: "The board ignored a harbour study that found the toll was unfair.",
			want: want{kinds: k(r), claimant: "a harbour study", contains: "the toll was unfair"}},
		{name: "a verb's complement", text: "Ana Ruiz said that the harbour toll was unfair.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the harbour toll was unfair"}},
	})
	set, f := testFinder(t)
	d := runOn(t, set, f, "In a turn that called to mind the harbour strike, the board closed the port.")
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name == "a turn" {
			t.Errorf("a noun for no speaker spoke: %q", c.Text)
		}
	}
}
