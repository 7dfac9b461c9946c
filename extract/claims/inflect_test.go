package claims

import (
	"slices"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestInflections checks the regular forms of verbs, with a doubled final
// consonant after a single vowel and none after two vowels or an "e".
func TestInflections(t *testing.T) {
	cases := []struct {
		verb string
		want []string
		not  []string
	}{
		{"slam", []string{"slams", "slammed", "slamming"}, nil},
		{"quip", []string{"quips", "quipped", "quipping"}, nil},
		{"prefer", []string{"prefers", "preferred", "preferring"}, nil},
		{"visit", []string{"visits", "visited", "visiting"}, nil},
		{"bemoan", []string{"bemoans", "bemoaned", "bemoaning"}, []string{"bemoanned"}},
		{"note", []string{"notes", "noted", "noting"}, nil},
		{"deny", []string{"denies", "denied", "denying"}, nil},
		{"show", []string{"shows", "showed", "showing"}, []string{"showwed"}},
	}
	for _, tc := range cases {
		got := inflections(tc.verb)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflections(%q) = %q, want %q among them", tc.verb, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("inflections(%q) = %q, want no %q", tc.verb, got, w)
			}
		}
	}
}

// TestSingular checks that singular inverts the -s form of inflections,
// sibilants and -y included, and leaves other words alone.
func TestSingular(t *testing.T) {
	for w, want := range map[string]string{
		"officials": "official", "bosses": "boss", "witnesses": "witness",
		"parties": "party", "churches": "church", "boss": "boss", "data": "data",
	} {
		if got := singular(w); got != want {
			t.Errorf("singular(%q) = %q, want %q", w, got, want)
		}
	}
	runClaimCases(t, []claimCase{
		{name: "a plural in -es speaks",
			text: "The witnesses are confident that the wall will hold.",
			want: want{kinds: k(document.Reported), claimant: "The witnesses", contains: "the wall will hold"}},
	})
}
