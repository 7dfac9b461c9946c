package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAsClauseContent checks that a sentence opened by "as", a speaker and a
// reporting cue gives the main clause after the comma as the content, past
// any adjunct or listener after the cue, and that an "as" clause whose cue
// has an object of its own does not.
func TestAsClauseContent(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	main := "the harbour wall will be rebuilt before the winter"
	cases := map[string]string{
		"bare":           "As Maria Holt said, " + main + ".",
		"time after":     "As Maria Holt reported on Saturday, " + main + ".",
		"place after":    "As Maria Holt noted in a column for the Gazette, " + main + ".",
		"listener after": "As Maria Holt told the Gazette, " + main + ".",
		"after a but":    "But as Maria Holt said in an interview, " + main + ".",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			d := runOn(t, set, f, text, holt)
			if !hasClaimText(d, document.Reported, main) {
				t.Errorf("%q: no reported claim %q in %+v", text, main, d.Claims)
			}
		})
	}
	t.Run("object of its own", func(t *testing.T) {
		text := "As Maria Holt lamented the delays at the harbour, " + main + "."
		if d := runOn(t, set, f, text, holt); hasClaimText(d, document.Reported, main) {
			t.Errorf("%q: the main clause is given to the speaker of the as clause", text)
		}
	})
}

// TestAsClauseFrontedAdjunct checks that the main clause after an "as"
// frame stays whole when an adjunct set off by commas opens it and a frame
// of its own lies inside it.
func TestAsClauseFrontedAdjunct(t *testing.T) {
	set, f := testFinder(t)
	holt := ent{document.Person, "Maria Holt", nil}
	for _, main := range []string{
		"on Saturday, the harbour board was refusing to rebuild the wall",
		"even before the vote, the mayor was refusing to resign",
	} {
		text := "As Maria Holt reported, " + main + "."
		d := runOn(t, set, f, text, holt)
		if !claimThrough(d, "reported", main, "Maria Holt") {
			t.Errorf("%q: no claim %q by Maria Holt in %+v", text, main, d.Claims)
		}
	}
}
