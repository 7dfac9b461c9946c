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
		// a year before the time the sentence names
		{"Data showed that real wages fell 0.6% in December from a year earlier.", "2025-02-20",
			[]want{{"December", "date", `"2024-12"`}, {"a year earlier", "date", `"2023-12"`}}, "time"},
		// without an amount or a quarter, a year ago is the day a year before
		{"He moved to Paris a year ago.", "1989-10-30", []want{{"a year ago", "date", `"1988-10-30"`}}, "time"},
		// "period" alone is no reporting period
		{"During the period, he moved to Paris.", "1989-10-30", nil, "time"},
	})
}

// TestMonthRelativeYearAndShares checks "June last year" as one month, and
// that fractions of things are no durations.
func TestMonthRelativeYearAndShares(t *testing.T) {
	runCases(t, []valueCase{
		{"But in June last year, the leadership had a falling out.", "1998-02-19",
			[]want{{"June last year", "date", `"1997-06"`}}, "time"},
		{"Iraq imports about three-quarters of its food.", "1990-08-16", nil, "time"},
		{"Funds hold more than a quarter of the market.", "1989-10-27", nil, "time"},
		{"The work will take a quarter.", "1989-10-27", nil, "time"},
		{"The deal runs for a quarter.", "1989-10-27", []want{{"a quarter", "duration", `"P3M"`}}, "time"},
	})
}
