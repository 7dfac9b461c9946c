package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestMedialFrame checks that a frame inside one clause ("The port, she
// said, is ...") gives one claim over the whole clause, not its subject
// alone, while a frame between two clauses still parts them.
func TestMedialFrame(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	lead := "Ana Ruiz runs the harbour board. "
	cases := []struct {
		name, text string
		want, not  []string // claim texts by Ana Ruiz, and texts no claim has
	}{
		{"subject and predicate", "The port, Ruiz said, is a machine for losing money.",
			[]string{"The port, Ruiz said, is a machine for losing money"}, []string{"The port"}},
		{"an inverted cue", "The port, said Ruiz, is a machine for losing money.",
			[]string{"The port, said Ruiz, is a machine for losing money"}, []string{"The port"}},
		{"an irregular past verb", "The new ferry, Ruiz said, brought trade back to the island.",
			[]string{"The new ferry, Ruiz said, brought trade back to the island"}, []string{"The new ferry"}},
		{"after an opening conjunction", "But the new ferry, Ruiz said, brought trade back to the island.",
			[]string{"But the new ferry, Ruiz said, brought trade back to the island"}, []string{"brought trade back to the island"}},
		{"a condition after an opening conjunction", "And if the council approves the budget, Ruiz said, work will begin in June.",
			[]string{"And if the council approves the budget, Ruiz said, work will begin in June"}, []string{"work will begin in June"}},
		{"a noun that is also a verb form", "Any reading of the talks, Ruiz said, would be a retreat for the port.",
			[]string{"Any reading of the talks, Ruiz said, would be a retreat for the port"}, []string{"Any reading of the talks"}},
		{"a gerund subject", "Running the port alone, Ruiz said, takes patience.",
			[]string{"Running the port alone, Ruiz said, takes patience"}, []string{"takes patience"}},
		{"a gerund adjunct", "Speaking on Monday, Ruiz said, the mayor promised a vote.",
			[]string{"the mayor promised a vote"}, []string{"Speaking on Monday, Ruiz said, the mayor promised a vote"}},
		{"a condition whose main clause has a frame of its own", "If the council approves the budget, Ruiz said, the mayor will consider a new harbour plan.",
			[]string{"If the council approves the budget, Ruiz said, the mayor will consider a new harbour plan"}, []string{"If the council approves the budget, Ruiz said"}},
		{"a prepositional adjunct", "In the long run, Ruiz said, the port will pay for itself.",
			[]string{"In the long run, Ruiz said, the port will pay for itself"}, []string{"the port will pay for itself"}},
		{"an adjunct and an as-frame", "In the long run, as Ruiz put it, the port will pay for itself.",
			[]string{"the port will pay for itself"}, nil},
		{"a condition and an as-frame", "If the ferries keep running, as Ruiz hopes, the port will pay for itself.",
			[]string{"If the ferries keep running"}, nil},
		{"a two-word predicate", "The port, Ruiz said, is different.",
			[]string{"The port, Ruiz said, is different"}, []string{"The port"}},
		{"a demonstrative subject", "This port, Ruiz said, is different.",
			[]string{"This port, Ruiz said, is different"}, []string{"This port"}},
		{"after a form of be", "The port is, as Ruiz put it, a machine for losing money.",
			[]string{"The port is, as Ruiz put it, a machine for losing money"}, []string{"The port is"}},
		{"between clauses", "The port will close, Ruiz said, and the workers will be paid in full.",
			[]string{"The port will close"}, nil},
		{"a relative clause", "Ruiz, a harbour official who argued with the board, said the port would close.",
			nil, []string{"Ruiz, a harbour official who argued with the board, said the port would close"}},
		{"a source", "The real problem, according to Ruiz, is that the port loses money every year.",
			[]string{"The real problem, according to Ruiz, is that the port loses money every year"}, []string{"is that the port loses money every year"}},
		{"a concession after a source", "In May, the port lost money, according to Ruiz, although the ferries kept running.",
			nil, []string{"although the ferries kept running"}},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			var by []string
			for _, c := range d.Claims {
				if c.Kind != document.Assertion && claimantIs(d, c.Claimant, "Ana Ruiz") {
					by = append(by, c.Text)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(by, w) {
					t.Errorf("no claim %q by Ana Ruiz; got %q", w, by)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(by, n) {
					t.Errorf("claim %q; got %q", n, by)
				}
			}
		})
	}
}

// TestMedialAfterBarePlural checks that a medial frame whose speaker is a
// plural with no determiner keeps the clause after it: the comma that
// closes the frame does not end an opening adjunct there.
func TestMedialAfterBarePlural(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "Ana Ruiz runs the harbour board. In any case, opponents said, the port will pay for itself.")
	want := "In any case, opponents said, the port will pay for itself"
	var got []string
	for _, c := range d.Claims {
		got = append(got, c.Text)
	}
	if !slices.Contains(got, want) {
		t.Errorf("no claim %q; got %q", want, got)
	}
}

