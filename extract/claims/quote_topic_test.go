package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteAfterTopicParagraph checks that a quotation set off in its own
// paragraph, with no one named around it, is given to the person who is the
// subject of the paragraph before, by name or by "he" or "she", and to no
// one when that subject is not a person or is a possessor.
func TestQuoteAfterTopicParagraph(t *testing.T) {
	quote := "\n\n“We will rebuild this wall before the winter storms arrive, whatever it costs the town.”"
	cases := []claimantCase{
		{"named subject", "Maria Holt walked the length of the harbour wall on Monday.", "Maria Holt"},
		{"pronoun subject", "Maria Holt has run the council for a decade. She walked the harbour wall on Monday.", "Maria Holt"},
		{"after a coordinator", "Maria Holt has run the council for a decade. But she walked the harbour wall only on Monday.", "Maria Holt"},
		{"no person", "The harbour wall gave way on Monday after a week of storms.", ""},
		{"possessor", "Maria Holt's office sent a crew to the harbour wall on Monday.", ""},
	}
	for i := range cases {
		cases[i].text += quote
	}
	runClaimantCases(t, "", lastName, cases, ent{document.Person, "Maria Holt", nil})
}
