package entities

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestHonorificPicksGender checks that a surname after a form of address
// joins the full name whose first name has the address's gender, and no
// full name of the other gender.
func TestHonorificPicksGender(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Elizabeth Moreno and John Moreno spoke first. Later Mrs. Moreno said the plan would fail.", "Elizabeth Moreno"},
		{"John Moreno and Elizabeth Moreno spoke first. Later Mrs. Moreno said the plan would fail.", "Elizabeth Moreno"},
		{"Elizabeth Moreno and John Moreno spoke first. Later Mr. Moreno said the plan would fail.", "John Moreno"},
		{"Zorvan Moreno and his wife, Elizabeth Moreno, spoke first. Later Mr. Moreno said the plan would fail.", "Zorvan Moreno"},
	} {
		d := runText(t, tc.text)
		m := strings.LastIndex(tc.text, "Moreno")
		var got string
		for _, e := range d.Entities {
			for _, sp := range e.Mentions {
				if sp.Start == m {
					got = e.Name
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: the last Moreno is %q, want %q", tc.text, got, tc.want)
		}
	}
	d := runText(t, "Elizabeth Moreno spoke first. Later Mr. Moreno said the plan would fail.")
	if e := find(d, "Elizabeth Moreno"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("Mr. Moreno joined Elizabeth Moreno: %+v", d.Entities)
	}
}

// wantPerson checks that text yields the person name.
func wantPerson(t *testing.T, text, name string) {
	t.Helper()
	d := runText(t, text)
	if e := find(d, name); e == nil || e.Name != name || e.Type != document.Person {
		t.Errorf("%q: want the person %s, got %+v", text, name, d.Entities)
	}
}

// TestCommonWordBeforeGivenName checks that a capitalized common word
// opening a sentence stays out of the person name after it when a listed
// first name starts that name.
func TestCommonWordBeforeGivenName(t *testing.T) {
	wantPerson(t, "Rival Elizabeth Moreno, however, has said she would not go above it.", "Elizabeth Moreno")
	wantPerson(t, "Comedian Elizabeth Moreno supports the proposal.", "Elizabeth Moreno")
}

// TestGivenNameBeforeCommonWord checks that a listed first name that is also
// a common word, before a surname that is one too, names a person.
func TestGivenNameBeforeCommonWord(t *testing.T) {
	wantPerson(t, "Mark Baker said the plan would fail. Later, Baker left.", "Mark Baker")
	wantPerson(t, "On Monday, Bill Cook said the plan would fail. Cook left.", "Bill Cook")
}

// TestGivenNameNeedsSurnameAlone checks that a first name and a common word
// stay no person when the second word is never a name of its own.
func TestGivenNameNeedsSurnameAlone(t *testing.T) {
	d := runText(t, "Mark Baker said the plan would fail.")
	if e := find(d, "Mark Baker"); e != nil && e.Type == document.Person {
		t.Errorf("want no person without a lone Baker, got %+v", e)
	}
}

// TestSurnameBeforeOrgOfSameWord checks that a lone surname that also opens
// another name joins the person it ends.
func TestSurnameBeforeOrgOfSameWord(t *testing.T) {
	d := runText(t, "Donald Trump visited the Trump Taj Mahal on Monday. Trump said it would reopen.")
	if e := find(d, "Donald Trump"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("want Donald Trump with two mentions, got %+v", d.Entities)
	}
}

// TestPrepositionOpensNoName checks that a preposition opening a sentence
// stays out of the name after it.
func TestPrepositionOpensNoName(t *testing.T) {
	for _, text := range []string{
		"Elizabeth Moreno spoke. Against Moreno on Tuesday, the mayor lost the vote.",
		"Elizabeth Moreno spoke. Unlike Moreno, the mayor stayed home.",
	} {
		d := runText(t, text)
		for _, e := range d.Entities {
			if strings.HasPrefix(e.Name, "Against") || strings.HasPrefix(e.Name, "Unlike") {
				t.Errorf("%q: the preposition joined a name: %+v", text, e)
			}
		}
	}
}

// TestSurnameThatIsAPlace checks that a surname that a gazetteer lists as a
// town joins the person named in full in prose with a listed first name,
// and that a place named like the first word of a guessed name, or a name
// that modifies a noun after an article, stays a place.
func TestSurnameThatIsAPlace(t *testing.T) {
	d := runText(t, "The host, Joe Scarborough, criticized the plan on Monday.\n\nScarborough said the vote was rigged.")
	for _, e := range d.Entities {
		if e.Type != document.Person && e.Name == "Scarborough" {
			t.Errorf("the surname stayed a place: %+v", e)
		}
	}
	if e := find(d, "Joe Scarborough"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("want Joe Scarborough named twice, got %+v", d.Entities)
	}
	d = runText(t, "Officials saw the Ruiz Leeds adverts on Monday. Leeds is a large city.")
	if e := find(d, "Leeds"); e == nil || e.Type != document.GPE {
		t.Errorf("the city became a surname: %+v", d.Entities)
	}
}

// TestSentenceOpeningWordBeforeNationality checks that a sentence's first
// word, capitalized anyway, does not make a person of the nationality or
// party after it ("Presumptive Republican nominee ..."), also after a
// dateline's dash.
func TestSentenceOpeningWordBeforeNationality(t *testing.T) {
	for _, text := range []string{
		"Presumptive Republican nominee Dana Pell spoke on Monday.",
		"PORTLAND, Maine (AP) — Presumptive Republican nominee Dana Pell spoke on Monday.",
	} {
		d := runText(t, text)
		if e := find(d, "Presumptive Republican"); e != nil {
			t.Errorf("%q: sentence opening read as a name: %+v", text, e)
		}
		if e := find(d, "Dana Pell"); e == nil || e.Type != document.Person {
			t.Errorf("%q: Dana Pell = %+v, want a person", text, e)
		}
	}
}
