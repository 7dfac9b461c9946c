package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestContentEndsBeforeSource checks that a claim whose source an
// "according to" phrase names after it takes that source as its via and
// ends before the phrase, also when the claim is a commitment or closes on a
// quotation.
func TestContentEndsBeforeSource(t *testing.T) {
	set, f := testFinder(t)
	for text, keep := range map[string]string{
		"Tom Reyes will close the harbour in May, according to Maria Holt.":                      "close the harbour in May",
		"Tom Reyes called the levy a “tax on fishermen,” according to an account by Maria Holt.": "“tax on fishermen,”",
	} {
		d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil}, ent{document.Person, "Tom Reyes", nil})
		checkWant(t, d, want{kinds: k(document.Reported, document.Commitment), via: "Maria Holt", contains: keep})
		if i := claimHolding(d.Claims, "according to"); i >= 0 {
			t.Errorf("the source phrase is inside the claim %q", d.Claims[i].Text)
		}
		if i := claimHolding(d.Claims, keep); i < 0 || !strings.HasSuffix(d.Claims[i].Text, keep) {
			t.Errorf("no claim ends with %q: %+v", keep, d.Claims)
		}
	}
}

// A frame inside an opening phrase takes no source named at the end of the
// main clause: the source speaks for the sentence.
func TestSourceAfterOpeningFrame(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Despite Tom Reyes's call to quit, the senator still leads the field with 24 percent, according to Maria Holt.",
		ent{document.Person, "Maria Holt", nil}, ent{document.Person, "Tom Reyes", nil})
	for _, c := range d.Claims {
		if c.Via != "" && c.Claimant != nil && c.Claimant.Name == "Tom Reyes" {
			t.Errorf("the call inside the opening phrase has the source as via: %+v", c)
		}
	}
	if i := claimHolding(d.Claims, "the senator still leads"); i < 0 || d.Claims[i].Claimant == nil || d.Claims[i].Claimant.Name != "Maria Holt" {
		t.Errorf("no claim by the source over the main clause: %+v", d.Claims)
	}
}

// After an opening adjunct and a source set off by commas, the clause
// that goes on is the source's content, not the adjunct.
func TestSourceAfterOpeningAdjunct(t *testing.T) {
	runRuleCases(t, "attribution.according-to", []ruleCase{
		{"In addition, according to the department, nearly nine million workers will be protected.",
			"nearly nine million workers will be protected", "the department"},
		{"While most were filed as routine, according to a State Department official, two were upgraded to secret.",
			"two were upgraded to secret", "State Department official"},
		// The predicate after the source joins the words before it.
		{"At the heart of the trouble, according to Maria Holt, was a decision by the mayor.",
			"At the heart of the trouble, according to Maria Holt, was a decision by the mayor", "Maria Holt"},
	})
}

// A source phrase may name a quoted title; a name inside the title is not
// the source.
func TestSourceWithTitle(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "According to Maria Holt's ''The Fixers: Thomas Reyes-Villanueva and the Studio'' and other sources, his was an all-purpose job.",
		ent{document.Person, "Maria Holt", nil}, ent{document.Person, "Thomas Reyes-Villanueva", nil})
	i := claimHolding(d.Claims, "his was an all-purpose job")
	if i < 0 || d.Claims[i].Claimant == nil || d.Claims[i].Claimant.Name != "Maria Holt" {
		t.Errorf("no claim by Maria Holt over the clause after the source: %+v", d.Claims)
	}
}
