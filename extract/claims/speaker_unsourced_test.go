package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestHearsayInsideReportIsTheSpeakers checks that a hearsay adverb inside
// what someone said makes no unsourced claim of the whole sentence, while one
// before the cue still does.
func TestHearsayInsideReportIsTheSpeakers(t *testing.T) {
	set, f := testFinder(t)
	count := func(text string) (sourced, unsourced int) {
		d := runOn(t, set, f, text, []ent{{document.Person, "Ana Ruiz", nil}}...)
		for _, c := range d.Claims {
			switch {
			case c.Kind == document.Reported && c.Claimant != nil && c.Claimant.Name == "Ana Ruiz":
				sourced++
			case c.Kind == document.Reported && c.Claimant == nil:
				unsourced++
			}
		}
		return sourced, unsourced
	}
	if s, u := count("Judge Ana Ruiz said a fraud the mayor allegedly planned was enough to keep him in jail."); s != 1 || u != 0 {
		t.Errorf("hearsay inside the report: %d claims by Ana Ruiz, %d unsourced; want 1 and 0", s, u)
	}
	if _, u := count("Ana Ruiz reportedly said the bridge would close next month."); u != 1 {
		t.Errorf("hearsay before the cue: %d unsourced claims, want 1", u)
	}
}

// TestUnsourcedClauseOpensAtConjunction checks that an unsourced claim's
// content opens at the clause of its cue, past a conjunction after a comma,
// but keeps a list whose last item is joined by "and".
func TestUnsourcedClauseOpensAtConjunction(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct{ text, want string }{
		{"The delegates will meet in Denver on Monday, and the mayor is expected to speak at the opening.",
			"the mayor is expected to speak at the opening"},
		{"The levy was passed in March, though the council is expected to review it next year.",
			"the council is expected to review it next year"},
		{"Acme, Borland Supplies, Crane Works, and Delta Foods were allegedly fined by the regulator.",
			"Acme, Borland Supplies, Crane Works, and Delta Foods were allegedly fined by the regulator"},
	}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text)
		var got []string
		for _, c := range d.Claims {
			if c.Kind == document.Reported && c.Claimant == nil {
				got = append(got, c.Text)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: unsourced claims %q, want [%q]", tc.text, got, tc.want)
		}
	}
}
