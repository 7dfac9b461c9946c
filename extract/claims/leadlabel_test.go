package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestLeadLabelPlaceIsNoClaimant checks that a paragraph opened by a place
// and a colon makes no claim, even when an organization's name holds the
// place, while one opened by a person's name does.
func TestLeadLabelPlaceIsNoClaimant(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	text := "Students of Iowa College met Ana Ruiz in Iowa on Monday.\n\n" +
		"Iowa: the turnout will fall well short of the last count.\n\n" +
		"Ana Ruiz: the turnout will fall well short of the last count.\n"
	d := newDoc(set, text)
	withEntities(d, []ent{{document.Org, "Iowa College", nil}, {document.GPE, "Iowa", nil}, {document.Person, "Ana Ruiz", nil}})
	if err := f.Run(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.Claims {
		if c.Claimant != nil {
			got = append(got, c.Claimant.Name)
		}
	}
	if len(got) != 1 || got[0] != "Ana Ruiz" {
		t.Errorf("claimants %q, want [\"Ana Ruiz\"]", got)
	}
}
