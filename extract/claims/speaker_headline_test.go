package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestHeadlineAdverbIsNoName checks that a title-case headline does not
// glue a capitalized adverb to the claimant's name.
func TestHeadlineAdverbIsNoName(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Mayor Elena Brandt Just Announced The Bridge Will Close For Repairs.", []ent{{document.Person, "Elena Brandt", nil}}...)
	for _, c := range d.Claims {
		if c.Claimant != nil && c.Claimant.Name != "Elena Brandt" {
			t.Errorf("claimant %q, want Elena Brandt", c.Claimant.Name)
		}
	}
	if len(d.Claims) == 0 {
		t.Error("no claim in the headline")
	}
}

// TestHeadlineAdverbNotInSpeaker checks that a title-case headline's
// capitalized adverb or auxiliary before its cue stays out of the speaker,
// while a lower-case sentence keeps its subject as written.
func TestHeadlineAdverbNotInSpeaker(t *testing.T) {
	r, c := document.Reported, document.Commitment
	body := "\n\nThe port board met on Monday."
	runClaimCases(t, []claimCase{
		{name: "adverb", text: "Lopez Now Says Port Will Close" + body,
			want: want{kinds: k(r, c), claimant: "Lopez", contains: "Port Will Close"}},
		{name: "two words", text: "Port Board Finally Confirms The Deal Is Dead" + body,
			want: want{kinds: k(r, c), claimant: "Port Board", contains: "The Deal Is Dead"}},
		{name: "sentence case", text: "Lopez now says the port will close." + body,
			want: want{kinds: k(r, c), claimant: "Lopez", contains: "the port will close"}},
	})
}
