package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestSalientSpeaker checks how pronouns and abbreviated names find their
// speaker: gender, quoted words and titles.
func TestSalientSpeaker(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	r := document.Reported
	cases := []struct {
		name string
		text string
		ents []ent
		want want
	}{
		{name: "she skips a man named later",
			text: "Mrs. Alvarez met Mr. Brandt on Monday. She said the talks had gone well.",
			ents: []ent{{document.Person, "Elena Alvarez", []string{"Alvarez"}}, {document.Person, "Tomas Brandt", []string{"Brandt"}}},
			want: want{kinds: k(r), claimant: "Elena Alvarez", contains: "the talks had gone well"}},
		{name: "he skips a woman named by her kin noun",
			text: "Tomas Brandt arrived with Ana Ruiz and his wife, Ines Brandt. He said the plant would reopen next year.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Ines Brandt", nil}, {document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "the plant would reopen"}},
		{name: "a name inside quoted words is no antecedent",
			text: "Tomas Brandt spoke first: “Marco Vidal has never understood what this plant means to the town.” He said the workers would vote on Friday.",
			ents: []ent{{document.Person, "Tomas Brandt", nil}, {document.Person, "Marco Vidal", nil}},
			want: want{kinds: k(r), claimant: "Tomas Brandt", contains: "the workers would vote"}},
		{name: "according to an abbreviated title",
			text: "The deal was the best the town could get, according to Sen. Marco Vidal, who led the talks.",
			want: want{kinds: k(r), claimant: "Sen. Marco Vidal", contains: "the best the town could get"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(set, tc.text)
			withEntities(d, tc.ents)
			if err := f.Run(d); err != nil {
				t.Fatal(err)
			}
			checkWant(t, d, tc.want)
		})
	}
}
