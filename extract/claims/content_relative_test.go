package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestRelativeClauseContentEnds checks that the content of a cue inside a
// relative clause set off by commas ends where the main clause's verb group
// resumes, and that a comma without a verb after it does not end it.
func TestRelativeClauseContentEnds(t *testing.T) {
	holt := ent{document.Person, "Maria Holt", nil}
	ruiz := ent{document.Person, "Ana Ruiz", []string{"Ruiz"}}
	cases := []struct{ name, text, want string }{
		{"main verb after the clause",
			"Maria Holt, who has endorsed Ana Ruiz, was able to raise more money than anyone.", "Ana Ruiz"},
		{"a time inside the clause",
			"Maria Holt, who endorsed Ana Ruiz on Thursday, is making her pitch in Leeds.", "Ana Ruiz"},
		{"a comma inside the content",
			"Maria Holt, who said the harbour, the docks and the bridge would be rebuilt, left early.", "the harbour, the docks and the bridge would be rebuilt"},
		{"a quotation closing the clause with its comma",
			"Maria Holt, who has warned that the toll would “hurt the harbour,” praised the vote.", "the toll would “hurt the harbour,”"},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if d := runOn(t, set, f, tc.text, holt, ruiz); !hasClaimText(d, document.Reported, tc.want) {
				t.Errorf("no reported claim %q in %+v", tc.want, d.Claims)
			}
		})
	}
}
