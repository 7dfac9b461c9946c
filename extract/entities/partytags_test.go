package entities

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestPartyTagIsNoEntity checks that a party tag set off after a
// politician's name makes no organization, while a state written out in it
// stays a place and an acronym in parentheses stays an organization.
func TestPartyTagIsNoEntity(t *testing.T) {
	d := runText(t, "Sen. Ann Cole (D-NY) and Rep. Tom Baker, R-S.C., met on Monday. Sen. Eva Lund, R-Texas, joined them. "+
		"The union (GMB) called a strike.")
	found := map[string]string{}
	for _, e := range d.Entities {
		found[e.Name] = e.Type
	}
	for _, tag := range []string{"D-NY", "R-S"} {
		if typ, ok := found[tag]; ok {
			t.Errorf("party tag %q became a %s entity", tag, typ)
		}
	}
	if found["Texas"] != document.GPE {
		t.Errorf("Texas: %q, want a place; entities %v", found["Texas"], found)
	}
	if found["GMB"] != document.Org {
		t.Errorf("GMB: %q, want an organization; entities %v", found["GMB"], found)
	}
}
