package values

import "testing"

// TestAnchoredWeekday checks that a weekday placed after or before another
// time is the nearest such weekday on that side of it.
func TestAnchoredWeekday(t *testing.T) {
	const ref = "2024-03-13" // a Wednesday
	runCases(t, []valueCase{
		{"The vote is on the Monday after Easter.", ref,
			[]want{{"the Monday after Easter", "date", `"2024-04-01"`}}, "time"},
		{"Ballots are due the Friday before March 22.", ref,
			[]want{{"the Friday before March 22", "date", `"2024-03-15"`}}, "time"},
		{"Ballots are due the Friday before March 22, 2025.", ref,
			[]want{{"the Friday before March 22, 2025", "date", `"2025-03-21"`}}, "time"},
		{"The fair opens the Thursday following June 3.", ref,
			[]want{{"the Thursday following June 3", "date", `"2024-06-06"`}}, "time"},
		{"The fair opens the second Monday after May 1.", ref,
			[]want{{"the second Monday after May 1", "date", `"2024-05-13"`}}, "time"},
		{"The fair opens the first Monday following May 1.", ref,
			[]want{{"the first Monday following May 1", "date", `"2024-05-06"`}}, "time"},
		{"The Monday after Easter is a holiday.", "",
			[]want{{"The Monday after Easter", "date", `null@reference`}}, "time"},
	})
}

// TestStartFor checks that a start and a length make one period that ends
// the day before the length is up.
func TestStartFor(t *testing.T) {
	const ref = "2024-03-13"
	runCases(t, []valueCase{
		{"The strike runs from March 20 for ten days.", ref,
			[]want{{"from March 20 for ten days", "period", `{"start":"2024-03-20","end":"2024-03-29"}`}}, "time"},
		{"Starting June 1 for two weeks, the bridge is shut.", ref,
			[]want{{"Starting June 1 for two weeks", "period", `{"start":"2024-06-01","end":"2024-06-14"}`}}, "time"},
		{"Fares are frozen from April for three months.", ref,
			[]want{{"from April for three months", "period", `{"start":"2024-04-01","end":"2024-06-30"}`}}, "time"},
		{"The shop is shut from Monday for 3 hours.", ref,
			[]want{{"Monday", "date", `"2024-03-11"`}, {"3 hours", "duration", `"PT3H"`}}, "time"},
	})
}
