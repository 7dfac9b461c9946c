package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestLeadLabelPlaceIsNoClaimant checks that a paragraph opened by a place
// and a colon makes no claim, even when an organization's name holds the
// place, while one opened by a person's name does.
func TestLeadLabelPlaceIsNoClaimant(t *testing.T) {
	set, f := testFinder(t)
	text := "Students of Iowa College met Ana Ruiz in Iowa on Monday.\n\n" +
		"Iowa: the turnout will fall well short of the last count.\n\n" +
		"Ana Ruiz: the turnout will fall well short of the last count.\n"
	d := runOn(t, set, f, text, []ent{{document.Org, "Iowa College", nil}, {document.GPE, "Iowa", nil}, {document.Person, "Ana Ruiz", nil}}...)
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

// TestSectionLabelsMakeNoClaims checks that lead labels each naming a
// different person head sections and make no claims, while labels whose
// speakers come back, as a transcript's turns do, still do.
func TestSectionLabelsMakeNoClaims(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Ana Ruiz", nil}, {document.Person, "Ben Cole", nil}, {document.Person, "Carl Dunn", nil}}
	count := func(text string) int {
		d := runOn(t, set, f, text, ents...)
		n := 0
		for _, c := range d.Claims {
			if c.Rule == "attribution.headline" {
				n++
			}
		}
		return n
	}
	sections := "Ana Ruiz: Win the north by a wide margin.\n\nBen Cole: Hold on to the coastal towns.\n\n" +
		"Carl Dunn: Finish a strong second in the cities.\n"
	if n := count(sections); n != 0 {
		t.Errorf("section labels made %d claims, want 0", n)
	}
	turns := "Ana Ruiz: The north will vote for the new dam.\n\nBen Cole: The coast will not vote for it.\n\n" +
		"Ana Ruiz: The cities will decide the count.\n"
	if n := count(turns); n == 0 {
		t.Error("transcript labels made no claims")
	}
}

// A label's colon before a tally names no claim: the count is a value.
func TestLabelBeforeTally(t *testing.T) {
	set, f := testFinder(t)
	ents := []ent{{document.Person, "Hillary Clinton", nil}}
	d := runOn(t, set, f, "Hillary Clinton: 1,769.\n\nHillary Clinton: The system is rigged against workers.", ents...)
	var got []string
	for _, c := range d.Claims {
		if c.Rule == "attribution.headline" {
			got = append(got, c.Text)
		}
	}
	if len(got) != 1 || got[0] != "The system is rigged against workers" {
		t.Errorf("label claims %q, want only the sentence after the second label", got)
	}
}

// TestLeadLabelQuoteOnce checks that a lead label before one quotation
// gives one quote of the quoted words, marks left out, and no second claim
// of the same quotation.
func TestLeadLabelQuoteOnce(t *testing.T) {
	set, f := testFinder(t)
	text := "Ana Ruiz met the board on Monday.\n\nAna Ruiz: \"The turnout will fall well short of the last count.\"\n"
	d := runOn(t, set, f, text, []ent{{document.Person, "Ana Ruiz", nil}}...)
	var got []string
	for _, c := range d.Claims {
		if c.Kind == document.Quote {
			got = append(got, c.Text)
		}
	}
	if len(got) != 1 || got[0] != "The turnout will fall well short of the last count." {
		t.Errorf("quotes %q, want the quoted words once", got)
	}
}
