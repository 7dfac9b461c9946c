package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestSenderSpeaksForMessage checks that a message that is the object of a
// verb gives its content to the verb's subject.
func TestSenderSpeaksForMessage(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "a letter sent",
			text: "A coalition of nearly 40 groups sent a letter this week urging the council to fund the clinic.",
			want: want{kinds: k(r), claimant: "A coalition of nearly 40 groups", contains: "the council to fund the clinic"}},
		{name: "statements issued",
			text: "The city council issued statements condemning the closure of the clinic.",
			want: want{kinds: k(r), claimant: "The city council", contains: "the closure of the clinic"}},
		{name: "an object before a participle",
			text: "Ana Ruiz addressed huge crowds describing a city that ignores its poorest districts.",
			ents: []ent{{document.Person, "Ana Ruiz", nil}},
			want: want{kinds: k(r), claimant: "Ana Ruiz", contains: "a city that ignores"}},
		{name: "a pronoun subject after a verb",
			text: "The mayor said they are considering rate increases later in the year.",
			want: want{kinds: k(r), claimant: "they", contains: "rate increases"}},
		{name: "a noun subject of its own verb group",
			text: "The mayor said harbour pilots were now urging a strike.",
			want: want{kinds: k(r), claimant: "harbour pilots", contains: "a strike"}},
	})
}
