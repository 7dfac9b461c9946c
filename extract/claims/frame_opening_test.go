package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestOpeningAdjunctEndsContent checks that a content read inside an
// adjunct opening a sentence ends at the comma before the main clause, whose
// frame gives the rest to its own speaker, while a content that a sentence's
// subject reports keeps a frame nested inside it.
func TestOpeningAdjunctEndsContent(t *testing.T) {
	ents := []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Tom Reyes", nil}}
	cases := []struct {
		name, text, owner, keep string // owner speaks the words keep
		cut                     bool
	}{
		{"subordinate clause", "While Maria Holt pledged to repair the harbour wall, Tom Reyes insisted that the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"participle", "Urging voters to back the harbour plan, Tom Reyes said the wall would be finished by the winter.", "Tom Reyes", "the wall would be finished", true},
		{"lead before the adjunct", "Interestingly, after the board asked Maria Holt to review the accounts, Tom Reyes said that the audit had found no fraud.", "Tom Reyes", "the audit had found no fraud", true},
		{"nested report", "Maria Holt said that after the vote, Tom Reyes told her the harbour wall would be built.", "Maria Holt", "Tom Reyes told her", false},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			checkWant(t, d, want{kinds: k(document.Reported, document.Commitment), contains: tc.keep})
			for _, c := range d.Claims {
				if c.Claimant == nil || c.Claimant.Name == tc.owner || !strings.Contains(c.Text, tc.keep) {
					continue
				}
				if tc.cut {
					t.Errorf("the main clause %q stayed in the content of %q: %q", tc.keep, c.Claimant.Name, c.Text)
				}
			}
			if !tc.cut {
				checkWant(t, d, want{kinds: k(document.Reported), claimant: tc.owner, contains: tc.keep})
			}
		})
	}
}
