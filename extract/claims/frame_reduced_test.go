package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestReducedRelativeIsNoCue checks that a participle on the subject
// ("released Monday") yields to the verb of the clause, a cue's or, after
// a noun for no speaker, a modal or auxiliary ("tolls announced this month
// could"), and that a verb followed by a time and its complement clause is
// still read as a cue.
func TestReducedRelativeIsNoCue(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct{ text, cue, content string }{
		{"A council report released Monday suggests that the bridge is unsafe.", "suggests", "the bridge is unsafe"},
		{"A council report released on Monday by the mayor's office found that the bridge is unsafe.", "found that", "the bridge is unsafe"},
		{"Engineers said Monday 2024 had seen the worst flooding on record.", "said", "2024 had seen the worst flooding"},
		{"The council refused to publish the report on Monday.", "refused", "to publish the report"},
		{"Holt warned that tolls announced this month could push prices up.", "warned", "tolls announced this month could push prices up"},
		{"The mayor announced Tuesday is a harbour holiday.", "announced", "Tuesday is a harbour holiday"},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text)
		var cues []string
		found := false
		for _, c := range d.Claims {
			if c.Kind == document.Assertion {
				continue
			}
			cues = append(cues, c.Cue)
			found = found || c.Cue == tc.cue && strings.Contains(c.Text, tc.content)
		}
		if !found || len(cues) != 1 {
			t.Errorf("%q: cues %q, want one claim by %q with %q", tc.text, cues, tc.cue, tc.content)
		}
	}
}
