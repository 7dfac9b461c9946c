package claims

import (
	"strings"
	"testing"

	"github.com/claimex/claimex/document"
)

// TestAcronymBeforeAsideIsNoDateline checks that capitals and a dash that
// open an aside ("NATO - the alliance ... -") stay in the claim: a
// dateline's dash is followed by the article's first sentence.
func TestAcronymBeforeAsideIsNoDateline(t *testing.T) {
	set, f := testFinder(t)
	d := runOn(t, set, f, "The board met on Monday.\n\nNATO - the alliance of 32 states - will meet in May, its owner said on Tuesday.")
	if !hasClaimText(d, document.Reported, "NATO - the alliance of 32 states - will meet in May") {
		t.Errorf("the acronym was cut as a dateline: %+v", d.Claims)
	}
}

// TestDatelineIsNoContent checks that a dateline opening a sentence, with a
// region, a date, a doubled dash or a wire agency, is left out of the
// content that follows it.
func TestDatelineIsNoContent(t *testing.T) {
	set, f := testFinder(t)
	for _, tc := range []struct {
		name, text, claimant, contains string
		none                           []string
	}{
		{"a dateline is no content", "TORONTO — Nurses at 40 hospitals have voted to strike, the nurses' union said on Thursday.", "the nurses' union", "Nurses at 40 hospitals have voted", []string{"TORONTO"}},
		{"a dateline with a region and an agency is no content", "HALDEN, Norway (Reuters) - The port will cut 400 jobs, its owner said on Tuesday.", "its owner", "The port will cut 400 jobs", []string{"HALDEN", "Reuters"}},
		{"a title-case dateline with an agency is no content", "Halden (AFP) – The port will cut 400 jobs, its owner said on Tuesday.", "its owner", "The port will cut 400 jobs", []string{"Halden", "AFP"}},
		{"a dateline with a date and a doubled dash is no content", "OSLO, May 3 -- The port will cut 400 jobs, its owner said on Tuesday.", "its owner", "The port will cut 400 jobs", []string{"OSLO"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := runOn(t, set, f, tc.text)
			checkWant(t, d, want{kinds: []string{document.Reported}, claimant: tc.claimant, contains: tc.contains})
			for _, c := range d.Claims {
				for _, w := range tc.none {
					if strings.Contains(c.Text, w) {
						t.Errorf("%q kept in %q", w, c.Text)
					}
				}
			}
		})
	}
}
