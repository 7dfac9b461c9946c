package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNominalSpeaker checks that "he" after an unnamed person who spoke
// last is that person, not a man named before, and that a question's asker
// or a topic pronoun since leaves the pronoun to the named.
func TestNominalSpeaker(t *testing.T) {
	q, r := document.Quote, document.Reported
	brandt := []ent{{document.Person, "Tomas Brandt", nil}}
	runClaimCases(t, []claimCase{
		{name: "the unnamed speaker of the paragraph",
			text: "Tomas Brandt warned that costs would rise.\n\nOne fund manager, who asked not to be named, said the price was too high. “They overpaid last time,” he said.",
			ents: brandt, want: want{kinds: k(q), claimant: "One fund manager", contains: "They overpaid"}},
		{name: "the one asked answers",
			text: "Tomas Brandt arrived late.\n\nA reporter asked whether the plant would close. “It will not,” he said.",
			ents: brandt, want: want{kinds: k(q), claimant: "Tomas Brandt", contains: "It will not"}},
		{name: "a topic pronoun since",
			text: "Tomas Brandt toured the site. He met a senior official, who said the plant would stay open. He said the workers were pleased.",
			ents: brandt, want: want{kinds: k(r), claimant: "Tomas Brandt", contains: "the workers were pleased"}},
	})
}
