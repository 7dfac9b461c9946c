package values

import "testing"

// TestReportingPeriod checks that earnings news resolves its quarter
// anaphora: the quarter last named, else the latest ended before the
// reference, and the same quarter a year before for year-earlier words.
func TestReportingPeriod(t *testing.T) {
	q3 := `{"start":"1989-07-01","end":"1989-09-30"}`
	q3ago := `{"start":"1988-07-01","end":"1988-09-30"}`
	runCases(t, []valueCase{
		{"Sales in the latest quarter were $8.59 billion, up from the year-earlier period.", "1989-10-26",
			[]want{{"the latest quarter", "period", q3}, {"the year-earlier period", "period", q3ago}}, "time"},
		{"Third-quarter sales dropped 11% to $1.27 billion from $1.43 billion a year ago.", "1989-10-30",
			[]want{{"Third-quarter", "period", q3}, {"a year ago", "period", q3ago}}, "time"},
		// a named quarter is the reporting period of what follows
		{"In the second quarter of 1989, net rose. The quarter was good.", "1989-10-30",
			[]want{{"the second quarter of 1989", "period", `{"start":"1989-04-01","end":"1989-06-30"}`},
				{"The quarter", "period", `{"start":"1989-04-01","end":"1989-06-30"}`}}, "time"},
		// without an amount or a quarter, a year ago is the day a year before
		{"He moved to Paris a year ago.", "1989-10-30", []want{{"a year ago", "date", `"1988-10-30"`}}, "time"},
		// "period" alone is no reporting period
		{"During the period, he moved to Paris.", "1989-10-30", nil, "time"},
	})
}
