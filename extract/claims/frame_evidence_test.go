package claims

import "testing"

// TestLeadingEvidence checks a sentence opened by a finding: the finding is
// the source, the clause up to its next comma the content, and a phrase
// with no finding gives no such claim.
func TestLeadingEvidence(t *testing.T) {
	set := testSet(t)
	f, err := New(set)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want, source string }{
		{"In a new poll by the university, the senator leads the governor by four points, up from two.", "the senator leads the governor by four points", "a new poll by the university"},
		{"In the survey, conducted in May, most voters live in cities.", "most voters live in cities", "the survey, conducted in May"},
		{"In the morning, the senator flew to the capital.", "", ""},
	}
	for _, tc := range cases {
		d := newDoc(set, tc.text)
		if err := f.Run(d); err != nil {
			t.Fatal(err)
		}
		got, src := "", ""
		for _, c := range d.Claims {
			if c.Rule == ruleEvidence {
				got = c.Text
				if c.Claimant != nil {
					src = c.Claimant.Name
				}
			}
		}
		if got != tc.want || src != tc.source {
			t.Errorf("%q: evidence %q from %q, want %q from %q", tc.text, got, src, tc.want, tc.source)
		}
	}
}
