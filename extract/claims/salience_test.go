package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestSalientSpeaker checks how pronouns and abbreviated names find their
// speaker: gender, quoted words and titles.
func TestSalientSpeaker(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "she skips a man named later",
			text: "Mrs. Alvarez met Mr. Brandt on Monday. She said the talks had gone well.",
			ents: []ent{{document.Person, "Elena Alvarez", []string{"Alvarez"}}, {document.Person, "Tomas Brandt", []string{"Brandt"}}},
			want: want{kinds: k(r), claimant: "Elena Alvarez", contains: "the talks had gone well"}},
		{name: "she skips a man named by his kin noun",
			text: "The court heard from Kesi Okafor and her husband, Obi Okafor. She said the plant would reopen next year.",
			ents: []ent{{document.Person, "Kesi Okafor", nil}, {document.Person, "Obi Okafor", nil}},
			want: want{kinds: k(r), claimant: "Kesi Okafor", contains: "the plant would reopen"}},
		{name: "a first name tells the gender",
			text: "The court heard from Elena Brandt and Tomas Ruiz. She said the plant would reopen next year.",
			ents: []ent{{document.Person, "Elena Brandt", nil}, {document.Person, "Tomas Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Elena Brandt", contains: "the plant would reopen"}},
		{name: "a name inside quoted words is no antecedent",
			text: "Tomas Brandt spoke first: “Marco Vidal has never understood what this plant means to the town.” He said the workers would vote on Friday.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Marco Vidal", nil}},
			want: want{kinds: k(r), claimant: "Tomas Brandt", contains: "the workers would vote"}},
		{name: "the current speaker over a person named since",
			text: "“We will not close the plant,” said Tomas Brandt, who has run it since Marco Vidal retired. “The town needs it,” he said.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Marco Vidal", nil}},
			want: want{kinds: k(document.Quote), claimant: "Tomas Brandt", contains: "The town needs it"}},
		{name: "the subject of the previous sentence over an object",
			text: "Tomas Brandt met Marco Vidal in Lyon on Monday. He said the plant would stay open.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Marco Vidal", nil}},
			want: want{kinds: k(r), claimant: "Tomas Brandt", contains: "the plant would stay open"}},
		{name: "a name in an opening phrase is not the subject",
			text: "After talks with Marco Vidal, Tomas Brandt thanked Pedro Alves. He said the plant would stay open.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Marco Vidal", nil}, {document.Person, "Pedro Alves", nil}},
			want: want{kinds: k(r), claimant: "Tomas Brandt", contains: "the plant would stay open"}},
		{name: "according to an abbreviated title",
			text: "The deal was the best the town could get, according to Sen. Marco Vidal, who led the talks.",
			want: want{kinds: k(r), claimant: "Sen. Marco Vidal", contains: "the best the town could get"}},
	})
}
