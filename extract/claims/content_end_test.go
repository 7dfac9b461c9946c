package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestContentEnd checks where reported content ends: before a source phrase
// after a comma, and after the closing mark of a quotation that opens inside
// it and runs over a sentence end.
func TestContentEnd(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		name, text, want, not string
	}{
		{"source phrase",
			"Maria Holt said the harbour wall would cost more than planned, according to two council aides.",
			"the harbour wall would cost more than planned", "according to"},
		{"quote over a sentence end",
			`Maria Holt said the wall was "far too expensive for a town this size. We cannot pay for it."`,
			`the wall was "far too expensive for a town this size. We cannot pay for it."`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, []ent{{document.Person, "Maria Holt", nil}}...)
			found := false
			for _, c := range d.Claims {
				if c.Kind == document.Reported && c.Text == tc.want {
					found = true
				}
				if tc.not != "" && c.Claimant != nil && c.Claimant.Name == "Maria Holt" && strings.Contains(c.Text, tc.not) {
					t.Errorf("claim %q holds %q", c.Text, tc.not)
				}
			}
			if !found {
				for _, c := range d.Claims {
					t.Logf("%s %q", c.Kind, c.Text)
				}
				t.Errorf("no reported claim %q", tc.want)
			}
		})
	}
}
