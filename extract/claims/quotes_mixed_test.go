package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestMixedQuoteMarks checks that a quotation ends where a text that mixes
// or mistypes its marks closes it, so that the frame after it is not quoted
// text: a curly closing mark after a straight opening one, and an opening
// curly mark typed where the closing one belongs (after a word, before a
// space).
func TestMixedQuoteMarks(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	cases := map[string]string{
		"straight, then curly": "\"The harbour wall will never be paid for by this council,” Maria Holt said on Monday.",
		"opener as closer":     "“The harbour wall will never be paid for by this council,“ Maria Holt said on Monday. “We need a plan.”",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			d := runOn(t, set, f, text, holt)
			checkWant(t, d, want{kinds: k(document.Quote), claimant: "Maria Holt", contains: "never be paid for"})
			if i := claimHolding(d.Claims, "Holt said"); i >= 0 {
				t.Errorf("the frame is inside the claim %q", d.Claims[i].Text)
			}
		})
	}
}

// claimHolding returns the first claim whose text holds s, or -1.
func claimHolding(cs []document.Claim, s string) int {
	for i, c := range cs {
		if strings.Contains(c.Text, s) {
			return i
		}
	}
	return -1
}

// A doubled apostrophe opens a quotation at its first half, so a quotation
// after "that" is the cue's content, not the opening phrase before the speaker.
func TestDoubledMarkAfterThat(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Aware of how voters see her, Mrs. Clinton said on Saturday that ''this cannot be an American fight'' and that the country should not bear it.")
	if len(d.Claims) == 0 {
		t.Fatal("no claim")
	}
	c := d.Claims[0]
	if c.Claimant == nil || c.Claimant.Name != "Mrs. Clinton" || c.Text != "''this cannot be an American fight'' and that the country should not bear it" {
		t.Errorf("claim %q by %+v, want the words after \"that\" by Clinton", c.Text, c.Claimant)
	}
}

// TestApostropheQuotes checks that quotation marks typed as two apostrophes
// read as a curly pair does: a participle cue after a quotation that closes
// on its comma, and a quoted title in the words between a cue and its
// "that".
func TestApostropheQuotes(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	for _, tc := range []struct{ name, text, cue string }{
		{"a participle after the closing comma",
			"Maria Holt spoke. She said the plan was ''a disaster,'' adding that the port would close.", "adding"},
		{"a title before that",
			"Maria Holt, a lawyer, said on the ''Meet the Mayor'' show on Sunday that the port would close.", "said"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, holt)
			if !claimThrough(d, tc.cue, "the port would close", "Maria Holt") {
				t.Errorf("no claim by Maria Holt through %q of just the port closing: %+v", tc.cue, d.Claims)
			}
		})
	}
}

// TestPartialQuoteGoesOn checks that a quotation inside the prose of the
// sentence after a quote or a reported claim, with no frame of its own, is
// the same speaker's.
func TestPartialQuoteGoesOn(t *testing.T) {
	set, f := testFinder(t)
	for name, text := range map[string]string{
		"after a quote":    `"We will not close the harbour," Maria Holt said on Monday. But "the port will have to find new money for the dredging next year."`,
		"after a reported": `The harbour will stay open, Maria Holt said on Monday. But "the port will have to find new money for the dredging."`,
	} {
		t.Run(name, func(t *testing.T) {
			d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
			for _, c := range d.Claims {
				if c.Kind == document.Quote && strings.HasPrefix(c.Text, "the port will have to find") && claimantIs(d, c.Claimant, "Maria Holt") {
					return
				}
			}
			t.Errorf("the second quotation is not Maria Holt's: %+v", d.Claims)
		})
	}
}

// TestQuoteInProse checks that a quotation of five words or more inside the
// prose of a sentence no frame reads is a quote claim, held by the sentence's
// subject when that subject can speak, and that a quoted title is not.
func TestQuoteInProse(t *testing.T) {
	set, f := testFinder(t)
	text := "Maria Holt ended her speech with “a tax on every family is a tax on us all.” Her book, “The Long Night of the Harbour Wall,” sold well."
	d := runOn(t, set, f, text, ent{document.Person, "Maria Holt", nil})
	var found bool
	for _, c := range d.Claims {
		if c.Kind == document.Quote && c.Text == "a tax on every family is a tax on us all." && claimantIs(d, c.Claimant, "Maria Holt") {
			found = true
		}
		if c.Kind == document.Quote && strings.Contains(c.Text, "Long Night") {
			t.Errorf("a title became a claim: %+v", c)
		}
	}
	if !found {
		t.Errorf("no quote by Maria Holt: %+v", d.Claims)
	}
}
