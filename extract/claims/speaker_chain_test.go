package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteChainSpeaker checks that a quotation without attribution after a
// quote goes on in the quoted speaker's words, not in those of a reported
// frame inside the relative clause on that speaker.
func TestQuoteChainSpeaker(t *testing.T) {
	q := document.Quote
	text := "\"We will not sell the port, whatever the offers,\" said Ana Ruiz, a harbour official who has accused Marta Vidal of hiding the losses.\n\n" +
		"\"Who would buy a port that loses money every year? Nobody in this town.\""
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Marta Vidal", nil}}
	runClaimCases(t, []claimCase{
		{name: "the next paragraph's quote", text: text, ents: ents,
			want: want{kinds: k(q), claimant: "Ana Ruiz", contains: "Who would buy a port"}},
	})
}
