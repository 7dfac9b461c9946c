package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestOpeningAdjunctEndsContent checks that a content read inside an
// adjunct opening a sentence ends at the comma before the main clause, and a
// content ends before a conjunction that joins a clause of its own, whose
// frame gives the rest to its own speaker; while a content that a sentence's
// subject reports keeps a frame nested inside it, and a second "that" clause.
func TestOpeningAdjunctEndsContent(t *testing.T) {
	ents := []ent{{document.Person, "Maria Holt", nil}, {document.Person, "Tom Reyes", nil}}
	cases := []struct {
		name, text, owner, keep string // owner speaks the words keep
		cut                     bool
	}{
		{"subordinate clause", "While Maria Holt pledged to repair the harbour wall, Tom Reyes insisted that the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"participle", "Urging voters to back the harbour plan, Tom Reyes said the wall would be finished by the winter.", "Tom Reyes", "the wall would be finished", true},
		{"prepositional phrase", "Like other mayors challenging the harbour levy, Tom Reyes said the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"time phrase between subject and cue", "After Maria Holt criticized the harbour plan last week, the port board on Monday rejected her objections to the levy.", "the port board", "her objections to the levy", true},
		{"lead before the adjunct", "Interestingly, after the board asked Maria Holt to review the accounts, Tom Reyes said that the audit had found no fraud.", "Tom Reyes", "the audit had found no fraud", true},
		{"quotation ending the adjunct", "After Maria Holt said the harbour plan was “a costly mistake,” Tom Reyes said: “The port board will never pay for it.”", "Tom Reyes", "The port board will never pay", true},
		{"conjunction before the adjunct", "But when Maria Holt pledged to repair the harbour wall, Tom Reyes insisted that the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"adverb before the adjunct", "Shortly after Maria Holt pledged to repair the harbour wall, Tom Reyes insisted that the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"clause joined by a conjunction", "Maria Holt promised to repair the harbour wall within a year while Tom Reyes insisted that the port board would never pay for it.", "Tom Reyes", "the port board would never pay", true},
		{"clause after a colon", "Maria Holt defended the harbour plan at the meeting: Tom Reyes called it a waste of public money.", "Tom Reyes", "a waste of public money", true},
		{"clause after a quotation", "Maria Holt described the harbour plan as “a costly mistake,” Tom Reyes told reporters on Monday that the plan would pass.", "Tom Reyes", "the plan would pass", true},
		{"second complement of one cue", "Maria Holt said the harbour wall was safe and that she had asked the port board to pay for repairs.", "Maria Holt", "she had asked the port board", false},
		{"nested report", "Maria Holt said that in March, Tom Reyes told the board that the harbour wall would be built.", "Maria Holt", "Tom Reyes told the board", false},
	}
	set, f := testFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text, ents...)
			owned := false
			for _, c := range d.Claims {
				if c.Claimant == nil || !strings.Contains(c.Text, tc.keep) {
					continue
				}
				if c.Claimant.Name == tc.owner {
					owned = true
				} else if tc.cut {
					t.Errorf("the main clause %q stayed in the content of %q: %q", tc.keep, c.Claimant.Name, c.Text)
				}
			}
			if !owned {
				t.Errorf("no claim by %q holds %q", tc.owner, tc.keep)
			}
		})
	}
}

// TestContentEndsBeforeApposedSpeaker checks that a content ends before a
// conjunction that opens another frame whose speaker's name is set off
// after its role: the role is part of that frame, not of the content.
func TestContentEndsBeforeApposedSpeaker(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "The board warned that jobs could be lost, while the harbour's largest tenant, Marten Group, said it would freeze hiring.",
		ent{document.Org, "Marten Group", nil})
	for _, c := range d.Claims {
		if c.Cue == "warned" && c.Text != "jobs could be lost" {
			t.Errorf("content of warned: %q, want %q", c.Text, "jobs could be lost")
		}
	}
}
