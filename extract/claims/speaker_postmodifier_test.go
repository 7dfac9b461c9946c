package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestParticipleSubject checks that a noun phrase inside a participle
// phrase on the subject is no speaker: the head speaks, and a finite verb
// or a relative clause is left alone.
func TestParticipleSubject(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a finding and a clause inside its participle phrase",
			text: "Surveys of shoppers taken as they left the market showed that prices had risen.",
			want: want{kinds: k(r), claimant: "Surveys of shoppers", contains: "prices had risen"}},
		{name: "a document and the agent that obtained it",
			text: "A letter obtained by the Daily Ledger through a records request shows that the port would close.",
			ents: []ent{{document.Org, "Daily Ledger", nil}},
			want: want{kinds: k(r), claimant: "A letter", contains: "the port would close"}},
		{name: "people and the agent of their participle",
			text: "Dock workers interviewed by the Daily Ledger on Monday said the port would close.",
			ents: []ent{{document.Org, "Daily Ledger", nil}},
			want: want{kinds: k(r), claimant: "Dock workers", contains: "the port would close"}},
		{name: "an active participle and its object",
			text: "Dock workers leaving a two-hour meeting with the mayor at the City Hall said the port would close.",
			want: want{kinds: k(r), claimant: "Dock workers", contains: "the port would close"}},
		{name: "an infinitive phrase on the subject",
			text: "The last mayor to close the harbour says the port would reopen.",
			want: want{kinds: k(r), claimant: "The last mayor", contains: "the port would reopen"}},
		{name: "an infinitive phrase whose verb the speaker phrase takes in",
			text: "Officials at the agency to protect children said the port would reopen.",
			want: want{kinds: k(r), claimant: "Officials at the agency", contains: "the port would reopen"}},
		{name: "a participle that names its head",
			text: "A group calling itself Harbour Watch said the port would close.",
			ents: []ent{{document.Org, "Harbour Watch", nil}},
			want: want{kinds: k(r), claimant: "Harbour Watch", contains: "the port would close"}},
		{name: "a finite verb before a relative clause",
			text: "Ana Ruiz won by ten points among the dock workers who said the port would close.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "the dock workers", contains: "the port would close"}},
	})
}

// TestParticipleInAnotherClause checks that a participle before a finite
// verb does not reach a noun phrase in that verb's clause.
func TestParticipleInAnotherClause(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Residents living near the port say officials told them the port would close.")
	for _, c := range d.Claims {
		if c.Cue == "told" && (c.Claimant == nil || c.Claimant.Name != "officials") {
			t.Errorf("%q by %+v, want officials", c.Text, c.Claimant)
		}
	}
}

// TestParticipleIsNoClaimant checks that a lone word in -ing before a noun
// cue holds no claim: the subject does after a comma, else no one.
func TestParticipleIsNoClaimant(t *testing.T) {
	set, f := testFinder(t)
	for _, text := range []string{
		"The mayor doubled down on Monday, raising questions about the harbour plan.",
		"The mayor faced blistering attacks over the harbour plan.",
	} {
		d := runOn(t, set, f, text)
		for _, c := range d.Claims {
			if c.Claimant != nil && (c.Claimant.Name == "raising" || c.Claimant.Name == "blistering") {
				t.Errorf("%q: the participle %q holds %q", text, c.Claimant.Name, c.Text)
			}
		}
	}
}
