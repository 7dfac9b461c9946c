package claims

import (
	"testing"

	"github.com/claimex/claimex/document"
)

// TestHearsayInsideReportIsTheSpeakers checks that a hearsay adverb inside
// what someone said makes no unsourced claim of the whole sentence, while one
// before the cue still does.
func TestHearsayInsideReportIsTheSpeakers(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	count := func(text string) (sourced, unsourced int) {
		d := newDoc(set, text)
		withEntities(d, []ent{{document.Person, "Ana Ruiz", nil}})
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
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
