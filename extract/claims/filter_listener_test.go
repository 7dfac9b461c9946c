package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestListenerOnly checks that a listener cue whose object is only the
// listener, with a time or place after it, gives no claim (the quotation
// before it is the claim, and the last one of the rule), while a clause,
// a particle or a message after the cue still does. A clause after the
// listener is the content without the listener, whole when a "that" or a
// quotation comes only after its verb.
func TestListenerOnly(t *testing.T) {
	runRuleCases(t, listenerRule, []ruleCase{
		{"\"We will win the state,\" the senator told reporters in Ohio on Monday.", "We will win the state", "the senator"},
		{"The senator told the Post last month.", "", ""},
		{"The senator told reporters the plan would pass.", "the plan would pass", "The senator"},
		{"The senator told CNN on Sunday the plan would pass.", "the plan would pass", "The senator"},
		{"The senator accused the governor of lying about the budget.", "the governor of lying about the budget", "The senator"},
		{"The senator told a different story.", "a different story", "The senator"},
		{"The senator told reporters the records would show that the money was spent.", "the records would show that the money was spent", "The senator"},
		{"The senator told reporters he was “not quite there yet” on the plan.", "he was “not quite there yet” on the plan", "The senator"},
	})
}

// TestPronounListener checks that an object pronoun as the listener is no
// part of the clause told.
func TestPronounListener(t *testing.T) {
	wantReportedByHolt(t, map[string]string{
		"Maria Holt told him the port was closing.":            "the port was closing",
		"Maria Holt told them on Sunday the port was closing.": "the port was closing",
		"Maria Holt told reporters the port was closing.":      "the port was closing",
	})
}

// TestQuoteOfLaterClause checks that a quotation brought in by a later
// clause's speaker and cue is that cue's quote, not the content of the cue
// before them.
func TestQuoteOfLaterClause(t *testing.T) {
	set, f := testFinder(t)
	for text, later := range map[string]string{
		`Maria Holt backed the audit, saying she hadn't yet called for a vote because she believed "the harbour board has hidden the costs."`: "believed",
		`Maria Holt asked the board for a vote before she said, "the harbour board has hidden the costs."`:                                    "said",
	} {
		d := runOn(t, set, f, text, mariaHolt)
		quoted := false
		for _, c := range d.Claims {
			if c.Kind == document.Quote {
				quoted = true
				if c.Cue != later {
					t.Errorf("%q: the quotation went to the cue %q, want %q", text, c.Cue, later)
				}
			}
		}
		if !quoted {
			t.Errorf("%q: no quote claim in %+v", text, d.Claims)
		}
	}
}