// TestBuriedLabel checks that a name before a colon is a label's speaker
// only when it opens its sentence, follows a kicker's dash, or has a
// quotation after the colon.
func TestBuriedLabel(t *testing.T) {
	ents := []ent{{document.Person, "Ana Ruiz", []string{"Ruiz"}}}
	lead := "Ana Ruiz runs the harbour board.\n\n"
	cases := []struct {
		name, text string
		want       bool // a claim by Ana Ruiz
	}{
		{"opening the sentence", "Ana Ruiz: The port will close in May.", true},
		{"after a kicker", "EXCLUSIVE – Ana Ruiz: The port will close in May.", true},
		{"quoted after the colon", "Asked about the port, Ruiz shot back: “The port will close in May.”", true},
		{"an object before the colon", "There is one more obstacle confronting Ruiz: the port will close in May.", false},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, lead+tc.text, ents...)
			got := false
			for _, c := range d.Claims {
				got = got || c.Kind != document.Assertion && claimantIs(d, c.Claimant, "Ana Ruiz") && c.Span.Start > len(lead)
			}
			if got != tc.want {
				t.Errorf("claim by Ana Ruiz: %v, want %v (%+v)", got, tc.want, d.Claims)
			}
		})
	}
}

// TestSourcePositions checks "according to" frames without a comma before
// the source, after an opener and a comma, and after a colon.
func TestSourcePositions(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct{ name, text, want string }{
		{"no comma", "Ruiz leads the board by three votes according to a count by the harbour office.", "Ruiz leads the board by three votes"},
		{"an opener and a comma", "But, according to the poll, most residents want the port to stay open.", "most residents want the port to stay open"},
		{"after a colon", "It has not gone unnoticed: According to recent polls, most residents want the port to stay open.", "most residents want the port to stay open"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, "The port board met. "+tc.text)
			for _, c := range d.Claims {
				if strings.EqualFold(c.Cue, "according to") && c.Text == tc.want {
					return
				}
			}
			t.Errorf("no claim %q by the source; got %+v", tc.want, d.Claims)
		})
	}
}

// TestMedialFrameAfterRelative checks that a subject closed by a relative
// clause, before a medial frame, is still a subject: the sentence is one
// claim, not the subject and the predicate apart.
func TestMedialFrameAfterRelative(t *testing.T) {
	set, f := testFinder(t)
	text := "The men who ran the mine, she said, have left the town for good."
	d := runOn(t, set, f, text)
	for _, c := range d.Claims {
		if c.Text == "The men who ran the mine" || c.Text == "have left the town for good" {
			t.Errorf("%q: the medial frame split the clause: %+v", text, d.Claims)
		}
	}
	if len(d.Claims) == 0 {
		t.Errorf("%q: no claim", text)
	}
}

// TestFrameClosingContent checks that a frame of its own that closes the
// words a later cue reads back ("Instead, she said, the board told her")
// is no content of that cue, and that the frame's own content follows it.
func TestFrameClosingContent(t *testing.T) {
	set, f := testFinder(t)
	text := "Instead, she said, the harbour board told her the port would close."
	d := runOn(t, set, f, text)
	said := false
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "she said") {
			t.Errorf("%q: a claim holds the frame %q", text, c.Text)
		}
		said = said || c.Cue == "said" && strings.HasPrefix(c.Text, "the harbour board told her")
	}
	if !said {
		t.Errorf("%q: no claim of \"said\" over the clause after it: %+v", text, d.Claims)
	}
}

// TestConditionBeforeMedialFrame checks that a condition or another
// subordinate clause opening the sentence and its main clause after a
// medial frame are one claim.
func TestConditionBeforeMedialFrame(t *testing.T) {
	set, f := testFinder(t)
	for _, lead := range []string{"If the council approves the budget", "When the vote comes"} {
		d := runOn(t, set, f, lead+", Ana Ruiz said, work on the harbour will begin in June.", ent{document.Person, "Ana Ruiz", nil})
		found := false
		for _, c := range d.Claims {
			if c.Cue == "said" {
				found = strings.HasPrefix(c.Text, lead) && strings.Contains(c.Text, "work on the harbour will begin")
			}
		}
		if !found {
			t.Errorf("%q and its main clause are not one claim: %+v", lead, d.Claims)
		}
	}
}
