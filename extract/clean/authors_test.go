package clean

import (
	"strings"
	"testing"
)

func TestCleanAuthors(t *testing.T) {
	c := newCleaner(t)
	for in, want := range map[string]string{
		"By Jane Doe and John Roe":    "Jane Doe|John Roe",
		"JANE DOE STAFF WRITER":       "Jane Doe",
		"by Lucas Nolan22 Dec 2016":   "Lucas Nolan",
		"Joshua Sokol May 20":         "Joshua Sokol",
		"Sarah Gooding March 3, 2016": "Sarah Gooding",
		"Photo: Jane Doe":             "",
		"Par Sébastien Farcis":        "Sébastien Farcis",
		"肖春芳":                         "肖春芳",
		"Sign In| Sign Up":            "",
		"AFP":                         "AFP",
		"Jane Doe, John Roe & Ana Li": "Jane Doe|John Roe|Ana Li",
	} {
		if got := strings.Join(cleanAuthors(c, splitNames(c, in)), "|"); got != want {
			t.Errorf("authors(%q) = %q, want %q", in, got, want)
		}
	}
}
