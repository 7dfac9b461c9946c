package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestCoordinatedSharedSubject checks that a coordinated speech verb takes
// the noun phrase opening the sentence as its speaker when an apposition
// sets that subject off from the first verb, or a clause stands between.
func TestCoordinatedSharedSubject(t *testing.T) {
	r := document.Reported
	runClaimCases(t, []claimCase{
		{name: "apposition",
			text: "Maria Holt, a former party chairman, became a delegate and said the wall would be finished by May.",
			ents: []ent{{document.Person, "Maria Holt", nil}},
			want: want{kinds: k(r), claimant: "Maria Holt", contains: "the wall would be finished"}},
		{name: "clause between",
			text: "Holt recalled her years growing up near the harbour, and said the town had changed since the war.",
			want: want{kinds: k(r), claimant: "Holt", contains: "the town had changed"}},
	})
}

// TestCoordinatedObject checks that a coordinated stance verb whose object
// is a noun phrase, not a clause, gives the object as the content, said by
// the subject of the first verb.
func TestCoordinatedObject(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	for text, want := range map[string]string{
		"Last year, Maria Holt changed course and decided to keep the harbour open.": "to keep the harbour open",
		"Maria Holt knocked the council on trade and called it a failure.":           "it a failure",
	} {
		d := runOn(t, set, f, text, holt)
		found := false
		for _, c := range d.Claims {
			if c.Kind == document.Reported && c.Text == want {
				found = true
				if c.Claimant == nil || c.Claimant.Name != "Maria Holt" {
					t.Errorf("%q: claimant %+v, want Maria Holt", text, c.Claimant)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reported claim %q in %+v", text, want, d.Claims)
		}
	}
}
