package clean

import "testing"

func TestDateIn(t *testing.T) {
	c := newCleaner(t)
	for in, want := range map[string]string{
		"Posted on November 18th, 2019 by Jo": "2019-11-18",
		"Updated 2 Jun 2023, 10:04":           "2023-06-02",
		"Sept. 3, 2021":                       "2021-09-03",
		"By Jo Bloggs | 2020-02-29":           "2020-02-29",
		"Mayor Jo Bloggs 3, 2021":             "",
		"no date here":                        "",
	} {
		if got := c.dateIn(in); got != want {
			t.Errorf("dateIn(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMonthsFromPack checks that the written-date pattern is built from the
// pack's month names, and that without them only ISO dates are read.
func TestMonthsFromPack(t *testing.T) {
	c := &Cleaner{}
	c.setMonths([]string{"Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
		"Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"})
	if got := c.dateIn("Publié le 4 mars 2022"); got != "2022-03-04" {
		t.Errorf("dateIn with French months = %q, want 2022-03-04", got)
	}
	c.setMonths(nil)
	if got := c.dateIn("June 2, 2023"); got != "" {
		t.Errorf("dateIn without months = %q, want none", got)
	}
	if got := c.dateIn("on 2023-06-02"); got != "2023-06-02" {
		t.Errorf("ISO dateIn without months = %q", got)
	}
}
