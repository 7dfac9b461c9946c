package values

import "testing"

// TestNoReference checks that without a reference date relative times are
// values with a null value and the anchor "reference", while absolute ones
// keep their value.
func TestNoReference(t *testing.T) {
	runCases(t, []valueCase{
		{"The plant opens in October and the tax goes within six months of March 3, 2020.", "",
			[]want{{"October", "date", `null@reference`}, {"six months", "duration", `"P6M"`},
				{"March 3, 2020", "date", `"2020-03-03"`}}, "time"},
		{"Talks resume next week.", "", []want{{"next week", "period", `null@reference`}}, "time"},
		{"He was born on 4 July 1990.", "", []want{{"4 July 1990", "date", `"1990-07-04"`}}, "time"},
	})
}
