package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestQuoteTailAfterInnerQuote checks the speaker after a quote in doubled
// apostrophes whose inner quote closes with it, leaving one apostrophe over.
func TestQuoteTailAfterInnerQuote(t *testing.T) {
	q := document.Quote
	runClaimCases(t, []claimCase{
		{name: "three apostrophes then the cue",
			text: "Officials met on Monday.\n\n''I would call the whole plan 'a harbour for nobody,''' said Marta Vidal, who runs the port.",
			ents: []ent{{document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(q), claimant: "Marta Vidal", contains: "I would call the whole plan"}},
		{name: "three apostrophes then the name",
			text: "Officials met on Monday.\n\n''My job is to tell them: 'This port is ours,''' Marta Vidal said of the harbour.",
			ents: []ent{{document.Person, "Marta Vidal", nil}},
			want: want{kinds: k(q), claimant: "Marta Vidal", contains: "My job is to tell them"}},
	})
}
