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

// TestIndefiniteBodyIsNew checks that an indefinite phrase headed by a
// body ("a civil rights group") is a claimant of its own, not the
// organization named before it, while a proxy ("a spokesman") still speaks
// for that organization.
func TestIndefiniteBodyIsNew(t *testing.T) {
	r := document.Reported
	harbour := []ent{{document.Org, "Harbour Research", nil}}
	runClaimCases(t, []claimCase{
		{name: "an indefinite body",
			text: "The survey was run by Harbour Research.\n\nA civil rights group says the port should close.",
			ents: harbour, want: want{kinds: k(r), claimant: "A civil rights group", contains: "the port should close"}},
		{name: "a quantified body",
			text: "The survey was run by Harbour Research.\n\nSeveral groups say the port should close.",
			ents: harbour, want: want{kinds: k(r), claimant: "Several groups", contains: "the port should close"}},
		{name: "a proxy",
			text: "The survey was run by Harbour Research.\n\nA spokesman said the port should close.",
			ents: harbour, want: want{kinds: k(r), claimant: "Harbour Research", contains: "the port should close"}},
	})
}
