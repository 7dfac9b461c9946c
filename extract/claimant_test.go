package extract_test

import (
	"context"
	"testing"

	"github.com/claimex/claimex/extract"
)

// TestPossessedPeopleSpeak runs the whole pipeline, whose entity stage finds
// the names: a person's own people, named with a possessive, speak for
// themselves, while a proxy or a body the person leads speaks for the
// person.
func TestPossessedPeopleSpeak(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ head, claimant string }{
		{"lawyers", "Ana Ruiz's lawyers"},
		{"spokeswoman", "Ana Ruiz"},
		{"government", "Ana Ruiz"},
	}
	for _, tc := range cases {
		text := "Ana Ruiz spoke in Valencia on Monday. Later, Ana Ruiz's " + tc.head + " said the ruling would be appealed."
		d, err := x.Extract(context.Background(), []byte(text), extract.Input{Source: "a"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, c := range d.Claims {
			if c.Cue == "said" && c.Claimant != nil {
				got = c.Claimant.Name
			}
		}
		if got != tc.claimant {
			t.Errorf("%q: claimant %q, want %q", text, got, tc.claimant)
		}
	}
}
