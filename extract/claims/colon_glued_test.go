package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestGluedColon checks that the colon of a link or a clock time opens no
// content and is no headline cue, while a colon before a space or a
// quotation mark still is one.
func TestGluedColon(t *testing.T) {
	set, f := testFinder(t)
	cases := []struct {
		text string
		want []string
	}{
		{"On Twitter follow Jane Smith https://twitter.com/jsmith and Tom Roe https://twitter.com/troe.", nil},
		{"The reporter posted on January 23 at 4:01 PM.", nil},
		{"Jane Smith: The plan will cut taxes for most families.", []string{"The plan will cut taxes for most families"}},
		{"Jane Smith:\"The plan will cut taxes for most families.\"", []string{"The plan will cut taxes for most families"}},
	}
	ents := []ent{{document.Person, "Jane Smith", nil}, {document.Person, "Tom Roe", nil}}
	for _, tc := range cases {
		d := runOn(t, set, f, tc.text, ents...)
		var got []string
		for _, c := range d.Claims {
			if c.Kind == document.Quote || c.Kind == document.Reported {
				got = append(got, c.Text)
			}
		}
		if len(got) == 0 && len(tc.want) > 0 || len(tc.want) == 0 && len(got) > 0 || len(got) > 0 && !strings.Contains(got[0], tc.want[0]) {
			t.Errorf("%q: claims %q, want %q", tc.text, got, tc.want)
		}
	}
}
