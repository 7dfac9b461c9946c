package compare

import (
	"slices"
	"testing"
)

func TestAffiliations(t *testing.T) {
	c := newComparer(t).cfg
	cases := []struct {
		text          string
		person, org   string
		wantAffiliate bool
	}{
		{"Huawei rotating Chairman Ken Hu said on Tuesday that the company would invest more.", "Ken Hu", "Huawei", true},
		{"Ruth Adeyemi, chief executive of Brightwater Shipping, said the ferries would be ready.", "Ruth Adeyemi", "Brightwater Shipping", true},
		{"Brightwater Shipping and Ruth Adeyemi, a chief executive, said nothing.", "Ruth Adeyemi", "Brightwater Shipping", false},
	}
	for _, tc := range cases {
		r := record(t, "a.txt", tc.text, "2025-03-10")
		lk := c.linkEntities(docsOf(r))
		var px, ox int32 = -1, -1
		for _, e := range lk.entities {
			switch e.Name {
			case tc.person:
				px = int32(lk.byID[0][e.Members[0].Entity])
			case tc.org:
				ox = int32(lk.byID[0][e.Members[0].Entity])
			}
		}
		if px < 0 || ox < 0 {
			t.Errorf("%q: entities %+v lack %s or %s", tc.text, lk.entities, tc.person, tc.org)
			continue
		}
		got := slices.Contains(c.affiliations(docsOf(r), lk)[px], ox)
		if got != tc.wantAffiliate {
			t.Errorf("%q: %s speaks for %s: %v, want %v", tc.text, tc.person, tc.org, got, tc.wantAffiliate)
		}
	}
}

// TestAffiliatedClaimantsAgree: one report gives a statement to the company,
// the other to its chairman; they corroborate, and the claimant slot agrees.
func TestAffiliatedClaimantsAgree(t *testing.T) {
	a := record(t, "a.txt", "Huawei said on Tuesday that it would open new cyber security evaluation centres in Europe and Canada.", "2018-12-18")
	b := record(t, "b.txt", "Huawei rotating Chairman Ken Hu said the company would open new cyber security evaluation centres in Europe and Canada.", "2018-12-18")
	rep := newComparer(t).Compare(inputsOf(a, b))
	found := false
	for _, g := range rep.Groups {
		if g.Sources == 2 {
			found = true
			if g.Status != Corroborated {
				t.Errorf("%s is %s: %+v", g.ID, g.Status, g.Slots)
			}
		}
	}
	if !found {
		t.Error("the company's statement and its chairman's are not one group")
	}
}
