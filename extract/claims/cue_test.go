package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestNounCompoundIsNoCue checks that the -s form of a stance cue after a
// lower-case noun that cannot be its subject, with no complement after it,
// is a plural noun ("terror attacks,"), while one after a subject stays a cue.
func TestNounCompoundIsNoCue(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(set, "After the harbour terror attacks, Maria Holt moved the company to a new office in the north.")
	withEntities(d, []ent{{document.Person, "Maria Holt", nil}})
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Claims {
		if c.Kind == document.Reported {
			t.Errorf("a plural noun became a cue: reported %q", c.Text)
		}
	}
	runClaimCases(t, []claimCase{{name: "a subject before the cue",
		text: "The union attacks the harbour plan as reckless and costly.",
		want: want{kinds: k(document.Reported), contains: "the harbour plan"}}})
}
